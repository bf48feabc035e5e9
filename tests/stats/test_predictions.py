"""Tests of analysis/stats/predictions.py: interval coverage on data drawn from the fitted model,
calibration, and the reasons a claim or gain cannot be predicted."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from synthetic_claims import observations

from analysis.stats.designs import prepare
from analysis.stats.meta.effects import binomial_vi
from analysis.stats.predictions import (
    GAIN_COLUMNS,
    GAIN_MODEL,
    SCORE_MODEL,
    StoredModel,
    _score_fit,
    calibration,
    current_models,
    predict_gains,
    predict_scores,
    score_new,
)
from analysis.stats.scaling_study import select
from analysis.stats.simulate_scaling import simulate_scaling_claims

TEMPLATE_SEEDS = range(40, 48)  # new papers whose covariates the draws reuse
# About 700 new claims: the share inside 95% intervals has a Monte-Carlo SE of about 0.008, so
# [0.92, 0.98] is about ±3.5 SE around 0.95.
COVERAGE_BOUNDS = (0.92, 0.98)
# Gains drawn from a known two-level model: a true pooled gain, a paper effect and a gain
# effect (heterogeneity), and each gain's binomial sampling error.
TRUE_GAIN, TAU_PAPER, TAU_GAIN = 6.0, 3.0, 2.0
# 10 training sets of 25 papers x 3 gains, each predicting 100 gains of 100 new papers: over
# 300 repetitions of this test the share inside was 0.950 with SD 0.009 (min 0.922), so
# [0.92, 0.98] is about ±3.3 SD around 0.95. An interval without the heterogeneity covers
# about 0.83 of the same gains, far outside the band.
GAIN_TRAININGS, GAIN_PAPERS, GAINS_PER_PAPER, NEW_GAINS = 10, 25, 3, 100
GAIN_COVERAGE_BOUNDS = (0.92, 0.98)


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


def synthetic_gains(rng: np.random.Generator, papers: int, per_paper: int, *, tag: str,
                    recipe: str = "RL") -> pd.DataFrame:
    """Gains of one recipe drawn from the known model (TRUE_GAIN, TAU_PAPER, TAU_GAIN), each
    with its binomial variance; selectable (named benchmark, own baseline, a reasoning domain)."""
    n = papers * per_paper
    items = rng.choice([30, 100, 500, 1319], size=n)
    base = rng.uniform(20, 70, n)
    vi = binomial_vi(base, items) + binomial_vi(base + TRUE_GAIN, items)  # r = 0
    theta = TRUE_GAIN + rng.normal(0, TAU_PAPER, papers).repeat(per_paper) + rng.normal(
        0, TAU_GAIN, n)
    return pd.DataFrame({
        "gain_id": [f"g{tag}{i:05d}" for i in range(n)],
        "paper_id": np.repeat([f"p{tag}{i:04d}" for i in range(papers)], per_paper),
        "recipe": recipe, "benchmark": "GSM8K", "gain": theta + rng.normal(0, np.sqrt(vi)),
        "vi": vi, "model": "M-7B", "scope": "named", "against": "own-baseline",
        "domain": "math"})


def gain_model(rng: np.random.Generator, recipe: str = "RL") -> StoredModel:
    rows = synthetic_gains(rng, GAIN_PAPERS, GAINS_PER_PAPER, tag=f"train{recipe}", recipe=recipe)
    return StoredModel(GAIN_MODEL + recipe, "gain", rows[GAIN_COLUMNS])


def test_gain_prediction_intervals_cover_95_percent_of_new_heterogeneous_gains():
    rng = np.random.default_rng(2024)
    inside, without_heterogeneity = [], []
    for training in range(GAIN_TRAININGS):
        model = gain_model(rng)
        new = synthetic_gains(rng, NEW_GAINS, 1, tag=f"new{training}_")
        scored, dropped = predict_gains(model, new)
        assert len(scored) == NEW_GAINS and dropped.empty
        inside += list((scored["observed"] >= scored["pi_low"])
                       & (scored["observed"] <= scored["pi_high"]))
        without_heterogeneity += list((scored["observed"] - scored["predicted"]).abs()
                                      <= 1.96 * np.sqrt(new["vi"].to_numpy()))
    assert len(inside) == GAIN_TRAININGS * NEW_GAINS
    assert GAIN_COVERAGE_BOUNDS[0] <= np.mean(inside) <= GAIN_COVERAGE_BOUNDS[1]
    assert np.mean(without_heterogeneity) < GAIN_COVERAGE_BOUNDS[0] - 0.05  # it matters


def test_gains_outside_the_pooled_selection_are_unpredictable_with_its_reason():
    model = gain_model(np.random.default_rng(5))
    new = synthetic_gains(np.random.default_rng(6), 6, 1, tag="new")
    new.loc[0, "against"] = "other-model"  # a margin over another model
    new.loc[1, "domain"] = "multimodal"
    new.loc[2, "domain"] = np.nan  # no domain
    new.loc[3, "scope"] = "aggregate"
    ledger, missing = score_new([model], pd.DataFrame(), new, build_time="t")
    reasons = missing.set_index("claim_id")["reason"]
    gid = new["gain_id"]
    assert reasons[gid[0]] == ("not a usable gain: not a change of the model itself (a margin "
                               "over another model is no gain)")
    assert reasons[gid[1]].startswith("not a usable gain: not domain in [")
    assert reasons[gid[2]].startswith("not a usable gain: not domain in [")
    assert reasons[gid[3]] == ("not a usable gain: not a named benchmark (aggregates kept "
                               "apart)")
    assert list(ledger["claim_id"]) == list(gid[4:])
    assert set(ledger["model_used"]) == {GAIN_MODEL + "RL"}


def test_gains_of_a_recipe_without_a_stored_model_are_listed_not_dropped():
    model = gain_model(np.random.default_rng(5))
    new = pd.concat([synthetic_gains(np.random.default_rng(7), 3, 1, tag="rl"),
                     synthetic_gains(np.random.default_rng(8), 2, 1, tag="di",
                                     recipe="distillation"),
                     synthetic_gains(np.random.default_rng(9), 1, 1, tag="no", recipe="none")],
                    ignore_index=True)
    ledger, missing = score_new([model], pd.DataFrame(), new, build_time="t")
    reasons = missing.set_index("claim_id")["reason"]
    assert set(ledger["claim_id"]) == set(new.loc[new["recipe"] == "RL", "gain_id"])
    for gid in new.loc[new["recipe"] == "distillation", "gain_id"]:
        assert reasons[gid] == ("no stored gain model of recipe distillation (the previous "
                                "build had no pooled gain of it)")
    assert reasons[new["gain_id"].iloc[-1]].startswith("not a usable gain: not recipe in [")
    assert len(ledger) + len(missing) == len(new)
    _, none_stored = score_new([], pd.DataFrame(), new, build_time="t")
    assert set(none_stored["claim_id"]) == set(new["gain_id"])
