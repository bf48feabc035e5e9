"""Benchmark harness: build speed against the plain papermill loop, and extraction at scale."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

import numpy as np

from analysis import config
from analysis.dev.bench_limits import (
    COLD_OVER_BASELINE_MAX,
    EXTRACT_100K_OVER_10K_MAX,
    EXTRACT_PEAK_MAX_MB,
    NOOP_OVER_BASELINE_MAX,
)
from analysis.dev.bench_reference import compare_with_reference, speedup
from analysis.dev.bench_table import format_table
from analysis.errors import ReasonscaleError

log = logging.getLogger(__name__)

BENCH_SEED = 20251122  # synthetic corpora are the same in every run
PACKAGES = ("pandas", "numpy", "scipy", "statsmodels", "matplotlib", "seaborn", "papermill",
            "nbconvert", "nbclient", "ipykernel", "jupyter_client", "pyarrow")
# Tables whose change a claim-override edit can propagate to (build/derived.STEPS: overrides
# feed claims, claims feed observations, which feed gains, the ledger and fits).
CLAIM_DEPENDENT_INPUTS = {"overrides", "claims", "observations", "gains", "ledger", "fits"}
STDERR_TAIL_CHARS = 3000  # of a failed subprocess, in the error message


def _venv_tool(name: str) -> str:
    """A console script of the running interpreter's environment (.venv/bin/papermill)."""
    path = Path(sys.executable).parent / name
    return str(path) if path.exists() else name


def make_workspace(root: Path) -> dict[str, str]:
    """Copy the raw pages and curation into `root`; return the env that points a build there.

    The registry, notebooks and report matrix are read from the repository (read-only).
    """
    shutil.copytree(config.RAW_DIR, root / "raw")
    curation = root / "curation"
    if config.CURATION_DIR.exists():
        shutil.copytree(config.CURATION_DIR, curation)
    curation.mkdir(exist_ok=True)
    return {
        **os.environ,
        "REASONSCALE_RAW_DIR": str(root / "raw"),
        "REASONSCALE_CURATION_DIR": str(curation),
        "REASONSCALE_DERIVED_DIR": str(root / "derived"),
        "REASONSCALE_REPORTS_DIR": str(root / "reports"),
        "REASONSCALE_REPORTS_CONFIG": str(config.REPORTS_CONFIG),
        "REASONSCALE_REGISTRY_DIR": str(config.REGISTRY_DIR),
    }


def _run(command: list[str], env: dict[str, str], *, cwd: Path, what: str) -> float:
    """Run a command to completion; return its wall time (s); raise with its stderr on failure."""
    started = time.perf_counter()
    result = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise ReasonscaleError(f"bench: {what} failed (exit {result.returncode}):\n"
                               f"{result.stderr[-STDERR_TAIL_CHARS:]}")
    return seconds


def _child_cpu_s() -> float:
    """User + system CPU seconds of every finished (waited-for) descendant so far.

    Unlike wall time, this does not grow when other jobs compete for the cores.
    """
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_build(env: dict[str, str]) -> tuple[float, dict[str, dict]]:
    """One `python -m analysis build` in the workspace: wall time and its manifest entries."""
    seconds = _run([sys.executable, "-m", "analysis", "build"], env, cwd=config.PROJ_ROOT,
                   what="python -m analysis build")
    manifest_path = Path(env["REASONSCALE_REPORTS_DIR"]) / "manifest.json"
    reports = json.loads(manifest_path.read_text(encoding="utf-8"))["reports"]
    failed = {name: e.get("error", "") for name, e in reports.items() if e.get("status") != "ok"}
    if failed:
        raise ReasonscaleError(f"bench: reports failed, timings would be meaningless: {failed}")
    return seconds, reports


def _ran(reports: dict[str, dict]) -> dict[str, str]:
    """Reports the last build ran, with the build's reason."""
    return {name: e.get("reason", "") for name, e in sorted(reports.items())
            if e.get("last_action") == "ran"}


def edit_claim_override(env: dict[str, str]) -> str:
    """Append to the workspace's claims.csv a `reject` of one extracted claim; return its id.

    The format is data/curation/README.md's (analysis.curated.curation.OVERRIDE_COLUMNS). The claim
    is the first extracted one (by id) not yet overridden, so the edit always changes the
    claims table and every report reading it must be rebuilt.
    """
    import csv

    import pandas as pd

    from analysis.curated.curation import OVERRIDE_COLUMNS

    overrides = Path(env["REASONSCALE_CURATION_DIR"]) / "claims.csv"
    claims = pd.read_csv(Path(env["REASONSCALE_DERIVED_DIR"]) / "claims.csv",
                         dtype=str, keep_default_na=False)
    taken: set[str] = set()
    if overrides.exists():
        with open(overrides, encoding="utf-8", newline="") as handle:
            taken = {row.get("claim_id", "") for row in csv.DictReader(handle)}
    else:
        overrides.write_text(",".join(OVERRIDE_COLUMNS) + "\n", encoding="utf-8")
    free = sorted(set(claims.loc[claims["rule"] != "curated", "claim_id"]) - taken)
    if not free:
        raise ReasonscaleError("bench: no extracted claim left to reject for the one-change run")
    text = overrides.read_text(encoding="utf-8")
    row = {"action": "reject", "claim_id": free[0], "paper_id": "", "field": "", "value": "",
           "reason": "benchmark: one curated change"}
    with open(overrides, "a", encoding="utf-8", newline="") as handle:
        if text and not text.endswith("\n"):
            handle.write("\n")
        csv.DictWriter(handle, fieldnames=OVERRIDE_COLUMNS).writerow(row)
    return f"reject {free[0]}"


def baseline_loop(specs: list, env: dict[str, str], out_dir: Path) -> None:
    """What a user would write: papermill then nbconvert per report, one after another."""
    out_dir.mkdir(parents=True, exist_ok=True)
    papermill, jupyter = _venv_tool("papermill"), _venv_tool("jupyter")
    for spec in specs:
        executed = out_dir / f"{spec.name}.ipynb"
        command = [papermill, str(spec.notebook_path), str(executed), "-k", config.KERNEL_NAME,
                   "--no-progress-bar"]
        for name, value in spec.parameters.items():
            # -p infers int/float/bool from the text; -y takes YAML for lists and mappings
            if isinstance(value, list | dict):
                command += ["-y", json.dumps({name: value})]
            else:
                command += ["-p", name, str(value)]
        _run(command, env, cwd=config.NOTEBOOKS_DIR, what=f"papermill {spec.name}")
        _run([jupyter, "nbconvert", "--to", "html", str(executed)], env,
             cwd=config.NOTEBOOKS_DIR, what=f"nbconvert {spec.name}")


def _peak_rss_mb() -> float:
    """Peak resident set size of this process's own memory so far, MiB.

    Linux's VmHWM (/proc/self/status, KiB) starts afresh at exec; ru_maxrss does not: exec
    carries over the high-water mark of the memory the process was forked from, so a child
    started by a 600 MiB parent reports at least 600 MiB. ru_maxrss only where /proc is absent.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def extraction_child(papers_path: Path) -> dict:
    """In a fresh process: extract claims and facts from a papers table, as the build does (one
    pass for both); time and peak RSS."""
    import pandas as pd

    from analysis.claims.extract import extract_tables
    from analysis.curated.benchmarks import load_benchmarks

    papers = pd.read_parquet(papers_path)
    benchmarks = load_benchmarks(config.BENCHMARKS_PATH)
    loaded_mb = _peak_rss_mb()
    started, cpu_started = time.perf_counter(), time.process_time()
    claims, facts = extract_tables(papers, benchmarks=benchmarks)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    return {"s": round(seconds, 3), "cpu_s": round(cpu, 3), "peak_mb": round(_peak_rss_mb(), 1),
            "loaded_mb": round(loaded_mb, 1), "abstracts": len(papers),
            "claims": len(claims), "facts": len(facts)}


def measure_extraction(sizes: tuple[int, ...], work: Path, *, rng: np.random.Generator) -> dict:
    """Extraction over synthetic corpora of each size, each in its own process (clean peak)."""
    from analysis.corpus.ingest import load_corpus
    from analysis.dev.synthetic import papers_table, synthetic_papers

    real = load_corpus(config.RAW_DIR)
    results = {}
    for size in sizes:
        started = time.perf_counter()
        path = work / f"papers_{size}.parquet"
        papers_table(synthetic_papers(real, size, rng=rng), rng=rng).to_parquet(path)
        log.info("synthetic corpus of %d abstracts in %.1fs", size, time.perf_counter() - started)
        result = subprocess.run([sys.executable, "-m", "analysis.dev.bench", str(path)],
                                cwd=config.PROJ_ROOT, capture_output=True, text=True)
        if result.returncode != 0:
            raise ReasonscaleError(f"bench: extraction of {size} abstracts failed:\n"
                                   f"{result.stderr[-STDERR_TAIL_CHARS:]}")
        results[str(size)] = json.loads(result.stdout.strip().splitlines()[-1])
        log.info("extraction of %d abstracts: %s", size, results[str(size)])
        path.unlink()
    return results


def evaluate_floors(results: dict) -> tuple[dict, dict]:
    """The ratios of issue 7 and whether each floor holds (None when not measured)."""
    baseline = results.get("baseline_s") or float("nan")
    extract = results.get("extract", {})
    big, small = extract.get("100000", {}).get("s"), extract.get("10000", {}).get("s")
    ratios = {"cold_over_baseline": results["cold_s"] / baseline,
              "noop_over_baseline": results["noop_s"] / baseline,
              "extract_100k_over_10k": big / small if big and small else None}
    big_cpu, small_cpu = (extract.get(size, {}).get("cpu_s") for size in ("100000", "10000"))
    if big_cpu and small_cpu:  # not a floor: the same ratio, insensitive to other jobs
        ratios["extract_100k_over_10k_cpu"] = big_cpu / small_cpu
    cpu = results.get("cpu_s", {})
    if cpu.get("baseline"):  # not a floor: CPU work, insensitive to other jobs on the machine
        ratios["cold_cpu_over_baseline_cpu"] = cpu["cold"] / cpu["baseline"]
    peak = extract.get("100000", {}).get("peak_mb")
    expected, reran = set(results["expected_to_rerun"]), set(results["reran_on_one_change"])

    def floor(limit: float, value: float | None) -> dict:
        return {"max": limit, "value": value, "holds": None if value is None else value <= limit}

    floors = {
        "cold_over_baseline": floor(COLD_OVER_BASELINE_MAX, ratios["cold_over_baseline"]),
        "noop_over_baseline": floor(NOOP_OVER_BASELINE_MAX, ratios["noop_over_baseline"]),
        "extract_100k_over_10k": floor(EXTRACT_100K_OVER_10K_MAX,
                                       ratios["extract_100k_over_10k"]),
        "extract_100k_peak_mb": floor(EXTRACT_PEAK_MAX_MB, peak),
        "one_change_reruns_only_dependents": {
            "expected": sorted(expected), "reran": sorted(reran),
            "holds": reran <= expected and set(results["must_rerun"]) <= reran},
        "extract_speedup": speedup(results.get("reference")),
    }
    return ratios, floors


def machine_info() -> dict:
    """Cores, CPU model, Python and package versions: what the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        models = [line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines()
                  if line.startswith("model name")]
        cpu = models[0] if models else cpu
    packages = {}
    for name in PACKAGES:
        try:
            packages[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            packages[name] = None
    memory_gib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {"cores": os.cpu_count(), "python": platform.python_version(), "packages": packages,
            "machine": f"{platform.node()}: {os.cpu_count()} cores, {cpu}, "
                       f"{memory_gib:.0f} GiB RAM, {platform.system()} {platform.release()}"}


def source_version(*, root: Path = config.PROJ_ROOT) -> dict:
    """The commit measured, and whether analysis/ or notebooks/ differ from it (read-only git)."""
    def git(*args: str) -> str:
        try:
            result = subprocess.run(["git", *args], cwd=root, capture_output=True,
                                    text=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            return ""
        return result.stdout.strip() if result.returncode == 0 else ""

    changed = git("status", "--porcelain", "--", "analysis", "notebooks", "reports.yml")
    return {"commit": git("rev-parse", "--short", "HEAD") or None,
            "uncommitted_changes": len(changed.splitlines())}


def measure_builds(env: dict[str, str], work: Path, *, runs: int) -> dict:
    """Cold, no-op and one-change builds of the matrix, then the baseline loop, in `work`."""
    from analysis.build.derived import code_hash
    from analysis.build.runner import load_matrix

    specs = load_matrix(Path(env["REASONSCALE_REPORTS_CONFIG"]))
    code, cpu = code_hash(), {}
    cpu["cold"] = -_child_cpu_s()
    cold_s, _ = timed_build(env)
    cpu["cold"] += _child_cpu_s()
    log.info("cold build: %.1fs wall, %.1fs CPU", cold_s, cpu["cold"])
    noop = []
    for _ in range(runs):
        seconds, reports = timed_build(env)
        noop.append(seconds)
        if _ran(reports):  # e.g. someone edited analysis/*.py mid-run: the code hash changed
            log.warning("the no-op build re-ran %s", _ran(reports))
    log.info("no-op builds: %s", ", ".join(f"{s:.2f}s" for s in noop))
    edit = edit_claim_override(env)
    cpu["one_change"] = -_child_cpu_s()
    one_change_s, reports = timed_build(env)
    cpu["one_change"] += _child_cpu_s()
    log.info("one change (%s): %.1fs, re-ran %s", edit, one_change_s, _ran(reports))
    cpu["baseline"], started = -_child_cpu_s(), time.perf_counter()
    baseline_loop(specs, env, work / "baseline")
    baseline_s = time.perf_counter() - started
    cpu["baseline"] += _child_cpu_s()
    log.info("baseline papermill + nbconvert loop: %.1fs wall, %.1fs CPU", baseline_s,
             cpu["baseline"])
    if code_hash() != code:
        log.warning("analysis/*.py changed during the run: builds may have re-run for that")
    return {
        "cold_s": round(cold_s, 3), "noop_s": round(statistics.median(noop), 3),
        "noop_runs_s": [round(s, 3) for s in noop], "one_change_s": round(one_change_s, 3),
        "baseline_s": round(baseline_s, 3), "reports": len(specs),
        "cpu_s": {phase: round(seconds, 1) for phase, seconds in cpu.items()},
        "code_changed_during_run": code_hash() != code,
        "one_change_edit": edit, "reran_on_one_change": list(_ran(reports)),
        "one_change_reasons": _ran(reports),
        "expected_to_rerun": sorted(s.name for s in specs
                                    if set(s.inputs) & CLAIM_DEPENDENT_INPUTS),
        "must_rerun": sorted(s.name for s in specs if set(s.inputs) & {"claims", "overrides"}),
    }


def run_bench(*, runs: int = 3, sizes: tuple[int, ...] = (1000, 10000, 100000),
              out: Path = config.REPORTS_DIR / "bench.json", matrix: Path | None = None,
              rng: np.random.Generator | None = None, reference: bool = True) -> dict:
    """Measure builds and extraction in a temporary workspace; write JSON to `out`; log a table.

    With `reference`, extraction is also timed against the extractor of
    bench_reference.REFERENCE_COMMIT on one corpus (the throughput floor of issue 17).

    The repository's derived tables and reports are never touched: raw pages and curation are
    copied into the workspace and the build is pointed there by environment variables.
    """
    if runs < 1:
        raise ReasonscaleError(f"bench: runs must be >= 1, got {runs}")
    rng = rng or np.random.default_rng(BENCH_SEED)
    started, load_before = time.perf_counter(), os.getloadavg()
    results: dict = {"date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
                     **machine_info(), "source": source_version(), "runs": runs}
    with tempfile.TemporaryDirectory(prefix="reasonscale-bench-") as tmp:
        work = Path(tmp)
        env = make_workspace(work)
        if matrix is not None:
            env["REASONSCALE_REPORTS_CONFIG"] = str(Path(matrix).resolve())
        results.update(measure_builds(env, work, runs=runs))
        results["extract"] = measure_extraction(tuple(sizes), work, rng=rng)
        if reference:
            results["reference"] = compare_with_reference(work, rng=rng)
    results["ratios"], results["floors"] = evaluate_floors(results)
    results["load_average"] = {"before": load_before, "after": os.getloadavg()}
    results["bench_s"] = round(time.perf_counter() - started, 1)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    from analysis.io import write_text

    write_text(out, json.dumps(results, indent=2, sort_keys=True) + "\n")
    table = format_table(results)
    print(table)  # the table is this command's output; progress goes to the log
    log.info("bench took %.0fs; JSON: %s", results["bench_s"], out)
    return results


if __name__ == "__main__":  # the extraction child of measure_extraction
    print(json.dumps(extraction_child(Path(sys.argv[1]))))
