"""Shared test setup: tests import helpers from this folder (workspace.py, browser.py), and
the slow tests share one build of the repository's report matrix on the real corpus."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from workspace import Workspace  # noqa: E402  (the path above makes it importable)

from analysis.config import PROJ_ROOT  # noqa: E402

MATRIX_PATH = PROJ_ROOT / "reports.yml"


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Workspace:
    """One build of the whole report matrix on the real corpus, shared by the slow tests."""
    workspace = Workspace(tmp_path_factory.mktemp("site"), MATRIX_PATH.read_text(encoding="utf-8"),
                          corpus=PROJ_ROOT / "data" / "raw")
    result = workspace.build(timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    return workspace
