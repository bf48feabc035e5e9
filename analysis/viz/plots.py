"""Plot functions in seaborn's style: tidy data plus column names and `ax`, return the Axes."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
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
                    style: str | None = None, palette: dict | None = None,
                    label: str | None = None, ax: Axes | None = None,
                    xlabel: str | None = None, ylabel: str | None = None) -> Axes:
    """Points on a log10 x axis, coloured by `hue`, shaped by `style`; `label` names a column
    of text written beside the points whose text is not empty (kept inside the axes)."""
    ax = _axes(ax)
    sns.scatterplot(data=data, x=x, y=y, hue=hue, style=style, palette=palette, ax=ax, s=110,
                    edgecolor="black", linewidth=0.6, alpha=0.9)
    ax.set_xscale("log")
    if label:
        _label_points(data, x=x, y=y, label=label, ax=ax)
    ax.set_xlabel(xlabel or x)
    ax.set_ylabel(ylabel or y)
    return ax


def _side(values: np.ndarray) -> np.ndarray:
    """Where each value sits in the span of all of them, 0 (lowest) to 1 (highest)."""
    low, high = np.nanmin(values), np.nanmax(values)
    return (values - low) / (high - low) if high > low else np.full(len(values), 0.5)


def _label_points(data: pd.DataFrame, *, x: str, y: str, label: str, ax: Axes) -> None:
    """Name the points whose `label` is not empty, each label on the side of its point that
    faces the middle of the axes (left of the points in the right half of the log x axis,
    below the highest points), so that no label runs past the axes' edge."""
    shown = (data[label].astype(str) != "").to_numpy()
    ax.autoscale_view()
    limits = np.log10(np.asarray(ax.get_xlim(), float))
    across = _side(np.concatenate([limits, np.log10(data[x].to_numpy(float)[shown])]))[2:]
    up = _side(data[y].to_numpy(float))[shown]
    for (_, row), h, v in zip(data[shown].iterrows(), across, up, strict=True):
        right, high = h > 0.5, v > 0.8
        ax.annotate(str(row[label]), (row[x], row[y]), xytext=(-7 if right else 7,
                                                               -6 if high else 6),
                    ha="right" if right else "left", va="top" if high else "bottom",
                    parse_math=False, textcoords="offset points", fontsize=14,
                    annotation_clip=True)  # parse_math off: "MedS$^3$" is a name


def curves(data: pd.DataFrame, *, x: str, y: str, group: str | None = None,
           low: str | None = None, high: str | None = None, palette: dict | None = None,
           ax: Axes | None = None, linestyle: str = "-", color=None,
           label: str | None = None) -> Axes:
    """Lines of `y` on `x` (one per `group`), with a band [`low`, `high`] when given.

    The legend entry is `label` (once) or each group's name.
    """
    ax = _axes(ax)
    parts = list(data.groupby(group, sort=False)) if group else [(label or "", data)]
    for index, (name, part) in enumerate(parts):
        part = part.sort_values(x)
        shade = (palette or {}).get(name, color or "black")
        entry = (label if index == 0 else None) if label else str(name)
        ax.plot(part[x], part[y], color=shade, linestyle=linestyle, linewidth=2, label=entry)
        if low and high:
            ax.fill_between(part[x], part[low], part[high], color=shade, alpha=0.15)
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
    positions = np.arange(len(data))[::-1]
    estimate = data[x].to_numpy(float)
    spread = np.vstack([estimate - data[low].to_numpy(float),
                        data[high].to_numpy(float) - estimate])
    ax.errorbar(estimate, positions, xerr=spread, fmt="o", color=color or "black", capsize=4,
                markersize=8)
    ax.set_yticks(positions, [str(label) for label in data[y]])
    ax.axvline(0, color="grey", linestyle="--", linewidth=1)
    ax.set_xlabel(xlabel or x)
    return ax
