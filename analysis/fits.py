"""The build's fits table, and everything a scaling or methods report shows about one fit."""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from analysis import config
from analysis.errors import InsufficientDataError, ReasonscaleError
from analysis.observations import DEFAULT_METRICS, DEFAULT_ROLES, FilterLog, build_observations

log = logging.getLogger(__name__)

FIT_FORMS = ("linear", "logit")
FIT_PREDICTORS = ("params", "params+tokens", "compute")
MIN_CLAIMS_PER_BENCHMARK = 8  # below this a benchmark gets no fit (scaling.fit_scaling refuses)
BOOTSTRAP_REPLICATES = 300  # papers resampled with replacement; percentile intervals
BOOTSTRAP_SEED = 20251122  # fixed so a report's bootstrap interval is reproducible


def load_inputs() -> dict[str, pd.DataFrame]:
    """The derived claims and method tags with the curated registry and benchmark table."""
    from analysis.benchmarks import load_benchmarks
    from analysis.registry import load_registry
    from analysis.tables import load_claims, load_methods

    return {"claims": load_claims(), "methods": load_methods(),
            "registry": load_registry(config.MODELS_PATH),
            "benchmarks": load_benchmarks(config.BENCHMARKS_PATH)}


def observations_for(inputs: dict, *, basis: str = "total",
                     metrics: tuple[str, ...] = DEFAULT_METRICS,
                     roles: tuple[str, ...] = DEFAULT_ROLES) -> tuple[pd.DataFrame, FilterLog]:
    """Regression observations from the loaded inputs (see observations.build_observations)."""
    return build_observations(inputs["claims"], registry=inputs["registry"],
                              benchmarks=inputs["benchmarks"], methods=inputs["methods"],
                              basis=basis, metrics=tuple(metrics), roles=tuple(roles))


def fit_benchmarks(obs: pd.DataFrame, *, min_claims: int = MIN_CLAIMS_PER_BENCHMARK) -> list[str]:
    """Benchmarks with enough usable claims for a fit, most claims first."""
    counts = obs["benchmark"].value_counts()
    return [str(b) for b in counts[counts >= min_claims].index]


def fit_all() -> pd.DataFrame:
    """Every (benchmark, form, predictors, weighted) fit, plus the pooled fit: fits.csv."""
    from analysis.scaling import fit_table

    obs, _ = observations_for(load_inputs())
    benchmarks = fit_benchmarks(obs)
    if not benchmarks:
        raise ReasonscaleError("no benchmark has enough claims for a scaling fit")
    return fit_table(obs, benchmarks=benchmarks, forms=FIT_FORMS,
                     predictors_list=FIT_PREDICTORS, weighted=(True, False))


@dataclass
class ScalingAnalysis:
    """One benchmark's (or the pooled) fit and all its checks, as shown in a scaling report."""

    benchmark: str
    obs: pd.DataFrame
    filters: FilterLog
    fit: object  # scaling.ScalingFit (weighted)
    unweighted: object  # scaling.ScalingFit
    coefficients: pd.DataFrame
    bootstrap: pd.DataFrame
    collinearity: object | None
    robustness: pd.DataFrame
    cooks: pd.DataFrame
    outliers: pd.DataFrame
    residuals: pd.DataFrame
    notes: list[str] = field(default_factory=list)


@functools.lru_cache(maxsize=16)
def scaling_analysis(benchmark: str, *, form: str = "linear", predictors: str = "params",
                     basis: str = "total", roles: tuple[str, ...] = DEFAULT_ROLES,
                     metrics: tuple[str, ...] = DEFAULT_METRICS) -> ScalingAnalysis:
    """Fit one benchmark ("pooled" = every fitted benchmark with fixed effects) and check it."""
    from analysis import diagnostics, scaling

    obs, filters = observations_for(load_inputs(), basis=basis, metrics=metrics, roles=roles)
    pooled = benchmark == "pooled"
    subset = obs[obs["benchmark"].isin(fit_benchmarks(obs))] if pooled else (
        obs[obs["benchmark"] == benchmark])
    filters.keep(obs, obs.index.isin(subset.index), f"benchmark {benchmark}")
    if subset.empty:
        raise InsufficientDataError(f"{benchmark}: no usable claims after filtering")
    options = {"form": form, "predictors": predictors, "pooled": pooled}
    fit = scaling.fit_scaling(subset, weighted=True, **options)
    unweighted = scaling.fit_scaling(subset, weighted=False, **options)
    coefficients = pd.concat([scaling.tidy(fit), scaling.tidy(unweighted)], ignore_index=True)
    rng = np.random.default_rng(BOOTSTRAP_SEED)
    bootstrap = diagnostics.bootstrap_over_papers(subset, rng=rng, n_boot=BOOTSTRAP_REPLICATES,
                                                  weighted=True, **options)
    notes = list(fit.warnings)
    try:
        collinear = diagnostics.collinearity(subset)
        notes.append(collinear.verdict)
    except InsufficientDataError as exc:
        collinear = None
        notes.append(f"collinearity not assessed: {exc}")
    robustness = diagnostics.robustness_panel(subset, weighted=True, **options)
    return ScalingAnalysis(
        benchmark=benchmark, obs=subset, filters=filters, fit=fit, unweighted=unweighted,
        coefficients=coefficients, bootstrap=bootstrap, collinearity=collinear,
        robustness=robustness, cooks=diagnostics.cooks_distance(fit),
        outliers=diagnostics.outliers(fit), residuals=diagnostics.residuals(fit), notes=notes,
    )


def slope_table(fits: pd.DataFrame, *, form: str = "linear", predictors: str = "params",
                weighted: bool = True) -> pd.DataFrame:
    """Per benchmark: the parameter slope in points per decade (ame_x) with its interval."""
    wanted = fits[(fits["form"] == form) & (fits["predictors"] == predictors)
                  & (fits["weighted"] == weighted) & (fits["term"] == "ame_x")
                  & (fits["status"] == "ok")]
    return wanted.sort_values("estimate", ascending=False).reset_index(drop=True)


def method_effects(obs: pd.DataFrame) -> pd.DataFrame:
    """Intercept shifts (points) of method-tagged papers over the pooled size trend.

    A pooled linear fit over every fitted benchmark with benchmark fixed effects and the method
    tags as moderators; one row per method term that could be estimated, with a `label`.
    """
    from analysis.observations import METHOD_LABELS
    from analysis.scaling import fit_scaling, tidy

    subset = obs[obs["benchmark"].isin(fit_benchmarks(obs))]
    fit = fit_scaling(subset, form="linear", predictors="params", weighted=True, pooled=True,
                      methods=True)
    rows = tidy(fit)
    effects = rows[rows["term"].isin(list(METHOD_LABELS))].copy()
    papers = {tag: subset.loc[subset[tag], "paper_id"].nunique() for tag in METHOD_LABELS}
    effects["label"] = [f"{METHOD_LABELS[t]} ({papers[t]} papers)" for t in effects["term"]]
    effects["formula"] = fit.formula
    return effects.reset_index(drop=True)


def headline(analysis: ScalingAnalysis) -> pd.Series:
    """The readable slope (ame_x: points per decade of parameters) of the weighted fit."""
    rows = analysis.coefficients
    weighted = rows[rows["weighted"] & (rows["term"] == "ame_x")]
    if weighted.empty:  # compute as predictor: the slope is per decade of compute
        weighted = rows[rows["weighted"] & (rows["term"] == "ame_c")]
    return weighted.iloc[0]


def summary_line(analysis: ScalingAnalysis) -> str:
    """One line for the index: slope with interval and the sample it rests on."""
    row = headline(analysis)
    per = "compute" if row["term"] == "ame_c" else "parameters"
    return (f"{analysis.benchmark}: {row['estimate']:+.1f} points per decade of {per} "
            f"(95% CI {row['ci_low']:+.1f} to {row['ci_high']:+.1f}; {analysis.fit.form}) from "
            f"{analysis.fit.n_claims} claims, {analysis.fit.n_models} models, "
            f"{analysis.fit.n_papers} papers")


def fit_claims_table(analysis: ScalingAnalysis) -> pd.DataFrame:
    """The claims a fit rests on, with their provenance, for the report's searchable table."""
    columns = ["claim_id", "model", "model_id", "score", "params", "tokens", "n_items", "method",
               "role", "uncertain", "title", "quote"]
    data = analysis.fit.data
    return data[[c for c in columns if c in data.columns]].sort_values("params")


def methods_summary(slopes: pd.DataFrame, effects: pd.DataFrame) -> str:
    """One line for the index: how many benchmarks have a slope, and the largest method shift."""
    text = f"parameter slopes for {len(slopes)} fits"
    if len(effects):
        top = effects.sort_values("estimate", ascending=False).iloc[0]
        text += (f"; largest method shift: {top['label']} {top['estimate']:+.1f} points "
                 f"(95% CI {top['ci_low']:+.1f} to {top['ci_high']:+.1f})")
    return text
