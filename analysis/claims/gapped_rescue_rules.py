"""Rescue rules of clauses after a kept score: gapped ("and on B 48.2") or set against it."""

from __future__ import annotations

import re

from analysis.claims.caseless import caseless
from analysis.claims.non_score_after_rules import COMPARED_RIGHT_RE, POINTS_LIST_LEFT_RE
from analysis.claims.rescue_base import RescueView, gap_after_kept
from analysis.claims.rules import counter, example, rule
from analysis.claims.sentence import mask

# "reaches 79.4 (vs. 75.0 for the best parent), and on B 48.2": the verb left out; an aside in
# brackets may close before the clause
_GAPPED_ON_RE = re.compile(r"^(?:\s*\(?[^;,()]{0,60}\))?\s*[,;]\s*(?:(?:and|while|whereas|but)\s+)?"
                           r"on\s+(?:the\s+)?B\s*$")


@rule("gapped-on-kept",
      example("On GSM8K the merged model reaches 79.4 (vs. 75.0 for the best single parent), and "
              "on MATH 48.2 (vs. 46.9).", "48.2", "keep"),
      example("On GSM8K it scores 81.3, and on MATH-500 62.7.", "62.7", "keep"),
      counter("On GSM8K it scores 81.3, and on MATH-500 12 of the problems time out.", "12",
              "drop"))
def gapped_on_kept(r: RescueView) -> str | None:
    """ "On A it reaches 79.4, and on B 48.2": a decimal right after "and on B", following a
    kept score, is the same kind of score on B."""
    gap = gap_after_kept(r)
    return "keep" if gap is not None and _GAPPED_ON_RE.match(gap) else None


# "from 38.2 to 51.7, while plain self-consistency with the same budget yields 43.0": another
# setting's score, its own verb of scoring in a clause set against the kept one
_WHILE_SCORES_RE = re.compile(r"^[^;]{0,20}?,\s*(?:while|whereas)\s+[^;,]{0,60}?\b(?:yields|reaches"
                              r"|scores|achieves|attains|obtains|gets|manages)\s+(?:only\s+"
                              r"|just\s+)?$")


@rule("while-scores-kept",
      example("On CWEval, sampling lifts the score of Qwen3-4B from 38.2 to 51.7, while plain "
              "self-consistency with the same budget yields 43.0.", "43.0", "keep"),
      counter("On CWEval it reaches 51.7, while the pipeline yields 12 patches per hour.", "12",
              "drop"))
def while_scores_kept(r: RescueView) -> str | None:
    """ "..., whereas random ordering of the same data yields 60.1": after a kept score, a
    decimal that another setting's own verb of scoring reaches is that setting's score."""
    gap = gap_after_kept(r)
    return "keep" if gap is not None and _WHILE_SCORES_RE.match(gap) else None


# "scores 71.6, up 12.2 over the base model": the change that brought the kept score there
_UP_GAP_RE = caseless(r"^\s*(?:overall|on\s+average|in\s+total)?\s*,\s*(?:up|down)\s+(?:by\s+)?$")
_OVER_RIGHT_RE = caseless(r"\s*(?:over|from|relative\s+to|compared\s+(?:with|to)|versus|vs\.?"
                          r"|against)\s")


@rule("up-over-kept",
      example("On RULER the model scores 71.6, up 12.2 over the base model.", "12.2", "keep"),
      example("On BFCL-v3, the agent scores 61.3 overall, up 4.7 over its base.", "4.7", "keep"),
      counter("On RULER the model scores 71.6, up 12 hours after launch.", "12", "drop"))
def up_over_kept(r: RescueView) -> str | None:
    """ "scores 71.6, up 12.2 over the base model": a decimal right after a kept score, "up" or
    "down" over a rival, is the change to the kept score."""
    gap = gap_after_kept(r)
    num = r.nums[r.i]
    right = r.text[num.end:r.sentence.end]
    return "keep" if gap is not None and _UP_GAP_RE.match(gap) and _OVER_RIGHT_RE.match(right) \
        else None


@rule("points-list-kept",
      example("On BigEarthNet it obtains 71.9 micro F1, 3.2 points above TIES merging and 5.0 "
              "above simple weight averaging.", "5.0", "keep"))
def points_list_kept(r: RescueView) -> str | None:
    """ "3.2 points above M and 5.0 above N": kept points, then a number set against another
    rival with the unit left out."""
    i = r.i
    if not i or r.verdicts[i - 1] != "keep" or r.nums[i - 1].unit != "pts" or r.nums[i].unit:
        return None
    left = mask(r.text, r.nums[i - 1].end, r.nums[i].start, r.sentence)
    right = mask(r.text, r.nums[i].end, r.sentence.end, r.sentence)
    return "keep" if POINTS_LIST_LEFT_RE.search(left) and COMPARED_RIGHT_RE.match(right) else None


# "On Spider, performance is essentially unchanged at 85.6": a score held, said on its own
_HELD_AT_RE = caseless(r"\b(?:performance|accuracy|scores?|f1|pass@\d+)\s+(?:is|was|remains"
                       r"|stays)\s+(?:essentially\s+|largely\s+|virtually\s+|practically\s+)?"
                       r"(?:unchanged|stable|flat)\s+at\s+$"
                       # "on MMLU the trained model stays at 58.1": the model's score, held
                       r"|\bon\s+[\w.-]+(?:\s+[\w.-]+)?,?\s+(?:the\s+)?(?:[\w-]+\s+)?model\s+"
                       r"(?:stays|remains)\s+at\s+$")
# ("reward model accuracy stays flat at 72.5", "validation accuracy ...": a part's or a split's)
_COMPONENT_RE = caseless(r"\b(?:reward|verifier|judge|critic|probe|router|training|train"
                         r"|validation|human|annotator)(?:'s|s)?\b")


@rule("held-at",
      example("On Spider, performance is essentially unchanged at 85.6.", "85.6", "keep"),
      example("On Spider, Performance is essentially unchanged at 85.6.", "85.6", "keep"),
      example("General knowledge is unaffected: on MMLU the trained model stays at 58.1.", "58.1",
              "keep"),
      counter("On MMLU the reward model stays at 72.5 throughout training.", "72.5", "drop"),
      counter("On Spider, memory is essentially unchanged at 85.6 GB.", "85.6 GB", "drop"),
      counter("On MATH-500, reward model accuracy stays flat at 72.5 during RL.", "72.5", "drop"))
def held_at(r: RescueView) -> str | None:
    """ "performance is essentially unchanged at 85.6": the score the sentence's setting holds
    (a decimal or a percentage, as scores are written)."""
    num = r.nums[r.i]
    digits = r.text[num.num_start:num.end]
    if num.unit not in ("", "%") or ("." not in digits and num.unit != "%"):
        return None
    lo = max(r.sentence.start, num.start - 60)
    held = _HELD_AT_RE.search(r.text, lo, num.start)
    return "keep" if held and not _COMPONENT_RE.search(r.text, lo, num.start) else None


# "attains 55.1 on Video-MME, with 46.8 on its long-video subset": the kept score's part
_WITH_GAP_RE = re.compile(r"^\s*(?:on\s+B\s*)?,\s*with\s+$")
_ON_PART_RE = caseless(r"\s*on\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,2}?(?:subset|split|portion"
                       r"|part|section)\b")


@rule("with-part-kept",
      example("It attains 55.1 on Video-MME, with 46.8 on its long-video subset.", "46.8", "keep"),
      counter("It attains 55.1 on Video-MME, with 46.8 seconds on its long-video subset.",
              "46.8 seconds", "drop"))
def with_part_kept(r: RescueView) -> str | None:
    """ "55.1 on B, with 46.8 on its long-video subset": a decimal after a kept score, on a part."""
    gap = gap_after_kept(r)
    num = r.nums[r.i]
    return "keep" if gap is not None and _WITH_GAP_RE.match(gap) and _ON_PART_RE.match(
        r.text, num.end, r.sentence.end) else None


GAPPED_RESCUE = (gapped_on_kept, while_scores_kept, up_over_kept, points_list_kept, held_at,
                 with_part_kept)
