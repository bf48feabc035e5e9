"""Benchmark rules: the benchmark written next to a claim's number ("45% on ARC-AGI-1")."""

from __future__ import annotations

import re

from analysis.claims.attach_base import (
    LEAD_RE,
    RIVALS_BEFORE,
    AttachView,
    BenchPick,
    in_number_group,
    no_claim_between,
    set_bench,
)
from analysis.claims.caseless import caseless
from analysis.claims.domain_rules import after_domain, before_domain
from analysis.claims.flag_rules import bench_lists, usable_benchmark
from analysis.claims.lead_rules import averaged_lead, lead_list, lead_name, lead_one
from analysis.claims.names import COMPARED_SCORE, Mention, benchmark_after_number
from analysis.claims.reference_rules import (
    average_list,
    average_list_after,
    averaged_over_set,
    former_latter,
    from_to_benchmark,
    mid_lead_name,
)
from analysis.claims.row_rules import row_after_colon
from analysis.claims.rules import apply_first, counter, example, rule, table
from analysis.claims.sentence import Claim, Sentence, mask
from analysis.curated.benchmarks import BenchmarkIndex
from analysis.curated.name_prefixes import NamePrefixes

# No new clause between a number and "on B" ("3.4 points and on MMLU by"; "every subset of B").
_AFTER_GAP_RE = re.compile(r"^\s*(?:\([^()]*\)\s*)?"
                           r"(?:(?!(?:M|and|while|whereas|but|than|without)\b|" + COMPARED_SCORE +
                           r")[\w@.%'-]+\s+){0,4}?"
                           r"(?:(?:with|for|using)\s+(?:the\s+)?M\s+|over\s+(?:its|the)\s+base(?:\s+model)?\s+)?"
                           r"(?:on|in|at|across|averaged\s+over)\s+(?:(?:the|a|an|both|every|each"
                           r")\s+)?"
                           # ("on the NL2SVA-Human track of B", "the Counting & Probability
                           # subset of B": a part's own name, not another mention, "M" or "B")
                           r"(?:(?:[a-z][\w-]*\s+|[A-Z][a-z]+\s+){0,2}?|(?:[a-z0-9][\w-]*\s+|(?![MB]\b)"
                           r"[A-Z][\w-]*\s+|&\s+){0,4}?(?:domains?|subsets?|splits?|portions?"
                           r"|translations?|levels?|tracks?|sections?|groups?|famil(?:y|ies)"
                           r"|tiers?|questions|problems|puzzles|claims|items|tasks?|scenarios?|subjects?"
                           r"|sets?|terciles?|quartiles?|deciles?|categor(?:y|ies))\s+of\s+"
                           r"(?:the\s+)?)$")
_BEFORE_GAP_RE = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?(?:(?:(?!(?:and|or|while|whereas|compared|than|vs|versus|but)\b)"
    r"(?:[a-z@][\w@.-]*|\(\w+\))\s+){1,5}?of\s+|(?:(?!(?:and|or|while|whereas|compared|than|vs"
    r"|versus|but)\b)(?:\(?[a-z@][\w@.-]*|\(\w+\))\s+){0,5}?(?:(?:from|at|to|is|was|reaches|reaching"
    r"|by|with)\s+|[:=]\s*)?)(?:(?:about|approximately|around|over|under|nearly|just|only|up\s+to)"
    r"\s+|~\s*)?\(?\s*$")
# A capitalised name right before the number's bracket or colon: "ArtPedia (77.3)", "BIRD: 56".
_NAME_PAREN_BEFORE_RE = re.compile(r"(?<![\w-])([A-Z][\w&'+-]*(?:\s+(?:[A-Z][\w&'+-]*|v\d[\w.]*))*)"
                                   r"(?:\s+\((?:val|test|dev|en|En|full)\))?\s*\(\s*$")
_NAME_BEFORE_RE = re.compile(r"(?<![\w-])([A-Z][\w&'+-]*[A-Z0-9][\w&'+-]*)(?:\s+(?:is|was))?"
                             r"\s*:?\s*$")
_IS_AFTER_RE = re.compile(r"\s+(?:is|was)\b")
# "improves accuracy on CharXiv by 4.3 points": the name, then "by".
# ("raises ROUGE-L on VetNoteSum from 41.2 to 44.9": the name, then a pair's "from")
_ON_NAME_BY_RE = re.compile(r"\bon\s+(?:the\s+)?([A-Z][\w&'+-]*[A-Z0-9][\w&'+-]*)\s+(?:by|from)\s+"
                            r"(?:up\s+to\s+|about\s+|nearly\s+|over\s+|only\s+|just\s+)?$")
_GAP_REACH = 150  # characters: the gap patterns cannot match anything longer
_PART_NAME_AFTER_RE = re.compile(r"(?:(?:\s+(?:and|or)|,)\s+[A-Za-z][\w-]*)*\s+(?:(?:split|subset"
                                 r"|track|portion|section|tier)s?|categor(?:y|ies)|task\s+types?)\b")
# ("Pick and Clean", "the Visibility and Source categories")
# "9.7 points lower AIME 2024 accuracy", "by 3.1 FActScore points": the benchmark right after.
_COMPARATIVE_GAP_RE = re.compile(r"^\s*(?:(?:lower|higher|better|worse)\s+(?:the\s+)?)?$")
_THE_GAP_RE = re.compile(r"^\s*(?:the|its)\s+$")
_TRAINED_ON_GAP_RE = caseless(r"\b(?:train|fine-?tun|distill)\w*\s+(?:on|with)\s+(?:the\s+)?$")


def _after_mention(v: AttachView) -> Mention | None:
    """The benchmark mention right after the number that the "after" rule would take."""
    num, text = v.claim.num, v.text
    for b in v.sentence.benches:
        if b.start < num.end:
            continue
        if b.start - num.end > _GAP_REACH:
            break
        gap = mask(text, num.end, b.start, v.sentence)
        if "training" in b.flags and _TRAINED_ON_GAP_RE.search(gap):
            continue  # "55.0 when training on NuminaMath-1.5": the data, not where it was measured
        times_the = num.unit == "x" and _THE_GAP_RE.match(gap)  # "2.5x the AIME 2024 score"
        paren = gap.strip() == "(" and text.startswith((")", ","), b.end)  # "71.4 (DriveLM)"
        if (_AFTER_GAP_RE.match(gap) or _COMPARATIVE_GAP_RE.match(gap) or times_the or paren) and \
                no_claim_between(v.claims, num.end, b.start, v.claim):
            return b
    return None


# ... "of the obfuscated B", "of standard B": up to two describing words before the name.
_OF_GAP_RE = re.compile(r"^\s*of\s+(?:the\s+)?(?:(?:[\w-]+\s+)?[\w-]+(?:'s|’s)\s+|(?:(?!(?:and|or"
                        r"|than|but|while|whereas|all|its|their|our)\b)[a-z][a-z-]*\s+){1,2})?$")


@rule("of",
      example("Kite-7B solves 48.1% of AIME25 and 88.0% of MATH500 problems.", "88.0%",
              "MATH-500"),
      example("It gains 3.0 points on MedQA at the cost of 4.2 points of the base model's GSM8K "
              "accuracy.", "4.2 points", "GSM8K"),
      example("It solves 87.5% of GSM8K but only 27.0% of the obfuscated MATH-500 variant.",
              "27.0%", "MATH-500"))
def _of(v: AttachView) -> BenchPick | None:
    """ "solves 56.7% of AIME24": a share of a benchmark's problems is a score on it."""
    num = v.claim.num
    after = next((b for b in v.sentence.benches if b.start >= num.end), None)
    if num.unit in ("%", "pts") and after is not None and \
            _OF_GAP_RE.match(v.text[num.end:after.start]):
        return BenchPick(after.name, after.text, after.start)
    return None


_EDGE_AFTER_RE = re.compile(r"\s*\(\s*(?:[A-Za-z]+\s+)?")  # "Codeforces (rating 1710)"
_EDGE_BEFORE_RE = re.compile(r"\s*(?:%|points?)?\s*(?:on|in)\s+(?:the\s+)?")  # "45.0 on A ..."


def _edge_has_own_number(v: AttachView, group: list[Mention], *, at_start: bool) -> bool:
    """The list's other edge has a number of its own ("45.0 on LiveCodeBench (v6) and
    Codeforces (rating 1710)"): its members are scored one by one, not averaged."""
    others = [c for c in v.claims if c is not v.claim]
    if at_start:
        return any(c.num.start >= group[-1].end and _EDGE_AFTER_RE.fullmatch(
            v.text[group[-1].end:c.num.start]) for c in others)
    return any(c.num.end <= group[0].start and _EDGE_BEFORE_RE.fullmatch(
        v.text[c.num.end:group[0].start]) for c in others)


def _list_average(v: AttachView, b: Mention | None, *, at_start: bool) -> BenchPick | None:
    """AVERAGE when `b`, the mention next to a lone number, opens (`at_start`) or closes a
    written list of two or more benchmarks with no other number inside it."""
    if b is None or in_number_group(v):
        return None
    group = next((g for g in bench_lists(v.text, v.sentence.benches) if b in g), [b])
    if len({m.name for m in group}) < 2 or group[0 if at_start else -1] is not b or \
            not no_claim_between(v.claims, group[0].start, group[-1].end, v.claim) or \
            _edge_has_own_number(v, group, at_start=at_start):
        return None  # "MMMU (77.3%), AI2D (91.5%) and ChartQA (90.9%)": each its own
    return BenchPick("AVERAGE", v.text[group[0].start:group[-1].end],
                     reason="one-number-for-benchmark-list")


@rule("after-list",
      example("Vote distillation improves accuracy by 2.5-4.0 points on GSM8K, MATH-500 and "
              "ARC-Challenge.", "2.5-4.0 points", "AVERAGE"),
      counter("It scores 58.2% and 71.9% on GSM8K and SVAMP, respectively.", "58.2%", "GSM8K"))
def _after_list(v: AttachView) -> BenchPick | None:
    """One number before a list of benchmarks ("+3 points on A, B and C"): their average."""
    return _list_average(v, _after_mention(v), at_start=True)


@rule("after",
      example("Our model achieves 41.3% on AIME 2024.",
              "41.3%", "AIME-2024"),
      example("Generic pruning yields 6.2 points lower GSM8K accuracy.", "6.2 points", "GSM8K"),
      example("It scores 38.4% on AIME 2024 and 41.2% on OlympiadBench, over 2.5x the AIME 2024 "
              "score of Qwen2.5-Math-1.5B.", "2.5x", "AIME-2024"),
      example("It scores 62.8 on BFCL v3 and 41.5% on the retail domain of τ-bench.", "41.5%",
              "Tau-Bench"),
      example("It reaches 81.3% label accuracy on FEVER and 68.2% on the 4-hop claims of HoVer.",
              "68.2%", "HoVer"),
      example("It reaches 71.6% on DafnyBench and 64.2% on the NL2SVA-Human track of FVEval.",
              "64.2%", "FVEval"),
      example("It gains 6.3 on KOR-Bench and over 10 points on the cognition and ARC-like task "
              "families of BBEH.", "10 points", "BBEH"),
      example("It gains 5.8 points on 1D-ARC and 2.4 to 3.7 points across the three concept "
              "groups of ConceptARC.", "2.4", "ConceptARC"),
      example("It achieves 71.4 (DriveLM), 60.2 (NuScenes-QA) and 83.0 (Talk2Car, Acc@0.5).",
              "60.2", "NuScenes-QA"),
      counter("It lifts the RULER score of Tiny-1B by 10.7 points without hurting accuracy on "
              "MMLU.", "10.7 points", "RULER"))
def _after(v: AttachView) -> BenchPick | None:
    """A benchmark mention right after the number ("45% on ARC-AGI-1", "41.3 for M on B")."""
    b = _after_mention(v)
    return None if b is None else BenchPick(b.name, b.text, b.start)


@rule("after-name",
      example("It gains +7.1 BLEU@1 in captioning on Zephyrcaps.",  # a name not in the table
              "+7.1", "Zephyrcaps"),
      example("It falls to 17.5% on the corresponding Perturbia problems.", "17.5%",
              "Perturbia"),
      example("It resolves 27.4% on SWE-bench Verified, compared with 15.5% on Verified for its "
              "base model.", "15.5%", "SWE-Bench-Verified"),
      counter("Retrieval improves by 12.6 points in Recall@10 on ArchivalQA.", "12.6 points",
              "ArchivalQA"))  # "Recall": a metric at a cut-off, no benchmark
def _after_name(v: AttachView) -> BenchPick | None:
    """An unlisted name after "on" ("+7.1 on Artpedia"; "ArtPedia" is a mention, discovered.py);
    a listed one's last word is it ("27.4% on SWE-bench Verified, compared with 15.5% on
    Verified"); not a part's name ("on the Complete split")."""
    num = v.claim.num
    found = benchmark_after_number(v.text, num.end, v.sentence.end, v.benchmarks,
                                   v.model_spans, v.prefixes)
    if found is None or not no_claim_between(v.claims, num.end, found.start, v.claim) or \
            v.text.startswith("@", found.end) or \
            _PART_NAME_AFTER_RE.match(v.text, found.end) or _TRAINED_ON_GAP_RE.search(
                v.text, num.end, found.start):
        return None
    short = f" {found.text.lower()}"
    longer = next((b for b in reversed(v.sentence.benches) if b.end <= found.start and
                   b.text.lower().endswith(short)), None)
    if longer is not None:
        return BenchPick(longer.name, found.text, found.start)
    return BenchPick(found.name, found.text, found.start)


def _before_mention(v: AttachView) -> Mention | None:
    """The benchmark mention right before the number that the "before" rule would take."""
    num = v.claim.num
    for b in reversed(v.sentence.benches):
        if b.end > num.start:
            continue
        if num.start - b.end > _GAP_REACH:
            break
        if _BEFORE_GAP_RE.match(v.text[b.end:num.start]) and \
                no_claim_between(v.claims, b.end, num.start, v.claim) and \
                "comparator" not in b.flags:
            return b
    return None


@rule("before-list",
      example("Quill lowers the average accuracy on AIME 2024, MATH-500 and GPQA-Diamond by only "
              "1.1 points.", "1.1 points", "AVERAGE"),
      counter("It scores 58.2% and 71.9% on GSM8K and SVAMP, respectively.", "71.9%", "SVAMP"),
      counter("It reaches MMMU (70.1%), AI2D (88.0%) and ChartQA (85.2%).", "85.2%", "ChartQA"))
def _before_list(v: AttachView) -> BenchPick | None:
    """One number after a list of benchmarks ("the average over A, B and C from 35.6 to 39.4"):
    their average, not the list's last."""
    return _list_average(v, _before_mention(v), at_start=False)


@rule("before",
      example("MobileLLM-R1-950M achieves an AIME score of 15.5.",
              "15.5", "AIME"))
def _before(v: AttachView) -> BenchPick | None:
    """A benchmark mention before the number ("AIME score of 15.5", "GSM8K (77.3%)")."""
    b = _before_mention(v)
    return None if b is None else BenchPick(b.name, b.text, b.start)


# "... 8.9 points and SmoothQuant 15.2 points": the name is a second subject, not a benchmark.
_GAPPED_SUBJECT_RE = re.compile(r"\d\s*(?:%|points?|pts?)?\s*,?\s*(?:and|or)\s+$")
_RIVALS_END_RE = re.compile(rf"{RIVALS_BEFORE}$")
_CELL_BEFORE_RE = re.compile(r"\d\s*,\s*(?:and\s+)?$")
# "improving on MolT5-large by 0.018": the name is what the model improves on, a rival
_IMPROVING_ON_RE = re.compile(r"\bimprov(?:es|ing|ed)\s+(?:on|upon)\s+(?:the\s+)?$")


@rule("before-name",
      example("It has strong multimodal scores on QuokkaVis (91.5%).",  # not in the table
              "91.5%", "QuokkaVis"),
      example("On average, the pass rate on FreshMath-25 is 38 points lower than on MATH-500.",
              "38 points", "FreshMath-25"),
      example("It also improves reasoning-question results on QuokkaChart by 4.3 points.",
              "4.3 points", "QuokkaChart"),
      example("OmitGuard raises ROUGE-L on VetNoteSum from 41.2 to 44.9.", "41.2", "VetNoteSum"),
      counter("Our method loses 1.0 point, whereas RTN loses 7.7 points and AutoRound 12.4 points.",
              "12.4 points", ""),
      counter("On AIME 2024, SkipStep-7B scores 44.9, outperforming ThinkPrune (41.2) and L1-Exact "
              "(38.6).", "38.6", "AIME-2024"),
      counter("On MATH-500, AnchorSR is 4.1 points above the unanchored loop.", "4.1 points",
              "MATH-500"),
      counter("On ChEBI-20, MolT-Lite reaches a BLEU-4 of 0.612, improving on MolT5-large by "
              "0.018.", "0.018", "ChEBI-20"))
def _before_name(v: AttachView) -> BenchPick | None:
    """An unlisted capitalised name right before the number ("ArtPedia (77.3)", "BIRD: 56")."""
    start = v.sentence.start
    left = v.text[start:v.claim.num.start]
    named = _NAME_PAREN_BEFORE_RE.search(left) or _NAME_BEFORE_RE.search(left) or \
        _ON_NAME_BY_RE.search(left)
    if v.claim.num.value > 100 and not v.claim.num.unit:
        return None  # "a consumer RTX 4090": a product number, not a score
    if named and (_GAPPED_SUBJECT_RE.search(left, 0, named.start(1)) or
                  _RIVALS_END_RE.search(left, 0, named.start(1)) or
                  _IMPROVING_ON_RE.search(left, 0, named.start(1)) or (
                      _CELL_BEFORE_RE.search(left, 0, named.start(1))
                      and row_after_colon(v.text, start, v.claim.num.start)) or (
                      _IS_AFTER_RE.match(left, named.end(1)) and
                      not _LOCATIVE_RE.search(left, 0, named.start(1)))):
        return None  # "QuaRot loses 8.9 points and SmoothQuant 15.2": a model, its verb left
        # out; "outperforming ThinkPrune (41.2)": a rival model; "On B, AnchorSR is 4.1 points
        # above": the subject (not "accuracy on FreshMath-25 is 38 points lower"); "Solve rate:
        # uniform 8.9, GridCurriculum 21.7": a row's label
    return v.unlisted_pick(named.group(1), start + named.start(1)) if named else None


# Between "on B" and the number: the same phrase ("on GSM8K it goes from"): no comma, unless
# it only sets off "from" ("on GPQA it improves slightly, from 54.3 to 55.6"), and no ";".
_CLAUSE_GAP_RE = re.compile(r"^(?!.*\b(?:and|or|while|whereas|but|than|compared)\b)"
                            r"(?:[^;,]{0,100}|[^;,]{0,80},\s*from\s*)$")
_LOCATIVE_RE = caseless(r"\b(?:on|in|for|at|across)\s+(?:the\s+)?$")


@rule("clause",
      example("On MATH-500 it rises from 64.8% to 72.6%, and on GSM8K it goes from 88.6% to "
              "91.9%.", "91.9%", "GSM8K"),
      example("On AIME it scores 61.7, and on GPQA-Diamond it even improves slightly, from 54.3 "
              "to 55.6.", "55.6", "GPQA-Diamond"))
def _clause(v: AttachView) -> BenchPick | None:
    """ "on GSM8K it goes from 88.6% to 91.9%": the benchmark that opens the number's phrase.

    The nearest "on/in/for B" before the number, in the same phrase; only the other end of the
    number's own from-to pair may stand between them. A benchmark opening the sentence ("On
    B, ...") is the lead rule's.
    """
    num, text = v.claim.num, v.text
    lead = LEAD_RE.match(text, v.sentence.start, v.sentence.end)
    for b in reversed(v.sentence.benches):
        if b.end > num.start:
            continue
        if num.start - b.end > 100 or (lead and b.start < lead.end()):
            return None
        partners = [c.num.start for c in v.claims if _pair_partner(c, v.claim)
                    and b.end <= c.num.start < num.start]
        stop = min(partners + [num.start])
        between = [c for c in v.claims if b.end <= c.num.start < num.start and c is not v.claim
                   and c.parent is not v.claim and c.num.start not in partners]
        locative = _LOCATIVE_RE.search(text, max(v.sentence.start, b.start - 12), b.start)
        if locative and not between and usable_benchmark(b) and _CLAUSE_GAP_RE.match(
                mask(text, b.end, stop, v.sentence)):
            return BenchPick(b.name, b.text, b.start)
        return None
    return None


def _pair_partner(other: Claim, claim: Claim) -> bool:
    a, b = other.num, claim.num
    return other is not claim and bool(a.pair_role and b.pair_role and a.pair_role != b.pair_role
                                       and abs(a.start - b.start) < 40)


ATTACH = table(
    "benchmark", "benchmark", "The benchmark written next to the number: after it, before it, "
    "or opening the sentence.",
    _of, former_latter, from_to_benchmark, _after_list, average_list_after, averaged_over_set,
    _after, _after_name,
    after_domain, averaged_lead, _before_list, average_list, _before, _before_name, before_domain,
    _clause, lead_one, lead_list, lead_name, mid_lead_name)


def attach_benchmark(text: str, sentence: Sentence, claim: Claim, claims: list[Claim],
                     benchmarks: BenchmarkIndex, prefixes: NamePrefixes) -> None:
    """Benchmarks written next to the number: "45% on B", "B score of 15.5", "B (77.3%)"."""
    if claim.parent is not None:
        return  # a bracketed change takes its parent's benchmark (fallback rule "paren")
    fired = apply_first(ATTACH, AttachView(text, sentence, claim, claims, benchmarks, prefixes))
    if fired is not None:
        set_bench(claim, fired, ATTACH)
