"""Figures of the report across benchmarks: every set's size slopes with their verdicts."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from analysis.viz import plots
from analysis.viz.figure import FigureSpec, source_line
from analysis.viz.theme import add_source_line

SIZE_TERMS = ("x_c",)


def slope_rows(fits: pd.DataFrame, *, designs: tuple[str, ...] = ("between", "within"),
               ) -> pd.DataFrame:
    """The size slopes in fits.csv (random effects, linear, params), verdict in the label."""
    chosen = fits[fits["term"].isin(SIZE_TERMS) & fits["design"].isin(designs)
                  & (fits["model"] == "RE-multilevel") & (fits["form"] == "linear")
                  & (fits["predictors"] == "params")]
    return chosen.assign(label=[
        f"{r.benchmark} · {r.design}: {r.verdict}\n{int(r.n_claims)} claims, "
        f"{int(r.n_papers)} papers" for r in chosen.itertuples()]).reset_index(drop=True)


def slope_forest_figure(tables: dict, **params) -> tuple:
    slopes = slope_rows(tables["fits"])
    if slopes.empty:
        return None, "No benchmark set supports a size slope: every design was refused."
    fig, ax = plt.subplots()
    plots.forest(slopes, y="label", x="estimate", low="ci_low", high="ci_high", ax=ax,
                 xlabel="points per decade of parameters (95% CI, CR2)")
    ax.set_ylim(-0.6, len(slopes) - 0.4)
    ax.set_title("Size slopes that could be fitted, with their verdicts")
    add_source_line(fig, source_line(tables, n_claims=int(slopes["n_claims"].max()),
                                     n_papers=int(slopes["n_papers"].max())))
    return fig, ("Size slope of every benchmark set and design that could be fitted "
                 "(multilevel random effects, cluster-robust CR2 intervals); refused sets are "
                 "listed in the table below. The source line counts the largest set.")


SPECS = (FigureSpec("slope-forest", slope_forest_figure, "methods"),)
