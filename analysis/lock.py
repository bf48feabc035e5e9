"""A build lock that survives SIGKILL: stale locks are detected by PID and age."""

from __future__ import annotations

import json
import logging
import os
import socket
import time
from pathlib import Path

from analysis.errors import ReasonscaleError, display_path

log = logging.getLogger(__name__)

# A build of the whole matrix takes minutes; a lock older than this is from a dead or hung
# build even if its PID was reused by another process.
STALE_LOCK_AGE_S = 6 * 3600


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


def _read_lock(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # unreadable or half-written lock: treat as stale


def _is_stale(info: dict, path: Path) -> str | None:
    """Why the lock at `path` is stale, or None when its build still runs."""
    pid = info.get("pid")
    started = info.get("started", 0)
    if not isinstance(pid, int):
        return "lock file is unreadable"
    if info.get("host") == socket.gethostname() and not _pid_alive(pid):
        return f"its process {pid} is gone"
    age = time.time() - started
    if age > STALE_LOCK_AGE_S:
        return f"it is {age / 3600:.1f} h old"
    return None


class BuildLock:
    """Exclusive lock on the build; use as a context manager.

    `wait_s` > 0 waits that long for another build to finish, then raises BuildLocked.
    """

    def __init__(self, path: Path, *, wait_s: float = 0.0, poll_s: float = 0.5):
        self.path = Path(path)
        self.wait_s = wait_s
        self.poll_s = poll_s

    def _try_acquire(self) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            return False
        info = {"pid": os.getpid(), "host": socket.gethostname(), "started": time.time()}
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(info, handle)
        return True

    def acquire(self) -> None:
        deadline = time.monotonic() + self.wait_s
        while not self._try_acquire():
            info = _read_lock(self.path)
            reason = _is_stale(info, self.path)
            if reason:
                log.warning("removing stale build lock %s: %s", display_path(self.path), reason)
                self.path.unlink(missing_ok=True)
                continue
            if time.monotonic() >= deadline:
                started = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(info["started"]))
                raise BuildLocked(
                    f"another build is running (pid {info['pid']}, started {started}); "
                    f"lock {display_path(self.path)}. Wait for it, or use --wait SECONDS."
                )
            time.sleep(self.poll_s)

    def release(self) -> None:
        info = _read_lock(self.path)
        if info.get("pid") == os.getpid():
            self.path.unlink(missing_ok=True)

    def __enter__(self) -> BuildLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info) -> None:
        self.release()
