"""The module-level word prefilters change nothing: with each emptied (its pattern tried
everywhere) the extractor finds the same claims and facts in every annotated title and abstract.

A prefilter wrong only on text no annotated set holds would pass; the few word tests written
inline in a rule (nonscore_rules' ("slow", "shorten"), ...) are not emptied here."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis import claims
from analysis.claims import (
    bench_mentions,
    coefficient_rules,
    count_rules,
    coverage_rules,
    facts,
    flag_rules,
    human_rules,
    listed_mentions,
    nonscore_rules,
    number_matches,
    own_names,
    property_rules,
    quantity_rules,
    ratio_rules,
    role_rules,
    setup_rules,
    share_rules,
    threshold_rules,
)
from analysis.claims.extract import extract_claims
from analysis.claims.facts import extract_facts
from analysis.config import BENCHMARKS_PATH
from analysis.curated.benchmarks import as_index, load_benchmarks

# The module-level word tuples a rule tests before its pattern ("the words every alternative
# needs: a cheap test first"); ("",) is held by every text, so the pattern is always tried.
PREFILTERS = {
    bench_mentions: ("_EDITION_WORDS",),
    coefficient_rules: ("_COEFFICIENT_WORDS",),
    count_rules: ("_COUNTED_WORDS",),
    coverage_rules: ("_ANSWERED_WORDS", "_SELECTIVE_WORDS"),
    human_rules: ("_HUMAN_STEMS",),
    nonscore_rules: ("_OBJECT_WORDS",),
    number_matches: ("MARKER_WORDS",),
    own_names: ("_APPOSITIVE_WORDS", "_OUR_BENCH_WORDS", "_NAMING_WORDS", "_NEW_SET_WORDS",
                "_VARIANT_WORDS", "_WE_CALL_WORDS"),
    property_rules: ("_PROPERTY_WORDS", "_OUTPUT_WORDS"),
    quantity_rules: ("_RATE_WORDS", "_QUANTITY_WORDS"),
    ratio_rules: ("_DROP_WORDS",),
    role_rules: ("_METRIC_WORDS",),
    setup_rules: ("_SETTING_WORDS", "_PROTOCOL_WORDS", "_RESOLVE_WORDS", "_VARIATION_WORDS"),
    share_rules: ("_SHARE_WORDS", "_SEEN_WORDS", "_HOLDS_WORDS"),
    threshold_rules: ("_SUBJECT_WORDS", "_BAR_WORDS"),
}
# The words a located scan tries its pattern at (scan.located): test_scan.py compares each
# such scan with the plain finditer or search (with ("",) it would try every offset in Python).
LOCATED = {
    bench_mentions: ("_METRIC_WORDS", "_METRIC_ON_WORDS", "_LEAD_NAME_WORDS"),
    facts: ("_FINETUNE_WORDS",),
    flag_rules: ("_COMPARISON_WORDS", "_ON_PAR_WORDS", "_INSTRUMENT_WORDS", "EXAMPLE_WORDS"),
    listed_mentions: ("_LEAD_WORDS", "_LIST_KINDS"),
    own_names: ("_INTRO_FIRST_WORDS", "_INTRO_VERBS"),
}
# Word tuples that are no prefilter: what a rule reads, not what it skips on.
READ_WORDS = {"CHANGE_STEMS", "_NOT_SCORE_WORDS"}
EVERYWHERE = ("",)
_WORD_TUPLE_RE = re.compile(r"^(_?[A-Z_]*(?:WORDS|STEMS))\s*=\s*\(", re.MULTILINE)


def _clear_caches() -> None:
    # (human_rules caches, per sentence, where people are first named: found with the stems)
    for module in [m for name, m in sys.modules.items() if name.startswith("analysis.claims")]:
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


@pytest.fixture(scope="module")
def benchmarks():
    return as_index(load_benchmarks(BENCHMARKS_PATH))


def _extracted(papers: pd.DataFrame, benchmarks) -> tuple[pd.DataFrame, pd.DataFrame]:
    _clear_caches()
    found = extract_claims(papers, benchmarks=benchmarks), extract_facts(papers)
    _clear_caches()
    return found


def test_every_word_tuple_of_the_claims_package_is_listed():
    # (a prefilter added later is checked too: it must be listed here or in READ_WORDS)
    defined = set()
    for path in sorted(Path(claims.__file__).parent.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        defined |= {(path.stem, name) for name in _WORD_TUPLE_RE.findall(source)}
    listed = {(m.__name__.rsplit(".", 1)[1], k) for table in (PREFILTERS, LOCATED)
              for m, names in table.items() for k in names}
    assert {t for t in defined - listed if t[1] not in READ_WORDS} == set()
    for module, names in [*PREFILTERS.items(), *LOCATED.items()]:  # (each assigned there)
        source = Path(module.__file__).read_text(encoding="utf-8")
        assert all(re.search(rf"^{name}\s*=\s*\(", source, re.MULTILINE) for name in names)
        for name in names:  # (a word listed twice is a sign of an edit that lost track)
            words = getattr(module, name)
            assert len(set(words)) == len(words), (module.__name__, name)


def test_no_prefilter_changes_a_claim_or_a_fact(annotated_papers, benchmarks, monkeypatch):
    guarded = _extracted(annotated_papers, benchmarks)
    assert len(guarded[0]) > 20_000 and len(guarded[1]) > 1_000
    for module, names in PREFILTERS.items():
        for name in names:
            assert isinstance(getattr(module, name), tuple), name
            monkeypatch.setattr(module, name, EVERYWHERE)
    everywhere = _extracted(annotated_papers, benchmarks)
    pd.testing.assert_frame_equal(everywhere[0], guarded[0])
    pd.testing.assert_frame_equal(everywhere[1], guarded[1])


def test_a_prefilter_that_skips_too_much_changes_the_claims(annotated_papers, benchmarks,
                                                             monkeypatch):
    # (the comparison above can fail: a prefilter no text passes loses drops of the rule)
    papers = annotated_papers.iloc[:1_500]
    guarded = _extracted(papers, benchmarks)[0]
    monkeypatch.setattr(property_rules, "_PROPERTY_WORDS", ())
    assert len(_extracted(papers, benchmarks)[0]) > len(guarded)
