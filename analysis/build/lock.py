"""A build lock that survives SIGKILL: an OS file lock, with the holder's PID and age recorded.

The kernel releases an `flock` when its process dies, however it dies, so a killed build can
never leave a lock that blocks the next one, and two builds can never both hold it (no
check-then-delete race). The file also records who holds the lock (PID, host, start time):
for the "another build is running" message, and so the next build can say that the previous
one died (its PID is gone) and was recovered from.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import socket
import time
from pathlib import Path

from analysis.errors import ReasonscaleError, display_path

log = logging.getLogger(__name__)

# A build that has held the lock this long is reported as probably hung (it is not taken over:
# a live process may still be writing).
HUNG_BUILD_AGE_S = 6 * 3600
# A build that has just taken the lock writes its record a moment later: a build refused in that
# moment waits this long for the record before naming no holder.
HOLDER_SETTLE_S = 1.0  # seconds


class BuildLocked(ReasonscaleError):
    """Another build holds the lock."""


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _read_info(handle) -> dict:
    handle.seek(0)
    try:
        return json.loads(handle.read() or "{}")
    except ValueError:
        return {}


def _holder_info(handle, *, settle_s: float = HOLDER_SETTLE_S) -> dict:
    """The holder's record, read again until it names a PID (or `settle_s` has passed)."""
    end = time.monotonic() + settle_s
    info = _read_info(handle)
    while not isinstance(info.get("pid"), int) and time.monotonic() < end:
        time.sleep(0.05)
        info = _read_info(handle)
    return info


def describe_holder(info: dict) -> str:
    """"pid 123, started 2026-11-22 03:00:00, 2.5 h ago" (or "unknown" for an empty file)."""
    if not isinstance(info.get("pid"), int):
        return "unknown holder"
    started = float(info.get("started", 0))
    when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(started))
    age_h = (time.time() - started) / 3600
    hung = " - probably hung" if age_h * 3600 > HUNG_BUILD_AGE_S else ""
    return f"pid {info['pid']}, started {when}, {age_h:.1f} h ago{hung}"


class BuildLock:
    """Exclusive lock on the build; use as a context manager.

    `wait_s` > 0 waits that long for another build to finish, then raises BuildLocked.
    """

    def __init__(self, path: Path, *, wait_s: float = 0.0, poll_s: float = 0.5):
        self.path = Path(path)
        self.wait_s = wait_s
        self.poll_s = poll_s
        self._handle = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 (held until release)
        deadline = time.monotonic() + self.wait_s
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = describe_holder(_holder_info(handle))
                    handle.close()
                    raise BuildLocked(
                        f"another build is running ({holder}); lock "
                        f"{display_path(self.path)}. Wait for it, or use --wait SECONDS."
                    ) from None
                time.sleep(self.poll_s)
        previous = _read_info(handle)
        if isinstance(previous.get("pid"), int):  # a holder that did not release: it died
            state = "gone" if not _pid_alive(previous["pid"]) else "alive but not holding it"
            log.warning("recovered the build lock of a build that did not finish (%s; its "
                        "process is %s)", describe_holder(previous), state)
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps({"pid": os.getpid(), "host": socket.gethostname(),
                                 "started": time.time()}))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        self._handle.seek(0)
        self._handle.truncate()  # an empty lock file means "released cleanly"
        self._handle.flush()
        fcntl.flock(self._handle.fileno(), fcntl.LOCK_UN)
        self._handle.close()
        self._handle = None

    def __enter__(self) -> BuildLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info) -> None:
        self.release()
