"""Build the report matrix: derived tables once, then each stale notebook, in parallel."""

from __future__ import annotations

import concurrent.futures as futures
import contextlib
import ctypes
import hashlib
import json
import logging
import multiprocessing
import os
import signal
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import yaml

from analysis import config
from analysis.build.derived import (
    CURATED_TABLES,
    STEPS,
    TABLES_STATE_PATH,
    build_tables,
    code_hash,
    corpus_hash,
    current_tables,
    file_hash,
    tables_to_rebuild,
)
from analysis.build.lock import BuildLock
from analysis.errors import Problem, ReasonscaleError, ValidationError, display_path
from analysis.io import clean_stale_temporaries, data_snapshot, write_text

log = logging.getLogger(__name__)

REPORT_KEYS = {"name", "notebook", "title", "parameters", "inputs"}
TABLE_NAMES = {step.name for step in STEPS} | set(CURATED_TABLES)


@dataclass(frozen=True)
class ReportSpec:
    """One row of the report matrix: a notebook run with parameters under an output name."""

    name: str
    notebook: str  # file name in notebooks/
    title: str
    parameters: dict = field(default_factory=dict)
    inputs: tuple[str, ...] = ("papers",)  # derived tables it reads

    @property
    def notebook_path(self) -> Path:
        return config.NOTEBOOKS_DIR / self.notebook

    @property
    def html_path(self) -> Path:
        return config.REPORTS_DIR / f"{self.name}.html"

    @property
    def executed_path(self) -> Path:
        return config.REPORTS_DIR / "executed" / f"{self.name}.ipynb"


def load_matrix(path: Path = config.REPORTS_CONFIG) -> list[ReportSpec]:
    """Read and check the report matrix; every problem is reported at once."""
    shown = display_path(path)
    try:
        document = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ReasonscaleError(f"{shown}: cannot read the report matrix: {exc}") from None
    entries = (document or {}).get("reports")
    if not isinstance(entries, list) or not entries:
        raise ValidationError([Problem(shown, None, "reports", "must be a non-empty list")])
    problems, specs, seen = [], [], set()
    for index, entry in enumerate(entries, start=1):
        where = f"reports[{index}]"
        if not isinstance(entry, dict):
            problems.append(Problem(shown, None, where, "must be a mapping"))
            continue
        problems += [Problem(shown, None, f"{where}.{key}", "is not a known key")
                     for key in sorted(set(entry) - REPORT_KEYS)]
        missing = [key for key in ("name", "notebook") if not entry.get(key)]
        problems += [Problem(shown, None, f"{where}.{key}", "is required") for key in missing]
        if missing:
            continue
        spec = ReportSpec(
            name=str(entry["name"]), notebook=str(entry["notebook"]),
            title=str(entry.get("title") or entry["name"]),
            parameters=dict(entry.get("parameters") or {}),
            inputs=tuple(entry.get("inputs") or ("papers",)),
        )
        if spec.name in seen:
            problems.append(Problem(shown, None, f"{where}.name", f"duplicate name {spec.name!r}"))
        seen.add(spec.name)
        if not spec.notebook_path.exists():
            problems.append(Problem(shown, None, f"{where}.notebook",
                                    f"{spec.notebook!r} not found in notebooks/"))
        for table in set(spec.inputs) - TABLE_NAMES:
            problems.append(Problem(shown, None, f"{where}.inputs",
                                    f"unknown table {table!r} (known: {sorted(TABLE_NAMES)})"))
        specs.append(spec)
    if problems:
        raise ValidationError(problems)
    return specs


def report_key(spec: ReportSpec, tables: dict[str, dict], code: str, *, show_code: bool) -> str:
    """Content hash of everything a report's output depends on."""
    digest = hashlib.sha256()
    digest.update(file_hash(spec.notebook_path).encode())
    digest.update(json.dumps(spec.parameters, sort_keys=True, default=str).encode())
    digest.update(spec.title.encode())
    for table in sorted(spec.inputs):
        digest.update(tables.get(table, {}).get("output_hash", "").encode())
    digest.update(code.encode())
    digest.update(b"show_code" if show_code else b"hide_code")
    return digest.hexdigest()


def load_manifest() -> dict:
    """The previous build's record of every report (empty on a first build)."""
    if config.MANIFEST_PATH.exists():
        try:
            return json.loads(config.MANIFEST_PATH.read_text(encoding="utf-8"))
        except ValueError:
            log.warning("unreadable manifest: every report will be rebuilt")
    return {"reports": {}}


def _snapshot(tables: dict[str, dict]) -> dict:
    """The data a build rests on, for report headers and the index."""
    return {
        "corpus_hash": corpus_hash(),
        "code_hash": code_hash(),
        **data_snapshot(TABLES_STATE_PATH),  # the hash figure footers quote too
        "tables": {name: state.get("summary", "") for name, state in tables.items()},
    }


def _die_with_parent() -> None:
    """Worker initializer: a killed build takes its workers with it (Linux PR_SET_PDEATHSIG).

    Otherwise a worker of a SIGKILLed build would finish its report and write HTML without
    holding the lock, racing the next build.
    """
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    except OSError:  # not Linux: workers then end when their pipe to the build closes
        pass


def _init_worker() -> None:
    """Worker initializer: die with the build, then start and warm this worker's kernel (a
    failure only means papermill starts kernels itself)."""
    _die_with_parent()
    from analysis.reports import kernels

    try:
        kernels.start()
    except Exception as exc:  # noqa: BLE001  the reports still run, each in a fresh kernel
        logging.getLogger(__name__).warning("worker kernel not warmed: %r", exc)


def _ready() -> bool:
    return True  # a task that only makes the pool start a worker (and warm its kernel)


def start_pool(jobs: int) -> futures.ProcessPoolExecutor:
    """The report workers, started now so that their kernels warm while the tables build."""
    ctx = multiprocessing.get_context("spawn")  # kernels and zmq do not survive fork
    pool = futures.ProcessPoolExecutor(max_workers=jobs, mp_context=ctx,
                                       initializer=_init_worker)
    for _ in range(jobs):
        pool.submit(_ready)
    return pool


def _slowest_first(stale: list[ReportSpec], manifest: dict) -> list[ReportSpec]:
    """The reports that took longest last time go first (the last to finish sets the end)."""
    seconds = {name: entry.get("seconds") or 0.0 for name, entry in manifest["reports"].items()}
    return sorted(stale, key=lambda spec: -seconds.get(spec.name, 0.0))


def _run_in_pool(pool: futures.ProcessPoolExecutor, stale: list[ReportSpec],
                 context: dict) -> dict[str, dict]:
    from tqdm import tqdm

    from analysis.reports.render import run_report

    results: dict[str, dict] = {}
    pending = {pool.submit(run_report, asdict(spec), context): spec for spec in stale}
    bar = tqdm(total=len(stale), desc="reports", unit="report", file=sys.stderr,
               disable=not sys.stderr.isatty())
    for done in futures.as_completed(pending):
        spec = pending[done]
        try:
            results[spec.name] = done.result()
        except Exception as exc:  # a crashed worker must not stop the other reports
            results[spec.name] = {"status": "failed", "error": f"worker crashed: {exc!r}"}
        bar.update(1)
        log.info("report %s: %s", spec.name, results[spec.name]["status"])
    bar.close()
    return results


def _plan(specs: list[ReportSpec], manifest: dict, tables: dict, *, force: bool,
          show_code: bool) -> tuple[list[ReportSpec], dict[str, str], dict[str, str]]:
    """Which reports must run, each one's key, and why each runs or is skipped."""
    code = code_hash()
    stale, keys, reasons = [], {}, {}
    for spec in specs:
        keys[spec.name] = report_key(spec, tables, code, show_code=show_code)
        previous = manifest["reports"].get(spec.name, {})
        if force:
            reasons[spec.name] = "forced"
        elif not previous:
            reasons[spec.name] = "new report"
        elif previous.get("key") != keys[spec.name]:
            reasons[spec.name] = "notebook, parameters, inputs or code changed"
        elif previous.get("status") != "ok":
            reasons[spec.name] = "last build failed"
        elif not spec.html_path.exists():
            reasons[spec.name] = "output missing"
        else:
            reasons[spec.name] = "up to date"
            continue
        stale.append(spec)
    return stale, keys, reasons


def build(*, force: bool = False, jobs: int | None = None, only: list[str] | None = None,
          show_code: bool = False, wait_s: float = 0.0) -> int:
    """Build derived tables and stale reports; write manifest and index. Returns exit code."""
    from analysis.reports.index import write_index

    started = time.monotonic()
    jobs = jobs or os.cpu_count() or 1
    with BuildLock(config.LOCK_PATH, wait_s=wait_s), _build_log():
        for folder in (config.REPORTS_DIR, config.DERIVED_DIR):
            for tmp in clean_stale_temporaries(folder):
                log.warning("removed a temporary file left by a killed build: %s", tmp)
        specs = load_matrix()
        if only:
            unknown = sorted(set(only) - {spec.name for spec in specs})
            if unknown:
                raise ReasonscaleError(
                    f"unknown report(s) {unknown}; see {display_path(config.REPORTS_CONFIG)}")
            specs = [spec for spec in specs if spec.name in only]
        manifest = load_manifest()
        pool = start_pool(jobs) if force or tables_to_rebuild() or _plan(
            specs, manifest, current_tables(), force=False, show_code=show_code)[0] else None
        try:
            tables = build_tables(force=force)
            stale, keys, reasons = _plan(specs, manifest, tables, force=force,
                                         show_code=show_code)
            for spec in specs:
                action = "run" if spec in stale else "skip"
                log.info("report %s: %s (%s)", spec.name, action, reasons[spec.name])
            context = {"snapshot": _snapshot(tables), "show_code": show_code}
            results = _run_in_pool(pool, _slowest_first(stale, manifest), context) \
                if stale else {}
        finally:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
        failed = _record(manifest, specs, stale, keys, reasons, results)
        fatal = [r["error"] for r in results.values() if r.get("status") == "fatal"]
        if any(state.get("rebuilt") for state in tables.values()) or "changes" not in manifest:
            from analysis.reports.changes import (
                compute_changes,  # reads tables: only when they moved
            )

            manifest["changes"] = compute_changes()
        manifest["built_at"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
        manifest["snapshot"] = context["snapshot"]
        write_text(config.MANIFEST_PATH, json.dumps(manifest, indent=2, sort_keys=True))
        write_index(manifest, [spec.name for spec in load_matrix()])
        if fatal:  # the disk, not a notebook: the whole build failed
            raise ReasonscaleError(fatal[0])
        log.info("built %d, skipped %d, failed %d in %.1fs; index: %s", len(stale) - len(failed),
                 len(specs) - len(stale), len(failed), time.monotonic() - started,
                 config.INDEX_PATH)
    return 1 if failed else 0


@contextlib.contextmanager
def _build_log():
    """Also log this build to reports/build.log: what ran, what was skipped, and why."""
    config.REPORTS_DIR.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(config.BUILD_LOG_PATH, mode="a", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    package_logger = logging.getLogger("analysis")
    package_logger.addHandler(handler)
    if package_logger.level == logging.NOTSET or package_logger.level > logging.INFO:
        package_logger.setLevel(logging.INFO)
    package_logger.info("build started (pid %d)", os.getpid())
    try:
        yield
    finally:
        package_logger.removeHandler(handler)
        handler.close()


def _record(manifest: dict, specs: list[ReportSpec], stale: list[ReportSpec],
            keys: dict[str, str], reasons: dict[str, str], results: dict[str, dict]) -> list[str]:
    """Merge this build's results into the manifest; a failure keeps the last good HTML."""
    failed = []
    for spec in specs:
        entry = manifest["reports"].setdefault(spec.name, {})
        entry.update(title=spec.title, notebook=spec.notebook, parameters=spec.parameters,
                     html=spec.html_path.name, reason=reasons[spec.name])
        if spec not in stale:
            entry["last_action"] = "skipped"
            continue
        result = results.get(spec.name, {"status": "failed", "error": "not run"})
        entry["last_action"] = "ran"
        entry["status"] = result["status"]
        entry["seconds"] = result.get("seconds")
        entry["error"] = result.get("error", "")
        if result["status"] == "ok":
            entry.update(key=keys[spec.name], built_at=result["built_at"],
                         summary=result.get("summary", ""), verdict=result.get("verdict", ""),
                         figures=result.get("figures", []),
                         has_previous_html=True)
        else:
            failed.append(spec.name)
            entry["key"] = ""  # rerun next time; the previous good HTML stays in place
            entry["has_previous_html"] = spec.html_path.exists()
            if result["status"] != "fatal":  # a disk error is reported once, for the build
                log.error("report %s failed: %s", spec.name, entry["error"])
    return failed
