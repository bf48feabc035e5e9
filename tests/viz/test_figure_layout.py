"""Every named figure drawn from the real corpus: no text outside its figure, nothing empty."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pytest
import yaml
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


def outside(fig) -> list[str]:
    """What is drawn beyond the figure's edge: any axes with its labels, ticks, legend and
    annotations (their tight box: only what is drawn), and the figure's own texts."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    width, height = fig.bbox.width, fig.bbox.height
    boxes = [(f"axes {ax.get_title()[:30]!r}", ax.get_tightbbox(renderer)) for ax in fig.axes]
    boxes += [(repr(t.get_text()[:30]), t.get_window_extent(renderer)) for t in fig.texts
              if t.get_visible() and t.get_text().strip()]
    boxes += [("figure legend", legend.get_window_extent(renderer)) for legend in fig.legends]
    return [f"{what} at {[round(v) for v in box.bounds]}" for what, box in boxes
            if box.x0 < -SLACK_PX or box.y0 < -SLACK_PX or box.x1 > width + SLACK_PX
            or box.y1 > height + SLACK_PX]


def has_data(fig) -> bool:
    return any(ax.lines or ax.collections or ax.patches or ax.images for ax in fig.axes)


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
