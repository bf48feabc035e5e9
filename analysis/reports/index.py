"""The reports index page: every report with its status, build time, summary and errors."""

from __future__ import annotations

import html
import logging

from analysis import config
from analysis.io import write_text

log = logging.getLogger(__name__)

INDEX_CSS = """
body { font-family: sans-serif; max-width: 1100px; margin: 2em auto; padding: 0 1em; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #ddd; padding: 6px 8px; text-align: left; vertical-align: top; }
.status-ok { color: #1a7f37; } .status-failed { color: #b42318; font-weight: bold; }
img.thumb { width: 240px; border: 1px solid #ddd; }
.changes li { margin: 2px 0; }
.error { color: #b42318; font-family: monospace; white-space: pre-wrap; }
"""


def _thumbnail(name: str) -> str:
    """The report's main figure as an inline thumbnail (the index stays one file)."""
    import base64

    path = config.REPORTS_DIR / "thumbs" / f"{name}.png"
    if not path.exists():
        return ""
    data = base64.b64encode(path.read_bytes()).decode("ascii")
    return f'<img class="thumb" alt="main figure of {html.escape(name, quote=True)}" ' \
           f'src="data:image/png;base64,{data}">'


def _row(name: str, entry: dict) -> str:
    esc = html.escape
    status = entry.get("status", "not built")
    link = (f'<a href="{esc(entry.get("html", name + ".html"), quote=True)}">'
            f'{esc(entry.get("title", name))}</a>')
    if status != "ok" and not entry.get("has_previous_html"):
        link = esc(entry.get("title", name))
    error = entry.get("error") or ""
    note = ""
    if status == "failed":
        kept = " (showing the previous good version)" if entry.get("has_previous_html") else ""
        note = f'<div class="error">{esc(error)}{esc(kept)}</div>'
    return (
        f'<tr class="report" data-report="{esc(name, quote=True)}">'
        f"<td>{_thumbnail(name) if entry.get('has_previous_html') else ''}</td>"
        f"<td>{link}<br><small><code>{esc(name)}</code></small></td>"
        f'<td class="status-{esc(status)}">{esc(status)}</td>'
        f'<td>{esc(entry.get("built_at", ""))}<br><small>{esc(str(entry.get("seconds") or ""))} s'
        f' &middot; {esc(entry.get("last_action", ""))}</small></td>'
        f'<td>{esc(entry.get("summary", ""))}{note}</td></tr>'
    )


def _change_list(title: str, items: list[tuple[str, str]]) -> str:
    esc = html.escape
    if not items:
        return f"<p>{esc(title)}: none.</p>"
    shown = "".join(f"<li><code>{esc(str(key))}</code> {esc(str(text))}</li>"
                    for key, text in items[:200])
    more = f"<li>... and {len(items) - 200} more</li>" if len(items) > 200 else ""
    return (f"<details open><summary>{esc(title)}: {len(items)}</summary>"
            f"<ul>{shown}{more}</ul></details>")


def changes_html(changes: dict) -> str:
    """The "Changes" section: empty (with a note) on a first build, never missing."""
    parts = ['<section class="changes" id="changes"><h2>Changes since the previous build</h2>']
    if changes.get("first_build"):
        parts.append("<p>First build: nothing to compare with yet.</p>")
    else:
        parts += [
            _change_list("Papers added", changes["papers"]["added"]),
            _change_list("Papers removed", changes["papers"]["removed"]),
            _change_list("Claims added", changes["claims"]["added"]),
            _change_list("Claims removed", changes["claims"]["removed"]),
            _change_list("Claims corrected", changes["claims"]["corrected"]),
            _change_list("Fits whose slope or interval moved", changes["fits"]),
        ]
    parts.append("</section>")
    return "\n".join(parts)


def render_index(manifest: dict, order: list[str], changes: dict | None = None) -> str:
    """HTML of the index page (all paper-derived text escaped)."""
    esc = html.escape
    rows = "\n".join(_row(name, manifest["reports"].get(name, {})) for name in order)
    snapshot = manifest.get("snapshot", {})
    tables = " &middot; ".join(
        f"{esc(k)}: {esc(str(v))}" for k, v in snapshot.get("tables", {}).items()
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>reasonscale reports</title>
<style>{INDEX_CSS}</style></head>
<body>
<h1>reasonscale reports</h1>
<p>Built {esc(manifest.get("built_at", ""))} &middot; corpus
<code>{esc(snapshot.get("corpus_hash", "")[:12])}</code> &middot; {tables}</p>
<table id="reports"><thead>
<tr><th></th><th>Report</th><th>Status</th><th>Built</th><th>Summary</th></tr>
</thead><tbody>
{rows}
</tbody></table>
{changes_html(changes or {"first_build": True})}
</body></html>
"""


def write_index(manifest: dict, order: list[str]) -> None:
    """Write reports/index.html atomically, with the changes recorded in the manifest."""
    write_text(config.INDEX_PATH, render_index(manifest, order, manifest.get("changes")))
