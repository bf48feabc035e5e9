"""Named parts: a benchmark's part written alone under its own name ("SeqQA" of LAB-Bench)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pandas as pd

from analysis.claims.names import Mention
from analysis.claims.scan import contains_any
from analysis.curated.benchmarks import BenchmarkIndex, canonical_benchmark, unknown_benchmark_name

# The parts the table's rows name in their `source` (data/registry/benchmarks.csv): LAB-Bench's
# eight categories and NATURAL PLAN's three tasks. Papers report them alone ("44.7% on LitQA2",
# "66.0% on Calendar Scheduling"); annotators file them under the whole, and so do the claims
# (benchmark_part keeps the part). A part with a row of its own is no named part.
NAMED_PARTS = {
    "LitQA2": "LAB-Bench", "DbQA": "LAB-Bench", "SuppQA": "LAB-Bench", "FigQA": "LAB-Bench",
    "TableQA": "LAB-Bench", "ProtocolQA": "LAB-Bench", "SeqQA": "LAB-Bench",
    "CloningScenarios": "LAB-Bench",
    "Trip Planning": "NaturalPlan", "Meeting Planning": "NaturalPlan",
    "Calendar Scheduling": "NaturalPlan",
}
_PART_RE = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, NAMED_PARTS)) + r")(?![\w-])")
# "the Trip Planning task of NaturalPlan", "the DbQA and SeqQA subsets of LAB-Bench": the whole
# is written, and the part rules read it so.
_OF_WHOLE_RE = re.compile(r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)[\w -]{1,25}?)?\s+(?:tasks?"
                          r"|subsets?|splits?|categor(?:y|ies)|sections?|portions?|tracks?)\s+of\b")


def named_parts(text: str, benchmarks: pd.DataFrame | BenchmarkIndex) -> Iterator[Mention]:
    """Mentions of the named parts in `text`: the whole's part (name "LAB-Bench-SeqQA")."""
    if not contains_any(text, NAMED_PARTS):
        return  # (most abstracts name none: the pattern's lookbehind would run at every position)
    for m in _PART_RE.finditer(text):
        part = m.group(1)
        whole = canonical_benchmark(NAMED_PARTS[part], benchmarks)
        if whole and not canonical_benchmark(part, benchmarks) and \
                not _OF_WHOLE_RE.match(text, m.end(1)):
            yield Mention(m.start(1), m.end(1), part, f"{whole}-{unknown_benchmark_name(part)}",
                          whole_part=(whole, part))
