"""Execute one report notebook with papermill and render it to self-contained HTML."""

from __future__ import annotations

import base64
import errno
import io
import json
import logging
import time
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from analysis import config
from analysis.io import atomic_path, write_bytes, write_text
from analysis.reports import kernels

# papermill, nbformat, nbconvert and PIL are imported where used: the build's main process
# imports this module only to hand run_report to its workers, which do the rendering.
if TYPE_CHECKING:
    from analysis.reports.headings import Heading

log = logging.getLogger(__name__)

# The nbconvert template of a report (templates/reasonscale: JupyterLab's page without
# require.js, MathJax or any other script from a CDN, plus the report header).
TEMPLATES_DIR = Path(__file__).parent / "templates"
REPORT_TEMPLATE = "reasonscale"


def _error_text(exc: Exception) -> str:
    ename = getattr(exc, "ename", type(exc).__name__)
    evalue = getattr(exc, "evalue", str(exc))
    cell = getattr(exc, "exec_count", None)
    where = f" (cell [{cell}])" if cell else ""
    return f"{ename}: {evalue}{where}"


def _summary_of(notebook, tag: str = "summary") -> str:
    """The text output of the cell tagged `tag`: `summary` (a one-line description of the
    report) or `verdict` (its analysis verdict: supported, fragile, inconclusive, refused...)."""
    for cell in notebook.cells:
        if tag in cell.get("metadata", {}).get("tags", []):
            for output in cell.get("outputs", []):
                data = output.get("data", {})
                text = data.get("text/markdown") or data.get("text/plain") or output.get("text")
                if text:
                    return "".join(text).strip().strip("'\"")[:300]
    return ""


def _figures_of(notebook) -> list[dict]:
    """Named figures the notebook showed (analysis.viz.theme.show records them in metadata)."""
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
            write_bytes(target, buffer.getvalue())
            return True
    return False


def execute(spec: dict, target: Path) -> None:
    """Run the notebook with papermill into `target` (raises on a failing cell).

    In a build worker the notebook runs in the worker's warm kernel (reset first: see
    reports.kernels); elsewhere papermill starts a kernel of its own.
    """
    import papermill

    manager = kernels.ready()
    reuse = {"km": manager} if manager is not None else {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # papermill warns about the temporary file's extension
        papermill.execute_notebook(
            str(config.NOTEBOOKS_DIR / spec["notebook"]), str(target),
            parameters=spec["parameters"], kernel_name=config.KERNEL_NAME,
            cwd=str(config.NOTEBOOKS_DIR), progress_bar=False, log_output=False, **reuse,
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
            "verdict": _summary_of(notebook, "verdict") or "ok",
            "figures": _figures_of(notebook), "seconds": round(time.monotonic() - started, 2)}


def header_resources(spec: dict, context: dict, built_at: str, toc: list[Heading]) -> dict:
    """What the report template's header shows (as data: the template escapes it)."""
    snapshot = context["snapshot"]
    return {
        "title": spec["title"], "name": spec["name"], "notebook": spec["notebook"],
        "built_at": built_at, "corpus_hash": snapshot["corpus_hash"],
        "data_hash": snapshot.get("data_hash", ""),
        "code_hash": snapshot["code_hash"],
        "tables": {str(k): str(v) for k, v in snapshot["tables"].items()},
        "parameters": [(str(k), json.dumps(v, default=str))
                       for k, v in spec["parameters"].items()],
        "toc": toc,
    }


def to_html(notebook, spec: dict, context: dict, *, built_at: str) -> str:
    """Render an executed notebook as one offline HTML file with the report header."""
    from nbconvert import HTMLExporter

    from analysis.reports.headings import table_of_contents

    exporter = HTMLExporter(
        extra_template_basedirs=[str(TEMPLATES_DIR)], template_name=REPORT_TEMPLATE,
        exclude_input=not context.get("show_code", False),
        exclude_input_prompt=True, exclude_output_prompt=True,
    )
    priority = exporter.config.NbConvertBase.display_data_priority  # what each output shows as
    toc = table_of_contents(notebook, priority)
    resources = {"metadata": {"name": spec["title"]},
                 "reasonscale": header_resources(spec, context, built_at, toc)}
    body, _ = exporter.from_notebook_node(notebook, resources=resources)
    return body
