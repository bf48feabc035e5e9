"""Small-study effects and selective reporting: Egger's test, PET-PEESE, funnel-plot contours."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import stats

from analysis.stats.meta.errors import InsufficientDataError, MetaSpecError
from analysis.stats.meta.model import fit_meta
from analysis.stats.meta.results import MetaResult

log = logging.getLogger(__name__)

PEESE_ALPHA = 0.05  # one-sided level of PET's test that switches to PEESE
FUNNEL_LEVELS = (0.90, 0.95, 0.99)


@dataclass(frozen=True)
class EggerTest:
    """Egger's regression test as metafor's regtest(model) with its defaults."""

    statistic: float  # z or t of the sei coefficient
    df: float  # inf for z
    p_value: float
    limit_estimate: float | None  # intercept as sei → 0 (intercept-only models only)
    limit_ci: tuple[float, float] | None
    fit: MetaResult


def egger_test(result: MetaResult) -> EggerTest:
    """Add sei = sqrt(vi) as a moderator and test it (Egger et al. 1997; Sterne & Egger 2005).

    Same method and test as `result` (metafor regtest: model = "rma", predictor = "sei").
    The limit estimate is reported when the model has an intercept only, as metafor does.
    """
    if result.spec.random:
        raise MetaSpecError("Egger's test (regtest) is defined here for single-level models")
    d = result.design
    cols = {f"_x{i}": d.X[:, i] for i in range(d.p)}
    frame = pd.DataFrame({"_y": d.y, "_v": d.v, **cols, "_sei": np.sqrt(d.v)})
    rhs = "0 + " + " + ".join([*cols, "_sei"])
    fit = fit_meta(frame, yi="_y", vi="_v", mods=rhs, method=result.spec.method,
                   test=result.spec.test, level=result.spec.level)
    table = fit.model_coefs
    stat = float(table.estimate[-1] / table.std_err[-1])
    limit = limit_ci = None
    if d.p == 1 and np.allclose(d.X[:, 0], 1.0):
        limit = float(table.estimate[0])
        limit_ci = (float(table.ci_low[0]), float(table.ci_high[0]))
    return EggerTest(stat, float(table.df[-1]), float(table.p_value[-1]), limit, limit_ci, fit)


@dataclass(frozen=True)
class WlsFit:
    """An unrestricted weighted least squares fit y = b0 + b1·z (residual variance estimated)."""

    intercept: float
    intercept_se: float
    slope: float
    slope_se: float
    df: int

    def intercept_ci(self, level: float = 0.95) -> tuple[float, float]:
        crit = stats.t.ppf(0.5 + level / 2.0, self.df)
        return (self.intercept - crit * self.intercept_se,
                self.intercept + crit * self.intercept_se)


def unrestricted_wls(y: np.ndarray, z: np.ndarray, v: np.ndarray) -> WlsFit:
    """WLS of y on [1, z] with weights 1/v and a free multiplicative error variance.

    "Unrestricted" (Stanley & Doucouliagos 2014): the residual mean square scales the
    covariance whether it is above or below 1, unlike the fixed-effect model's 1.
    """
    k = len(y)
    if k < 3:
        raise InsufficientDataError(f"PET-PEESE needs at least 3 estimates, got {k}")
    X = np.column_stack([np.ones(k), z])
    w = 1.0 / v
    xtwx = X.T @ (X * w[:, None])
    beta = np.linalg.solve(xtwx, X.T @ (w * y))
    resid = y - X @ beta
    s2 = float(np.sum(w * resid**2)) / (k - 2)
    se = np.sqrt(np.diag(s2 * np.linalg.inv(xtwx)))
    return WlsFit(float(beta[0]), float(se[0]), float(beta[1]), float(se[1]), k - 2)


@dataclass(frozen=True)
class PetPeese:
    """PET, PEESE and which of the two gives the corrected estimate."""

    pet: WlsFit
    peese: WlsFit
    direction: float  # +1 or −1: the sign of the fixed-effect mean
    pet_p_one_sided: float
    chosen: str  # "PET" or "PEESE"
    estimate: float
    ci: tuple[float, float]


def pet_peese(y: np.ndarray, v: np.ndarray, *, level: float = 0.95) -> PetPeese:
    """Conditional PET-PEESE (Stanley & Doucouliagos 2014, Res. Synth. Methods 5:60).

    PET regresses y on se, PEESE on v (both WLS, weights 1/v). Rule used here: PEESE's
    intercept is the estimate when PET's intercept differs from 0 at 5% one-sided in the
    direction of the effect (the sign of the fixed-effect mean), i.e. when there is evidence of
    a genuine effect; otherwise PET's intercept.
    """
    y, v = np.asarray(y, float), np.asarray(v, float)
    pet = unrestricted_wls(y, np.sqrt(v), v)
    peese = unrestricted_wls(y, v, v)
    direction = 1.0 if np.sum(y / v) >= 0 else -1.0
    t = direction * pet.intercept / pet.intercept_se
    p_one = float(stats.t.sf(t, pet.df))
    chosen = peese if p_one < PEESE_ALPHA else pet
    return PetPeese(pet, peese, direction, p_one, "PEESE" if chosen is peese else "PET",
                    chosen.intercept, chosen.intercept_ci(level))


def funnel_contours(*, center: float = 0.0, se_max: float,
                    levels: tuple[float, ...] = FUNNEL_LEVELS,
                    n: int = 101) -> pd.DataFrame:
    """Contour lines of a contour-enhanced funnel plot (Peters et al. 2008).

    For each two-sided significance level, the estimates at which a study with standard error
    se is just significant against `center`: center ± z_(1+level)/2 · se.
    """
    if se_max <= 0:
        raise MetaSpecError(f"se_max must be > 0, got {se_max}")
    se = np.linspace(0.0, se_max, n)
    parts = []
    for level in levels:
        z = stats.norm.ppf(0.5 + level / 2.0)
        parts.append(pd.DataFrame({"level": level, "se": se, "low": center - z * se,
                                   "high": center + z * se}))
    return pd.concat(parts, ignore_index=True)
