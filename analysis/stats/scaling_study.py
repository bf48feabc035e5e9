"""One scaling question answered three ways, with verdicts, sensitivity, families and bootstrap."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from analysis.stats.designs import DESIGNS, PAPER, DesignFit, fit_design
from analysis.stats.families import FamilyCurve, family_curves
from analysis.stats.meta.bootstrap import BootstrapResult, cluster_bootstrap
from analysis.stats.meta.model import fit_meta
from analysis.stats.observations import (
    POINT_QUALIFIERS,
    FilterLog,
    select_scores,
    with_basis,
)
from analysis.stats.verdicts import MIN_ROBUST_DF, Check, design_refit, judged
from analysis.vocab import DEFAULT_METRICS, POOLED, ROLES

log = logging.getLogger(__name__)

BOOTSTRAP_REPLICATES = 200  # papers resampled with replacement (within benchmark strata)
BOOTSTRAP_SEED = 20251122  # fixed so a report's bootstrap interval is reproducible
# Fewer papers than this and resampling papers cannot describe the sampling distribution
# (with 3 papers there are only 10 distinct resamples).
MIN_BOOTSTRAP_PAPERS = 5
SIZED_ORIGINS = ("registry", "curated base", "base in abstract")  # every origin but the name
# Columns a design's formula can name (designs.design_rows), kept for the bootstrap refits.
MODEL_COLUMNS = ("x_c", "z_c", "c_c", "year_c", "benchmark", "recipe", "role", "group")
# (variant, what it changes): the headline refitted under each.
SENSITIVITY = (
    ("as fitted", {}),
    ("without baselines", {"roles": ("proposed", "reference")}),
    ("without bounds and approximate values", {"qualifiers": ("",)}),
    ("without sizes read off names", {"origins": SIZED_ORIGINS}),
    ("active instead of total parameters", {"basis": "active"}),
    ("fixed-effect model (comparison only)", {"method": "FE"}),
)


@dataclass
class Judged:
    """A design's fit with its verdict, the reason in words and the checks behind it."""

    fit: DesignFit
    verdict: str
    reason: str
    checks: list[Check] = field(default_factory=list)


@dataclass
class ScalingStudy:
    """Everything a scaling report shows about one benchmark (or a pool of them)."""

    benchmark: str
    pool: tuple[str, ...]
    rows: pd.DataFrame  # the claims of this benchmark set that the selection kept
    filters: FilterLog  # every selection step, from all claims to `rows`
    designs: dict[str, Judged]
    headline_design: str  # within when it can answer, else between
    sensitivity: pd.DataFrame
    families: list[FamilyCurve]
    bootstrap: BootstrapResult | None
    options: dict

    @property
    def headline(self) -> Judged:
        return self.designs[self.headline_design]


def benchmark_rows(rows: pd.DataFrame, filters: FilterLog, *, benchmark: str,
                   pool: tuple[str, ...] = ()) -> tuple[pd.DataFrame, FilterLog]:
    """The selected claims of one benchmark, of a named pool, or all of them ("pooled")."""
    steps = filters.copy()
    if pool:
        return steps.keep(rows, rows["benchmark"].isin(pool),
                          f"benchmark {benchmark} ({', '.join(pool)})"), steps
    if benchmark == POOLED:
        return steps.keep(rows, rows["benchmark"].notna(), "every benchmark, pooled"), steps
    return steps.keep(rows, rows["benchmark"] == benchmark, f"benchmark {benchmark}"), steps


def select(table: pd.DataFrame, *, benchmark: str, pool: tuple[str, ...] = (),
           basis: str = "total", metrics: tuple[str, ...] = DEFAULT_METRICS,
           roles: tuple[str, ...] = ROLES, qualifiers: tuple[str, ...] = POINT_QUALIFIERS,
           origins: tuple[str, ...] | None = None) -> tuple[pd.DataFrame, FilterLog]:
    """The observation table narrowed to one scaling question's claims, every step recorded."""
    rows, steps = select_scores(with_basis(table, basis), metrics=metrics, roles=roles,
                                qualifiers=qualifiers, origins=origins)
    return benchmark_rows(rows, steps, benchmark=benchmark, pool=pool)


def judge(rows: pd.DataFrame, filters: FilterLog, design: str, *, robust: bool = True,
          **options) -> Judged:
    """Fit a design (CR2 inference unless `robust` is off) and judge its headline."""
    fit = fit_design(rows, design, filters=filters, robust=robust, **options)
    verdict, reason, checks = judged(rows, fit, refit_with=design_refit(design, options))
    return Judged(fit, verdict, reason, checks)


def _variant(table: pd.DataFrame, question: dict, design: str, change: dict,
             options: dict) -> dict:
    select_args = {**question, **{k: v for k, v in change.items() if k != "method"}}
    rows, steps = select(table, **select_args)
    method = change.get("method", "REML")
    result = judge(rows, steps, design, robust=method != "FE", **{**options, "method": method})
    head = result.fit.headline
    numbers = {k: float(head[k]) for k in ("estimate", "std_err", "df", "ci_low", "ci_high")} \
        if head is not None else {}
    return {**numbers, "n_claims": len(result.fit.data),
            "n_papers": int(result.fit.data[PAPER].nunique()) if len(result.fit.data) else 0,
            "verdict": result.verdict, "reason": result.reason}


def sensitivity_panel(table: pd.DataFrame, question: dict, design: str, *,
                      options: dict) -> pd.DataFrame:
    """The headline refitted under each SENSITIVITY variant, each with its own verdict."""
    rows = [{"variant": name, **_variant(table, question, design, change, options)}
            for name, change in SENSITIVITY]
    columns = ["variant", "estimate", "std_err", "df", "ci_low", "ci_high", "n_claims",
               "n_papers", "verdict", "reason"]
    return pd.DataFrame(rows).reindex(columns=columns)


def headline_bootstrap(fit: DesignFit, *, rng: np.random.Generator,
                       n_boot: int = BOOTSTRAP_REPLICATES) -> BootstrapResult | None:
    """Papers resampled (within benchmarks when several) and the headline design refitted.

    None when there is no fit or fewer than MIN_BOOTSTRAP_PAPERS papers (the report says so).
    Benchmarks are strata only when each has two or more papers to draw from; otherwise every
    resample would repeat the data and the interval would be a point.
    """
    if fit.result is None or fit.data[PAPER].nunique() < MIN_BOOTSTRAP_PAPERS:
        return None
    spec = fit.result.spec
    per_benchmark = fit.data.groupby("benchmark")[PAPER].nunique()
    strata = "benchmark" if len(per_benchmark) > 1 and per_benchmark.min() >= 2 else None

    def refit(frame: pd.DataFrame):
        return fit_meta(frame, yi=spec.yi, vi=spec.vi, mods=spec.mods, random=spec.random,
                        method=spec.method, test=spec.test)

    # only the model's own columns: each of the resamples copies what it is given
    needed = [c for c in (spec.yi, spec.vi, *spec.random, *MODEL_COLUMNS) if c in fit.data]
    return cluster_bootstrap(fit.data[list(dict.fromkeys(needed))], refit, cluster=PAPER,
                             rng=rng, n_boot=n_boot, strata=strata)


# Below this many Satterthwaite df the within design's interval is unreliable (and often wider
# than the 0-100 scale: t(1) multiplies the SE by 12.7): reported, but not as the headline.
MIN_HEADLINE_DF = MIN_ROBUST_DF


def headline_design(designs: dict[str, Judged]) -> str:
    """Within-paper contrasts when they give a usable interval, else the between design."""
    within = designs["within"].fit
    if within.result is not None and within.headline["df"] >= MIN_HEADLINE_DF:
        return "within"
    return "between"


def scaling_study(table: pd.DataFrame, *, benchmark: str, pool: tuple[str, ...] = (),
                  form: str = "linear", predictors: str = "params", basis: str = "total",
                  metrics: tuple[str, ...] = DEFAULT_METRICS, roles: tuple[str, ...] = ROLES,
                  n_boot: int = BOOTSTRAP_REPLICATES, seed: int = BOOTSTRAP_SEED,
                  ) -> ScalingStudy:
    """The three designs on one benchmark set, each judged; the headline's sensitivity panel,
    family curves and a bootstrap over papers. `table` is the build's observation table."""
    question = {"benchmark": benchmark, "pool": tuple(pool), "basis": basis,
                "metrics": tuple(metrics), "roles": tuple(roles)}
    rows, filters = select(table, **question)
    options = {"form": form, "predictors": predictors}
    designs = {d: judge(rows, filters, d, **options) for d in DESIGNS}
    if rows.empty:  # say it in the product's words, not as a rule about sizes
        why = f"{benchmark}: no usable claims after the selection"
        designs = {d: Judged(DesignFit(d, rows, filters, refusal=why), "refused", why)
                   for d in DESIGNS}
    head = headline_design(designs)
    panel = sensitivity_panel(table, question, head, options=options)
    boot = headline_bootstrap(designs[head].fit, rng=np.random.default_rng(seed),
                              n_boot=n_boot)
    return ScalingStudy(benchmark=benchmark, pool=tuple(pool), rows=rows, filters=filters,
                        designs=designs, headline_design=head, sensitivity=panel,
                        families=family_curves(rows), bootstrap=boot,
                        options={**question, **options})
