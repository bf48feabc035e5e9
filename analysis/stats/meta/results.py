"""Result objects of a meta-analytic fit: coefficient tables, predictions and the tidy table."""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import patsy
from scipy import stats

from analysis.stats.meta.design import Design
from analysis.stats.meta.errors import MetaSpecError
from analysis.stats.meta.heterogeneity import Heterogeneity, Interval, profile_ci, q_profile_ci
from analysis.stats.meta.robust import RobustVcov, cluster_robust
from analysis.stats.meta.variance import Blocks, VarianceFit

log = logging.getLogger(__name__)

TIDY_COLUMNS = ["term", "estimate", "std_err", "df", "ci_low", "ci_high", "p_value"]


@dataclass(frozen=True)
class MetaSpec:
    """The options a fit was asked for."""

    yi: str
    vi: str
    mods: str | None
    random: tuple[str, ...]
    method: str
    test: str
    robust: str | None
    level: float


@dataclass(frozen=True)
class CoefTable:
    """Coefficient inference of one kind: model-based (z, t, knha) or cluster-robust (CR2, CR1)."""

    kind: str
    names: tuple[str, ...]
    estimate: np.ndarray
    std_err: np.ndarray
    df: np.ndarray  # inf for normal-theory tests
    ci_low: np.ndarray
    ci_high: np.ndarray
    p_value: np.ndarray
    vcov: np.ndarray

    def frame(self) -> pd.DataFrame:
        return pd.DataFrame({"term": list(self.names), "estimate": self.estimate,
                             "std_err": self.std_err, "df": self.df, "ci_low": self.ci_low,
                             "ci_high": self.ci_high, "p_value": self.p_value})


def critical(df: np.ndarray | float, level: float) -> np.ndarray:
    """Two-sided critical value: normal where df is infinite, t(df) otherwise."""
    df = np.asarray(df, dtype=float)
    q = 1.0 - (1.0 - level) / 2.0
    return np.where(np.isinf(df), stats.norm.ppf(q), stats.t.ppf(q, np.where(df > 0, df, 1.0)))


def coef_table(kind: str, names: tuple[str, ...], beta: np.ndarray, vcov: np.ndarray,
               df: np.ndarray, level: float) -> CoefTable:
    with np.errstate(invalid="ignore"):  # a sandwich can be negative on a term few clusters
        se = np.sqrt(np.diag(vcov))         # inform: its SE is NaN, and reported as undefined
    crit = critical(df, level)
    tstat = beta / se
    p = np.where(np.isinf(df), 2.0 * stats.norm.sf(np.abs(tstat)),
                 2.0 * stats.t.sf(np.abs(tstat), np.where(df > 0, df, 1.0)))
    return CoefTable(kind, names, beta, se, np.asarray(df, float), beta - crit * se,
                     beta + crit * se, p, vcov)


def robust_coef_table(rv: RobustVcov, names: tuple[str, ...], beta: np.ndarray,
                      level: float) -> CoefTable:
    eye = np.eye(len(beta))
    df = np.array([rv.df(eye[i]) for i in range(len(beta))])
    return coef_table(rv.kind, names, beta, rv.vcov, df, level)


@dataclass(eq=False)
class MetaResult:
    """A fitted model. `coefs` is the inference the tidy table shows (robust when asked for);
    `model_coefs` is always the model-based one, kept for comparison.
    """

    spec: MetaSpec
    design: Design
    blocks: Blocks
    variance: VarianceFit
    component_names: tuple[str, ...]
    component_se: np.ndarray
    beta: np.ndarray
    model_coefs: CoefTable
    robust_vcov: RobustVcov | None
    heterogeneity: Heterogeneity
    loglik: float
    n_parameters: int
    extra_robust: dict = field(default_factory=dict)

    @property
    def label(self) -> str:
        if self.spec.method == "FE":
            return "fixed (common) effect"
        if self.spec.random:
            return f"multilevel random effects ({'/'.join(self.spec.random)}), " + self.spec.method
        return "random effects, " + self.spec.method

    @property
    def sigma2(self) -> np.ndarray:
        return self.variance.sigma2

    @property
    def converged(self) -> bool:
        return self.variance.converged

    @property
    def message(self) -> str:
        return self.variance.message

    @property
    def rows(self) -> pd.Index:
        return self.design.rows

    @property
    def names(self) -> tuple[str, ...]:
        return self.design.names

    @property
    def dropped(self) -> dict[str, int]:
        return dict(self.design.dropped)

    @property
    def k(self) -> int:
        return self.design.k

    @property
    def aic(self) -> float:
        return -2.0 * self.loglik + 2.0 * self.n_parameters

    @property
    def bic(self) -> float:
        n = self.k - (self.design.p if self.spec.method == "REML" else 0)
        return -2.0 * self.loglik + self.n_parameters * float(np.log(n))

    @functools.cached_property
    def coefs(self) -> CoefTable:
        if self.robust_vcov is None:
            return self.model_coefs
        return robust_coef_table(self.robust_vcov, self.names, self.beta, self.spec.level)

    def coef_table(self, kind: str = "default") -> CoefTable:
        """'default' (what tidy shows), 'model' (the fit's own test), 'model_z' / 'model_t'
        (model-based SEs with normal or t(k − p) intervals; not for knha), or 'CR2' / 'CR1'
        (needs robust clustering).
        """
        if kind == "default":
            return self.coefs
        if kind == "model":
            return self.model_coefs
        if kind in ("model_z", "model_t") and self.spec.test != "knha":
            mc = self.model_coefs
            df = np.full(len(self.beta), np.inf if kind == "model_z" else self.k - self.design.p)
            return coef_table(kind, self.names, self.beta, mc.vcov, df, self.spec.level)
        if kind in ("CR2", "CR1"):
            return robust_coef_table(self._robust(kind), self.names, self.beta, self.spec.level)
        raise MetaSpecError(f"unknown coefficient table kind {kind!r}")

    def _robust(self, kind: str) -> RobustVcov:
        if self.robust_vcov is None:
            raise MetaSpecError("cluster-robust inference needs robust=<cluster column>")
        if kind == self.robust_vcov.kind:
            return self.robust_vcov
        if kind not in self.extra_robust:
            d = self.design
            self.extra_robust[kind] = cluster_robust(
                d.y, d.X, d.v, self._levels(), self.sigma2, self.beta, d.cluster, kind=kind)
        return self.extra_robust[kind]

    def _levels(self) -> tuple[np.ndarray, ...]:
        if self.spec.method == "FE":
            return ()
        return self.design.levels if self.spec.random else (np.arange(self.k),)

    @functools.cached_property
    def component_intervals(self) -> tuple[Interval, ...]:
        """Q-profile CI of τ² (single level) or profile-likelihood CIs of each σ²."""
        if self.spec.method == "FE":
            return ()
        d, level = self.design, self.spec.level
        if not self.spec.random:
            return (q_profile_ci(d.y, d.X, d.v, tau2=float(self.sigma2[0]), level=level),)
        reml = self.spec.method == "REML"
        return tuple(profile_ci(self.blocks, self.sigma2, i, reml=reml, ll_max=self.loglik,
                                level=level) for i in range(len(self.sigma2)))

    def design_matrix(self, newdata: pd.DataFrame | np.ndarray) -> np.ndarray:
        if isinstance(newdata, pd.DataFrame):
            try:
                (X,) = patsy.build_design_matrices([self.design.design_info], newdata)
            except patsy.PatsyError as exc:
                raise MetaSpecError(f"cannot build the design for new data: {exc}") from exc
            return np.asarray(X, dtype=float)
        X = np.atleast_2d(np.asarray(newdata, dtype=float))
        if X.shape[1] != self.design.p:
            raise MetaSpecError(f"new design has {X.shape[1]} columns, the model {self.design.p}")
        return X

    def predict(self, newdata: pd.DataFrame | np.ndarray, *, kind: str = "default",
                level: float | None = None) -> pd.DataFrame:
        """Predicted mean, SE, CI and prediction interval for a new claim at each row.

        PI = pred ± crit · sqrt(se² + Σσ²) (τ² single level) with the same critical value as
        the CI, as metafor's predict.rma (pi.type "default"). With robust inference the SE is
        the sandwich SE of x'β and crit a t quantile with that combination's Satterthwaite
        df (CR2; G − 1 for CR1), as predict() on metafor's robust(..., clubSandwich=TRUE).
        """
        return predict_table(self, self.design_matrix(newdata), kind=kind,
                             level=self.spec.level if level is None else level)

    def tidy(self) -> pd.DataFrame:
        """One row per coefficient, variance component and heterogeneity statistic."""
        return tidy_table(self)


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
