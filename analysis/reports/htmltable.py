"""Searchable, sortable HTML tables with every cell escaped and the JavaScript inline (offline)."""

from __future__ import annotations

import itertools
import math

import pandas as pd

from analysis.reports import templating

_counter = itertools.count(1)


def _cell_text(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def table_html(frame: pd.DataFrame, *, table_id: str | None = None,
               wide_columns: tuple[str, ...] = ("quote", "title")) -> str:
    """The HTML of a searchable table for `frame` (the template escapes every cell)."""
    wide = [column in wide_columns for column in frame.columns]
    rows = [[(_cell_text(value), is_wide) for value, is_wide in zip(row, wide, strict=True)]
            for row in frame.itertuples(index=False)]
    return templating.render(
        "table.html.j2", table_id=table_id or f"rs-table-{next(_counter)}",
        columns=[str(column) for column in frame.columns], rows=rows,
    )


def interactive_table(frame: pd.DataFrame, **options):
    """A notebook display object of `table_html` (renders in JupyterLab and in the report)."""
    from IPython.display import HTML

    return HTML(table_html(frame, **options))
