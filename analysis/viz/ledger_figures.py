"""The ledger figure: new claims' observed values against what the previous build predicted."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np

from analysis.stats.predictions import ledger_rows
from analysis.viz.figure import FigureSpec, source_line
from analysis.viz.theme import add_source_line, colour_for
from analysis.vocab import POOLED


def ledger_figure(tables: dict, *, benchmark: str = POOLED, pool: tuple[str, ...] = (),
                  **params) -> tuple:
    rows = ledger_rows(tables.get("ledger"), benchmark=benchmark, pool=tuple(pool))
    if rows.empty:
        return None, (f"No prediction on {benchmark} has been scored yet: the ledger fills when "
                      "a build finds claims the previous build did not have.")
    fig, ax = plt.subplots()
    inside = rows["inside"].astype(bool).to_numpy()
    for flag, marker, label in ((True, "o", "inside its 95% interval"),
                                (False, "X", "outside its 95% interval")):
        part = rows[inside == flag]
        if part.empty:
            continue
        spread = [part["predicted"] - part["pi_low"], part["pi_high"] - part["predicted"]]
        ax.errorbar(part["predicted"], part["observed"], xerr=np.asarray(spread, float),
                    fmt=marker, color=colour_for(label), ecolor="grey", capsize=3,
                    markersize=9, label=label)
    ax.plot([0, 100], [0, 100], color="black", linewidth=1, linestyle="--")
    ax.set_xlim(-5, 105)
    ax.set_ylim(-5, 105)
    ax.set_xlabel("predicted by the previous build (95% prediction interval)")
    ax.set_ylabel("observed score (%)")
    ax.set_title(f"{benchmark}: registered predictions against what arrived")
    ax.legend(loc="upper left", fontsize=14)
    add_source_line(fig, source_line(tables, n_claims=len(rows),
                                     n_papers=rows["paper_id"].nunique()))
    return fig, (f"{len(rows)} new claims, each predicted before it was seen; "
                 f"{inside.mean():.0%} fall inside their 95% prediction intervals. The dashed "
                 "line is observed = predicted.")


SPECS = (FigureSpec("ledger-calibration", ledger_figure, "scaling"),)
