"""Tests of analysis/reports/scaling_view.py on refused studies: no column or table of blanks,
and every claim the headline design leaves out is accounted for."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from IPython.display import Markdown
from synthetic_claims import observations

from analysis.reports import scaling_view
from analysis.stats.scaling_study import ScalingStudy, scaling_study
from analysis.stats.simulate_scaling import simulate_scaling_claims


@pytest.fixture(scope="module")
def refused() -> ScalingStudy:
    """One paper's claims, the first without a release month: every design is refused."""
    claims, registry = simulate_scaling_claims(np.random.default_rng(3))
    table = observations(claims, registry)
    one = table[table["paper_id"] == table["paper_id"].iloc[0]]
    one = one.assign(release_year=np.where(np.arange(len(one)) == 0, np.nan,
                                           one["release_year"]))
    return scaling_study(one, benchmark="GSM8K", n_boot=0)


def test_the_opening_sentence_says_where_the_claims_went(refused):
    n = len(refused.rows)
    used = len(refused.headline.fit.data)
    assert used < n  # the design's own rule dropped a claim
    sentence = scaling_view.opening_sentence(refused)
    assert f"With {n} usable claims" in sentence
    assert (f"The between design uses {used} of the {n} claims ({n - used} dropped by the "
            "design's rule “release month known (a control)”)") in sentence
    assert refused.headline.fit.refusal in sentence


def test_a_design_table_of_refusals_has_no_column_of_blanks_and_explains_drops(refused):
    table = scaling_view.design_table(refused)
    assert set(table["verdict"]) == {"refused"}
    assert not {"estimate", "95% CI", "df (Satterthwaite)"} & set(table.columns)
    for column in table.columns:
        assert (table[column].astype(str) != "").any(), column
    between = table.set_index("design").loc["between"]
    assert between["why"].startswith("1 dropped by the design's rule")


def test_every_variant_refused_is_one_sentence_with_its_reason(refused):
    section = scaling_view.sensitivity_section(refused)
    assert isinstance(section, Markdown)
    reasons = set(refused.sensitivity["reason"])
    assert section.data.startswith(f"All {len(refused.sensitivity)} variants of the between "
                                   "design are refused")
    assert all(reason in section.data for reason in reasons)


def test_different_reasons_are_each_named_with_their_variants():
    panel = pd.DataFrame({"variant": ["as fitted", "without baselines", "active"],
                          "verdict": ["refused"] * 3, "reason": ["few sizes", "few sizes",
                                                                 "no active count"]})
    text = scaling_view.refused_variants_text(panel, "within")
    assert text == ("All 3 variants of the within design are refused (as fitted, without "
                    "baselines: few sizes; active: no active count).")
