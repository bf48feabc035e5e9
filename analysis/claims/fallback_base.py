"""What the fallback benchmark rules share: the view of a claim no attach rule placed."""

from __future__ import annotations

import re

from analysis.claims.attach_base import BenchPick
from analysis.claims.flag_rules import usable_benchmark
from analysis.claims.names import Mention
from analysis.claims.own_names import PaperContext
from analysis.claims.sentence import Claim, Sentence, main_claims

# Words that set a number against the one before it ("surpassing X by +2.4 points").
COMPARED_RE = re.compile(r"\b(?:surpass\w*|outperform\w*|exceed\w*|beat\w*|over|than|compared)\b",
                         re.IGNORECASE)


class FallbackView:
    """A claim no attach rule placed, with its sentence, the claims before it and the paper."""

    __slots__ = ("text", "sentence", "claim", "claims", "index", "main_before", "paper",
                 "previous", "all_benches", "carried")

    def __init__(self, text: str, sentence: Sentence, claim: Claim, claims: list[Claim],
                 paper: PaperContext, previous: Sentence | None, all_benches: list[Mention],
                 carried: tuple[str, str] | None):
        self.text, self.sentence, self.claim, self.claims = text, sentence, claim, claims
        self.paper, self.previous, self.all_benches, self.carried = \
            paper, previous, all_benches, carried
        self.index = claims.index(claim)
        self.main_before = main_claims(claims[:self.index])

    @property
    def sentence_text(self) -> str:
        """The claim's sentence."""
        return self.text[self.sentence.start:self.sentence.end]

    def usable(self) -> list[Mention]:
        """The sentence's benchmarks a claim can be on (no example, training set, comparator)."""
        return [b for b in self.sentence.benches if usable_benchmark(b)]


def copy_pick(p: Claim, label: str | None = None, reason: str = "") -> BenchPick:
    """The benchmark pick of claim `p`, copied for another claim."""
    return BenchPick(p.bench, p.bench_raw, p.bench_at, reason, label)
