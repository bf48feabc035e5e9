"""Claim rules: is a number a score, of which kind, on which benchmark (pseudo included)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from analysis.claims.names import Mention
from analysis.claims.text import Num
from analysis.curated.benchmarks import BenchmarkIndex

# ----------------------------------------------------------------------------- data


@dataclass
class Sentence:
    """One sentence with the mentions inside it."""

    start: int
    end: int
    models: list[Mention]
    benches: list[Mention]
    spans: tuple | None = None  # (ends, sorted mention spans), filled by _spans


@dataclass
class Claim:
    """A number being turned into a claim; filled in step by step."""

    num: Num
    kind: str = "absolute"
    sign: int = 1
    kind_rule: str = ""
    bench: str = ""
    bench_raw: str = ""
    bench_rule: str = ""
    bench_at: int = -1  # offset of the benchmark mention it was attached to (-1: none)
    model: str = ""
    model_rule: str = ""
    model_at: int = -1
    role: str = ""
    metric: str = ""
    parent: Claim | None = None  # the number a parenthetical "(+40.0%)" belongs to
    continuation: bool = False  # "compared to just 0.6 for M": shares the previous benchmark
    reasons: list[str] = field(default_factory=list)


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
_BY_RE = re.compile(r"\bby(?:\s+(?:an?\s+)?(?:average\s+of|margins?\s+of|absolute|additional"
                    r"|further|extra|impressive|remarkable|significant|substantial|large|clear|notable"
                    r"|considerable))?\s*$", re.IGNORECASE)
_BENCH_BEFORE_RE = re.compile(
    r"\bB\s*(?:\(\w+\)\s*)?(?:(?:[a-z@][\w@-]*\s+){1,3}of\s*|(?:[a-z@][\w@-]*\s+){0,3}(?:from|at"
    r"|reaching|reaches|to)\s*|[:=(]\s*)$|(?<![\w-])[A-Z][\w&'+-]*[A-Z0-9][\w&'+-]*\s*:?\s*$")
_BOUND_TAIL_RE = re.compile(r"(?:slightly\s+)?(?:less|fewer|more|greater)\s+than\s*$|(?:up\s+to"
                            r"|at\s+least|at\s+most|about|approximately|around|nearly|almost|over|under"
                            r"|roughly|only|just)\s*$", re.IGNORECASE)
_PREPOSITIONS = ("of", "by", "to", "from", "on", "at", "reaching", "in")
_CHANGE_LEFT_RE = re.compile(
    r"\badd(?:s|ed|ing)?\s+(?:another|an\s+additional|a\s+further|further)?\s*\+?\s*$|\b(?:gains?|improvements?|increases?|boosts?|margins?|drops?|decreases?|degradations?|gaps?"
    r"|advantages?|leads?|jumps?|rises?|uplifts?|enhancements?)(?:\s+of)?\s*\(?\s*\+?\s*$",
    re.IGNORECASE)
_CHANGE_RIGHT_RE = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?(?:(?:absolute|average|overall|accuracy|performance|point|"
    r"f1|bleu@?\d*|score)\s+)*(?:gains?|improvements?|increases?|boosts?|higher|lower|better"
    r"|worse|drops?|decreases?|degradations?|lead|advantage|margin|jumps?|rises?|uplift"
    r"|enhancements?|improved|increased|loss|losses|gap)\b", re.IGNORECASE)
_RELATIVE_LEFT_RE = re.compile(r"\brelative(?!\s+to)\b[^.;,]{0,40}$", re.IGNORECASE)
_RELATIVE_RIGHT_RE = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:[\w-]+\s+){0,1}relative(?!\s+to)\b",
                                re.IGNORECASE)
_MORE_RE = re.compile(r"^\s*more\s+(?!than)\w", re.IGNORECASE)
# "12% more problems" is a relative score change; "20% more source-domain knowledge" is not.
_MORE_SCORE_RE = re.compile(r"^\s*more\s+(?:on\b|(?:[\w-]+\s+)?(?:problems|questions|tasks|puzzles"
                            r"|cases|instances|accuracy|points|correct)\b)", re.IGNORECASE)
_DECREASE_RE = re.compile(r"^(?:lower|drop|decreas|declin|degrad|worse|loss|los[et]|fall|fell"
                          r"|reduc|lag|trail|behind|deteriorat|down|hurt)", re.IGNORECASE)
_INCREASE_RE = re.compile(r"^(?:improv|increas|boost|gain|add|rais|lift|enhanc|outperform|surpass"
                          r"|exceed|beat|higher|better|up|rise|rising|jump|advanc)", re.IGNORECASE)
_CONTINUATION_RE = re.compile(
    r"^\s*(?:\([^()]*\)\s*)?(?:(?:for|on|in|with|by|using|under)\s+(?:the\s+)?(?:[MB](?:\s+models?)?"
    r"|[\w.'-]+(?:\s+[\w.'-]+){0,3}?)\s*){0,2}(?:,\s*)?(?:and|or|while"
    r"|whereas|compared\s+(?:to|with)|versus|vs\.?|than|/|&)?\s*(?:just|only|about|approximately"
    r")?\s*$", re.IGNORECASE)
_PAREN_RE = re.compile(r"^\s*\(\s*(?:an?\s+)?$")
_GROUP_GAP_RE = re.compile(r"^\s*(?:,\s*(?:and\s+|\\?&\s*)?|(?:and|\\?&|/|or)\s+|/\s*|\\?&\s*)$")

# Patterns of the per-number rules below, compiled once.
_LEADING_PAREN_RE = re.compile(r"^\s*\([^()]*\)")
_PHRASE_END_RE = re.compile(r"[,;:(]|\.\s")
_HEDGE_TAIL_RE = re.compile(r"(?:up\s+to|about|approximately|around|nearly|over|more\s+than"
                            r"|roughly|~|only|just)\s*$", re.IGNORECASE)
_CLAUSE_SPLIT_RE = re.compile(r"[,;]\s|\bwhile\b|\bwhereas\b")

def _words(text: str) -> list[str]:
    return [w.lower().strip("'.") for w in _WORD_RE.findall(text)]


# Non-score words matched whole, not as stems ("second-best" is not "seconds").
_NON_SCORE_WORDS = {"second", "seconds", "hour", "hours", "time", "times", "top", "bit", "bits",
                    "word", "words", "call", "calls", "less", "head", "heads", "layer", "layers",
                    "size", "sizes", "data", "frame", "frames", "label", "labels", "feature",
                    "features", "query", "queries", "gpu", "gpus"}


def _cue(word: str) -> str:
    if word in _NON_SCORE_WORDS or word.startswith(_NON_SCORE):
        return "non"
    if word.startswith(_SCORE):
        return "score"
    return ""


def _spans(sentence: Sentence) -> tuple[list[int], list[tuple[int, int, str]]]:
    if sentence.spans is None:  # computed once per sentence: _mask runs for every number
        spans = sorted([(m.start, m.end, "M") for m in sentence.models]
                       + [(b.start, b.end, "B") for b in sentence.benches])
        sentence.spans = ([s[1] for s in spans], spans)
    return sentence.spans


def _mask(text: str, lo: int, hi: int, sentence: Sentence) -> str:
    """text[lo:hi] with model mentions replaced by " M " and benchmarks by " B "."""
    pieces, pos = [], lo
    ends, spans = _spans(sentence)
    for a, b, tag in spans[bisect.bisect_right(ends, lo):]:
        if a >= hi:
            break
        if b <= pos:
            continue
        pieces.append(text[pos:max(a, pos)])
        pieces.append(tag)
        pos = min(b, hi)
    pieces.append(text[pos:hi])
    return "".join(pieces)


# Words after a number that end the phrase it belongs to ("+14.6% while reducing cost").
_RIGHT_STOP = {"while", "whereas", "but", "and", "with", "compared", "than", "which", "when",
               "despite", "using", "although", "yet", "or", "outperforming", "surpassing"}
_DOMAIN_CUE = ("math", "arithmetic", "code", "coding", "programming", "science", "scientific",
               "logic", "puzzle", "medical", "clinical")
# Change words right before a number speak of a score change ("gains of +15").
_CHANGE_STEMS = ("gain", "improv", "boost", "increas", "enhanc", "rais", "lift", "uplift")


def _right_words(right: str) -> list[str]:
    body = _LEADING_PAREN_RE.sub("", right)
    body = _PHRASE_END_RE.split(body, maxsplit=1)[0]
    words = []
    for word in _words(body)[:6]:
        if word in _RIGHT_STOP:
            break
        words.append(word)
    return words


def _right_cue(right: str) -> str:
    if _RETENTION_RE.match(right):
        return "non"
    words = _right_words(right)[:5]
    for i, word in enumerate(words):
        if word == "b" or (word.startswith(_DOMAIN_CUE) and i > 0 and words[i - 1] in
                           ("on", "in", "across", "for")):
            return "score"
        if word.startswith(_NON_SCORE_RIGHT):
            return "non"
        cue = _cue(word)
        if cue:
            return cue
    return ""


def _left_cue(left: str) -> str:
    left = _BOUND_TAIL_RE.sub("", left)  # "slightly less than 40%": "less" is not the cue
    for distance, word in enumerate(reversed(_words(left)[-10:])):
        if word == "b":  # a benchmark mention: the number is about it
            return "score"
        cue = _cue(word)
        if cue:
            return cue
        if distance < 2 and word.startswith(_CHANGE_STEMS):
            return "score"
    return ""


def _windows(text: str, sentence: Sentence, num: Num, prev_end: int) -> tuple[str, str]:
    lo = max(sentence.start, prev_end, num.start - 90)
    left = _mask(text, lo, num.start, sentence)
    right = _mask(text, num.end, min(sentence.end, num.end + 70), sentence)
    return left, right


def _verdict(text: str, sentence: Sentence, num: Num, prev_end: int) -> str:
    """"keep", "maybe" (a bare number that only a list or pair can rescue) or "drop"."""
    left, right = _windows(text, sentence, num, prev_end)
    near = left[-60:] + " " + right[:40]
    if _HUMAN_RE.search(near):
        return "drop"
    rcue = _right_cue(right)
    if rcue == "non":
        return "drop"
    lcue = _left_cue(left)
    if num.unit == "%" and _MORE_RE.match(right) and not _MORE_SCORE_RE.match(right):
        return "drop"
    if num.unit == "x":  # "by 1.6x" on accuracy; not "2.8x speedup", "20 times larger"
        in_brackets = _PAREN_RE.search(left) and prev_end > sentence.start
        near = _left_cue(" ".join(_words(_BOUND_TAIL_RE.sub("", left))[-4:]))
        right_score = rcue == "score" and _right_words(right)[:1] != ["on"]
        if near == "non":
            return "drop"
        return "keep" if right_score or near == "score" or in_brackets else "drop"
    if num.unit or num.sign or num.marker:
        return "drop" if rcue != "score" and lcue == "non" else "keep"
    if _COUNT_RE.match(right):
        return "drop"
    if rcue == "score" or _SCORE_BEFORE_RE.search(left) or _BENCH_BEFORE_RE.search(left):
        return "keep"
    if lcue == "score" and (num.pair_role or _BY_RE.search(left)):
        return "keep"  # "from under 12 to 29-42", "outperforming X by 7.76"
    return "drop" if lcue == "non" else "maybe"


def _kind(text: str, sentence: Sentence, num: Num, prev_end: int) -> tuple[str, str]:
    left, right = _windows(text, sentence, num, prev_end)
    left_core = _HEDGE_TAIL_RE.sub("", left.rstrip()).rstrip()
    if num.pair_role:
        return "absolute", "from-to"
    if _RELATIVE_LEFT_RE.search(left[-50:]) or _RELATIVE_RIGHT_RE.match(right):
        return "relative", "relative-word"
    if num.unit == "x":
        return "relative", "times"
    if num.unit == "%" and _MORE_RE.match(right):
        return "relative", "percent-more"
    if num.marker or num.sign:
        return "delta", "signed"
    if num.unit == "pts":
        return "delta", "points"
    if _BY_RE.search(left_core) or _CHANGE_LEFT_RE.search(left_core):
        return "delta", "by" if _BY_RE.search(left_core) else "gain-of"
    if _CHANGE_RIGHT_RE.match(right):
        return "delta", "gain"
    clause = _words(_CLAUSE_SPLIT_RE.split(left_core)[-1])[-9:]
    preps = [i for i, w in enumerate(clause) if w in _PREPOSITIONS]
    changes = _CHANGE_STEMS + ("drop", "decreas", "degrad")
    if preps and clause[preps[-1]] in ("of", "by") and any(
            w.startswith(changes) for w in clause[:preps[-1]]):
        return "delta", "change-of"
    return "absolute", "score"


def _sign(text: str, sentence: Sentence, num: Num, right: str, left: str) -> int:
    if num.sign:
        return num.sign
    for word in _right_words(right)[:3]:
        if _DECREASE_RE.match(word):
            return -1
        if _INCREASE_RE.match(word):
            return 1
    clause = _CLAUSE_SPLIT_RE.split(left)[-1]
    for word in reversed(_words(clause)):
        if _DECREASE_RE.match(word):
            return -1
        if _INCREASE_RE.match(word):
            return 1
    return 1


def sentence_claims(text: str, sentence: Sentence, nums: list[Num],
                    benchmarks: BenchmarkIndex) -> list[Claim]:
    """The numbers of one sentence that are claims, with their kind and sign."""
    verdicts = []
    prev_end = sentence.start
    for num in nums:
        verdicts.append(_verdict(text, sentence, num, prev_end))
        prev_end = num.end
    _rescue(text, sentence, nums, verdicts)
    claims: list[Claim] = []
    prev_end = sentence.start
    for num, verdict in zip(nums, verdicts, strict=True):
        if verdict == "keep":
            claim = Claim(num)
            claim.kind, claim.kind_rule = _kind(text, sentence, num, prev_end)
            left, right = _windows(text, sentence, num, prev_end)
            claim.sign = _sign(text, sentence, num, right, left) if claim.kind != "absolute" else 1
            if claim.kind == "delta" and num.unit == "%" and num.value >= 100:
                claim.kind, claim.kind_rule = "relative", "over-100-percent"
            claims.append(claim)
        prev_end = num.end
    _link_parentheticals(text, claims)
    _continuations(text, sentence, claims)
    _parenthetical_kinds(claims)
    _arithmetic(claims)
    return claims


def _rescue(text: str, sentence: Sentence, nums: list[Num], verdicts: list[str]) -> None:
    """Bare numbers kept because a kept neighbour vouches: pair partner or list member."""
    for i, num in enumerate(nums):
        if verdicts[i] != "maybe":
            continue
        if num.pair_with is not None and 0 <= num.pair_with < len(nums) and \
                verdicts[num.pair_with] == "keep":
            verdicts[i] = "keep"
            continue
        if i > 0 and verdicts[i - 1] == "keep":
            gap = _mask(text, nums[i - 1].end, num.start, sentence)
            if _CONTINUATION_RE.match(gap):
                verdicts[i] = "keep"
                continue
        verdicts[i] = "drop"
    for i, num in enumerate(nums):  # a pair whose second number was kept keeps its first
        if verdicts[i] == "drop" and num.pair_role == "from" and num.pair_with is not None and \
                verdicts[num.pair_with] == "keep":
            verdicts[i] = "keep"


def _link_parentheticals(text: str, claims: list[Claim]) -> None:
    """"56.7% (+40.0%)": a signed number in brackets right after a score belongs to it."""
    for prev, claim in zip(claims, claims[1:], strict=False):
        num = claim.num
        if _PAREN_RE.match(text[prev.num.end:num.start]) and (
                num.sign or num.marker or num.unit in ("%", "x")):
            claim.parent = prev


def _parenthetical_kinds(claims: list[Claim]) -> None:
    """The change in brackets is in points after a score, relative after a change."""
    for claim in claims:
        prev = claim.parent
        if prev is None or claim.num.unit == "x":
            continue
        if claim.kind == "relative" and claim.kind_rule == "relative-word":
            continue
        if prev.num.pair_role == "to":
            claim.kind, claim.kind_rule = "delta", "paren-change"  # settled by _arithmetic
        elif prev.kind == "absolute":
            claim.kind, claim.kind_rule = "delta", "paren-delta"
        else:
            claim.kind, claim.kind_rule = "relative", "paren-relative"


def _arithmetic(claims: list[Claim]) -> None:
    """A change stated after "from A to B" is points if it equals B-A, relative if (B-A)/A."""
    last_pair: tuple[float, float] | None = None
    for i, claim in enumerate(claims):
        num = claim.num
        if num.pair_role == "to" and i > 0 and claims[i - 1].num.pair_role == "from":
            last_pair = (claims[i - 1].num.value, num.value)
            continue
        if last_pair is None or claim.kind == "absolute" or claim.kind_rule == "relative-word":
            continue
        if num.unit not in ("%", "") or num.high is not None:
            continue
        a, b = last_pair
        points, rel = abs(b - a), abs(b - a) / a * 100 if a else float("nan")
        if abs(num.value - points) <= 0.15:
            claim.kind, claim.kind_rule = "delta", "change=points"
        elif abs(num.value - rel) <= max(0.15, 0.01 * rel):
            claim.kind, claim.kind_rule = "relative", "change=relative"
        else:
            continue
        claim.sign = 1 if b >= a else -1


_LISTED_GAP_RE = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:(?:on|in|for|at|with)\s+[^,;]{0,80}?)?"
                            r"(?:,\s*)?(?:and\s+|or\s+|&\s*|/\s*)?$")


def _continuations(text: str, sentence: Sentence, claims: list[Claim]) -> None:
    """List members share kind ("by 13.4% and 9.8%"); bare numbers after a score share it."""
    main = [c for c in claims if c.parent is None]
    for prev, claim in zip(main, main[1:], strict=False):
        gap = _mask(text, prev.num.end, claim.num.start, sentence)
        if claim.kind == "absolute" and claim.kind_rule == "score" and prev.kind != "absolute" \
                and not claim.num.pair_role and _LISTED_GAP_RE.match(gap):
            claim.kind, claim.kind_rule, claim.sign = prev.kind, "listed", prev.sign
    for prev, claim in zip(claims, claims[1:], strict=False):
        if claim.num.unit or claim.num.sign or claim.parent is not None:
            continue
        gap = _mask(text, prev.num.end, claim.num.start, sentence)
        if _CONTINUATION_RE.match(gap) and not claim.num.pair_role:
            claim.continuation = True
            claim.kind = prev.kind if prev.kind != "absolute" or not prev.num.pair_role \
                else "absolute"
