"""The prediction ledger on disk: stored models, the append-only ledger, the previous snapshot."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import time
from pathlib import Path

from analysis import config
from analysis.io import write_csv, write_text

log = logging.getLogger(__name__)

SNAPSHOTS_DIR = config.DERIVED_DIR / ".snapshots"  # versioned copies; `previous` links to one


def _content_name(outputs: list[Path]) -> str:
    """The snapshot's folder name: a hash of the outputs' names and bytes (the same outputs
    give the same snapshot, so a build that fails before writing anything changes nothing)."""
    digest = hashlib.sha256()
    for output in sorted(p for p in outputs if p.is_file()):
        digest.update(output.name.encode())
        digest.update(hashlib.sha256(output.read_bytes()).digest())
    return digest.hexdigest()[:16]


def prepare_snapshot(outputs: list[Path]) -> Path:
    """Copy the last build's outputs into a snapshot folder (not yet the previous one).

    The copy goes to a temporary folder renamed into place, so a build killed mid-copy leaves
    no half snapshot under a real name (leftovers are removed by the next switch).
    """
    target = SNAPSHOTS_DIR / _content_name(outputs)
    if not target.is_dir():
        partial = SNAPSHOTS_DIR / f".partial-{time.time_ns()}"
        partial.mkdir(parents=True)
        for output in outputs:
            if output.is_file():
                shutil.copy2(output, partial / output.name)
        partial.rename(target)
    return target


def switch_previous(target: Path) -> None:
    """Point PREVIOUS_DIR at a prepared snapshot with one rename, and drop the others."""
    link = config.PREVIOUS_DIR
    if link.exists() and not link.is_symlink():  # the former layout: a plain folder
        link.rename(SNAPSHOTS_DIR / f"legacy-{time.time_ns()}")
    tmp = link.with_name(f".{link.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    tmp.symlink_to(target.relative_to(link.parent), target_is_directory=True)
    os.replace(tmp, link)
    for old in SNAPSHOTS_DIR.iterdir():
        if old != target:
            shutil.rmtree(old, ignore_errors=True)


def discard_snapshot(target: Path) -> None:
    """Remove a prepared snapshot that never became the previous one (its build failed)."""
    link = config.PREVIOUS_DIR
    if not (link.is_symlink() and link.resolve() == target.resolve()):
        shutil.rmtree(target, ignore_errors=True)


def snapshot_previous(outputs: list[Path]) -> Path:
    """Prepare a snapshot of `outputs` and make it the previous one at once."""
    target = prepare_snapshot(outputs)
    switch_previous(target)
    return target


def save_models(models: list, path: Path = config.STORED_MODELS_PATH) -> None:
    """Each model's name, kind, data hash and training rows, in one JSON file (atomically)."""
    stored = [{"name": m.name, "kind": m.kind, "data_hash": m.data_hash,
               "rows": json.loads(m.rows.to_json(orient="split", index=False,
                                                 double_precision=15))}
              for m in models]
    write_text(path, json.dumps({"models": stored}, indent=1))


def load_models(path: Path) -> list:
    """The models a build stored (empty when there are none)."""
    import pandas as pd  # lazy: the no-op build never reads models

    from analysis.stats.predictions import StoredModel

    if not path.exists():
        return []
    document = json.loads(path.read_text(encoding="utf-8"))
    models = []
    for entry in document.get("models", []):
        rows = pd.DataFrame(entry["rows"]["data"], columns=entry["rows"]["columns"])
        model = StoredModel(entry["name"], entry["kind"], rows)
        if model.data_hash != entry["data_hash"]:
            log.warning("stored model %s: its rows no longer match their hash", entry["name"])
        models.append(model)
    return models


def append_ledger(rows, path: Path = config.LEDGER_PATH) -> int:
    """Append rows to the ledger (existing rows are never changed); atomic. Returns the count.

    The file is created (header only) when it does not exist yet.
    """
    import pandas as pd  # lazy: the no-op build never reads the ledger

    from analysis.stats.predictions import LEDGER_COLUMNS

    if rows.empty and path.exists():
        return 0
    old = pd.read_csv(path, dtype=str, keep_default_na=False) if path.exists() else \
        pd.DataFrame(columns=LEDGER_COLUMNS)
    new = rows.reindex(columns=LEDGER_COLUMNS)
    if len(new) and len(old):
        new = pd.concat([old, new], ignore_index=True)  # old rows stay as read: text
    write_csv(new if len(new) else old, path)
    return len(rows)
