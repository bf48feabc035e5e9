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
