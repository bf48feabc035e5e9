"""Plot functions in seaborn's style: tidy data plus column names and `ax`, return the Axes."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns
from matplotlib.axes import Axes


def _axes(ax: Axes | None) -> Axes:
    return ax if ax is not None else plt.figure().add_subplot()


def bar_counts(data: pd.DataFrame, *, x: str, y: str, ax: Axes | None = None,
               top: int | None = None, color=None, xlabel: str | None = None,
               ylabel: str | None = None) -> Axes:
    """Horizontal bars of a count column `x` for each label in `y` (largest on top)."""
    ax = _axes(ax)
    shown = data.nlargest(top, x) if top else data
    sns.barplot(data=shown, x=x, y=y, ax=ax, color=color, orient="h")
    ax.set_xlabel(xlabel or x)
    ax.set_ylabel(ylabel or "")
    for container in ax.containers:
        ax.bar_label(container, padding=3)
    return ax


def timeline(data: pd.DataFrame, *, x: str, y: str, ax: Axes | None = None,
             xlabel: str | None = None, ylabel: str | None = None, color=None) -> Axes:
    """Counts over time as bars on a date axis (one bar per period in `x`)."""
    ax = _axes(ax)
    ax.bar(data[x], data[y], width=20, color=color)
    ax.set_xlabel(xlabel or x)
    ax.set_ylabel(ylabel or y)
    ax.xaxis.set_major_formatter(plt.matplotlib.dates.DateFormatter("%b\n%Y"))
    return ax


def distribution(data: pd.DataFrame, *, x: str, hue: str | None = None, ax: Axes | None = None,
                 xlabel: str | None = None, bins: int = 30) -> Axes:
    """Histogram of `x`, optionally split by `hue` (stacked)."""
    ax = _axes(ax)
    sns.histplot(data=data, x=x, hue=hue, ax=ax, bins=bins, multiple="stack")
    ax.set_xlabel(xlabel or x)
    return ax


def scaling_scatter(data: pd.DataFrame, *, x: str, y: str, hue: str | None = None,
                    curve: pd.DataFrame | None = None, label: str | None = None,
                    palette: dict | None = None, ax: Axes | None = None,
                    xlabel: str | None = None, ylabel: str | None = None) -> Axes:
    """Points on a log10 x axis, optionally the fitted curve (`x`, `mean`) with its band.

    `curve` has columns `x`, `mean`, `mean_ci_lower`, `mean_ci_upper` (statsmodels'
    summary_frame names); `label` names a column of text to write beside labelled points
    (empty strings are not labelled).
    """
    ax = _axes(ax)
    if curve is not None and len(curve):
        grouped = "group" in curve  # pooled fit: parallel lines, one per benchmark, no bands
        parts = list(curve.groupby("group", sort=False)) if grouped else [("", curve)]
        for index, (group, part) in enumerate(parts):
            if not grouped:
                ax.fill_between(part[x], part["mean_ci_lower"], part["mean_ci_upper"],
                                alpha=0.2, color="grey", label="95% interval of the mean")
            line_label = "fitted trend per benchmark" if grouped else "fitted trend"
            ax.plot(part[x], part["mean"], color="black", linewidth=1.5 if grouped else 2,
                    linestyle="--" if grouped else "-",
                    label=line_label if index == 0 else None)
            if grouped:
                ax.annotate(str(group), (part[x].iloc[-1], part["mean"].iloc[-1]),
                            xytext=(4, 0), textcoords="offset points", fontsize=14,
                            parse_math=False)
    sns.scatterplot(data=data, x=x, y=y, hue=hue, palette=palette, ax=ax, s=90,
                    edgecolor="white", alpha=0.9)
    if label:
        for _, row in data[data[label].astype(str) != ""].iterrows():
            ax.annotate(str(row[label]), (row[x], row[y]), xytext=(5, 4), parse_math=False,
                        textcoords="offset points", fontsize=14)  # "MedS$^3$" is a name
    ax.set_xscale("log")
    ax.set_xlabel(xlabel or x)
    ax.set_ylabel(ylabel or y)
    return ax


def residual_plot(data: pd.DataFrame, *, x: str, y: str, hue: str | None = None,
                  palette: dict | None = None, ax: Axes | None = None,
                  xlabel: str | None = None, ylabel: str | None = None) -> Axes:
    """Residuals against a predictor (log x) with a zero line."""
    ax = _axes(ax)
    ax.axhline(0, color="black", linewidth=1)
    sns.scatterplot(data=data, x=x, y=y, hue=hue, palette=palette, ax=ax, s=80)
    ax.set_xscale("log")
    ax.set_xlabel(xlabel or x)
    ax.set_ylabel(ylabel or y)
    return ax


def forest(data: pd.DataFrame, *, y: str, x: str, low: str, high: str,
           ax: Axes | None = None, xlabel: str | None = None, color=None) -> Axes:
    """Forest plot: one row per `y` with its estimate `x` and interval [`low`, `high`]."""
    ax = _axes(ax)
    positions = range(len(data))[::-1]
    ax.errorbar(data[x], list(positions), xerr=[data[x] - data[low], data[high] - data[x]],
                fmt="o", color=color or "black", capsize=4, markersize=8)
    ax.set_yticks(list(positions), data[y])
    ax.axvline(0, color="grey", linestyle="--", linewidth=1)
    ax.set_xlabel(xlabel or x)
    return ax
