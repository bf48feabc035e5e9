"""The extractor of the commit issue 17 measured, run on the bench's own corpus (one-run ratio)."""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import numpy as np

from analysis import config
from analysis.dev.bench_limits import EXTRACT_SPEEDUP_MIN
from analysis.errors import ReasonscaleError

log = logging.getLogger(__name__)

# main when issue 17 was filed (end of session 1: 553 abstracts/s in its own bench). Its
# extraction child is `python -m analysis.bench PAPERS.parquet` (the flat layout of that time),
# which prints the same JSON as analysis.dev.bench's child, with its own extractor and tables.
REFERENCE_COMMIT = "80992fd"
REFERENCE_CHILD = "analysis.bench"
REFERENCE_SIZE = 10_000  # abstracts: long enough to time (~20 s), short enough to run twice


def export_commit(commit: str, dest: Path, *, root: Path = config.PROJ_ROOT) -> Path:
    """The tree of `commit` written under `dest` (git archive); raises if git cannot."""
    run = subprocess.run(["git", "-C", str(root), "archive", "--format=tar", commit],
                         capture_output=True)
    if run.returncode != 0:
        raise ReasonscaleError(f"bench: cannot export commit {commit}: "
                               f"{run.stderr.decode(errors='replace').strip()}")
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(run.stdout)) as archive:
        archive.extractall(dest, filter="data")
    return dest


def _child(module: str, papers_path: Path, source: Path) -> dict:
    """An extraction child (`python -m module PAPERS`) run from `source`, first on the path."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("REASONSCALE_")}
    env["PYTHONPATH"] = str(source)
    run = subprocess.run([sys.executable, "-m", module, str(papers_path)], cwd=source, env=env,
                         capture_output=True, text=True)
    if run.returncode != 0:
        raise ReasonscaleError(f"bench: extraction child {module} in {source} failed:\n"
                               f"{run.stderr[-3000:]}")
    return json.loads(run.stdout.strip().splitlines()[-1])


def compare_with_reference(work: Path, *, rng: np.random.Generator,
                           size: int = REFERENCE_SIZE, rounds: int = 2) -> dict:
    """This code's and the reference commit's extraction of one synthetic corpus, alternated
    (reference, current, reference, ...) so both see the same load; the fastest round of each.

    Each extracts with its own rules and tables: the comparison is of throughput, and the
    claim and fact counts of both are kept beside it.
    """
    from analysis.corpus.ingest import load_corpus
    from analysis.dev.synthetic import papers_table, synthetic_papers

    source = export_commit(REFERENCE_COMMIT, work / "reference")
    path = work / f"papers_reference_{size}.parquet"
    real = load_corpus(config.RAW_DIR)
    papers_table(synthetic_papers(real, size, rng=rng), rng=rng).to_parquet(path)
    runs: dict[str, list[dict]] = {"reference": [], "current": []}
    for _ in range(rounds):
        runs["reference"].append(_child(REFERENCE_CHILD, path, source))
        runs["current"].append(_child("analysis.dev.bench", path, config.PROJ_ROOT))
    path.unlink()
    best = {who: min(found, key=lambda r: r["s"]) for who, found in runs.items()}
    log.info("extraction of %d abstracts: reference %s, current %s", size, best["reference"],
             best["current"])
    return {"commit": REFERENCE_COMMIT, "size": size, "rounds": rounds, **best,
            "runs_s": {who: [r["s"] for r in found] for who, found in runs.items()}}


def speedup(comparison: dict | None) -> dict:
    """Throughput of the current code over the reference's (wall and CPU) and its floor."""
    if not comparison:
        return {"min": EXTRACT_SPEEDUP_MIN, "value": None, "cpu": None, "holds": None}
    reference, current = comparison["reference"], comparison["current"]
    wall, cpu = reference["s"] / current["s"], reference["cpu_s"] / current["cpu_s"]
    return {"min": EXTRACT_SPEEDUP_MIN, "value": wall, "cpu": cpu,
            "holds": wall >= EXTRACT_SPEEDUP_MIN}
