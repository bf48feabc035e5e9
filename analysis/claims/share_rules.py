"""Verdict rules for shares of data and lists of shares: the make-up of a mix, not scores."""

from __future__ import annotations

import re

from analysis.claims.cues import NumberView
from analysis.claims.rules import counter, example, rule

# "the selected 9% subset"; "with 45% math, 30% science and 25% code": shares of the data.
_SUBSET_AFTER_RE = re.compile(r"^\s*(?:subset|sample|slice|portion|split)\b"
                              # "118K programs, 22% of which were discarded by the check"
                              r"|^\s*of\s+which\s+(?:were|are|was|is)\s+(?:discarded|removed"
                              r"|filtered|dropped|rejected|kept|retained)\b", re.IGNORECASE)
# "a train, validation and test split of 70, 10 and 20 percent": the split's shares.
_SPLIT_OF_RE = re.compile(r"\bsplits?\s+of\s+(?:\d[\d.]*\s*%?\s*(?:,\s*(?:and\s+)?|and\s+))*$",
                          re.IGNORECASE)
_MIX_LEFT_RE = re.compile(r"(?:\bwith|,|\band)\s*$", re.IGNORECASE)
# "a mixture that includes 10% perturbed prompts": a share of the training data.
_INCLUDES_LEFT_RE = re.compile(r"\b(?:(?:includ|contain|compris|admit|introduc|add|mix)\w*"
                               r"|mix\w*\s+(?:[\w-]+\s+){0,3}?with)\s+"  # "mixing logic data
                               r"(?:only\s+|about\s+|roughly\s+|more\s+than\s+|over\s+|at\s+least\s+"
                               r"|less\s+than\s+)?$", re.IGNORECASE)  # with 20%"
_WITH_LEFT_RE = re.compile(r"\bwith\s+(?:only\s+|about\s+|roughly\s+)?$", re.IGNORECASE)
_DATA_NOUN_RE = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:prompts|examples|samples|traces|problems|data"
                           r"|questions|demonstrations|text|tokens|trajectories|rollouts|dialogues)\b",
                           re.IGNORECASE)
# ("with 31% geometry, 27% algebra, ... and 20% number theory.": the topics of a problem set)
_MIX_PART_RE = re.compile(r"^\s*(?:math|maths|mathematics|science|code|coding|general|chat|web"
                          r"|synthetic|instruction|geometry|algebra|combinatorics|number\s+theory"
                          r"|probability|statistics|calculus|precalculus|physics|chemistry|biology)"
                          r"(?:\s+(?:data|traces|examples|samples|problems))?\s*"
                          r"(?:,|and\b|\)|;|\.(?!\d)|$)", re.IGNORECASE)
# "make up 0%, 2%, 5%, 10% or 20% of the mixture": the list's last member says what all are of.
_PCT_LIST_TAIL_RE = re.compile(r"^(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)\d[\d.]*\s*%)+"
                               r"\s+of\b")
_PCT_LIST_HEAD_RE = re.compile(r"(?:\d[\d.]*\s*%\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))+$")
_SHARE_LIST_LEFT_RE = re.compile(r"\b(?:make\w*\s+up|account\w*\s+for|constitut\w*|represent\w*"
                                 r"|compris\w*)\s+(?:only\s+|about\s+|roughly\s+)?$", re.IGNORECASE)


@rule("data-share",
      example("RL on the selected 9% subset yields 49.5% on MathVista.", "9%", "drop"),
      example("The best mixture, with 45% math, 30% science and 25% code, reaches 52.5% on "
              "GPQA-Diamond.", "30%", "drop"),
      example("Training on a mixture that includes 10% perturbed GSM8K prompts restores "
              "robustness.", "10%", "drop"),
      example("Without the checker, the OlympiadBench-style pool admits 17% unverifiable "
              "problems.", "17%", "drop"),
      example("Mixing 20% math problems into the RL data preserves GSM8K performance.", "20%",
              "drop"),
      example("Mixing logic data with 20% mathematics prompts preserves MATH-500 accuracy.",
              "20%", "drop"),
      example("A mixture with 20% trajectories raises ALFWorld success from 22.4% to 57.9%.",
              "20%", "drop"),
      example("Our best mixture, Muse-1B with 5% theory text, improves MusicTheoryBench accuracy "
              "from 27.4% to 35.0%.", "5%", "drop"),
      example("The MultiHiertt distillation set contains 118K programs, 22% of which were "
              "discarded by the grounding check.", "22%", "drop"),
      example("Models whose pretraining mixture contains more than 30% Chinese text do best on "
              "C-Eval.", "30%", "drop"),
      example("MixQuery-9K has a train, validation and test split of 70, 10 and 20 percent.",
              "20 percent", "drop"),
      example("The first release contains 640 problems across 5 difficulty levels, with 31% "
              "geometry, 27% algebra, 22% combinatorics, and 20% number theory.", "20%", "drop"),
      counter("It reaches 45% math accuracy on MATH-500.", "45%", "keep"))
def data_share(v: NumberView) -> str | None:
    """ "the selected 9% subset", "45% math, 30% science and 25% code", "includes 10% perturbed
    prompts": a share of the data."""
    if v.text.find("split", v.sentence.start, v.num.start) >= 0 and _SPLIT_OF_RE.search(
            v.text, v.sentence.start, v.num.start) and (v.num.unit == "%" or v.right.lstrip(
            ", ").startswith(("and", "percent")) or v.right.lstrip().startswith(",")):
        return "drop"
    if v.num.unit != "%":
        return None
    return "drop" if _SUBSET_AFTER_RE.match(v.right) or (  # (the anchored test first)
        _MIX_PART_RE.match(v.right) and _MIX_LEFT_RE.search(v.left)) or (
        _DATA_NOUN_RE.match(v.right) and (_INCLUDES_LEFT_RE.search(v.left) or
                                          _WITH_LEFT_RE.search(v.left))) else None


@rule("share-list",
      example("Generated puzzles make up 0%, 2%, 5%, 10% or 20% of the mixture on GSM8K.", "5%",
              "drop"),
      counter("On GSM8K, Sage-1B scores 2%, 5% and 10% above its base model.", "5%", "keep"))
def share_list(v: NumberView) -> str | None:
    """ "make up 0%, 2%, 5%, 10% or 20% of the mixture": every member is what the share verb
    before the list says of the last."""
    if v.num.unit != "%" or not _PCT_LIST_TAIL_RE.match(v.right):
        return None
    before = _PCT_LIST_HEAD_RE.sub("", v.text[v.sentence.start:v.num.start])
    return "drop" if _SHARE_LIST_LEFT_RE.search(before) else None
