"""Egger's test against metafor's regtest; PET-PEESE against statsmodels; funnel contours."""

from __future__ import annotations

import numpy as np
import pytest
import statsmodels.api as sm
from metafor_reference import COEF_RTOL, PVAL_ATOL, PVAL_RTOL, Reference, fixture_input
from numpy.testing import assert_allclose
from scipy import stats

from analysis.stats.meta.bias import egger_test, funnel_contours, pet_peese, unrestricted_wls
from analysis.stats.meta.model import fit_meta

BCG = fixture_input("bcg_input.csv")
CASES = [
    ("bcg_results.csv", "regtest_reml", "bcg_input.csv", {"mods": "ablat"}),
    ("bcg_results.csv", "regtest_int", "bcg_input.csv", {}),
    ("bcg_results.csv", "regtest_int_knha", "bcg_input.csv", {"test": "knha"}),
    ("bcg_results.csv", "regtest_int_fe", "bcg_input.csv", {"method": "FE"}),
    ("regtest_results.csv", "hackshaw_reml", "hackshaw1998_input.csv", {}),
    ("regtest_results.csv", "hackshaw_fe", "hackshaw1998_input.csv", {"method": "FE"}),
    ("regtest_results.csv", "egger_reml", "egger2001_input.csv", {}),
    ("regtest_results.csv", "egger_fe", "egger2001_input.csv", {"method": "FE"}),
]


@pytest.mark.parametrize(("results", "model", "data", "options"), CASES)
def test_egger_matches_regtest(results, model, data, options):
    ref = Reference(results)
    egger = egger_test(fit_meta(fixture_input(data), yi="yi", vi="vi", **options))
    assert_allclose(egger.statistic, ref.get(model, "", "zval"), rtol=COEF_RTOL)
    assert egger.df == ref.get(model, "", "df")
    assert_allclose(egger.p_value, ref.get(model, "", "pval"), rtol=PVAL_RTOL, atol=PVAL_ATOL)
    if "mods" in options:
        assert egger.limit_estimate is None  # metafor gives no limit estimate with moderators
        return
    assert_allclose(egger.limit_estimate, ref.get(model, "", "limit_est"), rtol=COEF_RTOL)
    assert_allclose(egger.limit_ci, [ref.get(model, "", "limit_ci_lb"),
                                     ref.get(model, "", "limit_ci_ub")], rtol=COEF_RTOL)


def test_egger_detects_the_asymmetric_data_set():
    ref = Reference("regtest_results.csv")
    assert ref.get("egger_reml", "", "pval") < 0.05  # the premise: metafor finds asymmetry
    egger = egger_test(fit_meta(fixture_input("egger2001_input.csv"), yi="yi", vi="vi"))
    assert egger.p_value < 0.05


def test_unrestricted_wls_matches_statsmodels():
    rng = np.random.default_rng(7)
    v = rng.uniform(0.01, 0.5, size=25)
    y = 0.3 + 1.2 * np.sqrt(v) + rng.normal(0.0, np.sqrt(v) * 1.7)
    ours = unrestricted_wls(y, np.sqrt(v), v)
    ols = sm.WLS(y, sm.add_constant(np.sqrt(v)), weights=1.0 / v).fit()
    assert_allclose([ours.intercept, ours.slope], ols.params, rtol=1e-10)
    assert_allclose([ours.intercept_se, ours.slope_se], ols.bse, rtol=1e-10)
    assert_allclose(ours.intercept_ci(0.95), ols.conf_int(0.05)[0], rtol=1e-10)
    assert ours.df == ols.df_resid


def test_pet_peese_rule():
    rng = np.random.default_rng(11)
    v = rng.uniform(0.005, 0.2, size=40)
    # a genuine positive effect of 0.5 and no small-study effect: PET's intercept is clearly
    # positive, so the rule switches to PEESE, whose intercept estimates the effect
    y = 0.5 + rng.normal(0.0, np.sqrt(v))
    strong = pet_peese(y, v)
    assert strong.chosen == "PEESE" and strong.pet_p_one_sided < 0.05
    assert strong.ci[0] < 0.5 < strong.ci[1]
    # no effect but pure small-study bias (y grows with se): PET's intercept is not > 0
    y0 = 2.0 * np.sqrt(v) + rng.normal(0.0, np.sqrt(v))
    null = pet_peese(y0, v)
    assert null.chosen == "PET" and null.estimate == null.pet.intercept
    assert null.ci[0] < 0.0 < null.ci[1]
    # the one-sided test follows the direction of the effect
    flipped = pet_peese(-y, v)
    assert flipped.direction == -1.0 and flipped.chosen == "PEESE"


def test_funnel_contours():
    lines = funnel_contours(center=0.2, se_max=0.5, n=11)
    assert sorted(lines["level"].unique()) == [0.90, 0.95, 0.99]
    row = lines[(lines["level"] == 0.95) & np.isclose(lines["se"], 0.5)].iloc[0]
    assert_allclose([row["low"], row["high"]], [0.2 - 1.959963984540054 * 0.5,
                                                0.2 + 1.959963984540054 * 0.5])
    z99 = stats.norm.ppf(0.995)
    top = lines[(lines["level"] == 0.99)]["high"].max()
    assert_allclose(top, 0.2 + z99 * 0.5)
