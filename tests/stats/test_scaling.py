"""Scaling fits recover known coefficients from synthetic claims (analysis/scaling.py)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.errors import InsufficientDataError, ValidationError
from analysis.stats.scaling import (
    FIT_TABLE_COLUMNS,
    TIDY_COLUMNS,
    fit_scaling,
    fit_table,
    predict,
    tidy,
)

# Tolerances: a few standard errors of the simulated designs below (points per decade unless
# stated), wide enough for any seed yet far narrower than the effects being recovered.
SLOPE_TOL = 1.5
SHIFT_TOL = 2.0  # points, method moderator shift
FE_TOL = 1.5  # points, benchmark intercept differences and predictions at x = 10
LOGIT_SLOPE_TOL = 0.15  # log-odds per decade
LOGIT_INTERCEPT_TOL = 1.5  # log-odds at x = 0 (an extrapolation, so looser)
EXACT = 1e-8  # agreement with an independent linear-algebra computation
COVERAGE_RANGE = (0.90, 0.99)  # 200 replications of a nominal 95% interval
TAGS = ("method_rl", "method_distill", "method_tts", "method_pref")


def expit(v):
    return 1.0 / (1.0 + np.exp(-v))


def make_obs(rng, *, n_papers=20, per_paper=4, a=-45.0, b=8.0, c=0.0, paper_sd=0.0,
             n_items=500, form="linear", benchmark="MATH-500", x_spread=None,
             rl_shift=0.0, tokens_per_param=None):
    """Claims from a known truth: score = a + b*x + c*z + paper effect (+ RL shift), then
    binomial sampling over n_items problems (form="logit": p = expit(a + b*x + u))."""
    paper = np.repeat(np.arange(n_papers), per_paper)
    n = len(paper)
    if x_spread is None:  # models spread over the whole range in every paper
        x = rng.uniform(8.5, 11.0, n)
    else:  # each paper studies models of similar size
        x = rng.uniform(8.5, 11.0, n_papers)[paper] + rng.normal(0, x_spread, n)
    if tokens_per_param is None:
        z = rng.uniform(11.0, 13.5, n)
    else:  # Chinchilla-like: tokens tied to params
        z = x + np.log10(tokens_per_param) + rng.normal(0, 0.02, n)
    u = rng.normal(0, paper_sd, n_papers)[paper]
    rl = (paper % 2 == 0)
    eta = a + b * x + c * z + u + rl_shift * rl
    p = expit(eta) if form == "logit" else np.clip(eta / 100, 0.005, 0.995)
    score = 100 * rng.binomial(n_items, p) / n_items
    return pd.DataFrame({
        "claim_id": [f"c{i}" for i in range(n)], "paper_id": [f"p{k}" for k in paper],
        "model_id": [f"m{i}" for i in range(n)], "benchmark": benchmark, "score": score,
        "params": 10**x, "tokens": 10**z, "n_items": n_items, "method_rl": rl,
        "method_distill": False, "method_tts": False, "method_pref": False,
        "uncertain": False, "curated": False, "quote": [f"q{i}" for i in range(n)],
        "title": [f"Paper {k}" for k in paper], "model": [f"M-{i}" for i in range(n)]})


def term(result, name, column="estimate"):
    return tidy(result).set_index("term").loc[name, column]


def test_linear_recovers_params_and_tokens_slopes():
    rng = np.random.default_rng(1)
    obs = make_obs(rng, n_papers=30, a=-75, b=8.0, c=3.0, paper_sd=2.0)
    fit = fit_scaling(obs, predictors="params+tokens")
    assert fit.formula == "score ~ x + z"
    assert abs(term(fit, "x") - 8.0) < SLOPE_TOL
    assert abs(term(fit, "z") - 3.0) < SLOPE_TOL
    assert term(fit, "ame_x") == pytest.approx(term(fit, "x"), abs=EXACT)  # linear: same
    assert (fit.n_claims, fit.n_models, fit.n_papers) == (120, 120, 30)


def test_compute_predictor_uses_log10_of_6nd():
    rng = np.random.default_rng(2)
    obs = make_obs(rng, a=-180, b=10.0, c=10.0)  # score = a + 10*log10(N*D)
    fit = fit_scaling(obs, predictors="compute", weighted=False)
    assert fit.formula == "score ~ c"
    expected_c = np.log10(6 * obs["params"] * obs["tokens"])
    assert np.allclose(fit.data["c"], expected_c, atol=EXACT)
    assert abs(term(fit, "c") - 10.0) < SLOPE_TOL


def test_logit_recovers_saturating_truth_and_linear_overshoots():
    rng = np.random.default_rng(3)
    obs = make_obs(rng, n_papers=40, per_paper=3, a=-30.0, b=3.2, form="logit")
    logit = fit_scaling(obs, form="logit")
    assert logit.formula == "I(score / 100) ~ x"
    assert abs(term(logit, "x") - 3.2) < LOGIT_SLOPE_TOL
    assert abs(term(logit, "Intercept") + 30.0) < LOGIT_INTERCEPT_TOL
    linear = fit_scaling(obs, form="linear")
    grid = pd.DataFrame({"params": 10 ** np.linspace(8.0, 11.5, 36)})
    lin_pred, log_pred = predict(linear, grid), predict(logit, grid)
    assert lin_pred["mean"].max() > 100
    assert log_pred["mean"].between(0, 100).all()
    assert (log_pred["mean_ci_lower"] >= 0).all() and (log_pred["mean_ci_upper"] <= 100).all()
    truth = 100 * expit(-30 + 3.2 * np.log10(grid["params"]))
    assert np.abs(log_pred["mean"] - truth).max() < 3.0  # points


def test_logit_average_marginal_effect_matches_finite_difference():
    rng = np.random.default_rng(4)
    fit = fit_scaling(make_obs(rng, a=-30.0, b=3.2, form="logit"), form="logit")
    beta = fit.results.params
    eta = beta["Intercept"] + beta["x"] * fit.data["x"].to_numpy()
    h = 1e-6  # a tiny shift of every claim's x, in decades
    numeric = np.mean(100 * (expit(eta + beta["x"] * h) - expit(eta)) / h)
    assert term(fit, "ame_x") == pytest.approx(numeric, rel=1e-4)

    def ame(b):  # AME as a function of (intercept, slope), for a numerical delta method
        return np.mean(100 * b[1] * expit(b[0] + b[1] * fit.data["x"].to_numpy())
                       * (1 - expit(b[0] + b[1] * fit.data["x"].to_numpy())))

    b0 = np.asarray(beta)
    grad = np.array([(ame(b0 + d) - ame(b0 - d)) / (2 * 1e-6) for d in np.eye(2) * 1e-6])
    se = np.sqrt(grad @ np.asarray(fit.results.cov_params()) @ grad)
    assert term(fit, "ame_x", "std_err") == pytest.approx(se, rel=1e-4)


def test_cluster_robust_se_exceeds_naive_when_paper_effects_are_strong():
    ratios = {}
    for sd in (0.0, 8.0):
        rng = np.random.default_rng(5)
        obs = make_obs(rng, n_papers=20, per_paper=6, b=8.0, paper_sd=sd, x_spread=0.3)
        fit = fit_scaling(obs, weighted=False)
        naive = fit.results.model.fit()  # same model, classical (non-clustered) covariance
        ratios[sd] = fit.results.bse["x"] / naive.bse["x"]
    assert ratios[8.0] > 1.5
    assert ratios[8.0] > ratios[0.0]


def test_slope_interval_covers_truth_about_95_percent():
    rng = np.random.default_rng(6)
    hits = []
    for _ in range(200):
        obs = make_obs(rng, n_papers=20, per_paper=4, b=8.0, paper_sd=3.0, x_spread=0.5)
        row = tidy(fit_scaling(obs)).set_index("term").loc["x"]
        hits.append(row["ci_low"] <= 8.0 <= row["ci_high"])
    assert COVERAGE_RANGE[0] <= np.mean(hits) <= COVERAGE_RANGE[1]


def test_ols_and_wls_agree_with_lstsq():
    rng = np.random.default_rng(7)
    obs = make_obs(rng, c=3.0, a=-75.0, paper_sd=2.0, n_items=30)
    X = np.column_stack([np.ones(len(obs)), np.log10(obs["params"]), np.log10(obs["tokens"])])
    y = obs["score"].to_numpy()
    ols = fit_scaling(obs, predictors="params+tokens", weighted=False)
    assert np.allclose(ols.results.params, np.linalg.lstsq(X, y, rcond=None)[0], atol=EXACT)
    # Weighted: stage-1 OLS fitted p, clipped to [0.5/n, 1 - 0.5/n], inverse binomial variance.
    n = obs["n_items"].to_numpy(float)
    p = np.clip(X @ np.linalg.lstsq(X, y, rcond=None)[0] / 100, 0.5 / n, 1 - 0.5 / n)
    sw = np.sqrt(1 / (1e4 * p * (1 - p) / n))
    expected = np.linalg.lstsq(X * sw[:, None], y * sw, rcond=None)[0]
    wls = fit_scaling(obs, predictors="params+tokens", weighted=True)
    assert np.allclose(wls.results.params, expected, atol=EXACT)


def cr1_sandwich(X, scores, hessian, groups):
    """Cluster-robust CR1 covariance built by hand: G/(G-1) * (N-1)/(N-K) small-sample factor."""
    codes = pd.factorize(groups)[0]
    meat = sum(np.outer(s, s) for s in (scores[codes == g].sum(0) for g in np.unique(codes)))
    bread = np.linalg.inv(hessian)
    (N, K), G = X.shape, codes.max() + 1
    return bread @ meat @ bread * G / (G - 1) * (N - 1) / (N - K)


def test_cluster_covariance_matches_hand_built_sandwich():
    rng = np.random.default_rng(8)
    obs = make_obs(rng, paper_sd=4.0, x_spread=0.4)
    obs["n_items"] = np.where(np.arange(len(obs)) % 3 == 0, 30, 500)  # mixed weights
    wls = fit_scaling(obs, weighted=True)
    X, w = np.asarray(wls.results.model.exog), wls.data["weight"].to_numpy()
    e = wls.data["score"].to_numpy() - X @ np.asarray(wls.results.params)
    V = cr1_sandwich(X, X * (w * e)[:, None], X.T @ (X * w[:, None]), wls.data["paper_id"])
    assert np.allclose(wls.results.cov_params(), V, rtol=EXACT)
    logit = fit_scaling(obs, form="logit", weighted=True)
    X, n = np.asarray(logit.results.model.exog), wls.data["n_items"].to_numpy(float)
    p, y = np.asarray(logit.results.fittedvalues), obs["score"].to_numpy() / 100
    V = cr1_sandwich(X, X * (n * (y - p))[:, None], X.T @ (X * (n * p * (1 - p))[:, None]),
                     logit.data["paper_id"])
    assert np.allclose(logit.results.cov_params(), V, rtol=1e-6)  # IRLS convergence tolerance
    assert logit.results.df_resid_inference == obs["paper_id"].nunique() - 1  # t(G-1)


def test_refuses_below_minimum_sample_with_clear_message():
    rng = np.random.default_rng(9)
    obs = make_obs(rng, n_papers=2, per_paper=3, benchmark="AIME-2024", n_items=30)
    obs = obs.iloc[:5].copy()
    with pytest.raises(InsufficientDataError) as err:
        fit_scaling(obs)
    msg = str(err.value)
    assert msg.startswith("AIME-2024: 5 claims from 2 papers and 5 models")
    assert "need at least 8 claims, 3 papers, 3 models" in msg


def test_rows_missing_a_predictor_are_dropped_and_counted():
    rng = np.random.default_rng(10)
    obs = make_obs(rng, c=3.0, a=-75.0)
    obs.loc[:6, "tokens"] = np.nan
    obs.loc[7:8, "params"] = np.nan
    fit = fit_scaling(obs, predictors="params+tokens")
    steps = {f.step: (f.dropped, f.remaining) for f in fit.filters}
    assert steps["params known"] == (2, 78)
    assert steps["tokens known"] == (7, 71)
    assert fit.n_claims == 71
    sparse = obs.assign(tokens=np.nan)
    with pytest.raises(InsufficientDataError, match="78 dropped: not tokens known"):
        fit_scaling(sparse, predictors="params+tokens")


def test_pooled_fixed_effects_recover_benchmark_intercepts():
    rng = np.random.default_rng(11)
    truth = {"AIME-2024": -80.0, "GSM8K": -40.0, "MATH-500": -60.0}
    obs = pd.concat([make_obs(rng, a=a, b=9.0, paper_sd=1.5, benchmark=name,
                              n_items=30 if name == "AIME-2024" else 500)
                     .assign(paper_id=lambda d, k=k: d["paper_id"] + f"-{k}")
                     for k, (name, a) in enumerate(truth.items())], ignore_index=True)
    fit = fit_scaling(obs, pooled=True)
    assert fit.formula == "score ~ 0 + C(benchmark) + x"
    est = tidy(fit).set_index("term")["estimate"]
    base = est["C(benchmark)[MATH-500]"]
    for name, a in truth.items():
        assert abs((est[f"C(benchmark)[{name}]"] - base) - (a + 60.0)) < FE_TOL
    assert abs(est["x"] - 9.0) < SLOPE_TOL
    grid = pd.DataFrame({"params": 1e10, "benchmark": list(truth)})
    pred = predict(fit, grid)
    assert np.allclose(pred["mean"], [a + 90.0 for a in truth.values()], atol=FE_TOL * 2)
    with pytest.raises(ValidationError, match="GPQA"):
        predict(fit, pd.DataFrame({"params": [1e10], "benchmark": ["GPQA"]}))
    with pytest.raises(ValidationError, match="pooled=False needs one benchmark"):
        fit_scaling(obs)


def test_method_moderator_recovers_known_shift():
    rng = np.random.default_rng(12)
    obs = make_obs(rng, n_papers=40, per_paper=4, b=8.0, paper_sd=1.5, rl_shift=6.0)
    fit = fit_scaling(obs, methods=True)
    assert fit.formula == "score ~ x + method_rl"
    assert abs(term(fit, "method_rl") - 6.0) < SHIFT_TOL
    assert abs(term(fit, "x") - 8.0) < SLOPE_TOL
    assert any("method_distill dropped" in w for w in fit.warnings)


def test_validation_lists_every_problem_at_once():
    rng = np.random.default_rng(13)
    obs = make_obs(rng).drop(columns=["n_items", "model_id"])
    with pytest.raises(ValidationError) as err:
        fit_scaling(obs)
    assert {(p.column, p.message) for p in err.value.problems} == {
        ("n_items", "column is missing"), ("model_id", "column is missing")}
    bad = make_obs(rng)
    bad.loc[0, "score"] = 130.0
    bad.loc[1, "params"] = -7e9
    bad.loc[2, "n_items"] = 0
    bad["method_rl"] = bad["method_rl"].astype(object)
    bad.loc[3, "method_rl"] = "yes"
    bad.loc[4, "paper_id"] = ""
    with pytest.raises(ValidationError, match="predictors must be one of"):
        fit_scaling(make_obs(rng), predictors="flops")
    with pytest.raises(ValidationError) as err:
        fit_scaling(bad, methods=True)
    found = {(p.column, p.message.split(":")[0]) for p in err.value.problems}
    assert found == {("score", "row 0 (claim c0)"), ("params", "row 1 (claim c1)"),
                     ("n_items", "row 2 (claim c2)"), ("method_rl", "row 3 (claim c3)"),
                     ("paper_id", "row 4 (claim c4)")}


def test_degenerate_inputs_give_clear_errors():
    rng = np.random.default_rng(14)
    obs = make_obs(rng)
    single = obs.assign(params=1.5e9, model_id="m0")
    with pytest.raises(InsufficientDataError, match="1 models"):
        fit_scaling(single)
    with pytest.raises(InsufficientDataError, match=r"log10\(params\) is constant"):
        fit_scaling(obs.assign(params=1.5e9))
    with pytest.raises(InsufficientDataError, match="every score is 40"):
        fit_scaling(obs.assign(score=40.0))
    with pytest.raises(InsufficientDataError, match=r"log10\(tokens\) is constant"):
        fit_scaling(obs.assign(tokens=1e12), predictors="params+tokens")
    x = np.log10(obs["params"])
    separated = obs.assign(score=np.where(x > 9.7, 100.0, 0.0))
    with pytest.raises(InsufficientDataError, match="perfectly separated"):
        fit_scaling(separated, form="logit")


def test_few_papers_warn_about_cluster_robust_intervals():
    rng = np.random.default_rng(15)
    fit = fit_scaling(make_obs(rng, n_papers=4, per_paper=5))
    assert any("only 4 papers" in w for w in fit.warnings)
    assert fit.results.df_resid_inference == 3


def test_tidy_columns_and_p_values_match_statsmodels():
    rng = np.random.default_rng(16)
    fit = fit_scaling(make_obs(rng, paper_sd=2.0))
    table = tidy(fit, alpha=0.1)
    assert list(table.columns) == TIDY_COLUMNS
    assert list(table["term"]) == ["Intercept", "x", "ame_x"]
    coef = table.set_index("term").loc[["Intercept", "x"]]
    assert np.allclose(coef["p_value"], fit.results.pvalues, rtol=EXACT)
    assert np.allclose(coef[["ci_low", "ci_high"]], fit.results.conf_int(alpha=0.1), rtol=EXACT)


def test_predict_matches_statsmodels_mean_and_se():
    rng = np.random.default_rng(17)
    obs = make_obs(rng, paper_sd=2.0)
    grid = pd.DataFrame({"params": [1e9, 1e10, 1e11]})
    exog = pd.DataFrame({"x": [9.0, 10.0, 11.0]})
    for form in ("linear", "logit"):
        fit = fit_scaling(obs, form=form)
        ours = predict(fit, grid)
        ref = fit.results.get_prediction(exog).summary_frame()
        scale = 100 if form == "logit" else 1
        assert np.allclose(ours["mean"], scale * ref["mean"], rtol=EXACT)
        assert np.allclose(ours["mean_se"], scale * ref["mean_se"], rtol=1e-6)
        assert (ours["mean_ci_lower"] < ours["mean"]).all()
        assert (ours["mean"] < ours["mean_ci_upper"]).all()


def test_fit_table_has_rows_statuses_and_pooled_set():
    rng = np.random.default_rng(18)
    big = make_obs(rng, benchmark="MATH-500")
    small = make_obs(rng, n_papers=2, per_paper=2, benchmark="AIME-2024", n_items=30)
    small["paper_id"] += "-aime"
    obs = pd.concat([big, small], ignore_index=True)
    table = fit_table(obs, benchmarks=["MATH-500", "AIME-2024", "AIME-2025"],
                      forms=("linear", "logit"), predictors_list=("params", "params+tokens"))
    assert list(table.columns) == FIT_TABLE_COLUMNS
    ok = table[table["status"] == "ok"]
    keys = ["benchmark", "form", "predictors", "weighted", "term"]
    assert not ok.duplicated(keys).any()
    assert set(ok["benchmark"]) == {"MATH-500", "pooled"}
    assert len(ok[ok["benchmark"] == "MATH-500"]) == 2 * 2 * (3 + 5)  # weighting x form x terms
    bad = table[table["status"] != "ok"]
    assert set(bad["benchmark"]) == {"AIME-2024", "AIME-2025"}
    assert bad["estimate"].isna().all()
    assert bad["status"].str.startswith("insufficient: AIME-20").all()
    assert (bad.loc[bad["benchmark"] == "AIME-2025", "status"].str.contains("0 claims")).all()
