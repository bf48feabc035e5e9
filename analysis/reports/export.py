"""Export every figure of the built reports at slide size, from the same figure registry."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import matplotlib.pyplot as plt

from analysis import config
from analysis.curated.tables import load_report_tables
from analysis.errors import ReasonscaleError
from analysis.viz.catalog import make_figure
from analysis.viz.theme import save
from analysis.io import write_text

log = logging.getLogger(__name__)

FORMATS = ("png", "svg", "pdf")


def built_figures(manifest: dict, *, reports: list[str] | None = None) -> list[tuple[str, dict]]:
    """(report name, figure record) for every figure of every successfully built report."""
    entries = manifest.get("reports", {})
    unknown = sorted(set(reports or []) - set(entries))
    if unknown:
        raise ReasonscaleError(f"no built report named {unknown}; built: {sorted(entries)}")
    wanted = reports or list(entries)
    return [(name, figure) for name in wanted if entries[name].get("status") == "ok"
            for figure in entries[name].get("figures", [])]


def export_figures(*, reports: list[str] | None = None, formats: tuple[str, ...] = FORMATS,
                   aspect: str = "16:9", theme_name: str = "light",
                   out_dir: Path | None = None) -> list[Path]:
    """Re-draw each built report's figures at slide size; write files and a captions index."""
    bad = sorted(set(formats) - set(FORMATS))
    if bad:
        raise ReasonscaleError(f"unknown figure format(s) {bad}; choose from {list(FORMATS)}")
    if not config.MANIFEST_PATH.exists():
        raise ReasonscaleError("no reports built yet: run `make report` first")
    manifest = json.loads(config.MANIFEST_PATH.read_text(encoding="utf-8"))
    out_dir = out_dir or config.FIGURES_DIR
    tables = load_report_tables()
    written: list[Path] = []
    captions: dict[str, list[str]] = {}
    for report, figure in built_figures(manifest, reports=reports):
        fig, caption = make_figure(figure["name"], tables, theme_name=theme_name, aspect=aspect,
                                   **figure.get("params", {}))
        stem = out_dir / report / figure["name"]
        written += save(fig, stem, formats=tuple(formats))
        plt.close(fig)
        captions.setdefault(report, []).append(f"- `{figure['name']}`: {caption}")
        log.info("exported %s/%s (%s)", report, figure["name"], ", ".join(formats))
    for report, lines in captions.items():
        write_text(out_dir / report / "CAPTIONS.md", f"# {report}\n\n" + "\n".join(lines) + "\n")
    return written
