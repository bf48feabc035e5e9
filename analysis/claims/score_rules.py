"""Score rules: is a number a score (the verdict table), or rescued by a kept neighbour."""

from __future__ import annotations

import re

from analysis.claims.cues import (
    BOUND_TAIL_RE,
    BY_RE,
    CONTINUATION_RE,
    MORE_RE,
    PAREN_RE,
    NumberView,
    left_cue,
    right_words,
    words,
)
from analysis.claims.rules import apply_first, counter, example, rule, table
from analysis.claims.sentence import Sentence, mask
from analysis.claims.text import Num

_HUMAN_RE = re.compile(r"\bhumans\b|\bhuman\s+(?:performance|evaluations?|level|baselines?|"
                       r"accuracy|experts?|annotators?|participants?)\b|\bby\s+humans?\b",
                       re.IGNORECASE)
_COUNT_RE = re.compile(
    r"^\+?\s*(?:out\s+of\b|(?:[a-z-]+\s+){0,2}?(?:problems?|questions?|tasks?|benchmarks?|datasets?|models?|LLMs?"
    r"|SLMs?|VLMs?|samples?|examples?|instances?|tokens?|parameters?|params|languages?"
    r"|videos?|images?|hours?|GPUs?|steps?|layers?|heads?|rounds?|epochs?|categories|subjects"
    r"|topics|scenarios|axes|users|requests|documents|pairs|queries|premises|shots?|days?"
    r"|seconds?|minutes?|families|types|settings|stages|phases|modules|components|attributes"
    r"|levels|tiers|domains|competitions|papers|reviews|statements|classes|features|turns"
    r"|generations|cases|runs|rollouts|trajectories|chains|puzzles|games|agents|experts"
    r"|teachers|students|books|textbooks|articles|scenes|slices|volumes|runs|languages"
    r"|million|billion|trillion|thousand|k\b|times\b))", re.IGNORECASE)
_SCORE_BEFORE_RE = re.compile(
    r"(?:\bscor(?:e|es|ed|ing)|\baccuracy|\bacc\.?|\bpass@\d+|\brate|\bperformance|\bf1(?:-score)?"
    r"|\bauc|\bresults?|\belo|\brating)\s*(?:\([^()]*\)\s*)?(?:of|:|=|is|was|at|reaching|reaches"
    r"|to)?\s*$|\b(?:achiev|obtain|attain|reach|scor|get)\w*\s+(?:an?\s+)?$|\(\s*score:\s*$",
    re.IGNORECASE)
_BENCH_BEFORE_RE = re.compile(
    r"\bB\s*(?:\(\w+\)\s*)?(?:(?:[a-z@][\w@-]*\s+){1,3}of\s*|(?:[a-z@][\w@-]*\s+){0,3}(?:from|at"
    r"|reaching|reaches|to)\s*|[:=(]\s*)$|(?<![\w-])[A-Z][\w&'+-]*[A-Z0-9][\w&'+-]*\s*:?\s*$")
# "12% more problems" is a relative score change; "20% more source-domain knowledge" is not.
_MORE_SCORE_RE = re.compile(r"^\s*more\s+(?:on\b|(?:[\w-]+\s+)?(?:problems|questions|tasks|puzzles"
                            r"|cases|instances|accuracy|points|correct)\b)", re.IGNORECASE)


# ----------------------------------------------------------------------------- verdict

@rule("human",
      example("In human evaluations, GLIMPSE achieves 94.82% accuracy.",
              "94.82%", "drop"),
      counter("GLIMPSE achieves 66.43% accuracy on the benchmark.",
              "66.43%", "keep"))
def _human(v: NumberView) -> str | None:
    """Humans' results ("human performance", "rated by humans") are no model's score."""
    return "drop" if _HUMAN_RE.search(v.left[-60:] + " " + v.right[:40]) else None


@rule("non-score-after",
      example("It was pre-trained on 15.5 trillion tokens.",
              "15.5", "drop"),
      counter("It reaches 55.2% accuracy on GSM8K.",
              "55.2%", "keep"))
def _non_score_after(v: NumberView) -> str | None:
    """A word after the number says it counts something else ("20% fewer tokens")."""
    return "drop" if v.rcue == "non" else None


@rule("more-not-score",
      example("The method yields 20% more diverse solutions.",
              "20%", "drop"),
      counter("Our model solves 12% more problems on HumanEval.",
              "12%", "keep"))
def _more_not_score(v: NumberView) -> str | None:
    """"20% more source-domain knowledge": more of something that is not a score."""
    if v.num.unit == "%" and MORE_RE.match(v.right) and not _MORE_SCORE_RE.match(v.right):
        return "drop"
    return None


def _times_near(v: NumberView) -> str:
    # Only the four words before "1.6x" tell a score ratio from a speed-up or a size.
    return left_cue(" ".join(words(BOUND_TAIL_RE.sub("", v.left))[-4:]))


@rule("times-non-score",
      example("MinionS reduces costs by 5.7x on average.",
              "5.7x", "drop"))
def _times_non_score(v: NumberView) -> str | None:
    """A ratio after a non-score word ("a speedup of 2.8x", "memory cut by 3x")."""
    return "drop" if v.num.unit == "x" and _times_near(v) == "non" else None


@rule("times-score",
      example("R2R surpasses the average accuracy of R1-7B by 1.6x.",
              "1.6x", "keep"),
      counter("MinionS reduces costs by 5.7x on average.",
              "5.7x", "drop"))
def _times_score(v: NumberView) -> str | None:
    """A ratio of a score ("1.6x higher accuracy", "improves accuracy by 2x", "(1.3x)")."""
    if v.num.unit != "x":
        return None
    in_brackets = PAREN_RE.search(v.left) and v.prev_end > v.sentence.start
    right_score = v.rcue == "score" and right_words(v.right)[:1] != ["on"]
    return "keep" if right_score or _times_near(v) == "score" or in_brackets else None


@rule("times-other",
      example("Outputs are 15.5 times longer than those of small LLMs.",
              "15.5 times", "drop"))
def _times_other(v: NumberView) -> str | None:
    """Any other ratio ("3x larger", "2x the data") is not a score."""
    return "drop" if v.num.unit == "x" else None


@rule("marked-non-score",
      example("SSR reduces compute to only 30% with no loss in accuracy.",
              "30%", "drop"),
      counter("Ferret-UI Lite achieves 28.0% on AndroidWorld.",
              "28.0%", "keep"))
def _marked_non_score(v: NumberView) -> str | None:
    """A number with a unit or sign after a non-score word and before no score word."""
    num = v.num
    if (num.unit or num.sign or num.marker) and v.rcue != "score" and v.lcue == "non":
        return "drop"
    return None


@rule("marked",
      example("Ferret-UI Lite achieves 28.0% on AndroidWorld.",
              "28.0%", "keep"))
def _marked(v: NumberView) -> str | None:
    """Any other number written with %, points, a sign or an arrow is a score or change."""
    return "keep" if v.num.unit or v.num.sign or v.num.marker else None


@rule("count",
      example("MMR-V consists of 317 videos and 1,257 tasks.",
              "317", "drop"),
      counter("Seed1.5-Thinking achieves 86.7 on AIME 2024.",
              "86.7", "keep"))
def _count(v: NumberView) -> str | None:
    """A bare number counting things ("12 benchmarks", "out of 30", "5 million")."""
    return "drop" if _COUNT_RE.match(v.right) else None


@rule("score-word-after",
      example("Seed1.5-Thinking achieves 86.7 on AIME 2024.",
              "86.7", "keep"))
def _score_word_after(v: NumberView) -> str | None:
    """A bare number before a score word or a benchmark ("55.2 accuracy", "41 on B")."""
    return "keep" if v.rcue == "score" else None


@rule("score-word-before",
      example("MobileLLM-R1-950M achieves an AIME score of 15.5.",
              "15.5", "keep"))
def _score_word_before(v: NumberView) -> str | None:
    """A bare number after a score phrase ("a score of 15.5", "achieves 63.1")."""
    return "keep" if _SCORE_BEFORE_RE.search(v.left) else None


@rule("benchmark-before",
      example("The scorer boosts the average score on ImagenHub from 5.90 to 6.43.",
              "5.90", "keep"))
def _benchmark_before(v: NumberView) -> str | None:
    """A bare number right after a benchmark name ("AIME: 15.5", "MATH (77.3)")."""
    return "keep" if _BENCH_BEFORE_RE.search(v.left) else None


@rule("score-by",
      example("DSPC outperforms the best baseline LongLLMLingua by 7.76.",
              "7.76", "keep"))
def _score_by(v: NumberView) -> str | None:
    """A score word before "by N" or a from-to pair ("outperforming X by 7.76")."""
    if v.lcue == "score" and (v.num.pair_role or BY_RE.search(v.left)):
        return "keep"
    return None


@rule("non-score-before",
      example("We use a context length of 4096 in practice.",
              "4096", "drop"))
def _non_score_before(v: NumberView) -> str | None:
    """A bare number after a non-score word ("a budget of 512", "latency of 30")."""
    return "drop" if v.lcue == "non" else None


@rule("bare",
      example("We evaluate 12 mainstream open/closed-source LLMs on BioProBench.",
              "12", "maybe"))
def _bare(v: NumberView) -> str | None:
    """Any other bare number: kept only if a kept neighbour vouches for it (rescue)."""
    return "maybe"


VERDICT = table(
    "verdict", "verdict",
    "Is the number a score: keep, drop, or maybe (a bare number a neighbour can rescue).",
    _human, _non_score_after, _more_not_score, _times_non_score, _times_score, _times_other,
    _marked_non_score, _marked, _count, _score_word_after, _score_word_before,
    _benchmark_before, _score_by, _non_score_before, _bare)


# ----------------------------------------------------------------------------- rescue

class RescueView:
    """A number of the sentence with the verdicts so far (the rescue rules update them)."""

    __slots__ = ("text", "sentence", "nums", "verdicts", "i")

    def __init__(self, text: str, sentence: Sentence, nums: list[Num], verdicts: list[str]):
        self.text, self.sentence, self.nums, self.verdicts, self.i = \
            text, sentence, nums, verdicts, 0


@rule("pair-kept",
      example("The scorer boosts the average score on ImagenHub from 5.90 to 6.43.",
              "6.43", "keep"))
def _pair_kept(r: RescueView) -> str | None:
    """The other end of a "from A to B" pair was kept."""
    pair = r.nums[r.i].pair_with
    if pair is not None and 0 <= pair < len(r.nums) and r.verdicts[pair] == "keep":
        return "keep"
    return None


@rule("continues-kept",
      example("MobileLLM-R1-950M achieves an AIME score of 15.5, compared to just 0.6 for "
              "OLMo-2-1.48B and 0.3 for SmolLM-2-1.7B.",
              "0.6", "keep"))
def _continues_kept(r: RescueView) -> str | None:
    """The number continues a kept one ("0.6 for M and 0.3 for N", "... compared to 41.2")."""
    i = r.i
    if i > 0 and r.verdicts[i - 1] == "keep" and CONTINUATION_RE.match(
            mask(r.text, r.nums[i - 1].end, r.nums[i].start, r.sentence)):
        return "keep"
    return None


@rule("unvouched",
      example("We evaluate 12 mainstream open/closed-source LLMs on BioProBench.",
              "12", "drop"),
      counter("The scorer boosts the average score on ImagenHub from 5.90 to 6.43.",
              "6.43", "keep"))
def _unvouched(r: RescueView) -> str | None:
    """A bare number no neighbour vouches for is not a claim."""
    return "drop"


RESCUE = table("rescue", "verdict", "The final verdict of a bare number (verdict maybe).",
               _pair_kept, _continues_kept, _unvouched)


@rule("from-of-kept-pair",
      example("It raises the threshold from 40 to 55%.",
              "40", "keep"))
def _from_of_kept_pair(r: RescueView) -> str | None:
    """The first number of a pair whose second number was kept is its starting point."""
    num = r.nums[r.i]
    if num.pair_role == "from" and num.pair_with is not None and \
            r.verdicts[num.pair_with] == "keep":
        return "keep"
    return None


RESCUE_PAIR = table("rescue-pair", "verdict", "A dropped number kept after all.",
                    _from_of_kept_pair)


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
    for i in range(len(verdicts)):
        if verdicts[i] == "drop":
            context.i = i
            fired = apply_first(RESCUE_PAIR, context)
            if fired is not None:
                rescued[i], verdicts[i] = fired
    return [(first, name, final, rescue) for (name, first), final, rescue
            in zip(decided, verdicts, rescued, strict=True)]
