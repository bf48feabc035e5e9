"""Tests of analysis/io.py: atomic writes never leave half-written or temporary files."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.io import atomic_path, clean_stale_temporaries, write_csv, write_text


def test_failed_write_keeps_the_old_file(tmp_path):
    target = tmp_path / "table.csv"
    write_text(target, "old\n")
    with pytest.raises(RuntimeError):
        with atomic_path(target) as tmp:
            tmp.write_text("half")
            raise RuntimeError("killed mid-write")
    assert target.read_text() == "old\n"
    assert list(tmp_path.iterdir()) == [target]


def test_write_csv_roundtrip_and_permissions(tmp_path):
    target = tmp_path / "sub" / "t.csv"
    write_csv(pd.DataFrame({"a": [1, 2]}), target)
    assert pd.read_csv(target)["a"].tolist() == [1, 2]
    assert target.stat().st_mode & 0o044  # readable by others, not mkstemp's 0600


def test_clean_stale_temporaries(tmp_path):
    (tmp_path / "deep").mkdir()
    stale = tmp_path / "deep" / ".report.html.abc123.tmp"
    stale.write_text("x")
    keep = tmp_path / "report.html"
    keep.write_text("y")
    assert clean_stale_temporaries(tmp_path) == [stale]
    assert keep.exists() and not stale.exists()
