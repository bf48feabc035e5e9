"""Benchmark mentions written around a name: one year's edition of a competition."""

from __future__ import annotations

import pytest

from analysis.claims.bench_mentions import find_benchmarks
from analysis.curated.benchmarks import as_index, load_benchmarks
from analysis.curated.name_prefixes import load_name_prefixes

BENCHMARKS = as_index(load_benchmarks())
PREFIXES = load_name_prefixes()


def mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in find_benchmarks(text, BENCHMARKS, [], PREFIXES)]


@pytest.mark.parametrize("text,raw,name", [
    ("The gain is 3.3 points on the February 2025 edition of HMMT.",
     "February 2025 edition of HMMT", "HMMT-2025"),
    ("It scores 41.0 on the 2024 edition of AIME.", "2024 edition of AIME", "AIME-2024"),
    ("It solves 12 problems of the 2025 round of AIME.", "2025 round of AIME", "AIME-2025"),
])
def test_an_edition_of_a_listed_competition_is_that_years_benchmark(text, raw, name):
    assert (raw, name) in mentions(text)


def test_an_edition_the_table_does_not_list_names_no_benchmark():
    # the table has no AIME 2019 and no edition of a conference: the year stays unread
    found = mentions("It scores 41.0 on the 2019 edition of AIME and the 2024 edition of ICLR.")
    assert not any("edition" in raw for raw, _ in found), found
    assert ("AIME", "AIME") in found  # the competition itself is still named
