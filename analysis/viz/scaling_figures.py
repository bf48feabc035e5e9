"""Figures of a scaling report: claims and fitted lines, the designs side by side, residuals."""

from __future__ import annotations

import textwrap

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from analysis.stats.designs import (
    HEADLINE_MEANING,
    SIZE_CENTRE_PARAMS,
    DesignFit,
    typical_claim,
)
from analysis.stats.scaling_study import ScalingStudy, scaling_study
from analysis.viz import plots
from analysis.viz.figure import FigureSpec, source_line
from analysis.viz.theme import add_source_line, colour_for
from analysis.viz.words import verdict_line

SCORE_LIMITS = (0.0, 100.0)  # points: lines and bands are drawn inside the scale
ROLE_MARKERS = {"proposed": "^", "baseline": "o", "reference": "s"}
GRID = 40  # points per fitted line
LEGEND_OUTSIDE = {"loc": "upper left", "bbox_to_anchor": (1.01, 1.0), "fontsize": 14}
FOREST_LABEL_CHARS = 60  # characters of an x label across the whole figure's width


def study_for(tables: dict, *, result: ScalingStudy | None = None, **params) -> ScalingStudy:
    """The report's study when it was handed over, else computed from the tables (export)."""
    if result is not None:
        return result
    keys = ("benchmark", "pool", "form", "predictors", "basis", "metrics", "roles")
    options = {k: tuple(v) if isinstance(v, list) else v for k, v in params.items()
               if k in keys}
    return scaling_study(tables["observations"], **options)


def _source(tables: dict, data: pd.DataFrame) -> str:
    papers = data["paper_id"].nunique() if len(data) else 0
    return source_line(tables, n_claims=len(data), n_papers=papers)


def benchmark_lines(fit: DesignFit) -> pd.DataFrame:
    """The fitted score over each benchmark's own size range (reference recipe and role, the
    median release year), with the 95% band of the mean; clipped to 0-100."""
    data, parts = fit.data, []
    for benchmark, group in data.groupby("benchmark"):
        if group["x_c"].nunique() < 2:
            continue
        grid = pd.DataFrame({"x_c": np.linspace(group["x_c"].min(), group["x_c"].max(), GRID)})
        for column in ("recipe", "role", "group"):
            grid[column] = group[column].mode().iloc[0] if column != "recipe" else "none"
        grid["year_c"], grid["benchmark"] = data["year_c"].median(), benchmark
        if "none" not in set(data["recipe"]):
            grid["recipe"] = data["recipe"].mode().iloc[0]
        pred = fit.result.predict(grid)
        parts.append(grid.assign(params=SIZE_CENTRE_PARAMS * 10 ** grid["x_c"],
                                 mean=pred["pred"].clip(*SCORE_LIMITS),
                                 low=pred["ci_low"].clip(*SCORE_LIMITS),
                                 high=pred["ci_high"].clip(*SCORE_LIMITS)))
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()


MAX_BENCHMARK_COLOURS = 6  # more benchmarks than this: one adjusted line, not one per benchmark


def _draw_claims(ax, data: pd.DataFrame, *, hue: str, palette: dict, labelled: bool) -> None:
    data = data.assign(label=data["model"] if labelled else "")  # no line: name the claims
    plots.scaling_scatter(data, x="params", y="y", hue=hue, style="role", palette=palette,
                          label="label", ax=ax, xlabel="parameters (log scale)",
                          ylabel="score (%)")


def adjusted_scores(fit: DesignFit) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Each claim's score moved to a reference benchmark, recipe, role and year (its own size
    kept): y − fitted(claim) + fitted(claim at the reference); and that reference's line."""
    data = fit.data
    reference = typical_claim(data).assign(recipe="none" if "none" in set(data["recipe"])
                                           else data["recipe"].mode().iloc[0])
    moved = data.assign(**{c: reference[c].iloc[0] for c in ("benchmark", "recipe", "role",
                                                             "year_c", "group") if c in data})
    shift = fit.result.predict(moved, kind="model")["pred"].to_numpy() - \
        fit.result.predict(data, kind="model")["pred"].to_numpy()
    grid = reference.loc[reference.index.repeat(GRID)].assign(
        x_c=np.linspace(data["x_c"].min(), data["x_c"].max(), GRID))
    pred = fit.result.predict(grid)
    line = grid.assign(params=SIZE_CENTRE_PARAMS * 10 ** grid["x_c"],
                       mean=pred["pred"].clip(*SCORE_LIMITS).to_numpy(),
                       low=pred["ci_low"].clip(*SCORE_LIMITS).to_numpy(),
                       high=pred["ci_high"].clip(*SCORE_LIMITS).to_numpy())
    return data.assign(y=(data["yi"] + shift).clip(*SCORE_LIMITS)), line


def _by_benchmark(ax, study: ScalingStudy, fit: DesignFit) -> str:
    palette = {b: colour_for(b) for b in sorted(study.rows["benchmark"].unique())}
    _draw_claims(ax, study.rows.assign(y=study.rows["score"]), hue="benchmark",
                 palette=palette, labelled=fit.result is None)
    if fit.result is None:
        return "Points: claims (colour = benchmark, shape = role), named; no fitted line."
    lines = benchmark_lines(fit)
    banded = lines["benchmark"].nunique() == 1
    plots.curves(lines, x="params", y="mean", group="benchmark", palette=palette,
                 low="low" if banded else None, high="high" if banded else None, ax=ax,
                 linestyle="--")
    return ("Points: claims (colour = benchmark, shape = role). Dashed lines: the "
            "between-paper fit for each benchmark at a baseline's recipe and the median "
            "release year" + (", band = 95% interval of the mean." if banded else "."))


def _adjusted(ax, study: ScalingStudy, fit: DesignFit) -> str:
    data, line = adjusted_scores(fit)
    palette = {r: colour_for(r) for r in sorted(data["recipe"].unique())}
    _draw_claims(ax, data, hue="recipe", palette=palette, labelled=False)
    reference = line.iloc[0]
    plots.curves(line, x="params", y="mean", low="low", high="high", ax=ax, linestyle="--",
                 label="between-paper fit")
    return (f"Points: {len(data)} claims on {data['benchmark'].nunique()} benchmarks, each "
            f"score moved to {reference['benchmark']}, a baseline and the median release year "
            "by the fitted benchmark, recipe, role and year effects (its size kept); colour = "
            "recipe, shape = role. Dashed line: the fit there, band = 95% interval of the "
            "mean.")


def scaling_curve_figure(tables: dict, *, result: ScalingStudy | None = None,
                         **params) -> tuple:
    study = study_for(tables, result=result, **params)
    if study.rows.empty:
        return None, f"No usable claims on {study.benchmark}: nothing to draw."
    fig, ax = plt.subplots()
    fit = study.designs["between"].fit
    many = study.rows["benchmark"].nunique() > MAX_BENCHMARK_COLOURS
    drawn = _adjusted(ax, study, fit) if fit.result is not None and many else \
        _by_benchmark(ax, study, fit)
    for curve in (c for c in study.families if c.result is not None):
        plots.curves(curve.curve, x="params", y="mean", ax=ax, color="black",
                     label=f"{curve.family} ({curve.benchmark}, own curve)")
        drawn += f" Solid line: the {curve.family} family's own curve ({curve.form})."
    ax.set_ylim(-2, 102)
    ax.set_title(f"{study.benchmark}: score against model size")
    ax.legend(**LEGEND_OUTSIDE)
    add_source_line(fig, _source(tables, study.rows))
    return fig, (f"Headline ({study.headline_design} design) — "
                 f"{verdict_line(study.headline)}. {len(study.rows)} claims. {drawn}")


def _forest_rows(study: ScalingStudy, terms: tuple[str, ...]) -> pd.DataFrame:
    rows = []
    for name, judged in study.designs.items():
        head = judged.fit.headline
        if head is None or judged.fit.headline_term not in terms:
            continue
        n, papers = len(judged.fit.data), judged.fit.data["paper_id"].nunique()
        rows.append({"label": f"{name}: {judged.verdict}\n{n} claims, {papers} papers",
                     "estimate": head["estimate"], "low": head["ci_low"],
                     "high": head["ci_high"]})
    return pd.DataFrame(rows)


def design_forest_figure(tables: dict, *, result: ScalingStudy | None = None,
                         **params) -> tuple:
    study = study_for(tables, result=result, **params)
    size = _forest_rows(study, ("x_c", "c_c"))
    era = _forest_rows(study, ("year_c",))
    if size.empty and era.empty:
        return None, f"No design could be fitted on {study.benchmark}: nothing to compare."
    panels = [(frame, unit) for frame, unit in ((size, "x_c"), (era, "year_c")) if len(frame)]
    fig, axes = plt.subplots(1, len(panels), squeeze=False)
    width = FOREST_LABEL_CHARS // len(panels)  # side by side, each unit on its own lines
    for ax, (frame, unit) in zip(axes[0], panels, strict=True):
        plots.forest(frame, y="label", x="estimate", low="low", high="high", ax=ax,
                     xlabel=textwrap.fill(f"{HEADLINE_MEANING[unit]} (95% CI, CR2)", width))
        ax.set_ylim(-0.6, len(frame) - 0.4)
    fig.suptitle(f"{study.benchmark}: the designs side by side")
    add_source_line(fig, _source(tables, study.rows))
    return fig, ("Each design's headline with its cluster-robust (CR2, Satterthwaite) 95% "
                 "interval and verdict; size slopes and the era slope are in different units.")


def scaling_residuals_figure(tables: dict, *, result: ScalingStudy | None = None,
                             **params) -> tuple:
    study = study_for(tables, result=result, **params)
    fit = study.headline.fit
    if fit.result is None:
        return None, f"No residuals: {study.headline_design} design refused ({fit.refusal})."
    data = fit.data.assign(fitted=fit.result.design.X @ fit.result.beta)
    data["residual"] = data["yi"] - data["fitted"]
    palette = {b: colour_for(b) for b in sorted(data["benchmark"].unique())}
    fig, ax = plt.subplots()
    plots.residual_plot(data, x="params", y="residual", hue="benchmark", palette=palette,
                        ax=ax, xlabel="parameters (log scale)",
                        ylabel="observed − fitted (points)")
    ax.legend(**LEGEND_OUTSIDE)
    ax.set_title(f"{study.benchmark}: residuals of the {study.headline_design} design")
    add_source_line(fig, _source(tables, fit.data))
    return fig, ("Observed minus fitted score per claim (fixed part of the model; the random "
                 "paper and claim effects are part of the residual).")


SPECS = (
    FigureSpec("scaling-curve", scaling_curve_figure, "scaling"),
    FigureSpec("design-forest", design_forest_figure, "scaling"),
    FigureSpec("scaling-residuals", scaling_residuals_figure, "scaling"),
)
