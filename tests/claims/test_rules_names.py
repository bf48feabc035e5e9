"""The model-name prefix table: loading, validation, and that it (not code) drives detection."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.claims.extract import extract_claims, extract_facts
from analysis.claims.names import accept_unknown_benchmark, find_models
from analysis.curated.benchmarks import load_benchmarks, read_curated_rows
from analysis.curated.name_prefixes import (
    COLUMNS,
    NAME_PREFIXES_PATH,
    NamePrefixes,
    load_name_prefixes,
)
from analysis.errors import ValidationError

PREFIXES = load_name_prefixes()
NONE = NamePrefixes(())


def committed_rows() -> list[dict[str, str]]:
    rows, problems = read_curated_rows(NAME_PREFIXES_PATH, "prefixes", COLUMNS)
    assert not problems
    return [row for _, row in rows]


def test_the_table_is_loaded_once():
    assert load_name_prefixes() is PREFIXES
    assert len(PREFIXES.prefixes) == len(committed_rows()) > 40


@pytest.mark.parametrize("row", committed_rows(), ids=lambda row: row["prefix"])
def test_each_example_is_found_as_a_model_name(row):
    text = f"We compare against {row['example']} on the test set."
    found = [m.text for m in find_models(text, [], PREFIXES)]
    assert any(name.startswith(row["example"]) for name in found), found


@pytest.mark.parametrize("row", committed_rows(), ids=lambda row: row["prefix"])
def test_a_versioned_word_of_each_family_is_a_model_only_with_the_table(row):
    word = row["prefix"].capitalize() + "9"  # "Qwen9": no size part, no exact shape
    text = f"We compare against {word} on the test set."
    assert [m.text for m in find_models(text, [], PREFIXES)] == [word]
    assert find_models(text, [], NONE) == []


def test_a_family_word_is_no_unlisted_benchmark():
    assert not accept_unknown_benchmark("Qwen-Bench", [], 0, PREFIXES)
    assert accept_unknown_benchmark("Qwen-Bench", [], 0, NONE)


def test_extraction_takes_the_table_it_is_given():
    papers = pd.DataFrame({"paper_id": ["z"], "title": ["Zorp"],
                           "abstract": ["Zorp3 reaches 55.2% on GSM8K. Zorp3 has 7B parameters."]})
    benchmarks = load_benchmarks()
    custom = NamePrefixes(("zorp",))
    assert extract_claims(papers, benchmarks=benchmarks)["model"].tolist() == [""]
    assert extract_claims(papers, benchmarks=benchmarks, prefixes=custom)["model"].tolist() == \
        ["Zorp3"]
    assert extract_facts(papers).empty
    assert extract_facts(papers, prefixes=custom)["model"].tolist() == ["Zorp3"]


def test_an_empty_prefix_list_matches_nothing():
    assert not NONE.starts_name("7B") and not NONE.starts_name("")
    assert PREFIXES.starts_name("Qwen2.5") and not PREFIXES.starts_name("Phimatic")


def test_every_problem_of_a_bad_table_is_reported(tmp_path):
    path = tmp_path / "prefixes.csv"
    path.write_text("prefix,example\nqwen,Qwen2.5\nQwen,Qwen3\nqwen,Qwen3\nllama,Mistral-7B\n"
                    "gpt,GPT-4,extra\n", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        load_name_prefixes(path)
    shown = str(caught.value)
    for line, what in ((3, "lower-case"), (4, "unique"), (5, "must be a model name"),
                       (6, "fields")):
        assert f"line {line}:" in shown and what in shown, shown
    assert sorted(p.line for p in caught.value.problems) == [3, 4, 5, 6]


def test_a_table_without_rows_or_header_is_refused(tmp_path):
    empty, bare = tmp_path / "empty.csv", tmp_path / "bare.csv"
    empty.write_text("", encoding="utf-8")
    bare.write_text("prefix,example\n", encoding="utf-8")
    for path, message in ((empty, "empty"), (bare, "has no prefixes")):
        with pytest.raises(ValidationError, match=message):
            load_name_prefixes(path)
