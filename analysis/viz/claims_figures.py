"""Figures of the claims explorer."""

from __future__ import annotations

import matplotlib.pyplot as plt
import seaborn as sns

from analysis.viz.figure import FigureSpec, source_line
from analysis.viz.theme import add_source_line, colour_for
from analysis.vocab import AGGREGATE_DOMAIN


def claims_per_benchmark_figure(tables: dict, *, top: int = 20) -> tuple:
    benchmarks = tables["benchmarks"]
    pseudo = set(benchmarks.loc[benchmarks["domain"] == AGGREGATE_DOMAIN, "name"])
    everything = tables["claims"]
    claims = everything[~everything["benchmark"].isin(pseudo)]  # averages are not benchmarks
    counts = (claims.groupby(["benchmark", "kind"]).size().rename("claims").reset_index())
    totals = counts.groupby("benchmark")["claims"].sum().nlargest(top).index
    counts = counts[counts["benchmark"].isin(totals)]
    fig, ax = plt.subplots()
    sns.barplot(data=counts, y="benchmark", x="claims", hue="kind", order=list(totals),
                palette={k: colour_for(k) for k in counts["kind"].unique()}, ax=ax)
    ax.set_xlabel("claims")
    ax.set_ylabel("")
    ax.set_title(f"Claims per named benchmark and kind (top {top})")
    add_source_line(fig, source_line(tables, n_claims=len(claims),
                                     n_papers=claims["paper_id"].nunique()))
    aggregates = len(everything) - len(claims)
    return fig, (f"Extracted (and curated) claims per named benchmark, split by kind; the "
                 f"{aggregates} claims on averages or whole domains (AVERAGE, MATH-DOMAIN, ...) "
                 "are not counted here.")


SPECS = (
    FigureSpec("claims-per-benchmark", claims_per_benchmark_figure, "claims"),
)
