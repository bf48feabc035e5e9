"""Gap rules: the direction of an unsigned gap, read from the two scores it is the gap between."""

from __future__ import annotations

from analysis.claims.caseless import caseless
from analysis.claims.model_rules import GAP_BETWEEN_RE
from analysis.claims.rules import apply_first, counter, example, rule, table
from analysis.claims.sentence import Claim, Sentence, mask
from analysis.claims.sign_rules import SIGN

# "This gap of 4.7 points", "a difference of 2.1 points": a gap with no direction written.
_GAP_OF_RE = caseless(r"\b(?:gap|difference|margin)\s+(?:of\s+)?(?:only\s+|just\s+|about\s+"
                      r"|roughly\s+|nearly\s+)?$")
_ROUNDING = 0.051  # points: two one-decimal scores differ by their written gap up to rounding


class GapView:
    """An unsigned change and the scores stated before it (in its sentence and the one before)."""

    __slots__ = ("text", "sentence", "claim", "scores")

    def __init__(self, text: str, sentence: Sentence, claim: Claim, scores: list[Claim]):
        self.text, self.sentence, self.claim, self.scores = text, sentence, claim, scores


@rule("gap-between-scores",
      example("On GSM8K, CoLaT attains 48.2% accuracy, compared with 52.9% for explicit "
              "chain-of-thought. This gap of 4.7 points comes with a 4.1x speed-up.",
              "4.7 points", -1),
      example("On GSM8K, CoLaT attains 52.9% accuracy, compared with 48.2% for explicit "
              "chain-of-thought. This gap of 4.7 points comes with a 4.1x speed-up.",
              "4.7 points", 1),
      counter("On GSM8K, CoLaT attains 48.2% accuracy, compared with 52.9% for explicit "
              "chain-of-thought. This gap of 3.1 points comes with a 4.1x speed-up.",
              "3.1 points", 1))
def _gap_between_scores(v: GapView) -> int | None:
    """ "A attains 48.2%, compared with 52.9% for B. This gap of 4.7 points ...": the gap is
    the first score less the second, so its sign is theirs (only when the sizes agree)."""
    num = v.claim.num
    left = mask(v.text, max(v.sentence.start, num.start - 40), num.start, v.sentence)
    if not _GAP_OF_RE.search(left):
        return None
    for first, second in zip(v.scores, v.scores[1:], strict=False):
        if first.num.high is None and second.num.high is None and \
                abs(abs(first.num.value - second.num.value) - num.value) <= _ROUNDING:
            return 1 if first.num.value > second.num.value else -1
    return None


_NARROWS_RE = caseless(r"\b(?:shrink|narrow|clos|halv|reduc|cut)\w*")


@rule("gap-narrows",
      example("On CLadder, CCT shrinks the gap between Qwen2.5-7B-Instruct and GPT-4o from 12.4 "
              "to 3.7 points.", "3.7 points", -1),
      example("On MMLU-Redux, the gap between EmbRoute-U and GPT-4o shrinks to 2.2 points.",
              "2.2 points", -1))
def _gap_narrows(v: GapView) -> int | None:
    """ "the gap between A and B shrinks to 2.2 points": A trails B (a gap one narrows)."""
    num = v.claim.num
    left = mask(v.text, max(v.sentence.start, num.start - 140), num.start, v.sentence)
    return -1 if GAP_BETWEEN_RE.search(left) and _NARROWS_RE.search(
        v.text, v.sentence.start, num.start) else None


# "the gap to 32B open agents is less than 3 points": the subject trails them.
_GAP_TO_RE = caseless(r"\bgap\s+to\s+[^;]{1,50}?\s+(?:is|was|stays|remains)\s+(?:less\s+than"
                      r"|under|below|only|just|about|nearly|within)?\s*$")


@rule("gap-to",
      example("On BrowseComp it reaches 6.1, and the gap to 32B open agents is less than 3 "
              "points.", "3 points", -1))
def _gap_to(v: GapView) -> int | None:
    """ "the gap to M is less than 3 points": a distance the subject is behind."""
    num = v.claim.num
    return -1 if _GAP_TO_RE.search(v.text, max(v.sentence.start, num.start - 80),
                                   num.start) else None


GAP_SIGN = table("sign-gap", "sign", "The direction of an unsigned gap, from its two scores.",
                 _gap_between_scores, _gap_narrows, _gap_to)


def sign_gaps(text: str, sentence: Sentence, claims: list[Claim], before: list[Claim]) -> None:
    """Sign each change of the sentence written with no direction ("this gap of 4.7 points")
    by the scores before it: the sentence's own, else the previous sentence's (`before`)."""
    for i, claim in enumerate(claims):
        if claim.kind != "delta" or claim.fired.get(SIGN.name) != "up":
            continue
        own = [c for c in claims[:i] if c.kind == "absolute"]
        scores = own if len(own) >= 2 else [c for c in before if c.kind == "absolute"]
        fired = apply_first(GAP_SIGN, GapView(text, sentence, claim, scores))
        if fired is not None:
            claim.fired[GAP_SIGN.name], claim.sign = fired
