"""Tests of analysis/facts.py: parameter and token counts stated for named models."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.claims.extract import extract_facts
from analysis.claims.facts import FACT_COLUMNS
from analysis.config import RAW_DIR
from analysis.corpus.ingest import load_corpus


@pytest.fixture(scope="module")
def papers() -> pd.DataFrame:
    return load_corpus(RAW_DIR)


@pytest.fixture(scope="module")
def facts(papers) -> pd.DataFrame:
    return extract_facts(papers)


def facts_of(facts: pd.DataFrame, papers: pd.DataFrame, prefix: str) -> set[tuple]:
    ids = set(papers.loc[papers["title"].str.startswith(prefix), "paper_id"])
    assert ids, prefix
    rows = facts[facts["paper_id"].isin(ids)]
    return {(r.model, r.fact, r.value) for r in rows.itertuples()}


# Read from the abstracts: "Phi-4-Mini, a compact 3.8B-parameter model"; Kimi K2 "32 billion
# activated parameters and 1 trillion total parameters ... pre-trained on 15.5 trillion
# tokens"; Seed1.5 "20B activated and 200B total parameters"; MobileLLM-R1 "pre-training with
# 4.2T tokens"; Ring-lite's base "Ling-lite model, a 16.8 billion parameter model with 2.75
# billion activated parameters".
EXPECTED = {
    "Phi-4-Mini-Reasoning": {("Phi-4-Mini", "params_total", 3.8e9)},
    "Kimi K2": {("Kimi K2", "params_active", 32e9), ("Kimi K2", "params_total", 1e12),
                ("Kimi K2", "pretrain_tokens", 15.5e12)},
    "Seed1.5-Thinking": {("Seed1.5-Thinking", "params_active", 20e9),
                         ("Seed1.5-Thinking", "params_total", 200e9)},
    "MobileLLM-R1": {("MobileLLM-R1", "pretrain_tokens", 4.2e12)},
    "Ring-lite": {("Ling-lite", "params_total", 16.8e9), ("Ling-lite", "params_active", 2.75e9)},
}


@pytest.mark.parametrize("prefix", EXPECTED)
def test_facts_read_by_hand(facts, papers, prefix):
    assert EXPECTED[prefix] <= facts_of(facts, papers, prefix)


def test_data_sizes_are_not_pretraining_tokens(facts, papers):
    # MobileLLM-R1: "only ~2T tokens of high-quality data are sufficient" is a data claim.
    assert ("MobileLLM-R1", "pretrain_tokens", 2e12) not in facts_of(facts, papers,
                                                                      "MobileLLM-R1")


def test_columns_and_provenance(facts, papers):
    assert list(facts.columns) == FACT_COLUMNS
    assert facts["fact"].isin(["params_total", "params_active", "pretrain_tokens",
                               "finetune_examples", "finetune_tokens"]).all()
    abstracts = dict(zip(papers["paper_id"], papers["abstract"], strict=True))
    for row in facts.itertuples():
        assert abstracts[row.paper_id][row.start:row.end] == row.quote
        assert row.value > 0 and row.model


@pytest.mark.parametrize("sentence,expected", [
    ("We introduce Zeta-2B, pre-trained on 2 trillion tokens.",
     {("Zeta-2B", "pretrain_tokens", 2e12)}),
    ("Our Zeta-7B model achieves state-of-the-art results among LLMs up to 13B parameters.",
     set()),  # a bound on a class of models
    ("Models as small as 0.5B, 1.5B, 3B parameters match Zeta-7B.", set()),  # a size list
    ("We fine-tune Zeta-1B on 17k long CoT samples.", {("Zeta-1B", "finetune_examples", 17e3)}),
    ("Zeta-9B activates 3B parameters per token.", {("Zeta-9B", "params_total", 3e9)}),
])
def test_synthetic_sentences(sentence, expected):
    frame = pd.DataFrame({"paper_id": ["z"], "title": ["Zeta"], "abstract": [sentence]})
    found = {(r.model, r.fact, r.value) for r in extract_facts(frame).itertuples()}
    assert found == expected


def test_sizes_listed_in_brackets_after_a_family():
    frame = pd.DataFrame({
        "paper_id": ["x", "y"], "title": ["T", "U"],
        "abstract": ["We study Llama-3 (8B and 70B) and deepseek-math (7B) on GSM8K.",
                     "We evaluate Qwen2.5 (0.5B, 1.5B, and 7B) and Llama 3 (70B) as judges."]})
    found = {(r.model, r.fact, r.value) for r in extract_facts(frame).itertuples()}
    assert found == {("Llama-3-8B", "params_total", 8e9), ("Llama-3-70B", "params_total", 70e9),
                     ("deepseek-math-7B", "params_total", 7e9),
                     ("Qwen2.5-0.5B", "params_total", 0.5e9),
                     ("Qwen2.5-1.5B", "params_total", 1.5e9),
                     ("Qwen2.5-7B", "params_total", 7e9),
                     ("Llama 3 70B", "params_total", 70e9)}


def test_a_bracketed_size_needs_a_model_family_before_it():
    frame = pd.DataFrame({"paper_id": ["x"], "title": ["T"],
                          "abstract": ["The corpus (12B) and the checkpoints (7B) are released."]})
    assert extract_facts(frame).empty
