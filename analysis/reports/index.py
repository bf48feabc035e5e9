"""The reports index page: every report with its status, build time, summary and errors."""

from __future__ import annotations

import base64
import logging

# Imported by every build, the no-op one included: nothing here may import pandas or nbconvert
# (templating imports jinja2 only, which the index needs on every build anyway).
from analysis import config
from analysis.io import write_text
from analysis.reports import templating

log = logging.getLogger(__name__)


def _thumbnail(name: str) -> str:
    """The report's main figure as base64 PNG, inlined in the page (the index stays one file)."""
    path = config.REPORTS_DIR / "thumbs" / f"{name}.png"
    if not path.exists():
        return ""
    return base64.b64encode(path.read_bytes()).decode("ascii")


# What a reader needs to know of a report's HTML: made by this build, or still current.
FRESHNESS = {"ran": "rebuilt in this build", "skipped": "up to date"}


def _row(name: str, entry: dict) -> dict:
    """What the index shows of one report (plain text: the template escapes it)."""
    status = entry.get("status", "not built")
    has_html = bool(entry.get("has_previous_html"))
    return {
        "name": name,
        "title": entry.get("title", name),
        "href": entry.get("html", f"{name}.html") if status == "ok" or has_html else "",
        "thumbnail": _thumbnail(name) if has_html else "",
        "status": status,
        "verdict": "failed" if status == "failed" else entry.get("verdict") or status,
        "built_at": entry.get("built_at", ""),
        "seconds": str(entry.get("seconds") or ""),
        "freshness": FRESHNESS.get(entry.get("last_action", ""), entry.get("last_action", "")),
        "summary": entry.get("summary", ""),
        "failed": status == "failed",
        "error": entry.get("error") or "",
        "kept": " (showing the previous good version)" if has_html else "",
    }


def changes_html(changes: dict) -> str:
    """The "Changes" section: empty (with a note) on a first build, never missing."""
    return templating.render("changes.html.j2", changes=changes)


def _ledger_builds(tables: dict, changes: dict) -> tuple[dict, dict]:
    """The header's ledger summary and the body's latest scoring, each saying which build it
    is about: the header's counts are the ledger table's latest rebuild (often none scored),
    the body's the latest build that scored any; the header adds the whole ledger."""
    ledger = changes.get("ledger") or {}
    if "ledger" not in tables:
        return tables, changes
    scored = ledger.get("all", {}).get("n", 0)
    # written in place: analysis.viz imports pandas, and the no-op build renders this index
    whole = (f"whole ledger: {scored} prediction{'' if scored == 1 else 's'}, the latest "
             f"scored in the build of {ledger.get('latest_build', '')}" if scored else
             "whole ledger: no prediction scored yet")
    tables = {**tables, "ledger": f"at its latest rebuild: {tables['ledger']} ({whole})"}
    if scored:
        latest = f"the build of {ledger.get('latest_build', '')}"
        changes = {**changes, "ledger": {**ledger, "latest_build": latest}}
    return tables, changes


def render_index(manifest: dict, order: list[str], changes: dict | None = None) -> str:
    """HTML of the index page (all paper-derived text escaped by the template)."""
    snapshot = manifest.get("snapshot", {})
    tables, changes = _ledger_builds(snapshot.get("tables", {}),
                                     changes or {"first_build": True})
    return templating.render(
        "index.html.j2",
        built_at=manifest.get("built_at", ""),
        corpus_hash=snapshot.get("corpus_hash", ""),
        tables=tables,
        reports=[_row(name, manifest["reports"].get(name, {})) for name in order],
        changes=changes,
    )


def write_index(manifest: dict, order: list[str]) -> None:
    """Write reports/index.html atomically, with the changes recorded in the manifest."""
    write_text(config.INDEX_PATH, render_index(manifest, order, manifest.get("changes")))
