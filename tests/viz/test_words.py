"""Tests of analysis/viz/words.py and of the sentences built on it: verdict before number."""

from __future__ import annotations

import re

import numpy as np
import pytest
from synthetic_claims import observations

from analysis.reports.scaling_view import opening_sentence, summary_line
from analysis.stats.scaling_study import scaling_study
from analysis.stats.simulate_scaling import simulate_scaling_claims
from analysis.viz.words import headline_number, plural, verdict_line


@pytest.fixture(scope="module")
def studies() -> dict:
    claims, registry = simulate_scaling_claims(np.random.default_rng(2000), n_papers=8)
    table = observations(claims, registry)
    few = table[table["paper_id"].isin(table["paper_id"].drop_duplicates().iloc[:1])]
    return {"fitted": scaling_study(table, benchmark="GSM8K", n_boot=0),
            "refused": scaling_study(few, benchmark="GSM8K", n_boot=0)}


def test_plural_counts_are_whole_and_nouns_agree():
    assert plural(1, "paper") == "1 paper" and plural(3.0, "paper") == "3 papers"
    assert plural(0, "claim") == "0 claims"


def test_the_verdict_comes_before_the_number(studies):
    head = studies["fitted"].headline
    line = verdict_line(head)
    assert line.startswith(f"{head.verdict}: ")
    estimate = head.fit.headline["estimate"]
    assert f"{estimate:+.1f} points per decade of parameters (95% CI" in line
    assert re.search(r"\d+ claims, \d+ papers\)$", headline_number(head))
    assert summary_line(studies["fitted"]).startswith("GSM8K, ")


def test_a_refused_design_says_why_and_gives_no_number(studies):
    head = studies["refused"].headline
    assert head.fit.result is None and headline_number(head) == ""
    assert verdict_line(head) == f"refused: {head.fit.refusal}"
    assert "1 paper" in verdict_line(head) or "paper" in head.fit.refusal
    assert "can" in opening_sentence(studies["refused"])  # "cannot say ..." in plain words
