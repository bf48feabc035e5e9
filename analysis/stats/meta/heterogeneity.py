"""Heterogeneity: Cochran's Q_E, I² (single and multilevel) and CIs of variance components."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
from scipy import optimize, stats

from analysis.stats.meta.variance import Blocks, estimate_components, safe_ll

log = logging.getLogger(__name__)

ROOT_XTOL = 1e-12  # absolute tolerance of the CI root searches (times the component's scale)
EXPANSIONS = 8  # times an upper search limit is multiplied by 10 before giving up


@dataclass(frozen=True)
class Heterogeneity:
    """Q_E test and I² figures of a fit."""

    QE: float
    df: int
    QE_p: float
    vt: float  # the "typical" within-study variance (k − p) / tr(P)
    I2: float  # percent
    I2_levels: tuple[float, ...]  # per variance component (multilevel), percent


@dataclass(frozen=True)
class Interval:
    low: float
    high: float
    note: str = ""  # e.g. that a bound sits at 0 or at a search limit


def _fe_projection(X: np.ndarray, v: np.ndarray) -> np.ndarray:
    """P = W − W X (X'WX)⁻¹ X' W with fixed-effect weights W = diag(1/v)."""
    w = 1.0 / v
    WX = X * w[:, None]
    return np.diag(w) - WX @ np.linalg.solve(X.T @ WX, WX.T)


def q_statistic(y: np.ndarray, X: np.ndarray, v: np.ndarray) -> tuple[float, int, float]:
    """Cochran's Q_E = y'P y (fixed-effect weights 1/v), df = k − p, upper-tail chi² p."""
    k, p = X.shape
    if k <= p:
        return 0.0, 0, 1.0
    qe = max(0.0, float(y @ _fe_projection(X, v) @ y))
    return qe, k - p, float(stats.chi2.sf(qe, k - p))


def heterogeneity(y: np.ndarray, X: np.ndarray, v: np.ndarray, sigma2: np.ndarray, *,
                  fixed_effect: bool) -> Heterogeneity:
    """Q_E and I² as metafor reports them (rma.uni) and Viechtbauer's multilevel I².

    I²_l = 100 σ²_l / (Σσ² + v̄) with v̄ = (k − p) / tr(P) (Viechtbauer 2010 / the metafor
    website's "I² for multilevel models"); a fixed-effect fit uses (Q_E − df) / Q_E.
    """
    qe, df, qp = q_statistic(y, X, v)
    if df == 0:
        return Heterogeneity(qe, df, qp, 0.0, 0.0, tuple(0.0 for _ in sigma2))
    vt = df / float(np.trace(_fe_projection(X, v)))
    if fixed_effect:
        i2 = max(0.0, 100.0 * (qe - df) / qe) if qe > 0 else 0.0
        return Heterogeneity(qe, df, qp, vt, i2, ())
    total = float(np.sum(sigma2))
    levels = tuple(100.0 * float(s) / (total + vt) for s in sigma2)
    return Heterogeneity(qe, df, qp, vt, 100.0 * total / (total + vt), levels)


def generalized_q(tau2: float, y: np.ndarray, X: np.ndarray, v: np.ndarray) -> float:
    """y'P(τ²)y with weights 1/(v + τ²): chi²(k − p) at the true τ² (Viechtbauer 2007)."""
    return float(y @ _fe_projection(X, v + tau2) @ y)


def _upper_limit(f, start: float) -> tuple[float, str]:
    """Grow a search limit until f changes sign there (f > 0 beyond the bound)."""
    limit = start
    for _ in range(EXPANSIONS):
        if f(limit) > 0:
            return limit, ""
        limit *= 10.0
    return limit, f"upper bound beyond {limit:g}"


def q_profile_ci(y: np.ndarray, X: np.ndarray, v: np.ndarray, *, tau2: float,
                 level: float = 0.95) -> Interval:
    """Q-profile CI of τ² (Viechtbauer 2007; metafor confint.rma.uni).

    Bounds solve Q(τ²) = chi²_{k−p} quantiles 1 − α/2 (lower) and α/2 (upper); a bound whose
    equation has no root above 0 is 0. metafor searches up to max(100, 10 τ̂²) and reports that
    limit if the bound lies beyond; here the limit is grown instead (noted when it runs out).
    """
    k, p = X.shape
    alpha = 1.0 - level
    crit_hi = stats.chi2.isf(alpha / 2.0, k - p)  # defines the lower bound
    crit_lo = stats.chi2.ppf(alpha / 2.0, k - p)  # defines the upper bound
    q0 = generalized_q(0.0, y, X, v)
    start = max(100.0, 10.0 * tau2)
    xtol = ROOT_XTOL * max(1.0, tau2)
    bounds = []
    for crit in (crit_hi, crit_lo):
        if q0 < crit:
            bounds.append(0.0)
            continue
        g = lambda t, c=crit: c - generalized_q(t, y, X, v)  # noqa: E731  (Q falls with τ²)
        limit, note = _upper_limit(g, start)
        if note:
            return Interval(bounds[0] if bounds else np.nan, np.inf, note)
        bounds.append(optimize.brentq(g, 0.0, limit, xtol=xtol, rtol=4 * np.finfo(float).eps))
    return Interval(bounds[0], bounds[1], "lower bound 0" if bounds[0] == 0.0 else "")


def profile_ci(b: Blocks, sigma2: np.ndarray, index: int, *, reml: bool, ll_max: float,
               level: float = 0.95) -> Interval:
    """Profile-likelihood CI of σ²_index (metafor confint.rma.mv, type "PL").

    Bounds solve −2 (ℓ_p(σ²) − ℓ̂) = chi²_1(level), the other components re-estimated at each
    value; the lower bound is 0 when the profile at 0 stays below the cut-off. metafor searches
    up to max(10, 100 σ̂²) (10 when σ̂² ≈ 0); the limit is grown here instead.
    """
    cut = stats.chi2.ppf(level, 1)
    est = float(sigma2[index])

    def f(val: float) -> float:
        # warm start at the full estimates: the profile moves the other components smoothly
        fit = estimate_components(b, reml=reml, fixed={index: val}, starts=[sigma2.copy()])
        ll = fit.ll if np.isfinite(fit.ll) else safe_ll(b, fit.sigma2, reml=reml)
        return -2.0 * (ll - ll_max) - cut

    xtol = ROOT_XTOL * max(1.0, est)
    f0 = f(0.0)
    low = 0.0 if f0 < 0 else optimize.brentq(f, 0.0, est, xtol=xtol)
    start = 10.0 if est <= np.sqrt(np.finfo(float).eps) else max(10.0, 100.0 * est)
    limit, note = _upper_limit(f, start)
    if note:
        return Interval(low, np.inf, note)
    high = optimize.brentq(f, est, limit, xtol=xtol)
    return Interval(low, high, "lower bound 0" if low == 0.0 else "")
