"""The catalogue of named figures: complete on import, the same for notebooks and slides."""

from __future__ import annotations

import matplotlib.figure

from analysis.viz import (
    claims_figures,
    corpus_figures,
    gains_figures,
    ledger_figures,
    methods_figures,
    scaling_figures,
)
from analysis.viz.figure import FigureSpec
from analysis.viz.theme import theme


def _catalogue(*groups: tuple[FigureSpec, ...]) -> dict[str, FigureSpec]:
    figures: dict[str, FigureSpec] = {}
    for spec in (spec for group in groups for spec in group):
        if spec.name in figures:
            raise ValueError(f"figure name {spec.name!r} defined twice")
        figures[spec.name] = spec
    return figures


FIGURES: dict[str, FigureSpec] = _catalogue(corpus_figures.SPECS, claims_figures.SPECS,
                                            scaling_figures.SPECS, methods_figures.SPECS,
                                            gains_figures.SPECS, ledger_figures.SPECS)


def make_figure(name: str, tables: dict, *, theme_name: str = "light", aspect: str = "16:9",
                **params) -> tuple[matplotlib.figure.Figure | None, str]:
    """Build a named figure inside the theme; the same call serves notebooks and slides.

    `params` are the figure's own options; a scaling figure also takes `result=` (the report's
    analysis) so that it is computed once per report.
    """
    if name not in FIGURES:
        raise KeyError(f"unknown figure {name!r}; defined: {sorted(FIGURES)}")
    with theme(theme_name, aspect=aspect):
        fig, caption = FIGURES[name].build(tables, **params)
        if fig is not None:  # None: nothing to draw, the caption says why
            fig.tight_layout(rect=(0, 0.04, 1, 1))  # room for the source line
    return fig, caption
