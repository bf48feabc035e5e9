"""Figures of the corpus overview: papers per month, mentions, abstract lengths."""

from __future__ import annotations

import matplotlib.pyplot as plt

from analysis.corpus import describe as corpus
from analysis.viz import plots
from analysis.viz.figure import FigureSpec, source_line
from analysis.viz.theme import add_source_line, colour_for


def papers_per_month_figure(tables: dict) -> tuple:
    papers = tables["papers"]
    counts = corpus.papers_per_month(papers)
    fig, ax = plt.subplots()
    plots.timeline(counts, x="month", y="papers", ax=ax, xlabel="publication month",
                   ylabel="papers", color=colour_for("absolute"))
    undated = int(papers["published"].isna().sum())
    ax.set_title(f"Papers per publication month ({len(papers) - undated} of {len(papers)} "
                 "papers are dated)")
    add_source_line(fig, source_line(tables, n_papers=len(papers) - undated))
    caption = (f"Papers per month of publication ({len(papers) - undated} dated papers; "
               f"{undated} undated papers from pages without dates are not shown).")
    return fig, caption


def benchmark_mentions_figure(tables: dict, *, top: int = 15) -> tuple:
    papers = tables["papers"]
    benchmarks = tables["benchmarks"]
    named = benchmarks[benchmarks["domain"] != "aggregate"]  # pseudo benchmarks are not named
    counts = corpus.mention_counts(papers, named, name_col="name", alias_col="aliases")
    fig, ax = plt.subplots()
    plots.bar_counts(counts, x="papers", y="name", ax=ax, top=top,
                     color=colour_for("delta"), xlabel="papers mentioning it")
    ax.set_title(f"Most mentioned benchmarks (top {top})")
    add_source_line(fig, source_line(tables))
    return fig, (f"Abstracts mentioning each benchmark by any alias as written (case-sensitive), "
                 f"top {top}.")


def family_mentions_figure(tables: dict, *, top: int = 15) -> tuple:
    papers = tables["papers"]
    models = tables["models"].assign(names=lambda m: m["model_id"] + ";" + m["aliases"].fillna(""))
    models = models[models["family"].fillna("").str.strip() != ""]  # no blank bar
    counts = corpus.mention_counts(papers, models, name_col="family", alias_col="names")
    fig, ax = plt.subplots()
    plots.bar_counts(counts, x="papers", y="name", ax=ax, top=top,
                     color=colour_for("relative"), xlabel="papers mentioning a model of it")
    ax.set_title(f"Most mentioned model families (top {top})")
    add_source_line(fig, source_line(tables))
    return fig, f"Abstracts naming any model of each registry family, top {top}."


def abstract_lengths_figure(tables: dict) -> tuple:
    lengths = corpus.abstract_lengths(tables["papers"])
    fig, ax = plt.subplots()
    plots.distribution(lengths, x="words", hue="source", ax=ax, xlabel="words per abstract")
    ax.set_title("Abstract length by source page")
    add_source_line(fig, source_line(tables))
    return fig, "Words per abstract, stacked by the first page a paper was found on."


SPECS = (
    FigureSpec("papers-per-month", papers_per_month_figure, "corpus_overview"),
    FigureSpec("benchmark-mentions", benchmark_mentions_figure, "corpus_overview"),
    FigureSpec("family-mentions", family_mentions_figure, "corpus_overview"),
    FigureSpec("abstract-lengths", abstract_lengths_figure, "corpus_overview"),
)
