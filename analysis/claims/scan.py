"""Faster whole-abstract searches that find exactly what a pattern's finditer finds."""

from __future__ import annotations

import re
import string
from collections.abc import Iterator

# What IGNORECASE matching takes for each ASCII letter besides its two cases: Python's re folds
# "İ" and "ı" to "i", "ſ" to "s" and the Kelvin sign to "k" (tests check this against every
# code point).
_FOLD = str.maketrans({**{c: c.lower() for c in string.ascii_uppercase},
                       "\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold(text: str) -> str:
    """`text` with each character IGNORECASE matching takes for an ASCII letter written as
    that lower-case letter, every other character kept: same length, same offsets.

    A word of ASCII letters matches `text` case-insensitively at a position exactly when the
    lower-case word occurs there in fold(text).
    """
    # On ASCII text that is str.lower(), which is several times faster than translate.
    return text.lower() if text.isascii() else text.translate(_FOLD)


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether fold(text) holds one of `words` (lower-case): the cheap test before a
    case-insensitive pattern each of whose matches holds one of them."""
    return contains_any(fold(text), words)


def contains_any(text: str, words: tuple[str, ...]) -> bool:
    """any(word in text for word in words), a loop rather than a generator: each step of a
    generator costs more than the test it makes (measured: half the time, for three words
    or a hundred; the extractor makes a few million such tests, session 31)."""
    for word in words:
        if word in text:
            return True
    return False


def located(pattern: re.Pattern, text: str, words: tuple[str, ...],
            located_in: str | None = None) -> Iterator[re.Match]:
    """The matches of pattern.finditer(text), trying `pattern` only where one of `words` is.

    The words are looked for in `located_in` (default `text`; fold(text) for a pattern that
    starts with a case-insensitive word). Exact when every match of `pattern` starts with one
    of `words` there and no match is empty: str.find of a few words spares `re` trying the
    pattern at every position of the text.
    """
    yield from located_at(pattern, text,
                          word_starts(text if located_in is None else located_in, words))


def located_at(pattern: re.Pattern, text: str, starts: list[int]) -> Iterator[re.Match]:
    """`located` with the words' offsets found already (several patterns, one search)."""
    end = 0
    for start in starts:
        if start >= end and (match := pattern.match(text, start)) is not None:
            yield match
            end = match.end()


def search_located(pattern: re.Pattern, text: str, words: tuple[str, ...],
                   located_in: str | None = None) -> re.Match | None:
    """pattern.search(text), trying `pattern` only where one of `words` is (as `located`)."""
    for start in word_starts(text if located_in is None else located_in, words):
        if (match := pattern.match(text, start)) is not None:
            return match
    return None


def word_starts(text: str, words: tuple[str, ...]) -> list[int]:
    """Every offset of each of `words` in `text` (overlapping ones included), ascending."""
    starts = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            starts.append(at)
            at = text.find(word, at + 1)
    starts.sort()
    return starts


def merged(patterns: tuple[re.Pattern, ...], text: str) -> Iterator[re.Match]:
    """The matches finditer of the alternation of `patterns` finds: at each position the first
    pattern that matches there (for patterns that never match the empty string).

    An alternation of two patterns that start differently ("(Name)" and "Name") is as slow as
    its slower start; searched apart, each can start with what lets `re` skip ahead in C.
    """
    ahead = [pattern.search(text) for pattern in patterns]  # each one's next match
    while found := [(m.start(), i, m) for i, m in enumerate(ahead) if m is not None]:
        _, _, first = min(found)  # the leftmost; on a tie, the earlier pattern
        yield first
        # A next match that starts at or after the end is still the next; none stays none.
        ahead = [m if m is None or m.start() >= first.end() else
                 patterns[i].search(text, first.end()) for i, m in enumerate(ahead)]


# A match of a tail pattern longer than TAIL_REACH holds a run of two or more spaces inside
# the text's last TAIL_REACH characters: its words (at most ~20 letters, "slightly greater
# than") and single spaces cannot fill them.
TAIL_REACH = 40  # characters
_SPACE_RUN_RE = re.compile(r"\s\s")


def strip_tail(pattern: re.Pattern, text: str) -> str:
    """pattern.sub("", text) for a pattern whose every match ends the text ("...\\s*$") and
    holds at most ~20 characters besides its spaces (a hedge, a bound word).

    `re` tries such a pattern at every position of the text; this tries it only in the last
    TAIL_REACH characters, unless a run of spaces there could stretch a match further back.
    """
    lo = len(text) - TAIL_REACH
    if lo <= 0 or _SPACE_RUN_RE.search(text, lo):
        return pattern.sub("", text)
    found = pattern.search(text, lo)
    return text if found is None else text[:found.start()] + text[found.end():]
