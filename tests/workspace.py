"""A temporary build workspace for tests: own pages, derived tables, reports and matrix."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from analysis.config import PROJ_ROOT

FIXTURE_CORPUS = Path(__file__).parent / "fixtures" / "corpus"


class Workspace:
    """A build with its own raw pages, derived tables, reports and matrix (code from the repo)."""

    def __init__(self, root: Path, matrix: str, *, corpus: Path = FIXTURE_CORPUS):
        self.root = root
        self.raw = root / "raw"
        self.raw.mkdir()
        for page in corpus.glob("*.txt"):
            (self.raw / page.name).write_bytes(page.read_bytes())
        self.reports = root / "reports"
        self.matrix = root / "reports.yml"
        self.matrix.write_text(matrix, encoding="utf-8")
        self.env = {
            **os.environ,
            "REASONSCALE_RAW_DIR": str(self.raw),
            "REASONSCALE_DERIVED_DIR": str(root / "derived"),
            "REASONSCALE_REPORTS_DIR": str(self.reports),
            "REASONSCALE_REPORTS_CONFIG": str(self.matrix),
        }

    def build(self, *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "analysis", "build", *args], env=self.env, cwd=PROJ_ROOT,
            capture_output=True, text=True, timeout=timeout,
        )

    def manifest(self) -> dict:
        return json.loads((self.reports / "manifest.json").read_text(encoding="utf-8"))
