"""Tests of analysis/lock.py: exclusive across processes, released by the kernel on SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from analysis.build.lock import BuildLock, BuildLocked

HOLDER = """
import sys, time
from pathlib import Path
from analysis.build.lock import BuildLock
lock = BuildLock(Path(sys.argv[1]))
lock.acquire()
print("held", flush=True)
time.sleep(60)
"""


def hold_in_child(path):
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE,
                             text=True)
    assert child.stdout.readline().strip() == "held"
    return child


def test_lock_is_exclusive_and_released(tmp_path):
    path = tmp_path / ".build.lock"
    with BuildLock(path):
        assert json.loads(path.read_text())["pid"] == os.getpid()
        with pytest.raises(BuildLocked, match=f"another build is running \\(pid {os.getpid()}"):
            BuildLock(path).acquire()
    assert path.read_text() == ""  # released cleanly
    with BuildLock(path):  # and can be taken again
        pass


def test_lock_held_by_another_process_and_recovered_after_sigkill(tmp_path, caplog):
    path = tmp_path / ".build.lock"
    child = hold_in_child(path)
    try:
        with pytest.raises(BuildLocked, match=f"pid {child.pid}"):
            BuildLock(path).acquire()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    with BuildLock(path):  # the kernel released the killed holder's lock
        assert json.loads(path.read_text())["pid"] == os.getpid()
    assert f"pid {child.pid}" in caplog.text and "process is gone" in caplog.text


def test_wait_gives_up_after_the_timeout_and_succeeds_when_released(tmp_path):
    path = tmp_path / ".build.lock"
    child = hold_in_child(path)
    try:
        started = time.monotonic()
        with pytest.raises(BuildLocked):
            BuildLock(path, wait_s=0.6, poll_s=0.1).acquire()
        assert time.monotonic() - started >= 0.6
    finally:
        child.kill()
        child.wait()
    with BuildLock(path, wait_s=5, poll_s=0.1):
        pass


def test_garbage_in_the_lock_file_does_not_block(tmp_path):
    path = tmp_path / ".build.lock"
    path.write_text("{half-writ")
    with BuildLock(path):
        pass


LATE_HOLDER = """
import fcntl, json, os, sys, time
handle = open(sys.argv[1], "a+")
fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
print("locked", flush=True)
time.sleep(0.3)  # a build that has taken the lock but not yet written its record
handle.write(json.dumps({"pid": os.getpid(), "started": time.time()}))
handle.flush()
time.sleep(60)
"""


def test_a_holder_that_writes_its_record_late_is_still_named(tmp_path):
    path = tmp_path / ".build.lock"
    child = subprocess.Popen([sys.executable, "-c", LATE_HOLDER, str(path)],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "locked"
        assert path.read_text() == ""  # refused now, the record is not there yet
        with pytest.raises(BuildLocked, match=f"another build is running \\(pid {child.pid}"):
            BuildLock(path).acquire()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
