"""Benchmarks an abstract names once in a readable way, found wherever else it names them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from analysis.claims.names import Mention, bench_name, benchmark_shaped, unlisted_names
from analysis.claims.own_names import PaperContext, introduces
from analysis.claims.sentence import Claim
from analysis.curated.benchmarks import BenchmarkIndex

# The benchmark rules that read an unlisted name off the text itself ("71.4% on TRAM"): the
# name they find is a benchmark of this abstract, in its other sentences too ("58.2% and 51.0%
# on TRAM and TimeQA, respectively"; "On TRAM, ...").
NAME_READING_RULES = frozenset({"after-name"})


def _occurrences(abstract: str, name: str, taken: list[tuple[int, int]]) -> Iterable[re.Match]:
    """The whole-word occurrences of `name` that no other mention covers."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", abstract):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            yield m


def own_benchmark_mentions(abstract: str, ctx: PaperContext, benches: list[Mention],
                           model_spans: list[tuple[int, int]]) -> list[Mention]:
    """Every later mention of the benchmark the paper introduces ("... separate clearly on
    SciSieve: ..."), where no other name is read."""
    own = ctx.own_benchmark
    if not own or own not in abstract:
        return []
    taken = [(b.start, b.end) for b in benches] + model_spans
    found = [Mention(m.start(), m.end(), m.group(), own)
             for m in _occurrences(abstract, own, taken)]
    # (only a name the abstract introduces as data: not "PAL-S", the method; found elsewhere
    # or not: "LengthTrap accuracy" was; the costlier test last)
    return found if found and introduces(abstract, own) else []


def discovered_mentions(abstract: str, names: Iterable[str], benches: list[Mention],
                        model_spans: list[tuple[int, int]], benchmarks: BenchmarkIndex
                        ) -> list[Mention]:
    """A mention at every free occurrence of each unlisted benchmark name in `names` and of
    each unlisted name among `benches` (a name read once is the same benchmark elsewhere)."""
    unlisted = {b.text for b in benches if b.name not in benchmarks.metrics
                and b.whole_part is None and b.name in unlisted_names(b.text)}
    unlisted.update(names)
    unlisted = {name for name in unlisted if benchmark_shaped(name)}
    if not unlisted:
        return []
    taken = [(b.start, b.end) for b in benches] + model_spans
    found: list[Mention] = []
    for name in sorted(unlisted):
        for m in _occurrences(abstract, name, taken):
            found.append(Mention(m.start(), m.end(), name, bench_name(name, benchmarks)))
            taken.append((m.start(), m.end()))
    return found


def names_read(claims: Iterable[Claim]) -> set[str]:
    """The unlisted names the name-reading rules took as the benchmarks of `claims`."""
    return {c.bench_raw for c in claims
            if c.fired.get("benchmark") in NAME_READING_RULES and c.bench_raw
            and c.bench in unlisted_names(c.bench_raw)}
