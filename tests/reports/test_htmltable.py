"""Tests of analysis/reports/htmltable.py: cells escaped, script inline, nothing external."""

from __future__ import annotations

import re

import pandas as pd

from analysis.reports.htmltable import interactive_table, table_html


def test_cells_are_escaped_and_script_is_inline():
    frame = pd.DataFrame({"title": ['<script>alert(1)</script>', 'a "quoted" & <b>'],
                          "value": [1.5, float("nan")]})
    page = table_html(frame, table_id="t1")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    # jinja2's autoescape (markupsafe) writes '"' as &#34;, the same character as &quot;
    assert 'data-value="a &#34;quoted&#34; &amp; &lt;b&gt;"' in page
    assert not re.search(r"src=\"https?://", page)
    assert page.count("<tr>") == 3  # header + two rows (the filter row has its own class)
    assert page.count('<tr class="rs-filters">') == 1
    assert '<td class="rs-short" data-value=""></td>' in page  # NaN shown empty


def test_ids_differ_between_tables():
    frame = pd.DataFrame({"a": [1]})
    first, second = table_html(frame), table_html(frame)
    ids = [re.search(r'class="rs-table" id="([^"]+)"', page).group(1) for page in (first, second)]
    assert ids[0] != ids[1]


def test_a_table_without_rows_is_a_sentence_not_an_empty_grid():
    frame = pd.DataFrame(columns=["model_key", "value_a"])
    shown = interactive_table(frame, empty="No pair <disagrees>.").data
    assert "<table" not in shown
    assert shown.strip() == '<p class="rs-empty"><em>No pair &lt;disagrees&gt;.</em></p>'
    assert "<table" in interactive_table(pd.DataFrame({"a": [1]})).data
