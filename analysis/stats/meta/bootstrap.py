"""Cluster bootstrap that counts every failed resample and withholds unreliable intervals."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.stats.meta.results import MetaResult

log = logging.getLogger(__name__)

MAX_FAIL_FRACTION = 0.05  # more failed resamples than this and the interval is withheld
MAX_REASONS_SHOWN = 3  # the withheld sentence names the commonest reasons; `failures` has all
BOOT_CLUSTER = "_boot_cluster"  # column holding the relabelled cluster of each resampled row


@dataclass(frozen=True)
class BootstrapResult:
    """Percentile intervals of a cluster bootstrap, with every failure counted."""

    estimates: pd.DataFrame  # one row per successful resample, one column per term
    intervals: pd.DataFrame  # term, estimate (full data), ci_low, ci_high (NaN if withheld)
    n_resamples: int  # resamples actually drawn (fewer than requested after an early stop)
    failures: dict[str, int]  # reason -> count
    withheld_reason: str | None

    @property
    def n_failed(self) -> int:
        return int(sum(self.failures.values()))


def resample_clusters(data: pd.DataFrame, *, cluster: str, strata: str | None,
                      rng: np.random.Generator) -> pd.DataFrame:
    """Draw clusters with replacement (within each stratum when given).

    Each drawn cluster gets a new id (original id + draw number) so that a cluster drawn twice
    counts as two clusters; it is written over the cluster column and kept in BOOT_CLUSTER.
    With strata, the units are (stratum, cluster) pairs, so every stratum keeps its size in
    clusters and no stratum level (e.g. a benchmark's intercept) can vanish.
    """
    groups = [data] if strata is None else [g for _, g in data.groupby(strata, sort=True)]
    parts = []
    for s, frame in enumerate(groups):
        ids = frame[cluster].unique()
        for draw, pick in enumerate(rng.integers(0, len(ids), size=len(ids))):
            rows = frame[frame[cluster] == ids[pick]]
            parts.append(rows.assign(**{BOOT_CLUSTER: f"{ids[pick]}#{s}.{draw}"}))
    out = pd.concat(parts, ignore_index=True)
    out[cluster] = out[BOOT_CLUSTER]
    return out


def _one(fit: Callable[[pd.DataFrame], MetaResult], frame: pd.DataFrame,
         names: tuple[str, ...]) -> tuple[np.ndarray | None, str | None]:
    """Estimates of one resample, or the reason it failed."""
    try:
        res = fit(frame)
    except Exception as exc:  # noqa: BLE001  every failure is counted by its reason
        return None, f"{type(exc).__name__}: {str(exc).splitlines()[0][:120]}"
    if tuple(res.names) != names:
        lost = sorted(set(names) - set(res.names))
        return None, f"design lost term(s) {lost}"
    if not res.converged:
        return None, "variance components did not converge"
    if not np.all(np.isfinite(res.beta)):
        return None, "non-finite estimates"
    return np.asarray(res.beta, float), None


def cluster_bootstrap(data: pd.DataFrame, fit: Callable[[pd.DataFrame], MetaResult], *,
                      cluster: str, rng: np.random.Generator, n_boot: int = 1000,
                      strata: str | None = None, level: float = 0.95,
                      max_fail_fraction: float = MAX_FAIL_FRACTION) -> BootstrapResult:
    """Refit `fit` on `n_boot` cluster resamples; percentile intervals of its coefficients.

    A resample fails if the fit raises (e.g. a singular design), does not converge, or loses a
    design column (a factor level absent from the resample). Failures are counted by reason;
    if more than `max_fail_fraction` of the resamples fail, the intervals are NaN and
    `withheld_reason` says how many failed and why. Drawing stops as soon as the failures
    exceed that share of `n_boot` (the interval is withheld whatever the rest would do), so a
    hopeless design costs a few refits, not `n_boot`; `n_resamples` is the number drawn.
    """
    full = fit(data)
    names = tuple(full.names)
    draws, reasons = [], Counter()
    allowed = max_fail_fraction * n_boot
    drawn = 0
    while drawn < n_boot and sum(reasons.values()) <= allowed:
        drawn += 1
        est, why = _one(fit, resample_clusters(data, cluster=cluster, strata=strata, rng=rng),
                        names)
        if why is None:
            draws.append(est)
        else:
            reasons[why] += 1
    failed = sum(reasons.values())
    estimates = pd.DataFrame(draws, columns=list(names))
    withheld = None
    if failed > allowed or not draws:
        shown = reasons.most_common(MAX_REASONS_SHOWN)
        detail = "; ".join(f"{n} × {r}" for r, n in shown)
        if len(reasons) > len(shown):  # every reason stays in `failures`
            detail += f"; {failed - sum(n for _, n in shown)} × other reasons"
        first = "" if drawn == n_boot else "the first "
        withheld = (f"{failed} of {first}{drawn} resamples failed ({detail}): more than "
                    f"{max_fail_fraction:.0%} of the {n_boot} planned, so no bootstrap "
                    "interval is given")
        log.warning(withheld)
    alpha = 1.0 - level
    lo = estimates.quantile(alpha / 2.0) if withheld is None else np.nan
    hi = estimates.quantile(1.0 - alpha / 2.0) if withheld is None else np.nan
    intervals = pd.DataFrame({"term": list(names), "estimate": full.beta,
                              "ci_low": np.asarray(lo, float) * np.ones(len(names)),
                              "ci_high": np.asarray(hi, float) * np.ones(len(names))})
    return BootstrapResult(estimates, intervals, drawn, dict(reasons), withheld)
