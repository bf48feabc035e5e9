"""Fallback benchmark rules: the benchmark a sentence or the abstract implies for a number."""

from __future__ import annotations

import re

from analysis.claims.attach_base import DOMAIN_RE, BenchPick, set_bench
from analysis.claims.caseless import caseless
from analysis.claims.compare_rules import (
    appositive_change,
    compared_like,
    compared_score,
    parallel_pair,
)
from analysis.claims.cues import COUNT
from analysis.claims.domain_rules import blank_mentions, domain_only
from analysis.claims.elsewhere_rules import (
    benchmark_paper,
    carried_over,
    first_or_second,
    only_benchmark,
    own_benchmark_named,
    previous_sentence,
    results_continued,
    there,
)
from analysis.claims.fallback_base import (
    AND_PREDICATE_RE,
    AVERAGED_OVER_RE,
    COMPARED_RE,
    CONCESSIVE_RE,
    CONTRAST_CLAUSE_RE,
    NEW_CLAUSE_RE,
    OVER_PARTS_RE,
    OVERALL_RE,
    PER_RUN_RE,
    SAME_BENCHMARK_AFTER_RE,
    FallbackView,
    copy_pick,
    nearest_before,
    only_one_before,
    own_clause_after,
)
from analysis.claims.flag_rules import bench_lists
from analysis.claims.names import Mention
from analysis.claims.own_names import PaperContext
from analysis.claims.rules import apply_first, counter, example, rule, table
from analysis.claims.sentence import GROUP_GAP_RE, Claim, Sentence

_STRONG_AVG_RE = caseless(r"\b(?<!mean\s)(?:average[sd]?|averaging|avg|macro-?average"
                          # (not "mean reciprocal rank", "mean absolute error": a metric's name;
                          # not "averages the per-script adapters": a merge)
                          r"|mean(?!\s+(?:reciprocal|absolute|squared|average\s+precision|IoU)))\b"
                          r"(?!\s+the\s+(?:[\w-]+\s+)?(?:adapters|weights|checkpoints)\b)"
                          r"(?:\s+[\w@-]+){0,6}\s*$|\bon\s+(?:an?\s+)?average\b")
_STRONG_AVG_RIGHT_RE = caseless(r"^\s*(?:\([^()]*\)\s*)?(?:[\w@.-]+\s+){0,3}?(?:on\s+average"
                                # ("61.3% accuracy with an average of 2,870 tokens": theirs)
                                r"|average(?!\s+of\s+\d)|avg)\b")
# How many benchmarks: "five", "12".
# "within 1.2 points of M on average across our eight evaluation benchmarks": later in its clause.
_AVERAGE_ACROSS_RE = caseless(r"[^,;]{0,80}?\bon\s+(?:the\s+)?average\s+(?:across|over|of)\s+"
                              rf"(?:(?:the\s+|our\s+|all\s+)?{COUNT}\s+(?:[\w-]+\s+){{0,3}}?"
                              r"(?:benchmarks|tasks|datasets)\b"
                              # "within 1.6 points of M on the average of A, B, and C"
                              r"|(?-i:[A-Z])[^,;]{0,30},)")
_WHOLE_BENCHMARK_RE = caseless(r"[^,;]{0,30}?\b(?:over|on|across)\s+the\s+(?:full|whole"
                               r"|entire)\s+(?:benchmark|test\s+set|dataset)\b")
_WEAK_AVG_RE = caseless(
    rf"\b(?:across|on|over)\s+(?:the\s+|our\s+)?(?:{COUNT}|multiple|several|various|all|many"
    r"|diverse|different|numerous)(?:\s+(?:[\w-]+\s+){0,5}?(?:benchmarks|tasks|datasets|domains)"
    r"|-(?:benchmark|task|dataset)\s+(?:suite|set|collection))\b")  # "our twelve-benchmark suite"
_OVER_MODELS_RE = caseless(r"\b(?:across|over|for|of)\s+(?:all\s+|the\s+)?(?:\d+\s+|[a-z]+\s+)?"
                           r"(?:[\w-]+\s+){0,3}?models\b")
_SAME_BENCHMARK_RE = caseless(r"\b(?:the\s+same|this)\s+(?:benchmark|dataset|test\s+set)\b")



@rule("paren",
      example("Qwen2.5-32B-Instruct achieves 56.7% (+40.0%) on AIME 2024.",
              "+40.0%", "AIME-2024"))
def _paren(v: FallbackView) -> BenchPick | None:
    """ "56.7% (+40.0%) on B": a bracketed change is on its number's benchmark, by its rule."""
    p = v.claim.parent
    return None if p is None else copy_pick(p, p.bench_rule or None)


@rule("continued",
      example("MobileLLM-R1-950M achieves an AIME score of 15.5, compared to just 0.6 for "
              "OLMo-2-1.48B and 0.3 for SmolLM-2-1.7B.",
              "0.6", "AIME"),
      counter("Switch-4B scores 68.4% on MMLU-Pro and averages 64.2 across six benchmarks.",
              "64.2", "AVERAGE"))
def _continued(v: FallbackView) -> BenchPick | None:
    """ "15.5 on AIME, compared to just 0.6 for M": a continuation shares the benchmark (not
    one "across six benchmarks": an average of its own)."""
    i, num = v.index, v.claim.num
    if v.claim.continuation and i > 0 and v.claims[i - 1].bench and not _WEAK_AVG_RE.search(
            v.text, num.end, min(v.sentence.end, num.end + 40)):
        return copy_pick(v.claims[i - 1])
    return None


@rule("pair",
      example("GSM8K accuracy of T5 XXL improves from 8.11% to 21.99%.",
              "21.99%", "GSM8K"))
def _pair(v: FallbackView) -> BenchPick | None:
    """ "from under 12 to 29-42": both ends on one benchmark, by the first end's rule."""
    i, claims = v.index, v.claims
    if v.claim.num.pair_role == "to" and i > 0 and claims[i - 1].num.pair_role == "from" and \
            claims[i - 1].bench:
        return copy_pick(claims[i - 1], claims[i - 1].bench_rule)
    return None


@rule("pair-from",
      example("It improves from 31.2% to 47.6% on GSM8K and from 12.4% to 26.0% on MATH-500.",
              "12.4%", "MATH-500"))
def _pair_from(v: FallbackView) -> BenchPick | None:
    """ "from 12.4% to 26.0% on B": the first end of a pair is on the benchmark after it."""
    if v.claim.num.pair_role != "from":
        return None
    partner = next((c for c in v.claims[v.index + 1:] if c.num.pair_role == "to"), None)
    if partner is not None and partner.bench and partner.bench_rule.startswith("after"):
        return copy_pick(partner, partner.bench_rule)
    return None


@rule("listed",
      example("Saturn-1.5B and Saturn-7B improve average scores by +4.9 and +1.8.",
              "+1.8", "AVERAGE"))
def _listed(v: FallbackView) -> BenchPick | None:
    """ "+14.0 and +28.1 on B": list members share the benchmark."""
    before = v.main_before
    if before and before[-1].bench and GROUP_GAP_RE.match(
            v.text[before[-1].num.end:v.claim.num.start]):
        return copy_pick(before[-1])
    return None


_APPOSITIVE_RE = re.compile(r"^[^;,]{0,60},\s*(?:which\s+is\s+|or\s+)?$")
_MARGIN_AFTER_RE = caseless(r"\s*(?:points?|pts|pp)?\s*(?:above|below|ahead\s+of|behind|higher"
                            r"|lower|better|worse)\b")


@rule("compared",
      example("It attains an average accuracy of 69.4%, surpassing the best baseline by +2.4 "
              "percentage points.",
              "+2.4", "AVERAGE"),
      example("It scores 61.5% on LiveCodeBench, and averages 71.4 across our twelve-benchmark "
              "suite, 2.2 points above Qwen3-4B.", "2.2 points", "AVERAGE"),
      counter("On MATH, it scores 83.6 while GPT-4o scores 68.0, and averaged over the six math "
              "benchmarks it leads by 11.2 points.", "11.2 points", "AVERAGE"),
      counter("It reaches 58.2% on MathVista, and on MathVerse it improves over its initialisation "
              "by 4.0 points.", "4.0 points", "MathVerse"))
def _compared(v: FallbackView) -> BenchPick | None:
    """ "69.4% on B, surpassing X by +2.4 points": a change compared with the score before."""
    main = [c for c in v.main_before if c.bench]
    if not main or v.claim.kind == "absolute":
        return None
    between = v.text[main[-1].num.end:v.claim.num.start]
    if (_WEAK_AVG_RE.search(between) and main[-1].bench != "AVERAGE") or any(
            main[-1].num.end <= b.start < v.claim.num.start and b.name != main[-1].bench
            and NEW_CLAUSE_RE.search(v.text, main[-1].num.end, b.start) for b in v.usable()):
        return None  # "83.6 on B, and averaged over six benchmarks it leads by 11.2": theirs;
        # "58.2% on A, and on a subset of B it improves over M by 4.0": B's
    if COMPARED_RE.search(between) or (  # "averages 71.4 across ..., 2.2 points above M"
            _APPOSITIVE_RE.match(between) and _MARGIN_AFTER_RE.match(v.text, v.claim.num.end)
            and not any(main[-1].num.end <= b.start < v.claim.num.start
                        for b in v.sentence.benches)):
        return copy_pick(main[-1])
    return None


_OWNED_AVERAGE_RE = re.compile(r"\s*(?:%|points?|pts)?\s*(?:on\s+average|averaged|in\s+average)\b")
_BENCHMARK_PLURAL_RE = caseless(r"\b(?:benchmarks|tasks|datasets|suites|domains)\b"
                                r"|-benchmark\s+(?:suite|set|collection)\b")
# A number standing alone (not "2.5" of "Qwen2.5-7B", "500" of "MATH-500", "3" of "pass@3").
_BARE_NUMBER_RE = re.compile(r"(?<![\w.@/-])\d+(?:\.\d+)?(?![\w-])")


_OUT_OF_AFTER_RE = re.compile(r"\s*(?:points?\s+)?out\s+of\s+(?:a\s+maximum\s+of\s+)?\d")


@rule("average",
      example("The R1-RE-7B model attains an average OOD accuracy of approximately 70%.",
              "70%", "AVERAGE"),
      counter("Prune-R cuts outputs by 40% on average and holds GSM8K accuracy at 91.3%, versus "
              "91.9% before pruning.", "91.9%", "GSM8K"),
      counter("Across 12 models under 4B parameters, accuracy drops by 6.3 points on average.",
              "6.3 points", ""),
      example("It averages 71.4 across our twelve-benchmark suite.", "71.4", "AVERAGE"),
      counter("We evaluate 15 models on MMLU-ProX-Lite in 10 languages. Qwen3-1.7B averages 33.6% "
              "across the 10 languages.", "33.6%", "MMLU-ProX-Lite"),
      counter("We introduce GridLogic, a benchmark of grid puzzles. Small models average 31.5% "
              "over the full benchmark.", "31.5%", "GridLogic"),
      example("CoSR ends within 2.2 points of supervised GRPO on the average of five benchmarks.",
              "2.2 points", "AVERAGE"),
      example("It achieves 72.4% on AMC 2023 and comes within 1.6 points of "
              "DeepSeek-R1-Distill-Llama-8B on the average of AIME 2024, AIME 2025, and HMMT "
              "February 2025.", "1.6 points", "AVERAGE"),
      example("It scores 70.3% on ChartQA, staying within 1.2 points of the full-resolution model "
              "on average across our eight evaluation benchmarks.", "1.2 points", "AVERAGE"),
      example("Removing the step term costs 3.9 points on average, and doubling its weight hurts "
              "AIME 2024 by 2.5 points.", "3.9 points", "AVERAGE"),
      example("It outperforms the pair by 1.7 points on that average, with gains of up to +6.2 on "
              "Minerva Math.", "1.7 points", "AVERAGE"),
      example("We test small critics on ProcessBench. Prompted as critics, they reach average F1 "
              "scores of only 14.2 and 21.8.", "14.2", "ProcessBench"),
      counter("We test retrievers on LegalBench-RAG. Mean reciprocal rank improves by 0.071 over "
              "the dense retriever.", "0.071", "LegalBench-RAG"),
      counter("We study Hanabi with small agents. In two-player self-play, the agent averages "
              "18.7 points out of 25.", "18.7 points", "Hanabi"))
def _average(v: FallbackView) -> BenchPick | None:
    """ "an average of 45.1", "52.3 on average": the average over the paper's benchmarks
    (an "average" before another number is that number's)."""
    num, sentence, text = v.claim.num, v.sentence, v.text
    lo = max(sentence.start, num.start - 60)
    lo = max([lo, *(m.end() for m in _BARE_NUMBER_RE.finditer(text, lo, num.start))])
    owned = _OWNED_AVERAGE_RE.match(text, lo, num.start)  # "9.7 points on average and by 20"
    left = text[owned.end() if owned else lo:num.start]
    right = text[num.end:min(sentence.end, num.end + 40)]
    if _OUT_OF_AFTER_RE.match(right):
        return None  # "averages 18.7 points out of 25": a mean score on its own scale
    if not (_STRONG_AVG_RE.search(left) or _STRONG_AVG_RIGHT_RE.match(right) or
            _AVERAGE_ACROSS_RE.match(text, num.end, sentence.end)) or \
            _SAME_BENCHMARK_RE.search(text, sentence.start, num.start) or (
            _OVER_MODELS_RE.search(text, sentence.start, sentence.end) and
            not _BENCHMARK_PLURAL_RE.search(text, sentence.start, sentence.end)):
        return None  # "On the same benchmark, ... lose 17.9 points on average", "across 12
        # models, accuracy drops by 6.3 points on average": a mean over models, not benchmarks
    named = {b.name for b in v.usable() if b.end <= num.start or not (NEW_CLAUSE_RE.search(
        text, num.end, b.start) or any(num.end <= c.num.start < b.start for c in v.claims))}
    # ("3.9 points on average, and ... hurts B", "1.7 on that average, with up to +6.2 on B":
    # B is another number's)
    if (not named and v.paper.own_benchmark and v.paper.benchmark_paper and
            not _BENCHMARK_PLURAL_RE.search(text, sentence.start, sentence.end)) or \
            _WHOLE_BENCHMARK_RE.match(text, num.end, sentence.end):
        return None  # a benchmark paper's "adds fewer than 3 points on average": over its
        # models; "average 31.5% over the full benchmark": over its items
    plural = _BENCHMARK_PLURAL_RE.search(text, sentence.start, sentence.end)
    if not named and OVER_PARTS_RE.search(text, sentence.start, sentence.end) and not plural:
        return None  # "averages 33.6% across the 10 languages": the benchmark named before
    if len(named) == 1 and (PER_RUN_RE.search(text, sentence.start, sentence.end) or
                            v.parts_of_one() or not plural):
        return None  # "AIME 2024 ranges from 23.3% to 33.3% across seeds, with a mean of 28.5%";
        # "worse on CommonsenseQA in 10 of 12 pairs, with a mean drop of 3.4": over the pairs;
        # "72.6% average accuracy across the 27 BBH tasks": over the parts of one benchmark
    one = not (named or plural or _BENCHMARK_PLURAL_RE.search(text, 0, sentence.start)) and \
        not DOMAIN_RE.search(blank_mentions(v))
    return (one and only_one_before(v, left, right)) or BenchPick("AVERAGE", "average")  # ("on B.
    # ... reach an average F1 of 14.2": B's subsets, the only benchmark named before)


@rule("benchmark-list",
      example("Training boosts accuracy on competition-level benchmarks (GSM-Symbolic, MATH-500, "
              "AIME) by up to 2.06x.",
              "2.06x", "AVERAGE"))
def _benchmark_list(v: FallbackView) -> BenchPick | None:
    """ "improves GSM8K, MATH and AIME by 5%": one number for a list of benchmarks."""
    usable = v.usable()
    if not usable:
        return None
    nearest = nearest_before(v, usable)
    for group in bench_lists(v.text, usable):
        if nearest in group and len({b.name for b in group}) > 1:
            return BenchPick("AVERAGE", v.text[group[0].start:group[-1].end],
                             reason="one-number-for-benchmark-list")
    return None


_AND_RE = re.compile(r"\band\b")


@rule("sentence",
      example("For instance, on LiveMathBench, SSR improves pass@1 accuracy by 13.84%.",
              "13.84%", "LiveMathBench"),
      counter("RL raises GSM8K accuracy by 9 points, but harmful compliance grows from 5.0% to "
              "20.2%.", "5.0%", ""),
      counter("This is just 2.0 points below the model trained on human data, and Sprout-1B "
              "even leads on AMC 2023.", "2.0 points", "",
              title="Sprout: Self-Play Data for Small Math Reasoners"),
      example("M reaches 48.3 on AIME 2024, while the 4B model comes within 2.1 points of "
              "o3-mini (medium) on AIME 2025.", "2.1 points", "AIME-2025"),
      counter("It reaches a win rate of 17.3 and keeps its IFEval accuracy at 68.5%.", "17.3",
              ""),
      counter("The 7B model trails GPT-4.1 by only 0.7 points and transfers to Spider 2.0 "
              "without tuning.", "0.7 points", ""),
      counter("Qwen3-8B reaches 41.7% even though it scores over 95% on MATH-500.", "41.7%", ""),
      counter("M lags Wren-1.5B by 12.9 points, even though both reach similar accuracy on "
              "MATH-500.", "12.9 points", ""),
      counter("Averaged over seven benchmarks, it outperforms Search-R1 by 4.6 points, with the "
              "largest gain on MuSiQue.", "4.6 points", "AVERAGE"),
      counter("M attains 24.6% overall and over 60% on the Zorb-Transform problems.", "24.6%",
              ""),
      example("The student gains 5.2 points on MATH-500, but still outperforms "
              "Llama-3.1-8B-Instruct, which scores 60.1% on the same benchmark.", "60.1%",
              "MATH-500"),
      counter("It reaches 61.0% on AeroMind. It beats budget forcing by 6.3 points on the same "
              "benchmark and by 4.9 points on GPQA-Diamond.", "6.3 points", "AeroMind"))
def _sentence(v: FallbackView) -> BenchPick | None:
    """The benchmark nearest before the number in its sentence (else the first after it, in
    the number's own clause: not "1.5 points below M, and N is ahead on B")."""
    usable = v.usable()
    if not usable or (SAME_BENCHMARK_AFTER_RE.match(v.text, v.claim.num.end, v.sentence.end)
                      and all(b.start > v.claim.num.start for b in usable)):
        return None  # ("by 6.3 points on the same benchmark and by 4.9 on B": the one before)
    nearest = own_clause_after(v, usable) or nearest_before(v, usable)
    if nearest.start > v.claim.num.start and CONCESSIVE_RE.search(
            v.text, v.claim.num.end, nearest.start) and (any(
            v.claim.num.end <= c.num.start < nearest.start and c.bench_at == nearest.start
            for c in v.claims) or not any(c.num.start > v.claim.num.end for c in v.claims)):
        return None  # "reaches 41.7% even though it scores over 95% on B": B is 95%'s; "lags
        # M by 12.9 points, even though both reach similar accuracy on B": B is no number's
    if nearest.start > v.claim.num.start and (AVERAGED_OVER_RE.search(
            v.text, v.sentence.start, v.claim.num.start) or _WEAK_AVG_RE.search(
            v.text, v.claim.num.end, nearest.start)):
        return None  # "Averaged over seven benchmarks, it leads by 4.6, most on B": the average
        # ("gains of 4 to 8 points across three electrical benchmarks, up to 9.4 on B")
    if nearest.start > v.claim.num.start and (NEW_CLAUSE_RE.search(
            v.text, v.claim.num.end, nearest.start) or AND_PREDICATE_RE.search(
            v.text, v.claim.num.end, nearest.start) or (_AND_RE.search(
                v.text, v.claim.num.end, nearest.start) and any(
                (c.num.start >= nearest.end or OVERALL_RE.match(v.text, v.claim.num.end))
                and c.bench_at == nearest.start for c in v.claims))):
        return None  # "a win rate of 17.3 and keeps its B accuracy at 68.5%": B is 68.5's;
        # "24.6% overall and over 60% on the B problems": B is a part, 60%'s
    same = SAME_BENCHMARK_AFTER_RE.match(v.text, v.claim.num.end, v.sentence.end)
    if nearest.end <= v.claim.num.start and ((not same and CONTRAST_CLAUSE_RE.search(
            v.text, nearest.end, v.claim.num.start) and any(
            c.bench_at == nearest.start for c in v.claims)) or _WEAK_AVG_RE.search(
            v.text, nearest.end, v.claim.num.start)):
        return None  # "raises B by 7 points, but harmful compliance rises from 6.1%" (not
        # "68% of B queries ..., yet it attains 88.6%"); "averaged over six ... by 11.2": theirs
    return BenchPick(nearest.name, nearest.text, nearest.start, "benchmark-inferred")


@rule("across-benchmarks",
      example("Experiments on three benchmarks show that LiteStage loses less than 4.0% accuracy.",
              "4.0%", "AVERAGE"),
      example("Scores fall by 3.1 points across our twelve-benchmark suite.", "3.1 points",
              "AVERAGE"))
def _across_benchmarks(v: FallbackView) -> BenchPick | None:
    """ "across five benchmarks": an average; "up to 12%" is a maximum, not an average."""
    num, sentence, text = v.claim.num, v.sentence, v.text
    later = any(c.num.start > num.start for c in v.claims)
    window = text[sentence.start:num.start] + " | " + ("" if later else
                                                       text[num.end:sentence.end])
    if _WEAK_AVG_RE.search(window) and num.bound != "up-to":
        return BenchPick("AVERAGE", "average")
    return None


@rule("previous-claim",
      example("On the BIRD dev set, we fine-tune small models. Notably, the 0.5B model reached "
              "56.87% accuracy, while the 1.5B model achieved 67.08%.",
              "67.08%", "BIRD"),
      example("MemoLite achieves a judge score of 64.9 on Recallo, within 2.3 points of GPT-4o "
              "prompted with the complete history (67.2).", "67.2", "Recallo"))
def _previous_claim(v: FallbackView) -> BenchPick | None:
    """ "degrades ... by 20.5%, while the same model ... gains 4.9%": the claim before's."""
    # (past claims of another kind on no benchmark or the one before's: "64.9 on B, within 2.3
    # points of M (67.2)": the 64.9's)
    before = list(v.main_before)
    while len(before) > 1 and before[-1].kind != v.claim.kind and \
            before[-1].bench in ("", before[-2].bench):
        before.pop()
    if before and before[-1].bench and before[-1].kind == v.claim.kind:
        if before[-1].whole is not None:  # "20% in table tasks, while M reached 39.86%"
            return BenchPick(*before[-1].whole, reason="benchmark-from-previous-claim")
        return copy_pick(before[-1], reason="benchmark-from-previous-claim")
    return None


FALLBACK = table(
    "benchmark-fallback", "benchmark",
    "The benchmark of a number with none next to it: its list or pair, an average, the "
    "sentence, a domain, or a benchmark of the abstract.",
    _paren, appositive_change, _continued, parallel_pair, _pair, _pair_from, _listed, _average,
    _compared, compared_score, compared_like, _benchmark_list, _sentence, first_or_second,
    _across_benchmarks, _previous_claim, benchmark_paper, domain_only, there, carried_over,
    own_benchmark_named, previous_sentence, results_continued, only_benchmark)


def fallback_benchmark(text: str, sentence: Sentence, claim: Claim, claims: list[Claim],
                       paper: PaperContext, previous: Sentence | None,
                       all_benches: list[Mention],
                       carried: tuple[BenchPick, BenchPick] | None, *,
                       adjacent: bool = False) -> None:
    """Benchmarks the sentence or the abstract implies: average, named elsewhere, domain
    (`adjacent`: `carried` is the benchmark of the sentence right before)."""
    if claim.bench:
        return
    # (a score takes the last score's benchmark, a rating above 100 the last claim's)
    pick = None if carried is None else carried[
        not claim.num.unit and claim.num.value is not None and claim.num.value > 100]
    view = FallbackView(text, sentence, claim, claims, paper, previous, all_benches, pick,
                        adjacent=adjacent)
    fired = apply_first(FALLBACK, view)
    if fired is not None:
        set_bench(claim, fired, FALLBACK)
