"""Kind rules: whether a kept number is a score, a change in points or a relative change."""

from __future__ import annotations

import re

from analysis.claims.rules import apply_first, rule, table
from analysis.claims.score_rules import (
    BY_RE,
    CHANGE_STEMS,
    CONTINUATION_RE,
    MORE_RE,
    PAREN_RE,
    NumberView,
    keep_numbers,
    number_views,
    right_words,
    words,
)
from analysis.claims.sentence import Claim, Sentence, main_claims, mask
from analysis.claims.text import Num

_PREPOSITIONS = ("of", "by", "to", "from", "on", "at", "reaching", "in")
_CHANGE_LEFT_RE = re.compile(
    r"\badd(?:s|ed|ing)?\s+(?:another|an\s+additional|a\s+further|further)?\s*\+?\s*$|\b(?:gains?|improvements?|increases?|boosts?|margins?|drops?|decreases?|degradations?|gaps?"
    r"|advantages?|leads?|jumps?|rises?|uplifts?|enhancements?)(?:\s+of)?\s*\(?\s*\+?\s*$",
    re.IGNORECASE)
_CHANGE_RIGHT_RE = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?(?:(?:absolute|average|overall|accuracy|performance|point|"
    r"f1|bleu@?\d*|score)\s+)*(?:gains?|improvements?|increases?|boosts?|higher|lower|better"
    r"|worse|drops?|decreases?|degradations?|lead|advantage|margin|jumps?|rises?|uplift"
    r"|enhancements?|improved|increased|loss|losses|gap)\b", re.IGNORECASE)
_RELATIVE_LEFT_RE = re.compile(r"\brelative(?!\s+to)\b[^.;,]{0,40}$", re.IGNORECASE)
_RELATIVE_RIGHT_RE = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:[\w-]+\s+){0,1}relative(?!\s+to)\b",
                                re.IGNORECASE)
_DECREASE_RE = re.compile(r"^(?:lower|drop|decreas|declin|degrad|worse|loss|los[et]|fall|fell"
                          r"|reduc|lag|trail|behind|deteriorat|down|hurt)", re.IGNORECASE)
_INCREASE_RE = re.compile(r"^(?:improv|increas|boost|gain|add|rais|lift|enhanc|outperform|surpass"
                          r"|exceed|beat|higher|better|up|rise|rising|jump|advanc)", re.IGNORECASE)
_HEDGE_TAIL_RE = re.compile(r"(?:up\s+to|about|approximately|around|nearly|over|more\s+than"
                            r"|roughly|~|only|just)\s*$", re.IGNORECASE)
_CLAUSE_SPLIT_RE = re.compile(r"[,;]\s|\bwhile\b|\bwhereas\b")

_LISTED_GAP_RE = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:(?:on|in|for|at|with)\s+[^,;]{0,80}?)?"
                            r"(?:,\s*)?(?:and\s+|or\s+|&\s*|/\s*)?$")


# ----------------------------------------------------------------------------- kind

def _left_core(v: NumberView) -> str:
    # "improves by about 5": the hedge is not part of the phrase that names the change.
    return _HEDGE_TAIL_RE.sub("", v.left.rstrip()).rstrip()


@rule("from-to")
def _from_to(v: NumberView) -> str | None:
    """Both ends of "from A to B" are scores (the change between them is not written)."""
    return "absolute" if v.num.pair_role else None


@rule("relative-word")
def _relative_word(v: NumberView) -> str | None:
    """ "a 12% relative gain", "relative improvement of 8%". """
    if _RELATIVE_LEFT_RE.search(v.left[-50:]) or _RELATIVE_RIGHT_RE.match(v.right):
        return "relative"
    return None


@rule("times")
def _times(v: NumberView) -> str | None:
    """A ratio ("1.6x", "2 times") is a relative change."""
    return "relative" if v.num.unit == "x" else None


@rule("percent-more")
def _percent_more(v: NumberView) -> str | None:
    """ "solves 12% more problems": relative to the baseline's count."""
    return "relative" if v.num.unit == "%" and MORE_RE.match(v.right) else None


@rule("signed")
def _signed(v: NumberView) -> str | None:
    """A sign or arrow ("+4.9", "↑3.1", "Δ2.0") marks a change."""
    return "delta" if v.num.marker or v.num.sign else None


@rule("points")
def _points(v: NumberView) -> str | None:
    """Points ("3.2 points", "5 pp") are a change in points."""
    return "delta" if v.num.unit == "pts" else None


@rule("by")
def _by(v: NumberView) -> str | None:
    """ "improves by 7.7%", "outperforms X by a margin of 5": the size of a change."""
    return "delta" if BY_RE.search(_left_core(v)) else None


@rule("gain-of")
def _gain_of(v: NumberView) -> str | None:
    """ "a gain of 4.5%", "improvements of up to 12": a change word before the number."""
    return "delta" if _CHANGE_LEFT_RE.search(_left_core(v)) else None


@rule("gain")
def _gain(v: NumberView) -> str | None:
    """ "a 4.5% gain", "7% higher": a change word after the number."""
    return "delta" if _CHANGE_RIGHT_RE.match(v.right) else None


@rule("change-of")
def _change_of(v: NumberView) -> str | None:
    """ "improves accuracy on MATH by 5%", "gains on AIME of 4": change word, then "of"/"by"."""
    clause = words(_CLAUSE_SPLIT_RE.split(_left_core(v))[-1])[-9:]
    preps = [i for i, w in enumerate(clause) if w in _PREPOSITIONS]
    changes = CHANGE_STEMS + ("drop", "decreas", "degrad")
    if preps and clause[preps[-1]] in ("of", "by") and any(
            w.startswith(changes) for w in clause[:preps[-1]]):
        return "delta"
    return None


@rule("score")
def _score(v: NumberView) -> str | None:
    """Any other kept number is a score."""
    return "absolute"


KIND = table(
    "kind", "kind", "The kind of a kept number: absolute (a score), delta (points) or relative.",
    _from_to, _relative_word, _times, _percent_more, _signed, _points, _by, _gain_of, _gain,
    _change_of, _score)


# ----------------------------------------------------------------------------- sign

@rule("written")
def _written(v: NumberView) -> int | None:
    """The sign as written ("-3.2", "↓1.5")."""
    return v.num.sign or None


def _direction(word: str) -> int | None:
    if _DECREASE_RE.match(word):
        return -1
    if _INCREASE_RE.match(word):
        return 1
    return None


@rule("word-after")
def _word_after(v: NumberView) -> int | None:
    """A direction word right after the number ("5% lower", "3 points higher")."""
    for word in right_words(v.right)[:3]:
        direction = _direction(word)
        if direction is not None:
            return direction
    return None


@rule("word-before")
def _word_before(v: NumberView) -> int | None:
    """The nearest direction word before it in its clause ("drops by 4.1", "improves 5%")."""
    for word in reversed(words(_CLAUSE_SPLIT_RE.split(v.left)[-1])):
        direction = _direction(word)
        if direction is not None:
            return direction
    return None


@rule("up")
def _up(v: NumberView) -> int | None:
    """No direction written: a gain."""
    return 1


SIGN = table("sign", "sign", "The direction of a change (+1 or -1); a score has +1.",
             _written, _word_after, _word_before, _up)


@rule("over-100-percent")
def _over_100_percent(claim: Claim) -> str | None:
    """A change of 100% or more is not in points: "improves by 150%" is relative."""
    num = claim.num
    if claim.kind == "delta" and num.unit == "%" and num.value >= 100:
        return "relative"
    return None


OVER_100 = table("kind-over-100", "kind", "A change too large for points.", _over_100_percent)


def _new_claim(view: NumberView) -> Claim:
    claim = Claim(view.num)
    claim.kind_rule, claim.kind = apply_first(KIND, view)
    claim.fired[KIND.name] = claim.kind_rule
    if claim.kind != "absolute":
        claim.fired[SIGN.name], claim.sign = apply_first(SIGN, view)
    fired = apply_first(OVER_100, claim)
    if fired is not None:
        claim.kind_rule, claim.kind = fired
        claim.fired[OVER_100.name] = claim.kind_rule
    return claim


# ----------------------------------------------------------------------------- revisions

class PairView:
    """Two neighbouring claims of a sentence and the (masked) text between them."""

    __slots__ = ("text", "sentence", "prev", "claim")

    def __init__(self, text: str, sentence: Sentence, prev: Claim, claim: Claim):
        self.text, self.sentence, self.prev, self.claim = text, sentence, prev, claim

    @property
    def gap(self) -> str:
        """The text between the two numbers, mentions masked."""
        return mask(self.text, self.prev.num.end, self.claim.num.start, self.sentence)


@rule("listed")
def _listed(p: PairView) -> tuple[str, int] | None:
    """ "by 13.4% and 9.8": a bare score listed after a change is a change too (kind, sign)."""
    claim, prev = p.claim, p.prev
    if claim.kind == "absolute" and claim.kind_rule == "score" and prev.kind != "absolute" \
            and not claim.num.pair_role and _LISTED_GAP_RE.match(p.gap):
        return prev.kind, prev.sign
    return None


LISTED = table("kind-listed", "kind", "List members share the kind of the first.", _listed)


@rule("continues")
def _continues(p: PairView) -> str | None:
    """ "15.5, compared to just 0.6 for M": a bare number continuing the one before it.

    The claim is marked as a continuation (it shares the benchmark and may be the baseline)
    and takes the previous claim's kind; its kind rule and sign are left as they were.
    """
    num = p.claim.num
    if num.unit or num.sign or p.claim.parent is not None or num.pair_role:
        return None
    return p.prev.kind if CONTINUATION_RE.match(p.gap) else None


CONTINUED = table("kind-continued", "kind", "A bare number continuing the one before it.",
                  _continues)


def link_parentheticals(text: str, claims: list[Claim]) -> None:
    """ "56.7% (+40.0%)": a signed number in brackets right after a score belongs to it."""
    for prev, claim in zip(claims, claims[1:], strict=False):
        num = claim.num
        if PAREN_RE.match(text[prev.num.end:num.start]) and (
                num.sign or num.marker or num.unit in ("%", "x")):
            claim.parent = prev


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


@rule("paren-change")
def _paren_change(claim: Claim) -> str | None:
    """ "from 40% to 56.7% (+16.7)": the change after a pair (settled by arithmetic)."""
    return "delta" if claim.parent.num.pair_role == "to" else None


@rule("paren-delta")
def _paren_delta(claim: Claim) -> str | None:
    """ "56.7% (+40.0%)": a change in brackets after a score is in points."""
    return "delta" if claim.parent.kind == "absolute" else None


@rule("paren-relative")
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


@rule("change=points")
def _change_points(c: ChangeView) -> str | None:
    """The change equals B - A (within rounding): points."""
    return "delta" if abs(c.claim.num.value - abs(c.b - c.a)) <= 0.15 else None


@rule("change=relative")
def _change_relative(c: ChangeView) -> str | None:
    """The change equals (B - A) / A in percent (within rounding): relative."""
    rel = abs(c.b - c.a) / c.a * 100 if c.a else float("nan")
    return "relative" if abs(c.claim.num.value - rel) <= max(0.15, 0.01 * rel) else None


ARITHMETIC = table("kind-arithmetic", "kind", "A change after a from-to pair, by arithmetic.",
                   _change_points, _change_relative)


def _arithmetic(claims: list[Claim]) -> None:
    last_pair: tuple[float, float] | None = None
    for i, claim in enumerate(claims):
        num = claim.num
        if num.pair_role == "to" and i > 0 and claims[i - 1].num.pair_role == "from":
            last_pair = (claims[i - 1].num.value, num.value)
            continue
        if last_pair is None or claim.kind == "absolute" or claim.kind_rule == "relative-word":
            continue
        if num.unit not in ("%", "") or num.high is not None:
            continue
        fired = apply_first(ARITHMETIC, ChangeView(claim, last_pair))
        if fired is not None:
            claim.kind_rule, claim.kind = fired
            claim.fired[ARITHMETIC.name] = claim.kind_rule
            claim.sign = 1 if last_pair[1] >= last_pair[0] else -1


# ----------------------------------------------------------------------------- a sentence

def sentence_claims(text: str, sentence: Sentence, nums: list[Num],
                    trace: list[tuple[Num, str, str, str]] | None = None) -> list[Claim]:
    """The numbers of one sentence that are claims, with their kind and sign.

    `trace`, when given, receives (number, verdict, verdict rule, rescue rule) of every number.
    """
    views = number_views(text, sentence, nums)
    claims: list[Claim] = []
    for view, (verdict, verdict_rule, rescue_rule) in zip(
            views, keep_numbers(text, sentence, views), strict=True):
        if trace is not None:
            trace.append((view.num, verdict, verdict_rule, rescue_rule))
        if verdict == "keep":
            claims.append(_new_claim(view))
    link_parentheticals(text, claims)
    _continuations(text, sentence, claims)
    _parenthetical_kinds(claims)
    _arithmetic(claims)
    return claims
