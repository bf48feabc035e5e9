"""Searchable, sortable HTML tables with every cell escaped and the JavaScript inline (offline)."""

from __future__ import annotations

import html
import itertools
import math

import pandas as pd

_counter = itertools.count(1)

# Inline, dependency-free: filters rows on every keystroke and sorts on a header click.
# Cell text is set by the server-side escaping below, never by innerHTML from data.
TABLE_SCRIPT = """
<script>
(function () {
  var box = document.getElementById("%(id)s");
  if (!box) { return; }
  var input = box.querySelector("input.rs-search");
  var table = box.querySelector("table");
  var count = box.querySelector(".rs-count");
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  function update() {
    var needle = input.value.toLowerCase();
    var shown = 0;
    rows.forEach(function (row) {
      var text = Array.prototype.map.call(row.cells, function (c) {
        return c.textContent; }).join("\t");  // no match across a cell boundary
      var hit = text.toLowerCase().indexOf(needle) !== -1;
      row.style.display = hit ? "" : "none";
      if (hit) { shown += 1; }
    });
    count.textContent = shown + " of " + rows.length + " rows";
  }
  input.addEventListener("input", update);
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell, index) {
    cell.style.cursor = "pointer";
    cell.addEventListener("click", function () {
      var ascending = cell.getAttribute("data-sort") !== "asc";
      cell.setAttribute("data-sort", ascending ? "asc" : "desc");
      rows.sort(function (a, b) {
        var x = a.cells[index].getAttribute("data-value");
        var y = b.cells[index].getAttribute("data-value");
        var nx = x.trim() === "" ? NaN : Number(x);  // "7B model" is text, not 7
        var ny = y.trim() === "" ? NaN : Number(y);
        var cmp = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
        return ascending ? cmp : -cmp;
      });
      rows.forEach(function (row) { table.tBodies[0].appendChild(row); });
    });
  });
  update();
})();
</script>
"""

TABLE_CSS = """
<style>
.rs-table { margin: 0.5em 0 1.5em; }
.rs-table input.rs-search { font-size: 1em; padding: 4px 8px; width: 24em; }
.rs-table .rs-count { margin-left: 1em; color: #555; }
.rs-table .rs-scroll { max-height: 32em; overflow: auto; border: 1px solid #ddd; }
.rs-table table { border-collapse: collapse; font-size: 0.9em; }
.rs-table th { position: sticky; top: 0; background: #f4f4f4; }
.rs-table th, .rs-table td { padding: 3px 6px; border-bottom: 1px solid #eee;
  text-align: left; vertical-align: top; }
.rs-table td.rs-quote { max-width: 40em; font-style: italic; }
</style>
"""


def _cell_text(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def table_html(frame: pd.DataFrame, *, table_id: str | None = None,
               wide_columns: tuple[str, ...] = ("quote", "title")) -> str:
    """The HTML of a searchable table for `frame` (all text escaped)."""
    table_id = table_id or f"rs-table-{next(_counter)}"
    esc = html.escape
    head = "".join(f"<th>{esc(str(c))}</th>" for c in frame.columns)
    body = []
    for row in frame.itertuples(index=False):
        cells = []
        for column, value in zip(frame.columns, row, strict=True):
            text = _cell_text(value)
            css = ' class="rs-quote"' if column in wide_columns else ""
            cells.append(f'<td{css} data-value="{esc(text, quote=True)}">{esc(text)}</td>')
        body.append("<tr>" + "".join(cells) + "</tr>")
    return (
        f'{TABLE_CSS}<div class="rs-table" id="{esc(table_id, quote=True)}">'
        f'<input class="rs-search" type="search" placeholder="Search these rows"'
        f' aria-label="search table"><span class="rs-count"></span>'
        f'<div class="rs-scroll"><table><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table></div></div>"
        + TABLE_SCRIPT % {"id": table_id}
    )


def interactive_table(frame: pd.DataFrame, **options):
    """A notebook display object of `table_html` (renders in JupyterLab and in the report)."""
    from IPython.display import HTML

    return HTML(table_html(frame, **options))
