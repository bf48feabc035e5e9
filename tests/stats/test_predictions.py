"""Tests of analysis/stats/predictions.py: interval coverage on data drawn from the fitted model,
calibration, and the reasons a claim cannot be predicted."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from synthetic_claims import observations

from analysis.stats.designs import prepare
from analysis.stats.meta.effects import binomial_vi
from analysis.stats.predictions import (
    SCORE_MODEL,
    _score_fit,
    calibration,
    current_models,
    predict_scores,
    score_new,
)
from analysis.stats.scaling_study import select
from analysis.stats.simulate_scaling import simulate_scaling_claims

TEMPLATE_SEEDS = range(40, 48)  # new papers whose covariates the draws reuse
# About 700 new claims: the share inside 95% intervals has a Monte-Carlo SE of about 0.008, so
# [0.92, 0.98] is about ±3.5 SE around 0.95.
COVERAGE_BOUNDS = (0.92, 0.98)


@pytest.fixture(scope="module")
def model():
    claims, registry = simulate_scaling_claims(np.random.default_rng(11))
    models = current_models(observations(claims, registry), None)
    assert [m.name for m in models] == [SCORE_MODEL]
    return models[0]


def draw_from_fit(model, rng: np.random.Generator) -> pd.DataFrame:
    """New claims with the covariates of other simulated papers and scores drawn from the
    fitted model: its mean, its two variance components, binomial sampling on the items."""
    claims, registry = simulate_scaling_claims(rng)
    table = observations(claims, registry)
    rows, _ = select(table, benchmark="GSM8K")
    result = _score_fit(model).result
    mean = result.predict(prepare(rows), kind="model")["pred"].to_numpy()
    sigma2 = dict(zip(result.component_names, result.sigma2, strict=True))
    papers = {p: rng.normal(0, np.sqrt(sigma2["sigma2.paper_id"])) for p in rows["paper_id"]}
    theta = mean + rows["paper_id"].map(papers).to_numpy() + rng.normal(
        0, np.sqrt(sigma2["sigma2.claim_id"]), len(rows))
    n = rows["n_items"].to_numpy(int)
    score = 100.0 * rng.binomial(n, np.clip(theta, 0, 100) / 100.0) / n
    drawn = table.set_index("claim_id")
    drawn.loc[rows["claim_id"], "score"] = score
    drawn.loc[rows["claim_id"], "value"] = score
    drawn.loc[rows["claim_id"], "vi"] = binomial_vi(score, n)
    return drawn.reset_index()


def test_prediction_intervals_cover_95_percent_of_draws_from_the_fitted_model(model):
    inside = []
    for seed in TEMPLATE_SEEDS:
        scored, _ = predict_scores(model, draw_from_fit(model, np.random.default_rng(seed)))
        inside += list((scored["observed"] >= scored["pi_low"])
                       & (scored["observed"] <= scored["pi_high"]))
    assert len(inside) > 500
    assert COVERAGE_BOUNDS[0] <= np.mean(inside) <= COVERAGE_BOUNDS[1]


def test_claims_outside_the_model_are_listed_with_the_reason(model):
    new = draw_from_fit(model, np.random.default_rng(99))
    new.loc[0, "benchmark"] = "MATH-500"  # not in the model's training rows
    new.loc[1, "kind"] = "delta"
    new.loc[2, "release_year"] = np.nan
    ledger, missing = score_new([model], new, pd.DataFrame(), build_time="t")
    reasons = missing.set_index("claim_id")["reason"]
    assert reasons[new.loc[0, "claim_id"]] == "benchmark MATH-500 is not in the previous model"
    assert reasons[new.loc[1, "claim_id"]].startswith("not a usable score")
    assert reasons[new.loc[2, "claim_id"]] == "release month unknown"
    assert len(ledger) + len(missing) == len(new)
    assert set(ledger["model_used"]) == {SCORE_MODEL}
    assert ledger["data_hash"].iloc[0] == model.data_hash


def test_calibration_against_a_naive_predictor():
    ledger = pd.DataFrame({"observed": [10.0, 20.0, 30.0], "predicted": [12.0, 20.0, 10.0],
                           "naive_predicted": [20.0, 20.0, 20.0],
                           "inside": [True, True, False]})
    score = calibration(ledger)
    assert score == {"n": 3, "inside": pytest.approx(2 / 3),
                     "mae": pytest.approx(22 / 3), "naive_mae": pytest.approx(20 / 3)}
    assert calibration(ledger.iloc[0:0]) == {"n": 0}
