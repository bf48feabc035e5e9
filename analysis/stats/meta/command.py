"""The function behind `python -m analysis meta`: a CSV's rows in, the tidy table out."""

from __future__ import annotations

import logging

import pandas as pd

from analysis.stats.meta.design import METHODS, TESTS, check_columns
from analysis.stats.meta.design import parse_random as _parse_random
from analysis.stats.meta.errors import ConvergenceError, MetaSpecError
from analysis.stats.meta.model import check_options, fit_meta

log = logging.getLogger(__name__)

__all__ = ["parse_random", "run_meta"]


def parse_random(spec: str | None) -> tuple[str, ...]:
    """'A' -> ('A',), 'A/B' -> ('A', 'B'), None/'' -> (); anything else is a MetaSpecError."""
    return _parse_random(spec)


def _normalise(method: str, test: str, robust: str | None) -> tuple[str, str, str | None]:
    m = str(method).strip().upper()
    t = str(test).strip().lower()
    if m not in METHODS:
        raise MetaSpecError(f"--method must be one of {', '.join(METHODS)}, got {method!r}")
    if t not in TESTS:
        raise MetaSpecError(f"--test must be one of {', '.join(TESTS)}, got {test!r}")
    r = str(robust).strip() if robust is not None and str(robust).strip() else None
    return m, t, r


def run_meta(data: pd.DataFrame, *, yi: str, vi: str, mods: str | None = None,
             random: str | None = None, method: str = "REML", test: str = "z",
             robust: str | None = None, level: float = 0.95,
             allow_nonconvergence: bool = False, max_iter: int | None = None) -> pd.DataFrame:
    """Fit one model and return its tidy table (see MetaResult.tidy for the rows).

    Accepts any reasonable CSV read by pandas: string or integer cluster ids, NA rows (dropped
    and counted in the table's attrs["dropped"]), factor moderators as string columns (patsy
    treats them as categorical; C(col) works too) and column names with dots. Raises
    MetaSpecError for unknown columns or bad options, and ConvergenceError if the variance
    components did not converge (unless allow_nonconvergence, which only logs a warning).
    `max_iter` caps the Fisher-scoring iterations (default variance.MAX_ITER).
    """
    method, test, robust = _normalise(method, test, robust)
    levels = parse_random(random)
    check_options(method=method, test=test, random=levels, level=level)
    check_columns(data, [yi, vi, *levels] + ([robust] if robust else []))
    result = fit_meta(data, yi=yi, vi=vi, mods=mods, random=levels, method=method, test=test,
                      robust=robust, level=level, max_iter=max_iter)
    if not result.converged:
        msg = f"variance components did not converge: {result.message}"
        if not allow_nonconvergence:
            raise ConvergenceError(msg)
        log.warning(msg)
    for reason, n in result.dropped.items():
        log.info("meta: dropped %d row(s) (%s)", n, reason)
    return result.tidy()
