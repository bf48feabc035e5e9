"""Diagnostics of scaling fits find planted problems (analysis/diagnostics.py)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.errors import InsufficientDataError, ValidationError
from analysis.stats.diagnostics import (
    bootstrap_over_papers,
    collinearity,
    cooks_distance,
    leave_one_paper_out,
    outliers,
    residuals,
    robustness_panel,
)
from analysis.stats.scaling import fit_scaling, tidy

EXACT = 1e-8  # agreement with an independent linear-algebra computation
SLOPE_TOL = 1.5  # points per decade; about 4 standard errors of the designs below
TRUE_A, TRUE_B = -45.0, 8.0  # score = a + b * log10(params), points


def make_obs(rng, *, n_papers=20, per_paper=4, paper_sd=2.0, n_items=500, z=None):
    """Claims from score = a + b*x + paper effect, binomial over n_items problems."""
    paper = np.repeat(np.arange(n_papers), per_paper)
    n = len(paper)
    x = rng.uniform(8.5, 11.0, n)
    p = (TRUE_A + TRUE_B * x + rng.normal(0, paper_sd, n_papers)[paper]) / 100
    score = 100 * rng.binomial(n_items, np.clip(p, 0.005, 0.995)) / n_items
    tokens = 10 ** (rng.uniform(11.0, 13.5, n) if z is None else z(x))
    return pd.DataFrame({
        "claim_id": [f"c{i}" for i in range(n)], "paper_id": [f"p{k:02d}" for k in paper],
        "model_id": [f"m{i}" for i in range(n)], "benchmark": "MATH-500", "score": score,
        "params": 10**x, "tokens": tokens, "n_items": n_items,
        "method_rl": False, "method_distill": False, "method_tts": False, "method_pref": False,
        "uncertain": False, "curated": False, "quote": [f"quote {i}" for i in range(n)],
        "title": [f"Paper {k}" for k in paper], "model": [f"M-{i}" for i in range(n)]})


def plant_paper(obs, *, paper_id="pBAD", lift=30.0, x=11.5, n=4, **flags):
    """Append a paper whose big models sit `lift` points above the trend (high leverage)."""
    rows = pd.DataFrame({
        "claim_id": [f"{paper_id}-{i}" for i in range(n)], "paper_id": paper_id,
        "model_id": [f"{paper_id}-m{i}" for i in range(n)], "benchmark": "MATH-500",
        "score": TRUE_A + TRUE_B * x + lift, "params": 10 ** (x + 0.05 * np.arange(n)),
        "tokens": 1e13, "n_items": 500, "method_rl": False, "method_distill": False,
        "method_tts": False, "method_pref": False, "uncertain": False, "curated": False,
        "quote": "PLANTED", "title": f"Title of {paper_id}", "model": "Big-M"})
    return pd.concat([obs, rows.assign(**flags)], ignore_index=True)


def test_collinearity_flags_chinchilla_like_tokens():
    rng = np.random.default_rng(21)
    tied = collinearity(make_obs(rng, z=lambda x: x + 1.3 + rng.normal(0, 0.05, len(x))))
    assert not tied.separable
    assert tied.vif_x > 10 and abs(tied.correlation) > 0.9
    assert "cannot separate params from tokens" in tied.verdict
    free = collinearity(make_obs(rng))
    assert free.separable and free.vif_x < 2
    flat = collinearity(make_obs(rng, z=lambda x: np.full_like(x, 12.0)))
    assert not flat.separable and "tokens constant" in flat.verdict
    assert flat.vif_x == np.inf


def test_collinearity_numbers_match_regression_and_eigenvalues():
    rng = np.random.default_rng(22)
    obs = make_obs(rng, z=lambda x: 0.8 * x + rng.normal(0, 0.3, len(x)) + 5)
    result = collinearity(obs)
    x, z = np.log10(obs["params"]), np.log10(obs["tokens"])
    A = np.column_stack([np.ones(len(z)), z])
    resid = x - A @ np.linalg.lstsq(A, x, rcond=None)[0]
    r2 = 1 - resid @ resid / ((x - x.mean()) @ (x - x.mean()))
    assert result.vif_x == pytest.approx(1 / (1 - r2), rel=EXACT)
    eig = np.linalg.eigvalsh(np.corrcoef(x, z))
    assert result.condition_number == pytest.approx(np.sqrt(eig.max() / eig.min()), rel=EXACT)
    with pytest.raises(InsufficientDataError):
        collinearity(obs.assign(tokens=np.nan))


def test_bootstrap_over_papers_contains_truth_and_is_reproducible():
    obs = make_obs(np.random.default_rng(23), paper_sd=3.0)
    boot = bootstrap_over_papers(obs, rng=np.random.default_rng(0), n_boot=300).set_index("term")
    assert boot.loc["x", "ci_low"] < TRUE_B < boot.loc["x", "ci_high"]
    assert boot.loc["x", "n_boot"] + boot.loc["x", "n_failed"] == 300
    cluster = tidy(fit_scaling(obs)).set_index("term").loc["x", "std_err"]
    assert 0.5 < boot.loc["x", "boot_se"] / cluster < 2.0  # same order as the sandwich SE
    again = bootstrap_over_papers(obs, rng=np.random.default_rng(0), n_boot=300)
    assert np.array_equal(again["ci_low"], boot["ci_low"].to_numpy())
    logit = bootstrap_over_papers(obs, rng=np.random.default_rng(1), n_boot=100, form="logit")
    assert set(logit["term"]) == {"Intercept", "x", "ame_x"}
    ame = logit.set_index("term").loc["ame_x"]
    assert ame["ci_low"] < TRUE_B < ame["ci_high"]  # points per decade near the linear truth


def test_leave_one_paper_out_finds_planted_paper():
    obs = plant_paper(make_obs(np.random.default_rng(24)), lift=30.0)
    lopo = leave_one_paper_out(obs, weighted=False)
    assert lopo.most_influential == "pBAD"
    assert lopo.term == "ame_x"
    row = lopo.table.set_index("paper_id").loc["pBAD"]
    assert abs(row["estimate"] - TRUE_B) < SLOPE_TOL < abs(lopo.full_estimate - TRUE_B)
    assert row["n_claims_dropped"] == 4 and row["title"] == "Title of pBAD"
    assert lopo.low <= row["estimate"] <= lopo.high
    assert len(lopo.table) == obs["paper_id"].nunique()


def test_cooks_distance_matches_hat_matrix_formula():
    obs = plant_paper(make_obs(np.random.default_rng(25)), lift=30.0)
    fit = fit_scaling(obs, weighted=False)
    cooks = cooks_distance(fit)
    X = np.asarray(fit.results.model.exog)
    e = fit.data["score"].to_numpy() - X @ np.asarray(fit.results.params)
    h = np.einsum("ij,jk,ik->i", X, np.linalg.inv(X.T @ X), X)
    s2 = e @ e / (X.shape[0] - X.shape[1])
    expected = e**2 / (X.shape[1] * s2) * h / (1 - h) ** 2
    assert np.allclose(cooks["cooks_d"], expected, rtol=EXACT)
    top = cooks.sort_values("cooks_d", ascending=False).head(4)
    assert set(top["paper_id"]) == {"pBAD"} and top["influential"].all()
    logit = cooks_distance(fit_scaling(obs, form="logit"))
    assert logit.sort_values("cooks_d").iloc[-1]["paper_id"] == "pBAD"


def test_weighted_cooks_distance_matches_brute_force_deletion():
    obs = make_obs(np.random.default_rng(29), n_papers=6, n_items=30)
    fit = fit_scaling(obs, weighted=True)
    X, y = np.asarray(fit.results.model.exog), fit.data["score"].to_numpy()
    sw = np.sqrt(fit.data["weight"].to_numpy())  # weights held fixed, as Cook's D assumes
    beta = np.linalg.lstsq(X * sw[:, None], y * sw, rcond=None)[0]
    s2 = np.sum((sw * (y - X @ beta)) ** 2) / (X.shape[0] - X.shape[1])
    xtwx = (X * sw[:, None]).T @ (X * sw[:, None])
    expected = []
    for i in range(len(y)):
        keep = np.arange(len(y)) != i
        b_i = np.linalg.lstsq((X * sw[:, None])[keep], (y * sw)[keep], rcond=None)[0]
        expected.append((beta - b_i) @ xtwx @ (beta - b_i) / (X.shape[1] * s2))
    assert np.allclose(cooks_distance(fit)["cooks_d"], expected, rtol=1e-6)


def test_residuals_and_outliers_carry_provenance():
    obs = make_obs(np.random.default_rng(26))
    obs.loc[5, ["score", "quote"]] = [99.0, "suspicious 99%"]
    obs.loc[9, ["score", "quote"]] = [0.0, "collapsed to 0%"]
    fit = fit_scaling(obs, weighted=False)
    res = residuals(fit)
    X = np.asarray(fit.results.model.exog)
    ls = obs["score"].to_numpy() - X @ np.linalg.lstsq(X, obs["score"].to_numpy(), rcond=None)[0]
    assert np.allclose(res["residual"], ls, atol=EXACT)
    assert list(res["quote"]) == list(obs["quote"])
    top = outliers(fit, n=3)
    assert list(top["direction"]) == ["above"] * 3 + ["below"] * 3
    assert top.iloc[0]["quote"] == "suspicious 99%" and top.iloc[3]["quote"] == "collapsed to 0%"
    assert top["residual"].iloc[:3].is_monotonic_decreasing
    assert top["residual"].iloc[3:].is_monotonic_increasing
    logit = residuals(fit_scaling(obs, form="logit"))
    assert logit["fitted"].between(0, 100).all()
    assert np.allclose(logit["residual"], logit["score"] - logit["fitted"])


def test_robustness_panel_shows_curated_claims_drive_the_slope():
    obs = make_obs(np.random.default_rng(27))
    obs = plant_paper(obs, paper_id="pCUR", lift=35.0, curated=True)
    obs.loc[[0, 1, 2], "uncertain"] = True
    panel = robustness_panel(obs, weighted=False).set_index("variant")
    assert list(panel.index) == ["all claims", "without curated claims",
                                 "without uncertain claims", "without one paper: min",
                                 "without one paper: max"]
    assert (panel["status"] == "ok").all() and (panel["term"] == "ame_x").all()
    assert panel.loc["without curated claims", "n_claims"] == len(obs) - 4
    assert panel.loc["without uncertain claims", "n_claims"] == len(obs) - 3
    assert abs(panel.loc["without curated claims", "estimate"] - TRUE_B) < SLOPE_TOL
    assert abs(panel.loc["all claims", "estimate"] - TRUE_B) > SLOPE_TOL
    assert "pCUR" in panel.loc["without one paper: min", "detail"]
    low, high = panel.loc["without one paper: min"], panel.loc["without one paper: max"]
    assert low["estimate"] <= panel.loc["all claims", "estimate"] <= high["estimate"]
    assert ((panel["ci_low"] < panel["estimate"]) & (panel["estimate"] < panel["ci_high"])).all()
    assert panel["excludes_zero"].all()


def test_robustness_panel_reports_variants_it_cannot_fit():
    obs = make_obs(np.random.default_rng(28), n_papers=3, per_paper=4)
    obs["curated"] = obs["paper_id"] != "p00"  # dropping curated leaves a single paper
    panel = robustness_panel(obs).set_index("variant")
    assert panel.loc["without curated claims", "status"].startswith("insufficient: MATH-500")
    assert np.isnan(panel.loc["without curated claims", "estimate"])
    assert panel.loc["all claims", "status"] == "ok"
    with pytest.raises(ValidationError, match="curated"):
        robustness_panel(obs.drop(columns="curated"))
