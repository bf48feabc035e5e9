"""What the benchmark rules share: the pick a rule returns, the view of a claim, the domains."""

from __future__ import annotations

import re
from typing import NamedTuple

from analysis.claims.caseless import caseless
from analysis.claims.flag_rules import bench_lists
from analysis.claims.names import accept_unknown_benchmark, bench_name
from analysis.claims.rules import RuleTable
from analysis.claims.sentence import GROUP_GAP_RE, Claim, Sentence, mask
from analysis.curated.benchmarks import BenchmarkIndex
from analysis.curated.name_prefixes import NamePrefixes

# The words of a domain and its pseudo benchmark ("math tasks" -> MATH-DOMAIN).
_DOMAIN_WORDS = {
    "MATH-DOMAIN": r"math\w*|arithmetic",
    "CODE-DOMAIN": r"code|coding|programming",
    "SCIENCE-DOMAIN": r"science|scientific",
    "LOGIC-DOMAIN": r"logic\w*|puzzles?",
    "MEDICAL-DOMAIN": r"medical|clinical|medicine",
}
DOMAIN_RE = caseless("|".join(f"(?P<d{i}>\\b(?:{p})\\b)" for i, p in
                              enumerate(_DOMAIN_WORDS.values())))
DOMAIN_NAMES = list(_DOMAIN_WORDS)


class BenchPick(NamedTuple):
    """A benchmark chosen for a claim; `label` is the rule name written out when it differs."""

    name: str
    raw: str
    at: int = -1  # offset of the mention (-1: none, e.g. "AVERAGE" or the paper's benchmark)
    reason: str = ""  # why the claim is uncertain, or ""
    label: str | None = None  # None: the name of the rule that chose it
    whole: tuple[str, str, int] | None = None  # a part's whole, when the pick copies a part


def set_bench(claim: Claim, fired: tuple[str, BenchPick], rules: RuleTable) -> None:
    """Record the benchmark a rule of `rules` chose for the claim, and the rule's name."""
    name, pick = fired
    claim.bench, claim.bench_raw, claim.bench_at = pick.name, pick.raw, pick.at
    claim.bench_rule = name if pick.label is None else pick.label
    claim.fired[rules.name] = name
    if pick.whole is not None:
        claim.whole = pick.whole
    if pick.reason:
        claim.reasons.append(pick.reason)


def no_claim_between(claims: list[Claim], lo: int, hi: int, me: Claim) -> bool:
    """No other claim's number (its own bracketed change aside) starts in [lo, hi)."""
    return not any(lo <= c.num.start < hi for c in claims if c is not me and c.parent is not me)


class AttachView:
    """A claim of a sentence with what the attach rules read: mentions, other claims, tables."""

    __slots__ = ("text", "sentence", "claim", "claims", "benchmarks", "prefixes", "model_spans")

    def __init__(self, text: str, sentence: Sentence, claim: Claim, claims: list[Claim],
                 benchmarks: BenchmarkIndex, prefixes: NamePrefixes):
        self.text, self.sentence, self.claim, self.claims = text, sentence, claim, claims
        self.benchmarks, self.prefixes = benchmarks, prefixes
        self.model_spans = [(m.start, m.end) for m in sentence.models]

    def unknown(self, raw: str, start: int) -> bool:
        """`raw` at `start` can be a benchmark the table does not list."""
        return accept_unknown_benchmark(raw, self.model_spans, start, self.prefixes)

    def unlisted_pick(self, raw: str, start: int) -> BenchPick | None:
        """The pick of `raw` at `start` as an unlisted benchmark, when it can be one."""
        if not self.unknown(raw, start):
            return None
        return BenchPick(bench_name(raw, self.benchmarks), raw, start)


# "outperforming ThinkPrune (41.2) and L1-Exact (": a comparison verb, then rivals' names with
# their bracketed scores; a name there is a model, even one the tables do not know.
RIVAL_NAME = r"[A-Z][\w.+-]*(?:\s[A-Z0-9][\w.+-]*)?"  # "ThinkPrune", "L1-Exact", "Qwen3 8B"
# "Qwen3-0.6B in thinking mode (68.0)", "GPT-4o used as a critic (70.6)", "GPT-4o prompted with
# the complete history (67.2)"
RIVAL_MODE = (r"(?:\s+in\s+(?:[\w-]+\s+)?mode|\s+used\s+as\s+an?\s+[\w-]+"
              r"|\s+prompted\s+with\s+[^()\d]{1,60}?)?")
# The words a compared model follows ("outperforming X", "compared with X"; rival_rules reads
# them before a rival described or named in brackets, role_rules before a baseline's score).
COMPARED_WORDS = r"compared\s+(?:with|to)|versus|vs\.?|against"
RIVAL_VERBS = r"outperform\w*|surpass\w*|beat\w*|exceed\w*|ahead\s+of|than|versus|vs\.?" \
    r"|compared\s+(?:with|to)|edg(?:e|es|ed|ing)\s+(?:out|past)"  # ("edge past M (61.5)")
RIVALS_BEFORE = (rf"\b(?:{RIVAL_VERBS}|over|including|such\s+as|approach\w*"
                 r"|within\s+\d+(?:\.\d+)?\s*(?:points?|pts|%)\s+of)\s+(?:the\s+)?"
                 rf"(?:{RIVAL_NAME}{RIVAL_MODE}\s*\([^()]*\)\s*,?\s*(?:and\s+)?)*")

# "On X, ...": an opening phrase, which may name the benchmarks of the numbers after it.
LEAD_RE = re.compile(r"(?:\(?\d\)\s*)?(?:On|In|For|Across|At)\s+(?P<lead>(?:[^,;()]|\([^()]*\))"
                     r"{1,120}),")
# "It also transfers to ...: on REVERIE, NavLite attains 36.4%": an opening after a colon.
_COLON_LEAD_RE = re.compile(r":\s+(?i:on|in|across)\s+(?P<lead>(?:[^,;:()]|\([^()]*\)){1,120}),")
# ", and on B, M drops by 6.5": a second opening phrase of the number's own clause.
_MID_LEAD_RE = re.compile(r"[,;]\s*(?:and\s+|while\s+|whereas\s+|but\s+)?(?:on|in|for)\s+"
                          r"(?:the\s+)?B\b[^,;]{0,30},"
                          # ", and averaged over the six math benchmarks the specialist leads"
                          r"|[,;]\s*(?:and\s+)?(?:averaged|on\s+average)\s+(?:over|across)\s+"
                          r"(?:the\s+|all\s+)?(?:[\w-]+\s+){0,3}?(?:benchmarks|tasks|datasets)\b")


# A new clause: ", and", "; but", ";" (the fallback rules read it too).
NEW_CLAUSE_RE = re.compile(r"[,;]\s*(?:and|but|while|whereas|yet)\s|;")


def opening_phrase(v: AttachView) -> tuple[re.Match, list] | None:
    """The sentence's opening "On X, ..." phrase before the number (or the one after its last
    colon before the number: "...: on REVERIE, M attains"), and the benchmarks in it."""
    lead = LEAD_RE.match(v.text, v.sentence.start, v.sentence.end)
    colon = v.text.rfind(":", v.sentence.start, v.claim.num.start) if lead is None else -1
    if colon >= 0:
        lead = _COLON_LEAD_RE.match(v.text, colon, v.sentence.end)
    if not lead or lead.end() > v.claim.num.start or ";" in v.text[lead.end():v.claim.num.start] \
            or _MID_LEAD_RE.search(mask(v.text, lead.end(), v.claim.num.start, v.sentence)) \
            or not no_claim_between(v.claims, lead.start("lead"), lead.end("lead"), v.claim):
        return None  # "On A, ... 90.2; on B the system reaches 60.0 versus 63.3": not A's;
        # "At 4 bits it scores 81.0% on A and 60.2% on B, only ...": a clause, not an opening
    if any(c.bench_at >= lead.end() and c.num.end <= v.claim.num.start for c in v.claims
           if c is not v.claim):
        return None  # "On A, M improves from 16.9 to 29.4, and its B rating rises to 1214,
        # compared with 835": an earlier number took a later benchmark, so the opening is over
    if any(lead.end() <= b.start and b.end <= v.claim.num.start and NEW_CLAUSE_RE.search(
            v.text, lead.end(), b.start) for b in v.sentence.benches):
        return None  # "On A, three recipes ..., and one lowers the B accuracy of M from 29.4%":
        # a benchmark named in a later clause, before the number, is the number's
    inside = [b for b in v.sentence.benches if lead.start("lead") <= b.start < lead.end("lead")
              and "example" not in b.flags]
    group = next((g for g in bench_lists(v.text, v.sentence.benches) if inside and
                  g[0] is inside[0]), [])  # "On a workload from A, B and C, ...": the list
    if len(group) > len(inside) and group[-1].end < v.claim.num.start:
        inside = group
    return lead, inside


def in_number_group(v: AttachView) -> bool:
    """The number is one of a list ("58.2%, 71.9% and 66.4%"), which the list rules zip."""
    text, num = v.text, v.claim.num
    return any(GROUP_GAP_RE.match(text[c.num.end:num.start]) if c.num.end <= num.start else
               GROUP_GAP_RE.match(text[num.end:c.num.start]) for c in v.claims
               if c is not v.claim and c.parent is None and abs(c.num.start - num.start) < 40)
