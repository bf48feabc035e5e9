"""Tests of analysis/stats/families.py: a family's own size curve recovers a known slope, picks
the log-odds scale near the bounds, and is refused (with the reason) below three sizes."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.stats.families import MIN_FAMILY_SIZES, family_curves, family_form, fit_family
from analysis.stats.meta.effects import binomial_vi

SIZES = (0.5e9, 1.5e9, 7e9, 32e9)
N_ITEMS = 1319  # GSM8K


def family_rows(rng: np.random.Generator, *, family: str, slope: float, base: float,
                sizes: tuple[float, ...] = SIZES, papers: int = 6) -> pd.DataFrame:
    """Each paper reports every size of one family; scores binomial around base + slope·x."""
    rows = []
    for i in range(papers):
        u = rng.normal(0.0, 2.0)
        for size in sizes:
            theta = np.clip(base + slope * np.log10(size / 1e9) + u, 0.5, 99.5)
            score = 100.0 * rng.binomial(N_ITEMS, theta / 100.0) / N_ITEMS
            rows.append({"paper_id": f"p{i:010d}", "claim_id": f"c{family}{i}{size:g}",
                         "family": family, "benchmark": "GSM8K", "params": size,
                         "pretrain_tokens": np.nan, "release_year": 2024.5, "recipe": "none",
                         "score": score, "n_items": N_ITEMS})
    frame = pd.DataFrame(rows)
    return frame.assign(vi=binomial_vi(frame["score"], frame["n_items"]))


def test_a_family_curve_recovers_its_slope_over_seeds():
    covered = 0
    for seed in range(20):
        rows = family_rows(np.random.default_rng(seed), family="F", slope=12.0, base=40.0)
        curve = fit_family(rows, "F", "GSM8K")
        assert curve.refusal is None and curve.form == "linear"
        covered += curve.slope["ci_low"] <= 12.0 <= curve.slope["ci_high"]
        assert curve.curve["mean"].is_monotonic_increasing
        assert curve.curve["params"].min() == pytest.approx(min(SIZES))
    assert covered >= 16  # 95% intervals: 16 of 20 or more has probability 0.997


def test_scores_near_a_bound_are_fitted_on_the_log_odds_scale():
    rows = family_rows(np.random.default_rng(3), family="F", slope=25.0, base=70.0)
    assert family_form(rows["score"]) == "logit"  # the 32B model sits above 90
    curve = fit_family(rows, "F", "GSM8K")
    assert curve.form == "logit" and curve.refusal is None
    assert curve.curve[["mean", "ci_low", "ci_high"]].stack().between(0, 100).all()
    assert family_form(pd.Series([30.0, 50.0, 70.0])) == "linear"


def test_families_with_too_few_sizes_get_no_curve_and_a_reason():
    rng = np.random.default_rng(5)
    few = family_rows(rng, family="Two", slope=10.0, base=40.0, sizes=SIZES[:2])
    enough = family_rows(rng, family="Four", slope=10.0, base=40.0)
    curves = family_curves(pd.concat([few, enough], ignore_index=True))
    assert [c.family for c in curves] == ["Four"]  # two sizes are listed nowhere as a curve
    refused = fit_family(few, "Two", "GSM8K")
    assert refused.result is None and f"needs {MIN_FAMILY_SIZES}" in refused.refusal
    assert refused.curve.empty
