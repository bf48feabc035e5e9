"""The faster scans (analysis/claims/scan.py, aliases.py and the patterns rewritten for speed)
find exactly what the plain patterns they replace find."""

from __future__ import annotations

import re
import sys

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.claims import (
    bench_mentions,
    cues,
    facts,
    flag_rules,
    listed_mentions,
    names,
    own_names,
    sign_rules,
)
from analysis.claims.aliases import (
    _ASCII,
    _ascii_classes,
    _atoms,
    _grouped,
    _optional_start_expanded,
    _regrouped,
    alias_spans,
)
from analysis.claims.scan import _FOLD, fold, located, merged, search_located, strip_tail
from analysis.claims.spans import sentence_spans
from analysis.config import BENCHMARKS_PATH, RAW_DIR
from analysis.corpus.ingest import load_corpus
from analysis.curated.benchmarks import alias_source, as_index, load_benchmarks

# The patterns as they were written before being rewritten for speed (a leading lookbehind,
# a plain scan): the rewritten ones must find the same spans and groups.
ORIGINAL = {
    "_SIZE_PHRASE_RE": (names,
        r"(?<![\w.-])(\d+(?:\.\d+)?[BM](?:-parameters?)?(?:\s*/\s*\d+(?:\.\d+)?[BM])?"
        r"(?:\s+(?!models?\b)[A-Za-z][\w-]*){0,2}\s+models?)\b"),
    "_NAMED_MODEL_RE": (names,
        r"(?<![\w-])([A-Z][a-z]+[A-Z][\w.+-]*|[A-Z][\w.+]*-[\w.+-]*[A-Za-z0-9])\s+models?\b"),
    "BENCH_SHAPE_RE": (names,
        r"(?<![\w-])(?:[A-Z][\w]*(?:-[\w]+)*(?:Bench|bench|QA|Eval|Arena|World|Comp|VQA|Hub|Gym)"
        r"(?:-[A-Za-z0-9]+)*|[A-Z][\w]*-(?:Bench|bench|QA|Eval)(?:-[A-Za-z0-9]+)*"
        r"|[A-Z][a-z]*[A-Z0-9]\w*-Test(?:-[A-Za-z0-9]+)*)(?![\w-])"),
    "_CALLED_BENCH_RE": (bench_mentions,
        r"(?<![\w-])((?:[A-Z][\w&'-]*)(?:\s+[A-Z][\w&'-]*){0,2})(?:\s+(?:test-mini|testmini"
        r"|test))?(?:\s+(?:benchmark|dataset|data\s*set|test\s+set|development\s+set"
        r"|evaluation\s+set)\b|,\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:benchmark|dataset)\s+"
        r"(?:of|for|that|with)\b)"),
    "_NAMES_THEN_KIND_RE": (listed_mentions,
        rf"(?<![\w-])({listed_mentions._LIST_NAME}(?:{listed_mentions._LIST_SEP}"
        rf"{listed_mentions._LIST_NAME}){{1,12}})\s+"
        rf"(?:benchmarks|datasets|test\s+sets)\b"),
}

# The appositive benchmark pattern, now two patterns merged (own_names._APPOSITIVE_BENCH_RES):
# a bracketed or a bare name, then what follows either (its appositive or its counted items).
APPOSITIVE = (r"(?:\(([A-Z][\w-]+)\)|(?<![\w-])([A-Z][\w-]*[A-Z0-9][\w-]*))"
              + own_names._APPOSITIVE)

# Where a located scan tries its pattern: (pattern, first words, searched in fold(text)).
LOCATED = {
    "intro": (own_names._INTRO_RE, own_names._INTRO_FIRST_WORDS, True),
    "intro-benchmark": (own_names._INTRO_BENCH_RE, own_names._INTRO_VERBS, True),
    "intro-shape": (own_names._INTRO_SHAPE_RE, own_names._INTRO_VERBS, True),
    "kind-then-names": (listed_mentions._KIND_THEN_NAMES_RE, listed_mentions._LIST_KINDS, False),
    "fine-tuning": (facts._FINETUNE_RE, facts._FINETUNE_WORDS, True),
    "comparator": (flag_rules._COMPARATOR_RE, flag_rules._ON_PAR_WORDS, True),
    "instrument": (flag_rules._INSTRUMENT_RE, flag_rules._INSTRUMENT_WORDS, True),
    "example": (flag_rules.EXAMPLE_RE, flag_rules.EXAMPLE_WORDS, True),
    "metric": (bench_mentions._METRIC_RE, bench_mentions._METRIC_WORDS, False),
    "metric-on-name": (bench_mentions._METRIC_ON_NAME_RE, bench_mentions._METRIC_ON_WORDS,
                       False),
    "lead-name": (bench_mentions._LEAD_NAME_RE, bench_mentions._LEAD_NAME_WORDS, False),
    "lead-list": (listed_mentions._LEAD_LIST_RE, listed_mentions._LEAD_WORDS, False),
}
# Patterns that must match at the end of a text: what they are tried on is the 90 characters
# before a name (flag_rules._before).
WINDOWED = {"comparator", "instrument", "example"}

# Characters IGNORECASE matching takes for an ASCII letter besides its own two cases.
SPECIAL_FOLDS = "\u0130\u0131\u017f\u212a"


def _variants(text: str) -> list[str]:
    """The text as written, in other cases and spacings, with the special folds."""
    special = text.replace("i", "\u0131").replace("s", "\u017f").replace("k", "\u212a")
    return [text, text.upper(), text.lower(), text.swapcase(), special,
            text.replace(" ", "\n"), text.replace(" ", "  "), text.replace("-", " "),
            special.replace("I", "\u0130")]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    abstracts = [a for a in load_corpus(RAW_DIR)["abstract"] if isinstance(a, str)]
    return [v for a in abstracts for v in _variants(a)]


@pytest.fixture(scope="module")
def windows(texts) -> list[str]:
    """The 90 characters before each capital or digit, as the flag rules read them."""
    return [text[max(0, m.start() - 90):m.start()] for text in texts
            for m in re.finditer(r"(?<=\s)[A-Z0-9]", text)]


def _found(matches) -> list[tuple]:
    return [(m.span(), m.groups(), m.groupdict()) for m in matches]


def _agree(pattern: re.Pattern, text: str, words: tuple[str, ...], folded: bool) -> bool:
    """located and search_located find what finditer and search find."""
    where = fold(text) if folded else text
    first = search_located(pattern, text, words, where)
    return _found(located(pattern, text, words, where)) == _found(pattern.finditer(text)) and \
        _found([first] if first else []) == _found([m] if (m := pattern.search(text)) else [])


def test_sentence_spans_are_a_new_list_each_time():
    text = "We test it. It works."
    spans = sentence_spans(text)
    spans.append((0, 1))
    assert sentence_spans(text) == [(0, 11), (12, 21)]


def test_fold_table_is_what_ignorecase_matching_folds():
    letter = re.compile("(?i)[a-z]")
    folded = {chr(c) for c in range(0x80, sys.maxunicode + 1) if letter.fullmatch(chr(c))}
    assert folded == set(SPECIAL_FOLDS)
    for c in folded | set("azAZ"):
        assert re.fullmatch(f"(?i){fold(c)}", c) and len(fold(c)) == 1


def test_fold_keeps_offsets_and_folds_like_ignorecase():
    text = "We İntroduce ThIS ſtudy, Kelvin \u212a, ÄÖ straße ﬁ"
    assert len(fold(text)) == len(text)
    assert fold(text) == text.translate(_FOLD)
    assert fold("MiXed ASCII") == "mixed ascii"
    for word in ("introduce", "this", "study", "kelvin"):
        ignorecase = [m.start() for m in re.finditer(f"(?i){word}", text)]
        assert ignorecase == [m.start() for m in re.finditer(word, fold(text))], word


@pytest.mark.parametrize("name", sorted(ORIGINAL))
def test_rewritten_pattern_finds_what_the_original_finds(name, texts):
    module, source = ORIGINAL[name]
    original, rewritten = re.compile(source), getattr(module, name)
    for text in texts:
        assert _found(rewritten.finditer(text)) == _found(original.finditer(text)), text[:80]


def _appositives(matches) -> list[tuple]:
    return [(m.span(), m.group(1) or m.group(2)) for m in matches]


def _merged_appositives(text: str) -> list[tuple]:
    return [(m.span(), m.group(1)) for m in merged(own_names._APPOSITIVE_BENCH_RES, text)]


# Names an appositive follows after a hyphen ("FoO- a benchmark"), or inside a hyphenated run
# (never: a hyphen inside a run is followed by a word character), or after one capital only.
HYPHENATED_NAMES = ["FoO- a benchmark of x", "Foo-Bar-, a dataset", "X1-- a benchmark",
                    "AB-C- a benchmark", "Ab-c- a benchmark", "Ab-C - a dataset",
                    "A1, 300 questions written", "QQ-, a dataset", "Q- a benchmark",
                    "Qa-B- -a dataset", "A-B1- a testbed", "Ab-c-D-- a benchmark"]


def test_merged_appositive_patterns_find_what_the_original_finds(texts):
    original = re.compile(APPOSITIVE)
    assert sum(bool(_merged_appositives(text)) for text in HYPHENATED_NAMES) >= 8
    for text in texts + HYPHENATED_NAMES:
        assert _merged_appositives(text) == _appositives(original.finditer(text)), text[:80]


def test_introductions_are_the_matches_of_the_three_original_patterns(texts):
    patterns = (re.compile(APPOSITIVE), own_names._INTRO_BENCH_RE, own_names._INTRO_SHAPE_RE)
    for text in texts:
        expected = [m for pattern in patterns for m in pattern.finditer(text)]
        assert _appositives(own_names._introductions(text)) == _appositives(expected), text[:80]


def test_merged_takes_the_leftmost_match_then_the_earlier_pattern():
    first, second = re.compile(r"ab|d"), re.compile(r"a|bc|cd")
    assert [m.group() for m in merged((first, second), "abcd ab cd")] == ["ab", "cd", "ab", "cd"]
    assert [m.group() for m in merged((second, first), "abcd")] == ["a", "bc", "d"]
    for text in ("abcd ab cd", "abcd", "dcba", "aabbccdd"):
        assert [m.span() for m in merged((first, second), text)] == \
            [m.span() for m in re.finditer(r"ab|d|a|bc|cd", text)]


@pytest.mark.parametrize("name", sorted(LOCATED))
def test_located_scan_finds_what_finditer_finds(name, texts, windows):
    pattern, words, folded = LOCATED[name]
    for text in windows if name in WINDOWED else texts:
        assert _agree(pattern, text, words, folded), text[:80]


# Every alternative of the windowed patterns, to end a window with.
PHRASES = {
    "comparator": ["than", "over", "compared to", "compared with", "comparable to",
                   "competitive with", "competitive to", "on par with", "surpassing", "outperforms",
                   "exceeds", "beats", "vs.", "vs", "versus", "relative to", "against", "rivals",
                   "matches", "baseline", "baselines", "behind", "approaching", "similar to"],
    "instrument": ["with", "using", "via", "across", "based on", "built on", "built upon", "from",
                   "assistance of", "guided by", "teacher"],
    "example": ["e.g.", "e.g.,", "i.e.", "i.e.,", "such as", "including", "like"],
}


@pytest.mark.parametrize("name", sorted(PHRASES))
def test_located_scan_finds_every_alternative(name):
    pattern, words, _ = LOCATED[name]
    for phrase in PHRASES[name]:
        for written in (phrase, phrase.upper(), phrase.title()):
            window = f"It is {written} "
            assert pattern.search(window), window
            assert next(located(pattern, window, words, fold(window)), None), window


# Short texts built from the pieces the patterns look for, to reach the corners.
_PIECES = ["We", "we", "This", "paper", "here,", "Here", " ", "  ", "\n", "-", "–", ",", ":",
           "(", ")", ".", "a", "an", "the", "introduce", "Introduces", "İntroduce", "ıntroduce",
           "preſent", "build", "Bench", "bench", "benchmark", "benchmarks", "dataset", "datasets",
           "tasks", "test", "set", "sets", "model", "models", "and", "or", "e.g.", "such as",
           "MathBench", "GSM8K", "ScienceQA", "Qwen2.5-7B", "7B", "1.5B", "-parameter", "Ling-lite",
           "MagicBrush", "X", "v2", "3", "&", "'", "\u212a2", "ſ", "than", "Compared", "to",
           "with", "on par", "versus", "vs.", "VS", "like", "E.g.,", "i.e.", "Using", "from",
           "built upon", "SFT", "fine-tuned", "Post-training", "RL", "distill", "trained"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_fast_scans_agree_on_generated_text(text):
    for name, (module, source) in ORIGINAL.items():
        original, rewritten = re.compile(source), getattr(module, name)
        assert _found(rewritten.finditer(text)) == _found(original.finditer(text)), name
    assert _merged_appositives(text) == _appositives(re.compile(APPOSITIVE).finditer(text))
    for name, (pattern, words, folded) in LOCATED.items():
        assert _agree(pattern, text, words, folded), name


# ----------------------------------------------------------------------------- alias pattern

@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return load_benchmarks(BENCHMARKS_PATH)


def _with_aliases(table: pd.DataFrame, aliases: list[str]) -> pd.DataFrame:
    """The table with one more benchmark spelled `aliases` (the first is its name)."""
    row = table.iloc[0].to_dict() | {"name": "ODD-1", "aliases": ";".join(aliases)}
    return pd.concat([table, pd.DataFrame([row])], ignore_index=True)


# Spellings that start with what the regrouping treats apart: an escaped character, a
# character that case-folds to others, one outside ASCII, a digit.
ODD_ALIASES = ["C++ Bench", ".x.y-2", "İnfo7", "τ2-Odd", "K-9 Set", "ſtats1", "Q&A-9", "über9",
               "kelvin 9", "2x-Odd", "#tag7", "a]b 7"]


def test_the_alias_pattern_of_the_table_is_regrouped(table):
    assert _regrouped(as_index(table).pattern_source) is not None


def test_the_regrouped_pattern_leaves_out_class_members_ascii_text_never_holds(table):
    # ("’" in every separator class made `re` build a 65,536-character map for each)
    assert "’" in as_index(table).pattern_source
    assert "’" not in _regrouped(as_index(table).pattern_source).pattern
    assert _ascii_classes(r"a[\s\-_'’]?b[^’x]") == r"a[\s\-_']?b[^x]"
    # kept: a class left empty, a range that may hold the character, one ASCII folds to
    for regex in ("[’]", "[a-’]", "[\u212a]"):  # (KELVIN SIGN matches "k" ignoring case)
        assert _ascii_classes(regex) == regex


def _spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_regrouped_alias_pattern_finds_what_the_pattern_finds(table, texts):
    # (aliases back to back: the regrouped pattern consumes the character before each, so the
    # next search starts on the last character of a match; an alias at the text's start)
    joined = " ".join(ODD_ALIASES)
    for frame in (table, _with_aliases(table, ODD_ALIASES)):
        pattern = as_index(frame).pattern
        assert _regrouped(pattern.pattern) is not None
        for text in texts + [joined, joined.upper(), "".join(ODD_ALIASES), "HumanEval+MBPP",
                             "MATH", "(MATH)GSM8K/MATH-500", "x-MATH MATH-x -MATH"]:
            assert list(alias_spans(pattern.pattern, text)) == _spans(pattern, text), text[:80]


def test_alias_pattern_of_another_shape_is_used_as_it_is():
    before = "(?:(?<![A-Za-z0-9])(?<![A-Za-z0-9]-))"  # the alias pattern's own start
    after = "(?![A-Za-z0-9]|-[A-Za-z0-9])"
    for source in ("abc", before + "(?:a(b)|c)" + after, before + "(?:a(?i:x(b))|c)" + after,
                   before + "(?:a(?P<g>b)|c)" + after, before + "(?=ab)(?:ab|c)" + after,
                   before + "(?:a?b|c)" + after):
        pattern = re.compile(source)
        assert _regrouped(source) is None
        assert list(alias_spans(source, "ab c b")) == _spans(pattern, "ab c b")
    # (escaped parentheses and a class holding one are no group: regrouped)
    assert _regrouped(before + r"(?:a\(b|c[(]d|e)" + after) is not None


def test_an_optional_class_before_a_spelling_is_regrouped_as_the_two_it_stands_for():
    assert _optional_start_expanded("[ -]?ab") == ["[ -]ab", "ab"]
    assert _optional_start_expanded("(?i:[ -]?1b)") == ["(?i:[ -]1b)", "(?i:1b)"]
    for kept in ("[ -]??ab", "[ -]?+ab", "a?b", "[ -]ab", "[ -]?", "(?i:a)[ -]?b"):
        assert _optional_start_expanded(kept) == [kept]
    # (a spelling after a separator made a first character's spellings go ungrouped)
    assert _grouped([r"[\s\-]?IFEval", "x", r"(?i:[\s\-]?9x)"], _ASCII, 1) is not None
    before = "(?:(?<![A-Za-z0-9])(?<![A-Za-z0-9]-))"  # the alias pattern's own start
    after = "(?![A-Za-z0-9]|-[A-Za-z0-9])"
    source = before + r"(?:M[\s\-]?IFEval|(?i:M[\s\-_]?9x)|Mx|M[\s\-]?If|(?i:M[\s\-]?9))" + after
    assert _regrouped(source) is not None
    text = "M IFEval M-9x Mx m9X M_9x M If M-If-x MIFEval M\tIFEval M--IFEval m 9 M9x-M9"
    assert list(alias_spans(source, text)) == _spans(re.compile(source), text)
    assert len(_spans(re.compile(source), text)) >= 9


def test_spellings_no_ascii_character_starts_are_read_by_the_plain_pattern():
    before = "(?:(?<![A-Za-z0-9])(?<![A-Za-z0-9]-))"  # the alias pattern's own start
    after = "(?![A-Za-z0-9]|-[A-Za-z0-9])"
    for source in (before + "(?:[τ]bench)" + after, before + r"(?:τ\-bench)" + after):
        assert _regrouped(source) is None  # (an empty regrouping matched nothing, forever)
        assert list(alias_spans(source, "a b. τ-bench")) == _spans(re.compile(source),
                                                                 "a b. τ-bench")


def test_the_index_compiles_the_plain_alias_pattern_only_when_asked(table):
    index = as_index(table)
    assert "pattern" not in vars(index)  # (a functools.cached_property not computed yet)
    assert index.pattern.pattern == index.pattern_source == alias_source(table)


def test_atoms_cut_escapes_classes_and_groups():
    assert _atoms(r"a\-[]\]x](?:b|(c))?|d") == ["a", r"\-", r"[]\]x]", "(?:b|(c))", "?", "|",
                                               "d"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.data())
def test_regrouped_alias_pattern_agrees_on_generated_text(table, data):
    pattern = as_index(table).pattern
    spellings = sorted({a for n, al in zip(table["name"], table["aliases"], strict=True)
                        for a in [n, *str(al).split(";")] if a and a != "nan"})
    # alias_spans uses the regrouped pattern on ASCII text only ("τ-Bench" goes the long way)
    spellings = [a for a in spellings if a.isascii()]
    pieces = spellings + [s.lower() for s in spellings] + [" ", "-", "_", "'", "x", "7", ", "]
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), max_size=12)))
    assert list(alias_spans(pattern.pattern, text)) == _spans(pattern, text)


def test_comparator_words_leave_out_on_only_where_no_par_follows(windows):
    """_model_comparator looks for "on" (of "on par with") only in windows holding " par ": in
    the others, its shorter word list finds what a plain search finds."""
    pattern, words, on_par = flag_rules._COMPARATOR_RE, flag_rules._COMPARISON_WORDS, \
        flag_rules.ON_PAR_RE
    without = [w for w in windows if not on_par.search(fold(w))]
    assert len(without) > 1000
    for window in without + ["It rivals o1-mini and is on par with ", "It is ON\tPAR\nwith "]:
        first = search_located(pattern, window, flag_rules._ON_PAR_WORDS if on_par.search(
            fold(window)) else words, fold(window))
        assert _found([first] if first else []) == _found(
            [m] if (m := pattern.search(window)) else []), window
    assert "on" not in words and "on" in flag_rules._ON_PAR_WORDS


@pytest.mark.parametrize("pattern", [cues.BOUND_TAIL_RE, sign_rules.HEDGE_TAIL_RE],
                         ids=["bound-tail", "hedge-tail"])
def test_strip_tail_removes_what_sub_removes(windows, pattern):
    """strip_tail searches the last TAIL_REACH characters only: on every window (the corpus in
    several cases and spacings) and on hedges stretched by long runs of spaces it removes what
    pattern.sub removes."""
    stretched = ["It scores slightly" + " " * 30 + "less\nthan", "roughly" + "\t" * 45,
                 "x" * 60 + " up  to ", "a gain of about", "nearly", ""]
    stripped = 0
    for text in [*windows, *stretched, *(w + " nearly" for w in windows[:2000])]:
        expected = pattern.sub("", text)
        assert strip_tail(pattern, text) == expected, text
        stripped += expected != text
    assert stripped > 2000
