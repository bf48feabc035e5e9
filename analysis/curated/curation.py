"""Analyst overrides of extracted claims (reject, correct, add), applied on every build."""

from __future__ import annotations

import csv
import io
import logging
import math
from pathlib import Path

import pandas as pd

from analysis.config import CLAIM_OVERRIDES_PATH
from analysis.curated.benchmarks import BenchmarkIndex, as_index, read_csv_text
from analysis.errors import Problem, ValidationError, display_path
from analysis.vocab import CLAIM_KINDS, CURATION_ACTIONS, ROLES

log = logging.getLogger(__name__)

OVERRIDE_COLUMNS = ["action", "claim_id", "paper_id", "field", "value", "reason"]
TEXT_FIELDS = ("model", "model_id", "benchmark_raw", "metric", "uncertain_reason", "system_parts")
NUMBER_FIELDS = ("value", "value_low", "value_high")
FIELDS = (*TEXT_FIELDS, *NUMBER_FIELDS, "benchmark", "kind", "role", "uncertain", "quote")
ADDED_ID_PREFIX = "u"  # ids of added claims; extracted ids start with "c", so they never clash
ADD_REQUIRED = ("quote", "benchmark", "kind")


REPORT_COLUMNS = ["line", "action", "claim_id", "field", "status", "problem", "reason"]


def format_report(report: pd.DataFrame) -> str:
    """One summary line, then one line per override that found no claim."""
    counts = report.attrs.get("counts", {})
    orphans = report[report["status"] == "orphan"]
    text = (f"curation: {counts.get('rejected', 0)} rejected, {counts.get('corrected', 0)} "
            f"corrected, {counts.get('added', 0)} added, {len(orphans)} override(s) without a "
            f"claim")
    for row in orphans.itertuples(index=False):
        text += f"\n  line {row.line}: {row.action} {row.claim_id}: {row.problem}"
    return text


def _check_value(row: dict, where: tuple[str, int], index: BenchmarkIndex,
                 problems: list[Problem]) -> None:
    name, value = row["field"], row["value"]
    if name not in FIELDS:
        problems.append(Problem(*where, "field", f"must be one of {list(FIELDS)}, got {name!r}"))
    elif name == "benchmark" and value not in index.ranges:
        problems.append(Problem(*where, "value", f"benchmark {value!r} is not in the benchmark "
                                                 f"table (add it to benchmarks.csv first)"))
    elif name == "kind" and value not in CLAIM_KINDS:
        problems.append(Problem(*where, "value",
                                f"kind must be one of {CLAIM_KINDS}, got {value!r}"))
    elif name == "role" and value not in ROLES:
        problems.append(Problem(*where, "value", f"role must be one of {ROLES}, got {value!r}"))
    elif name == "uncertain" and value.lower() not in ("true", "false"):
        problems.append(Problem(*where, "value", f"uncertain must be true or false, "
                                                 f"got {value!r}"))
    elif name in NUMBER_FIELDS and value:
        try:
            if not math.isfinite(float(value)):
                raise ValueError
        except ValueError:
            problems.append(Problem(*where, "value", f"{name} must be a number, got {value!r}"))


def _check_row(row: dict, where: tuple[str, int], index: BenchmarkIndex,
               problems: list[Problem]) -> None:
    action = row["action"]
    if action not in CURATION_ACTIONS:
        problems.append(Problem(*where, "action",
                                f"must be one of {CURATION_ACTIONS}, got {action!r}"))
        return
    if not row["claim_id"]:
        problems.append(Problem(*where, "claim_id", "must not be empty"))
    if not row["reason"]:
        problems.append(Problem(*where, "reason", "must say why (the analyst's evidence)"))
    if action == "reject":
        if row["field"] or row["value"]:
            problems.append(Problem(*where, "field", "must be empty for reject"))
        return
    if action == "correct" and row["field"] == "quote":
        problems.append(Problem(*where, "field", "quote cannot be corrected (it must stay the "
                                                 "abstract's text at start:end); reject the "
                                                 "claim and add a new one instead"))
        return
    if action == "add":
        if not row["claim_id"].startswith(ADDED_ID_PREFIX):
            problems.append(Problem(*where, "claim_id", f"an added claim's id must start with "
                                                        f"{ADDED_ID_PREFIX!r}"))
        if not row["paper_id"]:
            problems.append(Problem(*where, "paper_id", "must name the paper of an added claim"))
    _check_value(row, where, index, problems)


def _check_groups(frame: pd.DataFrame, shown: str, index: BenchmarkIndex,
                  problems: list[Problem]) -> None:
    """One value per (claim, field); added claims complete; absolute scores in range."""
    edits = frame[frame["action"] != "reject"]
    for (claim, name), group in edits.groupby(["claim_id", "field"]):
        if len(group) > 1:
            problems.append(Problem(shown, int(group["line"].iloc[1]), "field",
                                    f"{name!r} of {claim} is set twice (also line "
                                    f"{int(group['line'].iloc[0])})"))
    for claim, group in frame[frame["action"] == "add"].groupby("claim_id"):
        given = dict(zip(group["field"], group["value"], strict=True))
        missing = [f for f in ADD_REQUIRED if not given.get(f)]
        if not given.get("value") and not (given.get("value_low") and given.get("value_high")):
            missing.append("value (or value_low and value_high)")
        if missing:
            problems.append(Problem(shown, int(group["line"].iloc[0]), "field",
                                    f"added claim {claim} misses {missing}"))
        if len(set(group["paper_id"])) > 1:
            problems.append(Problem(shown, int(group["line"].iloc[0]), "paper_id",
                                    f"added claim {claim} names several papers"))
    for claim, group in edits.groupby("claim_id"):
        given = dict(zip(group["field"], group["value"], strict=True))
        lines = dict(zip(group["field"], group["line"], strict=True))
        problem = _range_problem(given.get("benchmark"), given.get("kind"), given.get("value"),
                                 index)
        if problem and "value" in lines:
            problems.append(Problem(shown, int(lines["value"]), "value", f"{claim}: {problem}"))


def _range_problem(benchmark: object, kind: object, value: object,
                   index: BenchmarkIndex) -> str:
    if kind != "absolute" or benchmark not in index.ranges or value in (None, ""):
        return ""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return ""
    low, high = index.ranges[benchmark]
    if math.isnan(number) or low <= number <= high:
        return ""
    return f"score {number:g} is outside {benchmark}'s range [{low:g}, {high:g}]"


def load_overrides(path: Path | str = CLAIM_OVERRIDES_PATH, *,
                   benchmarks: pd.DataFrame | BenchmarkIndex) -> pd.DataFrame:
    """Read and validate the analyst's claim overrides; every problem is reported at once.

    Columns: OVERRIDE_COLUMNS plus `line` (the file line of each override).
    """
    path = Path(path)
    shown = display_path(path)
    index = as_index(benchmarks)
    problems: list[Problem] = []
    rows = []
    with io.StringIO(read_csv_text(path, shown), newline="") as handle:
        reader = csv.DictReader(handle)
        header = [h.strip() for h in reader.fieldnames or []]
        missing = [c for c in OVERRIDE_COLUMNS if c not in header]
        if missing:
            raise ValidationError([Problem(shown, 1, None, f"header misses column(s) {missing}")])
        for record in reader:
            row = {c: (record.get(c) or "").strip() for c in OVERRIDE_COLUMNS}
            if not any(row.values()):
                continue
            row["line"] = reader.line_num
            _check_row(row, (shown, reader.line_num), index, problems)
            rows.append(row)
    frame = pd.DataFrame(rows, columns=[*OVERRIDE_COLUMNS, "line"])
    _check_groups(frame, shown, index, problems)  # with the row problems: all at once
    if problems:
        raise ValidationError(problems)
    frame.attrs["path"] = shown
    return frame


def _typed(name: str, value: str) -> object:
    if name in NUMBER_FIELDS:
        return float(value) if value else math.nan
    if name == "uncertain":
        return value.lower() == "true"
    return value


def _added_rows(overrides: pd.DataFrame, claims: pd.DataFrame,
                papers: pd.DataFrame | None) -> tuple[list[dict], list[dict]]:
    """New claims from `add` overrides; orphans when the paper or the quote is not found."""
    texts = {} if papers is None else dict(zip(papers["paper_id"], papers["abstract"],
                                               strict=True))
    titles = {} if papers is None else dict(zip(papers["paper_id"], papers["title"],
                                                strict=True))
    titles.update(dict(zip(claims["paper_id"], claims["title"], strict=True)))
    rows, orphans = [], []
    for claim, group in overrides[overrides["action"] == "add"].groupby("claim_id", sort=False):
        first = group.iloc[0]
        given = dict(zip(group["field"], group["value"], strict=True))
        abstract = texts.get(first["paper_id"])
        start = abstract.find(given["quote"]) if abstract else -1
        if start < 0:
            why = ("no abstract to place the quote in (pass papers= to apply_overrides)"
                   if papers is None else "paper not in the corpus" if abstract is None
                   else "quote not found in the abstract")
            orphans.append({"line": int(first["line"]), "action": "add", "claim_id": claim,
                            "field": "quote", "reason": first["reason"], "problem": why})
            continue
        row = {c: "" for c in claims.columns}
        row.update({"claim_id": claim, "paper_id": first["paper_id"],
                    "title": titles.get(first["paper_id"], ""), "start": start,
                    "end": start + len(given["quote"]), "rule": "curated", "uncertain": False,
                    "value": math.nan, "value_low": math.nan, "value_high": math.nan,
                    "curated": True})
        row.update({k: _typed(k, v) for k, v in given.items()})
        rows.append(row)
    return rows, orphans


def apply_overrides(claims: pd.DataFrame, overrides: pd.DataFrame, *,
                    papers: pd.DataFrame | None = None,
                    benchmarks: pd.DataFrame | BenchmarkIndex | None = None,
                    ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Claims with the overrides applied, and a report of what each override did.

    Rejected claims are removed; corrected and added ones get `curated=True` (added ones
    `rule="curated"`). `papers` is needed to place an added claim's quote in its abstract.
    With `benchmarks`, a curated absolute score outside its benchmark's range is an error.
    The report (columns REPORT_COLUMNS, counts in `report.attrs["counts"]`) has one row per
    override line; `status == "orphan"` marks overrides whose claim no longer exists.
    """
    out = claims.copy()
    out["curated"] = False
    outcome: list[dict] = []
    ids = set(out["claim_id"])
    added, add_orphans = _added_rows(overrides, out, papers)
    orphan_ids = {o["claim_id"] for o in add_orphans}
    if added:
        out = pd.concat([out, pd.DataFrame(added, columns=out.columns)], ignore_index=True)
        ids |= {r["claim_id"] for r in added}
    position = {cid: i for i, cid in enumerate(out["claim_id"])}
    rejected, corrected = set(), set()
    for row in overrides.itertuples(index=False):
        entry = {"line": row.line, "action": row.action, "claim_id": row.claim_id,
                 "field": row.field, "status": "applied", "problem": "", "reason": row.reason}
        if row.claim_id in orphan_ids or row.claim_id not in ids:
            problem = next((o["problem"] for o in add_orphans if o["claim_id"] == row.claim_id),
                           "no such claim (the text or the rules changed)")
            entry.update(status="orphan", problem=problem)
        elif row.action == "reject":
            rejected.add(row.claim_id)
        elif row.action == "correct":
            i = position[row.claim_id]
            out.iat[i, out.columns.get_loc(row.field)] = _typed(row.field, row.value)
            out.iat[i, out.columns.get_loc("curated")] = True
            corrected.add(row.claim_id)
        outcome.append(entry)
    if benchmarks is not None:
        _check_ranges(out[out["curated"]], overrides, as_index(benchmarks))
    out = out[~out["claim_id"].isin(rejected)].reset_index(drop=True)
    report = pd.DataFrame(outcome, columns=REPORT_COLUMNS)
    report.attrs["counts"] = {"rejected": len(rejected), "corrected": len(corrected - rejected),
                              "added": len(added)}
    for orphan in report[report["status"] == "orphan"].drop_duplicates("claim_id").itertuples():
        log.warning("override on line %s (%s %s) applies to nothing: %s", orphan.line,
                    orphan.action, orphan.claim_id, orphan.problem)
    return out, report


def _check_ranges(curated: pd.DataFrame, overrides: pd.DataFrame,
                  index: BenchmarkIndex) -> None:
    shown = overrides.attrs.get("path", display_path(CLAIM_OVERRIDES_PATH))
    problems = []
    lines = overrides.groupby("claim_id")["line"].min()
    for row in curated.itertuples(index=False):
        problem = _range_problem(row.benchmark, row.kind, row.value, index)
        if problem:
            problems.append(Problem(shown, int(lines.get(row.claim_id, 0)) or None, "value",
                                    f"{row.claim_id}: {problem}"))
    if problems:
        raise ValidationError(problems)
