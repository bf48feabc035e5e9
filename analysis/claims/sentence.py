"""What the claim rules read: a sentence with its mentions, and the claims being built in it."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from analysis.claims.names import Mention
from analysis.claims.text import Num


@dataclass
class Sentence:
    """One sentence with the mentions inside it."""

    start: int
    end: int
    models: list[Mention]
    benches: list[Mention]
    spans: tuple | None = None  # (ends, sorted mention spans), filled by _spans
    cues: dict = field(default_factory=dict)  # per-sentence results rules share (name -> value)


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
    whole: tuple[str, str, int] | None = None  # (bench, raw, at) a part was narrowed from
    model: str = ""
    model_rule: str = ""
    model_at: int = -1
    role: str = ""
    metric: str = ""
    parent: Claim | None = None  # the number a parenthetical "(+40.0%)" belongs to
    continuation: bool = False  # "compared to just 0.6 for M": shares the previous benchmark
    pair: tuple[Claim, Claim] | None = None  # the "from A to B" ends it is one of, or a change of
    qualifier: str = ""  # "", "lower-bound", "upper-bound", "approximate", "up-to"
    scope: str = ""  # "named" or "aggregate"
    n_benchmarks: int | None = None  # how many benchmarks an aggregate is over, when written
    base_model: str = ""  # the base model the paper's own model is built on, as written
    base_quote: str = ""  # the text stating it (a substring of the abstract)
    base_rule: str = ""
    system_parts: str = ""  # "A + B" when the number belongs to several models together
    delta_against: str = ""  # a change's reference: "own-baseline", "other-model" or ""
    compared_end: int = -1  # end of what it is compared with, when written after it
    reasons: list[str] = field(default_factory=list)
    # rule table name -> the rule of it that decided this claim (kind_rule & co. are the
    # labels written to the output, which a few rules copy from another claim)
    fired: dict[str, str] = field(default_factory=dict)


def _spans(sentence: Sentence) -> tuple[list[int], list[tuple[int, int, str]]]:
    if sentence.spans is None:  # computed once per sentence: mask runs for every number
        spans = sorted([(m.start, m.end, "M") for m in sentence.models]
                       + [(b.start, b.end, "B") for b in sentence.benches])
        sentence.spans = ([s[1] for s in spans], spans)
    return sentence.spans


def mask(text: str, lo: int, hi: int, sentence: Sentence) -> str:
    """text[lo:hi] with each model mention replaced by "M" and each benchmark by "B"."""
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


# Between two numbers of one list: "A, B and C", "A / B", "A & B".
# ("+210 rating points and +6.0 points": the rating's unit is written out)
GROUP_GAP_RE = re.compile(r"^\s*(?:(?:rating|Elo)\s+points\s*)?"
                          r"(?:,\s*(?:and\s+|\\?&\s*)?|(?:and|\\?&|/|or)\s+|/\s*|\\?&\s*)$")


def main_claims(claims: list[Claim]) -> list[Claim]:
    """The claims not in brackets after another ("56.7% (+40.0%)": the 56.7%)."""
    return [c for c in claims if c.parent is None]
