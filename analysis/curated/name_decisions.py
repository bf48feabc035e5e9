"""Curated decisions on model names the registry does not resolve (model_names.csv)."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from analysis.config import MODEL_NAMES_PATH
from analysis.curated.benchmarks import read_curated_rows
from analysis.errors import Problem, ValidationError, display_path
from analysis.vocab import NAME_DECISIONS, SIZED_DECISIONS

COLUMNS = ("name", "paper_id", "decision", "model_id", "base_model_id", "reason")
PAPER_ID_RE = re.compile(r"^p[0-9a-f]{10}$")


def _check_row(line: int, row: dict[str, str], shown: str, known: set[str],
               problems: list[Problem]) -> None:
    where = (shown, line)
    if not row["name"]:
        problems.append(Problem(*where, "name", "must not be empty"))
    if row["paper_id"] and not PAPER_ID_RE.match(row["paper_id"]):
        problems.append(Problem(*where, "paper_id", f"must be p + 10 hex digits or empty, got "
                                                    f"{row['paper_id']!r}"))
    if row["decision"] not in NAME_DECISIONS:
        problems.append(Problem(*where, "decision", f"must be one of {list(NAME_DECISIONS)}, "
                                                    f"got {row['decision']!r}"))
    if row["decision"] in SIZED_DECISIONS and not row["model_id"]:
        problems.append(Problem(*where, "model_id", f"{row['decision']!r} must name the registry "
                                                    "model"))
    if row["decision"] not in SIZED_DECISIONS and row["model_id"]:
        problems.append(Problem(*where, "model_id", f"only {' or '.join(SIZED_DECISIONS)} names "
                                                    f"a model_id, got "
                                                    f"{row['model_id']!r} for "
                                                    f"{row['decision']!r}"))
    if row["base_model_id"] and row["decision"] != "own-model":
        problems.append(Problem(*where, "base_model_id", "only an own-model names a base"))
    for column in ("model_id", "base_model_id"):
        if row[column] and row[column] not in known:
            problems.append(Problem(*where, column, f"{row[column]!r} is not a model_id of the "
                                                    "registry"))
    if not row["reason"]:
        problems.append(Problem(*where, "reason", "must give the evidence"))


def load_name_decisions(path: Path | str = MODEL_NAMES_PATH, *,
                        registry: pd.DataFrame) -> pd.DataFrame:
    """Read and check the decisions; every problem (file, line, column, rule) at once.

    A missing file means no decisions. One (name, paper) pair has at most one decision.
    """
    path = Path(path)
    shown = display_path(path)
    if not path.exists():
        return pd.DataFrame(columns=[*COLUMNS, "line"])
    rows, problems = read_curated_rows(path, shown, COLUMNS)
    known = set(registry["model_id"])
    seen: dict[tuple[str, str], int] = {}
    for line, row in rows:
        _check_row(line, row, shown, known, problems)
        key = (row["name"], row["paper_id"])
        if key in seen:
            problems.append(Problem(shown, line, "name", f"{row['name']!r} in paper "
                                    f"{row['paper_id'] or '(any)'} already decided on line "
                                    f"{seen[key]}"))
        seen.setdefault(key, line)
    if problems:
        raise ValidationError(problems)
    frame = pd.DataFrame([row for _, row in rows], columns=list(COLUMNS))
    frame["line"] = [line for line, _ in rows]
    return frame


def decision_for(decisions: pd.DataFrame, names: pd.Series, papers: pd.Series) -> pd.DataFrame:
    """The decision row for each (written name, paper): the paper's own first, else any paper's.

    Returns `decision`, `model_id`, `base_model_id`, `reason` aligned with `names` ("" where
    no decision applies).
    """
    out = pd.DataFrame({"decision": "", "model_id": "", "base_model_id": "", "reason": ""},
                       index=names.index)
    fields = ["decision", "model_id", "base_model_id", "reason"]
    specific = {(r.name, r.paper_id): r for r in decisions.itertuples() if r.paper_id}
    general = {r.name: r for r in decisions.itertuples() if not r.paper_id}
    for index, name, paper in zip(names.index, names, papers, strict=True):
        hit = specific.get((name, paper)) or general.get(name)
        if hit is not None:
            out.loc[index, fields] = [getattr(hit, f) for f in fields]
    return out


def orphan_decisions(decisions: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """Decisions that match no claim (the name or its paper's claims changed): each is dead
    curation a curator should remove or re-point, never silently kept working."""
    written = set(zip(claims["model"].fillna(""), claims["paper_id"], strict=True))
    names = set(claims["model"].fillna(""))
    live = [(name, paper) in written if paper else name in names
            for name, paper in zip(decisions["name"], decisions["paper_id"], strict=True)]
    return decisions[[not hit for hit in live]].reset_index(drop=True)
