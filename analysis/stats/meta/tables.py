"""Tables of a fitted model: predictions with CI and PI, and the tidy summary table."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.stats.meta.results import TIDY_COLUMNS, MetaResult, critical


def _model_df(result: MetaResult, n: int) -> np.ndarray:
    # model-based df are one number per fit (inf for z; k − p for t and knha)
    return np.full(n, float(result.model_coefs.df[0]))


def predict_table(result: MetaResult, X: np.ndarray, *, kind: str = "default",
                  level: float = 0.95) -> pd.DataFrame:
    """pred, se, df, ci_low/high, pi_low/high for each row of the design X."""
    pred = X @ result.beta
    robust = kind in ("CR2", "CR1") or (kind == "default" and result.robust_vcov is not None)
    if robust:
        rv = result._robust(result.robust_vcov.kind if kind == "default" else kind)
        se = np.array([rv.se(x) for x in X])
        df = np.array([rv.df(x) for x in X])
    elif kind in ("default", "model"):
        se = np.sqrt(np.einsum("ip,pq,iq->i", X, result.model_coefs.vcov, X))
        df = _model_df(result, len(X))
    else:
        raise ValueError(f"unknown kind {kind!r}")
    crit = critical(df, level)
    total = float(np.sum(result.sigma2))  # every variance component: a new claim's spread
    half_pi = crit * np.sqrt(se**2 + total)
    return pd.DataFrame({"pred": pred, "se": se, "df": df, "ci_low": pred - crit * se,
                         "ci_high": pred + crit * se, "pi_low": pred - half_pi,
                         "pi_high": pred + half_pi})


def _component_rows(result: MetaResult) -> list[dict]:
    rows = []
    names = result.component_names
    for i, (name, est) in enumerate(zip(names, result.sigma2, strict=True)):
        ci = result.component_intervals[i]
        rows.append({"term": name, "estimate": float(est), "std_err": result.component_se[i],
                     "df": np.nan, "ci_low": ci.low, "ci_high": ci.high, "p_value": np.nan})
    return rows


def _heterogeneity_rows(result: MetaResult) -> list[dict]:
    h = result.heterogeneity
    blank = {"std_err": np.nan, "df": np.nan, "ci_low": np.nan, "ci_high": np.nan,
             "p_value": np.nan}
    rows = [{**blank, "term": "QE", "estimate": h.QE, "df": float(h.df), "p_value": h.QE_p},
            {**blank, "term": "QE_p", "estimate": h.QE_p},
            {**blank, "term": "I2", "estimate": h.I2}]
    if result.spec.random:
        for col, val in zip(result.spec.random, h.I2_levels, strict=True):
            rows.append({**blank, "term": f"I2.{col}", "estimate": val})
    return rows


def tidy_table(result: MetaResult) -> pd.DataFrame:
    """Coefficients (robust when asked for), variance components with CIs, Q_E, QE_p, I²."""
    coefs = result.coefs.frame()
    extra = pd.DataFrame(_component_rows(result) + _heterogeneity_rows(result),
                         columns=TIDY_COLUMNS)
    out = pd.concat([coefs, extra], ignore_index=True)[TIDY_COLUMNS]
    out.attrs.update({"label": result.label, "converged": result.converged,
                      "message": result.message, "k": result.k, "dropped": result.dropped,
                      "loglik": result.loglik, "aic": result.aic, "formula": result.design.formula})
    return out
