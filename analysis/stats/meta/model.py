"""Fitting meta-analytic models: fixed effect, random effects and nested multilevel models."""

from __future__ import annotations

import logging

import numpy as np
import pandas as pd

from analysis.stats.meta.design import METHODS, TESTS, Design, build_design, parse_random
from analysis.stats.meta.errors import MetaSpecError
from analysis.stats.meta.heterogeneity import heterogeneity
from analysis.stats.meta.results import CoefTable, MetaResult, MetaSpec, coef_table
from analysis.stats.meta.robust import cluster_robust
from analysis.stats.meta.variance import (
    Profile,
    VarianceFit,
    estimate_components,
    make_blocks,
    profile,
    score_information,
)

log = logging.getLogger(__name__)


def check_options(*, method: str, test: str, random: tuple[str, ...], level: float) -> None:
    """Reject option combinations the engine does not define, naming the allowed values."""
    if method not in METHODS:
        raise MetaSpecError(f"method must be one of {list(METHODS)}, got {method!r}")
    if test not in TESTS:
        raise MetaSpecError(f"test must be one of {list(TESTS)}, got {test!r}")
    if test == "knha" and random:
        raise MetaSpecError("test='knha' (Knapp-Hartung) is defined for single-level models "
                            "only; use test='t' or robust=<cluster> with random effects")
    if method == "FE" and random:
        raise MetaSpecError("method='FE' has no random effects: drop random or use REML/ML")
    if not 0.0 < level < 1.0:
        raise MetaSpecError(f"level must lie in (0, 1), got {level}")


def model_levels(design: Design, method: str) -> tuple[np.ndarray, ...]:
    """Group codes of each variance component: one per row for single-level τ², none for FE."""
    if method == "FE":
        return ()
    return design.levels if design.random else (np.arange(design.k),)


def _model_coefs(design: Design, prof: Profile, *, test: str, level: float) -> CoefTable:
    """Model-based inference: z, t(k − p), or Knapp–Hartung (vb scaled by RSS/(k − p))."""
    k, p = design.k, design.p
    vb = prof.vb
    if test == "knha":
        rss = prof.rss
        # metafor: s² = RSS/(k − p) with W = 1/(v + τ²), untruncated (test="knha")
        s2w = rss / (k - p) if rss > np.finfo(float).eps else 0.0
        vb = s2w * vb
    df = np.full(p, np.inf if test == "z" else float(k - p))
    return coef_table(test, design.names, prof.beta, vb, df, level)


def _component_names(design: Design, method: str) -> tuple[str, ...]:
    if method == "FE":
        return ()
    return tuple(f"sigma2.{c}" for c in design.random) if design.random else ("tau2",)


def _component_se(blocks, prof: Profile, *, reml: bool, n: int) -> np.ndarray:
    """SEs from the inverse expected information (metafor's se.tau2 for single level)."""
    if n == 0:
        return np.zeros(0)
    _, info = score_information(blocks, prof, reml=reml)
    try:
        return np.sqrt(np.clip(np.diag(np.linalg.inv(info)), 0.0, None))
    except np.linalg.LinAlgError:
        return np.full(n, np.nan)


def fit_meta(data: pd.DataFrame, *, yi: str, vi: str, mods: str | None = None,
             random: str | tuple[str, ...] | None = None, method: str = "REML",
             test: str = "z", robust: str | None = None, level: float = 0.95,
             max_iter: int | None = None) -> MetaResult:
    """Fit a meta-analytic (meta-regression) model; see docs/meta-engine.md.

    `mods` is a patsy right-hand side ("x + C(benchmark)"); `random` is None (single-level τ²
    for REML/ML), "A" or "A/B" (B nested in A); `robust` names a clustering column for CR2
    inference with Satterthwaite df. Rows with missing values are dropped and counted.
    """
    random = parse_random(random) if not isinstance(random, tuple) else random
    check_options(method=method, test=test, random=random, level=level)
    spec = MetaSpec(yi=yi, vi=vi, mods=mods, random=random, method=method, test=test,
                    robust=robust, level=level)
    design = build_design(data, yi=yi, vi=vi, mods=mods, random=random, cluster=robust,
                          method=method)
    levels = model_levels(design, method)
    blocks = make_blocks(design.y, design.X, design.v, levels)
    reml = method == "REML"
    if method == "FE":
        variance = VarianceFit(np.zeros(0), np.nan, True, "fixed effect: no variance components",
                               0)
    else:
        kwargs = {} if max_iter is None else {"max_iter": max_iter}
        variance = estimate_components(blocks, reml=reml, **kwargs)
    prof = profile(blocks, variance.sigma2, reml=reml)
    rv = None
    if robust is not None:
        rv = cluster_robust(design.y, design.X, design.v, levels, variance.sigma2, prof.beta,
                            design.cluster, kind="CR2")
    het = heterogeneity(design.y, design.X, design.v, variance.sigma2,
                        fixed_effect=method == "FE")
    return MetaResult(
        spec=spec, design=design, blocks=blocks, variance=variance,
        component_names=_component_names(design, method),
        component_se=_component_se(blocks, prof, reml=reml, n=len(variance.sigma2)),
        beta=prof.beta, model_coefs=_model_coefs(design, prof, test=test, level=level),
        robust_vcov=rv, heterogeneity=het, loglik=prof.ll,
        n_parameters=design.p + len(variance.sigma2))
