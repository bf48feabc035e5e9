"""Every named figure drawn from the real corpus: no text outside its figure, nothing empty."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pytest
import yaml
from matplotlib.collections import PathCollection
from workspace import Workspace

from analysis.config import PROJ_ROOT
from analysis.curated.benchmarks import load_benchmarks
from analysis.curated.registry import load_registry
from analysis.curated.tables import (
    load_claims,
    load_fits,
    load_gains,
    load_ledger,
    load_methods,
    load_observations,
    load_papers,
)
from analysis.viz.catalog import FIGURES, make_figure

pytestmark = pytest.mark.slow

SLACK_PX = 2.0  # a text may touch the edge by this much (anti-aliasing), not cross it
SPECS = yaml.safe_load((PROJ_ROOT / "reports.yml").read_text(encoding="utf-8"))["reports"]
SCALING_PARAMS = [spec["parameters"] for spec in SPECS if spec["notebook"] == "03_scaling.ipynb"]


@pytest.fixture(scope="module")
def tables(built_site: Workspace) -> dict:
    derived = built_site.root / "derived"
    return {"papers": load_papers(derived / "papers.parquet"),
            "claims": load_claims(derived / "claims.csv"),
            "methods": load_methods(derived / "methods.csv"),
            "observations": load_observations(derived / "observations.csv"),
            "fits": load_fits(derived / "fits.csv"), "gains": load_gains(derived / "gains.csv"),
            "ledger": load_ledger(derived / "ledger.csv"), "benchmarks": load_benchmarks(),
            "models": load_registry(), "snapshot": {"data_hash": "abcdef12", "date": "2026"}}


def cases() -> list[tuple[str, dict]]:
    out = []
    for name, spec in FIGURES.items():
        if spec.report_kind == "scaling":
            out += [(name, params) for params in SCALING_PARAMS]
        else:
            out.append((name, {}))
    return out


def _beyond(box, limits, slack: float = SLACK_PX) -> bool:
    return (box.x0 < limits.x0 - slack or box.y0 < limits.y0 - slack
            or box.x1 > limits.x1 + slack or box.y1 > limits.y1 + slack)


def _texts(ax) -> list:
    """An axes' own texts whose full width counts: axis labels and titles (an axes' tight box
    collapses the x label's width, so a too-long x label must be measured itself)."""
    return [ax.xaxis.label, ax.yaxis.label, ax.title, ax._left_title, ax._right_title]


def outside(fig) -> list[str]:
    """What is drawn beyond the figure's edge: any axes with its ticks, legend and annotations
    (its tight box), every axis label and title at its full extent, and the figure's own texts;
    and every text or annotation in an axes that crosses that axes' edge (clipped or not, it is
    cut or spills over)."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    boxes = [(f"axes {ax.get_title()[:30]!r}", ax.get_tightbbox(renderer)) for ax in fig.axes]
    texts = [t for ax in fig.axes for t in _texts(ax)] + list(fig.texts)
    if getattr(fig, "_suptitle", None) is not None:
        texts.append(fig._suptitle)
    boxes += [(repr(t.get_text()[:30]), t.get_window_extent(renderer)) for t in texts
              if t.get_visible() and t.get_text().strip()]
    boxes += [("figure legend", legend.get_window_extent(renderer)) for legend in fig.legends]
    problems = [f"{what} at {[round(v) for v in box.bounds]}" for what, box in boxes
                if _beyond(box, fig.bbox)]
    for ax in fig.axes:
        frame = ax.get_window_extent(renderer)
        problems += [f"{t.get_text()[:30]!r} crosses its axes at "
                     f"{[round(v) for v in t.get_window_extent(renderer).bounds]}"
                     for t in ax.texts if t.get_visible() and t.get_text().strip()
                     and _beyond(t.get_window_extent(renderer), frame)]
    return problems


def data_points(ax) -> int:
    """How many data points the axes draws: points of lines in data coordinates (a reference
    line such as axhline or axvline is not data), scatter offsets, bars of non-zero size,
    filled areas and images."""
    count = sum(int(np.isfinite(np.asarray(line.get_xydata(), float)).all(axis=1).sum())
                for line in ax.lines if line.get_transform() is ax.transData)
    for collection in ax.collections:  # a scatter's points are its offsets (one marker path)
        count += len(collection.get_offsets()) if isinstance(collection, PathCollection) else \
            sum(1 for path in collection.get_paths() if len(path.vertices))
    count += sum(1 for patch in ax.patches
                 if getattr(patch, "get_width", lambda: 1)() and
                 getattr(patch, "get_height", lambda: 1)())
    return count + len(ax.images)


def has_data(fig) -> bool:
    return any(data_points(ax) >= 1 for ax in fig.axes)


@pytest.mark.parametrize("name, params", cases(),
                         ids=[f"{n}-{p.get('benchmark', '')}" for n, p in cases()])
def test_no_text_outside_the_figure_and_no_empty_figure(tables, name, params):
    fig, caption = make_figure(name, tables, **params)
    assert caption
    if fig is None:  # nothing to draw: the caption says why, and no figure is shown
        return
    try:
        assert has_data(fig), f"{name}: a figure with nothing drawn"
        assert outside(fig) == [], f"{name} {params}: text outside the figure"
    finally:
        plt.close(fig)


def test_the_layout_check_sees_a_label_cut_by_its_axes_and_a_too_long_x_label():
    fig, ax = plt.subplots(figsize=(6, 4))
    try:
        ax.plot([1, 10], [0, 1])
        fig.tight_layout()
        assert outside(fig) == []
        ax.annotate("a long model name", (10, 0.5), xytext=(6, 0),
                    textcoords="offset points", clip_on=True)  # drawn cut at the axes' edge
        assert any("crosses its axes" in p for p in outside(fig))
        ax.texts[0].remove()
        ax.set_xlabel("a unit much too long to fit under these axes " * 3)
        assert any("a unit much too long" in p for p in outside(fig))
    finally:
        plt.close(fig)


def test_a_reference_line_or_an_empty_scatter_is_not_data():
    fig, ax = plt.subplots()
    try:
        ax.axhline(0)
        ax.axvline(1)
        ax.scatter([], [])
        assert not has_data(fig)
        ax.plot([1.0], [2.0], "o")
        assert has_data(fig) and data_points(ax) == 1
    finally:
        plt.close(fig)
