"""Execute one report notebook with papermill and render it to self-contained HTML; the index."""

from __future__ import annotations

import errno
import html
import json
import logging
import re
import time
import warnings
from pathlib import Path

from analysis import config
from analysis.io import atomic_path, write_text

log = logging.getLogger(__name__)

# nbconvert's templates load require.js and MathJax from a CDN; reports must open offline and
# must never turn "$...$" in a paper title into maths, so external scripts are removed.
EXTERNAL_SCRIPT_RE = re.compile(
    r"<script[^>]*\bsrc=\"https?://[^\"]*\"[^>]*>\s*</script>", re.IGNORECASE
)
MATHJAX_CONFIG_RE = re.compile(
    r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.DOTALL
)
HEADING_RE = re.compile(r"<h([23]) id=\"([^\"]+)\"[^>]*>(.*?)<a class=\"anchor-link\"", re.DOTALL)
TAG_RE = re.compile(r"<[^>]+>")


def _error_text(exc: Exception) -> str:
    ename = getattr(exc, "ename", type(exc).__name__)
    evalue = getattr(exc, "evalue", str(exc))
    cell = getattr(exc, "exec_count", None)
    where = f" (cell [{cell}])" if cell else ""
    return f"{ename}: {evalue}{where}"


def _summary_of(notebook) -> str:
    """The text output of the cell tagged `summary` (a one-line description of the report)."""
    for cell in notebook.cells:
        if "summary" in cell.get("metadata", {}).get("tags", []):
            for output in cell.get("outputs", []):
                data = output.get("data", {})
                text = data.get("text/markdown") or data.get("text/plain") or output.get("text")
                if text:
                    return "".join(text).strip().strip("'\"")[:300]
    return ""


def _figures_of(notebook) -> list[dict]:
    """Named figures the notebook showed (recorded by analysis.viz.theme.show in output metadata)."""
    figures = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            meta = output.get("metadata", {}).get("reasonscale_figure")
            if meta and "image/png" in output.get("data", {}):
                figures.append(dict(meta))
    return figures


THUMBNAIL_WIDTH_PX = 360
# Errors of the disk, not of the notebook: the build stops with exit 2 naming the path.
DISK_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EFBIG}


def write_thumbnail(notebook, target: Path) -> bool:
    """Save a small PNG of the report's first figure (its main figure) for the index."""
    import base64
    import io

    from PIL import Image

    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            png = output.get("data", {}).get("image/png")
            if not png:
                continue
            image = Image.open(io.BytesIO(base64.b64decode(png)))
            image.thumbnail((THUMBNAIL_WIDTH_PX, THUMBNAIL_WIDTH_PX))
            buffer = io.BytesIO()
            image.save(buffer, format="PNG", optimize=True)
            from analysis.io import write_bytes

            write_bytes(target, buffer.getvalue())
            return True
    return False


def execute(spec: dict, target: Path) -> None:
    """Run the notebook with papermill into `target` (raises on a failing cell)."""
    import papermill

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # papermill warns about the temporary file's extension
        papermill.execute_notebook(
            str(config.NOTEBOOKS_DIR / spec["notebook"]), str(target),
            parameters=spec["parameters"], kernel_name=config.KERNEL_NAME,
            cwd=str(config.NOTEBOOKS_DIR), progress_bar=False, log_output=False,
        )


def run_report(spec: dict, context: dict) -> dict:
    """Worker: execute one report and write its HTML atomically; never raises."""
    import nbformat

    started = time.monotonic()
    executed_path = config.REPORTS_DIR / "executed" / f"{spec['name']}.ipynb"
    try:
        with atomic_path(executed_path) as tmp:
            execute(spec, tmp)
        notebook = nbformat.read(executed_path, as_version=4)
        built_at = time.strftime("%Y-%m-%d %H:%M:%S %Z")
        page = to_html(notebook, spec, context, built_at=built_at)
        write_text(config.REPORTS_DIR / f"{spec['name']}.html", page)
        write_thumbnail(notebook, config.REPORTS_DIR / "thumbs" / f"{spec['name']}.png")
    except OSError as exc:
        status = "fatal" if exc.errno in DISK_ERRNOS else "failed"
        target = exc.filename or config.REPORTS_DIR / f"{spec['name']}.html"  # where it wrote
        where = f"{target}: "
        return {"status": status, "error": f"{where}{exc.strerror or exc}",
                "seconds": round(time.monotonic() - started, 2)}
    except Exception as exc:  # the build records the failure and keeps the last good HTML
        return {"status": "failed", "error": _error_text(exc),
                "seconds": round(time.monotonic() - started, 2)}
    return {"status": "ok", "built_at": built_at, "summary": _summary_of(notebook),
            "figures": _figures_of(notebook), "seconds": round(time.monotonic() - started, 2)}


def _header_html(spec: dict, context: dict, built_at: str, toc: list[tuple[int, str, str]]) -> str:
    snapshot = context["snapshot"]
    esc = html.escape
    params = "".join(
        f"<tr><th>{esc(str(k))}</th><td><code>{esc(json.dumps(v, default=str))}</code></td></tr>"
        for k, v in spec["parameters"].items()
    ) or "<tr><td colspan=2>none</td></tr>"
    tables = ", ".join(f"{esc(k)}: {esc(str(v))}" for k, v in snapshot["tables"].items())
    toc_items = "".join(
        f'<li class="rs-toc-h{level}"><a href="#{esc(anchor, quote=True)}">{esc(text)}</a></li>'
        for level, anchor, text in toc
    )
    return f"""
<header class="rs-header" id="rs-header">
  <p><a href="index.html">&larr; all reports</a></p>
  <h1 class="rs-title">{esc(spec['title'])}</h1>
  <table class="rs-meta">
    <tr><th>report</th><td><code>{esc(spec['name'])}</code>
      from <code>{esc(spec['notebook'])}</code></td></tr>
    <tr><th>built</th><td>{esc(built_at)}</td></tr>
    <tr><th>data snapshot</th><td>corpus <code>{esc(snapshot['corpus_hash'][:12])}</code>
      &middot; code <code>{esc(snapshot['code_hash'][:12])}</code> &middot; {tables}</td></tr>
  </table>
  <details class="rs-params" open><summary>Parameters</summary><table>{params}</table></details>
  <nav class="rs-toc"><strong>Contents</strong><ul>{toc_items}</ul></nav>
</header>
"""


HEADER_CSS = """
<style>
.rs-header { max-width: 1100px; margin: 1em auto; padding: 0 1em; font-family: sans-serif; }
.rs-header table { border-collapse: collapse; }
.rs-header th, .rs-header td { text-align: left; padding: 2px 8px; vertical-align: top; }
.rs-toc ul { columns: 2; } .rs-toc-h3 { margin-left: 1.5em; }
</style>
"""


def table_of_contents(body: str) -> list[tuple[int, str, str]]:
    """(level, anchor, text) of the h2/h3 headings nbconvert rendered."""
    return [
        (int(level), html.unescape(anchor), html.unescape(TAG_RE.sub("", text)).strip())
        for level, anchor, text in HEADING_RE.findall(body)
    ]


def to_html(notebook, spec: dict, context: dict, *, built_at: str) -> str:
    """Render an executed notebook as one offline HTML file with the report header."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        template_name="lab", exclude_input=not context.get("show_code", False),
        exclude_input_prompt=True, exclude_output_prompt=True,
    )
    body, _ = exporter.from_notebook_node(notebook, resources={"metadata": {"name": spec["title"]}})
    body = EXTERNAL_SCRIPT_RE.sub("", body)
    body = MATHJAX_CONFIG_RE.sub("", body)
    header = _header_html(spec, context, built_at, table_of_contents(body))
    body = body.replace("</head>", HEADER_CSS + "</head>", 1)
    return re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + header, body, count=1)
