"""What named figures share: the spec, the source line, and a figure saying why it is empty."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import matplotlib.figure
import matplotlib.pyplot as plt

from analysis.viz.theme import add_source_line


@dataclass(frozen=True)
class FigureSpec:
    """A named figure: `build(tables, **params) -> (Figure, caption)`."""

    name: str
    build: Callable[..., tuple[matplotlib.figure.Figure, str]]
    report_kind: str  # notebook stem it belongs to, e.g. "corpus_overview"


def source_line(tables: dict, *, n_claims: int | None = None, n_papers: int | None = None) -> str:
    """"n claims from m papers · data <short hash> · <date>" for the foot of a figure."""
    snapshot = tables.get("snapshot", {})
    papers = n_papers if n_papers is not None else len(tables["papers"])
    what = f"{n_claims} claims from {papers} papers" if n_claims is not None else f"{papers} papers"
    return f"{what} · data {snapshot.get('data_hash', '?')[:8]} · {snapshot.get('date', '')}"


def message_figure(tables: dict, message: str, *, source: str | None = None) -> tuple:
    """A figure that only states why there is nothing to draw."""
    fig, ax = plt.subplots()
    ax.axis("off")
    ax.text(0.5, 0.5, message, ha="center", va="center", wrap=True, fontsize=18)
    add_source_line(fig, source or source_line(tables))
    return fig, message
