"""The named figures of every report, registered once for notebooks and slide export alike."""

from __future__ import annotations

import matplotlib.pyplot as plt

from analysis import corpus, plots
from analysis.figures import add_source_line, colour_for, register


def source_line(tables: dict, *, n_claims: int | None = None, n_papers: int | None = None) -> str:
    """"n claims from m papers · data <short hash> · <date>" for the foot of a figure."""
    snapshot = tables.get("snapshot", {})
    papers = n_papers if n_papers is not None else len(tables["papers"])
    what = f"{n_claims} claims from {papers} papers" if n_claims is not None else f"{papers} papers"
    return f"{what} · data {snapshot.get('data_hash', '?')[:8]} · {snapshot.get('date', '')}"


@register("papers-per-month", report_kind="corpus_overview")
def papers_per_month_figure(tables: dict) -> tuple:
    papers = tables["papers"]
    counts = corpus.papers_per_month(papers)
    fig, ax = plt.subplots()
    plots.timeline(counts, x="month", y="papers", ax=ax, xlabel="publication month",
                   ylabel="papers", color=colour_for("absolute"))
    undated = int(papers["published"].isna().sum())
    ax.set_title("Papers per publication month")
    add_source_line(fig, source_line(tables, n_papers=len(papers) - undated))
    caption = (f"Papers per month of publication ({len(papers) - undated} dated papers; "
               f"{undated} undated papers from pages without dates are not shown).")
    return fig, caption


@register("benchmark-mentions", report_kind="corpus_overview")
def benchmark_mentions_figure(tables: dict, *, top: int = 15) -> tuple:
    papers = tables["papers"]
    counts = corpus.mention_counts(papers, tables["benchmarks"], name_col="name",
                                   alias_col="aliases")
    fig, ax = plt.subplots()
    plots.bar_counts(counts, x="papers", y="name", ax=ax, top=top,
                     color=colour_for("delta"), xlabel="papers mentioning it")
    ax.set_title(f"Most mentioned benchmarks (top {top})")
    add_source_line(fig, source_line(tables))
    return fig, f"Abstracts mentioning each benchmark by any alias, top {top}."


@register("family-mentions", report_kind="corpus_overview")
def family_mentions_figure(tables: dict, *, top: int = 15) -> tuple:
    papers = tables["papers"]
    models = tables["models"].assign(names=lambda m: m["model_id"] + ";" + m["aliases"].fillna(""))
    counts = corpus.mention_counts(papers, models, name_col="family", alias_col="names")
    fig, ax = plt.subplots()
    plots.bar_counts(counts, x="papers", y="name", ax=ax, top=top,
                     color=colour_for("relative"), xlabel="papers mentioning a model of it")
    ax.set_title(f"Most mentioned model families (top {top})")
    add_source_line(fig, source_line(tables))
    return fig, f"Abstracts naming any model of each registry family, top {top}."


@register("abstract-lengths", report_kind="corpus_overview")
def abstract_lengths_figure(tables: dict) -> tuple:
    lengths = corpus.abstract_lengths(tables["papers"])
    fig, ax = plt.subplots()
    plots.distribution(lengths, x="words", hue="source", ax=ax, xlabel="words per abstract")
    ax.set_title("Abstract length by source page")
    add_source_line(fig, source_line(tables))
    return fig, "Words per abstract, stacked by the first page a paper was found on."
