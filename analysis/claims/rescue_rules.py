"""Rescue rules: a number's final verdict settled by its neighbours (pairs, lists)."""

from __future__ import annotations

import re

from analysis.claims.attach_base import RIVAL_NAME
from analysis.claims.caseless import caseless
from analysis.claims.cues import CONTINUATION_RE, RIVAL_NOUN, NumberView, rivals_score
from analysis.claims.demote_back_rules import DEMOTE_BACK
from analysis.claims.demote_rules import DEMOTE, ListedView
from analysis.claims.gapped_rescue_rules import GAPPED_RESCUE
from analysis.claims.rescue_base import LABEL_TAIL_RE, RescueView, like_a_kept_score
from analysis.claims.rival_rules import RIVAL_RESCUE, change_after_kept
from analysis.claims.rules import apply_first, counter, example, rule, table
from analysis.claims.score_rules import VERDICT
from analysis.claims.sentence import GROUP_GAP_RE, Sentence, mask


@rule("pair-kept",
      example("The scorer boosts the average score on ImagenHub from 5.90 to 6.43.",
              "6.43", "keep"))
def _pair_kept(r: RescueView) -> str | None:
    """The other end of a "from A to B" pair was kept."""
    pair = r.nums[r.i].pair_with
    if pair is not None and 0 <= pair < len(r.nums) and r.verdicts[pair] == "keep":
        return "keep"
    return None


# "0.5B, 31.2 → 40.6; 3B, 50.1 → 58.9": the next row of a table written as pairs.
_NEXT_ROW_GAP_RE = re.compile(r"^\s*;\s*(?:[\w.-]+\s*(?:,|:)\s*)?$"
                              r"|^\s*,?\s*and\s+(?:[^,;]{1,40}?\s+)?from\s*$")  # "... and from"


@rule("next-pair-row",
      example("Accuracy before and after training: 0.5B, 31.2 → 40.6; 3B, 50.1 → 58.9.", "50.1",
              "keep"),
      example("It raises the Hits@1 of M on WebQSP and CWQ from 61.8 to 78.4 and from 38.9 to "
              "55.2, respectively.", "38.9", "keep"))
def _next_pair_row(r: RescueView) -> str | None:
    """The first end of a pair that follows a kept pair as the next row of a table."""
    i, nums = r.i, r.nums
    if i > 0 and nums[i].pair_role == "from" and nums[i - 1].pair_role == "to" and \
            r.verdicts[i - 1] == "keep" and _NEXT_ROW_GAP_RE.match(
                mask(r.text, nums[i - 1].end, nums[i].start, r.sentence)):
        return "keep"
    return None


@rule("continues-kept",
      example("MobileLLM-R1-950M achieves an AIME score of 15.5, compared to just 0.6 for "
              "OLMo-2-1.48B and 0.3 for SmolLM-2-1.7B.",
              "0.6", "keep"),
      example("Phi-4-mini-instruct achieves 47.5 and Llama-3.2-3B-Instruct 42.6.", "42.6", "keep"),
      example("It scores 86.4 on RewardBench, including 91.2 on its Safety subset.", "91.2",
              "keep"),
      example("On LiveCodeBench, it scores 51.2 pass@1 in a single pass, 49.7 with intrinsic "
              "feedback and 61.8 with execution feedback.", "61.8", "keep"),
      example("On ATC-Intent it reaches 84.2 macro F1 on English transmissions and 71.5 on "
              "French ones.", "71.5", "keep"))
def _continues_kept(r: RescueView) -> str | None:
    """The number continues a kept one ("0.6 for M and 0.3 for N", "84.2 F1 on A and 71.5")."""
    i = r.i
    if i > 0 and r.verdicts[i - 1] == "keep":
        between = mask(r.text, r.nums[i - 1].end, r.nums[i].start, r.sentence)
        if (CONTINUATION_RE.match(between) or _METRIC_ON_AND_RE.match(between)) and \
                not LABEL_TAIL_RE.search(between):  # ("by 27.5 points on rung 3": a label)
            return "keep"
    return None


# "84.2 macro F1 on English transmissions and 71.5": the metric's name, one place, then the next
_METRIC_ON_AND_RE = caseless(r"\s*(?:macro[\s-]|micro[\s-])?(?:F1|EM|BLEU|ROUGE-L|exact\s+match"
                             r"|accuracy)\s+on\s+(?:the\s+)?(?:B|[\w'-]+(?:\s+[\w'-]+)?)\s+and"
                             r"\s+$")
_COMPARED_TAIL_RE = caseless(r"(?:\b(?:compared\s+(?:with|to)|versus|vs\.?|against"
                             r"|(?:up|down)\s+from)"
                             # "compared with the 79.6 reported by the authors", "3.7 points
                             # below the originally reported 64.9": the published number
                             r"(?:\s+the)?"
                             r"|\b(?:the|its|their)\s+(?:originally\s+|previously\s+)?"
                             r"(?:reported|published)|\b(?:above|below|ahead\s+of|behind|close\s+to"
                             r"|followed\s+by|surpassing|outperforming|beating|exceeding|matching"
                             r"|trailing)\s+(?:the\s+|an?\s+)?(?:(?:[\w'-]+\s+){0,2}?M|(?:[\w'-]+\s+){0,3}?"
                             rf"{RIVAL_NOUN}"
                             r"(?:\s+of\s+the\s+same\s+size)?)\s+(?:at|with)"  # "ahead of
                             # the TransFuser baseline at 83.9", "of the organisers' M baseline
                             # at", "ahead of an outcome reward model of the same size at 60.2"
                             r"|^\s*and\s+of\s+(?:[\w'-]+\s+){1,6}?at"  # "... and of prompting M
                             # as a judge at 63.7": the next rival of "ahead of"
                             r"|\bM\s+(?:stays|remains|is|sits)\s+(?:far\s+|well\s+|clearly\s+)?"
                             r"(?:ahead|behind)\s+(?:at|with))\s*$")


@rule("compared-kept",
      example("RouteR attains 90.2 while routing 64% of queries to the small model, compared "
              "with 90.6 for QwQ-32B alone.", "90.6", "keep"),
      example("It reaches 48.3 on AIME 2024, up from 28.9 for the distilled model.", "28.9",
              "keep"),
      example("It scores 69.2 on AIME 2024, far above GPT-4o at 11.5.", "11.5", "keep"),
      example("On CVBench, the checkpoint scores 74.9 in our hands, compared with the 79.6 "
              "reported by the authors.", "79.6", "keep"),
      example("On BEA-2019 we obtain 61.2 F0.5, 3.7 points below the originally reported 64.9.",
              "64.9", "keep"),
      example("On NAVSIM it reaches a PDM score of 86.1, ahead of the TransFuser baseline at "
              "83.9.", "83.9", "keep"),
      example("Qwen3-8B leads on AIME 2025 with 67.3, followed by o1-mini at 40.8.", "40.8",
              "keep"),
      example("At 4 bits, it scores 45.0 on AMC 2023, surpassing the 16-bit Llama-3.2-3B-Instruct "
              "at 22.5.", "22.5", "keep"),
      example("On HMMT, o1-mini (27.4) edges out GPT-4o (23.0), while Qwen3-8B stays far ahead "
              "at 53.2.", "53.2", "keep"),
      example("On RailSense it scores 91.2, ahead of an LSTM autoencoder at 86.1.", "86.1", "keep"),
      example("On BioProBench its F1 is 68.9, ahead of an outcome reward model of the same size "
              "at 60.2 and of prompting GPT-4o-mini as a judge at 63.7.", "63.7", "keep"),
      example("It reaches an overall accuracy of 84.2 on BFCL v3, above the 79.6 of its base "
              "model.", "79.6", "keep"))
def _compared_kept(r: RescueView) -> str | None:
    """ "X attains 90.2 ..., compared with 90.6": the number a kept score is compared with."""
    i = r.i
    left = mask(r.text, r.nums[i - 1].end if i else r.sentence.start, r.nums[i].start,
                r.sentence)
    if any(v == "keep" for v in r.verdicts[:i]) and (_COMPARED_TAIL_RE.search(left) or rivals_score(
            left, mask(r.text, r.nums[i].end, r.sentence.end, r.sentence))):
        return "keep"
    return None


# "scores 68.4 on RULER at 32K, falling to 41.9 at 128K": the same score, moved.
_MOVED_GAP_RE = re.compile(r"^[^;]{0,60},\s*(?:rising|falling|dropping|climbing|improving"
                           r"|increasing|decreasing|declining|going)\s+(?:further\s+)?to\s*$"
                           # "36.7 on B, which rises to 43.3 when votes are weighted"
                           r"|^[^;]{0,60},\s*which\s+(?:rises|falls|drops|climbs|improves|increases"
                           r"|decreases|grows|jumps|goes)\s+(?:further\s+)?to\s*$"
                           # "43.3 on B, and confidence weighting raises this to 47.9"
                           r"|^[^;]{0,60},\s*and\s+[^;,]{0,40}?\b(?:raises|lifts|boosts|pushes"
                           r"|brings|improves|increases|lowers|reduces)\s+(?:this|it|that)\s+"
                           r"(?:further\s+)?to\s*$"
                           # "keeps B at 90.2 (versus 93.1), while naive dropping falls to 71.4"
                           r"|^[^;]{0,60},\s*(?:while|whereas)\s+[^;,]{0,50}?\b(?:falls|drops"
                           r"|declines|collapses|degrades|sinks)\s+(?:only\s+)?to\s*$"
                           # "raises the error rate from 6.0 to 11.7, whereas Q limits it to 7.2"
                           r"|^\s*,\s*(?:while|whereas)\s+[^;,]{0,40}?\b(?:limits|keeps|holds)\s+(?:it"
                           r"|this|that)\s+to\s*$")


@rule("moved-kept",
      example("It scores 68.4 on RULER at 32K, falling to 41.9 at 128K.", "41.9", "keep"),
      example("It obtains a maj@16 of 43.3 on AIME 2024, and confidence weighting raises this to "
              "47.9.", "47.9", "keep"),
      example("Voting gives it a maj@8 of 36.7 on AIME 2024, which rises to 43.3 when votes are "
              "weighted.", "43.3", "keep"),
      example("It keeps MATH-500 accuracy at 90.2 (versus 93.1 unpruned), while naive layer "
              "dropping falls to 71.4.", "71.4", "keep"),
      example("At 3 bits, rounding raises the character error rate of Qwen2.5-VL-3B on READ 2016 "
              "from 6.0 to 11.7, whereas HistQuant limits it to 7.2.", "7.2", "keep"))
def _moved_kept(r: RescueView) -> str | None:
    """ "68.4 on B at 32K, falling to 41.9": where a kept score went."""
    i = r.i
    if i and r.verdicts[i - 1] == "keep" and _MOVED_GAP_RE.match(
            mask(r.text, r.nums[i - 1].end, r.nums[i].start, r.sentence)):
        return "keep"
    return None


# ", an absolute gain of 13.3", ", a 2.3x improvement", ", within 0.6 of M": a change set
# beside the result before.
_APPOSITIVE_CHANGE_RE = caseless(r",\s*(?:an?\s+)?(?:(?:absolute|relative|net)\s+)?(?:gain"
                                 r"|improvement|increase|boost|margin|lead|drop|decrease)\s+of\s+"
                                 r"(?:about\s+"
                                 r"|nearly\s+|roughly\s+|over\s+)?$|[,(]\s*an?\s+$"
                                 r"|,\s*(?:only\s+|just\s+)?within\s+$")


@rule("appositive-change-kept",
      example("It scores 71.5 on MATH-500, versus 58.2 for the same base model with budget "
              "forcing, an absolute gain of 13.3.", "13.3", "keep"),
      example("On AMC 2023, the evolved model solves 70.0% of problems with 32 rollouts, a 2.3x "
              "improvement over the initial policy.", "2.3x", "keep"),
      example("On ASQA, it obtains an exact-match recall of 44.3, within 0.6 of GPT-4o.", "0.6",
              "keep"),
      counter("It uses 64 samples, a gain of 12 over the default.", "12", "drop"))
def _appositive_change_kept(r: RescueView) -> str | None:
    """ "71.5 ..., versus 58.2 ..., an absolute gain of 13.3": the change between the sentence's
    kept scores, set beside them (no clause of its own between: no ";")."""
    i, num = r.i, r.nums[r.i]
    kept = [j for j in range(i) if r.verdicts[j] == "keep"]
    if not kept or ";" in r.text[r.nums[kept[-1]].end:num.start]:
        return None
    lo = max(r.sentence.start, num.start - 50)
    return "keep" if _APPOSITIVE_CHANGE_RE.search(r.text, lo, num.start) else None


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


# "(53.6 on GSM-Symbolic, 47.9 on GSM-Plus)": a member of a list of "N on Name" whose next
# member was kept.
_ON_NAME_GAP_RE = re.compile(rf"\s*(?:%|points?)?\s+on\s+(?:the\s+)?{RIVAL_NAME}"
                             r"\s*(?:,\s*(?:and\s+)?|and\s+|;\s*)")


@rule("list-member-kept",
      example("Ladder-1B achieves strong results (53.6 on Twister, 47.9 on GSM-Plus).",
              "53.6", "keep"),
      counter("It uses 12 on Tuesday, 47.9 on GSM-Plus.", "12", "drop"))
def _list_member_kept(r: RescueView) -> str | None:
    """ "53.6 on GSM-Symbolic, 47.9 on GSM-Plus": the member before a kept "N on B"."""
    i, nums = r.i, r.nums
    if i + 1 >= len(nums) or r.verdicts[i + 1] != "keep" or \
            "." not in r.text[nums[i].num_start:nums[i].end]:
        return None
    return "keep" if _ON_NAME_GAP_RE.fullmatch(r.text, nums[i].end, nums[i + 1].start) else None


@rule("run-before-kept",
      example("It achieves 48.3 pass@1 on LiveCodeBench; 86.0 and 74.2 pass@1 on HumanEval+ and "
              "MBPP+, respectively.", "86.0", "keep"),
      counter("It uses 1 and 74.2 pass@1 on MBPP+.", "1", "drop"))
def _run_before_kept(r: RescueView) -> str | None:
    """ "86.0 and 74.2 pass@1 on A and B": a decimal listed right before a kept decimal shares
    the words after the list."""
    i, nums = r.i, r.nums
    if i + 1 >= len(nums) or r.verdicts[i + 1] != "keep" or nums[i].unit or \
            not all("." in r.text[n.num_start:n.end] for n in (nums[i], nums[i + 1])):
        return None
    return "keep" if GROUP_GAP_RE.match(r.text[nums[i].end:nums[i + 1].start]) else None


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
      example("We evaluate 12 mainstream open/closed-source entrants on BioProBench.",
              "12", "drop"),
      counter("The scorer boosts the average score on ImagenHub from 5.90 to 6.43.",
              "6.43", "keep"))
def _unvouched(r: RescueView) -> str | None:
    """A bare number no neighbour vouches for is not a claim."""
    return "drop"


# "Qwen2.5-0.5B trails 6.8 points, whereas Gemma-2-9B-it trails only 0.4": the verb again
_VERB_BEFORE_RE = re.compile(r"\b([a-z]{3,})\s+(?:only\s+|just\s+|about\s+|roughly\s+|nearly\s+)?$")
_PARALLEL_GAP_RE = re.compile(r"^[^;]{0,30}?,\s*(?:while|whereas|but|and)\s+M\s+")


@rule("same-verb-kept",
      example("On AstroMLab-1, Qwen2.5-0.5B-Instruct trails 6.8 points, whereas Gemma-2-9B-it "
              "trails only 0.4.", "0.4", "keep"),
      counter("On AstroMLab-1, Qwen2.5-0.5B-Instruct loses 6.8 points, whereas Gemma-2-9B-it uses "
              "only 0.4.", "0.4", "drop"))
def _same_verb_kept(r: RescueView) -> str | None:
    """ "M trails 6.8 points, whereas M2 trails only 0.4": a number after the verb of the kept
    number before it, for another model, is the same kind of result (a decimal after "loses",
    "gains" or "drops" the verdict's score-by keeps already)."""
    i = r.i
    if not i or r.verdicts[i - 1] != "keep" or not like_a_kept_score(r):
        return None
    prev, num = r.nums[i - 1], r.nums[i]
    verb = _VERB_BEFORE_RE.search(r.text, max(r.sentence.start, num.start - 30), num.start)
    verb_before = _VERB_BEFORE_RE.search(r.text, max(r.sentence.start, prev.start - 30),
                                         prev.start)
    return "keep" if verb and verb_before and verb.group(1) == verb_before.group(1) and \
        _PARALLEL_GAP_RE.match(mask(r.text, prev.end, num.start, r.sentence)) else None


RESCUE = table("rescue", "verdict", "The final verdict of a bare number (verdict maybe).",
               _pair_kept, _next_pair_row, _continues_kept, _compared_kept, _moved_kept,
               _parallel_list, _pair_after_kept, _appositive_change_kept, _run_before_kept,
               *RIVAL_RESCUE, _same_verb_kept, change_after_kept, _list_member_kept,
               *GAPPED_RESCUE, _unvouched)


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


_OF_THE_RE = re.compile(r"\s*of\s+(?:the\s+|all\s+)?$")


def _share_before_count(text: str, views: list[NumberView], decided: list, j: int) -> int:
    """The number a list member follows: the share before a count inside its phrase ("4.2% of
    the 1,319 B problems and 7.9% of C": 4.2%), else the number right before."""
    if j and decided[j][0] in ("count", "count-plural") and decided[j - 1][1] == "drop" and \
            _OF_THE_RE.fullmatch(text, views[j - 1].num.end, views[j].num.start):
        return j - 1
    return j


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
            j = _share_before_count(text, views, decided, i - 1)
            gap = mask(text, views[j].num.end, views[i].num.start, sentence)
            fired = apply_first(DEMOTE, ListedView(gap, views[i].num, views[j].num,
                                                   decided[j][0], decided[i][0],
                                                   views[i].rcue))
            if fired is not None:
                rescued[i], verdicts[i] = fired
    for i in reversed(range(len(verdicts) - 1)):  # from the end: "38% of A, 27% of B and 64%
        if verdicts[i] == "keep" and verdicts[i + 1] == "drop":  # of C appear verbatim"
            between = mask(text, views[i].num.end, views[i + 1].num.start, sentence)
            fired = apply_first(DEMOTE_BACK, ListedView(views[i + 1].right, views[i].num,
                                                        views[i + 1].num,
                                                        rescued[i + 1] or decided[i + 1][0],
                                                        decided[i][0], between=between))
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
