"""Figures of the gains report: the forest plot by recipe and contour-enhanced funnels."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.patches import Polygon

from analysis.stats.gain_models import GainsStudy, gains_study
from analysis.stats.meta.bias import funnel_contours
from analysis.viz.figure import FigureSpec, source_line
from analysis.viz.theme import SLIDE_SIZES_IN, add_source_line, colour_for
from analysis.viz.words import plural

ROW_HEIGHT_IN = 0.32  # inches per forest row: 60 gains stay readable
LABEL_CHARS = 48  # a row's label is cut beyond this many characters
Z95 = 1.959964  # normal quantile of a study's own 95% interval (its sampling error only)
CONTOUR_SHADES = {0.90: "0.92", 0.95: "0.85", 0.99: "0.75"}


def study_for(tables: dict, *, result: GainsStudy | None = None, **params) -> GainsStudy:
    """The report's study when it was handed over, else computed from the tables (export)."""
    if result is not None:
        return result
    options = {k: tuple(v) for k, v in params.items() if k in ("recipes", "domains",
                                                                  "benchmarks")}
    return gains_study(tables["gains"], **options)


def _label(row: pd.Series) -> str:
    """"model · benchmark · paper", cut to LABEL_CHARS so 60 rows leave room for the plot."""
    model = row["model"] if isinstance(row["model"], str) and row["model"] else "(unnamed)"
    rest = f" · {row['benchmark']} · {row['paper_id']}"
    room = LABEL_CHARS - len(rest)  # the model's name is cut first: benchmark and paper say
    if len(model) > room:  # which gain a row is
        model = model[:max(room - 1, 1)] + "…"
    text = model + rest
    return text if len(text) <= LABEL_CHARS else text[:LABEL_CHARS - 1] + "…"


def _counts(data: pd.DataFrame) -> str:
    return f"{plural(len(data), 'gain')}, {plural(data['paper_id'].nunique(), 'paper')}"


def forest_rows(study: GainsStudy) -> list[dict]:
    """Rows top to bottom: per recipe its gains (sorted) and then its pooled diamond."""
    rows = []
    for recipe, judged in study.recipes.items():
        data = judged.fit.data.sort_values("gain", ascending=False, kind="stable")
        weights = 1.0 / (data["vi"] + float(np.sum(judged.fit.result.sigma2))) \
            if judged.fit.result is not None else 1.0 / data["vi"]
        share = weights / weights.sum()
        for (_, row), w in zip(data.iterrows(), share, strict=True):
            half = Z95 * np.sqrt(row["vi"])
            rows.append({"kind": "gain", "label": _label(row), "recipe": recipe,
                         "estimate": row["gain"], "low": row["gain"] - half,
                         "high": row["gain"] + half, "weight": float(w)})
        head = judged.fit.headline
        if head is not None:
            pred = judged.fit.result.predict(np.ones((1, 1))).iloc[0]
            rows.append({"kind": "pooled", "label": f"{recipe} ({judged.verdict}): "
                         f"{_counts(data)}",
                         "recipe": recipe, "estimate": head["estimate"],
                         "low": head["ci_low"], "high": head["ci_high"],
                         "pi_low": pred["pi_low"], "pi_high": pred["pi_high"]})
        else:
            rows.append({"kind": "refused", "label": f"{recipe} (refused): {_counts(data)}",
                         "recipe": recipe, "reason": judged.reason})
    return rows


def _draw_row(ax, y: float, row: dict) -> None:
    colour = colour_for(row["recipe"])
    if row["kind"] == "gain":
        ax.plot([row["low"], row["high"]], [y, y], color="black", linewidth=1)
        ax.plot(row["estimate"], y, marker="s", color=colour,
                markersize=4 + 14 * np.sqrt(row["weight"]), markeredgecolor="black")
    elif row["kind"] == "pooled":
        ax.plot([row["pi_low"], row["pi_high"]], [y, y], color=colour, linewidth=2,
                linestyle=":")
        diamond = [(row["low"], y), (row["estimate"], y + 0.35), (row["high"], y),
                   (row["estimate"], y - 0.35)]
        ax.add_patch(Polygon(diamond, closed=True, color=colour, ec="black"))


def _estimates_column(ax, positions: np.ndarray, rows: list[dict]) -> None:
    """The estimates as tick labels of a right-hand axis: laid out with the figure like the
    row labels, never hung past the plot's edge whatever the labels' width."""
    right = ax.twinx()
    right.set_ylim(ax.get_ylim())
    right.set_yticks(positions, [
        "" if row["kind"] == "refused" else
        f"{row['estimate']:+.1f} [{row['low']:+.1f}, {row['high']:+.1f}]" for row in rows],
        fontsize=14)
    right.tick_params(axis="y", length=0)
    right.grid(False)
    for tick, row in zip(right.get_yticklabels(), rows, strict=True):
        tick.set_fontweight("bold" if row["kind"] != "gain" else "normal")


def gains_forest_figure(tables: dict, *, result: GainsStudy | None = None, **params) -> tuple:
    study = study_for(tables, result=result, **params)
    rows = forest_rows(study)
    if not rows:
        return None, "No gains on named benchmarks in this selection."
    size = (SLIDE_SIZES_IN["16:9"][0], max(7.5, ROW_HEIGHT_IN * len(rows) + 2))
    fig, ax = plt.subplots(figsize=size)
    positions = np.arange(len(rows))[::-1]
    for y, row in zip(positions, rows, strict=True):
        _draw_row(ax, y, row)
    ax.set_yticks(positions, [r["label"] for r in rows], fontsize=14)
    for tick, row in zip(ax.get_yticklabels(), rows, strict=True):
        tick.set_fontweight("bold" if row["kind"] != "gain" else "normal")
    ax.axvline(0, color="grey", linestyle="--", linewidth=1)
    ax.set_ylim(-1, len(rows))
    _estimates_column(ax, positions, rows)
    ax.set_xlabel("gain (points)")
    # a figure title, not the axes': long row labels narrow the axes, and a title centred on
    # them would run off the figure's right edge
    fig.suptitle("What recipes gain: each reported gain and the pooled gain per recipe")
    add_source_line(fig, source_line(tables, n_claims=len(study.rows),
                                     n_papers=study.rows["paper_id"].nunique()))
    return fig, ("One row per reported gain (model · benchmark · paper), grouped by recipe and "
                 "sorted by gain; square = the gain (area ∝ its weight in the recipe's pooled "
                 "gain), line = its 95% CI; diamond = pooled gain (multilevel random effects, "
                 "CR2 95% CI), dotted line = its 95% prediction interval for a new gain; at "
                 "the right each row's estimate [95% CI] in points. A recipe's bold row gives "
                 "its verdict and how many gains and papers it pools.")


def gains_funnel_figure(tables: dict, *, result: GainsStudy | None = None, **params) -> tuple:
    study = study_for(tables, result=result, **params)
    shown = [(r, j) for r, j in study.recipes.items() if len(j.fit.data) >= 3]
    if not shown:
        return None, "No recipe has three or more gains: no funnel to draw."
    fig, axes = plt.subplots(1, len(shown), squeeze=False, sharey=True)
    se_max = float(np.sqrt(study.rows["vi"].max())) * 1.1
    for ax, (recipe, judged) in zip(axes[0], shown, strict=True):
        contours = funnel_contours(center=0.0, se_max=se_max)
        for level, part in sorted(contours.groupby("level"), reverse=True):
            ax.fill_betweenx(part["se"], part["low"], part["high"],
                             color=CONTOUR_SHADES.get(level, "0.9"), zorder=0)
        data = judged.fit.data
        ax.scatter(data["gain"], np.sqrt(data["vi"]), color=colour_for(recipe),
                   edgecolor="black", s=60, zorder=2)
        if judged.fit.headline is not None:
            ax.axvline(judged.fit.headline["estimate"], color="black", linewidth=1.5)
        ax.set_title(f"{recipe} ({len(data)})", fontsize=16)
        ax.set_xlabel("gain (points)")
    axes[0][0].set_ylim(se_max, 0)
    axes[0][0].set_ylabel("standard error (points)")
    add_source_line(fig, source_line(tables, n_claims=len(study.rows),
                                     n_papers=study.rows["paper_id"].nunique()))
    return fig, ("Contour-enhanced funnel per recipe (Peters et al. 2008): a gain's two-sided "
                 "p against zero is > 0.10 in the lightest region, 0.05-0.10 in the middle one, "
                 "0.01-0.05 in the darkest and < 0.01 outside; gains crowding just outside the "
                 "shading suggest selective reporting. Black line = the pooled gain.")


SPECS = (
    FigureSpec("gains-forest", gains_forest_figure, "gains"),
    FigureSpec("gains-funnel", gains_funnel_figure, "gains"),
)
