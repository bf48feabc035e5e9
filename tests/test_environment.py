"""Checks of the project's own files: pinned environment, notebooks, matrix, CI entry point."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import nbformat
import pytest
import yaml

from analysis.build.runner import load_matrix
from analysis.config import NOTEBOOKS_DIR, PROJ_ROOT

PIN_RE = re.compile(r"^([A-Za-z0-9_.\-\[\]]+)==([^\s;#]+)$")


def pins(lines: list[str]) -> dict[str, str]:
    found = {}
    for line in lines:
        line = line.strip()
        if not line or line.startswith(("#", "-")):
            continue
        match = PIN_RE.match(line)
        assert match, f"not an exact pin: {line!r}"
        found[match.group(1).lower()] = match.group(2)
    return found


def test_environment_yml_matches_requirements():
    requirements = pins((PROJ_ROOT / "requirements.txt").read_text().splitlines())
    environment = yaml.safe_load((PROJ_ROOT / "environment.yml").read_text())
    pip_section = next(d["pip"] for d in environment["dependencies"] if isinstance(d, dict))
    assert pins(pip_section) == requirements
    assert "python=3.11" in environment["dependencies"]


def test_every_requirement_is_in_the_lock_with_the_same_version():
    requirements = pins((PROJ_ROOT / "requirements.txt").read_text().splitlines())
    lock = pins((PROJ_ROOT / "requirements.lock").read_text().splitlines())
    for name, version in requirements.items():
        assert lock.get(name) == version, name


def test_ci_runs_the_readme_test_command():
    assert "make test" in (PROJ_ROOT / ".ci" / "run").read_text()
    readme = (PROJ_ROOT / "README.md").read_text()
    assert "make test" in readme and "make report" in readme
    makefile = (PROJ_ROOT / "Makefile").read_text()
    for target in ("report:", "test:", "lab:", "figures:", "bench:"):
        assert re.search(rf"^{target}", makefile, re.M), target


NOTEBOOKS = sorted(NOTEBOOKS_DIR.glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_thin_clean_and_parameterised(path: Path):
    notebook = nbformat.read(path, as_version=4)
    code_cells = [c for c in notebook.cells if c.cell_type == "code"]
    assert all(not c.outputs and c.execution_count is None for c in code_cells), "has outputs"
    tagged = [c for c in code_cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1, "exactly one cell tagged parameters"
    tree = ast.parse(tagged[0].source)
    for statement in tree.body:  # typed literals only, nothing computed there
        assert isinstance(statement, ast.AnnAssign), ast.dump(statement)
        assert isinstance(statement.value, ast.Constant | ast.List | ast.Tuple), ast.dump(statement)
    for line in tagged[0].source.splitlines():
        if line.strip():
            assert "#" in line, f"parameter without a comment: {line!r}"
    for cell in code_cells:
        for node in ast.walk(ast.parse(cell.source)):
            assert not isinstance(node, ast.FunctionDef | ast.ClassDef), "no def/class in notebooks"
    assert notebook.metadata["kernelspec"]["name"] == "reasonscale"


def test_report_matrix_is_valid_and_names_every_notebook():
    specs = load_matrix()
    assert specs[0].notebook == "01_corpus_overview.ipynb"
    used = {spec.notebook for spec in specs}
    assert used == {p.name for p in NOTEBOOKS}
