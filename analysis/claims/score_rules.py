"""Score rules: is a number a score (the verdict table), or rescued by a kept neighbour."""

from __future__ import annotations

import re

from analysis.claims.rules import apply_first, rule, table
from analysis.claims.sentence import Sentence, mask
from analysis.claims.text import Num

# ----------------------------------------------------------------------------- cues

_WORD_RE = re.compile(r"[A-Za-z@][\w@.+'-]*|\d[\w.]*")
# Stems of words that make a nearby number something other than a score.
_NON_SCORE = (
    "reduc", "cut", "trim", "shorten", "compress", "saving", "speed", "faster", "slower",
    "latenc", "cost", "cheap", "price", "flop", "compute", "computation", "memory",
    "throughput", "efficien", "length", "token", "overhead", "budget", "parameter", "param",
    "weight", "dataset", "sample", "example", "noise", "correlat", "rho", "pearson", "spearman",
    "cka", "revenue", "gmv", "rating", "request", "usage", "energy", "context", "acceptance",
    "accepted", "perplexity", "barrier", "threshold",
    "percentile", "fraction", "proportion", "portion", "ratio", "hallucinat", "refusal",
    "verbos", "redundan", "resolution", "accelerat", "knowledge",
)
# Comparatives that only right after a number make it a non-score ("20 times larger", "3x fewer").
_NON_SCORE_RIGHT = ("larger", "bigger", "smaller", "shorter", "fewer")
_SCORE = (
    "accura", "acc", "score", "pass@", "pass", "maj@", "performance", "perform", "f1", "em",
    "bleu", "rouge", "win", "success", "solv", "achiev", "obtain", "attain", "reach",
    "outperform", "surpass", "exceed", "beat", "result", "rate", "correct", "point", "pts", "pp",
    "auc", "ex", "map", "recall", "precision", "elo", "benchmark", "sota", "test-accuracy",
)
_HUMAN_RE = re.compile(r"\bhumans\b|\bhuman\s+(?:performance|evaluations?|level|baselines?|"
                       r"accuracy|experts?|annotators?|participants?)\b|\bby\s+humans?\b",
                       re.IGNORECASE)
_RETENTION_RE = re.compile(r"^\s*(?:\([^()]*\)\s*)?of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)"
                           r"{0,3}?(?:performance|accuracy)\b", re.IGNORECASE)
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
BY_RE = re.compile(r"\bby(?:\s+(?:an?\s+)?(?:average\s+of|margins?\s+of|absolute|additional"
                    r"|further|extra|impressive|remarkable|significant|substantial|large|clear|notable"
                    r"|considerable))?\s*$", re.IGNORECASE)
_BENCH_BEFORE_RE = re.compile(
    r"\bB\s*(?:\(\w+\)\s*)?(?:(?:[a-z@][\w@-]*\s+){1,3}of\s*|(?:[a-z@][\w@-]*\s+){0,3}(?:from|at"
    r"|reaching|reaches|to)\s*|[:=(]\s*)$|(?<![\w-])[A-Z][\w&'+-]*[A-Z0-9][\w&'+-]*\s*:?\s*$")
BOUND_TAIL_RE = re.compile(r"(?:slightly\s+)?(?:less|fewer|more|greater)\s+than\s*$|(?:up\s+to"
                            r"|at\s+least|at\s+most|about|approximately|around|nearly|almost|over|under"
                            r"|roughly|only|just)\s*$", re.IGNORECASE)
MORE_RE = re.compile(r"^\s*more\s+(?!than)\w", re.IGNORECASE)
# "12% more problems" is a relative score change; "20% more source-domain knowledge" is not.
_MORE_SCORE_RE = re.compile(r"^\s*more\s+(?:on\b|(?:[\w-]+\s+)?(?:problems|questions|tasks|puzzles"
                            r"|cases|instances|accuracy|points|correct)\b)", re.IGNORECASE)
CONTINUATION_RE = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?(?:(?:for|on|in|with|by|using|under)\s+(?:the\s+)?(?:[MB](?:\s+models?)?"
    r"|[\w.'-]+(?:\s+[\w.'-]+){0,3}?)\s*){0,2}(?:,\s*)?(?:and|or|while"
    r"|whereas|compared\s+(?:to|with)|versus|vs\.?|than|/|&)?\s*(?:just|only|about|approximately"
    r")?\s*$", re.IGNORECASE)
PAREN_RE = re.compile(r"^\s*\(\s*(?:an?\s+)?$")
_LEADING_PAREN_RE = re.compile(r"^\s*\([^()]*\)")
_PHRASE_END_RE = re.compile(r"[,;:(]|\.\s")

# Non-score words matched whole, not as stems ("second-best" is not "seconds").
_NON_SCORE_WORDS = {"second", "seconds", "hour", "hours", "time", "times", "top", "bit", "bits",
                    "word", "words", "call", "calls", "less", "head", "heads", "layer", "layers",
                    "size", "sizes", "data", "frame", "frames", "label", "labels", "feature",
                    "features", "query", "queries", "gpu", "gpus"}


# Words after a number that end the phrase it belongs to ("+14.6% while reducing cost").
_RIGHT_STOP = {"while", "whereas", "but", "and", "with", "compared", "than", "which", "when",
               "despite", "using", "although", "yet", "or", "outperforming", "surpassing"}
_DOMAIN_CUE = ("math", "arithmetic", "code", "coding", "programming", "science", "scientific",
               "logic", "puzzle", "medical", "clinical")
# Change words right before a number speak of a score change ("gains of +15").
CHANGE_STEMS = ("gain", "improv", "boost", "increas", "enhanc", "rais", "lift", "uplift")


def words(text: str) -> list[str]:
    """The lower-cased words and numbers of `text` (what the cue lists are compared with)."""
    return [w.lower().strip("'.") for w in _WORD_RE.findall(text)]


def _cue(word: str) -> str:
    if word in _NON_SCORE_WORDS or word.startswith(_NON_SCORE):
        return "non"
    if word.startswith(_SCORE):
        return "score"
    return ""


def right_words(right: str) -> list[str]:
    """The first words of the phrase after a number, up to a word that ends it."""
    body = _LEADING_PAREN_RE.sub("", right)
    body = _PHRASE_END_RE.split(body, maxsplit=1)[0]
    out = []
    for word in words(body)[:6]:
        if word in _RIGHT_STOP:
            break
        out.append(word)
    return out


def _right_cue(right: str) -> str:
    if _RETENTION_RE.match(right):
        return "non"
    after = right_words(right)[:5]
    for i, word in enumerate(after):
        if word == "b" or (word.startswith(_DOMAIN_CUE) and i > 0 and after[i - 1] in
                           ("on", "in", "across", "for")):
            return "score"
        if word.startswith(_NON_SCORE_RIGHT):
            return "non"
        cue = _cue(word)
        if cue:
            return cue
    return ""


def _left_cue(left: str) -> str:
    left = BOUND_TAIL_RE.sub("", left)  # "slightly less than 40%": "less" is not the cue
    for distance, word in enumerate(reversed(words(left)[-10:])):
        if word == "b":  # a benchmark mention: the number is about it
            return "score"
        cue = _cue(word)
        if cue:
            return cue
        if distance < 2 and word.startswith(CHANGE_STEMS):
            return "score"
    return ""


class NumberView:
    """One number with the masked text around it: what the verdict, kind and sign rules read.

    `left` runs from the previous number (at most 90 characters), `right` 70 characters on;
    mentions in them read "M" (model) and "B" (benchmark). The cues are computed on demand.
    """

    __slots__ = ("text", "sentence", "num", "prev_end", "left", "right", "_rcue", "_lcue")

    def __init__(self, text: str, sentence: Sentence, num: Num, prev_end: int):
        self.text, self.sentence, self.num, self.prev_end = text, sentence, num, prev_end
        lo = max(sentence.start, prev_end, num.start - 90)
        self.left = mask(text, lo, num.start, sentence)
        self.right = mask(text, num.end, min(sentence.end, num.end + 70), sentence)
        self._rcue: str | None = None
        self._lcue: str | None = None

    @property
    def rcue(self) -> str:
        """"score", "non" or "": what the first telling word after the number says."""
        if self._rcue is None:
            self._rcue = _right_cue(self.right)
        return self._rcue

    @property
    def lcue(self) -> str:
        """"score", "non" or "": what the nearest telling word before the number says."""
        if self._lcue is None:
            self._lcue = _left_cue(self.left)
        return self._lcue


def number_views(text: str, sentence: Sentence, nums: list[Num]) -> list[NumberView]:
    """A view of each number; each one's left window starts after the number before it."""
    views, prev_end = [], sentence.start
    for num in nums:
        views.append(NumberView(text, sentence, num, prev_end))
        prev_end = num.end
    return views


# ----------------------------------------------------------------------------- verdict

@rule("human")
def _human(v: NumberView) -> str | None:
    """Humans' results ("human performance", "rated by humans") are no model's score."""
    return "drop" if _HUMAN_RE.search(v.left[-60:] + " " + v.right[:40]) else None


@rule("non-score-after")
def _non_score_after(v: NumberView) -> str | None:
    """A word after the number says it counts something else ("20% fewer tokens")."""
    return "drop" if v.rcue == "non" else None


@rule("more-not-score")
def _more_not_score(v: NumberView) -> str | None:
    """"20% more source-domain knowledge": more of something that is not a score."""
    if v.num.unit == "%" and MORE_RE.match(v.right) and not _MORE_SCORE_RE.match(v.right):
        return "drop"
    return None


def _times_near(v: NumberView) -> str:
    # Only the four words before "1.6x" tell a score ratio from a speed-up or a size.
    return _left_cue(" ".join(words(BOUND_TAIL_RE.sub("", v.left))[-4:]))


@rule("times-non-score")
def _times_non_score(v: NumberView) -> str | None:
    """A ratio after a non-score word ("a speedup of 2.8x", "memory cut by 3x")."""
    return "drop" if v.num.unit == "x" and _times_near(v) == "non" else None


@rule("times-score")
def _times_score(v: NumberView) -> str | None:
    """A ratio of a score ("1.6x higher accuracy", "improves accuracy by 2x", "(1.3x)")."""
    if v.num.unit != "x":
        return None
    in_brackets = PAREN_RE.search(v.left) and v.prev_end > v.sentence.start
    right_score = v.rcue == "score" and right_words(v.right)[:1] != ["on"]
    return "keep" if right_score or _times_near(v) == "score" or in_brackets else None


@rule("times-other")
def _times_other(v: NumberView) -> str | None:
    """Any other ratio ("3x larger", "2x the data") is not a score."""
    return "drop" if v.num.unit == "x" else None


@rule("marked-non-score")
def _marked_non_score(v: NumberView) -> str | None:
    """A number with a unit or sign after a non-score word and before no score word."""
    num = v.num
    if (num.unit or num.sign or num.marker) and v.rcue != "score" and v.lcue == "non":
        return "drop"
    return None


@rule("marked")
def _marked(v: NumberView) -> str | None:
    """Any other number written with %, points, a sign or an arrow is a score or change."""
    return "keep" if v.num.unit or v.num.sign or v.num.marker else None


@rule("count")
def _count(v: NumberView) -> str | None:
    """A bare number counting things ("12 benchmarks", "out of 30", "5 million")."""
    return "drop" if _COUNT_RE.match(v.right) else None


@rule("score-word-after")
def _score_word_after(v: NumberView) -> str | None:
    """A bare number before a score word or a benchmark ("55.2 accuracy", "41 on B")."""
    return "keep" if v.rcue == "score" else None


@rule("score-word-before")
def _score_word_before(v: NumberView) -> str | None:
    """A bare number after a score phrase ("a score of 15.5", "achieves 63.1")."""
    return "keep" if _SCORE_BEFORE_RE.search(v.left) else None


@rule("benchmark-before")
def _benchmark_before(v: NumberView) -> str | None:
    """A bare number right after a benchmark name ("AIME: 15.5", "MATH (77.3)")."""
    return "keep" if _BENCH_BEFORE_RE.search(v.left) else None


@rule("score-by")
def _score_by(v: NumberView) -> str | None:
    """A score word before "by N" or a from-to pair ("outperforming X by 7.76")."""
    if v.lcue == "score" and (v.num.pair_role or BY_RE.search(v.left)):
        return "keep"
    return None


@rule("non-score-before")
def _non_score_before(v: NumberView) -> str | None:
    """A bare number after a non-score word ("a budget of 512", "latency of 30")."""
    return "drop" if v.lcue == "non" else None


@rule("bare")
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


@rule("pair-kept")
def _pair_kept(r: RescueView) -> str | None:
    """The other end of a "from A to B" pair was kept."""
    pair = r.nums[r.i].pair_with
    if pair is not None and 0 <= pair < len(r.nums) and r.verdicts[pair] == "keep":
        return "keep"
    return None


@rule("continues-kept")
def _continues_kept(r: RescueView) -> str | None:
    """The number continues a kept one ("0.6 for M and 0.3 for N", "... compared to 41.2")."""
    i = r.i
    if i > 0 and r.verdicts[i - 1] == "keep" and CONTINUATION_RE.match(
            mask(r.text, r.nums[i - 1].end, r.nums[i].start, r.sentence)):
        return "keep"
    return None


@rule("unvouched")
def _unvouched(r: RescueView) -> str | None:
    """A bare number no neighbour vouches for is not a claim."""
    return "drop"


RESCUE = table("rescue", "verdict", "The final verdict of a bare number (verdict maybe).",
               _pair_kept, _continues_kept, _unvouched)


@rule("from-of-kept-pair")
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
                 ) -> list[tuple[str, str, str]]:
    """(verdict, verdict rule, rescue rule or "") of each number, in order.

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
    return [(verdict, name, rescue) for verdict, (name, _), rescue
            in zip(verdicts, decided, rescued, strict=True)]
