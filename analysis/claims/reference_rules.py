"""Reference rules: benchmarks named away from the number ("on the former", an average's list)."""

from __future__ import annotations

import re

from analysis.claims.attach_base import AttachView, BenchPick, in_number_group, no_claim_between
from analysis.claims.caseless import caseless
from analysis.claims.cues import COUNT
from analysis.claims.rules import counter, example, rule

_FORMER_LATTER_BEFORE_RE = caseless(r"(?:\b(?:on|in|for|at)\s+|,\s*)the\s+(former|latter)\b"
                                    r"[^\d,;]*$")  # ", the former being 5.3"
_FORMER_LATTER_AFTER_RE = caseless(r"\s*(?:%|points?|pts)?\s*(?:on|in|for|at)\s+the\s+"
                                   r"(former|latter)\b")


@rule("former-latter",
      example("It reaches 51.8% on LiveCodeBench and a Codeforces rating of 1612, outperforming "
              "o1-mini on the former by 2.4 points.", "2.4 points", "LiveCodeBench"),
      example("It scores 61.0 on MMLU and 40.2 on GPQA, gaining 3.1 points on the latter.",
              "3.1 points", "GPQA"),
      example("The student reaches 41.8% on MATH and 62.5% on GSM8K, the former being 5.3 points "
              "higher than distilling from one teacher.", "5.3 points", "MATH"))
def former_latter(v: AttachView) -> BenchPick | None:
    """ "on the former by 2.4 points": the first (or last) of the two benchmarks before."""
    num, text = v.claim.num, v.text
    found = _FORMER_LATTER_AFTER_RE.match(text, num.end, v.sentence.end)
    if found is None:  # "on the former by 2.4": written before, with no number between
        found = _FORMER_LATTER_BEFORE_RE.search(text, max(v.sentence.start, num.start - 40),
                                                num.start)
    if found is None:
        return None
    names = list(dict.fromkeys(b.name for b in v.sentence.benches if b.end <= found.start()))
    if len(names) != 2:
        return None
    pick = names[0] if found.group(1).lower() == "former" else names[1]
    b = next(b for b in v.sentence.benches if b.name == pick)
    return BenchPick(b.name, b.text, b.start)


# "drops by an average of 14.2 points from GSM8K to GSM-Plus": a change from one benchmark to
# another is the second one's (the first is what it is measured against).
_FROM_TO_BENCH_RE = re.compile(r"\s*(?:%|points?|pts|pp)?\s*(?:[a-z]+\s+){0,3}?from\s+(?:the\s+)?"
                               r"(?:original\s+)?$")


@rule("from-benchmark-to-benchmark",
      example("Accuracy drops by an average of 14.2 points from GSM8K to GSM-Plus across models.",
              "14.2 points", "GSM-Plus"))
def from_to_benchmark(v: AttachView) -> BenchPick | None:
    """ "drops by 14.2 points from A to B": a change measured on B against A."""
    num, benches = v.claim.num, [b for b in v.sentence.benches if b.start >= v.claim.num.end]
    if v.claim.kind == "absolute" or len(benches) < 2 or \
            not _FROM_TO_BENCH_RE.fullmatch(v.text, num.end, benches[0].start) or \
            not re.fullmatch(r"\s+to\s+(?:the\s+)?", v.text[benches[0].end:benches[1].start]):
        return None
    b = benches[1]
    return BenchPick(b.name, b.text, b.start)


# ", and on PlotProbe-2K, with its 2,000 plots, it scores 72.4": a later opening phrase.
_MID_LEAD_NAME_RE = re.compile(r"[,;]\s*(?:and\s+|while\s+|but\s+|whereas\s+)?(?:on|in)\s+"
                               r"(?:the\s+)?(?P<name>[A-Z][\w&'+-]*[A-Z0-9][\w&'+-]*)\s*,"
                               r"[^;]{0,100}$")


@rule("mid-lead-name",
      example("It reaches 86.1% on ChartQA, and on PlotProbe-2K, with its 2,000 plots, it scores "
              "72.4.", "72.4", "PlotProbe-2K"))
def mid_lead_name(v: AttachView) -> BenchPick | None:
    """An unlisted name opening the number's own clause, after a comma ("..., and on X, ...")."""
    num = v.claim.num
    found = _MID_LEAD_NAME_RE.search(v.text, max(v.sentence.start, num.start - 160), num.start)
    if found is None or not no_claim_between(v.claims, found.end("name"), num.start, v.claim) \
            or any(b.start == found.start("name") for b in v.sentence.benches):
        return None  # a listed benchmark there is the other rules' (and the fallback's)
    return v.unlisted_pick(found.group("name"), found.start("name"))


# A list member: a capitalised name, perhaps "our" one, perhaps two words ("HMMT February").
_NAME = r"(?:our\s+|the\s+)?[A-Z][\w.+@'-]*(?:\s(?:[A-Z0-9][\w.+@-]*|v\d[\w.]*))?"
_LIST_RE = re.compile(rf"\b(?:across|over|on)\s+(?:the\s+)?(?P<list>{_NAME}(?:\s*,\s*{_NAME})*"
                      rf"\s*,?\s*(?:and|&)\s+{_NAME})")
_AVERAGE_RE = caseless(r"\b(?:average[sd]?|averaging|mean)\b")
# Between the number and a list after it: only its unit ("by an average of 2.5 points across").
# ... perhaps past the other numbers of its list ("average gains of +2.8 and +4.1 points across")
_UNIT_GAP_RE = re.compile(r"(?:\s*(?:%|points?)?\s*(?:,\s*(?:and\s+)?|and\s+|/\s*)[+\-−]?\d+"
                          r"(?:\.\d+)?)*\s*(?:%|points?|pts|pp|percentage\s+points)?\s*")
# "by 4.8, 3.9 and 6.1 points on average across A, B and C": each number an average over them.
_ON_AVERAGE_GAP_RE = caseless(r"(?:\s*(?:%|points?)?\s*(?:,\s*(?:and\s+)?|and\s+)[+\-−]?\d+"
                              r"(?:\.\d+)?)*\s*(?:%|points?|pts|pp)?\s*on\s+average\s+"
                              r"(?=(?:across|over|on)\b)")
# "... for the 2B and 8B models, respectively": the list pairs numbers with models, not benchmarks.
_MODELS_RESPECTIVELY_RE = caseless(r"\b(?:models?|sizes?|variants?|students?|scales?)\s*,?\s*"
                                   r"respectively\b")
# Between a list and a later number of the same clause: no new clause, no other subject.
_CLAUSE_BREAK_RE = caseless(r";|,\s*(?:and|but|while|whereas|yet|compared|versus|vs)\b"
                            r"|\brespectively\b")
_GAP_REACH = 60  # characters from a list to a later number of the same clause ("from A to B, a")


def _lists(v: AttachView, lo: int, hi: int) -> list[re.Match]:
    """Written lists of two or more names in text[lo:hi] that hold a listed benchmark and no
    model ("across Llama, Qwen and Gemma" is a list of models)."""
    out = []
    for found in _LIST_RE.finditer(v.text, lo, hi):
        s, e = found.span("list")
        if any(s <= b.start < e for b in v.sentence.benches) and \
                not any(s <= m.start < e for m in v.sentence.models):
            out.append(found)
    return out


@rule("average-list-after",
      example("CodePRM-7B outperforms outcome reward models by an average of 2.5 points across "
              "LiveCodeBench, TACO and APPS.", "2.5 points", "AVERAGE"),
      example("Text-first training yields average gains of +2.8 and +4.1 points across MathVista, "
              "MathVerse and MathVision for the 2B and 8B models, respectively.", "+2.8",
              "AVERAGE"),
      counter("It gains 2.5 points across LiveCodeBench, TACO and APPS.", "2.5 points",
              "LiveCodeBench"),
      example("It improves M1, M2 and M3 by 4.8, 3.9 and 6.1 points on average across MATH-500, "
              "AMC 2023 and OlympiadBench, respectively.", "3.9", "AVERAGE"))
def average_list_after(v: AttachView) -> BenchPick | None:
    """ "by an average of 2.5 points across A, B and C": an average over the list after the
    number, though some of it is not in the table (the list rules read listed ones only)."""
    num, text = v.claim.num, v.text
    on_average = _ON_AVERAGE_GAP_RE.match(text, num.end)  # "by 4.8, 3.9 and 6.1 points on
    if on_average is None and not _averaged(v, models_listed=True):  # average across A, B, C"
        return None
    after = _lists(v, num.end, v.sentence.end)
    if not after or not (_UNIT_GAP_RE.fullmatch(text, num.end, after[0].start()) or (
            on_average is not None and on_average.end() == after[0].start())):
        return None
    return BenchPick("AVERAGE", after[0].group("list"), after[0].start("list"),
                     reason="one-number-for-benchmark-list")


# "reaches 58.6% averaged over four code benchmarks": the average over a counted set.
_AVERAGED_OVER_SET_RE = caseless(
    r"\s*(?:%|points?)?\s*,?\s*(?:(?:when\s+)?averaged|on\s+average)\s+(?:over|across)\s+(?:the\s+|all\s+)?"
    rf"(?:{COUNT}|both)\s+(?:[a-z-]+\s+){{0,2}}?"
    r"(?:benchmarks|datasets|suites|test\s+sets|evaluation\s+sets)\b")


@rule("averaged-over-set",
      example("RelPrompt gains 3.4 points on HumanEval+, and the fine-tuned variant reaches 58.6% "
              "averaged over four code benchmarks.", "58.6%", "AVERAGE"),
      counter("It reaches 58.6% on HumanEval+ over four seeds.", "58.6%", "HumanEval-Plus"),
      example("On SDCNL it scores 0.58, and thinking mode reduces F1 by 3.4 points on average "
              "across both datasets.", "3.4 points", "AVERAGE"))
def averaged_over_set(v: AttachView) -> BenchPick | None:
    """ "58.6% averaged over four code benchmarks": an average over benchmarks counted, not
    named (the benchmark named elsewhere in the sentence is no part of it)."""
    found = _AVERAGED_OVER_SET_RE.match(v.text, v.claim.num.end, v.sentence.end)
    if found is None:
        return None
    raw = found.group().strip(" ,%")
    return BenchPick("AVERAGE", raw, v.text.find(raw, v.claim.num.end))


@rule("average-list",
      example("LoRA-Lingua raises the average accuracy of Llama-3.2-3B-Instruct across MGSM, "
              "MSVAMP and our XGSM-Hard from 39.8% to 48.3%, a 21% relative gain.", "48.3%",
              "AVERAGE"),
      counter("The average accuracy across Qwen2.5-1.5B, Llama-3.2-1B and Gemma-2-2B on GSM8K is "
              "41.3%.", "41.3%", "GSM8K"),
      counter("On average it gains 2.1 points across GSM8K, TACO and APPS, and 4.0 "
              "points on GPQA-Diamond.", "4.0 points", "GPQA-Diamond"))
def average_list(v: AttachView) -> BenchPick | None:
    """ "the average accuracy across A, B and our C from 39.8% to 48.3%": an average over a
    list before the number that names benchmarks the table lacks (the other rules come first)."""
    num, text, sentence = v.claim.num, v.text, v.sentence
    average = _averaged(v)
    before = _lists(v, average[-1].end(), num.start) if average else []
    if not before:
        return None
    found, gap = before[-1], (before[-1].end(), num.start)
    if gap[1] - gap[0] > _GAP_REACH or _CLAUSE_BREAK_RE.search(text, *gap) or any(
            gap[0] <= b.start < gap[1] for b in sentence.benches):
        return None  # "..., and 4.0 points on B": that number's own benchmark
    return BenchPick("AVERAGE", found.group("list"), found.start("list"),
                     reason="one-number-for-benchmark-list")


def _averaged(v: AttachView, *, models_listed: bool = False) -> list[re.Match]:
    """The "average" words of the number's clause before it; none for a number of a list
    ("58.2% and 71.9%", which the list rules zip) or a sentence with "respectively", unless
    (`models_listed`) the list is zipped with models ("for the 2B and 8B models, respectively")."""
    num, text, sentence = v.claim.num, v.text, v.sentence
    lo = max(sentence.start, text.rfind(";", sentence.start, num.start) + 1)
    average = list(_AVERAGE_RE.finditer(text, lo, num.start))  # first: most clauses have none
    if not average:
        return []
    by_model = models_listed and _MODELS_RESPECTIVELY_RE.search(text, sentence.start, sentence.end)
    if not by_model and (in_number_group(v) or
                         "respectively" in text[sentence.start:sentence.end].lower()):
        return []
    return average
