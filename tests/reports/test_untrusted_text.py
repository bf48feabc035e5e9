"""Scraped text with HTML/JS payloads and Markdown specials, built into reports, in a browser."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
import yaml
from browser import launch_chromium, open_page
from workspace import Workspace

from analysis.config import PROJ_ROOT

pytestmark = [pytest.mark.browser, pytest.mark.slow]

UNTRUSTED_CORPUS = Path(__file__).parents[1] / "fixtures" / "untrusted"
# The hostile page joins the real corpus: its papers among 309 real ones (and a small corpus
# has too few claims for the fits step of a build).
BASE_CORPUS = PROJ_ROOT / "data" / "raw"
REPORTS = ("corpus-overview", "claims")  # the reports that show paper text
PAGES = ("index", *REPORTS)
# Titles of tests/fixtures/untrusted/200_untrusted.txt, as they must read on the page.
SCRIPT_TITLE = "XSS-Model-7B: <script>alert(1)</script> Small Models Can Reason Too"
SVG_TITLE = ('Onload Distillation "><svg onload=alert(3)> for <img src=x onerror=alert(2)>'
             " Compact Models")
MARKDOWN_TITLE = "Why | pipes and $x^2$ *break* _tables_"
LINK_TITLE = 'Links in Titles: [click](javascript:alert(4)) and <a href="javascript:alert(4)">x</a>'
HOSTILE_TITLES = (SCRIPT_TITLE, SVG_TITLE, MARKDOWN_TITLE, LINK_TITLE)


@pytest.fixture(scope="module")
def browser():
    with launch_chromium() as chromium:
        yield chromium


@pytest.fixture(scope="module")
def site(browser, tmp_path_factory) -> Workspace:
    """A clean build, then the hostile page added and rebuilt (so the index lists its papers)."""
    entries = yaml.safe_load((PROJ_ROOT / "reports.yml").read_text(encoding="utf-8"))["reports"]
    matrix = yaml.safe_dump({"reports": [e for e in entries if e["name"] in REPORTS]})
    workspace = Workspace(tmp_path_factory.mktemp("untrusted"), matrix, corpus=BASE_CORPUS)
    result = workspace.build("--report", "corpus-overview", timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    for page in UNTRUSTED_CORPUS.glob("*.txt"):
        shutil.copy(page, workspace.raw / page.name)
    result = workspace.build(timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    return workspace


@pytest.fixture(scope="module")
def hostile_claims(site) -> pd.DataFrame:
    """Claims extracted from the hostile papers (the payloads really reach the claims)."""
    claims = pd.read_csv(site.root / "derived" / "claims.csv", keep_default_na=False)
    papers = pd.read_parquet(site.root / "derived" / "papers.parquet")
    assert set(HOSTILE_TITLES) <= set(papers["title"]), "the parser kept the titles verbatim"
    hostile = papers.loc[papers["title"].isin(HOSTILE_TITLES), "paper_id"]
    found = claims[claims["paper_id"].isin(hostile)]
    assert found["quote"].str.contains("<script>").any(), "a quote carries a <script> payload"
    assert found["quote"].str.contains("<svg onload=").any(), "a quote carries an svg payload"
    assert {"XSS-Model-7B", "Payload-Reasoner-3B"} <= set(found["model"])
    return found


def url_of(site: Workspace, page: str) -> str:
    return (site.reports / f"{page}.html").as_uri()


# Elements the payloads would create if they reached the DOM as markup.
INJECTED_JS = """
() => {
  const found = [];
  for (const el of document.querySelectorAll("*")) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name) && /alert|__xss/.test(attr.value)) {
        found.push(el.tagName + " " + attr.name + "=" + attr.value);
      }
    }
  }
  for (const a of document.querySelectorAll("a[href]")) {
    if (a.protocol === "javascript:") { found.push("A href=" + a.getAttribute("href")); }
  }
  for (const s of document.scripts) {  // only the ones that execute; JSON data blocks do not
    const runs = !s.type || /^(text|application)\\/(javascript|ecmascript)$|^module$/i.test(s.type);
    if (runs && /alert\\(|__xss/.test(s.textContent)) {
      found.push("SCRIPT " + s.textContent.slice(0, 80));
    }
  }
  return found;
}
"""


@pytest.mark.parametrize("name", PAGES)
def test_no_script_from_the_data_runs(site, hostile_claims, browser, name):
    with open_page(browser, url_of(site, name)) as (page, log):
        page.wait_for_timeout(300)  # error and load handlers of failed images fire late
        assert log.dialogs == [], f"{name}: a payload opened a dialog"
        assert page.evaluate("typeof window.__xss") == "undefined"
        assert page.evaluate(INJECTED_JS) == [], f"{name}: payload markup in the DOM"
        assert log.problems() == [], f"{name}: {log.problems()}"


def cell_texts(page) -> list[str]:
    return page.eval_on_selector_all("td", "cells => cells.map(td => td.textContent)")


def test_payload_text_shows_literally(site, hostile_claims, browser):
    with open_page(browser, url_of(site, "claims")) as (page, log):
        # the table is paged: search brings the hostile rows onto the visible page (the
        # claims table, the first with quotes; the funnel's tables come before it)
        claims_table = page.locator(".rs-table", has=page.locator("th", has_text="quote")).first
        claims_table.locator(".rs-search").fill("alert(")
        page.wait_for_timeout(200)
        text = page.inner_text("body")
        assert "<script>alert(1)</script>" in text
        assert '"><svg onload=alert(3)>' in text and "<img src=x onerror=alert(2)>" in text
        assert '<a href="javascript:alert(4)">x</a>' in text
        cells = set(cell_texts(page))
        assert set(HOSTILE_TITLES) <= cells, "each title is one cell, character for character"
        missing = sorted(set(hostile_claims["quote"]) - cells)
        assert missing == [], "every quote shows exactly as in the abstract"
        assert set(hostile_claims["model"]) <= cells
        assert log.problems() == []


# Rendered maths of any kind, and scripts or globals of the maths libraries.
MATHS_JS = """
() => document.querySelectorAll(
  "mjx-container, .MathJax, .MathJax_Preview, .katex, math, script[type^='math/tex']").length
  + (typeof window.MathJax !== "undefined") + (typeof window.katex !== "undefined")
"""
# Per table: the number of cells in the header row and in every body row.
SHAPES_JS = """
() => Array.from(document.querySelectorAll("table")).map(table => ({
  head: table.tHead ? table.tHead.rows[table.tHead.rows.length - 1].cells.length : null,
  body: Array.from(table.tBodies).flatMap(b => Array.from(b.rows)).map(r => r.cells.length),
}))
"""

# Markup in data cells (the report header's own <code> aside), and emphasis or superscripts
# made of the fixture's Markdown-special words anywhere.
MARKUP_JS = """
() => Array.from(document.querySelectorAll(
  "td em, td strong, td i, td b, td sup, td code, td a, th em, th strong, th sup, th code"))
  .filter(n => !n.closest(".rs-header"))
  .concat(Array.from(document.querySelectorAll("em, strong, i, b, sup")).filter(n =>
    ["break", "tables", "emphasis", "underscores", "2", "x^2"].includes(n.textContent.trim())))
  .map(n => n.outerHTML)
"""

# Rows of the claims table whose "title" cell is exactly the given text, with their widths.
ROWS_WITH_TITLE_JS = """
title => Array.from(document.querySelectorAll(".rs-table table")).flatMap(table => {
  const head = Array.from(table.tHead.rows[0].cells).map(th => th.textContent);
  const at = head[0] === "claim_id" ? head.indexOf("title") : -1;  // the claims explorer
  return at < 0 ? [] : Array.from(table.tBodies[0].rows)
    .filter(row => row.cells[at] && row.cells[at].textContent === title)
    .map(row => ({cells: row.cells.length, head: head.length}));
})
"""


@pytest.mark.parametrize("name", REPORTS)
def test_markdown_special_text_stays_literal(site, hostile_claims, browser, name):
    with open_page(browser, url_of(site, name)) as (page, log):
        assert page.evaluate(MATHS_JS) == 0, f"{name}: maths rendered or loaded"
        for shape in page.evaluate(SHAPES_JS):
            widths = set(shape["body"]) | ({shape["head"]} if shape["head"] else set())
            assert len(widths) <= 1, f"{name}: rows of different widths {shape}"
        assert page.evaluate(MARKUP_JS) == [], f"{name}: paper text turned into markup"
        if name == "claims":  # the title and a model name with "_" read as written
            assert {MARKDOWN_TITLE, "Pipe_Model-1.5B"} <= set(cell_texts(page))
            rows = page.evaluate(ROWS_WITH_TITLE_JS, MARKDOWN_TITLE)
            expected = hostile_claims["title"].eq(MARKDOWN_TITLE).sum()
            assert len(rows) == expected > 0, "one row per claim of the paper, none split"
            assert {r["cells"] for r in rows} == {r["head"] for r in rows}
        assert log.problems() == []


def test_index_changes_list_hostile_titles_literally(site, hostile_claims, browser):
    with open_page(browser, url_of(site, "index")) as (page, log):
        changes = page.locator("#changes").inner_text()
        for title in HOSTILE_TITLES:
            assert title in changes, "papers added: each title as written"
        assert "XSS-Model-7B" in changes  # claims added name their model
        assert log.problems() == [] and log.dialogs == []
