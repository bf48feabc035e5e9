"""Searchable, sortable HTML tables with every cell escaped and the JavaScript inline (offline)."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pandas as pd

from analysis.reports import templating

_counter = itertools.count(1)


def reset_ids() -> None:
    """Number tables from 1 again: a reused kernel starts each report as a fresh one would."""
    global _counter
    _counter = itertools.count(1)


def _cell_text(value) -> str:
    """A cell as text: blank for missing, whole numbers without ".0", 4 significant digits
    for other numbers (tables are for reading; full precision stays in the CSV files)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool | np.bool_):
        return "yes" if value else "no"
    if isinstance(value, float | np.floating):
        return f"{value:.0f}" if float(value).is_integer() and abs(value) < 1e15 else \
            f"{value:.4g}"
    return str(value)


def static_table_html(frame: pd.DataFrame) -> str:
    """A complete, non-interactive table (no index, no truncation), every cell escaped."""
    numeric = [pd.api.types.is_numeric_dtype(frame[c]) and not pd.api.types.is_bool_dtype(
        frame[c]) for c in frame.columns]
    rows = [[(_cell_text(v), n) for v, n in zip(row, numeric, strict=True)]
            for row in frame.itertuples(index=False)]
    return templating.render("static_table.html.j2", columns=[str(c) for c in frame.columns],
                             rows=rows)


def empty_html(sentence: str) -> str:
    """What stands in for a table without rows: a sentence, never an empty grid."""
    return templating.render("empty_table.html.j2", sentence=sentence)


def show_table(table, *, empty: str = "No rows.") -> None:
    """Display a view's output in a notebook: a DataFrame as a complete static table (or the
    `empty` sentence when it has no rows), anything else (a sentence saying why there is no
    table) as it is."""
    from IPython.display import HTML, display

    if isinstance(table, pd.DataFrame):
        table = HTML(static_table_html(table) if len(table) else empty_html(empty))
    display(table)


def table_html(frame: pd.DataFrame, *, table_id: str | None = None,
               wide_columns: tuple[str, ...] = ("quote", "quote_a", "quote_b")) -> str:
    """The HTML of a searchable table for `frame` (the template escapes every cell)."""
    wide = [column in wide_columns for column in frame.columns]
    rows = [[(_cell_text(value), is_wide) for value, is_wide in zip(row, wide, strict=True)]
            for row in frame.itertuples(index=False)]
    return templating.render(
        "table.html.j2", table_id=table_id or f"rs-table-{next(_counter)}",
        columns=[str(column) for column in frame.columns], rows=rows,
    )


def interactive_table(frame: pd.DataFrame, *, empty: str = "No rows.", **options):
    """A notebook display object of `table_html` (renders in JupyterLab and in the report),
    or the `empty` sentence when `frame` has no rows."""
    from IPython.display import HTML

    return HTML(table_html(frame, **options) if len(frame) else empty_html(empty))
