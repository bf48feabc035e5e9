"""Screen study: could a filter learned from the annotated sets lift the rules' precision?"""

from __future__ import annotations

import logging
import re
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp

from analysis.claims.evaluate import aggregate_keys, evaluate, is_aggregate
from analysis.corpus.ingest import load_corpus
from analysis.curated.benchmarks import load_benchmarks
from analysis.dev.bench_reference import export_commit
from analysis.dev.blind_reads import BLIND_READS, FIXTURES, extract_with

log = logging.getLogger(__name__)

_TOKEN_RE = re.compile(r"[A-Za-z]+|\d+(?:\.\d+)?|[%()\[\],;:$]")
_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
CONTEXT_WORDS = 6  # tokens read on each side of the number (the rules read about as far)
THRESHOLDS = (-1.0, -0.5, 0.0, 0.5, 1.0)  # log-odds below which the screen drops a claim


def claim_features(abstract: str, claim: pd.Series) -> list[str]:
    """What a screen may read of one claim: the words around its number in its sentence (by
    position and as a bag), the rules that made it and the extractor's own flags."""
    start, end, at = int(claim["start"]), int(claim["end"]), int(claim["value_start"])
    digits = _NUMBER_RE.match(abstract, at)
    after_number = digits.end() if digits else at + 1
    before = [t.lower() for t in _TOKEN_RE.findall(abstract[start:at])][-CONTEXT_WORDS:]
    after = [t.lower() for t in _TOKEN_RE.findall(abstract[after_number:end])][:CONTEXT_WORDS]
    return [*(f"before{len(before) - i}:{t}" for i, t in enumerate(before)),
            *(f"after{i}:{t}" for i, t in enumerate(after)),
            *(f"left:{t}" for t in before), *(f"right:{t}" for t in after),
            *(f"rule:{part}" for part in str(claim["rule"]).split("/")),
            f"uncertain:{claim['uncertain']}", f"reason:{claim['uncertain_reason']}",
            f"no-model:{pd.isna(claim['model'])}", f"qualifier:{claim['value_qualifier']}"]


def design_matrix(features: list[list[str]]) -> sp.csr_matrix:
    """One column per feature, in the order first seen; 1 where a row has it."""
    columns: dict[str, int] = {}
    rows, cols = [], []
    for i, row in enumerate(features):
        for name in dict.fromkeys(row):  # first-seen order: the same columns every run
            rows.append(i)
            cols.append(columns.setdefault(name, len(columns)))
    return sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(features), len(columns)))


def fit_logistic(x: sp.csr_matrix, y: np.ndarray, *, l2: float = 1.0, steps: int = 600,
                 rate: float = 2.5) -> tuple[np.ndarray, float]:
    """Ridge-penalised logistic regression by gradient descent: weights and intercept."""
    weights, intercept = np.zeros(x.shape[1]), 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ weights + intercept)))
        weights -= rate * (x.T @ (p - y) + l2 * weights) / len(y)
        intercept -= rate * float(np.mean(p - y))
    return weights, intercept


def leave_one_set_out(rows: pd.DataFrame) -> np.ndarray:
    """Each row's log-odds of being right from a screen fitted on the other sets only."""
    x = design_matrix(list(rows["features"]))
    y = rows["correct"].to_numpy(dtype=float)
    scores = np.zeros(len(rows))
    for name in rows["set"].unique():
        test = (rows["set"] == name).to_numpy()
        weights, intercept = fit_logistic(x[~test], y[~test])
        scores[test] = x[test] @ weights + intercept
    return scores


def screen_table(rows: pd.DataFrame, scores: np.ndarray, *, gold: int,
                 thresholds: tuple[float, ...] = THRESHOLDS) -> pd.DataFrame:
    """Precision and recall of the claims kept at each threshold (none dropped first)."""
    out = []
    for threshold in (-np.inf, *thresholds):
        kept = rows[scores >= threshold]
        dropped = rows[scores < threshold]
        right = int(kept["correct"].sum())
        out.append({"threshold": threshold, "dropped": len(dropped),
                    "dropped_wrong": int((~dropped["correct"]).sum()),
                    "precision": right / len(kept) if len(kept) else np.nan,
                    "recall": right / gold})
    return pd.DataFrame(out)


def _read_rows(claims: pd.DataFrame, folder: Path, letter: str, *,
               benchmarks: pd.DataFrame) -> tuple[list[dict], int]:
    """The named scores one read found, each with its features and whether it is right, and
    the number of gold named scores of the set."""
    named = evaluate(claims, folder, benchmarks=benchmarks)["scopes"]["named"]
    wrong = set(named["false_positives"]["claim_id"])
    abstracts = load_corpus(folder / "corpus").set_index("paper_id")["abstract"]
    keys = aggregate_keys(benchmarks)
    scores = claims[(claims["kind"] == "absolute") & claims["paper_id"].isin(abstracts.index)]
    scores = scores[[not is_aggregate(b, benchmarks, keys) for b in scores["benchmark"]]]
    if len(scores) != named["absolute"]["found"]:  # evaluate set some aside: say so
        raise ValueError(f"{folder.name}: {len(scores)} named scores found, evaluate scored "
                         f"{named['absolute']['found']}")
    rows = [{"set": letter, "claim_id": c["claim_id"], "correct": c["claim_id"] not in wrong,
             "features": claim_features(abstracts[c["paper_id"]], c)}
            for _, c in scores.iterrows()]
    return rows, named["absolute"]["gold"]


def study_rows(reads: tuple = BLIND_READS, *,
               fixtures: Path = FIXTURES) -> tuple[pd.DataFrame, int]:
    """Every named score the blind reads found (each set read by its commit's extractor) with
    its features and whether it was right, and the number of gold named scores."""
    benchmarks = load_benchmarks()
    rows, gold, trees = [], 0, {}
    with tempfile.TemporaryDirectory(prefix="screen_study_") as tmp:
        for folder, letter, commit, _ in reads:
            if commit not in trees:
                log.info("exporting %s", commit)
                trees[commit] = export_commit(commit, Path(tmp) / commit)
            claims = extract_with(trees[commit], fixtures / folder / "corpus",
                                  Path(tmp) / f"{folder}.csv")
            read, n_gold = _read_rows(claims, fixtures / folder, letter, benchmarks=benchmarks)
            rows += read
            gold += n_gold
    return pd.DataFrame(rows), gold
