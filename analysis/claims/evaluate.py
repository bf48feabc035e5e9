"""Accuracy of extracted claims against hand-annotated gold files (precision, recall, F1)."""

from __future__ import annotations

import csv
import io
import logging
import math
import re
from pathlib import Path

import pandas as pd

from analysis.claims.caseless import caseless
from analysis.corpus.ingest import paper_id_for
from analysis.curated.benchmarks import (
    benchmark_key,
    canonical_benchmark,
    load_benchmarks,
    read_csv_text,
    strip_split,
)
from analysis.errors import Problem, ValidationError, display_path
from analysis.vocab import AGGREGATE_DOMAIN, CLAIM_KINDS

log = logging.getLogger(__name__)

GOLD_CLAIM_COLUMNS = ["title", "model", "role", "benchmark", "benchmark_raw", "metric", "kind",
                      "value", "value_low", "value_high", "quote", "notes"]
GOLD_PAPER_COLUMNS = ["source_file", "title", "n_claims", "notes"]
# Two values match when they differ by at most this much (score points), or by this share of
# the value: abstracts round ("56.7" vs "56.70"), annotators copy the written digits.
ABS_TOLERANCE = 0.051
REL_TOLERANCE = 0.005
# Optional gold column: why a row is not a claim under the definition (aggregate, not a score).
OUT_OF_SCOPE = "out_of_scope"
# How the gold files write a domain-level result the benchmark table does not list.
DOMAIN_SUFFIX = "-DOMAIN"
CHANGE_KINDS = ("delta", "relative")
GOLD_SHOWN = ["title", "kind", "benchmark", "value", "value_low", "value_high", "model", "quote"]
FOUND_SHOWN = ["claim_id", "title", "kind", "benchmark", "value", "value_low", "value_high",
               "model", "rule", "quote"]
# Words that do not change which model a name means ("the 1.5B model" == "1.5B").
_MODEL_NOISE_RE = caseless(r"\b(?:the|our|a|an|models?)\b")


def model_key(name: object) -> str:
    """Comparison key of a model name: case-folded letters and digits, filler words dropped."""
    if name is None or (isinstance(name, float) and math.isnan(name)):
        return ""
    return re.sub(r"[^0-9a-z]+", "", _MODEL_NOISE_RE.sub(" ", str(name)).casefold())


def bench_key(name: object, benchmarks: pd.DataFrame) -> str:
    """Comparison key of a benchmark: the table's name when listed, else the bare name."""
    if name is None or (isinstance(name, float) and math.isnan(name)) or not str(name).strip():
        return ""
    known = canonical_benchmark(name, benchmarks)
    return benchmark_key(known) if known else benchmark_key(strip_split(str(name)))


def _read_csv(path: Path, columns: list[str]) -> tuple[pd.DataFrame, list[Problem]]:
    shown = display_path(path)
    with io.StringIO(read_csv_text(path, shown), newline="") as handle:
        reader = csv.DictReader(handle)
        header = reader.fieldnames or []
        missing = [c for c in columns if c not in header]
        if missing:
            return pd.DataFrame(columns=columns), [Problem(shown, 1, None,
                                                           f"header misses column(s) {missing}")]
        rows = [{**row, "src_file": shown, "src_line": reader.line_num} for row in reader]
    return pd.DataFrame(rows, columns=[*header, "src_file", "src_line"]), []


def _number(value: object) -> float:
    try:
        return float(str(value).strip()) if str(value).strip() else math.nan
    except ValueError:
        return math.nan


def load_gold(gold_dir: Path | str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """All `*_claims.csv` and `*_papers.csv` of a folder, with paper ids; bad rows reported."""
    gold_dir = Path(gold_dir)
    claims, papers, problems = [], [], []
    for pattern, columns, out in (("*_claims.csv", GOLD_CLAIM_COLUMNS, claims),
                                  ("*_papers.csv", GOLD_PAPER_COLUMNS, papers)):
        for path in sorted(gold_dir.glob(pattern)):
            frame, found = _read_csv(path, columns)
            problems.extend(found)
            out.append(frame)
    if not papers:
        raise ValidationError([Problem(display_path(gold_dir), None, None,
                                       "no *_papers.csv gold file")])
    gold_claims = pd.concat(claims, ignore_index=True) if claims else pd.DataFrame(
        columns=GOLD_CLAIM_COLUMNS)
    gold_papers = pd.concat(papers, ignore_index=True)
    for frame in (gold_claims, gold_papers):
        frame["paper_id"] = frame["title"].map(paper_id_for)
    for column in ("value", "value_low", "value_high"):
        gold_claims[column] = gold_claims[column].map(_number)
    for row in gold_claims.itertuples():
        if row.kind not in CLAIM_KINDS:
            problems.append(Problem(row.src_file, row.src_line, "kind", f"must be one of "
                                    f"{CLAIM_KINDS}, got {row.kind!r}"))
        if row.paper_id not in set(gold_papers["paper_id"]):
            problems.append(Problem(row.src_file, row.src_line, "title",
                                    f"{row.title[:60]!r} is not in any *_papers.csv"))
    if problems:
        raise ValidationError(problems)
    return gold_claims, gold_papers.drop_duplicates("paper_id")


def _close(a: float, b: float) -> bool:
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return abs(a - b) <= max(ABS_TOLERANCE, REL_TOLERANCE * max(abs(a), abs(b)))


def _same_value(gold: pd.Series, found: pd.Series) -> bool:
    return (_close(gold["value"], found["value"]) and _close(gold["value_low"], found["value_low"])
            and _close(gold["value_high"], found["value_high"]))


def _part_named(found: pd.DataFrame, gold: pd.DataFrame, benchmarks: pd.DataFrame) -> list[str]:
    """Each found score's benchmark key, or, when the annotators of its paper named the part as a
    benchmark ("BigCodeBench-Hard") and the claims table wrote the whole and the part
    ("BigCodeBench", "Hard"), the part's name: the same score under either convention."""
    named = set(zip(gold["paper_id"], gold["_bench"], strict=True))
    parts = found.get("benchmark_part", pd.Series("", index=found.index)).fillna("")
    out = []
    for paper, key, bench, part in zip(found["paper_id"], found["_bench"], found["benchmark"],
                                       parts, strict=True):
        alt = bench_key(f"{bench}-{part}", benchmarks) if part else ""
        out.append(alt if alt and (paper, alt) in named else key)
    return out


def _version_named(gold: pd.DataFrame, benchmarks: pd.DataFrame) -> list[str]:
    """Each gold score's benchmark key, or, when the annotators filed a version the table lists
    as a benchmark of its own under the name without it ("LongBench v2" as LongBench, the table
    having LongBench-v2), the version's key: the same score under either convention."""
    raws = gold.get("benchmark_raw", pd.Series("", index=gold.index)).fillna("")
    out = []
    for key, raw in zip(gold["_bench"], raws, strict=True):
        raw = str(raw).strip()
        known = canonical_benchmark(raw, benchmarks) if raw else ""
        version = benchmark_key(known) if known else ""
        folded = version and version != key and \
            bench_key(strip_split(raw), benchmarks) == key and strip_split(raw) != raw
        out.append(version if folded else key)
    return out


def _match(gold: pd.DataFrame, found: pd.DataFrame) -> list[tuple[int, int]]:
    """Greedy one-to-one matching on (paper, kind, benchmark key, value)."""
    pairs, used = [], set()
    candidates = found.groupby(["paper_id", "kind", "_bench"]).groups
    for gi, g in gold.iterrows():
        for fi in candidates.get((g["paper_id"], g["kind"], g["_bench"]), []):
            if fi not in used and _same_value(g, found.loc[fi]):
                pairs.append((gi, fi))
                used.add(fi)
                break
    return pairs


def _matches_unscored(found: pd.DataFrame, unscored: pd.DataFrame) -> list:
    """Index of found claims equal (paper, kind, value) to a gold claim without benchmark."""
    out = []
    for _, g in unscored.iterrows():
        same = found[(found["paper_id"] == g["paper_id"]) & (found["kind"] == g["kind"])]
        for fi, f in same.iterrows():
            if fi not in out and _same_value(g, f):
                out.append(fi)
                break
    return out


def _scores(tp: int, n_gold: int, n_found: int) -> dict:
    precision = tp / n_found if n_found else math.nan
    recall = tp / n_gold if n_gold else math.nan
    f1 = (2 * precision * recall / (precision + recall)
          if n_found and n_gold and precision + recall else math.nan)
    return {"tp": tp, "fp": n_found - tp, "fn": n_gold - tp, "gold": n_gold, "found": n_found,
            "precision": precision, "recall": recall, "f1": f1}


def aggregate_keys(benchmarks: pd.DataFrame) -> frozenset[str]:
    """Comparison keys of the table's pseudo benchmarks (domain `aggregate`: AVERAGE, ...)."""
    names = benchmarks.loc[benchmarks["domain"] == AGGREGATE_DOMAIN, "name"]
    return frozenset(benchmark_key(n) for n in names)


def is_aggregate(name: object, benchmarks: pd.DataFrame,
                 keys: frozenset[str] | None = None) -> bool:
    """Whether a benchmark is a result over several benchmarks or a domain, not a test set.

    True for the table's pseudo benchmarks (AVERAGE, MATH-DOMAIN, ...) and for a domain label
    the table does not list, written the gold files' way ("DRUG-APPROVAL-PREDICTION-DOMAIN").
    """
    if name is None or (isinstance(name, float) and math.isnan(name)):
        return False
    keys = aggregate_keys(benchmarks) if keys is None else keys
    return (bench_key(name, benchmarks) in keys
            or str(name).strip().upper().endswith(DOMAIN_SUFFIX))


def _attribution(matched: list[tuple[pd.Series, pd.Series]]) -> tuple[float, float]:
    n = len(matched)
    if not n:
        return math.nan, math.nan
    models = sum(model_key(g["model"]) == model_key(f["model"]) for g, f in matched) / n
    roles = sum(str(g["role"]) == str(f["role"]) for g, f in matched) / n
    return models, roles


def _score(gold: pd.DataFrame, found: pd.DataFrame) -> dict:
    """Per-kind and change (delta + relative) scores, attribution and the errors of one scope."""
    result: dict = {}
    matched: list[tuple[pd.Series, pd.Series]] = []
    fps: list[pd.DataFrame] = []
    fns: list[pd.DataFrame] = []
    for kind in CLAIM_KINDS:
        g, f = gold[gold["kind"] == kind], found[found["kind"] == kind]
        pairs = _match(g, f)
        result[kind] = _scores(len(pairs), len(g), len(f))
        matched += [(g.loc[gi], f.loc[fi]) for gi, fi in pairs]
        fns.append(g.drop(index=[gi for gi, _ in pairs]))
        fps.append(f.drop(index=[fi for _, fi in pairs]))
    result["change"] = _scores(*(sum(result[k][c] for k in CHANGE_KINDS)
                                 for c in ("tp", "gold", "found")))
    result["matched"] = len(matched)
    result["model_attribution"], result["role_agreement"] = _attribution(matched)
    result["model_mismatches"] = pd.DataFrame(
        [{"title": f["title"], "benchmark": f["benchmark"], "value": f["value"],
          "gold_model": g["model"], "model": f["model"]}
         for g, f in matched if model_key(g["model"]) != model_key(f["model"])],
        columns=["title", "benchmark", "value", "gold_model", "model"])
    keep_found = [c for c in FOUND_SHOWN if c in found.columns]
    result["false_negatives"] = pd.concat(fns)[GOLD_SHOWN].reset_index(drop=True)
    result["false_positives"] = pd.concat(fps)[keep_found].reset_index(drop=True)
    return result


def _in_scope(gold: pd.DataFrame, found: pd.DataFrame, named_gold: pd.Series,
              named_found: pd.Series) -> dict:
    """The named-benchmark scores once gold rows marked out of scope are set aside.

    A found claim equal (paper, kind, value) to a row marked out of scope is neither right
    nor wrong, as for gold rows without a benchmark.
    """
    marked = gold[OUT_OF_SCOPE].fillna("").str.strip() != ""
    named = found[named_found]
    ignored = _matches_unscored(named, gold[marked])
    result = _score(gold[named_gold & ~marked], named.drop(index=ignored))
    result.update(gold_out_of_scope=int(marked.sum()), found_ignored=len(ignored))
    return result


def evaluate(claims: pd.DataFrame, gold_dir: Path, *,
             benchmarks: pd.DataFrame | None = None) -> dict:
    """Precision, recall and F1 per claim kind on the gold papers, model/role agreement.

    Claims are matched on paper, kind, benchmark and value (tolerance ABS_TOLERANCE points or
    REL_TOLERANCE of the value). Only papers listed in the gold `*_papers.csv` files count.
    Gold claims without a benchmark are not claims by the product's definition; they are
    counted in `gold_without_benchmark`, not scored. The top-level scores are over all rows;
    `scopes` splits them into named benchmarks and aggregates (`is_aggregate`, decided on each
    side: the gold row's benchmark, the found claim's), and when the gold files have an
    `out_of_scope` column, `in_scope` scores named benchmarks without the rows it marks.
    """
    benchmarks = load_benchmarks() if benchmarks is None else benchmarks
    gold, papers = load_gold(gold_dir)
    scope = set(papers["paper_id"])
    unscored = gold["benchmark"].fillna("").str.strip() == ""
    found = claims[claims["paper_id"].isin(scope)].copy()
    # A number the annotators listed without a benchmark is neither right nor wrong when found.
    ignored = _matches_unscored(found, gold[unscored])
    found = found.drop(index=ignored)
    gold = gold[~unscored].copy()
    keys = aggregate_keys(benchmarks)
    for frame in (gold, found):
        frame["_bench"] = [bench_key(b, benchmarks) for b in frame["benchmark"]]
        frame["_aggregate"] = [is_aggregate(b, benchmarks, keys) for b in frame["benchmark"]]
    found["_bench"] = _part_named(found, gold, benchmarks)
    gold["_bench"] = _version_named(gold, benchmarks)
    result: dict = {"papers": len(scope), "gold_without_benchmark": int(unscored.sum()),
                    "found_ignored": len(ignored),
                    "papers_without_claims_extracted": sorted(
                        set(gold["paper_id"]) - set(found["paper_id"])),
                    **_score(gold, found)}
    named_gold, named_found = ~gold["_aggregate"], ~found["_aggregate"]
    result["scopes"] = {"named": _score(gold[named_gold], found[named_found]),
                        "aggregate": _score(gold[~named_gold], found[~named_found])}
    if OUT_OF_SCOPE in gold.columns:
        result["in_scope"] = _in_scope(gold, found, named_gold, named_found)
    if "uncertain" in found.columns and "claim_id" in found.columns:
        result["by_flag"] = precision_by_flag(found[named_found], result["scopes"]["named"])
    return result


def precision_by_flag(found: pd.DataFrame, scores: dict) -> dict:
    """Precision of the found claims of one scope split by the extractor's `uncertain` flag:
    {"certain" | "uncertain": {"absolute" | "change": {"found", "correct", "precision"}}}.

    Uses the matching `scores` (one `_score` result) already made, so a claim counts as right
    exactly when it matched a gold row there.
    """
    wrong = set(scores["false_positives"]["claim_id"])
    flagged = found["uncertain"].astype(str).str.strip().str.lower().isin(("true", "1"))
    result: dict = {}
    for label, rows in (("certain", found[~flagged]), ("uncertain", found[flagged])):
        result[label] = {}
        for group, kinds in (("absolute", ("absolute",)), ("change", CHANGE_KINDS)):
            ids = rows.loc[rows["kind"].isin(kinds), "claim_id"]
            correct = int((~ids.isin(wrong)).sum())
            result[label][group] = {"found": len(ids), "correct": correct,
                                    "precision": correct / len(ids) if len(ids) else math.nan}
    return result


def _table(scores: dict) -> list[str]:
    lines = [f"  {'kind':<10}{'gold':>6}{'found':>7}{'tp':>5}{'precision':>11}{'recall':>8}"
             f"{'F1':>7}"]
    for kind in (*CLAIM_KINDS, "change"):
        s = scores[kind]
        lines.append(f"  {kind:<10}{s['gold']:>6}{s['found']:>7}{s['tp']:>5}"
                     f"{s['precision']:>11.3f}{s['recall']:>8.3f}{s['f1']:>7.3f}")
    lines.append(f"  matched claims: {scores['matched']}  model attribution: "
                 f"{scores['model_attribution']:.3f}  role agreement: "
                 f"{scores['role_agreement']:.3f}")
    return lines


def _sections(result: dict) -> list[tuple[str, dict]]:
    sections = [("all rows", result),
                ("named benchmarks", result["scopes"]["named"]),
                ("aggregates (AVERAGE, *-DOMAIN: several benchmarks or a domain)",
                 result["scopes"]["aggregate"])]
    if "in_scope" in result:
        s = result["in_scope"]
        sections.append((f"under the claim definition: named benchmarks, without the "
                         f"{s['gold_out_of_scope']} scored gold row(s) marked out_of_scope "
                         f"({s['found_ignored']} found named claim(s) equal to them ignored)", s))
    return sections


def format_evaluation(result: dict, *, show_errors: int = 20) -> str:
    """A plain-text report of `evaluate`'s result, with the first errors for debugging."""
    lines = [f"gold papers: {result['papers']}  (gold claims without a benchmark, not scored: "
             f"{result['gold_without_benchmark']}; found claims matching them, ignored: "
             f"{result['found_ignored']})"]
    for label, scores in _sections(result):
        lines += ["", label, *_table(scores)]
    if "by_flag" in result:
        lines += ["", "named benchmarks, precision by the extractor's uncertain flag"]
        for flag, groups in result["by_flag"].items():
            lines.append(f"  {flag:<10}" + "  ".join(
                f"{group} {g['correct']}/{g['found']} = {g['precision']:.3f}"
                for group, g in groups.items()))
    shown_cols = ["title", "kind", "benchmark", "value", "value_low", "value_high", "model"]
    for label, key, cols in (("false positives", "false_positives", shown_cols),
                             ("false negatives", "false_negatives", shown_cols),
                             ("model mismatches", "model_mismatches", None)):
        frame = result[key]
        lines.append(f"\n{label}, all rows ({len(frame)}):")
        if len(frame):
            shown = frame if cols is None else frame[cols]
            shown = shown.assign(title=shown["title"].str.slice(0, 40))
            lines.append(shown.head(show_errors).to_string(index=False))
    return "\n".join(lines)
