"""Parse raw Hugging Face Daily Papers pages (three layouts) into one papers table."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.config import YEARLESS_DATE_YEAR
from analysis.errors import ParseError, display_path

if TYPE_CHECKING:  # pandas is imported where used: a no-op build never needs it
    import pandas as pd

log = logging.getLogger(__name__)

PAPER_COLUMNS = [
    "paper_id", "title", "abstract", "published", "published_raw", "published_year_inferred",
    "n_authors", "organisation", "upvotes", "source_files", "source_lines", "n_sources",
]

# Site chrome seen on the pages (data/raw/README.md); matched on the whole stripped line.
CHROME_LINES = {
    "new", "subscribe", "daily papers", "byak and the research community",
    "get trending papers in your email inbox!",
    "get trending papers in your email inbox once a day!",
}
MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
DATE_RE = re.compile(rf"^({MONTHS}) (\d{{1,2}})(?:, (\d{{4}}))?(?: (\d+))?$")
AUTHORS_RE = re.compile(r"^•\s*(\d+) authors?$")
UPVOTES_RE = re.compile(r"^\d+$")
SUBSCRIBE_GLUE_RE = re.compile(r"^Subscribe(?=\S)")
# A title is a heading, an abstract is prose: these bounds (characters) separate them on every
# page seen so far (longest title 190, shortest abstract 300); they make a layout we do not
# know fail loudly instead of pairing a title with the wrong abstract.
MAX_TITLE_CHARS = 300
MIN_ABSTRACT_CHARS = 150
# arXiv caps abstracts at 1,920 characters; 20,000 leaves room for other sources and means a
# longer "abstract" is several abstracts glued together by a layout we do not know.
MAX_ABSTRACT_CHARS = 20_000
PLAUSIBLE_YEARS = (1950, 2100)  # publication years outside this are typos (and pandas' range)
SENTENCE_END = tuple(".!?)\"'”’]")
URL_END_RE = re.compile(r"https?://\S+$")  # matched against the last token only


@dataclass
class _Line:
    number: int  # 1-based line number in the file
    text: str  # stripped
    kind: str  # blank | chrome | authors | dot | date | upvotes | text


@dataclass
class _Paper:
    title: str
    abstract: str
    source_file: str
    source_line: int  # line of the title
    abstract_line: int  # line of the abstract
    date_raw: str = ""
    n_authors: int | None = None
    organisation: str = ""
    upvotes: int | None = None
    extra: dict = field(default_factory=dict)


def paper_id_for(title: str) -> str:
    """Stable id of a paper: the same title (up to case and spacing) always gives the same id."""
    normalised = " ".join(title.split()).casefold()
    return "p" + hashlib.sha1(normalised.encode("utf-8")).hexdigest()[:10]


def read_page_text(path: Path) -> str:
    """Read a raw page as UTF-8 text, refusing empty, binary and non-UTF-8 files."""
    data = path.read_bytes()
    if not data.strip():
        raise ParseError(display_path(path), "empty file: no papers to read")
    if b"\x00" in data:
        raise ParseError(display_path(path), "binary file (NUL bytes): not a text page")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ParseError(
            display_path(path), f"not UTF-8 text (invalid byte at line {line}, offset {exc.start})"
        ) from None
    return text.lstrip("\ufeff")


def _classify(lines: list[str]) -> list[_Line]:
    classified = []
    for number, raw in enumerate(lines, start=1):
        text = raw.strip()
        text = SUBSCRIBE_GLUE_RE.sub("", text)  # "SubscribePhi-4-..." -> the title
        if not text:
            kind = "blank"
        elif text.casefold() in CHROME_LINES:
            kind = "chrome"
        elif AUTHORS_RE.match(text):
            kind = "authors"
        elif text == "·":
            kind = "dot"
        elif DATE_RE.match(text):
            kind = "date"
        elif UPVOTES_RE.match(text):
            kind = "upvotes"
        else:
            kind = "text"
        classified.append(_Line(number, text, kind))
    return classified


def _split_records(lines: list[_Line]) -> list[tuple[list[_Line], list[_Line]]]:
    """Cut the page into (text lines, metadata lines) records at each metadata group.

    A metadata group is `[authors | organisation] · date [upvotes]`; an organisation is the text
    line directly above the "·" when the record's text lines are otherwise a whole number of
    title/abstract pairs. Pages without metadata give one record holding every text line.
    """
    records: list[tuple[list[_Line], list[_Line]]] = []
    current: list[_Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.kind != "dot":
            if line.kind in ("text", "authors"):
                current.append(line)
            i += 1
            continue
        texts = [t for t in current if t.kind == "text"]
        meta = [t for t in current if t.kind == "authors"]
        if texts and len(texts) % 2 and texts[-1].number == line.number - 1:
            meta.append(texts.pop())  # organisation line, e.g. "amd AMD"
        meta.append(line)
        i += 1
        while i < len(lines) and lines[i].kind in ("date", "upvotes"):
            meta.append(lines[i])
            i += 1
        records.append((texts, meta))
        current = []
    if current:
        records.append(
            ([t for t in current if t.kind == "text"], [t for t in current if t.kind == "authors"])
        )
    return records


def _pair_text_lines(path: Path, texts: list[_Line]) -> list[tuple[_Line, _Line]]:
    """Pair title and abstract lines, checking each looks like what it should be."""
    if len(texts) % 2:
        last = texts[-1]
        raise ParseError(
            display_path(path),
            f"unknown layout: line {last.number} has no matching title/abstract "
            f"({len(texts)} text lines do not pair up)",
        )
    pairs = []
    for title, abstract in zip(texts[0::2], texts[1::2], strict=True):
        if len(title.text) > MAX_TITLE_CHARS:
            raise ParseError(
                display_path(path),
                f"unknown layout: line {title.number} should be a title but is "
                f"{len(title.text)} characters long (max {MAX_TITLE_CHARS})",
            )
        if len(abstract.text) < MIN_ABSTRACT_CHARS:
            raise ParseError(
                display_path(path),
                f"unknown layout: line {abstract.number} should be an abstract but is only "
                f"{len(abstract.text)} characters long (min {MIN_ABSTRACT_CHARS})",
            )
        if len(abstract.text) > MAX_ABSTRACT_CHARS:
            raise ParseError(
                display_path(path),
                f"unknown layout: line {abstract.number} should be an abstract but is "
                f"{len(abstract.text):,} characters long (max {MAX_ABSTRACT_CHARS:,})",
            )
        pairs.append((title, abstract))
    return pairs


def _check_not_truncated(path: Path, papers: list[_Paper], has_metadata: bool) -> None:
    """A page cut off mid-download ends mid-sentence, or loses the last paper's metadata.

    Only the last abstract is checked for a sentence end: a few complete abstracts elsewhere
    end without a full stop, but a cut-off page ends mid-abstract.
    """
    last = papers[-1]
    last_token = last.abstract.rsplit(None, 1)[-1]  # a URL is one token: no regex backtracking
    ends_cleanly = last.abstract.endswith(SENTENCE_END) or URL_END_RE.match(last_token)
    if not ends_cleanly or (has_metadata and not last.date_raw):
        line = last.abstract_line
        raise ParseError(
            display_path(path),
            f"truncated page: the abstract of the last paper (line {line}, "
            f"title {last.title[:60]!r}) ends mid-sentence or without its metadata "
            f"(\"...{last.abstract[-40:]}\")",
        )


def _apply_metadata(paper: _Paper, meta: list[_Line]) -> None:
    for line in meta:
        if line.kind == "authors":
            paper.n_authors = int(AUTHORS_RE.match(line.text).group(1))
        elif line.kind == "text":
            paper.organisation = line.text
        elif line.kind == "date":
            match = DATE_RE.match(line.text)
            paper.date_raw = " ".join(filter(None, match.group(1, 2)))
            if match.group(3):
                paper.date_raw += f", {match.group(3)}"
            if match.group(4):
                paper.upvotes = int(match.group(4))
        elif line.kind == "upvotes":
            paper.upvotes = int(line.text)


def parse_date(raw: str) -> tuple[dt.date | None, bool]:
    """Parse "Sep 29, 2025" or yearless "Mar 17"; return (date, year_was_inferred)."""
    if not raw:
        return None, False
    inferred = "," not in raw
    text = raw if not inferred else f"{raw}, {YEARLESS_DATE_YEAR}"
    try:
        date = dt.datetime.strptime(text, "%b %d, %Y").date()
    except ValueError:
        return None, False  # e.g. "Feb 30": keep published_raw, leave the date empty
    if not PLAUSIBLE_YEARS[0] <= date.year <= PLAUSIBLE_YEARS[1]:
        return None, False  # "Jan 1, 1500" is a typo, not a paper date: keep only the raw text
    return date, inferred


def parse_page(path: Path | str) -> list[_Paper]:
    """Parse one raw page into papers, or raise ParseError naming the file and line."""
    path = Path(path)
    # split on "\n" only: str.splitlines() also breaks at U+2028, U+0085, form feeds..., which
    # may occur inside an abstract and would shift every line number after them
    lines = _classify(read_page_text(path).replace("\r\n", "\n").split("\n"))
    papers = []
    for texts, meta in _split_records(lines):
        pairs = _pair_text_lines(path, texts)
        for index, (title, abstract) in enumerate(pairs):
            paper = _Paper(title.text, abstract.text, path.name, title.number, abstract.number)
            if index == len(pairs) - 1:  # metadata follows the last pair of its record
                _apply_metadata(paper, meta)
            papers.append(paper)
    if not papers:
        raise ParseError(display_path(path), "unknown layout: no title/abstract pairs found")
    _check_not_truncated(path, papers, has_metadata=any(p.date_raw for p in papers))
    log.info("%s: %d papers", path.name, len(papers))
    return papers


def _papers_frame(papers: list[_Paper]) -> pd.DataFrame:
    import pandas as pd

    rows = []
    for paper in papers:
        published, inferred = parse_date(paper.date_raw)
        rows.append({
            "paper_id": paper_id_for(paper.title),
            "title": paper.title,
            "abstract": paper.abstract,
            "published": pd.Timestamp(published) if published else pd.NaT,
            "published_raw": paper.date_raw,
            "published_year_inferred": inferred,
            "n_authors": paper.n_authors,
            "organisation": paper.organisation,
            "upvotes": paper.upvotes,
            "source_files": paper.source_file,
            "source_lines": f"{paper.source_file}:{paper.source_line}",
        })
    return pd.DataFrame(rows, columns=PAPER_COLUMNS[:-1])


def _merge_duplicates(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per paper: a paper on several pages keeps its first text and every source."""
    import pandas as pd

    def first_present(values: pd.Series):
        present = values.dropna()
        present = present[present.astype(str) != ""]
        return present.iloc[0] if len(present) else values.iloc[0]

    def joined(values: pd.Series) -> str:
        return ";".join(dict.fromkeys(values))

    # Only papers listed on several pages need merging; grouping every row is slow on big dumps.
    listed_twice = frame["paper_id"].duplicated(keep=False)
    repeated = frame[listed_twice]
    for paper_id, group in repeated.groupby("paper_id", sort=False):
        if group["abstract"].nunique() > 1:
            log.warning("paper %s (%r) has different abstracts on %s; keeping the first",
                        paper_id, group["title"].iloc[0], joined(group["source_files"]))
    aggregations = {col: first_present for col in frame.columns if col != "paper_id"}
    aggregations.update(source_files=joined, source_lines=joined)
    combined = repeated.groupby("paper_id", sort=False).agg(aggregations).reset_index()
    merged = pd.concat([frame[~listed_twice], combined], ignore_index=True)
    order = frame["paper_id"].drop_duplicates()  # first appearance, as before
    merged = merged.set_index("paper_id").loc[order].reset_index()
    merged["n_sources"] = merged["source_files"].str.count(";") + 1
    merged["n_authors"] = merged["n_authors"].astype("Int64")
    merged["upvotes"] = merged["upvotes"].astype("Int64")
    merged["published"] = pd.to_datetime(merged["published"])
    merged["published_year_inferred"] = merged["published_year_inferred"].astype(bool)
    return merged[PAPER_COLUMNS]


def page_files(corpus_dir: Path | str) -> list[Path]:
    """The raw pages of a corpus folder, in name order (README and hidden files excluded)."""
    corpus_dir = Path(corpus_dir)
    return sorted(
        p for p in corpus_dir.iterdir()
        if p.is_file() and not p.name.startswith(".") and p.suffix.lower() == ".txt"
    )


def load_corpus(corpus_dir: Path | str, *, skip_bad: bool = False) -> pd.DataFrame:
    """Parse every page of `corpus_dir` into one papers table, one row per paper.

    A bad page raises ParseError; with `skip_bad=True` it is logged as a warning and skipped.
    """
    files = page_files(corpus_dir)
    if not files:
        raise ParseError(display_path(corpus_dir), "no .txt pages in the corpus folder")
    papers: list[_Paper] = []
    for path in files:
        try:
            papers.extend(parse_page(path))
        except ParseError as exc:
            if not skip_bad:
                raise
            log.warning("skipping %s", exc)
    if not papers:
        raise ParseError(display_path(corpus_dir), "no page could be parsed")
    return _merge_duplicates(_papers_frame(papers))
