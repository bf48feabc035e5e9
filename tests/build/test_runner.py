"""Tests of analysis/build.py: real builds (papermill on a real kernel) in a temporary workspace."""

from __future__ import annotations

import re
import subprocess
import sys
import time

import pytest
from workspace import Workspace

from analysis.config import PROJ_ROOT

pytestmark = pytest.mark.slow


OVERVIEW = ("  - {name: overview, notebook: 01_corpus_overview.ipynb, title: \"Fixture overview\","
            " inputs: [papers, benchmarks, models], parameters: {top_n: %s}}\n")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Workspace:
    """One cold build of two reports of the corpus notebook; later tests reuse it."""
    matrix = "reports:\n" + OVERVIEW % 5 + OVERVIEW.replace("overview", "overview-top3", 1) % 3
    workspace = Workspace(tmp_path_factory.mktemp("ws"), matrix)
    started = time.monotonic()
    result = workspace.build()
    workspace.cold_seconds = time.monotonic() - started
    assert result.returncode == 0, result.stderr[-3000:]
    return workspace


def test_cold_build_renders_reports_and_index(built):
    manifest = built.manifest()
    assert {name: entry["status"] for name, entry in manifest["reports"].items()} == {
        "overview": "ok", "overview-top3": "ok"}
    page = (built.reports / "overview.html").read_text(encoding="utf-8")
    assert "Fixture overview" in page
    assert "5 papers from 3 pages" in page  # the summary cell, computed from the fixture corpus
    assert len(re.findall(r"<img [^>]*src=\"data:image/png;base64,", page)) >= 2
    assert "top_n" in page and manifest["snapshot"]["corpus_hash"][:12] in page
    assert not re.search(r"<script[^>]+src=\"https?://", page), "reports must open offline"
    index = (built.reports / "index.html").read_text(encoding="utf-8")
    assert 'href="overview.html"' in index and "5 papers from 3 pages" in index
    figures = {f["name"] for f in manifest["reports"]["overview"]["figures"]}
    assert {"papers-per-month", "benchmark-mentions", "family-mentions"} <= figures
    assert (built.root / "derived" / "papers.parquet").exists()


def test_code_hidden_by_default(built):
    page = (built.reports / "overview.html").read_text(encoding="utf-8")
    assert "check_parameters(" not in page  # source of the notebook's code cells


def test_second_build_is_a_noop(built):
    before = {p.name: p.stat().st_mtime_ns for p in built.reports.glob("*.html")
              if p.name != "index.html"}
    started = time.monotonic()
    result = built.build()
    seconds = time.monotonic() - started
    assert result.returncode == 0, result.stderr[-3000:]
    manifest = built.manifest()
    assert all(e["last_action"] == "skipped" for e in manifest["reports"].values())
    after = {p.name: p.stat().st_mtime_ns for p in built.reports.glob("*.html")
             if p.name != "index.html"}
    assert before == after
    assert seconds < built.cold_seconds / 3  # measured as a ratio in the same run, not a limit
    log = (built.reports / "build.log").read_text(encoding="utf-8")
    assert "report overview: skip (up to date)" in log


def test_parameter_change_reruns_only_that_report(built):
    text = built.matrix.read_text(encoding="utf-8")
    built.matrix.write_text(text.replace("top_n: 3", "top_n: 4"), encoding="utf-8")
    result = built.build()
    assert result.returncode == 0, result.stderr[-3000:]
    actions = {n: e["last_action"] for n, e in built.manifest()["reports"].items()}
    assert actions == {"overview": "skipped", "overview-top3": "ran"}


def test_failing_notebook_keeps_previous_html_and_fails_the_build(built):
    good = (built.reports / "overview.html").read_bytes()
    text = built.matrix.read_text(encoding="utf-8")
    built.matrix.write_text(text.replace("top_n: 5", 'top_n: "five"'), encoding="utf-8")
    try:
        result = built.build()
        assert result.returncode == 1
        entry = built.manifest()["reports"]["overview"]
        assert entry["status"] == "failed"
        assert "top_n must be int, got str 'five'" in entry["error"]
        assert entry["error"].startswith("ParameterError")
        assert (built.reports / "overview.html").read_bytes() == good
        index = (built.reports / "index.html").read_text(encoding="utf-8")
        assert "failed" in index and "top_n must be int" in index
        assert built.manifest()["reports"]["overview-top3"]["status"] == "ok"
    finally:
        built.matrix.write_text(text, encoding="utf-8")


def test_force_rebuilds_everything(built):
    result = built.build("--force", "--jobs", "1")
    assert result.returncode == 0, result.stderr[-3000:]
    assert all(e["last_action"] == "ran" for e in built.manifest()["reports"].values())


def test_second_build_while_locked_exits_with_a_clear_message(built):
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; "
         "from analysis.build.lock import BuildLock; lock = BuildLock(Path(sys.argv[1])); "
         "lock.acquire(); "
         "print('held', flush=True); time.sleep(60)", str(built.reports / ".build.lock")],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        result = built.build()
        assert result.returncode == 2
        assert f"another build is running (pid {holder.pid}" in result.stderr
        assert "Traceback" not in result.stderr
    finally:
        holder.kill()
        holder.wait()
    # the holder died without releasing: the next build recovers the lock and says so
    result = built.build()
    assert result.returncode == 0, result.stderr[-3000:]
    assert "recovered the build lock" in result.stderr and f"pid {holder.pid}" in result.stderr


def test_bad_matrix_names_every_problem(tmp_path):
    matrix = ("reports:\n  - {name: a, notebook: missing.ipynb}\n"
              "  - {name: a, notebook: 01_corpus_overview.ipynb, colour: red, inputs: [nope]}\n")
    workspace = Workspace(tmp_path, matrix)
    result = workspace.build()
    assert result.returncode == 2
    for needle in ("'missing.ipynb' not found", "duplicate name 'a'", "colour is not a known key",
                   "unknown table 'nope'"):
        assert needle in result.stderr
    assert "Traceback" not in result.stderr


def test_figure_export_matches_the_reports_figures(built):
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "figures", "--report", "overview"], env=built.env,
        cwd=PROJ_ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    folder = built.reports / "figures" / "overview"
    names = {f["name"] for f in built.manifest()["reports"]["overview"]["figures"]}
    for name in names:
        for ext in ("png", "svg", "pdf"):
            assert (folder / f"{name}.{ext}").stat().st_size > 1000, (name, ext)
    captions = (folder / "CAPTIONS.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in captions for name in names)


def test_index_lists_an_added_paper_after_rebuild(built):
    page = built.raw / "103_new.txt"
    page.write_text(
        "A Fresh Paper on Tiny Reasoners\n\nWe train a 0.5B model with reinforcement learning "
        "and reach 12.5% on AIME 2024, up from 3.1% before training, at a small cost; code and "
        "data are released for others to build on.\n", encoding="utf-8")
    try:
        result = built.build()
        assert result.returncode == 0, result.stderr[-3000:]
        index = (built.reports / "index.html").read_text(encoding="utf-8")
        changes = index.split('id="changes"')[1]
        assert "Papers added: 1" in changes and "A Fresh Paper on Tiny Reasoners" in changes
    finally:
        page.unlink()
