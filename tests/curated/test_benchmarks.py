"""Tests of analysis/benchmarks.py: the committed table, canonical names and validation."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.curated.benchmarks import (
    COLUMNS,
    alias_pattern,
    benchmark_key,
    canonical_benchmark,
    load_benchmarks,
    strip_split,
    unknown_benchmark_name,
)
from analysis.errors import ValidationError

REQUIRED = ["AIME-2024", "AIME-2025", "AIME", "AMC-2023", "AMC", "MATH-500", "MATH", "GSM8K",
            "GPQA-Diamond", "GPQA", "LiveCodeBench", "OlympiadBench", "MMLU-Pro", "MMLU",
            "HumanEval", "MBPP", "SWE-Bench-Verified", "Minerva-Math", "HMMT-2025",
            "ARC-Challenge", "BBH", "Codeforces"]
PSEUDO = ["AVERAGE", "MATH-DOMAIN", "CODE-DOMAIN", "SCIENCE-DOMAIN"]
# Item counts from the benchmarks' own papers/releases (see the table's source column).
N_ITEMS = {"AIME-2024": 30, "AIME-2025": 30, "MATH-500": 500, "GSM8K": 1319,
           "GPQA-Diamond": 198, "AMC-2023": 40, "HumanEval": 164, "MATH": 5000}
GOOD_ROW = "GSM8K,GSM-8K,math,text,accuracy,numeric,0,1319,0,100,Cobbe et al. 2021"
HEADER = ",".join(COLUMNS)


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return load_benchmarks()


def test_table_has_required_and_pseudo_benchmarks(table):
    names = set(table["name"])
    assert set(REQUIRED) <= names and set(PSEUDO) <= names
    assert table.loc[table["name"].isin(PSEUDO), "n_items"].isna().all()
    assert table.set_index("name").loc[PSEUDO, "pseudo"].all()


@pytest.mark.parametrize("name,count", N_ITEMS.items())
def test_item_counts(table, name, count):
    row = table.set_index("name").loc[name]
    assert row["n_items"] == count and row["source"]


def test_every_item_count_cites_a_source(table):
    counted = table[table["n_items"].notna()]
    assert (counted["source"].str.len() > 10).all()


@pytest.mark.parametrize("raw,name", [
    ("AIME'24", "AIME-2024"), ("AIME24", "AIME-2024"), ("AIME 2024", "AIME-2024"),
    ("aime-2024", "AIME-2024"), ("AIME25", "AIME-2025"), ("AIME", "AIME"),
    ("Math500", "MATH-500"), ("MATH 500", "MATH-500"), ("MATH-500", "MATH-500"),
    ("AMC23", "AMC-2023"), ("GPQA Diamond", "GPQA-Diamond"), ("GPQA-Diamond", "GPQA-Diamond"),
    ("LiveCodeBench v6", "LiveCodeBench"), ("MathVista testmini", "MathVista"),
    ("SWE-bench Verified", "SWE-Bench-Verified"), ("GSM8k", "GSM8K"), ("BIG-Bench Hard", "BBH"),
])
def test_canonical_spellings(table, raw, name):
    assert canonical_benchmark(raw, table) == name


def test_unknown_benchmarks(table):
    assert canonical_benchmark("Tau3-Bench", table) is None
    assert canonical_benchmark(None, table) is None
    assert unknown_benchmark_name("SWE-Bench Polyglot") == "SWE-Bench-Polyglot"
    assert unknown_benchmark_name("MMAU Test-mini") == "MMAU"
    assert strip_split("ACEBench (En)") == "ACEBench"
    assert strip_split("ScreenSpot-V2") == "ScreenSpot-V2"  # an upper-case V2 is a name


def test_alias_pattern_finds_spellings_not_words(table):
    text = ("scores 56.7 on AIME'24 and 90 on Math500; math benchmarks; MATH-500 and MATH; "
            "BeyondAIME; PreAIME; GPQA Diamond")  # (BeyondAIME a listed benchmark of its own)
    found = [m.group() for m in alias_pattern(table).finditer(text)]
    assert found == ["AIME'24", "Math500", "MATH-500", "MATH", "BeyondAIME", "GPQA Diamond"]
    # not inside a hyphenated token, before or after: EmbodiedBench's "EB-ALFRED" is no ALFRED,
    # "SAT-Bridge" a model and "AIME-Shift" another benchmark
    text = "EB-ALFRED, SAT-Bridge and AIME-Shift; ALFRED and AIME 2024 (re-ARC)"
    found = [m.group() for m in alias_pattern(table).finditer(text)]
    assert found == ["ALFRED", "AIME 2024"]


def write(tmp_path: Path, *rows: str, header: str = HEADER) -> Path:
    path = tmp_path / "benchmarks.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def test_valid_minimal_table(tmp_path):
    frame = load_benchmarks(write(tmp_path, GOOD_ROW))
    assert frame["n_items"].tolist() == [1319]


def test_every_problem_is_reported_at_once(tmp_path):
    path = write(tmp_path, GOOD_ROW,
                 "MATH,GSM 8K,math,text,accuracy,free-form,0,5000,0,100,src",  # alias of GSM8K
                 "Bad Name,,math,text,percent,free-form,0,0,100,0,",  # 5 problems
                 "AVERAGE,,aggregate,mixed,score,aggregate,,10,0,100,x",  # pseudo with items
                 "X,,math,text,accuracy,free-form,200,,0,100,x",  # chance outside range
                 "Y,,maths,paper,accuracy,free-form,0,10,0,100,x")  # unknown domain, modality
    with pytest.raises(ValidationError) as info:
        load_benchmarks(path)
    where = {(p.line, p.column) for p in info.value.problems}
    assert {(3, "aliases"), (4, "name"), (4, "metric"), (4, "n_items"), (4, "max_score"),
            (5, "n_items"), (6, "chance_level"), (7, "domain"), (7, "modality")} <= where
    assert all(p.path.endswith("benchmarks.csv") for p in info.value.problems)


def test_missing_column_is_a_header_problem(tmp_path):
    path = write(tmp_path, "GSM8K,math", header="name,domain")
    with pytest.raises(ValidationError) as info:
        load_benchmarks(path)
    assert info.value.problems[0].line == 1 and "misses" in info.value.problems[0].message


@pytest.mark.parametrize("spelling,name", [
    ("HumanEval+", "HumanEval-Plus"), ("MBPP+", "MBPP-Plus"),  # "+" is "plus"
    ("V*Bench", "V-Star-Bench"), ("V* Bench", "V-Star-Bench"),  # "*" is "star"
    ("τ-bench", "Tau-Bench"), ("τ²-Bench", "Tau2-Bench"),  # "τ" is "tau"
])
def test_signs_in_a_spelling_are_read_as_words(spelling, name):
    assert canonical_benchmark(spelling, load_benchmarks()) == name


def test_a_star_is_not_dropped_from_the_key():
    # "VBench" (video generation) is another benchmark than V*Bench: not a spelling of it
    assert benchmark_key("V*Bench") != benchmark_key("VBench")
    assert canonical_benchmark("VBench", load_benchmarks()) != "V-Star-Bench"


def test_a_greek_letter_is_not_dropped_from_the_key():
    # "τ-bench" folded to "bench" made any "Bench" a spelling of Tau-Bench
    assert canonical_benchmark("Bench", load_benchmarks()) is None
