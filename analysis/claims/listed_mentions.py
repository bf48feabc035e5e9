"""Benchmarks named in written lists ("the A, B and C benchmarks", "Across A, B and C, ...")."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pandas as pd

from analysis.claims.names import Mention, accept_unknown_benchmark, bench_name, benchmark_shaped
from analysis.claims.scan import located
from analysis.curated.benchmarks import BenchmarkIndex, canonical_benchmark
from analysis.curated.name_prefixes import NamePrefixes

# Lists that name several benchmarks at once: "the ScreenSpot-V2, ScreenSpot-Pro, and OSWorld-G
# benchmarks", "datasets (CRIC, AOKVQA)", "benchmarks (HotPotQA, 2wiki)".
_LIST_NAME = r"(?:[A-Z0-9][\w&'+.-]*[A-Za-z0-9+](?:\s+(?:[A-Z][\w&'+.-]*|v\d[\w.]*)){0,3})"
# The first name of _NAMES_THEN_KIND_RE, its lookbehind after the class (see _SIZE_PHRASE_RE).
_FIRST_LIST_NAME = _LIST_NAME.replace("[A-Z0-9]", r"[A-Z0-9](?<![\w-].)", 1)
_LIST_SEP = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)"
_NAMES_THEN_KIND_RE = re.compile(
    rf"({_FIRST_LIST_NAME}(?:{_LIST_SEP}{_LIST_NAME}){{1,12}})\s+(?:benchmarks|datasets"
    rf"|test\s+sets)\b")
# After a bracket or colon one name is a list; after a comma or dash it takes an "e.g." or
# two names ("Across seven benchmarks, LightReasoner improves ...": the subject, no list).
_LIST_KINDS = ("benchmarks", "datasets", "tasks")  # the words a match starts with
_KIND_THEN_NAMES_RE = re.compile(
    rf"\b(?:{'|'.join(_LIST_KINDS)})\s*(?:(?:\(|:)\s*(?:(?:e\.g\.|i\.e\.),?\s*)?"
    rf"|(?:-|–|,)\s*(?:(?:e\.g\.|i\.e\.|such\s+as|including),?\s*"
    rf"(?={_LIST_NAME})|(?={_LIST_NAME}{_LIST_SEP}{_LIST_NAME})))"
    rf"({_LIST_NAME}(?:{_LIST_SEP}{_LIST_NAME}){{0,12}})")
LIST_SEP_RE = re.compile(_LIST_SEP)
# A list opening a clause, each name perhaps with its setting: "Across LongBench, RULER (64K)
# and BABILong (64K), ...". It names benchmarks only when one member is a listed benchmark.
_SETTING = r"(?:\s*\([^()]{1,20}\))?"
_LEAD_WORDS = ("Across", "Over", "On", "For", "In")  # the words a match starts with
_LEAD_LIST_RE = re.compile(
    rf"(?:{'|'.join(_LEAD_WORDS)})\s+(?:the\s+)?({_LIST_NAME}{_SETTING}"
    rf"(?:{_LIST_SEP}{_LIST_NAME}{_SETTING}){{1,12}})\s*,")
# "... of +5.2, +3.8 and +6.6 points on Geometry3K, GeoQA and UniGeo, respectively": the same.
_RESPECTIVE_LIST_RE = re.compile(
    rf"\b(?:on|across|over)\s+(?:the\s+)?({_LIST_NAME}{_SETTING}(?:{_LIST_SEP}{_LIST_NAME}"
    rf"{_SETTING}){{1,12}})(?=\s*,?\s*respectively\b)")
_SETTING_RE = re.compile(r"\s*\([^()]{1,20}\)$")
# "It scores 89.4% and 71.6% on SLURP and AutoYAML.": a list of numbers on as many names, one
# each, ending its clause, a listed benchmark among them (not "3.2 and 4.1 points on 7B and 13B",
# "81.2 and 74.5 on EN and ZH"; not "between 61.0 and 74.3").
_ON_LIST_RE = re.compile(rf"on\s+(?:the\s+)?({_LIST_NAME}(?:{_LIST_SEP}{_LIST_NAME}){{1,12}})"
                         r"(?=\s*(?:[.,;]|$))")
_UNIT = r"(?:\s*(?:%|points?))?"
_NUMBER_LIST_BEFORE_RE = re.compile(rf"(?<!\bbetween\s)(?<![\d.])[+-]?\d[\d.]*{_UNIT}"
                                    rf"(?:,\s*[+-]?\d[\d.]*{_UNIT})*,?\s+and\s+[+-]?\d[\d.]*"
                                    rf"{_UNIT}\s+$")
_NUMBER_RE = re.compile(r"\d[\d.]*")
# "scores 71.3 / 58.0 / 46.2 on ClimaQA / GlacierCalc / SeaIceQA": the same, slashed
_SLASH_SEP_RE = re.compile(r"\s*/\s*")
_SLASH_ON_LIST_RE = re.compile(rf"on\s+(?:the\s+)?({_LIST_NAME}(?:\s*/\s*{_LIST_NAME}){{1,12}})"
                               r"(?=\s*(?:[.,;]|$))")
_SLASHED_NUMBERS_BEFORE_RE = re.compile(r"(?<![\d.])\d[\d.]*%?(?:\s*/\s*\d[\d.]*%?)+\s+$")


def _lists(text: str) -> Iterator[re.Match]:
    """The matches of _NAMES_THEN_KIND_RE, then of _KIND_THEN_NAMES_RE."""
    if _named_kind(text):  # (only then: its lists backtrack, at every capital)
        yield from _NAMES_THEN_KIND_RE.finditer(text)
    yield from located(_KIND_THEN_NAMES_RE, text, _LIST_KINDS)


def _named_kind(text: str) -> bool:
    r"""Whether a kind word of _NAMES_THEN_KIND_RE ("benchmarks", "datasets", "test sets")
    follows, after whitespace, a word with a capital or digit: what every match ends with (its
    last name's token or tail word, [A-Z0-9v][\w&'+.-]*)."""
    for kind in ("benchmarks", "sets"):
        at = text.find(kind)
        while at >= 0:
            start = at - 4 if kind == "sets" and text[at - 4:at] == "data" else at
            if kind == "sets" and start == at:  # "test sets": the word before is "test"'s
                gap = at - len(text[:at].rstrip())
                start = at - gap - 4 if gap and text[at - gap - 4:at - gap] == "test" else -1
            if start > 0 and _capital_before(text, start):
                return True
            at = text.find(kind, at + 1)
    return False


def _capital_before(text: str, at: int) -> bool:
    """Whether whitespace ends before `at` and the word before it holds [A-Z0-9]."""
    i = at
    while i > 0 and text[i - 1].isspace():
        i -= 1
    while i < at and i > 0 and (text[i - 1].isalnum() or text[i - 1] in "_&'+.-"):
        i -= 1
        if text[i] in _CAPITALS_AND_DIGITS:
            return True
    return False


_CAPITALS_AND_DIGITS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _lead_lists(text: str, benchmarks: pd.DataFrame | BenchmarkIndex) -> Iterator[re.Match]:
    """The matches of _LEAD_LIST_RE with a listed benchmark among their names, or only names
    shaped like benchmarks' (an inner capital or a digit in each)."""
    respective = _RESPECTIVE_LIST_RE.finditer(text) if "respectively" in text else ()
    for m in (*located(_LEAD_LIST_RE, text, _LEAD_WORDS), *respective):
        pieces = [_SETTING_RE.sub("", p) for p in LIST_SEP_RE.split(m.group(1))]
        if any(canonical_benchmark(p, benchmarks) for p in pieces) or all(
                benchmark_shaped(p) for p in pieces):  # "on NL4Opt, MAMO and IndustryOR"
            yield m
    yield from _on_lists(text, benchmarks)


def _on_lists(text: str, benchmarks: pd.DataFrame | BenchmarkIndex) -> Iterator[re.Match]:
    """The matches of _ON_LIST_RE (or _SLASH_ON_LIST_RE) after a list of as many numbers (or
    slashed numbers), a listed benchmark named."""
    kinds = ((_ON_LIST_RE, _NUMBER_LIST_BEFORE_RE, LIST_SEP_RE),) + (
        ((_SLASH_ON_LIST_RE, _SLASHED_NUMBERS_BEFORE_RE, _SLASH_SEP_RE),) if "/" in text else ())
    for on_list, numbers_before, separator in kinds:
        for m in located(on_list, text, ("on ",)):
            numbers = numbers_before.search(text, max(0, m.start() - 60), m.start())
            pieces = separator.split(m.group(1))
            if numbers and len(_NUMBER_RE.findall(numbers.group())) == len(pieces) and \
                    any(canonical_benchmark(p, benchmarks) for p in pieces):
                yield m


def listed_benchmarks(text: str, benchmarks: pd.DataFrame | BenchmarkIndex,
                      model_spans: list[tuple[int, int]], prefixes: NamePrefixes) -> list[Mention]:
    """The members of written lists of benchmarks: "the A, B and C benchmarks", "datasets (A,
    B)", "Across A, B (64K) and C, ..." (with a listed member), "on A, B and C, respectively"."""
    found = []
    for m in (*_lists(text), *_lead_lists(text, benchmarks)):
        pos = m.start(1)
        separator = _SLASH_SEP_RE if m.re is _SLASH_ON_LIST_RE else LIST_SEP_RE
        for piece in (_SETTING_RE.sub("", p) for p in separator.split(m.group(1))):
            start = text.find(piece, pos)
            pos = start + len(piece)
            if piece and accept_unknown_benchmark(piece, model_spans, start, prefixes) and \
                    any(c.isupper() for c in piece):
                found.append(Mention(start, pos, piece, bench_name(piece, benchmarks)))
    return found
