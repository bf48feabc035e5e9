"""Benchmark mentions written around a name: one year's edition, parts read respectively."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.claims.bench_mentions import find_benchmarks
from analysis.claims.extract import extract_claims
from analysis.claims.named_parts import NAMED_PARTS
from analysis.curated.benchmarks import as_index, canonical_benchmark, load_benchmarks
from analysis.curated.name_prefixes import load_name_prefixes

BENCHMARKS = as_index(load_benchmarks())
PREFIXES = load_name_prefixes()


def mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in find_benchmarks(text, BENCHMARKS, [], PREFIXES)]


@pytest.mark.parametrize("text,raw,name", [
    ("The gain is 3.3 points on the February 2025 edition of HMMT.",
     "February 2025 edition of HMMT", "HMMT-2025"),
    ("It scores 41.0 on the 2024 edition of AIME.", "2024 edition of AIME", "AIME-2024"),
    ("It solves 12 problems of the 2025 round of AIME.", "2025 round of AIME", "AIME-2025"),
])
def test_an_edition_of_a_listed_competition_is_that_years_benchmark(text, raw, name):
    assert (raw, name) in mentions(text)


def test_an_edition_the_table_does_not_list_names_no_benchmark():
    # the table has no AIME 2019 and no edition of a conference: the year stays unread
    found = mentions("It scores 41.0 on the 2019 edition of AIME and the 2024 edition of ICLR.")
    assert not any("edition" in raw for raw, _ in found), found
    assert ("AIME", "AIME") in found  # the competition itself is still named


def test_parts_of_a_benchmark_read_respectively_are_each_a_mention():
    # "71.2% and 66.8% on the 4K and 8K subsets of HR-Bench, respectively" (set ci)
    found = mentions("It attains 71.2% and 66.8% on the 4K and 8K subsets of HR-Bench, "
                     "respectively.")
    assert ("4K", "HR-Bench-4K") in found and ("8K", "HR-Bench-8K") in found, found
    # without "respectively" the parts are the part rules' to read; an unknown whole names none
    assert not any(name.endswith("-4K") for _, name in mentions(
        "It attains 71.2% on the 4K and 8K subsets of HR-Bench."))
    assert not any(name.endswith("-4K") for _, name in mentions(
        "It attains 71.2% and 66.8% on the 4K and 8K subsets of Zorblax, respectively."))


def test_scores_on_parts_read_respectively_go_to_each_part():
    papers = pd.DataFrame({"paper_id": ["pt"], "title": ["T"], "abstract": [
        "Zoom-3B attains 86.4% on MathVista, and 71.2% and 66.8% on the 4K and 8K subsets of "
        "HR-Bench, respectively."]})
    found = extract_claims(papers, benchmarks=load_benchmarks())
    assert {(r.benchmark, r.benchmark_part, r.value) for r in found.itertuples()} == {
        ("MathVista", "", 86.4), ("HR-Bench", "4K", 71.2), ("HR-Bench", "8K", 66.8)}, found


@pytest.mark.parametrize("text,raw", [
    ("On the TUNE77 test split, HarmoRL-1.7B attains a match rate of 68.4%.", "TUNE77"),
    ("On the FLUX-Exp extraction benchmark, it raises F1 from 61.8 to 74.3.", "FLUX-Exp"),
    ("On QX-Scan phrase grounding, the model reaches 0.52.", "QX-Scan"),
    ("For Qwen3-8B, macro-F1 on SciGradeBank is 68.1 with thinking enabled.", "SciGradeBank"),
    ("It raises joint goal accuracy on DialoWOZ 2.4 to 61.7%.", "DialoWOZ"),
])
def test_an_unlisted_name_opening_a_clause_or_scored_by_a_metric_is_a_benchmark(text, raw):
    assert raw in [name for _, name in mentions(text)]


@pytest.mark.parametrize("text,word", [
    ("On SAT problems, Saturn-7B improves average pass@3 by 28.1.", "SAT"),  # a kind of problem
    ("It improves accuracy on the Spatial-Map task of SpatialEval from 52.6% to 66.0%.",
     "Spatial-Map"),  # a part of a benchmark, named with its whole
    ("It raises exact-match accuracy on NaturalPlan's calendar scheduling to 57.3%.",
     "NaturalPlan's"),
])
def test_a_name_that_is_no_benchmark_of_its_own_is_not_taken(text, word):
    assert all(word not in raw or raw == "NaturalPlan" for raw, _ in mentions(text))


def test_scores_after_an_unlisted_name_opening_a_clause_are_its_scores():
    papers = pd.DataFrame({"paper_id": ["lead"], "title": ["T"], "abstract": [
        "On the TUNE77 test split, HarmoRL-1.7B attains a chord-tone match rate of 68.4%, "
        "compared with 61.2% for GPT-4o. For Qwen3-8B, macro-F1 on SciGradeBank is 68.1."]})
    found = extract_claims(papers, benchmarks=load_benchmarks())
    assert {(r.benchmark, r.value) for r in found.itertuples()} == {
        ("TUNE77", 68.4), ("TUNE77", 61.2), ("SciGradeBank", 68.1)}, found


def test_a_split_of_an_unlisted_benchmark_is_filed_under_the_whole():
    # annotators file "ClimaQuestQA-Gold" under ClimaQuestQA, as a listed benchmark's split
    papers = pd.DataFrame({"paper_id": ["split"], "title": ["T"], "abstract": [
        "Halcyon-2B scores 54.1 on ClimaQuestQA-Gold and 61.0 on TerraShiftQA."]})
    found = extract_claims(papers, benchmarks=load_benchmarks())
    assert {(r.benchmark, r.benchmark_part, r.value) for r in found.itertuples()} == {
        ("ClimaQuestQA", "Gold", 54.1), ("TerraShiftQA", "", 61.0)}, found


def test_named_parts_are_parts_of_listed_benchmarks_and_no_rows_of_their_own():
    table = load_benchmarks()
    for part, whole in NAMED_PARTS.items():
        assert canonical_benchmark(whole, table) == whole, whole
        assert canonical_benchmark(part, table) is None, part  # a row would be the benchmark
        assert part in table.loc[table["name"] == whole, "source"].iloc[0], part  # its source


def test_a_named_part_is_its_whole_with_the_part_unless_the_whole_is_written_after_it():
    index, prefixes = as_index(load_benchmarks()), load_name_prefixes()
    found = find_benchmarks("It scores 61.2% on SeqQA and 55.5% on Calendar Scheduling.",
                            index, [], prefixes)
    assert [(m.text, m.whole_part) for m in found] == [
        ("SeqQA", ("LAB-Bench", "SeqQA")), ("Calendar Scheduling", ("NaturalPlan",
                                                                   "Calendar Scheduling"))]
    written = find_benchmarks("On the SeqQA subset of LAB-Bench it scores 61.2%.", index, [],
                              prefixes)
    assert all(m.whole_part is None for m in written)  # the part rules read "subset of B"
