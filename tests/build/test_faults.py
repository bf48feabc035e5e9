"""Faults in real builds: SIGKILL, concurrent builds, failing notebooks, full or read-only disks.

Every build here runs `python -m analysis build` in a temporary workspace (tests/workspace.py)
on a copy of the real corpus, reading the repository's curated tables. Where the kernel allows
mount namespaces (root here and in CI), each build sees data/registry/ and data/curation/
read-only, so a build that tried to write them would fail; their bytes and mtimes are also
compared around every build. Full and read-only disks are a tmpfs or a read-only bind mount
inside the build's own mount namespace (nothing leaks to the host).
"""

from __future__ import annotations

import functools
import hashlib
import html
import io
import json
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
import yaml
from workspace import Workspace

from analysis.build.lock import BuildLock, BuildLocked
from analysis.config import CURATION_DIR, MODELS_PATH, PROJ_ROOT, RAW_DIR, REGISTRY_DIR

CURATED_DIRS = (REGISTRY_DIR, CURATION_DIR)
# The overview notebook is the cheapest report; its only declared input is the benchmark
# table, so a corpus change rebuilds the derived tables without rerunning it.
OVERVIEW = {"name": "overview", "notebook": "01_corpus_overview.ipynb",
            "title": "Faults overview", "inputs": ["benchmarks"], "parameters": {"top_n": 5}}
BUILD_TIMEOUT_S = 600
POLL_S = 0.02
ORPHAN_GRACE_S = 10  # a worker whose build died must be gone well within this
PAUSE_S = 1.5  # how long a lock contender is held inside its critical step


# ----------------------------------------------------------------------------- helpers


@functools.cache
def namespaces() -> bool:
    """Whether this machine lets us give a build its own mount namespace (root, unshare)."""
    try:
        return subprocess.run(["unshare", "--mount", "--propagation", "private", "true"],
                              capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def build_argv(ws: Workspace, args: tuple[str, ...], *, setup: str = "",
               after: str = "") -> list[str]:
    """argv of a build, in its own mount namespace with the curated folders read-only."""
    command = f"{shlex.quote(sys.executable)} -m analysis build \"$@\""
    if not namespaces():
        if setup or after:
            pytest.skip("needs a private mount namespace (unshare --mount, as root)")
        return [sys.executable, "-m", "analysis", "build", *args]
    steps = [f"mount --bind {shlex.quote(str(d))} {shlex.quote(str(d))} && "
             f"mount -o remount,bind,ro {shlex.quote(str(d))}" for d in CURATED_DIRS]
    script = " && ".join([*steps, setup or "true"])
    script += f" && {command}; rc=$?; {after or 'true'}; exit $rc" if after else \
        f" && exec {command}"
    return ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, "build",
            *args]


def curated_state() -> dict[str, tuple[str, int]]:
    """sha256 and mtime of every curated file: a build must change neither."""
    return {str(p.relative_to(PROJ_ROOT)): (hashlib.sha256(p.read_bytes()).hexdigest(),
                                             p.stat().st_mtime_ns)
            for d in CURATED_DIRS for p in sorted(d.rglob("*")) if p.is_file()}


def start(ws: Workspace, *args: str, env: dict | None = None, **mounts) -> subprocess.Popen:
    """Start a build; its output goes to files (a pipe would block on orphaned workers)."""
    logs = ws.root / "logs"
    logs.mkdir(exist_ok=True)
    stamp = time.monotonic_ns()
    out, err = logs / f"{stamp}.out", logs / f"{stamp}.err"
    with open(out, "wb") as stdout, open(err, "wb") as stderr:
        proc = subprocess.Popen(build_argv(ws, args, **mounts), env=env or ws.env,
                                cwd=PROJ_ROOT, stdout=stdout, stderr=stderr)
    proc.output_files = (out, err)
    return proc


def finish(proc: subprocess.Popen) -> subprocess.CompletedProcess:
    proc.wait(timeout=BUILD_TIMEOUT_S)
    out, err = (path.read_text(encoding="utf-8", errors="replace") for path in
                proc.output_files)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def build(ws: Workspace, *args: str, env: dict | None = None,
          **mounts) -> subprocess.CompletedProcess:
    """Run one build to its end; the curated files must be untouched by it."""
    before = curated_state()
    result = finish(start(ws, *args, env=env, **mounts))
    assert curated_state() == before, "a build wrote to data/registry/ or data/curation/"
    return result


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if " ERROR " in line]


def build_processes(ws: Workspace) -> list[int]:
    """Pids of every process of this workspace's builds (the env var marks the whole tree)."""
    marker = f"REASONSCALE_REPORTS_DIR={ws.reports}\0".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            try:
                if marker in (entry / "environ").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue  # exited meanwhile, or not ours to read
    return found


def kill_tree(ws: Workspace) -> None:
    """SIGKILL every process of the build at once: a power cut, an OOM kill of its cgroup.

    All are stopped first, then killed: killed one by one, a worker whose kernel died first
    could still run its cleanup (and remove the temporary notebook a power cut leaves)."""
    for _ in range(50):
        pids = build_processes(ws)
        if not pids:
            return
        for pid in pids:
            with_suppressed(os.kill, pid, signal.SIGSTOP)
        for pid in pids:
            with_suppressed(os.kill, pid, signal.SIGKILL)
        time.sleep(0.1)
    raise AssertionError(f"build processes survive SIGKILL: {build_processes(ws)}")


def stop_while(ws: Workspace, proc: subprocess.Popen, present, *, timeout: float,
               what: str) -> None:
    """Stop (SIGSTOP) every process of the build at a moment `present()` holds, and leave them
    stopped: the state a power cut then freezes. A state that ended between the check and the
    stop (a fast report done) is waited for again, so the test never depends on timing."""
    deadline = time.monotonic() + timeout
    while True:
        wait_for(present, timeout=max(1.0, deadline - time.monotonic()), proc=proc, what=what)
        pids = build_processes(ws)
        for pid in pids:
            with_suppressed(os.kill, pid, signal.SIGSTOP)
        if present():
            return
        for pid in pids:
            with_suppressed(os.kill, pid, signal.SIGCONT)


def with_suppressed(call, *args) -> None:
    try:
        call(*args)
    except ProcessLookupError:
        pass


def wait_for(predicate, *, timeout: float, what: str,
             proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"the build ended before {what}: {finish(proc).stderr[-2000:]}")
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(POLL_S)


def logged_since(ws: Workspace, proc: subprocess.Popen, text: str) -> bool:
    """Whether the build `proc` has logged `text` to reports/build.log."""
    log = (ws.reports / "build.log").read_text(encoding="utf-8")
    marker = f"build started (pid {proc.pid})"
    return marker in log and text in log.split(marker, 1)[1]


def temporaries(ws: Workspace) -> list[Path]:
    return [p for d in (ws.reports, ws.root / "derived") for p in d.rglob(".*.tmp")]


def outputs(ws: Workspace) -> dict[str, bytes]:
    """Every report, index, manifest, executed notebook, thumbnail and derived table."""
    files = {}
    for folder in (ws.reports, ws.root / "derived"):
        for path in folder.rglob("*"):
            if path.is_file() and not path.name.startswith(".") and path.name != "build.log":
                files[str(path.relative_to(ws.root))] = path.read_bytes()
    return files


def assert_complete(name: str, data: bytes, old: bytes | None) -> None:
    """`data` is a whole file of its kind, never a truncated one."""
    suffix = Path(name).suffix
    if suffix == ".html":
        assert data.rstrip().endswith(b"</html>"), f"{name} is truncated"
    elif suffix in (".json", ".ipynb"):
        json.loads(data)
    elif suffix in (".csv", ".parquet"):
        read = pd.read_csv if suffix == ".csv" else pd.read_parquet
        frame = read(io.BytesIO(data))
        if old is not None:
            assert list(frame.columns) == list(read(io.BytesIO(old)).columns), name
    elif suffix == ".png":
        from PIL import Image

        Image.open(io.BytesIO(data)).verify()
    else:
        raise AssertionError(f"unexpected output {name}")


def assert_intact(before: dict[str, bytes], ws: Workspace) -> None:
    """Each earlier output still exists, unchanged or replaced by a complete new version."""
    after = outputs(ws)
    missing = sorted(set(before) - set(after))
    assert not missing, f"outputs lost: {missing}"
    for name, data in after.items():
        if data != before.get(name):
            assert_complete(name, data, before.get(name))


def assert_unchanged(before: dict[str, bytes], ws: Workspace) -> None:
    """Nothing changed, except that the "previous build" snapshot may have been refreshed."""
    after = outputs(ws)
    snapshot = "derived/previous/"
    assert {n: d for n, d in after.items() if not n.startswith(snapshot)} == {
        n: d for n, d in before.items() if not n.startswith(snapshot)}
    assert_intact(before, ws)


def set_matrix(ws: Workspace, *reports: dict) -> None:
    ws.matrix.write_text(yaml.safe_dump({"reports": list(reports)}), encoding="utf-8")


def overview(top_n: int) -> dict:
    return {**OVERVIEW, "parameters": {"top_n": top_n}}


def change_an_abstract(page: Path) -> None:
    """One more space inside the page's first abstract: the corpus and its tables change."""
    lines = page.read_text(encoding="utf-8").split("\n")
    first = next(i for i, line in enumerate(lines) if len(line) > 300)  # titles are shorter
    lines[first] = lines[first].replace(" ", "  ", 1)
    page.write_text("\n".join(lines), encoding="utf-8")


def lock_holder(ws: Workspace) -> int | None:
    try:
        return json.loads((ws.reports / ".build.lock").read_text(encoding="utf-8"))["pid"]
    except (OSError, ValueError, KeyError):
        return None


# ----------------------------------------------------------------------------- workspace


@pytest.fixture(scope="module")
def curated_at_start() -> dict:
    return curated_state()


@pytest.fixture(scope="module")
def ws(tmp_path_factory, curated_at_start) -> Workspace:
    """A workspace on a copy of the real corpus with one good build."""
    workspace = Workspace(tmp_path_factory.mktemp("faults"), "reports: []\n", corpus=RAW_DIR)
    set_matrix(workspace, overview(5))
    workspace.top_n = 5
    result = build(workspace)
    assert result.returncode == 0, result.stderr[-3000:]
    yield workspace
    kill_tree(workspace)  # nothing of ours may outlive the module


def bump(ws: Workspace) -> int:
    """Change the overview's parameter so the next build reruns it."""
    ws.top_n += 1
    set_matrix(ws, overview(ws.top_n))
    return ws.top_n


def assert_recovers(ws: Workspace, killed_pid: int, leftovers: list[Path]) -> None:
    result = build(ws)
    assert result.returncode == 0, result.stderr[-3000:]
    # the lock names the dead build (flock: released by the kernel; a PID lock: found stale)
    assert re.search(rf"WARNING analysis\.build\.lock: .*\b{killed_pid}\b.*\bgone\b", result.stderr)
    for tmp in leftovers:
        assert f"removed a temporary file left by a killed build: {tmp}" in result.stderr
    assert not temporaries(ws) and lock_holder(ws) is None
    entry = ws.manifest()["reports"]["overview"]
    assert (entry["status"], entry["parameters"]) == ("ok", {"top_n": ws.top_n})
    assert f"{ws.top_n}" in (ws.reports / "overview.html").read_text(encoding="utf-8")


# ----------------------------------------------------------------------------- SIGKILL


@pytest.mark.slow
def test_sigkill_while_tables_rebuild_loses_nothing(ws):
    before = outputs(ws)
    change_an_abstract(sorted(ws.raw.glob("*.txt"))[-1])
    proc = start(ws)
    wait_for(lambda: logged_since(ws, proc, "table papers: rebuilt"), timeout=120, proc=proc,
             what="the papers table to be rebuilt")
    assert lock_holder(ws) == proc.pid
    kill_tree(ws)  # during claim extraction
    proc.wait()
    assert_intact(before, ws)
    assert_recovers(ws, proc.pid, temporaries(ws))


@pytest.mark.slow
def test_sigkill_while_a_report_runs_loses_nothing(ws):
    before = outputs(ws)
    bump(ws)
    proc = start(ws)
    executed = ws.reports / "executed"
    # stopped while the report's notebook is being written (a fixed sleep here once outlasted
    # a fast report: its temporary was gone before the kill)
    stop_while(ws, proc, lambda: any(executed.glob(".overview.ipynb.*.tmp")), timeout=120,
               what="the report's notebook to start")
    assert lock_holder(ws) == proc.pid and proc.poll() is None
    kill_tree(ws)
    proc.wait()
    assert_intact(before, ws)
    assert {n: before[n] for n in before if n.endswith((".html", "manifest.json"))} == {
        n: d for n, d in outputs(ws).items() if n in before and n.endswith(
            (".html", "manifest.json"))}, "the killed build replaced a report or the manifest"
    leftovers = temporaries(ws)
    assert leftovers, "a killed report leaves its temporary notebook behind"
    assert_recovers(ws, proc.pid, leftovers)


@pytest.mark.slow
def test_killed_build_leaves_no_worker_behind(ws):
    bump(ws)
    proc = start(ws)
    executed = ws.reports / "executed"
    try:
        wait_for(lambda: any(executed.glob(".overview.ipynb.*.tmp")), timeout=120, proc=proc,
                 what="the report's notebook to start")
        os.kill(proc.pid, signal.SIGKILL)  # `kill -9 <pid of the build>`, nothing else
        proc.wait()
        at_kill = outputs(ws)
        deadline = time.monotonic() + ORPHAN_GRACE_S
        while build_processes(ws) and time.monotonic() < deadline:
            time.sleep(0.2)
        survivors = build_processes(ws)
        written = [n for n, d in outputs(ws).items() if at_kill.get(n) != d]
        assert not survivors and not written, f"alive: {survivors}, written after: {written}"
    finally:
        kill_tree(ws)
        build(ws)  # leave a clean workspace for the next test


# ----------------------------------------------------------------------------- concurrency

# A second build, paused by an audit hook inside one step of BuildLock.acquire (the lock code
# itself runs unchanged), so a race that takes microseconds in a real build can be tested.
CONTENDER = r"""
import sys, time
from pathlib import Path
from analysis.build.lock import BuildLock, BuildLocked
path, step, pause = Path(sys.argv[1]), sys.argv[2], float(sys.argv[3])
armed = False
def hook(event, args):
    global armed
    writing = step == "write" and event == "open" and isinstance(args[0], int)
    removing = step == "remove" and event == "os.remove" and str(args[0]) == str(path)
    if armed and (writing or removing):
        armed = False
        print("paused", flush=True)
        time.sleep(pause)
sys.addaudithook(hook)
lock = BuildLock(path)
armed = True
try:
    lock.acquire()
except BuildLocked:
    print("locked", flush=True)
else:
    print("acquired", flush=True)
    time.sleep(pause)
    lock.release()
"""


def race(path: Path, step: str) -> tuple[bool, bool]:
    """(we hold the lock, the contender holds it) when we try while it is paused in `step`."""
    contender = subprocess.Popen([sys.executable, "-c", CONTENDER, str(path), step,
                                  str(PAUSE_S)], cwd=PROJ_ROOT, stdout=subprocess.PIPE,
                                 text=True)
    try:
        first = contender.stdout.readline().strip()
        assert first in ("paused", "acquired"), first
        ours = BuildLock(path)
        try:
            ours.acquire()
            mine = True
        except BuildLocked:
            mine = False
        lines = [first, *contender.communicate(timeout=30)[0].split()]
        if mine:
            ours.release()
        return mine, "acquired" in lines
    finally:
        contender.kill()
        contender.wait()


def test_a_lock_being_written_is_not_taken_over(tmp_path):
    """A lock created but not yet filled in is a live build's (a create-then-write race)."""
    mine, theirs = race(tmp_path / ".build.lock", "write")
    assert mine != theirs, f"lock held by us: {mine}, by the other build: {theirs}"


def test_two_builds_recovering_one_stale_lock_do_not_both_take_it(tmp_path):
    """Two builds finding one dead build's lock: one takes it (a check-then-delete race)."""
    path = tmp_path / ".build.lock"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    path.write_text(json.dumps({"pid": int(dead), "host": socket.gethostname(),
                                "started": time.time()}), encoding="utf-8")
    mine, theirs = race(path, "remove")
    assert mine != theirs, f"lock held by us: {mine}, by the other build: {theirs}"



@pytest.mark.slow
def test_two_builds_at_once_one_runs_the_other_exits_2_or_waits(ws):
    bump(ws)
    try:
        _two_builds_at_once(ws)
    finally:
        kill_tree(ws)  # a failed assertion must not leave the winner running into the next test


def _two_builds_at_once(ws: Workspace) -> None:
    first, second = start(ws), start(ws)
    wait_for(lambda: first.poll() is not None or second.poll() is not None, timeout=120,
             what="one of two simultaneous builds to give up")
    loser, winner = (first, second) if first.poll() is not None else (second, first)
    lost = finish(loser)
    assert lost.returncode == 2
    assert "Traceback" not in lost.stderr
    [line] = error_lines(lost.stderr)
    assert f"another build is running (pid {winner.pid}" in line and "--wait" in line
    assert winner.poll() is None, "the winner should still be running its report"
    waiting = start(ws, "--wait", str(BUILD_TIMEOUT_S))
    won, waited = finish(winner), finish(waiting)
    assert won.returncode == 0, won.stderr[-3000:]
    assert waited.returncode == 0, waited.stderr[-3000:]
    assert "another build is running" not in waited.stderr
    log = (ws.reports / "build.log").read_text(encoding="utf-8")
    began = log.index(f"build started (pid {winner.pid})")
    queued = log.index(f"build started (pid {waiting.pid})")
    assert began < queued and "report overview: ok" in log[began:queued], "did not wait"
    assert f"build started (pid {loser.pid})" not in log  # it never took the lock


# ----------------------------------------------------------------------------- failing notebooks


@pytest.mark.slow
def test_notebooks_that_raise_fail_with_the_products_message(ws):
    claims = pd.read_csv(ws.root / "derived" / "claims.csv", keep_default_na=False)
    table = pd.read_csv(REGISTRY_DIR / "benchmarks.csv", keep_default_na=False)
    unclaimed = sorted(set(table.loc[table["domain"] != "aggregate", "name"])
                       - set(claims["benchmark"]))[0]
    scaling = {"notebook": "03_scaling.ipynb", "inputs": ["claims", "models", "benchmarks"]}
    failing = {
        "scaling-typo": ({"benchmark": "GSM-8000"},
                         "ParameterError: 03_scaling: bad parameter(s): benchmark: "
                         "unknown value(s) ['GSM-8000']"),
        "scaling-roles": ({"benchmark": "GSM8K", "roles": "proposed"},
                          "roles must be list or tuple, got str 'proposed'"),
    }
    empty = {**scaling, "name": "scaling-empty", "title": "empty", "parameters": {
        "benchmark": unclaimed}}  # a listed benchmark without claims: "no fit", said plainly
    set_matrix(ws, overview(bump(ws)), empty, *[{**scaling, "name": name, "title": name,
                                                 "parameters": params}
                                                for name, (params, _) in failing.items()])
    try:
        result = build(ws)
        assert result.returncode == 1, result.stderr[-3000:]
        reports = ws.manifest()["reports"]
        assert (reports["overview"]["status"], reports["overview"]["last_action"]) == (
            "ok", "ran")
        said = reports["scaling-empty"]["error"] or (ws.reports / "scaling-empty.html").read_text(
            encoding="utf-8")
        assert f"{unclaimed}: no usable claims" in said
        assert not re.search(r"KeyError|Traceback", reports["scaling-empty"]["error"])
        index = (ws.reports / "index.html").read_text(encoding="utf-8")
        for name, (_, message) in failing.items():
            entry = reports[name]
            assert entry["status"] == "failed" and message in entry["error"], entry
            assert not re.search(r"KeyError|Traceback|File \"", entry["error"]), entry["error"]
            assert not (ws.reports / f"{name}.html").exists()
            row = re.search(rf'<tr class="report" data-report="{name}">.*?</tr>', index, re.S)
            assert row and "failed" in row.group() and message in html.unescape(row.group())
    finally:
        set_matrix(ws, overview(ws.top_n))


# ----------------------------------------------------------------------------- full or read-only


@pytest.mark.slow
def test_read_only_reports_folder_is_one_clear_error(ws):
    bump(ws)
    before = outputs(ws)
    reports = shlex.quote(str(ws.reports))
    result = build(ws, setup=f"mount --bind {reports} {reports} && "
                             f"mount -o remount,bind,ro {reports}")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    [line] = error_lines(result.stderr)
    assert f"{ws.reports}/" in line and "Read-only file system" in line
    assert outputs(ws) == before


@pytest.mark.slow
def test_read_only_derived_folder_is_one_clear_error_and_releases_the_lock(ws):
    before = outputs(ws)
    change_an_abstract(sorted(ws.raw.glob("*.txt"))[0])
    derived = shlex.quote(str(ws.root / "derived"))
    result = build(ws, setup=f"mount --bind {derived} {derived} && "
                             f"mount -o remount,bind,ro {derived}")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    [line] = error_lines(result.stderr)
    assert f"{ws.root / 'derived'}/" in line and "Read-only file system" in line
    assert outputs(ws) == before
    assert lock_holder(ws) is None, "the failed build still holds the lock"


@pytest.fixture(scope="module")
def full_disk(ws, tmp_path_factory):
    """A build whose reports folder is a tmpfs holding the last outputs and 256 KiB more."""
    bump(ws)
    before = outputs(ws)
    save, after = tmp_path_factory.mktemp("saved"), tmp_path_factory.mktemp("after")
    used_kib = sum(p.stat().st_size for p in ws.reports.rglob("*") if p.is_file()) // 1024
    reports, saved, seen = (shlex.quote(str(p)) for p in (ws.reports, save, after))
    result = build(
        ws, setup=f"cp -a {reports}/. {saved}/ && mount -t tmpfs -o size={used_kib + 256}k "
                  f"tmpfs {reports} && cp -a {saved}/. {reports}/",
        after=f"cp -a {reports}/. {seen}/")
    return before, after, result


@pytest.mark.slow
def test_full_disk_keeps_every_previous_output(ws, full_disk):
    before, after, _ = full_disk
    kept = {name: (after / Path(name).relative_to("reports")).read_bytes()
            for name in before if name.startswith("reports/")}
    assert before["reports/overview.html"] == kept["reports/overview.html"]
    for name, data in kept.items():  # the index and manifest now say the report failed
        assert_complete(name, data, before[name])
    assert not list(after.rglob(".*.tmp"))


@pytest.mark.slow
def test_full_disk_is_one_clear_error(full_disk):
    _, _, result = full_disk
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    [line] = error_lines(result.stderr)
    assert "No space left on device" in line and re.search(r"/reports/\S+", line), line


# ----------------------------------------------------------------------------- bad inputs


@pytest.mark.slow
def test_broken_registry_fails_the_build_before_touching_outputs(ws, tmp_path):
    registry = tmp_path / "registry"
    shutil.copytree(REGISTRY_DIR, registry)
    lines = (registry / "models.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    target = next(i for i, line in enumerate(lines, start=1) if line.startswith("Qwen3-8B,"))
    lines[target - 1] = lines[target - 1].replace(",8e9,", ",-7e9,", 1)
    (registry / "models.csv").write_text("".join(lines), encoding="utf-8")
    before = outputs(ws)
    result = build(ws, env={**ws.env, "REASONSCALE_REGISTRY_DIR": str(registry)})
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"{registry / 'models.csv'} line {target}: params_total must be > 0, got -7e9" in \
        result.stderr
    assert_unchanged(before, ws)
    assert MODELS_PATH.read_text(encoding="utf-8").count(",-7e9,") == 0


@pytest.mark.slow
def test_bad_page_fails_the_build_in_one_line(ws):
    before = outputs(ws)
    bad = ws.raw / "999_bad.txt"
    bad.write_bytes(b"A title\n" + b"caf\xe9 " * 60 + b".\n")
    try:
        result = build(ws)
    finally:
        bad.unlink()
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    [line] = error_lines(result.stderr)
    assert "999_bad.txt: not UTF-8 text (invalid byte at line 2" in line
    assert_unchanged(before, ws)


@pytest.mark.slow
def test_curated_files_never_written_by_any_build(ws, curated_at_start):
    """Runs last: every build above, failed and killed ones included, left them as they were."""
    assert curated_state() == curated_at_start
