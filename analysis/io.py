"""Atomic writes (temp file in the same folder, then rename) and table reading."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas is imported where used: a no-op build never needs it
    import pandas as pd


@contextlib.contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside `target`; rename it over `target` only on success.

    A crash or exception leaves `target` as it was (old content or absent), never half-written.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; outputs are for readers too
    try:
        yield tmp
        with open(tmp, "rb+") as handle:  # flush to disk so a power cut cannot leave zeros
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_text(target: Path | str, text: str) -> Path:
    """Write UTF-8 text atomically."""
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return Path(target)


def write_bytes(target: Path | str, data: bytes) -> Path:
    """Write bytes atomically."""
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)
    return Path(target)


def write_csv(frame: pd.DataFrame, target: Path | str) -> Path:
    """Write a table as CSV (no index) atomically."""
    with atomic_path(target) as tmp:
        frame.to_csv(tmp, index=False)  # a DataFrame method: no pandas import needed here
    return Path(target)


def write_parquet(frame: pd.DataFrame, target: Path | str) -> Path:
    """Write a table as Parquet atomically."""
    with atomic_path(target) as tmp:
        frame.to_parquet(tmp, index=False)
    return Path(target)


def clean_stale_temporaries(folder: Path | str) -> list[Path]:
    """Remove temp files a killed build left behind (`.<name>.*.tmp`); return what was removed."""
    folder = Path(folder)
    if not folder.exists():
        return []
    removed = []
    for tmp in folder.rglob(".*.tmp"):
        tmp.unlink(missing_ok=True)
        removed.append(tmp)
    return removed


def data_snapshot(state_path: Path | str) -> dict:
    """Hash and date of the derived tables a build left (from its tables.json state file):
    the one "data" hash that report headers and figure footers both quote."""
    import hashlib
    import json

    path = Path(state_path)
    state = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    digest = hashlib.sha256()
    for name in sorted(state):
        digest.update(state[name].get("output_hash", "").encode())
    dates = sorted(entry.get("built_at", "") for entry in state.values())
    return {"data_hash": digest.hexdigest(), "date": dates[-1][:10] if dates else ""}
