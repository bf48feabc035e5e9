"""Tests of the benchmark harness (analysis/bench.py) and its synthetic corpora (synthetic.py)."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from analysis.config import PROJ_ROOT, RAW_DIR
from analysis.corpus.ingest import PAPER_COLUMNS, load_corpus
from analysis.dev import bench
from analysis.dev.bench_reference import REFERENCE_COMMIT, compare_with_reference, speedup
from analysis.dev.synthetic import (
    SIZES_B,
    SIZES_M,
    papers_table,
    render_pages,
    synthetic_papers,
    vary_text,
    write_corpus,
)

NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")


@pytest.fixture(scope="module")
def real() -> pd.DataFrame:
    return load_corpus(RAW_DIR)


def test_same_seed_same_corpus_other_seed_other_corpus(real):
    first = synthetic_papers(real, 200, rng=np.random.default_rng(7))
    again = synthetic_papers(real, 200, rng=np.random.default_rng(7))
    other = synthetic_papers(real, 200, rng=np.random.default_rng(8))
    pd.testing.assert_frame_equal(first, again)
    assert (first["abstract"] != other["abstract"]).mean() > 0.9


def test_corpus_has_requested_size_and_nothing_repeats(real):
    papers = synthetic_papers(real, 2 * len(real), rng=np.random.default_rng(1))
    assert len(papers) == 2 * len(real)
    assert papers["title"].is_unique
    # resampling twice the corpus must draw abstracts more than once, yet varied numbers make
    # (almost) every text distinct; abstracts without any number can repeat
    assert papers["abstract"].nunique() > 0.9 * len(papers)


def test_vary_text_changes_sizes_and_scores_but_not_years_or_names():
    text = ("MobileLLM-R1-950M achieves an AIME 2024 score of 15.5, compared to 0.6 for "
            "Qwen3-0.6B; accuracy rose from 63% to 80.25% with 36T tokens.")
    variants = [vary_text(text, np.random.default_rng(seed)) for seed in range(40)]
    assert len(set(variants)) > 30
    for variant in variants:
        assert "AIME 2024 score of " in variant and "Qwen3-" in variant and "36T" in variant
        assert re.search(r"MobileLLM-R1-(\d+)M ", variant).group(1) in SIZES_M
        assert re.search(r"Qwen3-([\d.]+)B;", variant).group(1) in SIZES_B
        score = re.search(r"score of (\d+\.\d)\b", variant)  # one decimal kept
        low, high = re.search(r"from (\d+)% to (\d+\.\d\d)%", variant).groups()
        for value in (score.group(1), low, high):
            assert 0.0 <= float(value) <= 100.0


def test_varied_scores_stay_near_the_original():
    text = "The model scores 50.0 on GSM8K."
    values = [float(re.search(r"scores (\d+\.\d)", vary_text(text, np.random.default_rng(s)))
                    .group(1)) for s in range(300)]
    # relative jitter SCORE_JITTER = 8%: mean 50, sd 4 (tolerance 1 point on the mean)
    assert abs(np.mean(values) - 50.0) < 1.0
    assert 2.5 < np.std(values) < 5.5


def test_pages_parse_back_to_the_same_papers(real, tmp_path):
    rng = np.random.default_rng(3)
    papers = synthetic_papers(real, 130, rng=rng)
    paths = write_corpus(papers, tmp_path / "corpus", rng=rng, per_page=50)
    assert len(paths) == 3  # 50 + 50 + 30
    parsed = load_corpus(tmp_path / "corpus")
    assert list(parsed["title"]) == list(papers["title"])
    assert list(parsed["abstract"]) == list(papers["abstract"])
    assert parsed["published"].notna().all() and parsed["n_authors"].notna().all()


def test_render_pages_has_requested_page_sizes(real):
    rng = np.random.default_rng(4)
    papers = synthetic_papers(real, 11, rng=rng)
    pages = render_pages(papers, per_page=4, rng=rng)
    assert [page.count(" authors\n·\n") for page in pages] == [4, 4, 3]


def test_papers_table_matches_what_ingest_builds(real, tmp_path):
    rng = np.random.default_rng(5)
    papers = synthetic_papers(real, 40, rng=rng)
    table = papers_table(papers, rng=rng)
    write_corpus(papers, tmp_path / "corpus", rng=rng)
    parsed = load_corpus(tmp_path / "corpus")
    assert list(table.columns) == PAPER_COLUMNS
    assert list(table["paper_id"]) == list(parsed["paper_id"])
    assert dict(table.dtypes) == dict(parsed.dtypes)


def test_synthetic_papers_refuses_empty_requests(real):
    with pytest.raises(ValueError, match="n >= 1"):
        synthetic_papers(real, 0, rng=np.random.default_rng(0))


def _results(**overrides) -> dict:
    results = {
        "cold_s": 25.0, "noop_s": 6.0, "one_change_s": 30.0, "baseline_s": 100.0,
        "extract": {"1000": {"s": 1.0, "peak_mb": 200.0},
                    "10000": {"s": 10.0, "cpu_s": 8.0, "peak_mb": 400.0},
                    "100000": {"s": 125.0, "cpu_s": 88.0, "peak_mb": 900.0}},
        "expected_to_rerun": ["claims", "scaling"], "must_rerun": ["claims", "scaling"],
        "reran_on_one_change": ["claims", "scaling"], "reports": 3,
        "date": "2026-11-22T00:00:00+00:00", "machine": "test box",
        "cpu_s": {"cold": 90.0, "baseline": 120.0, "one_change": 60.0},
    }
    return {**results, **overrides}


def test_floors_are_ratios_against_the_limits():
    ratios, floors = bench.evaluate_floors(_results())
    assert ratios["cold_over_baseline"] == pytest.approx(0.25)
    assert ratios["noop_over_baseline"] == pytest.approx(0.06)
    assert ratios["extract_100k_over_10k"] == pytest.approx(12.5)
    assert ratios["extract_100k_over_10k_cpu"] == pytest.approx(11.0)
    assert ratios["cold_cpu_over_baseline_cpu"] == pytest.approx(0.75)
    assert floors["cold_over_baseline"]["holds"] is True  # 0.25 <= 0.3
    assert floors["noop_over_baseline"]["holds"] is False
    assert floors["extract_100k_over_10k"]["holds"] is False
    assert floors["extract_100k_peak_mb"]["holds"] is True
    assert floors["one_change_reruns_only_dependents"]["holds"] is True
    _, slow = bench.evaluate_floors(_results(cold_s=31.0, extract={
        **_results()["extract"], "100000": {"s": 100.0, "cpu_s": 80.0, "peak_mb": 1100.0}}))
    assert slow["cold_over_baseline"]["holds"] is False  # 0.31 > 0.3
    assert slow["extract_100k_peak_mb"]["holds"] is False  # 1100 MiB > 1 GiB


@pytest.mark.parametrize("reran", [["claims", "scaling", "overview"], ["claims"]])
def test_one_change_floor_fails_on_extra_or_missing_reruns(reran):
    _, floors = bench.evaluate_floors(_results(reran_on_one_change=reran))
    assert floors["one_change_reruns_only_dependents"]["holds"] is False


def test_floors_not_measured_without_the_large_corpora():
    _, floors = bench.evaluate_floors(_results(extract={"1000": {"s": 1.0, "peak_mb": 200.0}}))
    assert floors["extract_100k_over_10k"]["holds"] is None
    assert floors["extract_100k_peak_mb"]["holds"] is None


def test_table_shows_every_measurement_and_verdict():
    results = _results()
    results["ratios"], results["floors"] = bench.evaluate_floors(results)
    table = bench.format_table(results)
    assert "test box" in table
    assert re.search(r"cold build.*25\.0 s.*0\.25 x baseline.*holds", table)
    assert re.search(r"no-op build.*6\.00 s.*FAILS", table)
    assert re.search(r"extract 100,000 abstracts.*125\.00 s.*800 abstracts/s", table)
    assert re.search(r"100k / 10k time.*12\.5.*FAILS", table)
    assert re.search(r"CPU time.*90 s.*120 s = 0\.75", table)
    assert re.search(r"extract 10,000 abstracts.*8\.0 s CPU", table)
    assert re.search(r"100k / 10k CPU time.*11\.0", table)


def test_speedup_is_the_reference_time_over_ours():
    comparison = {"commit": "abc1234", "size": 10000,
                  "reference": {"s": 24.0, "cpu_s": 20.0}, "current": {"s": 16.0, "cpu_s": 20.0}}
    found = speedup(comparison)
    assert found["value"] == pytest.approx(1.5) and found["cpu"] == pytest.approx(1.0)
    assert found["holds"] is True
    slow = speedup({**comparison, "current": {"s": 21.0, "cpu_s": 18.0}})
    assert slow["holds"] is False  # 24 / 21 = 1.14 < 1.2
    assert speedup(None)["holds"] is None
    results = _results(reference=comparison)
    results["ratios"], results["floors"] = bench.evaluate_floors(results)
    table = bench.format_table(results)
    assert re.search(r"extract 10,000: commit abc1234.*24\.00 s", table)
    assert re.search(r"this code.*16\.00 s.*speed-up 1\.50x \(CPU 1\.00x\).*holds", table)


def test_the_speedup_holds_only_at_the_same_output():
    comparison = {"commit": "abc1234", "same_output_commit": "def5678", "size": 10000,
                  "reference": {"s": 24.0, "cpu_s": 20.0}, "current": {"s": 16.0, "cpu_s": 20.0},
                  "same_rules": {"s": 20.0, "cpu_s": 19.0}, "same_output": True}
    found = speedup(comparison)
    assert found["holds"] is True and found["over_same_rules"] == pytest.approx(1.25)
    results = _results(reference=comparison)
    results["ratios"], results["floors"] = bench.evaluate_floors(results)
    assert re.search(r"commit def5678.*20\.00 s.*identical.*alone 1\.25x",
                     bench.format_table(results))
    changed = speedup({**comparison, "same_output": False})
    assert changed["holds"] is False and changed["value"] == pytest.approx(1.5)
    # rules changed since the speed work: its own last commit is the fast end of the ratio
    later = speedup({**comparison, "speed_head": {"s": 10.0, "cpu_s": 9.0}})
    assert later["over_same_rules"] == pytest.approx(2.0) and later["value"] == pytest.approx(1.5)
    results = _results(reference={**comparison, "speed_head": {"s": 10.0, "cpu_s": 9.0},
                                  "speed_head_commit": "0123abc", "rules_changed": True})
    results["ratios"], results["floors"] = bench.evaluate_floors(results)
    assert re.search(r"commit 0123abc.*10\.00 s.*identical.*alone 2\.00x.*differ",
                     bench.format_table(results))


@pytest.mark.skipif(subprocess.run(["git", "cat-file", "-e", f"{REFERENCE_COMMIT}^{{commit}}"],
                                   cwd=PROJ_ROOT, capture_output=True).returncode != 0,
                    reason=f"the clone lacks history back to {REFERENCE_COMMIT}")
def test_reference_commit_extracts_the_same_corpus_in_its_own_process(tmp_path):
    found = compare_with_reference(tmp_path, rng=np.random.default_rng(3), size=40, rounds=1)
    then, now = found["reference"], found["current"]
    assert then["abstracts"] == now["abstracts"] == 40
    assert then["s"] > 0 and now["s"] > 0 and then["claims"] > 0 and now["claims"] > 0
    # the reference ran its own code: the old flat layout, not this tree's subpackages
    assert (tmp_path / "reference" / "analysis" / "bench.py").exists()
    assert not (tmp_path / "reference" / "analysis" / "dev").exists()
    assert not list(tmp_path.glob("*.parquet")) and not list(tmp_path.glob("dump_*"))
    # the commit before the speed work and the speed work's last commit share their rules: the
    # same tables, byte for byte; this code's rules changed since (session 4)
    assert found["same_rules"]["claims"] == found["speed_head"]["claims"]
    digests = found["output_sha256"]
    assert found["same_output"] and digests["same_rules"] == digests["speed_head"]
    assert found["rules_changed"] == (digests["current"] != digests["speed_head"])
    assert all(len(digest) == 64 for who in digests for digest in digests[who].values())


def test_machine_info_names_cores_and_versions():
    info = bench.machine_info()
    assert info["cores"] >= 1 and info["python"].startswith("3.")
    assert info["packages"]["pandas"] == pd.__version__
    assert f"{info['cores']} cores" in info["machine"]


def test_extraction_measured_in_a_fresh_process(tmp_path):
    pytest.importorskip("analysis.claims.extract")
    results = bench.measure_extraction((30, 60), tmp_path, rng=np.random.default_rng(2))
    assert list(results) == ["30", "60"]
    for size, entry in results.items():
        assert entry["abstracts"] == int(size)
        assert entry["s"] > 0 and entry["claims"] > 0
        # the child's peak includes pandas and the table, so it is at least what it had loaded
        assert entry["peak_mb"] >= entry["loaded_mb"] > 50
    assert not list(tmp_path.glob("*.parquet"))  # inputs removed after each size


@pytest.mark.slow
def test_run_bench_writes_every_required_key(tmp_path):
    matrix = tmp_path / "reports.yml"
    matrix.write_text(
        "reports:\n"
        "  - {name: overview, notebook: 01_corpus_overview.ipynb, title: Overview,"
        " inputs: [papers, benchmarks, models], parameters: {top_n: 5}}\n"
        "  - {name: claims, notebook: 02_claims.ipynb, title: Claims,"
        " inputs: [papers, claims, models], parameters: {tolerance: 1.0, top_n: 5}}\n",
        encoding="utf-8")
    out = tmp_path / "bench.json"
    bench.run_bench(runs=1, sizes=(20, 40), out=out, matrix=matrix,
                    rng=np.random.default_rng(0), reference=False)
    results = json.loads(out.read_text(encoding="utf-8"))
    for key in ("cold_s", "noop_s", "one_change_s", "baseline_s", "extract", "ratios", "floors",
                "reran_on_one_change", "cores", "python", "packages", "date", "machine"):
        assert key in results, key
    assert set(results["extract"]) == {"20", "40"}
    assert set(results["extract"]["20"]) >= {"s", "peak_mb"}
    # the overview reads no claims (a code edit by someone else mid-run would re-run it too)
    assert results["reran_on_one_change"] == ["claims"], results["one_change_reasons"]
    assert results["floors"]["one_change_reruns_only_dependents"]["holds"] is True


def test_shuffle_keeps_the_first_sentence_and_every_other_one():
    from analysis.dev.synthetic import shuffle_sentences

    text = "We study A. Then B happens. Results: C is 3.5 points. Finally D! Code at E."
    shuffled = {shuffle_sentences(text, np.random.default_rng(s)) for s in range(50)}
    assert len(shuffled) > 5
    for variant in shuffled:
        assert variant.startswith("We study A. ")
        assert len(variant) == len(text)
        for sentence in ("Then B happens.", "Results: C is 3.5 points.", "Finally D!",
                         "Code at E."):
            assert sentence in variant


def test_source_version_names_the_commit_and_counts_changed_code(tmp_path):
    def git(*args: str) -> str:
        return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
                              cwd=tmp_path, check=True, capture_output=True,
                              text=True).stdout.strip()

    git("init", "-q")
    (tmp_path / "analysis").mkdir()
    (tmp_path / "analysis" / "a.py").write_text("x = 1\n")
    (tmp_path / "README.md").write_text("readme\n")
    git("add", "-A")
    git("commit", "-qm", "first")
    head = git("rev-parse", "--short", "HEAD")
    assert bench.source_version(root=tmp_path) == {"commit": head, "uncommitted_changes": 0}
    (tmp_path / "README.md").write_text("changed, but not code\n")
    assert bench.source_version(root=tmp_path)["uncommitted_changes"] == 0
    (tmp_path / "analysis" / "a.py").write_text("x = 2\n")
    (tmp_path / "analysis" / "b.py").write_text("y = 1\n")
    assert bench.source_version(root=tmp_path)["uncommitted_changes"] == 2


def test_a_childs_peak_memory_is_its_own_not_its_parents():
    # ru_maxrss survives exec: a child of a big parent would report the parent's peak
    ballast = bytearray(400 * 1024 * 1024)
    ballast[::4096] = b"\x01" * len(ballast[::4096])  # touch every page so it is resident
    code = "from analysis.dev.bench import _peak_rss_mb; print(_peak_rss_mb())"
    child = subprocess.run([sys.executable, "-c", code], cwd=PROJ_ROOT, capture_output=True,
                           text=True, check=True)
    assert float(child.stdout.strip()) < 300  # the imports take about 100 MiB, not 400
    del ballast
