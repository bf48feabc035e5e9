"""Figures of the methods report: slopes per benchmark and method shifts."""

from __future__ import annotations

import matplotlib.pyplot as plt

from analysis.stats.analyses import slope_table
from analysis.viz import plots
from analysis.viz.figure import FigureSpec, message_figure, source_line
from analysis.viz.theme import add_source_line


def slope_forest_figure(tables: dict, *, form: str = "linear", predictors: str = "params") -> tuple:
    slopes = slope_table(tables["fits"], form=form, predictors=predictors)
    if slopes.empty:
        return message_figure(tables, "No parameter slope: no benchmark has enough claims.")
    slopes = slopes.assign(label=slopes["benchmark"] + " (n=" + slopes["n_claims"].astype(str)
                           + ", " + slopes["n_papers"].astype(str) + " papers)")
    fig, ax = plt.subplots()
    plots.forest(slopes, y="label", x="estimate", low="ci_low", high="ci_high", ax=ax,
                 xlabel="points per decade of parameters (95% CI)")
    ax.set_title(f"Parameter slope by benchmark ({form}, {predictors})")
    add_source_line(fig, source_line(tables, n_claims=int(slopes["n_claims"].sum()),
                                     n_papers=None))
    return fig, ("Average slope of score on log10 parameters for each benchmark, cluster-robust "
                 "95% intervals; 'pooled' has benchmark fixed effects.")


def method_effects_figure(tables: dict, **params) -> tuple:
    effects = tables["method_effects"]
    if effects.empty:
        return message_figure(tables, "No method effects: too few claims for a pooled fit.")
    fig, ax = plt.subplots()
    plots.forest(effects, y="label", x="estimate", low="ci_low", high="ci_high", ax=ax,
                 xlabel="points above the size trend (95% CI)")
    ax.set_title("Which recipes sit above the scaling trend")
    n_claims = int(effects["n_claims"].iloc[0]) if len(effects) else 0
    n_papers = int(effects["n_papers"].iloc[0]) if len(effects) else 0
    add_source_line(fig, source_line(tables, n_claims=n_claims, n_papers=n_papers))
    return fig, ("Shift of the pooled size trend for papers tagged with each method "
                 "(intercept shifts in a pooled fit with benchmark fixed effects).")


SPECS = (
    FigureSpec("slope-forest", slope_forest_figure, "methods"),
    FigureSpec("method-effects", method_effects_figure, "methods"),
)
