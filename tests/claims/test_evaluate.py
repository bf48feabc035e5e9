"""Tests of analysis/evaluate.py: matching rules on small gold files, and the floors on ours."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pandas as pd
import pytest

from analysis.claims.evaluate import (
    GOLD_CLAIM_COLUMNS,
    GOLD_PAPER_COLUMNS,
    bench_key,
    evaluate,
    format_evaluation,
    model_key,
)
from analysis.claims.extract import CLAIM_COLUMNS, extract_claims
from analysis.config import RAW_DIR
from analysis.corpus.ingest import load_corpus, paper_id_for
from analysis.curated.benchmarks import load_benchmarks
from analysis.errors import ValidationError

GOLD_DIR = Path(__file__).parents[1] / "fixtures" / "gold"
# The floors, measured on the hand-annotated gold set.
FLOORS = {"absolute_precision": 0.95, "absolute_recall": 0.90, "delta_f1": 0.85,
          "model_attribution": 0.90}
TOL = 1e-9


@pytest.fixture(scope="module")
def benchmarks() -> pd.DataFrame:
    return load_benchmarks()


def write_gold(folder: Path, claims: list[dict], papers: list[str]) -> Path:
    folder.mkdir(exist_ok=True)
    with open(folder / "x_claims.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, GOLD_CLAIM_COLUMNS)
        writer.writeheader()
        for row in claims:
            writer.writerow({c: row.get(c, "") for c in GOLD_CLAIM_COLUMNS})
    with open(folder / "x_papers.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, GOLD_PAPER_COLUMNS)
        writer.writeheader()
        for title in papers:
            writer.writerow({"source_file": "000.txt", "title": title, "n_claims": 1})
    return folder


def found(title: str, benchmark: str, kind: str, value: float, model: str = "") -> dict:
    row = {c: "" for c in CLAIM_COLUMNS}
    row.update(claim_id=f"c{len(title)}{value}", paper_id=paper_id_for(title), title=title,
               benchmark=benchmark, kind=kind, value=value, value_low=math.nan,
               value_high=math.nan, model=model, role="proposed")
    return row


def test_precision_recall_and_attribution_by_hand(tmp_path, benchmarks):
    gold = [
        {"title": "Paper A", "benchmark": "AIME-2024", "kind": "absolute", "value": "56.7",
         "model": "the 1.5B model", "role": "proposed"},
        {"title": "Paper A", "benchmark": "MMAU", "kind": "absolute", "value": "64.5",
         "model": "Qwen2-Audio-7B", "role": "proposed"},
        {"title": "Paper A", "benchmark": "GSM8K", "kind": "delta", "value": "3.1",
         "model": "X", "role": "proposed"},
        {"title": "Paper A", "benchmark": "", "kind": "delta", "value": "8.8",
         "model": "X", "role": "proposed"},  # no benchmark: not scored
    ]
    write_gold(tmp_path / "g", gold, ["Paper A"])
    claims = pd.DataFrame([
        found("Paper A", "AIME-2024", "absolute", 56.70, "1.5B model"),  # TP, same model
        found("Paper A", "MMAU Test-mini", "absolute", 64.5, "Qwen2-Audio"),  # TP, other model
        found("Paper A", "MATH-500", "absolute", 80.0),  # FP
        found("Paper A", "GSM8K", "delta", 3.2, "X"),  # FP: 0.1 off
        found("Paper A", "AVERAGE", "delta", 8.8, "X"),  # ignored: gold has no benchmark
        found("Paper B", "GSM8K", "absolute", 50.0),  # not a gold paper: out of scope
    ])
    result = evaluate(claims, tmp_path / "g", benchmarks=benchmarks)
    assert result["absolute"]["tp"] == 2
    assert abs(result["absolute"]["precision"] - 2 / 3) <= TOL
    assert abs(result["absolute"]["recall"] - 1.0) <= TOL
    assert (result["delta"]["tp"], result["delta"]["fp"], result["delta"]["fn"]) == (0, 1, 1)
    assert result["found_ignored"] == 1 and result["gold_without_benchmark"] == 1
    assert abs(result["model_attribution"] - 0.5) <= TOL
    assert len(result["false_positives"]) == 2 and len(result["false_negatives"]) == 1
    assert "absolute" in format_evaluation(result)


def test_keys(benchmarks):
    assert bench_key("AIME'24", benchmarks) == bench_key("AIME-2024", benchmarks)
    assert bench_key("MMAU Test-mini", benchmarks) == bench_key("MMAU", benchmarks)
    assert bench_key("MATH", benchmarks) != bench_key("MATH-500", benchmarks)
    assert model_key("the 1.5B model") == model_key("1.5B Model") == "15b"
    assert model_key(math.nan) == ""


def test_unknown_titles_in_claims_file_are_errors(tmp_path, benchmarks):
    write_gold(tmp_path / "g", [{"title": "Other", "benchmark": "GSM8K", "kind": "absolute",
                                 "value": "1"}], ["Paper A"])
    with pytest.raises(ValidationError) as info:
        evaluate(pd.DataFrame(columns=CLAIM_COLUMNS), tmp_path / "g", benchmarks=benchmarks)
    [problem] = info.value.problems
    assert (problem.line, problem.column) == (2, "title") and "not in any" in problem.message


def test_floors_on_the_gold_set(benchmarks):
    if not list(GOLD_DIR.glob("*_claims.csv")):
        pytest.skip("no gold files yet")
    claims = extract_claims(load_corpus(RAW_DIR), benchmarks=benchmarks)
    result = evaluate(claims, GOLD_DIR, benchmarks=benchmarks)
    report = format_evaluation(result)
    assert result["absolute"]["precision"] >= FLOORS["absolute_precision"], report
    assert result["absolute"]["recall"] >= FLOORS["absolute_recall"], report
    assert result["delta"]["f1"] >= FLOORS["delta_f1"], report
    assert result["model_attribution"] >= FLOORS["model_attribution"], report
