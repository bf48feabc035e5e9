"""The HTML goes through templates: the nbconvert report template, autoescaped jinja2 pages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from bs4 import BeautifulSoup
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from analysis.config import PROJ_ROOT
from analysis.reports import htmltable, index, render, templating
from analysis.reports.headings import Heading, table_of_contents

# Text a scraped paper could carry: markup, an attribute break-out, maths, Markdown specials.
HOSTILE = '"><img src=x onerror=alert(1)> <script>alert(2)</script> $x^2$ *em* & co'
TINY_PNG = ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJ"
            "RU5ErkJggg==")
SPEC = {"name": "hostile-report", "notebook": "99_hostile.ipynb", "title": f"Title {HOSTILE}",
        "parameters": {"benchmark": f"bench {HOSTILE}", "pool": ["a", "b<c"], "top_n": 3}}
CONTEXT = {"show_code": False, "snapshot": {
    "corpus_hash": "0123456789abcdef", "code_hash": "fedcba9876543210",
    "tables": {"papers": f"309 papers {HOSTILE}", "claims": "254 claims"}}}
# (level, anchor, text) nbconvert gives the notebook's h2/h3 headings, in page order.
EXPECTED_TOC = [
    (2, "Papers-&-claims", "Papers & claims"),
    (3, "Fits-by-benchmark", "Fits by benchmark"),
    (2, "Cost-of-$x$", "Cost of $x$"),
    (2, "From-an-output", "From an output"),
    (3, "Last-one", "Last one"),
]


def hostile_notebook() -> nbformat.NotebookNode:
    """Headings of every level in Markdown cells and outputs; a figure; nothing executed."""
    markdown_output = new_output("display_data", data={"text/markdown": "## From an output"})
    html_output = new_output("display_data", data={"text/html": "<p>shown instead</p>",
                                                   "text/markdown": "## Hidden by the HTML"})
    figure = new_output("display_data", data={"image/png": TINY_PNG, "text/plain": "<Figure>"})
    return new_notebook(cells=[
        new_markdown_cell("# The notebook's own title\n\nIntro with $x$ and *emphasis*."),
        new_markdown_cell("## Papers & claims\n\ntext\n\n### Fits by `benchmark`\n\n#### Too deep"),
        new_code_cell("show()", outputs=[figure]),
        new_markdown_cell("## Cost of $x$"),
        new_code_cell("display(...)", outputs=[markdown_output, html_output]),
        new_markdown_cell("### Last one"),
    ])


@pytest.fixture(scope="module")
def report() -> str:
    return render.to_html(hostile_notebook(), SPEC, CONTEXT, built_at="2025-01-02 03:04:05 UTC")


@pytest.fixture(scope="module")
def soup(report) -> BeautifulSoup:
    return BeautifulSoup(report, "html.parser")


def test_report_template_drops_every_external_script(report, soup):
    lowered = report.lower()
    for name in ("require.js", "require.min.js", "mathjax", "mermaid", "cdnjs", "unpkg"):
        assert name not in lowered, f"{name} left in the report"
    assert [s["src"] for s in soup.find_all("script", src=True)] == []
    assert soup.find("script", type="text/x-mathjax-config") is None
    assert "$x$" in soup.get_text(), "maths stays literal text"


def test_report_header_is_rendered_once_through_the_template(report, soup):
    assert report.count('id="rs-header"') == 1 and report.count('class="rs-title"') == 1
    header = soup.find("header", id="rs-header")
    assert header.find_parent("main") is not None  # body_header: after <body><main>
    assert header.find("h1", class_="rs-title").get_text() == SPEC["title"]
    assert soup.title.get_text() == SPEC["title"]
    meta = header.find("table", class_="rs-meta").get_text(" ", strip=True)
    assert "hostile-report from 99_hostile.ipynb" in meta and "2025-01-02 03:04:05 UTC" in meta
    assert "corpus 0123456789ab" in meta and "code fedcba987654" in meta
    assert f"papers: 309 papers {HOSTILE}" in meta
    params = {tr.th.get_text(): tr.td.get_text() for tr in header.select(".rs-params tr")}
    assert params == {name: json.dumps(value) for name, value in SPEC["parameters"].items()}
    assert params["pool"] == '["a", "b<c"]'
    last_style = soup.head.find_all("style")[-1].string
    assert ".rs-toc ul { columns: 2; }" in last_style, "the header CSS closes <head>"


def test_hostile_header_text_is_escaped_not_markup(report, soup):
    assert "<script>alert(2)</script>" not in report
    assert "<img src=x onerror" not in report  # in the <title> and the header alike
    assert soup.find("img", src="x") is None
    assert [s for s in soup.find_all("script") if "alert(" in s.get_text()] == []
    header = soup.find("header", id="rs-header")
    assert header.find_all(["em", "sup", "img", "script"]) == []


def test_toc_is_built_from_the_notebook_headings(soup):
    toc = [(int(li["class"][0].removeprefix("rs-toc-h")), li.a["href"], li.a.get_text())
           for li in soup.select("nav.rs-toc li")]
    assert toc == [(level, f"#{anchor}", text) for level, anchor, text in EXPECTED_TOC]
    for _level, anchor, text in EXPECTED_TOC:  # each entry links to its heading in the page
        heading = soup.find(id=anchor)
        assert heading is not None and heading.name in ("h2", "h3")
        assert heading.get_text().removesuffix("¶").strip() == text


def test_table_of_contents_reads_markdown_not_html():
    priority = ["text/html", "text/markdown", "image/png", "text/plain"]
    found = table_of_contents(hostile_notebook(), priority)
    assert found == [Heading(*entry) for entry in EXPECTED_TOC]
    assert table_of_contents(new_notebook(cells=[new_markdown_cell("no heading")]), priority) == []


def test_show_code_still_shows_the_inputs():
    page = render.to_html(hostile_notebook(), SPEC, {**CONTEXT, "show_code": True},
                          built_at="now")
    assert "jp-InputArea" in page and "display" in page


def hostile_manifest() -> dict:
    return {"built_at": HOSTILE, "snapshot": {"corpus_hash": HOSTILE, "tables": {"p": HOSTILE}},
            "reports": {
                "ok": {"status": "ok", "title": HOSTILE, "summary": HOSTILE, "html": "ok.html",
                       "built_at": "t1", "seconds": 1.5, "last_action": "ran"},
                "bad": {"status": "failed", "title": "Bad", "error": HOSTILE,
                        "has_previous_html": False}}}


def test_index_escapes_title_summary_error_and_snapshot():
    page = index.render_index(hostile_manifest(), ["ok", "bad"], {"first_build": True})
    assert "<script>alert(2)</script>" not in page and "<img src=x" not in page
    soup = BeautifulSoup(page, "html.parser")
    assert soup.find("img") is None and [s for s in soup.find_all("script")] == []
    ok, bad = soup.select("tr.report")
    assert ok.a["href"] == "ok.html" and ok.a.get_text() == HOSTILE
    assert ok.find_all("td")[4].get_text() == HOSTILE
    assert bad.a is None and bad.find("div", class_="error").get_text() == HOSTILE
    assert "rebuilt in this build · 1.5 s" in ok.get_text()
    assert soup.find("p").get_text(" ", strip=True).count(HOSTILE) == 2  # built at, table


def test_index_changes_escape_items_and_cap_long_lists():
    items = [(f"p{i}", f"{HOSTILE} {i}") for i in range(205)]
    changes = {"first_build": False, "papers": {"added": items, "removed": []},
               "claims": {"added": [], "removed": [], "corrected": []}, "fits": []}
    soup = BeautifulSoup(index.changes_html(changes), "html.parser")
    shown = [li.get_text() for li in soup.select("li")]
    assert shown[0] == f"p0 {HOSTILE} 0" and shown[-1] == "... and 5 more" and len(shown) == 201
    assert soup.find("img") is None and soup.find("script") is None


def test_table_cells_round_trip_through_escaping():
    values = [HOSTILE, "a \"quoted\" & <b>", "", "7B model"]
    frame = pd.DataFrame({"quote": values, HOSTILE: [1.5, float("nan"), 0.0, -2.0],
                          "title": values})
    soup = BeautifulSoup(htmltable.table_html(frame, table_id='t"><b>x'), "html.parser")
    box = soup.find("div", class_="rs-table")
    assert box["id"] == 't"><b>x' and soup.find("b") is None
    assert [th.get_text() for th in box.select("thead tr:first-child th")] == [
        "quote", HOSTILE, "title"]
    filters = [i["aria-label"] for i in box.select("thead input.rs-filter")]
    assert filters == [f"filter {c}" for c in ("quote", HOSTILE, "title")]
    cells = [[(td.get_text(), td["data-value"], td.get("class")) for td in tr.find_all("td")]
             for tr in box.select("tbody tr")]
    assert [row[0] for row in cells] == [(v, v, ["rs-quote"]) for v in values]
    assert [row[2] for row in cells] == [(v, v, ["rs-short"]) for v in values]
    long_titles = [td.get("title") for td in box.select("tbody td.rs-short") if td.get("title")]
    assert HOSTILE in long_titles  # a long short-column cell shows its whole text on hover
    assert [row[1][:2] for row in cells] == [("1.5", "1.5"), ("", ""), ("0", "0"), ("-2", "-2")]
    script = soup.find_all("script")[-1].get_text()
    assert 'getElementById("t\\"\\u003e\\u003cb\\u003ex")' in script, "the id as a JS string"


def test_autoescape_is_on_for_html_templates():
    environment = templating.environment()
    assert environment.autoescape("index.html.j2") and environment.autoescape("table.html.j2")
    assert environment.from_string("{{ x }}").render(x="<b>") == "&lt;b&gt;"


REPORTS_PACKAGE = PROJ_ROOT / "analysis" / "reports"
MODULES = ("render.py", "index.py", "htmltable.py", "headings.py", "templating.py")
TEMPLATES = sorted(p.relative_to(REPORTS_PACKAGE).as_posix()
                   for p in (REPORTS_PACKAGE / "templates").rglob("*.j2"))


@pytest.mark.parametrize("module", MODULES)
def test_no_manual_escaping_or_regex_over_html(module):
    source = (REPORTS_PACKAGE / module).read_text(encoding="utf-8")
    for banned in ("html.escape", "esc(", "import re\n", "re.sub", "Markup("):
        assert banned not in source, f"{module}: {banned}"


@pytest.mark.parametrize("template", TEMPLATES)
def test_templates_never_switch_escaping_off(template):
    source = (REPORTS_PACKAGE / template).read_text(encoding="utf-8").replace(" ", "")
    assert "|safe" not in source and "autoescapefalse" not in source, template


def test_templates_ship_inside_the_package():
    templates = Path(render.__file__).parent / "templates"
    assert (templates / "reasonscale" / "conf.json").is_file()
    assert "{%- extends 'lab/index.html.j2' -%}" in (
        templates / "reasonscale" / "index.html.j2").read_text(encoding="utf-8")
    assert templating.SITE_TEMPLATES == templates / "site"


def test_index_import_and_render_need_neither_pandas_nor_nbconvert():
    """The no-op build imports analysis.reports.index and writes the index: keep it light."""
    code = ("import sys; from analysis.reports import index; "
            "index.render_index({'reports': {}}, []); "
            "heavy = sorted({'pandas', 'nbconvert', 'nbformat', 'matplotlib'} & set(sys.modules)); "
            "print(heavy); sys.exit(1 if heavy else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=PROJ_ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
