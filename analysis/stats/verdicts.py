"""Verdicts on headline numbers: supported, fragile, inconclusive or refused, and their checks."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from analysis.stats.designs import PAPER, DesignFit, fit_design

log = logging.getLogger(__name__)

NAME_ORIGIN = "name"  # params_origin of a size read off a model's name
# Below 4 Satterthwaite degrees of freedom a CR2 cluster-robust test is unreliable: its type I
# error drifts far from nominal whatever the interval says (Tipton 2015, Psychological Methods
# 20(3); Pustejovsky & Tipton 2018, JBES 36(4): "df < 4" is their threshold). This is what a
# model with nearly as many coefficients as papers produces: an interval that can be absurdly
# narrow (a standard error of 0.005 points) or absurdly wide, so it is never a verdict.
MIN_ROBUST_DF = 4.0


@dataclass(frozen=True)
class Check:
    """The headline refitted on a subset: its estimate, or why it could not be refitted."""

    name: str  # e.g. "without paper p0123456789"
    estimate: float  # NaN when the refit was refused
    detail: str  # what was dropped, or why the refit failed

    def keeps_sign(self, reference: float) -> bool:
        return not math.isnan(self.estimate) and math.copysign(1, self.estimate) == \
            math.copysign(1, reference)


Refit = Callable[[pd.DataFrame], DesignFit]


def design_refit(design: str, options: dict) -> Refit:
    """Refit the same scaling design on other rows (model-based, no sandwich: only the sign and
    the size of the estimate are read)."""
    return lambda rows: fit_design(rows, design, robust=False, **options)


def _refit(rows: pd.DataFrame, fit: DesignFit, name: str, detail: str, *,
           refit_with: Refit) -> Check:
    """The headline term of `fit` refitted on other rows."""
    refit = refit_with(rows)
    if refit.result is None:
        return Check(name, math.nan, f"{detail}; cannot refit: {refit.refusal}")
    table = refit.result.coefs.frame().set_index("term")
    if fit.headline_term not in table.index:
        return Check(name, math.nan, f"{detail}; the refit lost {fit.headline_term}")
    return Check(name, float(table.at[fit.headline_term, "estimate"]), detail)


def robustness_checks(rows: pd.DataFrame, fit: DesignFit, *, refit_with: Refit,
                      extra: tuple[tuple[str, str], ...] = ()) -> list[Check]:
    """Each paper left out; without uncertain claims; without sizes read off names; and
    without the rows flagged by each (name, boolean column) of `extra`."""
    checks = []
    for paper in sorted(fit.data[PAPER].unique()):
        keep = rows[PAPER] != paper
        checks.append(_refit(rows[keep], fit, f"without paper {paper}",
                             f"{int((~keep).sum())} claims dropped", refit_with=refit_with))
    drops = [("without uncertain claims", rows["uncertain"].astype(bool)),
             ("without sizes read off names", rows["params_origin"] == NAME_ORIGIN)]
    drops += [(name, rows[column].fillna(False).astype(bool)) for name, column in extra]
    for name, drop in drops:
        if drop.any():
            checks.append(_refit(rows[~drop], fit, name, f"{int(drop.sum())} claims dropped",
                                 refit_with=refit_with))
    return checks


def verdict(fit: DesignFit, checks: list[Check]) -> tuple[str, str]:
    """The verdict and its reason in words.

    supported: the 95% interval excludes zero and the sign holds in every check; fragile: the
    interval excludes zero but a check flips the sign or cannot be refitted; inconclusive:
    the interval includes zero, or its test has fewer than MIN_ROBUST_DF degrees of freedom;
    refused: the design cannot answer on these claims.
    """
    if fit.result is None:
        return "refused", str(fit.refusal)
    row = fit.headline
    estimate, low, high = (float(row[k]) for k in ("estimate", "ci_low", "ci_high"))
    if math.isnan(low) or math.isnan(high):
        return "inconclusive", ("the cluster-robust interval is not defined: the papers cannot "
                                "estimate its variance")
    if float(row["df"]) < MIN_ROBUST_DF:
        return "inconclusive", (
            f"the cluster-robust test has {float(row['df']):.1f} degrees of freedom (fewer than "
            f"{MIN_ROBUST_DF:g}: too few papers inform this term for its interval "
            f"[{low:+.1f}, {high:+.1f}] to be trusted)")
    if not (low > 0 or high < 0):
        return "inconclusive", f"the 95% interval [{low:+.1f}, {high:+.1f}] includes zero"
    failed = [c for c in checks if not c.keeps_sign(estimate)]
    if failed:
        shown = "; ".join(f"{c.name}: " + (f"{c.estimate:+.1f}" if not math.isnan(c.estimate)
                                            else c.detail) for c in failed[:3])
        more = f" and {len(failed) - 3} more" if len(failed) > 3 else ""
        return "fragile", f"the interval excludes zero but the sign does not hold: {shown}{more}"
    return "supported", (f"the interval excludes zero and the sign holds in all {len(checks)} "
                         "checks (each paper left out, without uncertain claims, without sizes "
                         "read off names)")


def checks_table(checks: list[Check]) -> pd.DataFrame:
    return pd.DataFrame([{"check": c.name, "estimate": c.estimate, "detail": c.detail}
                         for c in checks], columns=["check", "estimate", "detail"])


def judged(rows: pd.DataFrame, fit: DesignFit, *, refit_with: Refit,
           extra: tuple[tuple[str, str], ...] = ()) -> tuple[str, str, list[Check]]:
    """The fit's verdict, reason and the checks it rests on (no checks for a refusal)."""
    if fit.result is None:
        return "refused", str(fit.refusal), []
    row = fit.headline
    few_df = float(row["df"]) < MIN_ROBUST_DF
    if few_df or not (row["ci_low"] > 0 or row["ci_high"] < 0):  # inconclusive anyway
        found, why = verdict(fit, [])
        return found, why, []
    checks = robustness_checks(rows, fit, refit_with=refit_with, extra=extra)
    found, why = verdict(fit, checks)
    return found, why, checks
