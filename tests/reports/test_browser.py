"""The HTML reports in a real browser: the repo's report matrix built once, opened in Chromium."""

from __future__ import annotations

import base64
import io
import re

import numpy as np
import pandas as pd
import pytest
import yaml
from bs4 import BeautifulSoup
from PIL import Image
from browser import launch_chromium, open_page, screenshot, undecoded_images
from workspace import Workspace

from analysis.config import PROJ_ROOT
from analysis.stats.size_origins import coverage_sentence, named_score_coverage
from analysis.viz.catalog import FIGURES

pytestmark = [pytest.mark.browser, pytest.mark.slow]

MATRIX_PATH = PROJ_ROOT / "reports.yml"
SPECS = {entry["name"]: entry
         for entry in yaml.safe_load(MATRIX_PATH.read_text(encoding="utf-8"))["reports"]}
SCALING = [name for name, spec in SPECS.items() if spec["notebook"] == "03_scaling.ipynb"]
# The scaling report whose screenshot is kept next to the index's: the pooled fit (most data).
SCALING_REPORT = next((name for name in SCALING
                       if SPECS[name].get("parameters", {}).get("benchmark") == "pooled"),
                      SCALING[0])
BUILT_AT_RE = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}")


@pytest.fixture(scope="module")
def browser():
    with launch_chromium() as chromium:
        yield chromium


@pytest.fixture(scope="module")
def site(browser, built_site) -> Workspace:
    """The shared build of the whole report matrix (conftest), once Chromium is known."""
    return built_site


def url_of(site: Workspace, name: str) -> str:
    return (site.reports / name).as_uri()


# Per searchable table: header texts, every row's cell texts, whether each row passes the
# search and filters ("shown": it is on one of the pages) and is on the current page, and the
# "N of M rows" counter.
TABLES_JS = """
() => Array.from(document.querySelectorAll(".rs-table")).map(box => ({
  id: box.id,
  head: Array.from(box.querySelectorAll("thead tr:first-child th")).map(th => th.textContent),
  rows: Array.from(box.querySelector("tbody").rows).map(row => ({
    cells: Array.from(row.cells).map(td => td.textContent),
    values: Array.from(row.cells).map(td => td.getAttribute("data-value")),
    shown: row.getAttribute("data-match") === "1",
    on_page: getComputedStyle(row).display !== "none",
  })),
  count: box.querySelector(".rs-count").textContent,
  page: box.querySelector(".rs-page").textContent,
}))
"""
PAGE_ROWS = 25  # rows per page of a searchable table (table.js.j2)
# The index's verdict column: a report's analysis verdict ("descriptive" for the corpus and
# claims reports), never the state of the build (that is in the "Built" column).
ANALYSIS_VERDICTS = {"supported", "fragile", "inconclusive", "refused", "descriptive"}


def tables_of(page) -> list[dict]:
    return page.evaluate(TABLES_JS)


def claims_table(page) -> dict:
    """The searchable table of all claims (the one starting with claim_id, with a quote)."""
    found = [t for t in tables_of(page) if t["head"][:1] == ["claim_id"] and "quote" in t["head"]]
    assert found, "the claims explorer has no searchable claims table"
    return found[0]


def test_index_lists_every_report_with_status_thumbnail_and_build_time(site, browser):
    with open_page(browser, url_of(site, "index.html")) as (page, log):
        rows = page.evaluate("""() => Array.from(document.querySelectorAll("tr.report")).map(
          tr => ({name: tr.dataset.report, cells: Array.from(tr.cells).map(td => td.innerText),
                  href: (tr.querySelector("a[href]") || {}).href || "",
                  thumbs: tr.querySelectorAll("img").length}))""")
        assert [row["name"] for row in rows] == list(SPECS), "every report, in matrix order"
        for row in rows:
            thumb, report, verdict, built, _summary = row["cells"]
            assert verdict.split(" ")[0].split(":")[0] in ANALYSIS_VERDICTS, row
            assert "rebuilt in this build" in built, row
            assert SPECS[row["name"]]["title"] in report
            assert row["href"] == url_of(site, f"{row['name']}.html")
            assert BUILT_AT_RE.search(built), f"{row['name']}: no build time in {built!r}"
            assert row["thumbs"] == 1, f"{row['name']}: no thumbnail of its main figure"
        assert undecoded_images(page) == []
        changes = page.locator("#changes")
        assert changes.locator("h2").inner_text().startswith("Changes")
        assert "First build" in changes.inner_text()  # a first build: empty, not missing
        assert screenshot(page, "index.png").stat().st_size > 10_000
        assert log.problems() == [] and log.dialogs == []
        page.click(f'tr[data-report="{SCALING_REPORT}"] a')  # the link opens the report
        page.wait_for_load_state("load")
        assert page.url == url_of(site, f"{SCALING_REPORT}.html")
        assert page.locator("h1.rs-title").inner_text() == SPECS[SCALING_REPORT]["title"]


@pytest.mark.parametrize("name", list(SPECS))
def test_report_loads_offline_without_errors(site, browser, name):
    with open_page(browser, url_of(site, f"{name}.html")) as (page, log):
        assert log.problems() == [], f"{name}: {log.problems()}"
        assert log.dialogs == []
        assert page.evaluate("document.images.length") >= 1, f"{name}: no figure"
        assert undecoded_images(page) == [], f"{name}: images that do not decode"
        header = page.locator("#rs-header")
        assert header.locator("h1.rs-title").inner_text() == SPECS[name]["title"]
        assert "Parameters" in header.inner_text() and "data snapshot" in header.inner_text()
        anchors = page.eval_on_selector_all(
            ".rs-toc a", "links => links.map(a => decodeURIComponent(a.hash.slice(1)))")
        assert anchors, f"{name}: empty table of contents"
        missing = page.evaluate("ids => ids.filter(id => !document.getElementById(id))", anchors)
        assert missing == [], f"{name}: contents entries pointing nowhere"
        code = page.locator(".jp-CodeCell .jp-InputArea, .jp-InputArea .highlight")
        assert code.count() == 0, f"{name}: code is hidden by default"
        for table in tables_of(page):  # each table's script ran: its counter shows every row
            rows = len(table["rows"])
            assert table["count"] == f"{rows} of {rows} rows", table["id"]
        if name == SCALING_REPORT:
            assert screenshot(page, f"{name}.png").stat().st_size > 10_000


def visible_rows(page) -> list[list[str]]:
    table = claims_table(page)
    return [row["cells"] for row in table["rows"] if row["shown"]]


def test_claims_search_filters_rows(site, browser):
    claims = pd.read_csv(site.root / "derived" / "claims.csv", keep_default_na=False)
    with open_page(browser, url_of(site, "claims.html")) as (page, log):
        table = claims_table(page)
        total = len(table["rows"])
        assert total == len(claims) > 0
        model_col = table["head"].index("model")
        models = pd.Series([row["cells"][model_col] for row in table["rows"]])
        counts = models[models.str.len() >= 3].value_counts()
        needle = counts[counts < total].index[0]  # the most claimed model, not in every row
        box = page.locator(f'#{table["id"]} input.rs-search')
        box.fill(needle)
        shown = visible_rows(page)
        assert (claims["model"] == needle).sum() <= len(shown) < total
        assert all(any(needle.lower() in cell.lower() for cell in row) for row in shown)
        matching = [row for row in table["rows"]
                    if any(needle.lower() in cell.lower() for cell in row["cells"])]
        assert len(shown) == len(matching), "every row containing the text stays visible"
        counter = page.locator(f'#{table["id"]} .rs-count').inner_text()
        assert counter == f"{len(shown)} of {total} rows"
        box.fill(needle.upper())  # case-insensitive
        assert len(visible_rows(page)) == len(shown)
        box.fill("")
        assert len(visible_rows(page)) == total
        assert log.problems() == []


def test_claims_table_pages_and_filters_per_column(site, browser):
    with open_page(browser, url_of(site, "claims.html")) as (page, log):
        table = claims_table(page)
        total = len(table["rows"])
        assert sum(row["on_page"] for row in table["rows"]) == min(PAGE_ROWS, total)
        pages = -(-total // PAGE_ROWS)
        assert table["page"] == f"page 1 of {pages}"
        page.locator(f'#{table["id"]} button.rs-next').click()
        second = claims_table(page)
        assert second["page"] == f"page 2 of {pages}"
        first_ids = {row["cells"][0] for row in table["rows"] if row["on_page"]}
        second_ids = {row["cells"][0] for row in second["rows"] if row["on_page"]}
        assert first_ids.isdisjoint(second_ids)
        kind = table["head"].index("kind")
        page.locator(f'#{table["id"]} input.rs-filter').nth(kind).fill("delta")
        filtered = claims_table(page)
        kept = [row for row in filtered["rows"] if row["shown"]]
        assert kept and all(row["cells"][kind] == "delta" for row in kept)
        assert len(kept) == sum(row["cells"][kind] == "delta" for row in table["rows"])
        assert filtered["count"] == f"{len(kept)} of {total} rows"
        assert filtered["page"].startswith("page 1 of")
        assert log.problems() == []


def column(page, name: str) -> list[str]:
    table = claims_table(page)
    index = table["head"].index(name)
    return [row["values"][index] for row in table["rows"]]


def numeric(values: list[str]) -> list[float]:
    """The numbers of a sorted numeric column, whose blank cells must sit together at one end."""
    blanks = [i for i, v in enumerate(values) if v == ""]
    assert blanks in ([], list(range(len(blanks))),
                      list(range(len(values) - len(blanks), len(values)))), "blanks at one end"
    return [float(v) for v in values if v != ""]


def test_clicking_a_header_sorts_rows(site, browser):
    with open_page(browser, url_of(site, "claims.html")) as (page, log):
        table = claims_table(page)
        total = len(table["rows"])
        header = page.locator(f'#{table["id"]} thead tr:first-child th',
                              has_text=re.compile(r"^value$"))
        before = column(page, "value")
        header.click()
        ascending = column(page, "value")
        assert sorted(ascending) == sorted(before), "sorting keeps every row"
        assert ascending != before
        numbers = numeric(ascending)
        assert numbers == sorted(numbers) and len(numbers) > total / 2
        header.click()
        descending = column(page, "value")
        assert numeric(descending) == sorted(numbers, reverse=True)
        # benchmark names all start with a letter (numeric prefixes sort as numbers)
        text_header = page.locator(f'#{table["id"]} thead tr:first-child th',
                                   has_text=re.compile(r"^benchmark$"))
        text_header.click()
        names = column(page, "benchmark")
        in_order = page.evaluate(
            "xs => xs.every((x, i) => i === 0 || xs[i - 1].localeCompare(x) <= 0)", names)
        assert in_order and len(set(names)) > 1, "text columns sort alphabetically"
        assert log.problems() == []


def test_claims_report_shows_the_funnel_and_the_scores_that_lack_a_size(site, browser):
    funnel = pd.read_csv(site.root / "derived" / "funnel.csv", keep_default_na=False)
    observations = pd.read_csv(site.root / "derived" / "observations.csv")
    coverage = named_score_coverage(observations)
    with open_page(browser, url_of(site, "claims.html")) as (page, log):
        assert coverage_sentence(coverage) in page.inner_text("body")
        tables = {tuple(t["head"][:2]): t for t in tables_of(page)}
        steps = tables[("step", "before")]
        assert [row["cells"][0] for row in steps["rows"]] == list(funnel["step"])
        assert steps["rows"][-1]["cells"][3] == str(funnel["rows_after"].iloc[-1])
        gaps = tables[("claim_id", "model")]
        assert sorted(row["cells"][0] for row in gaps["rows"]) == \
            sorted(coverage.loc[coverage["lacks"] != "", "claim_id"])
        assert log.problems() == []


@pytest.mark.parametrize("name", list(SPECS))
def test_every_report_keeps_a_full_page_screenshot(site, browser, name):
    with open_page(browser, url_of(site, f"{name}.html")) as (page, log):
        path = screenshot(page, f"reports/{name}.png")
        assert path.stat().st_size > 20_000
        assert log.problems() == []


def sections(page_html: str) -> dict[str, str]:
    """Each h2 section of a report's body: its heading and the text of what follows it."""
    soup = BeautifulSoup(page_html, "html.parser")
    out = {}
    for heading in soup.select("main h2"):
        parts, images = [], 0
        for sibling in heading.find_all_next():
            if sibling.name == "h2":
                break
            images += sibling.name == "img"
            parts.append(sibling.get_text(" ", strip=True) if sibling.name in ("p", "td", "em")
                         else "")
        out[heading.get_text(strip=True).rstrip("¶")] = " ".join(parts).strip() + " img" * images
    return out


MIN_INK = 0.01  # share of a figure's pixels that differ from its background colour
FIGURE_CAPTION_RE = re.compile(r"Figure (\S+):")


def ink(src: str) -> float:
    """The share of an inline PNG's pixels that are not its background (0 for no image)."""
    if not src.startswith("data:image/png;base64,"):
        return 0.0
    image = Image.open(io.BytesIO(base64.b64decode(src.split(",", 1)[1]))).convert("L")
    pixels = np.asarray(image)
    background = np.bincount(pixels.ravel()).argmax()
    return float((np.abs(pixels.astype(int) - int(background)) > 8).mean())


def blank_columns(table) -> list[str]:
    """The columns of an HTML table whose every body cell is empty."""
    heads = [th.get_text(strip=True) for th in table.select("thead tr:first-child th")]
    rows = [[td.get_text(strip=True) for td in tr.find_all("td")] for tr in table.select("tr")
            if tr.find("td")]
    return [head for i, head in enumerate(heads)
            if rows and all(i < len(row) and not row[i] for row in rows)]


@pytest.mark.parametrize("name", list(SPECS))
def test_no_report_has_an_empty_section_table_or_figure(site, name):
    html = (site.reports / f"{name}.html").read_text(encoding="utf-8")
    for heading, content in sections(html).items():
        assert content, f"{name}: section {heading!r} is empty"
    soup = BeautifulSoup(html, "html.parser")
    for table in soup.select("main table"):
        body_rows = [tr for tr in table.select("tr") if tr.find("td")]
        assert body_rows, f"{name}: a table without rows: {str(table)[:200]}"
        assert blank_columns(table) == [], f"{name}: a column of blanks in {str(table)[:200]}"
    for image in soup.select("main img"):
        assert ink(image.get("src", "")) >= MIN_INK, f"{name}: a blank figure"
        # a named figure of the catalogue: test_figure_layout checks it plots >= 1 data point
        caption = FIGURE_CAPTION_RE.search(image.find_next("em").get_text())
        assert caption and caption.group(1).strip("`") in FIGURES, f"{name}: unnamed figure"


COUNT_AS_FLOAT_RE = re.compile(r"\b\d+\.0\s*(?:claims?|papers?|gains?|models?|benchmarks?)\b"
                               r"|n\s*=\s*\d+\.\d")


def test_fits_csv_stores_counts_as_whole_numbers_and_no_row_twice(site):
    fits = pd.read_csv(site.root / "derived" / "fits.csv")
    for column in ("n_claims", "n_models", "n_papers"):
        assert fits[column].dtype == np.int64, f"fits.csv {column} is {fits[column].dtype}"
    assert not fits.duplicated().any(), fits[fits.duplicated(keep=False)]


@pytest.mark.parametrize("name", list(SPECS))
def test_counts_are_whole_numbers(site, name):
    text = BeautifulSoup((site.reports / f"{name}.html").read_text(encoding="utf-8"),
                         "html.parser").get_text(" ")
    assert not COUNT_AS_FLOAT_RE.search(text), COUNT_AS_FLOAT_RE.search(text)
