"""Tests of analysis/build/ledger.py: predictions registered by one build and scored by the next,
on the real corpus with one page held back; the ledger is only ever appended to."""

from __future__ import annotations

import os
import shutil

import pandas as pd
import pytest
from workspace import Workspace

from analysis.build import ledger
from analysis.config import RAW_DIR

pytestmark = pytest.mark.slow

MATRIX = ("reports:\n  - {name: overview, notebook: 01_corpus_overview.ipynb, title: Overview,"
          " inputs: [papers], parameters: {top_n: 5}}\n")
HELD_BACK = "001_"  # the page that arrives later (49 papers)


@pytest.fixture(scope="module")
def scored(tmp_path_factory) -> Workspace:
    """A build without one real page, then the page added and the build run again."""
    pages = tmp_path_factory.mktemp("pages")
    for page in RAW_DIR.glob("*.txt"):
        shutil.copy(page, pages / page.name)
    held = next(pages.glob(f"{HELD_BACK}*.txt"))
    later = tmp_path_factory.mktemp("later") / held.name
    held.rename(later)
    ws = Workspace(tmp_path_factory.mktemp("ws"), MATRIX, corpus=pages)
    first = ws.build()
    assert first.returncode == 0, first.stderr[-3000:]
    ws.first_ledger = (ws.root / "derived" / "ledger.csv").read_bytes()
    shutil.copy(later, ws.raw / later.name)
    second = ws.build()
    assert second.returncode == 0, second.stderr[-3000:]
    return ws


def read_ledger(ws: Workspace) -> pd.DataFrame:
    return pd.read_csv(ws.root / "derived" / "ledger.csv")


def test_first_build_registers_models_and_scores_nothing(scored):
    assert scored.first_ledger.decode().startswith("build_time,claim_id,kind,")
    assert scored.first_ledger.decode().count("\n") == 1  # the header only


def test_new_page_claims_are_scored_against_the_previous_models(scored):
    rows = read_ledger(scored)
    assert len(rows) > 0 and set(rows["kind"]) <= {"score", "gain"}
    assert (rows["pi_low"] <= rows["predicted"]).all() and (
        rows["predicted"] <= rows["pi_high"]).all()
    assert (rows["inside"] == ((rows["observed"] >= rows["pi_low"])
                               & (rows["observed"] <= rows["pi_high"]))).all()
    claims = pd.read_csv(scored.root / "derived" / "claims.csv", dtype=str)
    previous = pd.read_csv(scored.root / "derived" / "previous" / "claims.csv", dtype=str)
    new_ids = set(claims["claim_id"]) - set(previous["claim_id"])
    gains = pd.read_csv(scored.root / "derived" / "gains.csv", dtype=str)
    new_gain_ids = set(gains["gain_id"]) - set(pd.read_csv(
        scored.root / "derived" / "previous" / "gains.csv", dtype=str)["gain_id"])
    assert set(rows["claim_id"]) <= new_ids | new_gain_ids  # only what was new is predicted
    missing = pd.read_csv(scored.root / "derived" / "unpredictable.csv")
    assert len(missing) > 0 and missing["reason"].str.len().gt(0).all()
    assert set(missing["claim_id"]) <= new_ids


def test_index_shows_a_calibration_line(scored):
    index = (scored.reports / "index.html").read_text(encoding="utf-8")
    assert 'id="ledger"' in index and "inside their 95% prediction intervals" in index
    assert "naive predictor" in index


def test_rebuilding_never_rewrites_the_ledger(scored):
    before = (scored.root / "derived" / "ledger.csv").read_bytes()
    forced = scored.build("--force")
    assert forced.returncode == 0, forced.stderr[-3000:]
    assert (scored.root / "derived" / "ledger.csv").read_bytes() == before


def test_previous_snapshot_is_switched_atomically(scored, tmp_path, monkeypatch):
    derived = scored.root / "derived"
    link = derived / "previous"
    assert link.is_symlink() and (link / "claims.csv").exists()
    monkeypatch.setattr(ledger.config, "PREVIOUS_DIR", link)
    monkeypatch.setattr(ledger, "SNAPSHOTS_DIR", derived / ".snapshots")
    before = os.readlink(link)

    def killed_copy(*args, **kwargs):
        raise KeyboardInterrupt  # what a kill mid-copy looks like to the snapshot

    monkeypatch.setattr(ledger.shutil, "copy2", killed_copy)
    with pytest.raises(KeyboardInterrupt):
        ledger.snapshot_previous([derived / "claims.csv"])
    assert os.readlink(link) == before and (link / "claims.csv").exists()
