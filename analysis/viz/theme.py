"""The suite's one plotting theme, its colours, and the functions that save and show figures."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import html
import io
import logging
from collections.abc import Iterator
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display here; notebooks show PNGs through `show`
import matplotlib.pyplot as plt  # noqa: E402
import seaborn as sns  # noqa: E402
from IPython.display import Markdown, display  # noqa: E402

from analysis.io import atomic_path  # noqa: E402

log = logging.getLogger(__name__)

# Slide sizes in inches (PowerPoint/Keynote defaults: 13.33 x 7.5 for 16:9, 10 x 7.5 for 4:3).
SLIDE_SIZES_IN = {"16:9": (13.33, 7.5), "4:3": (10.0, 7.5)}
PNG_DPI = 200  # >= 200 dpi keeps text sharp when projected
MIN_FONT_PT = 14  # nothing smaller than this at slide size (readable from the back of a room)
FONT_SIZES_PT = {
    "font.size": 16, "axes.titlesize": 20, "axes.labelsize": 18, "xtick.labelsize": 14,
    "ytick.labelsize": 14, "legend.fontsize": 14, "legend.title_fontsize": 14,
    "figure.titlesize": 20,
}
# Colour-blind-safe palette (Okabe-Ito, as in seaborn's "colorblind"); fixed assignments so the
# same method or family has the same colour in every figure.
PALETTE = sns.color_palette("colorblind", 10)
FIXED_COLOURS = {
    "RL": PALETTE[0], "distillation": PALETTE[1], "test-time scaling": PALETTE[2],
    "preference": PALETTE[4], "other": PALETTE[7], "none": (0.25, 0.25, 0.25),  # baselines
    "absolute": PALETTE[0], "delta": PALETTE[1], "relative": PALETTE[2],
}
THEMES = {
    "light": {"style": "whitegrid", "rc": {}},
    "dark": {"style": "darkgrid", "rc": {
        "figure.facecolor": "#1e1e1e", "axes.facecolor": "#2b2b2b", "savefig.facecolor": "#1e1e1e",
        "text.color": "#eeeeee", "axes.labelcolor": "#eeeeee", "xtick.color": "#dddddd",
        "ytick.color": "#dddddd", "axes.edgecolor": "#888888", "grid.color": "#444444",
    }},
}


def colour_for(key: str) -> tuple:
    """The suite-wide colour of a method, family or kind (stable across figures and runs)."""
    if key in FIXED_COLOURS:
        return FIXED_COLOURS[key]
    index = int(hashlib.sha1(str(key).encode()).hexdigest(), 16) % len(PALETTE)
    return PALETTE[index]


@contextlib.contextmanager
def theme(name: str = "light", *, aspect: str = "16:9") -> Iterator[None]:
    """The suite's one plotting theme (fonts, palette, slide size) as a context manager."""
    if name not in THEMES:
        raise ValueError(f"unknown theme {name!r}; choose from {sorted(THEMES)}")
    if aspect not in SLIDE_SIZES_IN:
        raise ValueError(f"unknown aspect {aspect!r}; choose from {sorted(SLIDE_SIZES_IN)}")
    spec = THEMES[name]
    rc = {**sns.axes_style(spec["style"]), **FONT_SIZES_PT, **spec["rc"],
          "figure.figsize": SLIDE_SIZES_IN[aspect], "axes.prop_cycle":
          matplotlib.cycler(color=PALETTE), "svg.fonttype": "none", "pdf.fonttype": 42}
    with matplotlib.rc_context(rc):
        yield


def add_source_line(fig: matplotlib.figure.Figure, text: str) -> None:
    """The small provenance line under a figure ("n claims from m papers · data ab12 · date")."""
    fig.text(0.01, 0.005, text, ha="left", va="bottom", fontsize=MIN_FONT_PT, alpha=0.8)


def save(fig: matplotlib.figure.Figure, stem: Path | str, *,
         formats: tuple[str, ...] = ("png", "svg", "pdf"), dpi: int = PNG_DPI) -> list[Path]:
    """The one export function: write `stem.<fmt>` for each format, atomically."""
    written = []
    # text stays text: editable in SVG, embedded TrueType in PDF (whatever the caller's rc)
    with matplotlib.rc_context({"svg.fonttype": "none", "pdf.fonttype": 42}):
        for fmt in formats:
            target = Path(f"{stem}.{fmt}")
            with atomic_path(target) as tmp:
                fig.savefig(tmp, format=fmt, dpi=dpi)
            written.append(target)
    return written


def show(fig: matplotlib.figure.Figure | None, caption: str, *, name: str,
         params: dict | None = None) -> None:
    """Display a figure in a notebook as PNG with its caption, tagged for the figure export.

    Without a figure (nothing to draw) only the caption is shown: no empty placeholder.
    """
    if fig is None:
        display(Markdown(f"*No figure `{name}`: {escape_markdown(caption)}*"))
        return
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100)
    plt.close(fig)
    data = {"image/png": base64.b64encode(buffer.getvalue()).decode("ascii")}
    meta = {"reasonscale_figure": {"name": name, "caption": caption, "params": params or {}}}
    display(data, raw=True, metadata=meta)
    display(Markdown(f"*Figure `{name}`: {escape_markdown(caption)}*"))


def escape_markdown(text: str) -> str:
    """Text from papers shown as Markdown literally: no emphasis, tables, maths or HTML."""
    escaped = html.escape(str(text), quote=False)
    for char in "\\`*_{}[]()#+-.!|$~<>":
        escaped = escaped.replace(char, "\\" + char) if char not in "<>" else escaped
    return escaped
