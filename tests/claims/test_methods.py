"""Tests of analysis/methods.py: method families tagged from abstract wording."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.claims.methods import tag_methods
from analysis.config import RAW_DIR
from analysis.corpus.ingest import load_corpus
from analysis.vocab import METHOD_COLUMNS


def tags(abstract: str) -> dict:
    frame = pd.DataFrame({"paper_id": ["x"], "title": ["T"], "abstract": [abstract]})
    return tag_methods(frame).iloc[0][list(METHOD_COLUMNS)].to_dict()


@pytest.mark.parametrize("text,expected", [
    ("We train with GRPO and verifiable rewards.", "method_rl"),
    ("We apply reinforcement learning to a 1.5B model.", "method_rl"),
    ("We distill long chain-of-thought traces from a teacher model.", "method_distill"),
    ("Supervised fine-tuning (SFT) on 17k samples suffices.", "method_distill"),
    ("Scaling test-time compute with Monte Carlo Tree Search helps.", "method_tts"),
    ("A process reward model guides best-of-N sampling.", "method_tts"),
    ("We use Rollout DPO on a preference dataset.", "method_pref"),
    ("Direct Preference Optimization aligns the model.", "method_pref"),
])
def test_each_family(text, expected):
    found = tags(text)
    assert found[expected]
    assert sum(found.values()) == 1, found


def test_negated_mentions_do_not_count():
    found = tags("We teach reasoning without RL or distillation, using prompting only.")
    assert not found["method_rl"] and not found["method_distill"]


def test_plain_text_has_no_method():
    assert not any(tags("We study the ideological depth of language models.").values())


def test_corpus_papers_read_by_hand():
    papers = load_corpus(RAW_DIR)
    frame = tag_methods(papers).set_index("paper_id")
    assert list(frame.columns) == list(METHOD_COLUMNS) and len(frame) == len(papers)
    assert all(frame[c].dtype == bool for c in METHOD_COLUMNS)

    def row(prefix: str) -> pd.Series:
        return frame.loc[papers.loc[papers["title"].str.startswith(prefix), "paper_id"].iloc[0]]

    # "distilled long-CoT data ... Rollout DPO ... Reinforcement Learning (RL)"
    phi = row("Phi-4-Mini-Reasoning")
    assert phi["method_distill"] and phi["method_pref"] and phi["method_rl"]
    # "Monte Carlo Tree Search (MCTS) ... test-time search ... process reward model"
    assert row("rStar-Math")["method_tts"]
    # "Rule-based reasoning ... reinforcement learning (RL)"
    assert row("RuleReasoner")["method_rl"]
