"""Where the registry's sizes, tokens and release months and the item counts come from."""

from __future__ import annotations

import re
from collections.abc import Callable

import pandas as pd

from analysis.errors import Problem, ValidationError

SOURCE_KIND, COUNT = "source kind", "count"  # the columns of every provenance table

# Kinds of a size or token source, in the README's row order (data/registry/README.md,
# "Provenance counts"); a cell is classified by the FIRST source it cites.
NAME_KIND = "model name"
PAPER_KIND = "technical report or paper"
CARD_KIND = "model card / README / repository file"
SIZE_KINDS = (CARD_KIND, PAPER_KIND, NAME_KIND)
NAME_PREFIX = "from model name"  # a size read off the model's name (README Conventions)
ABSTRACT_PREFIX = "abstract:"  # a number stated in a corpus abstract counts as a paper
URL = re.compile(r"https?://\S+|\b(?:github\.com|huggingface\.co)/\S+")  # one cited address
PAPER_URL = re.compile(r"arxiv\.org|/publication/|\.pdf\b", re.I)  # a report, paper, its page
# A README, model card, Hugging Face card, model-catalog description or library preset file.
CARD_URL = re.compile(r"github\.com/|huggingface\.co/", re.I)
PAPER_TEXT = re.compile(r"\barxiv\b|technical report|\babstract\b", re.I)  # cited without URL
CARD_TEXT = re.compile(r"\bREADME\b|\bmodel card\b", re.I)  # cited without an address

# Kinds of a release month by the prefix of `release_source` (README Conventions), in order.
RELEASE_PREFIXES = (
    ("arXiv ", "arXiv date of the introducing paper"),
    ("model card:", "model card / README"),
    ("README:", "model card / README"),
    ("repository date:", "repository date (commit)"),
    ("model name:", "model name (date tag)"),
    ("announcement:", "official announcement"),
    ("unknown:", "unknown (documented)"),
    ("paper listing:", "paper date (HF Daily Papers listing)"),
)
RECALLED_MARK = "(date as recalled"  # a month taken from memory, not checked against the page

# Kinds of a benchmark item count: the first rule whose pattern the `source` matches, else
# PAPER_ITEMS. A hub id is a bare owner/name such as AI-MO/aimo-validation-amc.
ITEM_RULES = (
    ("third-party evaluation code / notes (not recounted)",
     re.compile(r"third-party|\bevaluation (?:code|notes)\b", re.I)),
    ("repository file or README", re.compile(r"github\.com/|\bREADME\b")),
    ("dataset card / hub listing", re.compile(
        r"\bHF\b|dataset card|dataset viewer|huggingface\.co"
        r"|(?<![\w./@-])[A-Za-z][\w-]*/[A-Za-z][\w.-]+")),
    ("official site / evaluation suite",
     re.compile(r"\bMAA\b|MathArena|matharena\.ai|openai\.com/index/")),
)
PAPER_ITEMS = "paper (abstract or text)"
UNVERIFIED = re.compile(r"not verified|not recounted")  # an item count nobody recounted

# The tables of the README section: key -> (value column, source column); sizes and tokens.
SIZE_TABLES = {"params_total": ("params_total", "params_source"),
               "params_active": ("params_active", "params_source"),
               "pretrain_tokens": ("pretrain_tokens", "tokens_source")}
RECALLED, UNVERIFIED_ITEMS = "recalled", "unverified"  # keys of the two one-number counts
COUNTS_LABELS = {
    "params_total": "`params_total`",
    "params_active": "`params_active` (mixture-of-experts)",
    "pretrain_tokens": "`pretrain_tokens` (own, foundations)",
    "release": "`release`",
    "n_items": "benchmark `n_items`",
    RECALLED: "release dates marked as recalled / from memory (not checked against the page"
              " here)",
    UNVERIFIED_ITEMS: 'item counts marked "not verified" / "not recounted"',
}


def size_source_kind(source: str) -> str | None:
    """The kind of the first source a size or token cell cites; None when none is known."""
    text = source.strip()
    if text.startswith(NAME_PREFIX):
        return NAME_KIND
    if text.startswith(ABSTRACT_PREFIX):
        return PAPER_KIND
    found: list[tuple[int, str | None]] = []
    url = URL.search(text)
    if url:
        kind = (PAPER_KIND if PAPER_URL.search(url.group())
                else CARD_KIND if CARD_URL.search(url.group()) else None)
        found.append((url.start(), kind))
    blanked = URL.sub(lambda m: " " * len(m.group()), text)  # words outside the addresses
    for kind, pattern in ((PAPER_KIND, PAPER_TEXT), (CARD_KIND, CARD_TEXT)):
        hit = pattern.search(blanked)
        if hit:
            found.append((hit.start(), kind))
    return min(found, key=lambda f: f[0])[1] if found else None


def release_source_kind(source: str) -> str | None:
    """The kind of a release month, from the prefix of its `release_source`."""
    text = source.strip()
    return next((kind for prefix, kind in RELEASE_PREFIXES if text.startswith(prefix)), None)


def item_source_kind(source: str) -> str:
    """The kind of source a benchmark's item count is taken from (first matching rule)."""
    return next((kind for kind, pattern in ITEM_RULES if pattern.search(source)), PAPER_ITEMS)


def _tally(kinds: pd.Series, order: tuple[str, ...]) -> pd.DataFrame:
    """Counts per kind, largest first (ties in `order`), kinds never seen left out."""
    counts = kinds.value_counts()
    rows = [(kind, int(counts[kind])) for kind in order if kind in counts]
    rows.sort(key=lambda row: -row[1])  # stable: ties keep `order`
    return pd.DataFrame(rows, columns=[SOURCE_KIND, COUNT])


def _classified(frame: pd.DataFrame, column: str, classify: Callable[[str], str | None],
                what: str, problems: list[Problem]) -> pd.Series:
    """Each cell's kind; a cell no rule classifies is added to `problems`, naming its row."""
    kinds = frame[column].fillna("").astype(str).map(classify)
    lines = frame["line"] if "line" in frame else pd.Series(None, index=frame.index, dtype=object)
    problems += [Problem("models.csv", None if pd.isna(line) else int(line), column,
                         f"cites no known kind of source for {what}, got {text!r}")
                 for line, text in zip(lines[kinds.isna()], frame.loc[kinds.isna(), column],
                                       strict=True)]
    return kinds


def provenance_counts(models: pd.DataFrame,
                      benchmarks: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """One table per README table: how many filled cells come from which kind of source.

    Keys in the README's order: params_total, params_active, pretrain_tokens (counted where
    the number is filled; an `undisclosed` source has no number), release (every
    release_source), recalled (one row), n_items (filled item counts), unverified (one row).
    A counted cell that no rule classifies raises one ValidationError naming every such row.
    """
    tables: dict[str, pd.DataFrame] = {}
    problems: list[Problem] = []
    for key, (value, source) in SIZE_TABLES.items():
        filled = models[models[value].notna()]
        kinds = _classified(filled, source, size_source_kind, value, problems)
        tables[key] = _tally(kinds, SIZE_KINDS)
    release_kinds = tuple(dict.fromkeys(kind for _, kind in RELEASE_PREFIXES))
    kinds = _classified(models, "release_source", release_source_kind, "release", problems)
    if problems:
        raise ValidationError(problems)
    tables["release"] = _tally(kinds, release_kinds)
    releases = models["release_source"].fillna("").astype(str)
    tables[RECALLED] = _one(COUNTS_LABELS[RECALLED],
                            int(releases.str.contains(RECALLED_MARK, regex=False).sum()))
    items = benchmarks[benchmarks["n_items"].notna()]
    item_sources = items["source"].fillna("").astype(str)
    tables["n_items"] = _tally(item_sources.map(item_source_kind),
                               (*(kind for kind, _ in ITEM_RULES), PAPER_ITEMS))
    tables[UNVERIFIED_ITEMS] = _one(COUNTS_LABELS[UNVERIFIED_ITEMS],
                                    int(item_sources.str.contains(UNVERIFIED).sum()))
    return tables


def _one(label: str, count: int) -> pd.DataFrame:
    """A one-row table: a count that the README states in a sentence."""
    return pd.DataFrame([(label, count)], columns=[SOURCE_KIND, COUNT])


def markdown_table(frame: pd.DataFrame) -> str:
    """A frame as a GitHub markdown table (header, rule, one line per row)."""
    lines = ["| " + " | ".join(str(c) for c in frame.columns) + " |",
             "|" + "---|" * len(frame.columns)]
    lines += ["| " + " | ".join(str(v) for v in row) + " |"
              for row in frame.itertuples(index=False)]
    return "\n".join(lines)


def provenance_blocks(tables: dict[str, pd.DataFrame]) -> dict[str, str]:
    """Each table of the README's "Provenance counts" section as it stands there."""
    blocks = {}
    for key, table in tables.items():
        if key in (RECALLED, UNVERIFIED_ITEMS):
            blocks[key] = f"{COUNTS_LABELS[key]}: {int(table[COUNT].iloc[0])}"
        else:
            blocks[key] = (f"{COUNTS_LABELS[key]} ({int(table[COUNT].sum())})\n\n"
                           + markdown_table(table))
    return blocks


def provenance_markdown(tables: dict[str, pd.DataFrame]) -> str:
    """The tables of the README's "Provenance counts" section, to paste over them."""
    return "\n\n".join(provenance_blocks(tables).values())
