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


def located(pattern: re.Pattern, text: str, locator: re.Pattern,
            located_in: str | None = None) -> Iterator[re.Match]:
    """The matches of pattern.finditer(text), trying `pattern` only where `locator` matches.

    `locator` is searched in `located_in` (default `text`; fold(text) for a pattern that
    starts with a case-insensitive word). Exact when every match of `pattern` starts where
    `locator` matches and no match is empty: a locator of the few words a match must start
    with spares `re` trying the pattern at every position of the text.
    """
    where = text if located_in is None else located_in
    pos = 0
    while (hit := locator.search(where, pos)) is not None:
        match = pattern.match(text, hit.start())
        if match is None:
            pos = hit.start() + 1
        else:
            yield match
            pos = match.end()
