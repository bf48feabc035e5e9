"""Tests of analysis/stats/fits_table.py: the verdict sits on the headline term only."""

from __future__ import annotations

import numpy as np
from synthetic_claims import observations

from analysis.curated.schemas import check_table
from analysis.stats.fits_table import fit_rows, integer_counts
from analysis.stats.scaling_study import judge, select
from analysis.stats.simulate_scaling import simulate_scaling_claims
from analysis.vocab import NOT_HEADLINE, VERDICTS


def test_only_the_headline_term_carries_the_verdict():
    claims, registry = simulate_scaling_claims(np.random.default_rng(2000))
    rows, steps = select(observations(claims, registry), benchmark="GSM8K")
    for design, headline in (("between", "x_c"), ("era", "year_c")):
        judged = judge(rows, steps, design)
        table = fit_rows(judged, benchmark="GSM8K", pool=(), form="linear",
                         predictors="params")
        table = integer_counts(check_table(table, "fits", path="fits.csv"))
        head = table[table["term"] == headline]
        assert len(head) == 1 and head["verdict"].iloc[0] == judged.verdict in VERDICTS
        others = table[table["term"] != headline]
        assert len(others) >= 3  # the intercept, the controls and a new claim's prediction
        assert (others["verdict"] == NOT_HEADLINE).all()
        assert others["verdict_reason"].str.contains(headline).all()
        assert table["n_claims"].dtype.kind == "i" and table["n_papers"].dtype.kind == "i"
