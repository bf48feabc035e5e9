"""Tests of analysis/viz: the theme, slide sizes, readable fonts, the catalogue, saving."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.text import Text
from PIL import Image
from workspace import FIXTURE_CORPUS

from analysis.corpus.ingest import load_corpus
from analysis.curated.benchmarks import load_benchmarks
from analysis.curated.registry import load_registry
from analysis.viz import plots
from analysis.viz.catalog import FIGURES, make_figure
from analysis.viz.theme import (
    MIN_FONT_PT,
    PNG_DPI,
    SLIDE_SIZES_IN,
    colour_for,
    escape_markdown,
    save,
    theme,
)


@pytest.fixture(scope="module")
def tables() -> dict:
    return {"papers": load_corpus(FIXTURE_CORPUS), "benchmarks": load_benchmarks(),
            "models": load_registry(), "snapshot": {"data_hash": "abcdef123456", "date": "2026"}}


def visible_font_sizes(fig) -> list[float]:
    return [t.get_fontsize() for t in fig.findobj(Text) if t.get_visible() and t.get_text()]


@pytest.mark.parametrize("name", ["papers-per-month", "benchmark-mentions", "abstract-lengths"])
def test_corpus_figures_are_slide_sized_with_readable_text(tables, name):
    fig, caption = make_figure(name, tables)
    try:
        assert tuple(fig.get_size_inches()) == pytest.approx(SLIDE_SIZES_IN["16:9"])
        sizes = visible_font_sizes(fig)
        assert sizes and min(sizes) >= MIN_FONT_PT
        assert caption
        footer = [t.get_text() for t in fig.texts]
        assert any("papers · data abcdef12 · 2026" in text for text in footer)
    finally:
        plt.close(fig)


def test_aspect_4_3(tables):
    fig, _ = make_figure("papers-per-month", tables, aspect="4:3")
    assert tuple(fig.get_size_inches()) == pytest.approx(SLIDE_SIZES_IN["4:3"])
    plt.close(fig)


def test_save_writes_three_formats_png_at_slide_resolution_svg_text_as_text(tables, tmp_path):
    fig, _ = make_figure("benchmark-mentions", tables, top=5)
    written = save(fig, tmp_path / "fig", formats=("png", "svg", "pdf"))
    plt.close(fig)
    assert [p.suffix for p in written] == [".png", ".svg", ".pdf"]
    width, height = Image.open(tmp_path / "fig.png").size
    assert (width, height) == (round(13.33 * PNG_DPI), round(7.5 * PNG_DPI))
    svg = (tmp_path / "fig.svg").read_text()
    assert "<text" in svg and "Most mentioned benchmarks" in svg  # text kept as text
    assert (tmp_path / "fig.pdf").read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob(".*.tmp"))


def test_dark_theme_changes_background_only_inside_the_context():
    before = plt.rcParams["figure.facecolor"]
    with theme("dark"):
        assert plt.rcParams["figure.facecolor"] == "#1e1e1e"
    assert plt.rcParams["figure.facecolor"] == before
    with pytest.raises(ValueError, match="unknown theme"):
        with theme("neon"):
            pass


def test_colours_are_stable_and_fixed_for_methods():
    assert colour_for("RL") == colour_for("RL")
    assert colour_for("RL") != colour_for("distillation")
    assert colour_for("Qwen3") == colour_for("Qwen3")  # hashed, same in every figure


def test_registered_figures_have_stable_names():
    assert {"papers-per-month", "scaling-curve", "slope-forest", "claims-per-benchmark"} <= set(
        FIGURES)
    assert all(not name.startswith("figure_") for name in FIGURES)


def test_catalogue_is_complete_on_import_in_a_fresh_process():
    """No test-order dependence: importing the catalogue alone defines every figure."""
    import subprocess
    import sys

    code = ("from analysis.viz.catalog import FIGURES; "
            "print(' '.join(sorted(FIGURES)))")
    fresh = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True).stdout.split()
    assert fresh == sorted(FIGURES)
    assert {spec.report_kind for spec in FIGURES.values()} == {
        "corpus_overview", "claims", "scaling", "methods", "gains"}


def test_escape_markdown_keeps_text_literal():
    text = escape_markdown("Why | pipes and $x^2$ *break* _tables_ <b>")
    assert "\\|" in text and "\\$" in text and "\\*" in text and "\\_" in text
    assert "<b>" not in text and "&lt;b&gt;" in text


def test_plot_functions_return_axes_and_do_not_save(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    data = pd.DataFrame({"name": ["a", "b"], "papers": [3, 1]})
    ax = plots.bar_counts(data, x="papers", y="name")
    assert ax.get_xlabel() == "papers"
    plt.close(ax.figure)
    assert list(tmp_path.iterdir()) == []
