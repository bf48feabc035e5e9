"""Agreement of analysis.stats.meta with metafor / clubSandwich reference numbers."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from metafor_reference import (
    COEF_RTOL,
    PVAL_ATOL,
    PVAL_RTOL,
    VC_ATOL_SCALE,
    VC_RTOL,
    Reference,
    fixture_input,
    python_name,
)
from numpy.testing import assert_allclose

from analysis.stats.meta.model import fit_meta

BCG = fixture_input("bcg_input.csv")
KON = fixture_input("konstantopoulos_input.csv")
ABLAT = pd.DataFrame({"ablat": [10.0, 30.0, 50.0]})
YEAR = pd.DataFrame({"year_c": [-10.0, 0.0, 10.0]})


def check_coefs(ref: Reference, model: str, table, *, factor: str = "benchmark") -> None:
    terms = ref.terms(model)
    got = table.frame().set_index("term").loc[[python_name(t, factor) for t in terms]]
    for quantity, column in [("estimate", "estimate"), ("se", "std_err"), ("df", "df"),
                             ("ci_lb", "ci_low"), ("ci_ub", "ci_high")]:
        assert_allclose(got[column].to_numpy(), ref.vector(model, quantity, terms),
                        rtol=COEF_RTOL, err_msg=f"{model} {quantity}")
    assert_allclose(got["p_value"].to_numpy(), ref.vector(model, "pval", terms),
                    rtol=PVAL_RTOL, atol=PVAL_ATOL, err_msg=f"{model} p-values")


def check_heterogeneity(ref: Reference, model: str, result) -> None:
    h = result.heterogeneity
    assert_allclose(h.QE, ref.get(model, "", "QE"), rtol=COEF_RTOL)
    assert h.df == ref.get(model, "", "QEdf")
    assert_allclose(h.QE_p, ref.get(model, "", "QEp"), rtol=PVAL_RTOL, atol=PVAL_ATOL)
    assert_allclose(h.I2, ref.get(model, "", "I2"), rtol=COEF_RTOL, atol=1e-6)
    assert_allclose(result.loglik, ref.get(model, "", "ll"), rtol=COEF_RTOL)
    assert_allclose(result.aic, ref.get(model, "", "AIC"), rtol=COEF_RTOL)


def check_components(ref: Reference, model: str, result, *, with_ci: bool = True) -> None:
    atol = VC_ATOL_SCALE * float(np.mean(result.design.v))
    names = result.component_names
    assert_allclose(result.sigma2, [ref.get(model, n, "estimate") for n in names],
                    rtol=VC_RTOL, atol=atol, err_msg=f"{model} components")
    if not with_ci:
        return
    intervals = result.component_intervals
    assert_allclose([c.low for c in intervals], [ref.get(model, n, "ci_lb") for n in names],
                    rtol=VC_RTOL, atol=atol, err_msg=f"{model} component CI low")
    assert_allclose([c.high for c in intervals], [ref.get(model, n, "ci_ub") for n in names],
                    rtol=VC_RTOL, atol=atol, err_msg=f"{model} component CI high")


def check_predictions(ref: Reference, model: str, pred: pd.DataFrame, labels: list[str],
                      *, with_pi: bool = True) -> None:
    pairs = [("pred", "pred"), ("se", "se"), ("ci.lb", "ci_low"), ("ci.ub", "ci_high")]
    if with_pi:
        pairs += [("pi.lb", "pi_low"), ("pi.ub", "pi_high")]
    # a bound near 0 has no useful relative error: allow COEF_RTOL of the interval's width
    width = np.array([ref.get(model, lab, "pred_ci.ub") - ref.get(model, lab, "pred_ci.lb")
                      for lab in labels])
    for quantity, column in pairs:
        want = [ref.get(model, lab, f"pred_{quantity}") for lab in labels]
        assert_allclose(pred[column].to_numpy(), want, rtol=COEF_RTOL,
                        atol=COEF_RTOL * width.min(), err_msg=f"{model} prediction {quantity}")


# ---- dat.bcg ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def bcg_ref() -> Reference:
    return Reference("bcg_results.csv")


@pytest.mark.parametrize("test", ["z", "t", "knha"])
def test_bcg_reml_meta_regression(bcg_ref, test):
    model = f"reml_{test}"
    res = fit_meta(BCG, yi="yi", vi="vi", mods="ablat", test=test)
    assert res.converged
    check_coefs(bcg_ref, model, res.model_coefs)
    check_heterogeneity(bcg_ref, model, res)
    check_components(bcg_ref, model, res)
    assert_allclose(res.component_se, [bcg_ref.get(model, "tau2", "se")], rtol=VC_RTOL)
    check_predictions(bcg_ref, model, res.predict(ABLAT), [f"ablat={a:g}" for a in ABLAT.ablat])


def test_bcg_ml(bcg_ref):
    res = fit_meta(BCG, yi="yi", vi="vi", mods="ablat", method="ML")
    check_coefs(bcg_ref, "ml_z", res.model_coefs)
    check_heterogeneity(bcg_ref, "ml_z", res)
    check_components(bcg_ref, "ml_z", res)
    assert_allclose(res.component_se, [bcg_ref.get("ml_z", "tau2", "se")], rtol=VC_RTOL)
    check_predictions(bcg_ref, "ml_z", res.predict(ABLAT), [f"ablat={a:g}" for a in ABLAT.ablat])


def test_bcg_fixed_effect(bcg_ref):
    res = fit_meta(BCG, yi="yi", vi="vi", mods="ablat", method="FE")
    assert res.label == "fixed (common) effect"
    check_coefs(bcg_ref, "fe_z", res.model_coefs)
    check_heterogeneity(bcg_ref, "fe_z", res)
    pred = res.predict(ABLAT)
    check_predictions(bcg_ref, "fe_z", pred, [f"ablat={a:g}" for a in ABLAT.ablat],
                      with_pi=False)
    assert_allclose(pred["pi_low"], pred["ci_low"])  # no heterogeneity: PI = CI
    fe_int = fit_meta(BCG, yi="yi", vi="vi", method="FE")
    check_coefs(bcg_ref, "fe_int", fe_int.model_coefs)
    check_heterogeneity(bcg_ref, "fe_int", fe_int)


def test_bcg_intercept_only(bcg_ref):
    res = fit_meta(BCG, yi="yi", vi="vi")
    check_coefs(bcg_ref, "reml_int", res.model_coefs)
    check_heterogeneity(bcg_ref, "reml_int", res)
    check_components(bcg_ref, "reml_int", res)
    check_predictions(bcg_ref, "reml_int", res.predict(np.array([[1.0]])), ["intercept"])


@pytest.mark.parametrize(("model", "cluster", "mods"), [
    ("cr2_trial", "trial", "ablat"), ("cr2_grp", "grp", "ablat"), ("cr2_trial_int", "trial", None)])
def test_bcg_cr2_satterthwaite(bcg_ref, model, cluster, mods):
    res = fit_meta(BCG, yi="yi", vi="vi", mods=mods, robust=cluster)
    check_coefs(bcg_ref, model, res.coefs)
    tidy = res.tidy().set_index("term")
    assert_allclose(tidy.loc["Intercept", "df"], bcg_ref.get(model, "intrcpt", "df"),
                    rtol=COEF_RTOL)


def test_bcg_cr1_and_robust_prediction(bcg_ref):
    res = fit_meta(BCG, yi="yi", vi="vi", mods="ablat", robust="grp")
    check_coefs(bcg_ref, "cr1_grp", res.coef_table("CR1"))
    labels = [f"ablat={a:g}" for a in ABLAT.ablat]
    check_predictions(bcg_ref, "cr2_grp", res.predict(ABLAT), labels)


# ---- dat.konstantopoulos2011 -------------------------------------------------------------

@pytest.fixture(scope="module")
def kon_ref() -> Reference:
    return Reference("konstantopoulos_results.csv")


@pytest.mark.parametrize("method", ["REML", "ML"])
@pytest.mark.parametrize("test", ["z", "t"])
@pytest.mark.parametrize("mods", [None, "year_c"])
def test_three_level(kon_ref, method, test, mods):
    model = f"{'year' if mods else 'int'}_{method.lower()}_{test}"
    res = fit_meta(KON, yi="yi", vi="vi", mods=mods, random="district/school", method=method,
                   test=test)
    assert res.converged
    assert res.component_names == ("sigma2.district", "sigma2.school")
    check_coefs(kon_ref, model, res.model_coefs)
    check_heterogeneity(kon_ref, model, res)
    check_components(kon_ref, model, res, with_ci=test == "z")
    for name, value in zip(res.spec.random, res.heterogeneity.I2_levels, strict=True):
        assert_allclose(value, kon_ref.get(model, f"sigma2.{name}", "I2"), rtol=COEF_RTOL)
    if mods:
        pred, labels = res.predict(YEAR), [f"year_c={y:g}" for y in YEAR.year_c]
    else:
        pred, labels = res.predict(np.array([[1.0]])), ["intercept"]
    check_predictions(kon_ref, model, pred, labels)


@pytest.mark.parametrize("mods", [None, "year_c"])
def test_three_level_cr2(kon_ref, mods):
    model = "cr2_year" if mods else "cr2_int"
    res = fit_meta(KON, yi="yi", vi="vi", mods=mods, random="district/school",
                   robust="district")
    check_coefs(kon_ref, model, res.coefs)
    if mods:
        pred, labels = res.predict(YEAR), [f"year_c={y:g}" for y in YEAR.year_c]
    else:
        pred, labels = res.predict(np.array([[1.0]])), ["intercept"]
    check_predictions(kon_ref, model, pred, labels)
    if mods:
        check_coefs(kon_ref, "cr1_year", res.coef_table("CR1"))


# ---- the project's own claims ------------------------------------------------------------

@pytest.mark.parametrize("name", ["gsm8k", "aime", "pooled"])
def test_project_observations(name):
    ref = Reference(f"obs_{name}_results.csv")
    data = fixture_input(f"obs_{name}.csv")
    mods = "x + C(benchmark)" if data["benchmark"].nunique() > 1 else "x"
    res = fit_meta(data, yi="yi", vi="vi", mods=mods, random="paper_id/claim_id",
                   robust="paper_id")
    assert res.converged
    check_coefs(ref, "reml_z", res.model_coefs)
    check_heterogeneity(ref, "reml_z", res)
    check_components(ref, "reml_z", res)
    check_coefs(ref, "cr2_paper", res.coefs)
    first = sorted(data["benchmark"].unique())[0]
    new = pd.DataFrame({"x": [9.0, 10.0, 11.0], "benchmark": first})
    labels = [f"x={x:g}|{first}" for x in new.x]
    check_predictions(ref, "reml_z", res.predict(new, kind="model"), labels)
    check_predictions(ref, "cr2_paper", res.predict(new), labels)
    fe = fit_meta(data, yi="yi", vi="vi", mods=mods, method="FE")
    check_coefs(ref, "fe_z", fe.model_coefs)
    check_heterogeneity(ref, "fe_z", fe)
