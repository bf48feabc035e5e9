"""The cheap stem test of human_rules agrees with the human pattern it guards."""

from __future__ import annotations

from analysis.claims.human_rules import _HUMAN_RE, _HUMAN_STEMS


def test_every_human_match_of_every_fixture_contains_a_stem(annotated_texts):
    # The stems are a prefilter: a match without one would be skipped before the pattern runs.
    matches = {m.group() for text in annotated_texts for m in _HUMAN_RE.finditer(text)}
    assert len(matches) > 300
    missed = sorted(m for m in matches if not any(s in m.lower() for s in _HUMAN_STEMS))
    assert missed == []


def test_a_stemless_alternative_would_be_caught():
    # "dispatchers" is matched through its stem; without it the test above would fail.
    stems = tuple(s for s in _HUMAN_STEMS if s != "dispatchers")
    match = _HUMAN_RE.search("trained dispatchers reach 90%").group()
    assert not any(s in match.lower() for s in stems)
