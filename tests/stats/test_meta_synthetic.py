"""Known-answer tests on synthetic data: truths recovered, and the bootstrap's failure counting."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.stats.meta.bootstrap import cluster_bootstrap, resample_clusters
from analysis.stats.meta.effects import binomial_vi
from analysis.stats.meta.model import fit_meta
from analysis.stats.meta.simulate import simulate_claims

BETA0, BETA1 = 50.0, 6.0
SIGMA2_PAPER, SIGMA2_CLAIM = 8.0**2, 6.0**2


def big_multilevel(seed: int) -> pd.DataFrame:
    """Many papers, linear truth well inside 0-100 (no clipping), binomial scores."""
    rng = np.random.default_rng(seed)
    G, m = 150, 4
    paper = np.repeat(np.arange(G), m)
    x = rng.uniform(-1.0, 1.0, size=G)[paper] + rng.normal(0.0, 0.3, size=G * m)
    theta = (BETA0 + BETA1 * x + rng.normal(0, np.sqrt(SIGMA2_PAPER), G)[paper]
             + rng.normal(0, np.sqrt(SIGMA2_CLAIM), G * m))
    assert theta.min() > 0 and theta.max() < 100
    n = np.full(G * m, 500)
    score = 100.0 * rng.binomial(n, theta / 100.0) / n
    return pd.DataFrame({"paper": paper, "claim": np.arange(G * m), "x": x, "yi": score,
                         "vi": binomial_vi(score, n)})


def test_truths_recovered_within_intervals():
    data = big_multilevel(2024)
    res = fit_meta(data, yi="yi", vi="vi", mods="x", random="paper/claim", robust="paper")
    assert res.converged
    tidy = res.tidy().set_index("term")
    for term, truth in [("Intercept", BETA0), ("x", BETA1), ("sigma2.paper", SIGMA2_PAPER),
                        ("sigma2.claim", SIGMA2_CLAIM)]:
        assert tidy.loc[term, "ci_low"] < truth < tidy.loc[term, "ci_high"], term
    model = res.model_coefs
    assert model.ci_low[1] < BETA1 < model.ci_high[1]
    # the fixed-effect model ignores both components: far too narrow an interval
    fe = fit_meta(data, yi="yi", vi="vi", mods="x", method="FE")
    assert fe.model_coefs.std_err[1] < 0.5 * model.std_err[1]


def test_single_level_tau2_recovered():
    rng = np.random.default_rng(5)
    k, tau2 = 400, 0.09
    v = rng.uniform(0.01, 0.1, size=k)
    y = 0.4 + rng.normal(0, np.sqrt(tau2), k) + rng.normal(0, np.sqrt(v))
    res = fit_meta(pd.DataFrame({"y": y, "v": v}), yi="y", vi="v")
    lo, hi = res.component_intervals[0].low, res.component_intervals[0].high
    assert lo < tau2 < hi
    assert res.model_coefs.ci_low[0] < 0.4 < res.model_coefs.ci_high[0]


def test_simulated_scores_stay_within_range():
    data, truth = simulate_claims(np.random.default_rng(3))
    assert data["yi"].between(0, 100).all()
    assert 8 <= data["paper_id"].nunique() <= 30
    assert data.groupby("paper_id").size().between(1, 6).all()
    assert 25.0 <= truth.sigma2_paper <= 400.0 and 25.0 <= truth.sigma2_claim <= 400.0


# ---- bootstrap -----------------------------------------------------------------------------

def rare_level_data() -> pd.DataFrame:
    """Benchmark C appears in one paper only: a paper resample often loses its level."""
    rng = np.random.default_rng(1)
    rows = []
    for p in range(12):
        for j in range(3):
            bench = "C" if p == 0 else ("A" if j % 2 == 0 else "B")
            x = rng.normal()
            rows.append({"paper": f"p{p}", "claim": f"p{p}c{j}", "benchmark": bench, "x": x,
                         "yi": 50 + 5 * x + rng.normal(0, 6), "vi": 4.0})
    return pd.DataFrame(rows)


def fit_rare(frame: pd.DataFrame):
    return fit_meta(frame, yi="yi", vi="vi", mods="x + C(benchmark)", random="paper/claim")


def test_bootstrap_withholds_interval_when_resamples_fail():
    boot = cluster_bootstrap(rare_level_data(), fit_rare, cluster="paper", n_boot=60,
                             rng=np.random.default_rng(0))
    # P(paper 0 not drawn) = (11/12)^12 ≈ 0.35, far above the 5% limit
    assert boot.n_failed > 0.05 * 60
    assert boot.n_failed + len(boot.estimates) == boot.n_resamples
    # drawing stops at the first failure past 5% of 60 (the 4th): far fewer than 60 refits
    assert boot.n_failed == 4 and boot.n_resamples < 60
    assert boot.withheld_reason is not None
    assert (f"{boot.n_failed} of the first {boot.n_resamples} resamples failed"
            in boot.withheld_reason)
    assert "of the 60 planned" in boot.withheld_reason
    assert any("C(benchmark)[T.C]" in r for r in boot.failures)
    assert boot.intervals["ci_low"].isna().all() and boot.intervals["ci_high"].isna().all()


def test_stratified_bootstrap_keeps_every_level():
    data = rare_level_data()
    boot = cluster_bootstrap(data, fit_rare, cluster="paper", strata="benchmark", n_boot=40,
                             rng=np.random.default_rng(0))
    assert boot.n_failed == 0 and boot.withheld_reason is None
    assert boot.n_resamples == 40 and len(boot.estimates) == 40
    slope = boot.intervals.set_index("term").loc["x"]
    assert slope["ci_low"] < slope["estimate"] < slope["ci_high"]
    again = resample_clusters(data, cluster="paper", strata="benchmark",
                              rng=np.random.default_rng(9))
    # every stratum keeps its number of clusters (each draw is a new cluster id)
    assert again.groupby("benchmark")["paper"].nunique().to_dict() == \
        data.groupby("benchmark")["paper"].nunique().to_dict()


def test_bootstrap_counts_exceptions_by_reason():
    calls = {"n": 0}

    def flaky(frame: pd.DataFrame):
        calls["n"] += 1
        if calls["n"] % 4 == 0:  # every 4th refit raises, as a real failure would
            raise np.linalg.LinAlgError("Matrix is not positive definite")
        return fit_meta(frame, yi="yi", vi="vi", mods="x", random="paper/claim")

    boot = cluster_bootstrap(rare_level_data(), flaky, cluster="paper", n_boot=20,
                             rng=np.random.default_rng(4))
    # call 1 is the full fit; refits 3 and 7 raise; 2 failures exceed 5% of 20, so it stops
    assert boot.failures == {"LinAlgError: Matrix is not positive definite": 2}
    assert boot.n_resamples == 7 and len(boot.estimates) == 5
    assert boot.withheld_reason is not None
    assert "2 of the first 7 resamples failed" in boot.withheld_reason


@pytest.mark.parametrize("strata", [None, "benchmark"])
def test_resampled_clusters_get_new_ids(strata):
    data = rare_level_data()
    out = resample_clusters(data, cluster="paper", strata=strata, rng=np.random.default_rng(2))
    keys = ["paper"] if strata is None else ["benchmark", "paper"]
    n_units = data.groupby(keys).ngroups
    # one new id per draw, so a paper drawn twice counts as two clusters
    assert out["paper"].nunique() == n_units
    # each new id carries exactly the rows of one original unit
    original = out["_boot_cluster"].str.split("#").str[0]
    sizes = data.groupby(keys).size()
    for new_id, rows in out.groupby("paper"):
        key = (rows["benchmark"].iloc[0], original[rows.index[0]]) if strata else \
            original[rows.index[0]]
        assert len(rows) == sizes.loc[key], new_id
