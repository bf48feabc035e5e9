"""What the fallback benchmark rules share: the view of a claim no attach rule placed."""

from __future__ import annotations

import re

from analysis.claims.attach_base import NEW_CLAUSE_RE, BenchPick
from analysis.claims.caseless import caseless
from analysis.claims.flag_rules import usable_benchmark
from analysis.claims.names import Mention
from analysis.claims.own_names import PaperContext
from analysis.claims.part_rules import PART_AFTER_NAME_RE
from analysis.claims.sentence import Claim, Sentence, main_claims

# Words that set a number against the one before it ("surpassing X by +2.4 points").
COMPARED_RE = caseless(r"\b(?:surpass\w*|outperform\w*|exceed\w*|beat\w*|over|than|compared)\b")

_PARTS_BEFORE_RE = re.compile(r"\b(?:\d+|all|each|every)\s+$")
_PARTS_AFTER_RE = re.compile(r"\s+(?:sub)?(?:tasks|subsets|categories|languages|splits|subjects)\b")
# "..., but harmful compliance rises": a clause on something else ("while X alone reaches",
# "not only ..., but also" and "but its pass@64" stay on the same benchmark).
CONTRAST_CLAUSE_RE = re.compile(r"[,;]\s*(?:but|yet)"
                                r"(?!\s+(?:also|its|their|the\s+same|this|that)\b)\s|;")
# "trails M by only 0.7 points and transfers to B": a new predicate of the subject after "and".
AND_PREDICATE_RE = re.compile(r"\band\s+(?:also\s+|even\s+|still\s+)?[a-z]{3,}(?:s|ed)\s+(?:to|on"
                              r"|in|at|with|its|their|the|a|an)\b")


class FallbackView:
    """A claim no attach rule placed, with its sentence, the claims before it and the paper."""

    __slots__ = ("text", "sentence", "claim", "claims", "index", "main_before", "paper",
                 "previous", "all_benches", "carried", "adjacent")

    def __init__(self, text: str, sentence: Sentence, claim: Claim, claims: list[Claim],
                 paper: PaperContext, previous: Sentence | None, all_benches: list[Mention],
                 carried: BenchPick | None, *, adjacent: bool = False):
        self.text, self.sentence, self.claim, self.claims = text, sentence, claim, claims
        self.paper, self.previous, self.all_benches, self.carried = \
            paper, previous, all_benches, carried
        self.adjacent = adjacent  # (whether `carried` is the sentence right before's)
        self.index = claims.index(claim)
        self.main_before = main_claims(claims[:self.index])

    @property
    def sentence_text(self) -> str:
        """The claim's sentence."""
        return self.text[self.sentence.start:self.sentence.end]

    def parts_of_one(self) -> bool:
        """The sentence names the parts of one benchmark ("across the 27 BBH tasks"): an
        average over them is that benchmark's score, not an average over benchmarks."""
        return any(_PARTS_BEFORE_RE.search(self.text, self.sentence.start, b.start) and
                   _PARTS_AFTER_RE.match(self.text, b.end) for b in self.usable())

    def usable(self) -> list[Mention]:
        """The sentence's benchmarks a claim can be on (no example, training set, comparator)."""
        return [b for b in self.sentence.benches if usable_benchmark(b)]


def copy_pick(p: Claim, label: str | None = None, reason: str = "") -> BenchPick:
    """The benchmark pick of claim `p`, copied for another claim."""
    return BenchPick(p.bench, p.bench_raw, p.bench_at, reason, label, p.whole)


def carry_pick(p: Claim) -> BenchPick:
    """The benchmark pick of claim `p` for a claim of a later sentence ("these models"): its
    mention is in another sentence, a part it scored keeps its whole."""
    return copy_pick(p, reason="benchmark-in-other-sentence")._replace(at=-1)


# "Averaged over seven question-answering benchmarks, ...": the sentence's numbers are averages.
AVERAGED_OVER_RE = caseless(r"\b(?:averaged|averaging|on\s+average)\s+(?:over|across)\s+"
                            r"(?:the\s+|all\s+)?(?:[\w-]+\s+){0,3}?(?:benchmarks|tasks|datasets)\b")
# "reaches 41.7% even though it scores over 95% on B": the clause after is about another result.
# "averages 33.6% across the 10 languages": over the parts of one benchmark, named before.
OVER_PARTS_RE = caseless(r"\b(?:across|over)\s+(?:the\s+|all\s+|its\s+)?(?:\d+\s+|[a-z]+\s+)?"
                          r"(?:languages|splits|subsets|categories|subjects|difficulty\s+levels)\b"
                          r"(?!\s+of\b)")  # ("the ten languages of MathVista-X": that one)
# A mean over repeated runs on one benchmark, not over benchmarks.
PER_RUN_RE = caseless(r"\b(?:across|over)\s+(?:\w+\s+){0,2}?(?:seeds|runs|samples|trials"
                       r"|generations|responses|attempts)\b")
# "24.6% overall and over 60% on the B problems": the whole, not the part named after it
OVERALL_RE = re.compile(r"\s+overall\b")
CONCESSIVE_RE = re.compile(r"\b(?:even\s+though|although|though|whereas)\b|,\s*but\b")
# "reach an average F1 of 44.1", "by 19.6 average F1": the measure averaged, next to the number.
_AVERAGE_METRIC = r"average\s+(?:F1|accuracy|score|exact\s+match)"
_AVERAGE_METRIC_LEFT_RE = caseless(rf"\b{_AVERAGE_METRIC}(?:\s+scores?)?\s+(?:of\s+)?"
                                   r"(?:only\s+|just\s+)?$")
_AVERAGE_METRIC_RIGHT_RE = caseless(rf"\s*(?:points\s+(?:of\s+)?)?{_AVERAGE_METRIC}\b")


def only_one_before(v: FallbackView, left: str, right: str) -> BenchPick | None:
    """The one benchmark the abstract named before the claim's sentence (subsets aside), if
    it named only one and the number is an "average F1" (then over that benchmark's subsets,
    not over several benchmarks)."""
    if not (_AVERAGE_METRIC_LEFT_RE.search(left) or _AVERAGE_METRIC_RIGHT_RE.match(right)):
        return None
    before = [b for b in v.all_benches if b.end <= v.sentence.start and usable_benchmark(b)
              and not PART_AFTER_NAME_RE.match(v.text, b.end)]  # "the GSM8K subset" of B
    if len({b.name for b in before}) != 1:
        return None
    return BenchPick(before[0].name, before[0].text, before[0].start,
                     "benchmark-in-other-sentence", "average-of-one")


def nearest_before(v: FallbackView, usable: list[Mention]) -> Mention:
    """The last of `usable` before the claim's number, else the first after it."""
    before = [b for b in usable if b.end <= v.claim.num.start]
    return before[-1] if before else usable[0]


def own_clause_after(v: FallbackView, usable: list[Mention]) -> Mention | None:
    """The first benchmark after the number when the nearest one before it is in an earlier
    clause ("48.3 on A, while the 4B model comes within 2.1 points of M on B": B)."""
    num, text = v.claim.num, v.text
    before = [b for b in usable if b.end <= num.start]
    after = [b for b in usable if b.start >= num.end]
    if not before or not after or not NEW_CLAUSE_RE.search(text, before[-1].end, num.start) \
            or NEW_CLAUSE_RE.search(text, num.end, after[0].start) or any(
            num.end <= c.num.start < after[0].start for c in v.claims):
        return None
    return after[0]


# "... which scores 60.1% on the same benchmark": the number is on a benchmark named before it.
SAME_BENCHMARK_AFTER_RE = re.compile(r"\s*(?:%\s+|points?\s+)?(?:[\w-]+\s+){0,2}?on\s+(?:the\s+same"
                                     r"|this|that)\s+(?:benchmark|dataset|test\s+set)\b")
