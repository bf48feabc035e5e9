"""The fast forms of the number and date-window patterns find what the plain ones find."""

from __future__ import annotations

import pytest

from analysis.claims import number_matches as nm
from analysis.config import RAW_DIR
from analysis.corpus.ingest import load_corpus

# Texts a number or date scan must get right beyond the corpus: markers, signs, windows at
# the start, after a dot or a letter, with years of four and two digits.
CRAFTED = [
    "2408-2502 problems, then 2501–2505 and 2024.08-2025.02; v2408-2502 and x.2408-2502 not.",
    "22401-2502 and 2412 - 2503, 202408-202502.",
    "It gains \\Delta 3.1 and $\\sim$1.5 points, \\uparrow 2.0, ↓ 0.4, Δ1.2 and sim 7%.",
    "A $-0.8$ drop, $+$12.9, −3.4 pp, 2.3$\\times$ faster, 45/100, 5 times, .5 and 1,234.5.",
    "Similar setups differ by 3.1 points; a triangle of 4 and a downarrow 2.",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    abstracts = [a for a in load_corpus(RAW_DIR)["abstract"] if isinstance(a, str)]
    return abstracts + CRAFTED


def _spans(matches) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in matches]


def test_no_marker_pattern_matches_as_the_plain_one_where_no_marker_word_is(texts):
    without = [t for t in texts if not any(w in t for w in nm.MARKER_WORDS)]
    assert len(without) > 100 and any("sim" in t for t in texts)
    for text in without:
        assert _spans(nm.NUM_NO_MARKER_RE.finditer(text)) == _spans(nm.NUM_RE.finditer(text))
    # the narrower lookahead is what makes it differ where a marker word is
    assert _spans(nm.NUM_NO_MARKER_RE.finditer(CRAFTED[2])) != _spans(nm.NUM_RE.finditer(
        CRAFTED[2]))


def test_number_matches_use_the_marker_pattern_where_a_marker_word_is():
    text = CRAFTED[2]
    found = [m.group("marker") for m in nm.number_matches(text, 0, len(text))]
    assert "\\Delta " in found and "sim " in found


def test_fast_date_window_finds_what_the_plain_one_finds(texts):
    windows = 0
    for text in texts:
        for lo in (0, 1, 5):  # (a scan from an offset: the lookbehind sees the text before it)
            plain = [m.span() for m in nm.DATE_WINDOW_RE.finditer(text, lo)]
            assert [m.span() for m in nm._DATE_WINDOW_FAST_RE.finditer(text, lo)] == plain
            windows += len(plain)
    assert windows >= 6  # the crafted windows were found, so the comparison was not of nothing


def test_numbers_inside_a_date_window_are_left_out():
    text = "On LiveCodeBench 2408-2502 it reaches 41.2%."
    assert [m.group("num") for m in nm.number_matches(text, 0, len(text))] == ["41.2"]
