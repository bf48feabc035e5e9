"""A report run in a reused (reset) warm kernel shows what it shows in a fresh kernel."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import nbformat
import pytest

from analysis.build.runner import load_matrix
from analysis.reports import kernels, render

pytestmark = pytest.mark.slow


def shown(path: Path) -> list[tuple]:
    """Every code cell's outputs, without what differs between any two runs (counts, times)."""
    found = []
    for cell in nbformat.read(path, as_version=4).cells:
        for output in cell.get("outputs", []) if cell.cell_type == "code" else []:
            if output.output_type == "stream":
                found.append(("stream", output.name, output.text))
            elif output.output_type in ("display_data", "execute_result"):
                found.append(("data", dict(output.data)))
            else:
                found.append((output.output_type, output.get("ename", "")))
    return found


def test_a_report_after_another_in_a_reused_kernel_equals_a_fresh_run(built_site, tmp_path,
                                                                     monkeypatch):
    for name, value in built_site.env.items():  # the kernel reads the built workspace's tables
        if name.startswith("REASONSCALE_"):
            monkeypatch.setenv(name, value)
    specs = {spec.name: asdict(spec) for spec in load_matrix(built_site.matrix)}
    kernels.start()
    try:  # a scaling report first: figures, a bootstrap and global matplotlib state
        render.execute(specs["scaling-gsm8k"], tmp_path / "first.ipynb")
        render.execute(specs["gains"], tmp_path / "reused.ipynb")
    finally:
        kernels.shutdown()
    assert kernels.ready() is None  # so papermill starts a kernel of its own
    render.execute(specs["gains"], tmp_path / "fresh.ipynb")
    reused, fresh = shown(tmp_path / "reused.ipynb"), shown(tmp_path / "fresh.ipynb")
    assert any(item[0] == "data" and "image/png" in item[1] for item in fresh)
    assert reused == fresh
