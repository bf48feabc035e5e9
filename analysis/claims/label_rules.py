"""Label rules: numbers that name a step, a level or an interval, or share out failures."""

from __future__ import annotations

import re

from analysis.claims.caseless import caseless
from analysis.claims.cues import ATTAIN_STEM, NumberView
from analysis.claims.nonscore_rules import SOLVED_LEFT_RE
from analysis.claims.rules import counter, example, rule
from analysis.claims.sentence import mask

# "after step 1,200", "Levels 1, 2 and 3", "tier 4": the number names which one.
_DIGITS_RE = re.compile(r"[\d.,]+")
_INDEX_BEFORE_RE = caseless(r"\b(?:steps?|iterations?|epochs?|levels?|tiers?|rounds?|phases?"
                            r"|depths?)\s+(?:from\s+)?"  # ("difficulty levels from 1 to 5")
                            r"(?:\d+\s*,\s*)*(?:\d+\s+(?:and|or|to)\s+)?$")
# "95% CI -0.9 to 3.3", "a confidence interval of [1.2, 4.0]": the bounds of an interval.
_INTERVAL_BEFORE_RE = caseless(r"\b(?:CI|confidence\s+intervals?)\b\s*(?:of\s+|from\s+)?"
                               r"[:=(\[]?\s*(?:[-+−]?\d[\d.]*\s*(?:,|to|–|-)\s*)?$"
                               # "the interval spans 11.6 points", "shrinks the interval to"
                               r"|\b(?:CI|intervals?)\s+(?:spans?|spanning|covers?|is|narrows\s+to"
                               r"|shrinks\s+to|widens\s+to)\s+"
                               r"(?:about\s+|roughly\s+|nearly\s+|over\s+)?$"
                               r"|\b(?:shrink|narrow|widen|reduc|cut)\w*\s+(?:the\s+|its\s+)?"
                               r"(?:CI|(?:confidence\s+)?interval)s?\s+(?:width\s+)?to\s+$")
# "Bootstrap confidence intervals on the subset have a median width of 7.4 points"
_WIDTH_BEFORE_RE = caseless(r"\b(?:half-)?widths?\s+(?:of\s+)?(?:about\s+|roughly\s+|only\s+)?$")
_INTERVAL_WORD_RE = caseless(r"\bCIs?\b|\bintervals?\b")
_INTERVAL_AFTER_RE = caseless(r"\s*(?:bootstrap(?:ped)?\s+)?(?:CI|confidence(?:\s+intervals?)?"
                              r"|(?:credible\s+)?intervals?"  # "where a 95% interval spans"
                              r"|power|(?:significance\s+)?level)\b|\s*wide\b"  # "13 points wide"
                              # "a 2-point difference on B becomes statistically distinguishable"
                              r"|\s*(?:difference|gap|improvement|gain)s?\b[^;,]{0,60}\b(?:becomes?|is"
                              r"|are|be)\s+(?:statistically\s+)?(?:significant|distinguishable"
                              r"|detectable)\b")  # the "95" of "95% CI", "with 95% confidence"
# "one problem corresponds to 3.3 points": what an item is worth, not a result.
_ITEM_WORTH_RE = caseless(r"\b(?:one|each|every|a\s+single)\s+(?:B\s+)?(?:(?:solved|missed|extra"
                          r"|additional)\s+)?(?:problem|question|item|task)\s+(?:corresponds\s+to"
                          r"|(?:is\s+)?worth|equals|counts\s+for|(?:moves|shifts|changes)\s+(?:the\s+)?"
                          r"(?:accuracy|score)\s+by)\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|over\s+"
                          r"|more\s+than\s+)?$")
# "accounts for 41% of failures, followed by premature answering (23%)": the failure shares.
_FAILURE_SHARE_RE = caseless(r"(?:\b(?:account\w*\s+for|make\w*\s+up|cause\w*)\b[^;]{0,60}"
                             r"|\d%\s+)\bof\s+(?:the\s+|all\s+)?(?:[\w-]+\s+)?(?:failures|errors"
                             r"|mistakes"
                             r"|incorrect)\b")
_FOLLOWED_PAREN_RE = caseless(r"\b(?:followed\s+by|and|then)\b[^()\d;]{1,80}\(\s*$"
                              r"|\ba\s+further\s+$")  # "and a further 21% from"
# "Problems are drawn from GSM8K (40%), MATH (35%) and OlympiadBench (25%)": the data's mix,
# with no score word between the mix and the share.
_COMPOSITION_RE = caseless(r"(?:\b(?:drawn|sampled|derived|taken|collected|sourced)\s+from\b"
                           r"|\b(?:consist\w*|compos\w*|made\s+up)\s+of\b|\bcompris\w*|\bcovering\b"
                           r"|\bmix(?:ture|es)?\s+of\b|\bsplit\s+(?:into|across|between)\b"
                           # "Questions fall into ordering (38%), duration (27%) ..."
                           r"|\bfall\s+into\b|\b(?:divided|grouped|categori[sz]ed|classified"
                           r"|sorted|distributed|broken\s+down)\s+(?:into|across|among|by)\b)"
                           # (not after a score or a comparison: "drawn from 210 scale-years,
                           # M answers 69.5% ..., ahead of Qwen3-4B (51.2%)")
                           rf"(?:(?!\b(?:{ATTAIN_STEM}|accura|solv|outperform|ahead|behind|than"
                           r"|answers\b|correctly\b)\w*)[^;])*\(\s*$")
_CLOSE_PAREN_RE = re.compile(r"\s*\)")
# "31 misformalized statements among the 488 problems of B (6.4%)": the count as a share.
_COUNT_SHARE_RE = caseless(r"(?<![\w.])(?P<count>\d[\d,]*)\s+(?:[\w-]+\s+){0,3}?(?:among|out\s+of"
                           r"|of|in)\s+(?:(?:the\s+|all\s+)?\d[\d,]*\s+(?:[\w-]+\s+){0,3}?[\w-]+"
                           # ("92 of them (11.3%)")
                           r"(?:\s+(?:of|in)\s+(?:the\s+)?[\w-]+)?|them|these|those)\s*\(\s*$")
# "on LogiQA 2.0 relative to": a version right after a benchmark's name, not its score.
_VERSION_BEFORE_RE = re.compile(r"\bB\s$")
_VERSION_RE = re.compile(r"\d\.\d(?![\d%])")
_VERSION_AFTER_RE = re.compile(r"\s*(?:[,;.)]|$|\s(?:relative|compared|and|or|while|with|without"
                               r"|benchmark|dataset|test|split|set|where|when|as|than|over|under)\b)")


@rule("index",
      example("ANCHOR keeps improving after step 1,200 instead of plateauing.", "1,200", "drop"),
      example("On GAIA it scores 53.8% and 40.7% on Levels 1 and 2, respectively.", "2", "drop"),
      example("On ProofWriter it keeps 97.3% at depth 1 and 91.0% at depth 5.", "1", "drop"),
      counter("It reaches 61.0% on AIME 2024.", "61.0%", "keep"))
def _index(v: NumberView) -> str | None:
    """ "after step 1,200", "Levels 1, 2 and 3": a number that names which step or level."""
    lo = max(v.sentence.start, v.num.start - 60)  # "Levels 1, 2 and 3": past the numbers before
    written = v.text[v.num.num_start:v.num.end]  # ("at depth 1 and 91.0%": no unit of its own)
    return "drop" if _DIGITS_RE.fullmatch(written) and \
        _INDEX_BEFORE_RE.search(v.text, lo, v.num.start) else None


@rule("interval",
      example("The difference was 1.2 points (95% CI -0.9 to 3.3).", "-0.9", "drop"),
      example("The difference was 1.2 points (95% CI -0.9 to 3.3).", "95%", "drop"),
      example("The change is +0.4 points with a 95% confidence interval from -1.1 to 1.9.",
              "-1.1", "drop"),
      example("400 problems suffice to resolve differences of two points with 95% confidence.",
              "95%", "drop"),
      example("Confidence intervals on the 30 AIME 2025 problems are up to 13 points wide.",
              "13 points", "drop"),
      example("Detecting a gain on AIME 2024 with 80% power requires 45 seeds.", "80%", "drop"),
      example("At least 16 samples are needed before a 2-point difference on AIME 2024 becomes "
              "statistically distinguishable at the 95% level.", "2-point", "drop"),
      example("At least 16 samples are needed before a 2-point difference on AIME 2024 becomes "
              "statistically distinguishable at the 95% level.", "95%", "drop"),
      example("On AIME 2024 the 95% confidence interval spans 11.6 points with one sample.",
              "11.6 points", "drop"),
      example("Averaging over 64 samples per problem shrinks the interval to 2.3 points.",
              "2.3 points", "drop"),
      example("With 16 samples the confidence interval narrows to 3.1 points.", "3.1 points",
              "drop"),
      example("Bootstrap confidence intervals on the SeqQA subset of LAB-Bench have a median "
              "width of 7.4 points.", "7.4 points", "drop"),
      example("We release a calculator for 95% bootstrap confidence intervals on GSM8K.", "95%",
              "drop"),
      example("Its test sets on YouCook2 are small, so a 95% interval spans 8 points.", "95%",
              "drop"),
      counter("It improves GSM8K by 1.2 points.", "1.2 points", "keep"),
      counter("On GSM8K it achieves a 10% improvement over baselines with a significantly smaller "
              "model.", "10%", "keep"))
def _interval(v: NumberView) -> str | None:
    """ "95% CI -0.9 to 3.3": the ends of a confidence interval."""
    lo = max(v.sentence.start, v.num.start - 40)  # "CI -0.9 to 3.3": past the lower end
    return "drop" if _INTERVAL_BEFORE_RE.search(v.text, lo, v.num.start) or \
        _INTERVAL_AFTER_RE.match(v.right) or (_WIDTH_BEFORE_RE.search(v.text, lo, v.num.start)
                                              and _INTERVAL_WORD_RE.search(
                                                  v.text, v.sentence.start, v.num.start)) \
        else None


# "more than 1 in 5 LiveCodeBench problems": a frequency written as "N in M".
_IN_N_AFTER_RE = re.compile(r"\s+in\s+(?:every\s+)?(\d[\d,]*)\b(?!\s*%|\.\d)")
_IN_N_BEFORE_RE = re.compile(r"\b\d[\d,]*\s+in\s+(?:every\s+)?$")


@rule("one-in-n",
      example("In one corpus more than 1 in 5 LiveCodeBench problems appear with solutions.", "1",
              "drop"),
      counter("It scores 61 in 3 of 5 seeds on AIME 2025.", "61", "keep"))
def _one_in_n(v: NumberView) -> str | None:
    """ "1 in 5 problems": a frequency (a whole number below the one after "in")."""
    if v.num.unit or v.num.value != int(v.num.value):
        return None
    after = _IN_N_AFTER_RE.match(v.right)
    if after and v.num.value < float(after.group(1).replace(",", "")):
        return "drop"
    return "drop" if _IN_N_BEFORE_RE.search(v.left) else None


@rule("item-worth",
      example("On AIME 2024, which has only 30 problems, one problem corresponds to 3.3 points.",
              "3.3 points", "drop"),
      example("AIME 2025 has only 30 problems, so a single solved problem moves accuracy by 3.3 "
              "points.", "3.3 points", "drop"),
      example("AIME 2024 has 30 problems, so a single problem corresponds to more than 3 points "
              "of accuracy.", "3 points", "drop"),
      example("On AIME 2024, whose 30 problems make each question worth 3.3 points, it varies.",
              "3.3 points", "drop"),
      example("On AIME 2024, whose 30 problems make every item worth 3.3 points, it varies.",
              "3.3 points", "drop"))
def _item_worth(v: NumberView) -> str | None:
    """ "one problem corresponds to 3.3 points": what one item is worth."""
    return "drop" if _ITEM_WORTH_RE.search(v.left) else None


@rule("failure-share",
      example("Query drift accounts for 41% of failures, followed by premature answering (23%) and "
              "misreading of pages (18%).", "23%", "drop"),
      example("Of the failures on SWE-bench Verified, 44% of failures stem from fault localization "
              "and a further 21% from malformed edits.", "21%", "drop"),
      example("On ZebraLogic, early guesses, accounting for 41% of annotated errors, lead; "
              "misreading contributes a further 23%.", "23%", "drop"),
      counter("It reaches 70.2% on GSM8K, followed by Qwen3-4B (66.0%).", "66.0%", "keep"))
def _failure_share(v: NumberView) -> str | None:
    """ "41% of failures, followed by premature answering (23%)": more shares of the failures."""
    return "drop" if v.num.unit == "%" and _FOLLOWED_PAREN_RE.search(v.left) and \
        _FAILURE_SHARE_RE.search(v.text, v.sentence.start, v.num.start) else None


@rule("composition-share",
      example("Problems are drawn from GSM8K (40%), MATH (35%) and OlympiadBench (25%).", "35%",
              "drop"),
      example("A dataset of revision pairs covering mathematics derived from GSM8K (27%) and "
              "programming problems (22%).", "22%", "drop"),
      counter("Trained on problems drawn from GSM8K, it scores highest on MATH (45.2%).", "45.2%",
              "keep"),
      example("Items fall into arithmetic (41%), units (33%) and timing (26%) categories.", "33%",
              "drop"),
      example("Errors fall into five categories: factual recall (41%), misapplied clinical rules "
              "(23%), arithmetic in dosage or radiation calculations (9%), misreading of the "
              "question stem (15%) and answer-format failures (12%).", "12%", "drop"),
      counter("On HiveScaleQA, questions drawn from 210 scale-years, ScaleThink answers 69.5% of "
              "questions correctly, ahead of Qwen3-4B (51.2%).", "51.2%", "keep"))
def _composition_share(v: NumberView) -> str | None:
    """ "drawn from GSM8K (40%), MATH (35%)": shares of a dataset's make-up, in brackets."""
    if v.num.unit != "%" or not _CLOSE_PAREN_RE.match(v.text, v.num.end):
        return None
    lo = max(v.sentence.start, v.num.start - 300)  # (five categories: a long list)
    return "drop" if _COMPOSITION_RE.search(v.text, lo, v.num.start) else None


@rule("count-share",
      example("We find 31 misformalized statements among the 488 problems of miniF2F (6.4%) and 43 "
              "among the 371 problems of ProofNet (11.6%).", "11.6%", "drop"),
      example("An audit flags 57 of the 500 MATH-500 problems (11.4%) as ambiguous.", "11.4%",
              "drop"),
      example("We audit all 812 WebArena tasks and find that 92 of them (11.3%) have incorrect "
              "reference answers.", "11.3%", "drop"),
      counter("It solves 8 of the 15 AIME problems (53.3%).", "53.3%", "keep"))
def _count_share(v: NumberView) -> str | None:
    """ "31 statements among the 488 problems of B (6.4%)": a count restated as a share, not
    a score (unless the count is of problems solved)."""
    num = v.num
    if num.unit != "%" or v.text[num.start - 1:num.start] != "(":
        return None
    lo = max(v.sentence.start, num.start - 120)
    masked = mask(v.text, lo, num.start, v.sentence)
    found = _COUNT_SHARE_RE.search(masked)
    if found is None or SOLVED_LEFT_RE.search(masked, 0, found.start("count")):
        return None
    return "drop"


# "under a CC BY 4.0 license", "Apache 2.0": a licence's version.
_LICENSE_BEFORE_RE = re.compile(r"\bCC[\s-]BY(?:[\s-](?:SA|NC|ND))*[\s-]$"
                                r"|\b(?:Apache|GPL|LGPL|AGPL)[\s-](?:v|version\s+)?$")


@rule("license",
      example("The set is released under an Apache 2.0 license with 2,418 held-out problems.",
              "2.0", "drop"),
      counter("It gains 4.0 points on GSM8K.", "4.0 points", "keep"))
def _license(v: NumberView) -> str | None:
    """ "a CC BY 4.0 license": the licence's version, not a result."""
    before = v.text[max(v.sentence.start, v.num.start - 12):v.num.start]
    if "BY" not in before and "GPL" not in before and "Apache" not in before:
        return None  # (the words the pattern needs, tested first: it runs for every number)
    return "drop" if _LICENSE_BEFORE_RE.search(v.text, v.sentence.start, v.num.start) else None


@rule("version",
      # (a name of two capitals or more, "FactQA 2.0", is versioned before any rule: text.py)
      example("This augmentation yields +6.7 points on Winogrande 2.0 relative to fine-tuning "
              "alone.", "2.0", "drop"),
      counter("It reaches 61.2 on GSM8K and 45.3 on MATH.", "45.3", "keep"))
def _version(v: NumberView) -> str | None:
    """ "LogiQA 2.0": a one-decimal number under 10 right after a benchmark, followed by no
    unit, names its version."""
    num = v.num
    if num.unit or num.sign or num.value >= 10 or not _VERSION_BEFORE_RE.search(v.left) or \
            not _VERSION_RE.fullmatch(v.text, num.num_start, num.end):
        return None
    return "drop" if _VERSION_AFTER_RE.match(v.text, num.end) else None


# "formal statements in Lean 4 drawn from ...": a digit that versions the word before it.
_NAME_DIGIT_BEFORE_RE = re.compile(r"(?<![\w.-])(?:[A-Z][a-z]+)\s$")
_NAME_DIGIT_AFTER_RE = re.compile(r"(?:\s+(?:drawn|and|or|with|from|for|in|on|code|proofs?"
                                  r"|statements?)\b|\s*[,;.)])")


@rule("name-version",
      example("We release ProofLens, a benchmark of formal statements in Lean 4 drawn from "
              "miniF2F.", "4", "drop"),
      counter("On ProofLens, the model scores 4 of 10.", "4", "drop"),
      example("On miniF2F, it reaches 49.2% in Lean 4 and 44.6% in Isabelle.", "4 and", "drop"))
def _name_version(v: NumberView) -> str | None:
    """ "in Lean 4 drawn from": a lone digit after a capitalised word names its version (even
    when a list lends it the unit of the number after: "in Lean 4 and 44.6%")."""
    num = v.num
    if num.sign or not v.text[num.num_start:num.end].isdigit() or num.value >= 10:
        return None
    return "drop" if _NAME_DIGIT_BEFORE_RE.search(v.text, v.sentence.start, num.num_start) and \
        _NAME_DIGIT_AFTER_RE.match(v.text, num.end) else None


LABELS = (_index, _interval, _one_in_n, _item_worth, _failure_share, _composition_share,
          _count_share, _license, _version, _name_version)
