"""Lead rules: the benchmark named by the phrase that opens a claim's sentence ("On B, ...")."""

from __future__ import annotations

import re

from analysis.claims.attach_base import AttachView, BenchPick, opening_phrase
from analysis.claims.caseless import caseless
from analysis.claims.cues import COUNT
from analysis.claims.flag_rules import bench_lists
from analysis.claims.rules import counter, example, rule

_LEAD_NAME_RE = re.compile(r"(?:\(?\d\)\s*)?(?:On|In)\s+(?:the\s+(?:\d[\d,]*\s+)?|our\s+(?:new\s+"
                           r"|proposed\s+)?"
                           r"(?:(?:benchmark|dataset|test\s+set)\s+)?)?(?P<name>[A-Z][\w&'+-]*"
                           r"(?:\s+(?:[A-Z][\w&'+-]*|\d+))*)(?:\s+itself|\s+alone|\s+\([^()]{1,20}\)"
                           r"|\s+at\s+\d[\w.]*"
                           r"(?:\s+(?:tokens|context))?)?(?:\s+(?:benchmark|dataset|test\s+set"
                           r"|development\s+set|suite)|\s+(?:instances|problems|puzzles|tasks)\b[^,;]{0,40})?"
                           r"\s*,")  # "On Blocksworld instances with up to 20 blocks, ..."


@rule("lead",
      example("On the BIRD development set, the models achieved an average improvement of 31.4 "
              "points.",
              "31.4", "BIRD"),
      counter("On GSM8K, Qwen3-4B falls from 94.1% to 90.3%, and on ARC-Challenge, Phi-4-mini "
              "drops by 3.5 points.", "3.5 points", "ARC-Challenge"),
      example("On the RECCON-DD split of RECCON, CauseRAG achieves 48.2 exact match.", "48.2",
              "RECCON-DD"),
      example("It transfers without extra training data: on REVERIE, NavLite attains a 36.4% "
              "success rate.", "36.4%", "REVERIE"))
def lead_one(v: AttachView) -> BenchPick | None:
    """ "On the BIRD development set, ... 56.87%": the opening phrase names one benchmark (or a
    part and its whole: "On the RECCON-DD split of RECCON, ...")."""
    found = opening_phrase(v)
    if found is None or not (len(found[1]) == 1 or len(found[1]) == 2 and _PART_JOIN_RE.fullmatch(
            v.text, found[1][0].end, found[1][1].start)):
        return None
    b = found[1][0]
    return BenchPick(b.name, b.text, b.start)


_PART_JOIN_RE = re.compile(r"\s+(?:split|subset|part|section|track|portion)\s+of\s+(?:the\s+)?")


@rule("lead-list",
      example("On multiple reasoning datasets (GSM8K, StrategyQA, and SVAMP), our strategies "
              "boost performance by over 70%.",
              "70%", "AVERAGE"),
      example("On a workload drawn from GSM8K, MATH-500 and AIME 2024, it achieves an average "
              "accuracy of 78.3%.", "78.3%", "AVERAGE"))
def lead_list(v: AttachView) -> BenchPick | None:
    """ "On multiple datasets (GSM8K, StrategyQA, SVAMP), ... 5%": one number for a list."""
    found = opening_phrase(v)
    if found is None or len({b.name for b in found[1]}) < 2:
        return None
    inside = found[1]
    return BenchPick("AVERAGE", v.text[inside[0].start:inside[-1].end],
                     reason="one-number-for-benchmark-list")


# "... and the medical subsets of MMLU": a part of a benchmark, still a member of the list.
_PART_OF_RE = caseless(r"\b(?:subsets?|splits?|parts?|sections?|categories)\s+of\s+(?:the\s+)?$")
_AVERAGED_LEAD_RE = re.compile(r"\s*(?:Averaged|Averaging|Taking\s+the\s+average)\s+(?:over|across"
                               r"|on)\s+(?:the\s+)?")


_SETS = r"(?:benchmarks|datasets|suites|competitions|contests)"  # (not "the two test sets" or
# "the 20 exams": the parts of one)
_COUNTED_SET_RE = caseless(rf"((?:(?:these|all|those)\s+{COUNT}|both)\s+(?:[\w-]+\s+)?"
                           rf"(?:tasks|{_SETS})|(?<=the\s){COUNT}\s+{_SETS})\s*,")
# (not "Averaged over the 9 IronyGym tasks,": the parts of one benchmark; "the four
# competitions,": the benchmarks named before)


@rule("averaged-lead",
      example("Averaged over GSM8K, SVAMP and ASDiv, it reaches 81.2%, within 0.9 points of "
              "GPT-4o.", "0.9 points", "AVERAGE"),
      example("Averaged over these four benchmarks, LexiSmall-3B trails Qwen2.5-7B-Instruct on "
              "COLIEE by only 1.3 points.", "1.3 points", "AVERAGE"),
      example("We test on LINGOLY and Linguini. Averaged over both benchmarks, the curriculum "
              "improves accuracy by 4.6 points.", "4.6 points", "AVERAGE"),
      example("We test on AIME 2025 and HMMT February 2025. Averaged across the two competitions, "
              "Qwen3-8B scores 28.9%.", "28.9%", "AVERAGE"))
def averaged_lead(v: AttachView) -> BenchPick | None:
    """ "Averaged over A, B and C, it reaches 68.4%": the sentence's numbers after the list are
    its average (unless a benchmark of their own stands between)."""
    lead = _AVERAGED_LEAD_RE.match(v.text, v.sentence.start, v.sentence.end)
    if lead is None:
        return None
    counted = _COUNTED_SET_RE.match(v.text, lead.end(), v.sentence.end)
    if counted:  # "Averaged over these four benchmarks, M trails N by 1.3 points"
        return BenchPick("AVERAGE", counted.group(1), lead.end(),
                         reason="one-number-for-benchmark-list")
    group = next((g for g in bench_lists(v.text, v.sentence.benches)
                  if g[0].start == lead.end()), None)
    if group is None or len({m.name for m in group}) < 2 or group[-1].end > v.claim.num.start \
            or any(group[-1].end <= b.start < v.claim.num.start for b in v.sentence.benches
                   if b not in group and "comparator" not in b.flags
                   and not _PART_OF_RE.search(v.text, max(0, b.start - 30), b.start)):
        return None  # "..., and on GPQA it reaches": that number's own benchmark
    return BenchPick("AVERAGE", v.text[group[0].start:group[-1].end],
                     reason="one-number-for-benchmark-list")


@rule("lead-name",
      example("On Olympia 2031, top models achieve slightly less than 40%.",  # not in the table
              "40%", "Olympia-2031"),
      example("On Towerworld instances with up to 20 blocks, it solves 78.3% of problems.",
              "78.3%", "Towerworld"),
      example("On Vernier at 128K, the model reaches 71.3, compared with 52.8 for its base.",
              "71.3", "Vernier"),  # a setting after the name ("at 128K") is no part of it
      example("On our new benchmark Quillset, it attains a citation F1 of 64.2 and an answer "
              "accuracy of 58.9%.", "58.9%", "Quillset"),
      example("On our Numlen suite, LoopLM-150M multiplies 20-digit numbers with 94.3% accuracy.",
              "94.3%", "Numlen"))
def lead_name(v: AttachView) -> BenchPick | None:
    """ "On ArtPedia, ...": an unlisted capitalised name opens the sentence."""
    found = opening_phrase(v)
    if found is None or found[1]:
        return None
    named = _LEAD_NAME_RE.match(v.text, v.sentence.start, v.sentence.end)
    return v.unlisted_pick(named.group("name"), named.start("name")) if named else None
