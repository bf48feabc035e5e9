"""Tests of analysis/build/ledger.py and ledger_step.py: predictions registered by one build and
scored by the next, on the real corpus with one page held back (also when the build between
failed, and when extraction changed); the ledger is only ever appended to."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from synthetic_claims import observations
from workspace import Workspace

from analysis.build import ledger
from analysis.build.ledger_step import Baseline, abstract_hashes, score_since
from analysis.config import PROJ_ROOT, RAW_DIR
from analysis.stats.predictions import LEDGER_COLUMNS, current_models
from analysis.stats.simulate_scaling import simulate_scaling_claims
from analysis.vocab import EXTRACTION_CHANGED

MATRIX = ("reports:\n  - {name: overview, notebook: 01_corpus_overview.ipynb, title: Overview,"
          " inputs: [papers], parameters: {top_n: 5}}\n")
HELD_BACK = "001_"  # the page that arrives later (49 papers)


# Run before a build, in the build's own process: the ledger step fails (the tables before it
# are written), or the extractor gives every claim another id (as an extractor change can).
FAILING_LEDGER = """
import dataclasses
from analysis.build import derived
def failing():
    raise RuntimeError("injected: the ledger step fails")
derived.STEPS[:] = [dataclasses.replace(s, run=failing) if s.name == "ledger" else s
                    for s in derived.STEPS]
"""
NEW_CLAIM_IDS = """
from analysis.claims import extract
_claim_id = extract.claim_id
extract.claim_id = lambda paper, start, end, kind, at: _claim_id(paper, start, end, kind,
                                                                  at + 10**6)
"""


@pytest.fixture(scope="module")
def held_back(tmp_path_factory) -> tuple[Path, Path]:
    """The real corpus without one page, and that page (it arrives later)."""
    pages = tmp_path_factory.mktemp("pages")
    for page in RAW_DIR.glob("*.txt"):
        shutil.copy(page, pages / page.name)
    held = next(pages.glob(f"{HELD_BACK}*.txt"))
    later = tmp_path_factory.mktemp("later") / held.name
    held.rename(later)
    return pages, later


def first_build(tmp_path_factory, held_back) -> Workspace:
    pages, _ = held_back
    ws = Workspace(tmp_path_factory.mktemp("ws"), MATRIX, corpus=pages)
    first = ws.build()
    assert first.returncode == 0, first.stderr[-3000:]
    ws.first_ledger = (ws.root / "derived" / "ledger.csv").read_bytes()
    return ws


def build_with(ws: Workspace, setup: str) -> subprocess.CompletedProcess:
    """A real build of the workspace, in a process where `setup` ran first."""
    script = f"import sys\n{setup}\nfrom analysis.cli import main\nsys.exit(main(['build']))\n"
    return subprocess.run([sys.executable, "-c", script], env=ws.env, cwd=PROJ_ROOT,
                          capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def scored(tmp_path_factory, held_back) -> Workspace:
    """A build without one real page, then the page added and the build run again."""
    ws = first_build(tmp_path_factory, held_back)
    shutil.copy(held_back[1], ws.raw / held_back[1].name)
    second = ws.build()
    assert second.returncode == 0, second.stderr[-3000:]
    ws.second_missing = read_missing(ws)  # a later build rewrites it
    return ws


@pytest.fixture(scope="module")
def recovered(tmp_path_factory, held_back) -> Workspace:
    """As `scored`, but the build that finds the new page fails in its ledger step (after the
    tables before it were written); then the build runs again."""
    ws = first_build(tmp_path_factory, held_back)
    shutil.copy(held_back[1], ws.raw / held_back[1].name)
    failed = build_with(ws, FAILING_LEDGER)
    assert failed.returncode != 0 and "injected: the ledger step fails" in failed.stderr
    ws.failed_ledger = (ws.root / "derived" / "ledger.csv").read_bytes()
    rerun = ws.build()
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    return ws


@pytest.fixture(scope="module")
def reextracted(tmp_path_factory, held_back) -> Workspace:
    """As `scored`, but the build that finds the new page also extracts with another claim id
    scheme: every claim of the unchanged papers gets a new id."""
    ws = first_build(tmp_path_factory, held_back)
    shutil.copy(held_back[1], ws.raw / held_back[1].name)
    second = build_with(ws, NEW_CLAIM_IDS)
    assert second.returncode == 0, second.stderr[-3000:]
    return ws


def read_ledger(ws: Workspace) -> pd.DataFrame:
    return pd.read_csv(ws.root / "derived" / "ledger.csv")


@pytest.mark.slow
def test_first_build_registers_models_and_scores_nothing(scored):
    assert scored.first_ledger.decode().startswith("build_time,claim_id,kind,")
    assert scored.first_ledger.decode().count("\n") == 1  # the header only


@pytest.mark.slow
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
    assert set(missing["claim_id"]) <= new_ids | new_gain_ids
    # every new claim and gain is scored or listed with the reason: none dropped silently
    obs = pd.read_csv(scored.root / "derived" / "observations.csv", dtype=str)
    new_obs = set(obs["claim_id"]) - set(pd.read_csv(
        scored.root / "derived" / "previous" / "observations.csv", dtype=str)["claim_id"])
    assert new_gain_ids and new_gain_ids & set(missing["claim_id"])
    assert set(rows["claim_id"]) | set(missing["claim_id"]) == new_obs | new_gain_ids


@pytest.mark.slow
def test_index_shows_a_calibration_line(scored):
    index = (scored.reports / "index.html").read_text(encoding="utf-8")
    assert 'id="ledger"' in index and "inside their 95% prediction intervals" in index
    assert "naive predictor" in index


@pytest.mark.slow
def test_rebuilding_never_rewrites_the_ledger(scored):
    before = (scored.root / "derived" / "ledger.csv").read_bytes()
    forced = scored.build("--force")
    assert forced.returncode == 0, forced.stderr[-3000:]
    assert (scored.root / "derived" / "ledger.csv").read_bytes() == before


@pytest.mark.slow
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


def read_missing(ws: Workspace) -> pd.DataFrame:
    return pd.read_csv(ws.root / "derived" / "unpredictable.csv", dtype=str)


def unchanged_papers(ws: Workspace) -> set[str]:
    """Papers of the previous build whose abstract this build read unchanged."""
    derived = ws.root / "derived"
    old = pd.read_parquet(derived / "previous" / "papers.parquet")[["paper_id", "abstract"]]
    new = pd.read_parquet(derived / "papers.parquet")[["paper_id", "abstract"]]
    both = old.merge(new, on="paper_id", suffixes=("_old", "_new"))
    return set(both.loc[both["abstract_old"] == both["abstract_new"], "paper_id"])


@pytest.mark.slow
def test_a_failed_ledger_step_leaves_the_new_claims_to_the_next_build(recovered, scored):
    assert recovered.failed_ledger == recovered.first_ledger  # nothing scored yet
    rows, expected = read_ledger(recovered), read_ledger(scored)
    # the rerun made the failed build's tables (new claims included) the previous snapshot,
    # yet scored the new claims against the models of the last scored build
    previous = pd.read_csv(recovered.root / "derived" / "previous" / "observations.csv",
                           dtype=str)
    assert set(previous["claim_id"]) >= set(expected.loc[expected["kind"] == "score",
                                                         "claim_id"])
    assert len(rows) > 0
    key = ["claim_id", "model_used", "data_hash", "observed", "predicted"]
    assert rows[key].sort_values(key).reset_index(drop=True).equals(
        expected[key].sort_values(key).reset_index(drop=True))
    assert len(scored.second_missing) and read_missing(recovered).sort_values(
        ["claim_id", "reason"], ignore_index=True).equals(scored.second_missing.sort_values(
            ["claim_id", "reason"], ignore_index=True))
    again = recovered.build("--force")
    assert again.returncode == 0, again.stderr[-3000:]
    assert len(read_ledger(recovered)) == len(rows)  # scored once, not again


@pytest.mark.slow
def test_claims_new_only_because_extraction_changed_are_not_scored(reextracted):
    derived = reextracted.root / "derived"
    unchanged = unchanged_papers(reextracted)
    obs = pd.read_csv(derived / "observations.csv", dtype=str)
    gains = pd.read_csv(derived / "gains.csv", dtype=str)
    previous = derived / "previous"
    old_ids = set(pd.read_csv(previous / "observations.csv", dtype=str)["claim_id"])
    old_gain_ids = set(pd.read_csv(previous / "gains.csv", dtype=str)["gain_id"])
    again = set(obs.loc[obs["paper_id"].isin(unchanged), "claim_id"]) - old_ids
    assert len(again) > 100  # the extracted claims of unchanged papers (not curated ones)
    rows = read_ledger(reextracted)
    assert len(rows) > 0 and not set(rows["paper_id"]) & unchanged
    missing = read_missing(reextracted)
    listed = set(missing.loc[missing["reason"] == EXTRACTION_CHANGED, "claim_id"])
    again_gains = set(gains.loc[gains["paper_id"].isin(unchanged), "gain_id"]) - old_gain_ids
    assert again_gains and listed == again | again_gains
    assert not listed & set(rows["claim_id"])


def renamed(table: pd.DataFrame, papers: set[str], tag: str) -> pd.DataFrame:
    """The table with the claim ids of `papers` replaced by new ones."""
    mask = table["paper_id"].isin(papers)
    ids = table["claim_id"].where(~mask, tag + table["claim_id"])
    return table.assign(claim_id=ids)


def test_only_claims_of_new_or_changed_papers_are_scored():
    claims, registry = simulate_scaling_claims(np.random.default_rng(11))
    before = observations(claims, registry)
    papers = pd.DataFrame({"paper_id": sorted(before["paper_id"].unique())})
    papers["abstract"] = "Abstract of " + papers["paper_id"]
    same, edited, copied = papers["paper_id"].iloc[:3]
    base = Baseline(current_models(before, None), frozenset(before["claim_id"]), frozenset(),
                    abstract_hashes(papers))
    now = renamed(renamed(before, {same}, "x"), {edited}, "y")
    added = before[before["paper_id"] == copied].assign(
        paper_id="pnew", claim_id=lambda f: "z" + f["claim_id"])
    now = pd.concat([now, added], ignore_index=True)
    papers_now = pd.concat([papers, pd.DataFrame({"paper_id": ["pnew"], "abstract": ["New."]})])
    papers_now.loc[papers_now["paper_id"] == edited, "abstract"] = "An edited abstract."
    gains = pd.DataFrame({"gain_id": ["gx1"], "paper_id": [same]})
    rows, missing = score_since(base, now, gains, papers_now, build_time="t")
    reasons = missing.set_index("claim_id")["reason"]
    reextracted = now.loc[now["paper_id"] == same, "claim_id"]
    assert set(reasons[reasons == EXTRACTION_CHANGED].index) == {*reextracted, "gx1"}
    evidence = set(now.loc[now["paper_id"].isin([edited, "pnew"]), "claim_id"])
    assert len(rows) > 0 and set(rows["claim_id"]) <= evidence
    assert set(rows["claim_id"]) | set(reasons[reasons != EXTRACTION_CHANGED].index) == evidence


def ledger_rows(claims: list[str], model: str) -> pd.DataFrame:
    rows = pd.DataFrame({"build_time": "2025-01-01T00:00:00+0000", "claim_id": claims,
                         "kind": "score", "paper_id": "p1", "model": model,
                         "benchmark": "GSM8K", "observed": np.linspace(1 / 3, 2 / 3,
                                                                       len(claims)),
                         "predicted": 50.0, "pi_low": 10.0, "pi_high": 90.0, "inside": True,
                         "naive_predicted": 1e-17, "model_used": "score: m",
                         "data_hash": "abc"})
    return rows.reindex(columns=LEDGER_COLUMNS)


def test_appending_keeps_every_earlier_row_byte_identical(tmp_path):
    path = tmp_path / "ledger.csv"
    assert ledger.append_ledger(pd.DataFrame(), path) == 0
    assert path.read_text() == ",".join(LEDGER_COLUMNS) + "\n"  # the header only
    assert ledger.append_ledger(ledger_rows(["c1", "c2"], 'Qwen, "7B"'), path) == 2
    # a row another writer formatted otherwise (needless quotes, a short float)
    with path.open("a", encoding="utf-8") as handle:
        handle.write('2024-12-31T00:00:00+0000,"c0",score,p0,M,"GSM8K",1.5,2,0,9,False,.5,'
                     "score: m,abc\n")
    for step, claims in enumerate((["c3"], ["c4", "c5", "c6"])):
        before = path.read_bytes()
        assert ledger.append_ledger(ledger_rows(claims, f"M{step}"), path) == len(claims)
        after = path.read_bytes()
        assert after.startswith(before) and after.count(b"\n") == before.count(b"\n") + len(
            claims)
    before = path.read_bytes()
    assert ledger.append_ledger(ledger_rows(["c4", "c5"], "M1"), path) == 0  # already there
    assert path.read_bytes() == before
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert list(table["claim_id"]) == ["c1", "c2", "c0", "c3", "c4", "c5", "c6"]
    assert table["model"].iloc[0] == 'Qwen, "7B"'


def test_appending_to_a_ledger_of_an_older_header_keeps_its_rows(tmp_path):
    path = tmp_path / "ledger.csv"
    older = [c for c in LEDGER_COLUMNS if c != "naive_predicted"]
    ledger_rows(["c1"], "M").reindex(columns=older).to_csv(path, index=False)
    before = path.read_bytes()
    assert ledger.append_ledger(ledger_rows(["c2"], "M"), path) == 1
    assert path.read_bytes().startswith(before)
    assert list(pd.read_csv(path).columns) == older
