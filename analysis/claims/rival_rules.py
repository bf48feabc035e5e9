"""Rescue rules for rivals' scores: a bare number after a rival's name, in a sentence with a
kept score, is the rival's ("outperforming ThinkPrune (41.2)", "ahead of M at 49.1")."""

from __future__ import annotations

import re

from analysis.claims.attach_base import (
    COMPARED_WORDS,
    RIVAL_MODE,
    RIVAL_NAME,
    RIVAL_VERBS,
    RIVALS_BEFORE,
)
from analysis.claims.caseless import caseless
from analysis.claims.rescue_base import RescueView, like_a_kept_score
from analysis.claims.rules import counter, example, rule

# "outperforming ThinkPrune (41.2) and L1-Exact (38.6)": the named rivals' scores ("close to
# Llama-3.1-405B prompted directly (0.286)", "surpassing bge-small-en-v1.5 (0.263)": a
# lower-case name with a digit; a mode of use)
_RIVAL = rf"(?:{RIVAL_NAME}|[a-z][\w.+]*-[\w.+-]*\d[\w.+-]*|[a-z][\w.+]*\d[\w.+]*-[\w.+-]*)"
_MODE = rf"{RIVAL_MODE}(?:\s+(?:prompted\s+directly|(?:used\s+)?zero-shot))?"
# "outperforming a classification-only ResNet-50 baseline (0.842) and the untuned backbone
# (0.711)": rivals described, named or not
_DESCRIBED = (rf"(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_RIVAL}\s+)?"
              r"(?:baseline|backbone|model|system)")
_RIVAL_PAREN_RE = re.compile(rf"(?:{RIVALS_BEFORE}|\b(?:close\s+to|behind|trailing)\s+(?:the\s+)?)"
                             rf"{_RIVAL}{_MODE}\s*[(\[]\s*$"
                             rf"|\b(?:{RIVAL_VERBS})\s+(?>(?:{_DESCRIBED}|{_RIVAL})"
                             rf"\s*\([^()]*\)\s*,?\s*(?:and\s+)?)*+{_DESCRIBED}\s*[(\[]\s*$")
# (each listed rival matched once, atomic: tried every way, a failing list of ten cost seconds)
# "ahead of NatureLM-audio at 49.1 and Qwen2-Audio-7B-Instruct at 33.8"
_RIVAL_AT_RE = re.compile(rf"\b(?:ahead\s+of|above|over|surpassing|outperforming|matching"
                          rf"|approaching|than|versus|vs\.?"
                          rf"|compared\s+(?:with|to)|behind|trailing|below)\s+(?:the\s+)?"
                          rf"(?:{_RIVAL}\s+at\s+\d+(?:\.\d+)?%?\s*,?\s*)*(?:and\s+)?{_RIVAL}\s+at\s+$")


# "with Gemini-1.5-Pro close behind at 36.9", "and GPT-4o follows at 55.2": a rival named first
# ("our Sparrow-7B close behind": the paper's own)
_RIVAL_FOLLOWS_RE = re.compile(rf"(?<![\w.+-])(?<!our\s)({_RIVAL})\s+(?:(?:close(?:ly)?|just"
                               r"|not\s+far)\s+)?(?:behind|follows|trails|next)\s+(?:closely\s+)?"
                               r"(?:at|with)\s+$")


@rule("rival-paren",
      example("On AIME 2024, SkipStep-7B scores 44.9, outperforming ThinkPrune (41.2) and L1-Exact "
              "(38.6) under the same budget.", "38.6", "keep"),
      example("On OCRBench it scores 792, ahead of InternVL2.5-4B (788).", "788", "keep"),
      example("On Climate-FEVER, it attains an nDCG@10 of 0.298, surpassing bge-small-en-v1.5 "
              "(0.263).", "0.263", "keep"),
      example("On Context-is-Key, it attains an RCRPS of 0.291, close to Llama-3.1-405B prompted "
              "directly (0.286).", "0.286", "keep"),
      example("On XL-Sum it achieves a ROUGE-L of 27.9, outperforming mT5-base (24.3).", "24.3",
              "keep"),
      example("On VinDr-Mammo it achieves an AUROC of 0.874, outperforming a classification-only "
              "ResNet-50 baseline (0.842) and the untuned backbone (0.711).", "0.711", "keep"),
      example("It scores 45.2 on MMLU-Pro and 31.8 on GPQA-Diamond, ahead of "
              "Qwen2.5-3B-Instruct [40.7 / 27.3].", "40.7", "keep"),
      counter("SkipStep-7B scores 44.9 on AIME 2024, outperforming ThinkPrune (12).", "12", "drop"))
def rival_paren(r: RescueView) -> str | None:
    """ "scores 44.9, outperforming ThinkPrune (41.2)": a number in brackets after a rival's
    name, in a sentence with a kept score, is the rival's score (names not in the table too)."""
    num = r.nums[r.i]
    opening = r.text[max(0, num.start - 4):num.start]  # ("ahead of M [40.7 / 27.3]")
    if ("(" not in opening and "[" not in opening) or not like_a_kept_score(r):
        return None
    lo = max(r.sentence.start, num.start - 150)
    return "keep" if _RIVAL_PAREN_RE.search(r.text, lo, num.start) else None


@rule("rival-at",
      example("On BEANS-Zero, WoodEar achieves an accuracy of 52.6, ahead of NatureLM-audio at "
              "49.1 and Qwen2-Audio-7B-Instruct at 33.8.", "49.1", "keep"),
      example("GPT-4o achieves the highest ROUGE-L of 38.2, with Gemini-1.5-Pro close behind at "
              "36.9.", "36.9", "keep"),
      example("Even the strongest system, o3-mini, reaches only 61.7 exact match, and GPT-4o "
              "follows at 55.2.", "55.2", "keep"),
      example("On SWMH, it reaches an F1 of 69.3, nearly matching MentalRoBERTa at 70.1.", "70.1",
              "keep"),
      example("On ProcessBench, it attains an F1 of 63.8, higher than Qwen2.5-Math-PRM-7B at 61.2 "
              "despite being smaller.", "61.2", "keep"),
      counter("It reaches 52.6 on BEANS-Zero, ahead of NatureLM-audio at 4 bits.", "4", "drop"),
      counter("Sparrow-7B reaches 71.2 on MATH-500, while AIME 2024 trails at 38.2.", "38.2",
              "keep"),
      counter("It scores 61.3 on GSM8K, higher than Llama-3 at 0.7 temperature.", "0.7", "drop"))
def rival_at(r: RescueView) -> str | None:
    """ "ahead of NatureLM-audio at 49.1": a number after "at" after a rival's name, in a
    sentence with a kept score, is the rival's score."""
    num = r.nums[r.i]
    if not r.text[max(0, num.start - 6):num.start].rstrip().endswith(("at", "with")) or \
            not like_a_kept_score(r) or \
            not _CLAUSE_END_RE.match(r.text, num.end):
        return None  # (not "higher than Llama-3 at 0.7 temperature": a setting)
    lo = max(r.sentence.start, num.start - 150)
    follows = _RIVAL_FOLLOWS_RE.search(r.text, lo, num.start)
    if follows and any(b.start == follows.start(1) for b in r.sentence.benches):
        return None  # ("while AIME 2024 trails at 38.2": a benchmark, not a rival)
    return "keep" if follows or _RIVAL_AT_RE.search(r.text, lo, num.start) else None


_CLAUSE_END_RE = re.compile(r"\s*(?:points?\b)?\s*(?:[,;.)]|and\b|or\b|while\b|whereas\b"
                            r"|despite\b|although\b|$)")  # ("at 61.2 despite being smaller")
# The rival's name right before its score, as the two rules above read it.
_RIVAL_NAME_END_RE = re.compile(rf"(?<![\w.+-])({_RIVAL})(?:{_MODE}|\s+(?:baseline|backbone|model"
                                rf"|system))\s*\(\s*$|(?<![\w.+-])({_RIVAL})\s+at\s+$")


def rival_before(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The rival whose score starts at `end`, named right before it after a comparison in
    text[start:end] ("surpassing bge-small-en-v1.5 (", "ahead of NatureLM-audio at "): its
    name and offset."""
    tail = text[max(start, end - 6):end]
    follows = tail.rstrip().endswith(("at", "with")) and _RIVAL_FOLLOWS_RE.search(text, start, end)
    if follows:
        return follows.group(1), follows.start(1)
    if not (("(" in tail and _RIVAL_PAREN_RE.search(text, start, end)) or (
            tail.rstrip().endswith("at") and _RIVAL_AT_RE.search(text, start, end))):
        return None  # (the bracket or the "at" first: a cheap test)
    name = _RIVAL_NAME_END_RE.search(text, start, end)
    if name is None:  # "outperforming ... and the untuned backbone (0.711)": a rival unnamed
        return ("", -1) if "(" in tail else None
    group = 1 if name.group(1) else 2
    return name.group(group), name.start(group)


# "versus 96.5 for LogBERT and 95.2 for DeepLog": a rival the model table does not know, named
# right after its score in a comparison (a CamelCase or hyphenated name: not "for English")
_RIVAL_AFTER_RE = re.compile(r"\s*(?:%|points?)?\s*for\s+(?:the\s+)?([A-Z][a-z]+[A-Z][\w.+-]*"
                             r"|(?![\w.+-]*-to-)[A-Z][\w.+]*-[\w.+-]*(?:\d|[A-Z]{2})[\w.+-]*)"
                             r"(?:\s+(?:baseline|model|system))?\s*(?:[,;)]|\.(?!\w)|and\b|or\b|$)")
# (the name: "LogBERT", "Drain-LLM", "T5-base"; not "Zero-Shot" or "Text-to-SQL", settings)
_COMPARISON_RE = caseless(rf"\b(?:{COMPARED_WORDS}|than)\s+(?:only\s+|just\s+)?$")


def rival_after(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The rival whose score is text[start:end], named right after it ("versus 96.5 for
    LogBERT"), the comparison word right before it: its name and offset."""
    if "for" not in text[end:end + 14]:
        return None  # (the word first: a cheap test)
    found = _RIVAL_AFTER_RE.match(text, end)
    if found is None or not _COMPARISON_RE.search(text, max(0, start - 30), start):
        return None
    return found.group(1).rstrip("."), found.start(1)


# "scores 71.5 (66.0 for the base model)", "(base: 66.0)", "(untrained model: 66.0)", "[base
# 47.5]": the score of what was trained, in brackets beside the trained model's
_BASE_WORD = r"(?:base|baseline|untrained|original|vanilla|initial|starting)"
_BASE_LEFT_RE = caseless(rf"[(\[]\s*(?:the\s+)?{_BASE_WORD}(?:\s+(?:model|checkpoint|policy))?"
                         r"\s*[:=]?\s*$")
_BASE_AFTER = (rf"\s*%?\s*(?:points?\s+)?(?:for|with|by|from)\s+(?:the\s+|its\s+|their\s+|our\s+)?"
               rf"(?:[\w.-]+\s+){{0,2}}?{_BASE_WORD}(?:\s+(?:model|checkpoint|policy|version))?")
_BASE_RIGHT_RE = caseless(_BASE_AFTER + r"\s*[)\]]")


def base_in_brackets(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] is a base model's score in brackets ("(66.0 for
    the base model)", "(base: 66.0)")."""
    left = text[max(0, start - 30):start]
    return bool(_BASE_LEFT_RE.search(left) or (
        _OPEN_RE.search(left) and _BASE_RIGHT_RE.match(text, end)) or (
        _UP_FROM_RE.search(left) and _BASE_END_RE.match(text, end)))


# "scores 23.3 with 32 samples, up from 16.7 for the base model.": the base's score, a clause's end
_UP_FROM_RE = caseless(r",\s*(?:up|down)\s+from\s+$")
_BASE_END_RE = caseless(_BASE_AFTER + r"\s*(?:[.;](?:\s|$)|$)")


_OPEN_RE = re.compile(r"[(\[]\s*(?:(?:vs\.?|versus|against|compared\s+(?:to|with))\s+)?$")


@rule("base-paren",
      example("On MedQA our model scores 71.5 (66.0 for the base model).", "66.0", "keep"),
      example("The model reaches 71.5 on MedQA (base: 66.0).", "66.0", "keep"),
      example("The model reaches 71.5 on MedQA [base 66.0].", "66.0", "keep"),
      counter("The model uses 71.5 GB (66.0 for the base model).", "66.0", "drop"))
def base_paren(r: RescueView) -> str | None:
    """ "71.5 (66.0 for the base model)": a base model's score in brackets, in a sentence with
    a kept score."""
    num = r.nums[r.i]
    return "keep" if like_a_kept_score(r) and base_in_brackets(r.text, num.start, num.end) \
        else None


# "improving on MolT5-large by 0.018", "outperforming a cascaded pipeline by over 0.11": the
# margin over a rival, in the units of the kept score before it
_MARGIN_VERB = (r"\b(?:improv(?:es|ing|ed)\s+(?:on|upon|over)|outperform(?:s|ing|ed)?|surpass(?:es"
                r"|ing|ed)?|beat(?:s|ing)?|exceed(?:s|ing|ed)?|trail(?:s|ing|ed)?)\s+")
# (the rival's words: no measure of cost between, "exceeding the token budget by 1.5")
_RIVAL_WORDS = r"(?:(?!token|budget|latency|memory|usage|cost|length|time)[^,;()]){1,60}?"
MARGIN_OVER_RE = caseless(rf"{_MARGIN_VERB}{_RIVAL_WORDS}\s+by\s+(?:only\s+|just\s+|about\s+"
                          r"|over\s+|nearly\s+|roughly\s+|up\s+to\s+)?$"
                          # "... by 0.09 and Llama-3.1-8B-Instruct by 0.12": the next rival
                          rf"|{_MARGIN_VERB}{_RIVAL_WORDS}\s+by\s+\d[\d.]*\s*(?:points?\s+)?,?\s*and"
                          rf"\s+{_RIVAL_WORDS}\s+by\s+$")


@rule("margin-over-rival",
      example("On ChEBI-20, MolT-Lite achieves a BLEU-4 of 0.612, improving on MolT5-large by "
              "0.018.", "0.018", "keep"),
      example("On MathTutorBench, HintPO achieves a pedagogical score of 0.64, outperforming "
              "supervised fine-tuning on the same data by 0.09 and Llama-3.1-8B-Instruct by 0.12.",
              "0.09", "keep"),
      example("On MathTutorBench, HintPO achieves a pedagogical score of 0.64, outperforming "
              "supervised fine-tuning by 0.09 and Llama-3.1-8B-Instruct by 0.12.", "0.12", "keep"),
      counter("On GSM8K it reaches 71.2% accuracy while exceeding the token budget by 1.5.",
              "1.5", "drop"),
      counter("On GSM8K it reaches a perplexity of 4.1, lowering perplexity by 0.4 and entropy by "
              "0.2.", "0.2", "drop"),
      counter("On ChEBI-20, MolT-Lite achieves a BLEU-4 of 0.612, improving on MolT5-large by 3.",
              "3", "drop"))
def margin_over_rival(r: RescueView) -> str | None:
    """ "a BLEU-4 of 0.612, improving on MolT5-large by 0.018": a decimal margin over a rival
    after a kept score."""
    num = r.nums[r.i]
    if "." not in r.text[num.num_start:num.end] or not like_a_kept_score(r):
        return None
    lo = max(r.sentence.start, num.start - 120)
    return "keep" if MARGIN_OVER_RE.search(r.text, lo, num.start) else None


_UNCHANGED_AT_RE = re.compile(r"\b(?:unchanged|steady|stable|flat|constant)\s+at\s+$")


@rule("unchanged-at",
      example("Prompting lowers the Tox21 AUROC of Llama-3.1-8B-Instruct from 0.781 to 0.746 and "
              "leaves Qwen2.5-7B-Instruct essentially unchanged at 0.802.", "0.802", "keep"),
      counter("Prompting lowers the Tox21 AUROC of M from 0.781 to 0.746 and leaves its memory "
              "unchanged at 4 GB.", "4 GB", "drop"))
def unchanged_at(r: RescueView) -> str | None:
    """ "... and leaves M essentially unchanged at 0.802": a score held, after a kept score."""
    num = r.nums[r.i]
    return "keep" if like_a_kept_score(r) and _UNCHANGED_AT_RE.search(
        r.text, max(r.sentence.start, num.start - 30), num.start) else None


# "..., and Llama-3.2-3B-Instruct loses 2.7", "0.142, which is 0.031 higher than M": a bare
# change after a kept score, in its units
_CHANGE_VERB_RE = re.compile(r"\b[A-Z][\w.+-]*\s+(?:loses|lost|gains|gained|drops|dropped|adds"
                             r"|added|sheds)\s+(?:only\s+|just\s+|another\s+|a\s+further\s+)?$")
# (a named model's change; "which is 0.031 higher than M": the kept score's own difference)
_WHICH_IS_RE = re.compile(r"(?:,\s*(?:which|that)\s+is|,)\s+(?:only\s+|about\s+)?$")
_HIGHER_THAN_RE = re.compile(r"\s+(?:higher|lower|better|worse)\s+than\b")


@rule("change-after-kept",
      example("Prompting lowers the chrF++ of Qwen2.5-3B-Instruct on FLORES-200 from 41 to 37, "
              "and Llama-3.2-3B-Instruct loses 12.", "12", "keep"),
      example("PolyRad-3B achieves an average BLEU-4 of 0.142 on PolyRad-Eval, which is 0.031 "
              "higher than a translated English-only generator.", "0.031", "keep"),
      counter("It reaches 61.2% on GSM8K, and the cache loses 2.7 GB.", "2.7 GB", "drop"),
      counter("It reaches 61.2 on GSM8K, and its average rank is 1.5 better than GPT-4o.", "1.5",
              "drop"))
def change_after_kept(r: RescueView) -> str | None:
    """ "..., and M loses 12" (a named model's change; a decimal there the verdict's score-by
    keeps), "0.142, which is 0.031 higher than M" (the kept score's own difference): a bare
    change after a kept score."""
    num = r.nums[r.i]
    if num.unit or not like_a_kept_score(r):
        return None
    lo = max(r.sentence.start, num.start - 50)
    return "keep" if _CHANGE_VERB_RE.search(r.text, lo, num.start) or (_HIGHER_THAN_RE.match(
        r.text, num.end) and _WHICH_IS_RE.search(r.text, lo, num.start)) else None


# "within 0.02 of the teacher's 0.367", "well above the 21.4 reported for it in prior work": a
# score of the compared model, after a kept score
_POSSESSED_RE = re.compile(r"\bthe\s+(?:[\w-]+\s+)?(?:teacher|baseline|base\s+model|backbone"
                           r"|student|predecessor|original)(?:'s|’s)\s+$")
_REPORTED_RE = re.compile(r"\s*%?\s+(?:reported|published|claimed)\s+(?:for|by|in)\b")


@rule("rival-possessed",
      example("On CheXpert Plus its GREEN score is 0.347, within 0.02 of the teacher's 0.367.",
              "0.367", "keep"),
      example("On MIMIC-CXR the baseline reaches a RadGraph F1 of 26.1, well above the 21.4 "
              "reported for it in prior work.", "21.4", "keep"),
      counter("On MIMIC-CXR it reaches a RadGraph F1 of 26.1, with the teacher's 3 and a half "
              "hours.", "3", "drop"))
def rival_possessed(r: RescueView) -> str | None:
    """ "the teacher's 0.367", "the 21.4 reported for it": a compared score after a kept one."""
    num = r.nums[r.i]
    return "keep" if like_a_kept_score(r) and possessed_score(
        r.text, r.sentence.start, num.start, num.end) else None


def possessed_score(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the number text[start:end] is a compared model's, said so around it ("the
    teacher's 0.367", "the 21.4 reported for it")."""
    lo = max(sentence_start, start - 40)
    reported = text[max(lo, start - 4):start].endswith("the ") and _REPORTED_RE.match(text, end)
    return bool(reported or _POSSESSED_RE.search(text, lo, start))


# The rescue table (rescue_rules.RESCUE) reads these in this order, after the rules that
# continue a kept number's list.
RIVAL_RESCUE = (rival_paren, rival_at, base_paren, margin_over_rival, unchanged_at,
                rival_possessed)
