"""The view the rescue rules read: a number of a sentence with the verdicts so far."""

from __future__ import annotations

from analysis.claims.caseless import caseless
from analysis.claims.sentence import Sentence, mask
from analysis.claims.text import Num


class RescueView:
    """A number of the sentence with the verdicts so far (the rescue rules update them)."""

    __slots__ = ("text", "sentence", "nums", "verdicts", "i")

    def __init__(self, text: str, sentence: Sentence, nums: list[Num], verdicts: list[str]):
        self.text, self.sentence, self.nums, self.verdicts, self.i = \
            text, sentence, nums, verdicts, 0


def like_a_kept_score(r: RescueView) -> bool:
    """A decimal after a kept score, or a whole number as long as a kept whole score before it
    ("scores 792, ahead of InternVL2.5-4B (788)"; not "44.9, outperforming ThinkPrune (12)")."""
    num, i = r.nums[r.i], r.i
    if "keep" not in r.verdicts[:i]:
        return False
    digits = r.text[num.num_start:num.end]
    if "." in digits:
        return True
    kept = [r.text[n.num_start:n.end] for n, verdict in zip(r.nums[:i], r.verdicts[:i],
                                                            strict=True) if verdict == "keep"]
    return not num.unit and any(k.isdigit() and len(k) == len(digits) > 1 for k in kept)


def gap_after_kept(r: RescueView) -> str | None:
    """The masked text between a kept score and the number, when the number is like a kept
    score (`like_a_kept_score`) and comes right after it; else None."""
    i = r.i
    if not i or r.verdicts[i - 1] != "keep" or not like_a_kept_score(r):
        return None
    return mask(r.text, r.nums[i - 1].end, r.nums[i].start, r.sentence)


# "trails o1-mini by 27.5 points on rung 3": the number after a level's word names the level
LABEL_TAIL_RE = caseless(r"\b(?:rung|level|tier|stage|round|phase|grade|track|session|depth)\s+$")
