"""Rescue rules: a number's final verdict settled by its neighbours (pairs, lists)."""

from __future__ import annotations

import re

from analysis.claims.attach_base import RIVAL_MODE, RIVAL_NAME, RIVALS_BEFORE
from analysis.claims.cues import CONTINUATION_RE, NumberView
from analysis.claims.quantity_rules import QUANTITIES
from analysis.claims.rules import apply_first, counter, example, rule, table
from analysis.claims.score_rules import VERDICT
from analysis.claims.sentence import GROUP_GAP_RE, Sentence, mask
from analysis.claims.text import Num

# ----------------------------------------------------------------------------- rescue

class RescueView:
    """A number of the sentence with the verdicts so far (the rescue rules update them)."""

    __slots__ = ("text", "sentence", "nums", "verdicts", "i")

    def __init__(self, text: str, sentence: Sentence, nums: list[Num], verdicts: list[str]):
        self.text, self.sentence, self.nums, self.verdicts, self.i = \
            text, sentence, nums, verdicts, 0


@rule("pair-kept",
      example("The scorer boosts the average score on ImagenHub from 5.90 to 6.43.",
              "6.43", "keep"))
def _pair_kept(r: RescueView) -> str | None:
    """The other end of a "from A to B" pair was kept."""
    pair = r.nums[r.i].pair_with
    if pair is not None and 0 <= pair < len(r.nums) and r.verdicts[pair] == "keep":
        return "keep"
    return None


@rule("continues-kept",
      example("MobileLLM-R1-950M achieves an AIME score of 15.5, compared to just 0.6 for "
              "OLMo-2-1.48B and 0.3 for SmolLM-2-1.7B.",
              "0.6", "keep"))
def _continues_kept(r: RescueView) -> str | None:
    """The number continues a kept one ("0.6 for M and 0.3 for N", "... compared to 41.2")."""
    i = r.i
    if i > 0 and r.verdicts[i - 1] == "keep" and CONTINUATION_RE.match(
            mask(r.text, r.nums[i - 1].end, r.nums[i].start, r.sentence)):
        return "keep"
    return None


_COMPARED_TAIL_RE = re.compile(r"(?:\b(?:compared\s+(?:with|to)|versus|vs\.?|against"
                               r"|(?:up|down)\s+from)|\b(?:above|below|ahead\s+of|behind)\s+"
                               r"(?:the\s+)?M\s+(?:at|with))\s*$", re.IGNORECASE)


@rule("compared-kept",
      example("RouteR attains 90.2 while routing 64% of queries to the small model, compared "
              "with 90.6 for QwQ-32B alone.", "90.6", "keep"),
      example("It reaches 48.3 on AIME 2024, up from 28.9 for the distilled model.", "28.9",
              "keep"),
      example("It scores 69.2 on AIME 2024, far above GPT-4o at 11.5.", "11.5", "keep"))
def _compared_kept(r: RescueView) -> str | None:
    """ "X attains 90.2 ..., compared with 90.6": the number a kept score is compared with."""
    i = r.i
    left = mask(r.text, r.nums[i - 1].end if i else r.sentence.start, r.nums[i].start,
                r.sentence)
    if any(v == "keep" for v in r.verdicts[:i]) and _COMPARED_TAIL_RE.search(left):
        return "keep"
    return None


_LIST_OPEN_RE = re.compile(r"(?:\(|\b(?:at|with|of)\s+)$")
_LIST_CLOSE_RE = re.compile(r"\s*(?:\)|,?\s*respectively\b)")


def _number_run(r: RescueView) -> tuple[int, int]:
    """The first and last index of the list of numbers ("A, B and C") the number is in."""
    lo = hi = r.i
    while lo > 0 and GROUP_GAP_RE.match(r.text[r.nums[lo - 1].end:r.nums[lo].start]):
        lo -= 1
    while hi + 1 < len(r.nums) and GROUP_GAP_RE.match(r.text[r.nums[hi].end:r.nums[hi + 1].start]):
        hi += 1
    return lo, hi


@rule("parallel-list",
      example("It scores 68.4 on BFCL v3 and 41.9 on GSM8K, ahead of GPT-4.1-mini on both (65.0 "
              "and 38.2).", "65.0", "keep"))
def _parallel_list(r: RescueView) -> str | None:
    """A list of bare numbers set against as many kept scores on as many benchmarks before it
    ("..., ahead of M on both (65.0 and 38.2)", "at 55.1 and 6.4 respectively")."""
    lo, hi = _number_run(r)
    k, start, end = hi - lo + 1, r.nums[lo].start, r.nums[hi].end
    benches = {b.name for b in r.sentence.benches if b.end <= start}
    if k >= 2 and r.verdicts[:lo].count("keep") >= k and len(benches) == k and \
            _LIST_OPEN_RE.search(r.text, max(r.sentence.start, start - 5), start) and \
            _LIST_CLOSE_RE.match(r.text, end):
        return "keep"
    return None


# "outperforming ThinkPrune (41.2) and L1-Exact (38.6)": the named rivals' scores.
_RIVAL_PAREN_RE = re.compile(rf"{RIVALS_BEFORE}{RIVAL_NAME}{RIVAL_MODE}\s*\(\s*$")


@rule("rival-paren",
      example("On AIME 2024, SkipStep-7B scores 44.9, outperforming ThinkPrune (41.2) and L1-Exact "
              "(38.6) under the same budget.", "38.6", "keep"),
      example("It scores 73.2 on MATH-500, well ahead of Qwen3-0.6B in thinking mode (68.0).",
              "68.0", "keep"),
      counter("SkipStep-7B scores 44.9 on AIME 2024, outperforming ThinkPrune (12).", "12", "drop"))
def _rival_paren(r: RescueView) -> str | None:
    """ "scores 44.9, outperforming ThinkPrune (41.2)": a decimal in brackets after a rival's
    name, in a sentence with a kept score, is the rival's score (names not in the table too)."""
    num, i = r.nums[r.i], r.i
    if "keep" not in r.verdicts[:i] or "." not in r.text[num.num_start:num.end]:
        return None
    lo = max(r.sentence.start, num.start - 150)
    return "keep" if _RIVAL_PAREN_RE.search(r.text, lo, num.start) else None


# "(53.6 on GSM-Symbolic, 47.9 on GSM-Plus)": a member of a list of "N on Name" whose next
# member was kept.
_ON_NAME_GAP_RE = re.compile(rf"\s*(?:%|points?)?\s+on\s+(?:the\s+)?{RIVAL_NAME}"
                             r"\s*(?:,\s*(?:and\s+)?|and\s+|;\s*)")


@rule("list-member-kept",
      example("Ladder-1B achieves strong results (53.6 on GSM-Twist, 47.9 on GSM-Plus).",
              "53.6", "keep"),
      counter("It uses 12 on Tuesday, 47.9 on GSM-Plus.", "12", "drop"))
def _list_member_kept(r: RescueView) -> str | None:
    """ "53.6 on GSM-Symbolic, 47.9 on GSM-Plus": the member before a kept "N on B"."""
    i, nums = r.i, r.nums
    if i + 1 >= len(nums) or r.verdicts[i + 1] != "keep" or \
            "." not in r.text[nums[i].num_start:nums[i].end]:
        return None
    return "keep" if _ON_NAME_GAP_RE.fullmatch(r.text, nums[i].end, nums[i + 1].start) else None


_RIGHT_AFTER_RE = re.compile(r"[^,;]{0,20},\s*from\s+$")  # "by 12% relative, from "


@rule("pair-after-kept",
      example("It improves OlympiadBench accuracy by 12% relative, from 38.1 to 42.7.", "38.1",
              "keep"),
      counter("The mean rollout count grows from 8.5 to 16.5 during training.", "8.5", "drop"))
def _pair_after_kept(r: RescueView) -> str | None:
    """ "by 12% relative, from 38.1 to 42.7": a pair of decimals after a kept change is the
    scores the change is between."""
    num, i = r.nums[r.i], r.i
    if num.pair_role != "from" or num.pair_with is None or i == 0 or r.verdicts[i - 1] != "keep" \
            or not _RIGHT_AFTER_RE.match(r.text, r.nums[i - 1].end, num.start):
        return None
    ends = (num, r.nums[num.pair_with])
    return "keep" if all("." in r.text[n.num_start:n.end] for n in ends) else None


@rule("unvouched",
      example("We evaluate 12 mainstream open/closed-source LLMs on BioProBench.",
              "12", "drop"),
      counter("The scorer boosts the average score on ImagenHub from 5.90 to 6.43.",
              "6.43", "keep"))
def _unvouched(r: RescueView) -> str | None:
    """A bare number no neighbour vouches for is not a claim."""
    return "drop"


RESCUE = table("rescue", "verdict", "The final verdict of a bare number (verdict maybe).",
               _pair_kept, _continues_kept, _compared_kept, _parallel_list, _pair_after_kept,
               _rival_paren, _list_member_kept, _unvouched)


@rule("from-of-kept-pair",
      example("Compared with human annotators, the model goes from 40 to 55.2 on GSM8K.",
              "40", "keep"))
def _from_of_kept_pair(r: RescueView) -> str | None:
    """The first number of a pair whose second number was kept is its starting point."""
    num = r.nums[r.i]
    if num.pair_role == "from" and num.pair_with is not None and \
            r.verdicts[num.pair_with] == "keep":
        return "keep"
    return None


@rule("to-of-kept-pair",
      example("Accuracy falls from 91.0% at a 2k-token budget to 88.2% at 32k tokens.",
              "88.2%", "keep"))
def _to_of_kept_pair(r: RescueView) -> str | None:
    """The second number of a pair whose first number was kept is where it went (the words
    between, "at a 2k-token budget", are the condition, not what is measured)."""
    num = r.nums[r.i]
    if num.pair_role == "to" and num.pair_with is not None and \
            r.verdicts[num.pair_with] == "keep":
        return "keep"
    return None


RESCUE_PAIR = table("rescue-pair", "verdict", "A dropped number kept after all.",
                    _from_of_kept_pair, _to_of_kept_pair)


_QUANTITY_VERDICTS = tuple(r.name for r in QUANTITIES)
_NON_SCORE_VERDICTS = ("coefficient", "non-score-after", "times-non-score", "marked-non-score",
                       "non-score-before", "non-score-object", "share-of", "share-verb",
                       "setting", *_QUANTITY_VERDICTS)
_LISTED_AFTER_GAP_RE = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:on|in|for)\s+(?:the\s+)?B"
                                  r"(?:\s+[a-z]+)?\s*,?\s*(?:and|or)\s*$"  # ", and on B by":
                                  r"|^\s*,?\s*(?:and|or)\s+(?:on|in|for)\s+(?:the\s+)?B\s+by\s*$"
                                  # "deviations of 2.4 to 4.1 points for ..., and of 0.6 to 1.0"
                                  r"|^[^;.]{0,80},\s*(?:and|or)\s+of\s*$")


class ListedView:
    """A kept number (and the rule that kept it), the number before it and the rule that
    dropped that one."""

    __slots__ = ("gap", "num", "prev", "prev_rule", "rule", "rcue")

    def __init__(self, gap: str, num: Num, prev: Num, prev_rule: str, rule: str = "",
                 rcue: str = ""):
        self.gap, self.num, self.prev, self.prev_rule = gap, num, prev, prev_rule
        self.rule, self.rcue = rule, rcue


@rule("listed-after-non-score",
      example("DraftThink achieves a 2.7x end-to-end speedup on MATH-500 and 2.3x on AIME 2024.",
              "2.3x", "drop"),
      example("On MATH-500 it shortens responses by 57%, and on AIME 2025 by 31%.", "31%", "drop"),
      example("We measure standard deviations of 2.4 to 4.1 points for pass@1 from one sample per "
              "problem, and of 0.6 to 1.0 points when averaging 16 samples.",
              "0.6 to 1.0 points", "drop"))
def _listed_after_non_score(v: ListedView) -> str | None:
    """ "a 2.7x speedup on B and 2.3x on C": the next list member is the same kind of number."""
    if v.prev_rule in _NON_SCORE_VERDICTS and v.num.unit == v.prev.unit and \
            _LISTED_AFTER_GAP_RE.match(v.gap):
        return "drop"
    return None


_BARE_LIST_GAP_RE = re.compile(r"^\s*(?:,\s*)?(?:and|or|instead\s+of|rather\s+than)?\s*$")


@rule("listed-with-non-score",
      example("TRIM-PO reduces average response length by 57% and 49% respectively.", "49%",
              "drop"))
def _listed_with_non_score(v: ListedView) -> str | None:
    """ "length by 57% and 49%": a bare list member is the same kind of number as the first."""
    if v.prev_rule in _NON_SCORE_VERDICTS and v.num.unit == v.prev.unit and \
            _BARE_LIST_GAP_RE.match(v.gap):
        return "drop"
    return None


# "answered 71.5% of vignettes correctly, rising to 76.0% with assistance": the same measure
# of the same subject, moved.
_MOVED_TO_GAP_RE = re.compile(r"^[^;,]{0,60},\s*(?:rising|falling|dropping|climbing|increasing"
                              r"|decreasing|improving|going)\s+to\s*$")


@rule("moved-non-score",
      example("Physicians alone answered 71.5% of vignettes correctly, rising to 76.0% with "
              "assistance.", "76.0%", "drop"))
def _moved_non_score(v: ListedView) -> str | None:
    """ "humans answered 71.5%, rising to 76.0%": a dropped number's own later value."""
    if v.prev_rule in (*_NON_SCORE_VERDICTS, "human") and v.num.unit == v.prev.unit and \
            _MOVED_TO_GAP_RE.match(v.gap):
        return "drop"
    return None


_COMPARED_GAP_RE = re.compile(r"^[^;]{0,40}?,?\s*(?:compared\s+(?:with|to)|versus|vs\.?|against)"
                              r"\s+(?:only\s+|just\s+)?$")


@rule("compared-with-non-score",
      example("The large model is consulted for 44% of steps, compared with only 12% on GSM8K.",
              "12%", "drop"))
def _compared_with_non_score(v: ListedView) -> str | None:
    """ "44% of steps, compared with only 12% on B": the same kind of number as the first."""
    if v.prev_rule in _NON_SCORE_VERDICTS and v.num.unit == v.prev.unit and \
            _COMPARED_GAP_RE.match(v.gap):
        return "drop"
    return None


_UNIT_NON_SCORE_VERDICTS = ("marked-non-score", "share-of", "non-score-object", "coefficient",
                            "non-score-rate", *_QUANTITY_VERDICTS)


@rule("pair-of-non-score",
      example("The schedule raises the share of math and code from 5% to 30%.", "30%", "drop"),
      example("It reaches a rating of 1,214, and its loop rate falls from 14% to 2% of "
              "generations.", "2%", "drop"))
def _pair_of_non_score(v: ListedView) -> str | None:
    """ "the share of code from 5% to 30%": the second end of a pair whose first is no score."""
    # Only a first end with a unit that its own words make no score: a bare first end after a
    # non-score word ("under a 4K budget rises from 40 to 55%") is rescued by its pair instead.
    if v.num.pair_role == "to" and v.prev.pair_role == "from" and v.rule == "marked" and \
            v.rcue != "score" and v.prev_rule in _UNIT_NON_SCORE_VERDICTS:
        return "drop"
    return None


@rule("from-of-share-pair",
      example("Correct-to-incorrect flips fall from 11% to 3% of questions.", "11%", "drop"))
def _from_of_share_pair(v: ListedView) -> str | None:
    """ "from 11% to 3% of questions": the share words after the pair are both ends'."""
    if v.num.pair_role == "from" and v.prev.pair_role == "to" and v.prev_rule == "share-of":
        return "drop"
    return None


DEMOTE_BACK = table("demote-back", "verdict",
                    "A kept number dropped after all for the number after it.",
                    _from_of_share_pair)


DEMOTE = table("demote", "verdict", "A kept number dropped after all for its list or pair.",
               _listed_after_non_score, _listed_with_non_score, _compared_with_non_score,
               _pair_of_non_score, _moved_non_score)


def keep_numbers(text: str, sentence: Sentence, views: list[NumberView],
                 ) -> list[tuple[str, str, str, str]]:
    """(verdict, its rule, final verdict, rescue rule or "") of each number, in order.

    The verdict table decides each number alone; the rescue tables then look at neighbours,
    left to right, so a number rescued early can vouch for the next one.
    """
    decided = [apply_first(VERDICT, v) for v in views]
    verdicts = [verdict for _, verdict in decided]
    rescued = [""] * len(views)
    context = RescueView(text, sentence, [v.num for v in views], verdicts)
    for i in range(len(verdicts)):
        if verdicts[i] == "maybe":
            context.i = i
            rescued[i], verdicts[i] = apply_first(RESCUE, context)
    for i in range(1, len(verdicts)):  # before the pair rescue: a dropped first end stays
        if verdicts[i] == "keep" and verdicts[i - 1] == "drop":
            gap = mask(text, views[i - 1].num.end, views[i].num.start, sentence)
            fired = apply_first(DEMOTE, ListedView(gap, views[i].num, views[i - 1].num,
                                                   decided[i - 1][0], decided[i][0],
                                                   views[i].rcue))
            if fired is not None:
                rescued[i], verdicts[i] = fired
    for i in range(len(verdicts) - 1):
        if verdicts[i] == "keep" and verdicts[i + 1] == "drop":
            fired = apply_first(DEMOTE_BACK, ListedView("", views[i].num, views[i + 1].num,
                                                        decided[i + 1][0], decided[i][0]))
            if fired is not None:
                rescued[i], verdicts[i] = fired
    for i in range(len(verdicts)):
        if verdicts[i] == "drop" and (decided[i][0] != "share-of" or
                                      views[i].num.pair_role != "to"):
            context.i = i
            fired = apply_first(RESCUE_PAIR, context)
            if fired is not None:
                rescued[i], verdicts[i] = fired
    return [(first, name, final, rescue) for (name, first), final, rescue
            in zip(decided, verdicts, rescued, strict=True)]
