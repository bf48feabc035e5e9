"""Unlisted benchmark names read once in an abstract are its benchmarks in every sentence."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.claims.bench_mentions import find_benchmarks
from analysis.claims.extract import explain, extract_claims
from analysis.claims.names import benchmark_shaped
from analysis.curated.benchmarks import as_index, load_benchmarks
from analysis.curated.name_prefixes import load_name_prefixes

BENCHMARKS = as_index(load_benchmarks())
PREFIXES = load_name_prefixes()


def mentions(text: str, models: list[tuple[int, int]] | None = None) -> list[tuple[str, str]]:
    """(as written, name) of each benchmark mention (as in test_bench_mentions)."""
    return [(m.text, m.name) for m in find_benchmarks(text, BENCHMARKS, models or [], PREFIXES)]


def claims_of(abstract: str) -> set[tuple[float, str]]:
    papers = pd.DataFrame({"paper_id": ["p"], "title": ["T"], "abstract": [abstract]})
    found = extract_claims(papers, benchmarks=BENCHMARKS)
    return {(r.value, r.benchmark) for r in found.itertuples()}


@pytest.mark.parametrize("name,shaped", [
    ("TRAM", True), ("MOOSE-Chem", True), ("ETTh1", True), ("TimeSeriesExamZ", True),
    ("ActivityNet Captions", True),
    # plain words: "Game" of "Game of 24", a suite's task, a puzzle's name
    ("Game", False), ("Team Allocation", False), ("Sudoku", False), ("Countdown", False),
])
def test_a_name_is_looked_for_elsewhere_only_when_shaped_like_a_benchmark(name, shaped):
    assert benchmark_shaped(name) is shaped


def test_a_name_read_after_a_score_is_a_benchmark_of_its_respectively_list():
    # set dx (holdout126) with TRAM unlisted: 58.2 went to TimeQA's hard split
    abstract = ("Our student, ChronoZed-1.5B, reaches 71.4% on TRAMQ and 63.8% on TimeQA, "
                "compared with 58.2% and 51.0% for Qwen2.5-1.5B-Instruct, respectively.")
    assert {(71.4, "TRAMQ"), (63.8, "TimeQA"), (58.2, "TRAMQ"), (51.0, "TimeQA")} <= \
        claims_of(abstract)


def test_a_name_read_in_one_sentence_is_found_in_the_others():
    # set ee (holdout132) with TimeSeriesExam unlisted: a lead name no rule reads alone
    abstract = ("Majority voting lifts Qwen2.5-1.5B-Instruct to 41.9% on ChronoExamZ. "
                "On ChronoExamZ the ranking is Qwen3-8B (68.9) and Phi-4-mini-instruct (62.3).")
    found = claims_of(abstract)
    assert {(41.9, "ChronoExamZ"), (68.9, "ChronoExamZ"), (62.3, "ChronoExamZ")} <= found, found
    # the reading records the second pass: the name is a mention in both sentences
    reading = explain("T", abstract, benchmarks=BENCHMARKS)
    assert [b.text for b in reading.benches] == ["ChronoExamZ", "ChronoExamZ"]


def test_a_plain_word_read_once_stays_where_it_was_read():
    # "on the Game of 24" reads "Game"; another "game" elsewhere is no benchmark
    abstract = ("MCTS-Lite raises accuracy on the Game of 24 from 6.0% to 52.0%. "
                "Accuracy on a held-out Countdown set climbs from 3.1% to 58.4% in Game mode.")
    reading = explain("T", abstract, benchmarks=BENCHMARKS)
    assert not [b for b in reading.benches if b.text == "Game"], reading.benches


@pytest.mark.parametrize("text,raw", [
    ("CauSR-3B improves CLadderZ accuracy from 54.7% to 69.3%.", "CLadderZ"),
    ("It lifts e-CAREZ accuracy from 66.1% to 72.5%.", "e-CAREZ"),
    ("AuTool-7B lifts MMARZ accuracy to 60.3%.", "MMARZ"),
])
def test_an_unlisted_name_of_capitals_before_accuracy_is_a_benchmark(text, raw):
    found = mentions(text)
    assert (raw, raw) in found, found


@pytest.mark.parametrize("text", [
    "It attains an average OOD accuracy of approximately 70%.",
    "On TruthfulQA, MC2 accuracy improves by 3.8 points.",
])
def test_settings_before_accuracy_are_no_benchmarks(text):
    found = [raw for raw, _ in mentions(text)]
    assert "OOD" not in found and "MC2" not in found, found


@pytest.mark.parametrize("text,version", [
    ("On RTLLM 2.0, PPA-R1 achieves 63.4% pass@1.", 2.0),
    ("It raises VerilogEval 1.1 pass@1 from 31.7% to 52.4%.", 1.1),
    ("We score every trace on VerilogEval v2 and RTLLM 2.0 with a taxonomy of 14 behaviors.", 2.0),
])
def test_the_version_of_a_name_of_capitals_is_no_number(text, version):
    # set el (holdout140): "RTLLM 2.0" was read as a score of 2.0 in 17 sentences
    values = {n.value for n in explain("T", text, benchmarks=BENCHMARKS).numbers
              for n in [n[0]]}
    assert version not in values, values
    # a score after one capitalised word, or with a unit, stays a number
    kept = {n[0].value for n in explain("T", "Llama reaches 2.5 points and MMLU 2.0%.",
                                        benchmarks=BENCHMARKS).numbers}
    assert {2.5, 2.0} <= kept, kept


@pytest.mark.parametrize("text,raw", [
    ("On NumFuturesZ, Oracle-7B achieves a score of 61.2.", "NumFuturesZ"),
    ("On RTLLMZ 2.0, PPA-R1 achieves 63.4% pass@1.", "RTLLMZ"),
    ("On MOOSE-Chemz, InspireRank retrieves the paper in 73.5% of cases.", "MOOSE-Chemz"),
])
def test_an_unlisted_name_shaped_like_a_benchmark_opening_a_clause_is_one(text, raw):
    found = mentions(text)
    assert (raw, raw) in found, found


@pytest.mark.parametrize("text", [
    "On Monday, the model reaches 61.2%.",  # a plain word
    "On Sudoku, it solves 48.4% of grids.",
    "On Qwen2.5-7B-Instruct, the gain is 3.1 points.",  # a model
])
def test_a_plain_or_model_name_opening_a_clause_is_no_benchmark(text):
    models = [(m.start, m.end) for m in explain("T", text, benchmarks=BENCHMARKS).models]
    found = [raw for raw, _ in mentions(text, models)]
    assert not found, found


def test_a_respectively_list_of_unlisted_names_shaped_like_benchmarks_names_each():
    # set ek (holdout139): only NL4Opt was read, so all three scores went to it
    abstract = ("DtF-4B achieves 82.1%, 47.6% and 36.0% on NL4OptZ, MAMO-Z and IndustryORZ, "
                "respectively.")
    assert {(82.1, "NL4OptZ"), (47.6, "MAMO-Z"), (36.0, "IndustryORZ")} <= claims_of(abstract)
    # plain words are no list of benchmarks (the first may still be read after its number)
    plain = claims_of("It achieves 82.1%, 47.6% and 36.0% on Monday, Tuesday and Friday, "
                      "respectively.")
    assert not {b for _, b in plain} & {"Tuesday", "Friday"}, plain
