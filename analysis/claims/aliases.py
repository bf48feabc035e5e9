"""Benchmark aliases found faster: the alias pattern regrouped by first character."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

# curated.benchmarks.alias_pattern is a lookbehind, a first-character lookahead and one
# alternation of every spelling: at each position that passes the lookahead `re` tries the
# ~420 spellings in turn. Regrouped into one branch per first character, each branch starting
# with that character, `re` tries only the spellings that start with the character, in their
# order: the same matches. The lookbehind stays first: inside a word it fails at once, before
# any branch is tried (measured: 0.11 s against 0.19 s with it after the first character, the
# form of session 8, on 3,000 synthetic abstracts; the plain pattern takes 0.69 s).
_BEFORE = "(?:(?<![A-Za-z0-9])(?<![A-Za-z0-9]-))"  # what the alias pattern starts with ...
_AFTER = "(?![A-Za-z0-9]|-[A-Za-z0-9])"  # ... and ends with
_SPECIAL = frozenset(".^$*+?{}[]()|\\")  # characters that are no literal when unescaped
_QUANTIFIERS = frozenset("*+?{")


def alias_spans(source: str, text: str) -> Iterator[tuple[int, int]]:
    """The spans of re.finditer(source, text) for the alias pattern's source, through the
    regrouped pattern when there is one and the text is ASCII (it was regrouped for ASCII first
    characters only). The plain pattern is compiled only for a text that needs it: it costs
    0.2 s, and every abstract the corpus and the bench read is ASCII (session 22)."""
    prefixed = _regrouped(source)
    if prefixed is None or not text.isascii():
        yield from (m.span() for m in _compiled(source).finditer(text))
        return
    # The regrouped pattern consumes the character before the alias (see _regrouped): read in
    # the text after a space, so that an alias at its start has one, and searched again from
    # the last character of each match, where the next alias's own character can be.
    padded, at = " " + text, 0
    while (found := prefixed.search(padded, at)) is not None:
        at = found.end() - 1
        yield found.start(), at


_compiled = functools.lru_cache(maxsize=8)(re.compile)  # (the plain pattern, when needed)

# The alias pattern's start, a lookbehind, as the regrouped pattern writes it: one character
# that is no letter or digit, consumed (and not a hyphen after one). The same test, but `re`
# then skips in C to the next such character instead of trying the pattern at every position
# of every word (measured: 0.30 s against 0.33 s to search 3,000 synthetic abstracts, session 26).
_CONSUMED_BEFORE = "[^A-Za-z0-9](?<![A-Za-z0-9]-)"


@functools.lru_cache(maxsize=8)
def _regrouped(source: str) -> re.Pattern | None:
    """The alias pattern regrouped by first character, its lookbehind written as a consumed
    character (_CONSUMED_BEFORE: its matches start one character early), else None (a shape
    this does not know: the pattern itself is then used)."""
    atoms = _atoms(source)
    # (an inline flag for the whole pattern could only come first, before _BEFORE)
    if len(atoms) not in (3, 4) or atoms[0] != _BEFORE or atoms[-1] != _AFTER or \
            not atoms[-2].startswith("(?:") or _captures(source):
        return None
    guard = atoms[1] if len(atoms) == 4 else "(?=[\\s\\S])"
    if not _one_character_guard(guard):
        return None
    passes = re.compile(guard).match
    allowed = [chr(c) for c in range(128) if passes(chr(c))]  # what can start a match
    alternatives = [_ascii_classes(a) for a in _split(atoms[-2][3:-1])]
    grouped = _grouped(alternatives, allowed, _DEPTH)
    return None if grouped is None else re.compile(f"{_CONSUMED_BEFORE}(?:{grouped}){_AFTER}")


def _ascii_classes(regex: str) -> str:
    """The regex with the members of its classes that no ASCII character matches left out.

    The regrouped pattern reads ASCII text only, where they never match; a class with a
    character beyond Latin-1 ("’" in every separator of the alias pattern) makes `re` build a
    65,536-character map for it: 0.28 s to compile the pattern, 0.11 s without (session 23).
    A range, or a class that would be left empty, stays as it is.
    """
    if "[" not in regex:
        return regex
    return "".join(_ascii_class(piece) if piece[0] == "[" else piece
                   for piece in _TOKEN_RE.findall(regex))


def _ascii_class(cls: str) -> str:
    """One class (as written, brackets included) without its members beyond ASCII."""
    start = 2 if cls.startswith("[^") else 1
    members, j = [], start
    while j < len(cls) - 1:
        width = 2 if cls[j] == "\\" else 1
        members.append(cls[j:j + width])
        j += width
    if "-" in members[1:-1] and any(not m.isascii() for m in members):
        return cls  # (a range might hold one: "-" between two members)
    kept = [m for m in members if m.isascii() or _folds_to_ascii(m)]
    return cls[:start] + "".join(kept) + "]" if kept else cls


@functools.lru_cache(maxsize=64)
def _folds_to_ascii(char: str) -> bool:
    """Whether an ASCII character matches `char` when case is ignored (KELVIN SIGN: "k")."""
    return any(re.fullmatch(f"(?i:{re.escape(char)})", c) for c in _ASCII)


def _captures(regex: str) -> bool:
    """Whether a regex has a capturing group (or a reference to a named one): its matches
    would carry groups the regrouped pattern's lack."""
    return any(regex[m.start()] == "(" and (not regex.startswith("?", m.end()) or
                                            regex.startswith("?P", m.end()))
               for m in _TOKEN_RE.finditer(regex))


# Characters regrouped on: the first, then the second (after "a", the ~20 spellings that
# start with it were each tried at every "and"; measured: 0.15 s against 0.19 s, session 14).
_DEPTH = 2
_ASCII = [chr(c) for c in range(128)]


def _grouped(alternatives: list[str], allowed: list[str], depth: int) -> str | None:
    """The alternation of `alternatives` as one branch per set of first characters (of
    `allowed`) that the same alternatives can start with, each branch's rests regrouped
    `depth` - 1 levels more; None when an alternative does not start with one literal
    character or a class. Alternatives that can start with no common character never match at
    one position, and each branch keeps its rests in order: the same matches."""
    firsts = [_first_character(a, allowed)
              for alternative in alternatives for a in _optional_start_expanded(alternative)]
    if None in firsts:
        return None
    # (characters that start the same alternatives share a branch: "[\t\n -]" once, not the
    # rests after a separator copied into thirteen branches, one per character)
    starting: dict[str, list[int]] = {}  # character -> the alternatives it can start
    for i, (chars, _) in enumerate(firsts):
        for char in chars:
            starting.setdefault(char, []).append(i)
    heads: dict[tuple[int, ...], list[str]] = {}
    for char in sorted(starting):
        heads.setdefault(tuple(starting[char]), []).append(char)
    branches = []
    for members, chars in heads.items():
        rests = [firsts[i][1] for i in members]
        inner = (_grouped(rests, _ASCII, depth - 1) if depth > 1 and len(rests) > 1 else None)
        head = _literal(chars[0]) if len(chars) == 1 else \
            "[" + "".join(_literal(c) for c in chars) + "]"
        branches.append(f"{head}(?:{inner or '|'.join(rests)})")
    return "|".join(branches) or None  # (none: no alternative starts with an allowed character)


def _literal(char: str) -> str:
    """A character as a regex matches it, control characters written as escapes ("\\x0b")."""
    return re.escape(char) if char.isprintable() else f"\\x{ord(char):02x}"


def _one_character_guard(guard: str) -> bool:
    """Whether a lookahead tests one character: an alternation of (case-folded) classes."""
    if not (guard.startswith("(?=") and guard.endswith(")")):
        return False
    for part in _split(guard[3:-1]):
        inner = part[4:-1] if part.startswith("(?i:") and part.endswith(")") else part
        if len(_atoms(inner)) != 1 or not inner.startswith("["):
            return False
    return True


def _first_character(alternative: str, allowed: list[str],
                     ) -> tuple[frozenset[str], str] | None:
    """The `allowed` characters a spelling's regex can start with, and the regex of the rest.

    None when it does not start with one literal character or a class (then nothing is
    regrouped).
    """
    folded = alternative.startswith("(?i:") and _atom_end(alternative, 0) == len(alternative)
    body = alternative[4:-1] if folded else alternative
    atoms = _leading_atoms(body, 2)  # (the first, and whether a quantifier follows it)
    if not atoms or (len(atoms) > 1 and atoms[1][0] in _QUANTIFIERS):
        return None
    first = atoms[0]
    literal = (len(first) == 1 and first not in _SPECIAL) or (
        len(first) == 2 and first[0] == "\\" and not first[1].isalnum())
    if not literal and not first.startswith("["):  # (a class: the characters it matches)
        return None
    rest = body[len(first):]
    return _matching(first, folded, tuple(allowed)), f"(?i:{rest})" if folded else rest


def _optional_start_expanded(alternative: str) -> list[str]:
    """An alternative that starts with an optional class as the two it stands for, in the
    order `re` tries them: with the class, then without ("[\\s\\-_']?IFEval": "[\\s\\-_']IFEval",
    "IFEval"); any other alternative as it is.

    Then each starts with a character or a class and is regrouped: a few spellings after a
    first character ("M" + "[\\s\\-_']?IFEval") made the regrouping give up on that character,
    so every word starting with "M" tried its 383 spellings in turn (ten such characters; the
    alias search over 3,000 synthetic abstracts took 0.29 s, 0.21 s so, session 31).
    """
    folded = alternative.startswith("(?i:") and _atom_end(alternative, 0) == len(alternative)
    body = alternative[4:-1] if folded else alternative
    atoms = _leading_atoms(body, 3)
    if len(atoms) < 3 or not atoms[0].startswith("[") or atoms[1] != "?" or \
            atoms[2] in ("?", "+"):  # (a lazy or possessive "?" is tried in another order)
        return [alternative]
    pair = (atoms[0] + body[len(atoms[0]) + 1:], body[len(atoms[0]) + 1:])
    return [f"(?i:{a})" for a in pair] if folded else list(pair)


@functools.lru_cache(maxsize=1024)
def _matching(first: str, folded: bool, allowed: tuple[str, ...]) -> frozenset[str]:
    """The `allowed` characters `re` matches a literal with (its case folding included): a
    few hundred distinct first characters among thousands of spellings, each worked out once."""
    matches = re.compile(f"(?i:{first})" if folded else first).fullmatch
    return frozenset(c for c in allowed if matches(c))


def _split(regex: str) -> list[str]:
    """The top-level alternatives of a regex."""
    parts, depth, start = [], 0, 0
    for m in _TOKEN_RE.finditer(regex):
        char = regex[m.start()]
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(regex[start:m.start()])
            start = m.end()
    return [*parts, regex[start:]]


def _atoms(regex: str) -> list[str]:
    """A regex cut into top-level pieces: an escape, a class, a group or one character."""
    return _leading_atoms(regex, len(regex))


# A regex's tokens: an escape, a class, a parenthesis, a bar, a run of other characters.
# Read in C, a token at a time: the alias pattern's source (~60,000 characters) took 0.15 s
# to cut up a character at a time in Python, 0.04 s so (session 26).
_TOKEN_RE = re.compile(r"\\.|\[\^?+\]?+(?:\\.|[^\]\\])*+\]|[()|]|[^\\\[()|]+", re.DOTALL)


def _leading_atoms(regex: str, count: int) -> list[str]:
    """The first `count` top-level pieces of a regex (all of them when it has fewer)."""
    atoms, i = [], 0
    while i < len(regex) and len(atoms) < count:
        end = _atom_end(regex, i)
        atoms.append(regex[i:end])
        i = end
    return atoms


def _atom_end(regex: str, i: int) -> int:
    """Where the top-level piece starting at `i` ends."""
    if regex[i] == "(":
        depth = 0
        for m in _TOKEN_RE.finditer(regex, i):
            char = regex[m.start()]
            depth += (char == "(") - (char == ")")
            if depth == 0:
                return m.end()
        return len(regex) + 1
    if regex[i] in "[\\":
        token = _TOKEN_RE.match(regex, i)
        return token.end() if token else len(regex) + 1
    return i + 1
