"""The appended claim columns on hand-written abstracts (tests/fixtures/extract/context_*.csv).

Each expectation is read off the sentence, not off the extractor's output: what the value is
(qualifier), what it is about (scope, n_benchmarks), whose it is (base model, system parts)
and what a change is measured against.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.claims.extract import CLAIM_COLUMNS, extract_claims
from analysis.config import RAW_DIR
from analysis.corpus.ingest import load_corpus
from analysis.curated.benchmarks import load_benchmarks
from analysis.vocab import DELTA_AGAINST, SCOPES, VALUE_QUALIFIERS

FIXTURES = Path(__file__).parents[1] / "fixtures" / "extract"
APPENDED = ["value_qualifier", "scope", "n_benchmarks", "pair_id", "base_model", "base_quote",
            "base_rule", "system", "system_parts", "delta_against", "benchmark_part"]
# The columns CLAIM_COLUMNS had before the appended ones: names, order and meaning kept.
ORIGINAL = ["claim_id", "paper_id", "title", "model", "model_id", "benchmark", "benchmark_raw",
            "metric", "kind", "value", "value_low", "value_high", "role", "quote", "start",
            "end", "rule", "uncertain", "uncertain_reason", "value_start"]


@pytest.fixture(scope="module")
def benchmarks() -> pd.DataFrame:
    return load_benchmarks()


@pytest.fixture(scope="module")
def context(benchmarks) -> pd.DataFrame:
    frame = pd.read_csv(FIXTURES / "context_abstracts.csv")
    frame["paper_id"] = [f"x{i}" for i in range(len(frame))]
    return extract_claims(frame, benchmarks=benchmarks)


@pytest.fixture(scope="module")
def corpus(benchmarks) -> pd.DataFrame:
    return extract_claims(load_corpus(RAW_DIR), benchmarks=benchmarks)


def claim(claims: pd.DataFrame, prefix: str, benchmark: str, value: float,
          kind: str = "absolute") -> pd.Series:
    rows = claims[claims["title"].str.startswith(prefix) & (claims["benchmark"] == benchmark)
                  & (claims["kind"] == kind) & (claims["value"] == value)]
    assert len(rows) == 1, f"{prefix} {kind} {value} on {benchmark}:\n{claims.to_string()}"
    return rows.iloc[0]


# (title prefix, benchmark, value, kind) -> the appended columns expected there
EXPECTED = [
    (("Kestrel", "MATH-500", 61.2, "absolute"),
     {"model": "Kestrel-7B", "base_model": "Qwen2.5-7B", "base_rule": "fine-tune",
      "base_quote": "fine-tune Qwen2.5-7B", "scope": "named"}),
    (("Kestrel", "AIME-2024", 5.1, "delta"), {"delta_against": "own-baseline"}),
    (("Kestrel", "GSM8K", 3.4, "delta"), {"delta_against": "other-model"}),
    (("Plover", "AIME-2025", 33.8, "absolute"),
     {"base_model": "DeepSeek-R1-Distill-Qwen-1.5B", "base_rule": "built-on"}),
    (("Plover", "AIME-2025", 28.9, "absolute"), {"base_model": "", "role": "baseline"}),
    (("Plover", "AIME-2025", 4.9, "delta"), {"delta_against": "own-baseline"}),
    (("Heron", "GSM8K", 71.4, "absolute"),
     {"base_model": "Llama-3.1-8B-Instruct", "base_rule": "built-on"}),
    (("Heron", "GSM8K", 6.3, "delta"), {"delta_against": "own-baseline"}),
    (("Robin", "GSM8K", 60.0, "absolute"), {"value_qualifier": "lower-bound"}),
    (("Robin", "AIME-2024", 12.0, "absolute"), {"value_qualifier": "upper-bound"}),
    (("Robin", "MATH-500", 45.0, "absolute"), {"value_qualifier": "approximate"}),
    (("Wagtail", "AVERAGE", 52.4, "absolute"), {"scope": "aggregate", "n_benchmarks": 9}),
    (("Swallow", "GSM8K", -1.0, "delta"),
     {"system": True, "system_parts": "Qwen2.5-0.5B + Qwen2.5-7B",
      "value_qualifier": "upper-bound"}),
    (("Martin", "GSM8K", 48.3, "absolute"),
     {"system": True, "system_parts": "3B model + Qwen2.5-72B-Instruct"}),
    (("Reinforcement Learning for Small", "MATH-500", 78.9, "absolute"),
     {"model": "Qwen2.5-Math-1.5B (trained)", "base_model": "Qwen2.5-Math-1.5B",
      "base_rule": "focus"}),
    (("Reinforcement Learning for Small", "MATH-500", 70.2, "absolute"),
     {"model": "Qwen2.5-Math-1.5B", "base_model": ""}),
]


@pytest.mark.parametrize("where,expected", EXPECTED, ids=[f"{w[0]}-{w[2]}" for w, _ in EXPECTED])
def test_context_columns(context, where, expected):
    row = claim(context, *where)
    assert {k: row[k] for k in expected} == expected


def test_pair_ends_and_their_change_share_one_id(context):
    ends = [claim(context, "Plover", "AIME-2025", v) for v in (28.9, 33.8)]
    change = claim(context, "Plover", "AIME-2025", 4.9, "delta")
    assert ends[0]["pair_id"] and ends[0]["pair_id"] == ends[1]["pair_id"] == change["pair_id"]
    assert claim(context, "Kestrel", "MATH-500", 61.2)["pair_id"] == ""


def test_a_base_quote_is_a_substring_of_the_abstract(context):
    abstracts = pd.read_csv(FIXTURES / "context_abstracts.csv").set_index("title")["abstract"]
    for row in context[context["base_model"] != ""].itertuples():
        assert row.base_quote and row.base_quote in abstracts[row.title]


def test_columns_are_appended_and_typed(corpus):
    assert CLAIM_COLUMNS == ORIGINAL + APPENDED
    assert list(corpus.columns) == CLAIM_COLUMNS
    assert corpus["value_qualifier"].isin(VALUE_QUALIFIERS).all()
    assert corpus["scope"].isin(SCOPES).all() and corpus["delta_against"].isin(DELTA_AGAINST).all()
    assert corpus["system"].dtype == bool and str(corpus["n_benchmarks"].dtype) == "Int64"
    assert (corpus["system"] == (corpus["system_parts"] != "")).all()
    assert (corpus.loc[corpus["kind"] == "absolute", "delta_against"] == "").all()
    assert corpus.loc[corpus["scope"] == "named", "n_benchmarks"].isna().all()


def test_qualifier_and_bound_reason_agree(corpus):
    reason = corpus["uncertain_reason"].str.extract(r"bound:([\w-]+)", expand=False).fillna("")
    words = {"": "", "lower": "lower-bound", "upper": "upper-bound", "approx": "approximate",
             "up-to": "up-to"}
    assert (reason.map(words) == corpus["value_qualifier"]).all()


def test_pairs_hold_two_ends_and_at_most_their_changes(corpus):
    paired = corpus[corpus["pair_id"] != ""]
    for _, group in paired.groupby("pair_id"):
        ends = group[group["rule"].str.startswith("from-to")]
        assert len(ends) == 2 and set(ends["role"]) <= {"baseline", "proposed", "reference"}
        assert (group.drop(index=ends.index)["kind"] != "absolute").all()


def test_the_curators_margins_are_other_model(corpus):
    # Margins over a different model or method, from the curator's review (not gains).
    margins = ["c03574f4b3c22", "cf55e418da5b5", "c62441ac52846", "c2c4862f692ac",
               "cd5d528305d66", "c2f203eff32a5", "c98131e4f2666", "cb08f23b50acd",
               "cd9b8ebf84ffe", "c9f3d25fb3681", "cb130fbc28d0b", "c171808148b7a",
               "c9836c8c21a50", "cacbb13ca2b2c", "c7ebd9f36d9a7", "c9fcbe8f3f188",
               "c79c46aa5e34e", "cb5cb76f74fb7"]
    found = corpus.set_index("claim_id").loc[margins, "delta_against"]
    assert (found == "other-model").all(), found[found != "other-model"]


@pytest.mark.parametrize("count_word", ["seven", "SEVEN", "ſeven", "Seven"])
def test_a_count_written_with_a_letter_ignorecase_folds_is_read(count_word):
    # "ſ" (long s) matches "s" under IGNORECASE; reading the count must not crash on it
    papers = pd.DataFrame({
        "paper_id": ["p0000000001"], "title": ["Wagtail: a small reasoner"],
        "abstract": [f"Wagtail improves the average accuracy by 4.2% across {count_word} "
                     "mathematical benchmarks."]})
    claims = extract_claims(papers, benchmarks=load_benchmarks())
    aggregate = claims[claims["scope"] == "aggregate"]
    assert len(aggregate) == 1 and aggregate["n_benchmarks"].iloc[0] == 7
