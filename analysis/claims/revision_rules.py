"""Kind revisions: a claim's kind settled by its neighbours (lists, brackets, from-to pairs)."""

from __future__ import annotations

import re

from analysis.claims.caseless import caseless
from analysis.claims.cues import (
    ATTAIN_STEM,
    CONTINUATION_RE,
    MEASURE_POINTS_RE,
    PAREN_RE,
    direction_of,
)
from analysis.claims.non_score_after_rules import COMPARED_RIGHT_RE, POINTS_LIST_LEFT_RE
from analysis.claims.rules import apply_first, counter, example, rule, table
from analysis.claims.sentence import Claim, Sentence, main_claims, mask

# ("by 3.8 BLEU-4 and 5.2 ROUGE-L": a metric's name after the change before)
_LISTED_GAP_RE = re.compile(r"^\s*(?:[A-Z][A-Za-z]*[A-Z0-9@-][\w@-]*\s+)?"
                            r"(?:\([^()]*\)\s*)?(?:(?:on|in|for|at|with)\s+[^,;]{0,80}?)?"
                            r"(?:,\s*)?(?:and\s+|or\s+|&\s*|/\s*)?$")


# "gains 3.9 points on BBH and reaches 62.5 on K&K": a verb of its own makes it a score.
_SCORE_VERB_RE = caseless(rf"\b{ATTAIN_STEM}\w*")
# "gains 4.2 on B and loses 1.1 on C": a verb of change of its own, its own direction.
_OWN_CHANGE_VERB_RE = caseless(r"\b(?:and|but|while|whereas)\s+(?:only\s+|just\s+|still\s+)?"
                               r"([a-z]+(?:s|ed))(?:\s+by)?\s*$")


class PairView:
    """Two neighbouring claims of a sentence and the (masked) text between them."""

    __slots__ = ("text", "sentence", "prev", "claim")

    def __init__(self, text: str, sentence: Sentence, prev: Claim, claim: Claim):
        self.text, self.sentence, self.prev, self.claim = text, sentence, prev, claim

    @property
    def gap(self) -> str:
        """The text between the two numbers, mentions masked."""
        return mask(self.text, self.prev.num.end, self.claim.num.start, self.sentence)


_OVER_UNDER = {"over": 1, "under": -1}  # ("2.2 over its base model": ahead of it)


@rule("listed",
      example("CoCoS achieves improvements of 35.8% on MBPP and 27.7% on HumanEval.",
              "27.7%", "delta"),
      example("On TrapCaps, it improves on Video-LLaVA-7B by 3.8 BLEU-4 and 5.2 ROUGE-L.", "5.2",
              "delta"),
      counter("It improves by +5.1 points on AIME 2025 (30.2 vs. 25.1).", "30.2", "absolute"),
      example("On BigEarthNet it obtains 71.9 micro F1, 3.2 points above TIES merging and 5.0 "
              "above simple weight averaging.", "5.0", "delta"))
def _listed(p: PairView) -> tuple[str, int] | None:
    """ "by 13.4% and 9.8": a bare score listed after a change is a change too (kind, sign)."""
    claim, prev = p.claim, p.prev
    if claim.kind == "absolute" and claim.kind_rule == "score" and prev.kind != "absolute" \
            and not claim.num.pair_role and _LISTED_GAP_RE.match(p.gap) and \
            not _SCORE_VERB_RE.search(p.gap) and not p.gap.rstrip().endswith("("):
        return prev.kind, prev.sign  # "+6.2 points on B (31.5 vs. 25.3)": the scores behind it
    rival = COMPARED_RIGHT_RE.match(p.text, claim.num.end)
    if claim.kind == "absolute" and claim.kind_rule == "score" and prev.kind == "delta" and \
            prev.num.unit == "pts" and rival and POINTS_LIST_LEFT_RE.search(p.gap):
        # "3.2 points above M and 5.0 above N": points again, their way said again
        word = rival.group().split()[0].lower()
        return "delta", _OVER_UNDER.get(word) or direction_of(word) or prev.sign
    return None


# "by 3.4 points and on MMLU by 2.1 points": the second member repeats only "on B by".
_PARALLEL_CHANGE_GAP_RE = re.compile(r"^\s*(?:points?|pts?|%)?\s*(?:(?:,\s*)?(?:and|or)\s+"
                                     r"(?:on|in|for)\s+(?:the\s+)?B\s+by|(?:on|in|for)\s+"
                                     r"(?:the\s+)?B\s*,?\s*(?:and|or)(?:\s+by)?)\s*$")


def _same_direction(p: PairView, gap: re.Pattern) -> tuple[str, int] | None:
    """The direction of the change before, for an unsigned change of the same kind whose gap to
    it matches `gap` (its direction word was left out)."""
    claim, prev = p.claim, p.prev
    if claim.kind == prev.kind != "absolute" and claim.fired.get("sign") == "up" and \
            not claim.num.sign and gap.search(p.gap):
        return claim.kind, prev.sign
    return None


@rule("parallel-sign",
      example("RL lowers accuracy on HellaSwag by 3.4 points, and on MMLU by 2.1 points.",
              "2.1", "delta"),
      example("At 3 bits the model drops by 7.2 points on AIME 2025, and 2.9 points on GSM8K.",
              "2.9 points", "delta"))
def _parallel_sign(p: PairView) -> tuple[str, int] | None:
    """A change whose clause repeats only "and on B by" has the direction of the one before."""
    return _same_direction(p, _PARALLEL_CHANGE_GAP_RE)


# "loses 0.8 points on B, compared with 4.6 points for GPTQ": the change it is compared with.
_COMPARED_CHANGE_GAP_RE = caseless(r",\s*(?:compared\s+(?:with|to)|versus|vs\.?)\s*$")


@rule("compared-sign",
      example("Our 3-bit model drops 1.1 points on GSM8K, compared with 5.3 points for AWQ.",
              "5.3 points", "delta"))
def _compared_sign(p: PairView) -> tuple[str, int] | None:
    """A bare change compared with a change before it goes the same way ("loses 0.8, compared
    with 4.6 for X": X loses 4.6)."""
    return _same_direction(p, _COMPARED_CHANGE_GAP_RE)


# "QuaRot loses 8.9 points and SmoothQuant 15.2 points": the second subject's verb is left out.
_GAPPED_GAP_RE = re.compile(r"^\s*,?\s*(?:and|or)\s+(?:M|[A-Z][\w.+-]*)\s*$")


@rule("gapped",
      example("Our method loses 1.0 point, whereas RTN loses 7.7 points, and AutoRound 12.4 "
              "points.", "12.4 points", "delta"))
def _gapped(p: PairView) -> tuple[str, int] | None:
    """A change after "and X", its verb left out, goes the way of the change before it."""
    return _same_direction(p, _GAPPED_GAP_RE)


_GAP_WIDENS_RE = caseless(r"\bthe\s+(?:gap|drop|loss|gain)\s+(?:widens|grows|increases|rises"
                          r"|shrinks|narrows|falls|reaches)\s+to\s*$"
                          # "trails M by 29.5 points, whereas on B the difference is only 8.1"
                          r"|\b(?:while|whereas)\s+[^;]{0,60}?\bthe\s+(?:difference|gap|margin)"
                          r"\s+is\s+(?:only\s+|just\s+)?$")


@rule("gap-to",
      example("Accuracy on GSM-Plus is 9.0 points lower than on GSM8K, and the gap widens to 20.1 "
              "points for the 1.5B model.", "20.1 points", "delta"),
      example("On SkyVQA, M trails GPT-4.1 by 29.5 points on one tier, whereas on the other the "
              "difference is only 8.1 points.", "8.1 points", "delta"))
def _gap_to(p: PairView) -> tuple[str, int] | None:
    """ "9.0 points lower ..., and the gap widens to 20.1 points": the same difference, larger
    (not "the difference is 2.0 points in its favour")."""
    if _FAVOUR_RE.match(p.text, p.claim.num.end, p.sentence.end):
        return None
    return _same_direction(p, _GAP_WIDENS_RE)


_FAVOUR_RE = re.compile(r"\s*(?:points?\s+)?(?:in\s+(?:its|their|our|M's|the\s+[\w-]+'s)\s+favou?r"
                        r"|the\s+other\s+way)\b")


LISTED = table("kind-listed", "kind", "List members share the kind (and direction) of the first.",
               _listed, _parallel_sign, _compared_sign, _gapped, _gap_to)


@rule("continues",
      example("MobileLLM-R1-950M achieves an AIME score of 15.5, compared to just 0.6 for "
              "OLMo-2-1.48B and 0.3 for SmolLM-2-1.7B.",
              "0.6", "absolute"),
      example("Qwen3-8B loses 9.4 points when the digits are spelled out, against 21.0 for "
              "Llama-3.1-8B-Instruct.", "21.0", "delta"),
      counter("Our model gains 4.2 on GSM8K and loses 1.1 on MMLU.", "1.1", "delta"))
def _continues(p: PairView) -> str | None:
    """ "15.5, compared to just 0.6 for M": a bare number continuing the one before it.

    The claim is marked as a continuation (it shares the benchmark and may be the baseline)
    and takes the previous claim's kind; its kind rule and sign are left as they were.
    """
    num = p.claim.num
    if num.unit or num.sign or p.claim.parent is not None or num.pair_role or \
            _SCORE_VERB_RE.search(p.gap) or _own_change_verb(p.gap) or (
                p.prev.kind == "relative" and  # "12% in relative terms but 4.2 ROUGE-L points
                MEASURE_POINTS_RE.match(p.text, num.end)):  # behind": points are no ratio
        return None
    gap = _WHEN_CLAUSE_RE.sub("", p.gap, count=1)  # "loses 9.4 points when the digits are
    return p.prev.kind if CONTINUATION_RE.match(gap) else None  # spelled out, against 21.0"


def _own_change_verb(gap: str) -> bool:
    verb = _OWN_CHANGE_VERB_RE.search(gap)
    return verb is not None and direction_of(verb.group(1).lower()) is not None


_WHEN_CLAUSE_RE = re.compile(r"^\s+when\s+[^,;()\d]{1,60}(?=,\s*(?:against|versus|compared)\b)")


CONTINUED = table("kind-continued", "kind", "A bare number continuing the one before it.",
                  _continues)


_VARIANT_AFTER_RE = re.compile(r"\s+(?:without|w/o|with|before|after|for|using|under|at|in)\b"
                               r"|\s+(?:versus|vs\.?|against)\s+\d")  # "(16.9% versus 14.2%)"


def link_parentheticals(text: str, claims: list[Claim]) -> None:
    """ "56.7% (+40.0%)": a signed number in brackets right after a score belongs to it."""
    for prev, claim in zip(claims, claims[1:], strict=False):
        num = claim.num
        if PAREN_RE.match(text[prev.num.end:num.start]) and (
                num.sign or num.marker or num.unit in ("%", "x")) and not (
                not num.sign and _VARIANT_AFTER_RE.match(text, num.end)):
            claim.parent = prev  # not "92.4% (92.8% without early exit)": a variant's score,
            # nor "leads by 2.7 points (16.9% versus 14.2%)": the two scores


def _continuations(text: str, sentence: Sentence, claims: list[Claim]) -> None:
    main = main_claims(claims)
    for prev, claim in zip(main, main[1:], strict=False):
        fired = apply_first(LISTED, PairView(text, sentence, prev, claim))
        if fired is not None:
            claim.kind_rule, (claim.kind, claim.sign) = fired
            claim.fired[LISTED.name] = claim.kind_rule
    for prev, claim in zip(claims, claims[1:], strict=False):
        fired = apply_first(CONTINUED, PairView(text, sentence, prev, claim))
        if fired is not None:
            claim.fired[CONTINUED.name], claim.kind = fired
            claim.continuation = True
            if claim.kind == "delta" and prev.kind == "delta" and not claim.num.sign:
                claim.sign = prev.sign  # "loses 9.4 points ..., against 21.0 for M": a loss


@rule("paren-change",
      example("It raises accuracy on GSM8K from 40.1% to 56.7% (+16.6).",
              "+16.6", "delta"))
def _paren_change(claim: Claim) -> str | None:
    """ "from 40% to 56.7% (+16.7)": the change after a pair (settled by arithmetic)."""
    return "delta" if claim.parent.num.pair_role == "to" else None


@rule("paren-delta",
      example("Qwen2.5-32B-Instruct achieves 56.7% (+40.0%) on AIME 2024.",
              "+40.0%", "delta"))
def _paren_delta(claim: Claim) -> str | None:
    """ "56.7% (+40.0%)": a change in brackets after a score is in points."""
    return "delta" if claim.parent.kind == "absolute" else None


@rule("paren-relative",
      example("It improves pair-wise accuracy by 4.03% (+7.21%) on GenAI-Bench.",
              "+7.21%", "relative"))
def _paren_relative(claim: Claim) -> str | None:
    """ "+7.7 (+15%)": a change in brackets after a change is relative to it."""
    return "relative"


PAREN_KIND = table("kind-paren", "kind", "The kind of a change in brackets after a number.",
                   _paren_change, _paren_delta, _paren_relative)


def _parenthetical_kinds(claims: list[Claim]) -> None:
    for claim in claims:
        # A ratio keeps its kind, and so does a change its own words call relative.
        if claim.parent is None or claim.num.unit == "x" or (
                claim.kind == "relative" and claim.kind_rule == "relative-word"):
            continue
        claim.kind_rule, claim.kind = apply_first(PAREN_KIND, claim)
        claim.fired[PAREN_KIND.name] = claim.kind_rule


class ChangeView:
    """A change stated after a "from A to B" pair, with the pair's values (A, B)."""

    __slots__ = ("claim", "a", "b")

    def __init__(self, claim: Claim, pair: tuple[float, float]):
        self.claim, (self.a, self.b) = claim, pair

    def is_points(self) -> bool:
        """The change equals B - A (within rounding)."""
        return abs(self.claim.num.value - abs(self.b - self.a)) <= 0.15

    def is_relative(self) -> bool:
        """The change equals (B - A) / A in percent (within rounding)."""
        rel = abs(self.b - self.a) / self.a * 100 if self.a else float("nan")
        return abs(self.claim.num.value - rel) <= max(0.15, 0.01 * rel)

    def worded_relative(self) -> bool:
        """The text calls the change relative ("a relative improvement of 7.8%")."""
        return self.claim.kind_rule == "relative-word"


@rule("relative-word=points",
      example("Our framework boosts its accuracy on MATH-500 from 74.0% to 81.8%, achieving a "
              "relative improvement of 7.8%.", "7.8%", "delta"))
def _relative_word_points(c: ChangeView) -> str | None:
    """Called relative, but it is B - A and not (B - A) / A: the word is wrong, it is points."""
    return "delta" if c.worded_relative() and c.is_points() and not c.is_relative() else None


@rule("change=points",
      example("Accuracy on MATH500 increases from 83.2% to 89.4%, an improvement of 6.2%.",
              "6.2%", "delta"))
def _change_points(c: ChangeView) -> str | None:
    """The change equals B - A (within rounding): points."""
    return "delta" if not c.worded_relative() and c.is_points() else None


@rule("change=relative",
      example("Accuracy decreases from 54.17 to 46.88 on AIME 2024, a 13.5% degradation.",
              "13.5%", "relative"))
def _change_relative(c: ChangeView) -> str | None:
    """The change equals (B - A) / A in percent (within rounding): relative."""
    return "relative" if not c.worded_relative() and c.is_relative() else None


ARITHMETIC = table("kind-arithmetic", "kind", "A change after a from-to pair, by arithmetic.",
                   _relative_word_points, _change_points, _change_relative)


def _arithmetic(claims: list[Claim]) -> None:
    last: tuple[Claim, Claim] | None = None
    for i, claim in enumerate(claims):
        num = claim.num
        if num.pair_role == "to" and i > 0 and claims[i - 1].num.pair_role == "from":
            last = (claims[i - 1], claim)
            claims[i - 1].pair = claim.pair = last
            continue
        if claim.parent is not None and claim.parent.num.pair_role == "to":
            claim.pair = claim.parent.pair  # "from 58.8 to 90.0 (+31.2)"
        if last is None or claim.kind == "absolute" or num.unit not in ("%", "") or \
                num.high is not None:
            continue
        view = ChangeView(claim, (last[0].num.value, last[1].num.value))
        fired = apply_first(ARITHMETIC, view)
        if fired is not None:
            claim.kind_rule, claim.kind = fired
            claim.fired[ARITHMETIC.name] = claim.kind_rule
            claim.sign = 1 if view.b >= view.a else -1
        if fired is not None or (view.worded_relative() and view.is_relative()):
            claim.pair = last  # a change the pair's own numbers confirm


def revise_kinds(text: str, sentence: Sentence, claims: list[Claim]) -> None:
    """Settle the kinds of a sentence's claims by their neighbours, in this order: brackets
    link to their number, lists and continuations share a kind, bracketed changes are typed,
    and changes after a from-to pair are checked by arithmetic."""
    link_parentheticals(text, claims)
    _continuations(text, sentence, claims)
    _parenthetical_kinds(claims)
    _arithmetic(claims)
