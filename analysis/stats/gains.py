"""Reported gains as effect sizes: "from X to Y" pairs, stated deltas, relative changes."""

from __future__ import annotations

import logging

import numpy as np
import pandas as pd

from analysis.stats.meta.effects import binomial_vi, difference_vi
from analysis.vocab import DELTA_AGAINST

log = logging.getLogger(__name__)

# Before and after are scored on the same items, so the two scores correlate positively and
# the gain is more precise than two independent scores. The correlation is rarely reported:
# r = 0 (conservative: the largest variance) is the default, 0.5 a sensitivity.
DEFAULT_CORRELATION = 0.0
SENSITIVITY_CORRELATION = 0.5
FALLBACK_ITEMS = 30  # items of a benchmark of unknown size (AIME's 30: the largest variance)
UNKNOWN_BASE_SCORE = 50.0  # points: p(1 - p) is largest at 50, so the variance is an upper bound
POINT_RULES = ("points", "change=points")  # kind rules that settle a "%" change as points
GAIN_COLUMNS = [
    "gain_id", "source", "paper_id", "title", "model", "model_key", "benchmark", "domain",
    "metric", "scope", "recipe", "recipes", "params", "params_origin", "x", "base_score",
    "after_score", "gain", "vi", "vi_before", "vi_after", "correlation", "vi_rule",
    "unit_ambiguous", "n_items", "claim_ids", "quote", "role", "uncertain", "release_year",
    "against", "base_model", "restates",
]
UNCONVERTED_COLUMNS = ["claim_id", "paper_id", "model", "benchmark", "scope", "domain", "recipe",
                       "against", "value", "change", "quote", "reason", "source"]
_UNSAID, OWN_BASELINE, OTHER_MODEL = DELTA_AGAINST  # what a change is measured against


def _pair_rows(obs: pd.DataFrame) -> pd.DataFrame:
    """The two ends of each "from X to Y": same paper, sentence, model and benchmark, in order.

    Uses the extractor's pair_id when there is one; otherwise consecutive from-to claims.
    """
    ends = obs[obs["rule"].fillna("").str.startswith("from-to")].copy()
    if "pair_id" in ends and ends["pair_id"].fillna("").ne("").any():
        ends["pair"] = ends["pair_id"]
    else:
        ends = ends.sort_values(["paper_id", "start", "value_start"])
        key = ends["paper_id"] + "|" + ends["start"].astype(str) + "|" + ends["benchmark"] + \
            "|" + ends["model"].fillna("")
        ends["pair"] = key + "|" + (ends.groupby(key).cumcount() // 2).astype(str)
    return ends


def _pairs(obs: pd.DataFrame, r: float) -> list[dict]:
    rows = []
    for _, group in _pair_rows(obs).groupby("pair", sort=True):
        if len(group) != 2 or group["value"].isna().any():
            continue  # a range ("29-42") or a lone end: no single gain
        if not group["value"].between(0, 100).all():
            continue  # a rating "from 1,316 to 1,591": no share, listed by unconverted()
        before, after = group.iloc[0], group.iloc[1]
        n = after["n_items"] if pd.notna(after["n_items"]) else FALLBACK_ITEMS
        v = (binomial_vi(before["value"], n), binomial_vi(after["value"], n))
        rows.append(_gain(after, source="pair", base=before["value"], after_score=after["value"],
                          gain=after["value"] - before["value"], vi=v, r=r,
                          vi_rule=_rule(after, r, "both scores stated"),
                          claims=f"{before['claim_id']};{after['claim_id']}",
                          ambiguous=False, against=OWN_BASELINE))
    return rows


def _rule(row: pd.Series, r: float, what: str) -> str:
    items = "n_items" if pd.notna(row["n_items"]) else f"{FALLBACK_ITEMS} items (size unknown)"
    return f"binomial, {what}, {items}, r = {r:g}"


def _from_ends(obs: pd.DataFrame) -> set[str]:
    """Claim ids of the "from" end of each "from X to Y" (a score before the change)."""
    return {str(group["claim_id"].iloc[0])
            for _, group in _pair_rows(obs).groupby("pair", sort=True) if len(group) == 2}


def _own_score(obs: pd.DataFrame, row: pd.Series, *, before: set[str]) -> float:
    """The claim's model's own absolute score on the benchmark in the same paper, if stated:
    the score after a change, so never the "from" end of a pair (`before`)."""
    same = obs[(obs["kind"] == "absolute") & (obs["paper_id"] == row["paper_id"])
               & (obs["benchmark"] == row["benchmark"]) & (obs["model"] == row["model"])
               & obs["value"].notna() & obs["value"].between(0, 100)
               & ~obs["claim_id"].isin(before)]
    return float(same["value"].iloc[0]) if len(same) else float("nan")


def _deltas(obs: pd.DataFrame, r: float) -> list[dict]:
    rows = []
    deltas = obs[(obs["kind"] == "delta") & obs["value"].notna()
                 & ~obs["rule"].fillna("").str.startswith("from-to")]
    before = _from_ends(obs)
    for _, row in deltas.iterrows():
        after = _own_score(obs, row, before=before)
        known = not np.isnan(after)
        base = after - row["value"] if known else UNKNOWN_BASE_SCORE
        after = after if known else UNKNOWN_BASE_SCORE
        n = row["n_items"] if pd.notna(row["n_items"]) else FALLBACK_ITEMS
        v = (binomial_vi(np.clip(base, 0, 100), n), binomial_vi(after, n))
        kind_rule = str(row["rule"]).split("/")[0]
        ambiguous = "points-or-relative" in str(row.get("uncertain_reason", "")) and \
            kind_rule not in POINT_RULES
        what = "after score stated" if known else "scores not stated (p = 0.5)"
        rows.append(_gain(row, source="delta", base=base if known else np.nan,
                          after_score=after if known else np.nan, gain=row["value"],
                          vi=v, r=r, vi_rule=_rule(row, r, what),
                          claims=row["claim_id"], ambiguous=ambiguous,
                          against=_against(row)))
    return rows


def _relatives(obs: pd.DataFrame, r: float) -> list[dict]:
    """A relative change in points when the model's own score is stated; else kept apart."""
    rows, before = [], _from_ends(obs)
    for _, row in obs[(obs["kind"] == "relative") & obs["value"].notna()].iterrows():
        after = _own_score(obs, row, before=before)
        if np.isnan(after):
            continue  # no base to convert with: listed apart by unconverted()
        base = after / (1.0 + _relative_percent(row) / 100.0)
        n = row["n_items"] if pd.notna(row["n_items"]) else FALLBACK_ITEMS
        v = (binomial_vi(np.clip(base, 0, 100), n), binomial_vi(after, n))
        rows.append(_gain(row, source="relative", base=base, after_score=after,
                          gain=after - base, vi=v, r=r,
                          vi_rule=_rule(row, r, "converted from a relative change"),
                          claims=row["claim_id"], ambiguous=False, against=_against(row)))
    return rows


def _relative_percent(row: pd.Series) -> float:
    """The relative change in percent: a ratio ("1.6x", rule "times") is +60%."""
    value = float(row["value"])
    return (value - 1.0) * 100.0 if str(row["rule"]).startswith("times") else value


def _against(row: pd.Series) -> str:
    """What the extractor says the change is measured against ("" when the text is silent)."""
    value = row.get("delta_against")
    return "" if value is None or (isinstance(value, float) and np.isnan(value)) else str(value)


def _base(row: pd.Series) -> str:
    """The base the recipe was applied to, as the abstract names it (registry id when resolved)."""
    for column in ("base_model_id", "base_model"):
        value = row.get(column)
        if isinstance(value, str) and value:
            return value
    return ""


def _gain(row: pd.Series, *, source: str, base: float, after_score: float, gain: float,
          vi: tuple, r: float, vi_rule: str, claims: str, ambiguous: bool,
          against: str) -> dict:
    fields = {c: row.get(c) for c in ("paper_id", "title", "model", "model_key", "benchmark",
                                      "domain", "metric", "scope", "recipe", "recipes", "params",
                                      "params_origin", "x", "n_items", "quote", "role",
                                      "uncertain", "release_year")}
    return {**fields, "gain_id": "g" + claims.split(";")[-1][1:], "source": source,
            "base_score": base, "after_score": after_score, "gain": gain,
            "vi": float(difference_vi(vi[0], vi[1], r=r)), "vi_before": float(vi[0]),
            "vi_after": float(vi[1]), "correlation": r,
            "vi_rule": vi_rule, "unit_ambiguous": ambiguous, "claim_ids": claims,
            "against": against, "base_model": _base(row)}


def _half_unit(value: float) -> float:
    """Half the unit of a stated number's last digit (6.2 -> 0.05, 6 -> 0.5): its rounding."""
    for digits in range(4):
        scaled = value * 10.0 ** digits
        if abs(scaled - round(scaled)) < 1e-6:
            return 0.5 * 10.0 ** -digits
    return 0.5e-4


def _same_change(value: float, before: float, after: float) -> bool:
    """Does a stated change equal a pair's, in points or relative, within the numbers' rounding?

    Each of the three numbers is rounded as printed, so the test allows their half-units (to
    first order for the ratio) rather than an arbitrary tolerance.
    """
    ends = _half_unit(before) + _half_unit(after)
    if abs(value - (after - before)) <= _half_unit(value) + ends + 1e-9:
        return True
    if before <= 0:
        return False
    ratio = after / before
    slack = _half_unit(value) + 100.0 * ratio * (_half_unit(after) / after
                                                 + _half_unit(before) / before)
    return abs(value - 100.0 * (ratio - 1.0)) <= slack + 1e-9


def _text(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and np.isnan(value)) else str(value)


def _restated_pair(claim: pd.Series, pairs: pd.DataFrame, claims: pd.DataFrame) -> str:
    """The gain_id of the "from X to Y" this stated change repeats (same sentence or pair)."""
    for _, pair in pairs.iterrows():
        after = claims.loc[pair["claim_ids"].split(";")[-1]]
        same_pair = _text(claim.get("pair_id")) != "" and \
            _text(claim.get("pair_id")) == _text(after.get("pair_id"))
        same_sentence = claim.get("start") == after.get("start")
        if (same_pair or same_sentence) and \
                _same_change(float(claim["value"]), pair["base_score"], pair["after_score"]):
            return str(pair["gain_id"])
    return ""


def _restatements(table: pd.DataFrame, obs: pd.DataFrame) -> list[str]:
    """Per gain, the pair it repeats ("" for none): "from 83.2% to 89.4%, an improvement of
    6.2%" is one reported change, and the pair, with both scores, is the one to keep."""
    claims = obs.drop_duplicates("claim_id").set_index("claim_id")
    pairs = table[table["source"] == "pair"]
    keys = ["paper_id", "model", "benchmark"]
    out = []
    for _, row in table.iterrows():
        same = pairs[(pairs[keys].fillna("") == row[keys].fillna("")).all(axis=1)]
        stated = row["source"] != "pair" and len(same) > 0
        out.append(_restated_pair(claims.loc[row["claim_ids"]], same, claims) if stated else "")
    return out


def gains_table(obs: pd.DataFrame, *, r: float = DEFAULT_CORRELATION) -> pd.DataFrame:
    """One row per reported gain of the paper's own model (aggregates included; see scope).

    A stated change that repeats a pair of the same sentence keeps its row, with the pair's
    gain_id in `restates`, so that the selection drops it visibly (select_gains).
    """
    rows = _pairs(obs, r) + _deltas(obs, r) + _relatives(obs, r)
    table = pd.DataFrame(rows).reindex(columns=GAIN_COLUMNS)
    own = table["role"].isin(["proposed"]) | (table["source"] == "pair")
    table = table[own].sort_values(["recipe", "paper_id", "gain_id"]).reset_index(drop=True)
    return table.assign(restates=_restatements(table, obs))


def _change(row: pd.Series) -> str:
    """A relative change as stated: "+20.73%", or "2.06×" for a ratio."""
    return f"{row['value']:g}×" if str(row["rule"]).startswith("times") else \
        f"{row['value']:+g}%"


def _why_unconverted(row: pd.Series) -> str:
    reason = (f"no score of {_text(row['model']) or 'the model'} on {row['benchmark']} is "
              f"stated, so the {_change(row)} change has no base to convert to points")
    if _against(row) == OTHER_MODEL:
        reason += "; also a margin over another model, which is no gain"
    if row["scope"] != "named":
        reason += "; also over several benchmarks (an aggregate)"
    return reason


def unconverted(obs: pd.DataFrame) -> pd.DataFrame:
    """Changes of the papers' own models that are no gain in points, kept apart, each with its
    quote and why: relative changes with no stated base score, and "from X to Y" pairs off the
    0-100 scale (a rating), whose binomial variance does not exist."""
    rel = obs[(obs["kind"] == "relative") & obs["value"].notna() & (obs["role"] == "proposed")]
    before = _from_ends(obs)
    rows = rel.loc[[i for i, row in rel.iterrows()
                    if np.isnan(_own_score(obs, row, before=before))]]
    relative = rows.assign(
        against=[_against(row) for _, row in rows.iterrows()],
        change=[_change(row) for _, row in rows.iterrows()],
        reason=[_why_unconverted(row) for _, row in rows.iterrows()], source="relative",
    )
    return pd.concat([relative, _off_scale_pairs(obs)], ignore_index=True) \
        .reindex(columns=UNCONVERTED_COLUMNS).reset_index(drop=True)


def _off_scale_pairs(obs: pd.DataFrame) -> pd.DataFrame:
    """The after ends of "from X to Y" pairs with an end outside 0-100, with the reason."""
    rows = []
    for _, group in _pair_rows(obs).groupby("pair", sort=True):
        if len(group) != 2 or group["value"].isna().any() or \
                group["value"].between(0, 100).all():
            continue
        before, after = group.iloc[0], group.iloc[1]
        rows.append({**after.to_dict(), "against": OWN_BASELINE, "source": "pair",
                     "change": f"{before['value']:g} to {after['value']:g}",
                     "reason": "the scores are not on a 0-100 scale (a rating or a count), so "
                               "the change has no binomial variance and is not pooled"})
    return pd.DataFrame(rows)


def with_correlation(gains: pd.DataFrame, r: float) -> pd.DataFrame:
    """The gains with their variances recomputed for another before/after correlation."""
    vi = difference_vi(gains["vi_before"].to_numpy(float), gains["vi_after"].to_numpy(float),
                       r=r)
    rules = gains["vi_rule"].str.replace(r"r = [-0-9.]+$", f"r = {r:g}", regex=True)
    return gains.assign(vi=vi, correlation=r, vi_rule=rules)
