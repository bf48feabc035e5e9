"""Text primitives of claim extraction: a name's comparison key and an abstract's sentences."""

from __future__ import annotations

import functools
import re
import unicodedata

_NON_KEY_RE = re.compile(r"[^0-9a-z]+")
NAME_KEY_CACHE = 1 << 16  # entries; bounded so a long run cannot grow memory with the corpus


def name_key(text: object) -> str:
    """Loose comparison key of a name: case-folded letters and digits ("A$^2$FM" == "A^2FM")."""
    return _name_key(str(text or ""))


@functools.lru_cache(maxsize=NAME_KEY_CACHE)
def _name_key(text: str) -> str:
    # Pure function of the text: the same names recur in every abstract, so cache the keys.
    return _NON_KEY_RE.sub("", unicodedata.normalize("NFKC", text).casefold())

# ----------------------------------------------------------------------------- sentences

# A sentence ends at . ! or ? followed by space and a capital, digit or opening bracket (or a
# name that starts lower-case: "o3-mini", "modeLing", "xbench-DeepSearch"), unless the word
# before is an abbreviation ("e.g.", "et al.", "vs.").
_SENTENCE_END_RE = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[A-Z0-9(\[\"“$\\]|[a-z]+-?[A-Z0-9])")
_ABBREVIATIONS = {"e.g", "i.e", "etc", "vs", "al", "approx", "fig", "cf", "resp", "eq", "no",
                  "dr", "mr", "ms", "st", "sec", "ca", "incl", "acc", "div"}  # "Codeforces Div. 2"
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")


def _last_word(text: str, start: int, end: int) -> str:
    """The run of ASCII letters and dots ending text[start:end] (what `[A-Za-z.]+$` finds)."""
    pos = end
    while pos > start and text[pos - 1] in _WORD_CHARS:
        pos -= 1
    return text[pos:end]


# The facts, the claims and the base and system rules each split the same abstract, one after
# the other: a few entries keep its sentences for all of them (other abstracts never hit).
SPANS_CACHE = 4


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `text`, stripped of surrounding spaces."""
    return list(_sentence_spans(text))


@functools.lru_cache(maxsize=SPANS_CACHE)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans, start = [], 0
    for match in _SENTENCE_END_RE.finditer(text):
        word = _last_word(text, start, match.start())
        at = match.start() - len(word)
        if word and word.lower().rstrip(".") in _ABBREVIATIONS and text[at - 1:at] != "-":
            continue  # ("MMLU-Pro-CF. Gemma": a name's last part, not "cf.")
        end = match.start() + len(match.group().rstrip())
        spans.append((start, end))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text.rstrip())))
    return tuple((s, e) for s, e in spans if e > s)
