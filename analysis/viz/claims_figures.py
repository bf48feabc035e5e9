"""Figures of the claims explorer."""

from __future__ import annotations

import matplotlib.pyplot as plt
import seaborn as sns

from analysis.viz.figure import FigureSpec, source_line
from analysis.viz.theme import add_source_line, colour_for


def claims_per_benchmark_figure(tables: dict, *, top: int = 20) -> tuple:
    claims = tables["claims"]
    counts = (claims.groupby(["benchmark", "kind"]).size().rename("claims").reset_index())
    totals = counts.groupby("benchmark")["claims"].sum().nlargest(top).index
    counts = counts[counts["benchmark"].isin(totals)]
    fig, ax = plt.subplots()
    sns.barplot(data=counts, y="benchmark", x="claims", hue="kind", order=list(totals),
                palette={k: colour_for(k) for k in counts["kind"].unique()}, ax=ax)
    ax.set_xlabel("claims")
    ax.set_ylabel("")
    ax.set_title(f"Claims per benchmark and kind (top {top})")
    add_source_line(fig, source_line(tables, n_claims=len(claims),
                                     n_papers=claims["paper_id"].nunique()))
    return fig, "Extracted (and curated) claims per canonical benchmark, split by kind."


SPECS = (
    FigureSpec("claims-per-benchmark", claims_per_benchmark_figure, "claims"),
)
