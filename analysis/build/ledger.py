"""The prediction ledger on disk: stored models, the append-only ledger, the previous snapshot."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import os
import shutil
import time
from pathlib import Path
from typing import TYPE_CHECKING

from analysis import config
from analysis.io import write_bytes, write_text

if TYPE_CHECKING:  # pandas is imported where used: the no-op build never needs it
    import pandas as pd

    from analysis.stats.predictions import StoredModel

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


def save_models(models: list[StoredModel], path: Path = config.STORED_MODELS_PATH, *,
                baseline: dict | None = None) -> None:
    """Each model's name, kind, data hash and training rows, in one JSON file (atomically),
    with the baseline the next ledger step compares against (papers, claim and gain ids)."""
    stored = [{"name": m.name, "kind": m.kind, "data_hash": m.data_hash,
               "rows": json.loads(m.rows.to_json(orient="split", index=False,
                                                 double_precision=15))}
              for m in models]
    document = {"models": stored} if baseline is None else {"models": stored,
                                                            "baseline": baseline}
    write_text(path, json.dumps(document, indent=1))


def load_baseline(path: Path) -> dict | None:
    """The baseline stored beside the models (None when absent: a file of the former layout)."""
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8")).get("baseline")


def load_models(path: Path) -> list[StoredModel]:
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


def _ledger_keys(text: str) -> tuple[list[str], set[tuple[str, ...]]]:
    """The ledger's header and the (claim_id, model_used, data_hash) of each row."""
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        return [], set()
    header = rows[0]
    at = [header.index(c) if c in header else None for c in _KEY]
    return header, {tuple(r[i] if i is not None and i < len(r) else "" for i in at)
                    for r in rows[1:]}


_KEY = ("claim_id", "model_used", "data_hash")  # a prediction scored once per model fit


def append_ledger(rows: pd.DataFrame, path: Path = config.LEDGER_PATH) -> int:
    """Append rows to the ledger, atomically; returns how many were appended.

    The existing bytes are kept as they are and the new rows written after them (in the
    file's own columns), so no earlier row can change. A row already in the ledger (same
    claim, model and data hash: a step rerun after a kill between appending and storing its
    baseline) is not appended twice. The file is created (header only) when it does not exist.
    """
    from analysis.stats.predictions import LEDGER_COLUMNS

    old = path.read_bytes() if path.exists() else b""
    header, seen = _ledger_keys(old.decode("utf-8"))
    if not header:
        header = LEDGER_COLUMNS
        old = rows.iloc[0:0].reindex(columns=header).to_csv(index=False).encode("utf-8")
    if set(rows.columns) - set(header) and len(rows):
        log.warning("ledger: columns %s are not in the file's header; not recorded",
                    sorted(set(rows.columns) - set(header)))
    keys = rows.reindex(columns=list(_KEY)).fillna("").astype(str).itertuples(index=False)
    fresh = rows.loc[[tuple(k) not in seen for k in keys]] if len(rows) else rows
    fresh = fresh.reindex(columns=header)
    if fresh.empty and path.exists():
        return 0
    if old and not old.endswith(b"\n"):
        old += b"\n"
    new = fresh.to_csv(index=False, header=False, lineterminator="\n").encode("utf-8")
    write_bytes(path, old + new)
    return len(fresh)
