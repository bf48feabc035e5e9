"""Per-rule tests generated from the examples of every rule table (analysis.claims.catalog)."""

# Each example text runs through the extractor (`explain`, the pipeline `extract_claims` runs);
# the number or name the example points at must be decided by the example's rule (or, for a
# counter-example, by another rule) with the stated outcome.

from __future__ import annotations

import pandas as pd
import pytest

from analysis.claims.catalog import TABLES, RuleInfo, all_rules, table_named
from analysis.claims.extract import Reading, explain, extract_claims
from analysis.claims.rules import Example, RuleTable, apply_first, rule, table
from analysis.config import RAW_DIR
from analysis.corpus.ingest import load_corpus
from analysis.curated.benchmarks import as_index, load_benchmarks

BENCHMARKS = as_index(load_benchmarks())
RULES = all_rules()
CASES = [pytest.param(info, ex, id=f"{info.table}/{info.name}/{i}{'' if ex.fires else '/counter'}")
         for info in RULES for i, ex in enumerate(info.examples)]
CLAIM_OUTCOME = {"kind": "kind", "sign": "sign", "benchmark": "bench", "model": "model",
                 "role": "role", "metric": "metric", "qualifier": "qualifier", "scope": "scope",
                 "n_benchmarks": "n_benchmarks", "base": "base_model", "system": "system_parts",
                 "delta_against": "delta_against"}


def _span(example: Example) -> tuple[int, int]:
    pos = example.text.find(example.at)
    assert pos >= 0, f"{example.at!r} is not in the example text"
    return pos, pos + len(example.at)


def _mention_decision(reading: Reading, table_name: str, example: Example
                      ) -> tuple[list[str], str]:
    lo, hi = _span(example)
    mentions = reading.models if table_name == "model-flags" else reading.benches
    found = [m for m in mentions if lo <= m.start < hi]
    assert found, f"no {table_name.split('-')[0]} mention at {example.at!r}: {mentions}"
    return found[0].fired, ",".join(sorted(found[0].flags))


def _number_decision(reading: Reading, table_name: str, example: Example
                     ) -> tuple[list[str], object]:
    lo, hi = _span(example)
    if table_name in ("verdict", "rescue", "rescue-pair", "demote", "demote-back"):
        found = [n for n in reading.numbers if lo <= n[0].start < hi]
        assert found, f"no number at {example.at!r}: {[n[0] for n in reading.numbers]}"
        _, verdict, verdict_rule, final, rescue_rule = found[0]
        if table_name == "verdict":
            return [verdict_rule], verdict
        return [rescue_rule], final
    claims = [c for c in reading.claims if lo <= c.num.start < hi]
    assert claims, f"no claim at {example.at!r}: {[c.num for c in reading.claims]}"
    claim = claims[0]
    fired = claim.fired.get(table_name, "").split(",")
    decides = table_named(table_name).decides
    if decides == "reason":
        return fired, "; ".join(dict.fromkeys(claim.reasons))
    return fired, getattr(claim, CLAIM_OUTCOME[decides])


def decision(info: RuleInfo, example: Example) -> tuple[list[str], object]:
    """The rules of the example's table that decided its target, and the outcome there."""
    reading = explain(example.title, example.text, benchmarks=BENCHMARKS)
    if info.table in ("model-flags", "benchmark-flags"):
        return _mention_decision(reading, info.table, example)
    return _number_decision(reading, info.table, example)


@pytest.mark.parametrize("info,example", CASES)
def test_rule_example(info, example):
    fired, outcome = decision(info, example)
    if example.fires:
        assert info.name in fired, f"{info.table}: {fired} decided {example.at!r}, not {info.name}"
    else:
        assert info.name not in fired, f"{info.name} decided {example.at!r}"
    assert outcome == example.expect


def test_every_rule_has_a_docstring_and_a_positive_example():
    for info in RULES:
        assert info.doc, f"{info.table}/{info.name} has no docstring"
        assert any(e.fires for e in info.examples), f"{info.table}/{info.name}: no example"


def test_rule_names_are_unique_within_a_table():
    for rules in TABLES:
        names = [r.name for r in rules.rules]
        assert len(names) == len(set(names)), rules.name
    assert len({t.name for t in TABLES}) == len(TABLES)


def test_a_table_with_a_duplicate_name_is_refused():
    @rule("same")
    def one(context):
        """One."""
        return 1

    with pytest.raises(ValueError, match="duplicate"):
        table("t", "kind", "", one, one)


def test_apply_first_returns_the_first_result_and_its_rule():
    @rule("none")
    def nothing(context):
        """Never decides."""
        return None

    @rule("double")
    def double(context):
        """Doubles."""
        return context * 2

    @rule("triple")
    def triple(context):
        """Triples."""
        return context * 3

    rules = RuleTable("t", "kind", (nothing, double, triple))
    assert apply_first(rules, 5) == ("double", 10)
    assert apply_first(RuleTable("u", "kind", (nothing,)), 5) is None


@pytest.fixture(scope="module")
def corpus_claims() -> pd.DataFrame:
    return extract_claims(load_corpus(RAW_DIR), benchmarks=BENCHMARKS)


def _labels(*names: str) -> set[str]:
    labels = {r.name for n in names for r in table_named(n).rules}
    return labels | {"own-benchmark"}  # own-benchmark-named is written as own-benchmark


def test_every_rule_label_of_the_corpus_is_a_listed_rule(corpus_claims):
    kinds = _labels("kind", "kind-over-100", "kind-listed", "kind-paren", "kind-arithmetic")
    benches = _labels("benchmark", "benchmark-list", "benchmark-fallback",
                      "benchmark-shared-back", "benchmark-part")
    models = _labels("model", "model-list", "model-shared-back", "model-unnamed",
                     "model-trained", "system")
    seen = set()
    for rule_column in corpus_claims["rule"]:
        parts = rule_column.split("/")
        assert parts[0] in kinds and parts[1] in benches, rule_column
        assert len(parts) == 2 or (len(parts) == 3 and parts[2] in models), rule_column
        seen.update(parts)
    assert len(seen) > 20  # the corpus exercises many rules


def test_explain_follows_extract_claims(corpus_claims):
    papers = load_corpus(RAW_DIR)
    for paper_id, title, abstract in zip(papers["paper_id"][:60], papers["title"][:60],
                                         papers["abstract"][:60], strict=True):
        reading = explain(title, abstract, benchmarks=BENCHMARKS)
        got = [(c.num.num_start, c.kind, c.bench, c.model, c.role, c.metric)
               for c in reading.claims if c.bench]
        rows = corpus_claims[corpus_claims["paper_id"] == paper_id]
        want = list(zip(rows["value_start"], rows["kind"], rows["benchmark"], rows["model"],
                        rows["role"], rows["metric"], strict=True))
        assert sorted(set(got)) == sorted(want), title

