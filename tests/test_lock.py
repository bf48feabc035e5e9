"""Tests of analysis/lock.py: exclusive, stale by PID or age, unreadable locks recovered."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

import pytest

from analysis.lock import STALE_LOCK_AGE_S, BuildLock, BuildLocked


def test_lock_is_exclusive_and_released(tmp_path):
    path = tmp_path / ".build.lock"
    with BuildLock(path):
        assert json.loads(path.read_text())["pid"] == os.getpid()
        with pytest.raises(BuildLocked, match="another build is running"):
            BuildLock(path).acquire()
    assert not path.exists()


def test_lock_of_a_dead_process_is_stale(tmp_path, caplog):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    path = tmp_path / ".build.lock"
    path.write_text(json.dumps({"pid": int(dead), "host": socket.gethostname(),
                                "started": time.time()}))
    with BuildLock(path):
        pass
    assert f"its process {dead} is gone" in caplog.text


def test_old_lock_is_stale_even_if_pid_alive(tmp_path):
    path = tmp_path / ".build.lock"
    path.write_text(json.dumps({"pid": os.getppid(), "host": socket.gethostname(),
                                "started": time.time() - STALE_LOCK_AGE_S - 10}))
    with BuildLock(path):
        assert json.loads(path.read_text())["pid"] == os.getpid()


def test_unreadable_lock_is_replaced(tmp_path):
    path = tmp_path / ".build.lock"
    path.write_text("{half-writ")
    with BuildLock(path):
        pass


def test_wait_gives_up_after_the_timeout(tmp_path):
    path = tmp_path / ".build.lock"
    path.write_text(json.dumps({"pid": os.getppid(), "host": socket.gethostname(),
                                "started": time.time()}))
    started = time.monotonic()
    with pytest.raises(BuildLocked):
        BuildLock(path, wait_s=0.6, poll_s=0.1).acquire()
    assert time.monotonic() - started >= 0.6
