"""Case-insensitive patterns searched as folded ones (analysis/claims/caseless.py) find exactly
what re.compile(source, re.IGNORECASE) finds, on the corpus in any case and on generated text."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import claims
from analysis.claims.caseless import CaselessPattern, caseless, folded_source
from analysis.claims.catalog import TABLES
from analysis.config import RAW_DIR
from analysis.corpus.ingest import load_corpus


def _caseless_patterns() -> dict[str, CaselessPattern]:
    """Every module-level CaselessPattern of analysis.claims, once each (by its first name)."""
    found: dict[int, tuple[str, CaselessPattern]] = {}
    for module in pkgutil.iter_modules(claims.__path__):
        loaded = importlib.import_module(f"analysis.claims.{module.name}")
        for name, value in vars(loaded).items():
            if isinstance(value, CaselessPattern):
                found.setdefault(id(value), (f"{module.name}.{name}", value))
    return dict(found.values())


PATTERNS = _caseless_patterns()


def _variants(text: str) -> list[str]:
    """The text as written, and with its cases swapped and the characters IGNORECASE folds to
    ASCII letters put in for some of its letters."""
    swapped = text.swapcase().replace("i", "\u0131").replace("s", "\u017f")
    return [text, swapped.replace("k", "\u212a").replace("I", "\u0130")]


def _windows(text: str) -> list[str]:
    """The windows the rules read around each number: 90 characters before it, 70 after (most
    patterns end with "$" or start with "^")."""
    return [w for m in re.finditer(r"\d+(?:\.\d+)?%?", text)
            for w in (text[max(0, m.start() - 90):m.start()], text[m.end():m.end() + 70])]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """Some of the corpus's abstracts and every rule example, each in two cases."""
    abstracts = [a for a in load_corpus(RAW_DIR)["abstract"] if isinstance(a, str)][::6]
    return [v for text in abstracts + _examples() for v in _variants(text)]


def _masked(text: str) -> str:
    """The text with its model-like names written "M" and benchmark-like ones "B", roughly as
    the rules read it (many patterns hold "M" or "B")."""
    models = re.sub(r"\b[A-Z][A-Za-z]*[-.]?\d[\w.-]*", "M", text)
    return re.sub(r"\b[A-Z][a-z]*[A-Z][\w-]*", "B", models)


@pytest.fixture(scope="module")
def windows() -> list[str]:
    """The windows around the rule examples' numbers, as written and masked, each in one of
    the two cases in turn."""
    around = [w for example in _examples() for text in (example, _masked(example))
              for w in _windows(text)]
    return [_variants(w)[i % 2] for i, w in enumerate(around)]


def _examples() -> list[str]:
    return sorted({e.text for table in TABLES for r in table.rules for e in r.examples})


def _found(matches) -> list[tuple]:
    return [(m.span(), m.groups(), m.groupdict()) for m in matches if m is not None]


def _disagreement(pattern: CaselessPattern, plain: re.Pattern, text: str) -> str:
    """What the folded and the case-insensitive pattern do differently on `text`, else ""."""
    third = len(text) // 3
    checks = {
        "finditer": (pattern.finditer(text), plain.finditer(text)),
        "finditer-window": (pattern.finditer(text, third, 2 * third),
                            plain.finditer(text, third, 2 * third)),
        "search": ([pattern.search(text)], [plain.search(text)]),
        "search-window": ([pattern.search(text, third, 2 * third)],
                          [plain.search(text, third, 2 * third)]),
        "match": ([pattern.match(text, third)], [plain.match(text, third)]),
        "fullmatch": ([pattern.fullmatch(text, third)], [plain.fullmatch(text, third)]),
    }
    return next((name for name, (ours, theirs) in checks.items()
                 if _found(ours) != _found(theirs)), "")


def test_the_claims_patterns_are_folded():
    assert len(PATTERNS) >= 350
    assert sum(not p.exact for p in PATTERNS.values()) >= 5  # (case-sensitive groups inside)


def test_every_folded_pattern_finds_what_its_ignorecase_pattern_finds(texts, windows):
    matched = set()
    for name, pattern in PATTERNS.items():
        plain = re.compile(pattern.pattern, pattern.flags)
        assert plain.flags & re.IGNORECASE
        for text in texts:
            differs = _disagreement(pattern, plain, text)
            assert not differs, f"{name} {differs}: {text[:80]!r}"
        for window in windows:
            found = _found(plain.finditer(window))
            assert _found(pattern.finditer(window)) == found, f"{name}: {window!r}"
            if found:
                matched.add(name)
    # (the comparison has teeth: most patterns match in the windows of the rules' examples)
    assert len(matched) >= 0.6 * len(PATTERNS), sorted(set(PATTERNS) - matched)[:20]


# Short texts from pieces the patterns read, in several cases, with the special folds.
_PIECES = ["M", "m", "B", "We", "we", "model", "Models", "accuracy", "Accuracy", "ACCURACY",
           "human", "Students", "students", "Specialists", "experts", "by", "to", "from", "of",
           "the", "The", "gap", "points", "%", "3", "41.2", "1,000", " ", "  ", "\n", ",", ";",
           ".", "(", ")", "-", "\u0130", "\u0131", "\u017f", "\u212a", "k", "s", "i", "I",
           "score", "rate", "pass@1", "F1", "EM", "exact match", "AUROC", "predicts", "and",
           "which", "than", "over", "compared with", "up to", "about", "on", "CI", "interval",
           "reduces", "speed", "tokens", "cost", "QWK", "error", "rated", "benchmark", "dataset"]


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_PIECES), max_size=24).map("".join))
def test_folded_patterns_agree_on_generated_text(text):
    for name, pattern in PATTERNS.items():
        plain = re.compile(pattern.pattern, pattern.flags)
        assert not _disagreement(pattern, plain, text), name


@pytest.mark.parametrize(("source", "folded", "exact"), [
    (r"\bM\b|Foo[A-Z]x", r"\bm\b|foo[a-z]x", True),  # capitals, a range of capitals
    (r"(?P<Name>A)\x2d\S+\W[\s\-_']?B", r"(?P<Name>a)\x2d\S+\W[\s\-_']?b", True),  # as written
    (r"[^\x00-\x7f]|[!-~]|(?#Comment)", r"[^\x00-\x7f]|[!-~]|(?#Comment)", True),  # closed
    (r"(?-i:\bStudents\b)(?!\s+Models)", r"(?:\bstudents\b)(?!\s+models)", False),
    (r"(?i:A)(?s:.)–’", r"(?i:a)(?s:.)–’", True),  # uncased characters beyond ASCII
    (r"\A\B\D\Z", r"\A\B\D\Z", True),  # escapes of capitals: anchors and classes, as written
    (r"(?!a(?#C))(?-i:A)", r"(?!a(?#C))(?:a)", False),  # a comment closes itself
])
def test_folded_source_lowercases_literals_only(source, folded, exact):
    assert folded_source(source) == (folded, exact)


@pytest.mark.parametrize("source", [
    r"(a)\1",  # a back-reference: IGNORECASE compares its text otherwise
    r"(?P<x>a)(?P=x)", r"(a)?(?(1)b|c)",  # a named reference, a conditional
    r"\x41", r"[\u00c0-\u00ff]", r"é", r"\N{LATIN SMALL LETTER A}",  # cased, written otherwise
    r"[Z-a]", r"[0-Z]",  # ranges whose letters are not closed under case
    r"(?a:x)", r"(?x)a b",  # ASCII-only, verbose
    r"(?!(?-i:Foo))", r"(?-i:A(?!b))",  # a case-sensitive group and a negative lookaround
    r"(?-i:[^A-Z])x",  # ... a negated class in it, an atomic group or a possessive beside it
    r"(?>(?-i:a)|ab)c", r"(?:(?-i:A))?+a", r"(?-i:A)a*+", r"(?-i:(?>A|ab)c)",
    r"(?-i:\w[^a])",
    r"caf\é", r"[\é]", "\\\u212a",  # an escaped cased character beyond ASCII
    r"(?-i)A", r"(?-im:A)",  # case-sensitive flags that are not a group of their own
])
def test_folded_source_refuses_what_would_match_otherwise(source):
    with pytest.raises(ValueError):
        folded_source(source)


def test_a_relaxed_pattern_checks_each_place_its_fold_matches():
    pattern = caseless(r"(?-i:\bStudents\b)|\bteachers\b")
    text = "students and STUDENTS and TEACHERS, then Students"
    assert not pattern.exact
    assert pattern.search(text).span() == (26, 34)  # "TEACHERS": the lower-case ones do not
    assert [m.group() for m in pattern.finditer(text)] == ["TEACHERS", "Students"]
    assert pattern.match(text) is None and pattern.match(text, 41).group() == "Students"


def test_a_relaxed_search_ends_at_the_end_of_the_text():
    # (its fold matches the empty string at the end, the pattern does not: re would take
    # pos = len(text) + 1 back to len(text) and find the same place again)
    assert caseless(r"(?<=(?-i:A))").search("a") is None


@pytest.mark.parametrize(("source", "text"), [("a??", "aA"), (r"(?:\s|x)*?y?", "Y y")])
def test_finditer_after_an_empty_match_takes_the_non_empty_one(source, text):
    plain = re.compile(source, re.IGNORECASE)
    assert _found(caseless(source).finditer(text)) == _found(plain.finditer(text))


def test_the_folded_text_of_a_long_text_is_not_kept_for_another():
    pattern = caseless(r"\bneedle\b")
    long_hay, long_needle = "Hay " * 100, "Hay " * 98 + "NEEDLE  "  # (the same length)
    assert len(long_hay) == len(long_needle)
    for text in (long_hay, long_needle, long_hay, long_needle, "".join(long_needle)):
        assert (pattern.search(text) is None) == (text == long_hay)


def test_flags_it_cannot_fold_are_refused():
    for flags in (re.ASCII, re.VERBOSE):
        with pytest.raises(ValueError):
            caseless("a", flags)
    assert caseless("a", re.MULTILINE).flags & re.MULTILINE
