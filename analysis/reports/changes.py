"""What changed between the previous build's derived tables and this build's."""

from __future__ import annotations

import logging
from pathlib import Path

import pandas as pd

from analysis import config
from analysis.stats.predictions import calibration
from analysis.vocab import EXTRACTION_CHANGED

log = logging.getLogger(__name__)

CLAIM_FIELDS = ("model", "model_id", "benchmark", "metric", "kind", "value", "value_low",
                "value_high", "role")
FIT_KEYS = ["benchmark", "design", "form", "predictors", "model", "term"]
HEADLINE_TERMS = ("x_c", "c_c", "year_c")
SLOPE_TOLERANCE = 0.05  # points per decade: smaller moves are rounding, not news


def _read(folder: Path, name: str) -> pd.DataFrame | None:
    path = folder / name
    if not path.exists():
        return None
    if path.suffix == ".parquet":
        return pd.read_parquet(path)
    return pd.read_csv(path, keep_default_na=False, dtype=str)


def _papers_changes(old: pd.DataFrame, new: pd.DataFrame) -> dict:
    old_ids, new_ids = set(old["paper_id"]), set(new["paper_id"])
    titles = pd.concat([old, new]).drop_duplicates("paper_id").set_index("paper_id")["title"]
    return {"added": [(pid, titles[pid]) for pid in sorted(new_ids - old_ids)],
            "removed": [(pid, titles[pid]) for pid in sorted(old_ids - new_ids)]}


def _claims_changes(old: pd.DataFrame, new: pd.DataFrame) -> dict:
    old_i, new_i = old.set_index("claim_id"), new.set_index("claim_id")
    added = sorted(set(new_i.index) - set(old_i.index))
    removed = sorted(set(old_i.index) - set(new_i.index))
    corrected = []
    for claim_id in sorted(set(old_i.index) & set(new_i.index)):
        diffs = [f"{f}: {old_i.at[claim_id, f]!s} → {new_i.at[claim_id, f]!s}"
                 for f in CLAIM_FIELDS if f in old_i.columns and f in new_i.columns
                 and str(old_i.at[claim_id, f]) != str(new_i.at[claim_id, f])]
        if diffs:
            corrected.append((claim_id, "; ".join(diffs)))

    def describe(frame: pd.DataFrame, ids: list[str]) -> list[tuple[str, str]]:
        return [(cid, f"{frame.at[cid, 'model']} · {frame.at[cid, 'benchmark']} · "
                      f"{frame.at[cid, 'kind']} {frame.at[cid, 'value']}") for cid in ids]

    return {"added": describe(new_i, added), "removed": describe(old_i, removed),
            "corrected": corrected}


def _fits_changes(old: pd.DataFrame, new: pd.DataFrame) -> list[tuple[str, str]]:
    def headline(frame: pd.DataFrame) -> pd.DataFrame:
        if not {*FIT_KEYS, "status", "verdict"} <= set(frame.columns):  # an older format
            return pd.DataFrame(columns=[*NUMBERS, "verdict"])
        rows = frame[frame["term"].isin(HEADLINE_TERMS) & (frame["status"] == "ok")]
        table = rows.set_index(FIT_KEYS)[[*NUMBERS, "verdict"]]
        return table.astype({c: float for c in NUMBERS})

    before, after = headline(old), headline(new)
    moved = []
    for key in sorted(set(before.index) | set(after.index), key=str):
        label = " / ".join(str(k) for k in key)
        if key not in before.index:
            moved.append((label, "new fit: " + _slope(after.loc[key])))
        elif key not in after.index:
            moved.append((label, "fit no longer possible (was " + _slope(before.loc[key]) + ")"))
        elif (before.loc[key, NUMBERS] - after.loc[key, NUMBERS]).abs().max() > \
                SLOPE_TOLERANCE or before.at[key, "verdict"] != after.at[key, "verdict"]:
            moved.append((label, f"{_slope(before.loc[key])} → {_slope(after.loc[key])}"))
    return moved


NUMBERS = ["estimate", "ci_low", "ci_high"]


def _slope(row: pd.Series) -> str:
    return (f"{row['verdict']}: {row['estimate']:+.2f} [{row['ci_low']:+.2f}, "
            f"{row['ci_high']:+.2f}]")


def compute_changes(previous: Path = config.PREVIOUS_DIR,
                    current: Path = config.DERIVED_DIR) -> dict:
    """Papers, claims and fits that changed; `first_build` when there is no previous snapshot."""
    result: dict = {"first_build": True, "papers": {"added": [], "removed": []},
                    "claims": {"added": [], "removed": [], "corrected": []}, "fits": []}
    pairs = {name: (_read(previous, name), _read(current, name))
             for name in ("papers.parquet", "claims.csv", "fits.csv")}
    if all(old is None for old, _ in pairs.values()):
        return result
    result["first_build"] = False
    old, new = pairs["papers.parquet"]
    if old is not None and new is not None:
        result["papers"] = _papers_changes(old, new)
    old, new = pairs["claims.csv"]
    if old is not None and new is not None:
        result["claims"] = _claims_changes(old, new)
    old, new = pairs["fits.csv"]
    if old is not None and new is not None:
        result["fits"] = _fits_changes(old, new)
    result["ledger"] = ledger_summary(current)
    return result


def ledger_summary(current: Path = config.DERIVED_DIR) -> dict:
    """Calibration of the latest scored predictions and of the whole ledger (empty: none)."""
    ledger = _read(current, config.LEDGER_PATH.name)
    if ledger is None or ledger.empty:
        return {}
    ledger = ledger.assign(**{c: pd.to_numeric(ledger[c]) for c in NUMERIC_LEDGER},
                           inside=ledger["inside"].str.lower() == "true")
    latest = ledger["build_time"].max()
    unpredictable = _read(current, config.UNPREDICTABLE_PATH.name)
    return {"latest_build": latest,
            "latest": calibration(ledger[ledger["build_time"] == latest]),
            "all": calibration(ledger),
            **_unpredictable_counts(unpredictable)}


def _unpredictable_counts(unpredictable: pd.DataFrame | None) -> dict:
    """New claims no model could predict, apart from ids new only because extraction changed."""
    if unpredictable is None:
        return {"unpredictable": 0, "not_new": 0}
    not_new = int((unpredictable["reason"] == EXTRACTION_CHANGED).sum())
    return {"unpredictable": len(unpredictable) - not_new, "not_new": not_new}


NUMERIC_LEDGER = ("observed", "predicted", "pi_low", "pi_high", "naive_predicted")
