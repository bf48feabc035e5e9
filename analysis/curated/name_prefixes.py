"""The committed table of model-family name prefixes that model-name detection starts from."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from analysis.config import NAME_PREFIXES_PATH
from analysis.curated.benchmarks import read_curated_rows
from analysis.errors import Problem, ValidationError, display_path

COLUMNS = ["prefix", "example"]
PREFIX_RE = re.compile(r"^[a-z][a-z0-9]*$")  # case-folded; the pattern matches any case
LOADED_TABLES = 4  # distinct paths kept loaded: the committed table and a test's own


class NamePrefixes:
    """Model-family prefixes ("qwen", "gpt"): a word starting with one begins a model name.

    Compared by identity, so it is a cheap cache key for the per-token name tests.
    """

    __slots__ = ("prefixes", "pattern")

    def __init__(self, prefixes: tuple[str, ...] | list[str]):
        self.prefixes = tuple(prefixes)
        # A prefix counts when the word ends there or a version, size or tag follows
        # ("Qwen2.5", "GPT-4o", "Llama:"), not inside a longer word ("Phimatic").
        body = "|".join(re.escape(p) for p in self.prefixes) or "(?!)"  # empty: match nothing
        self.pattern = re.compile(rf"^(?:{body})(?=$|[\d.\-:+])", re.IGNORECASE)

    def starts_name(self, word: str) -> bool:
        """True when `word` (one hyphen-free piece, e.g. "Qwen2.5") begins with a prefix."""
        return self.pattern.match(word) is not None

    def __repr__(self) -> str:
        return f"NamePrefixes({len(self.prefixes)} prefixes)"


def _check(rows: list[tuple[int, dict[str, str]]], shown: str) -> list[Problem]:
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for line, row in rows:
        prefix, example = row["prefix"], row["example"]
        if not PREFIX_RE.match(prefix):
            problems.append(Problem(shown, line, "prefix", f"must be lower-case letters and "
                                                           f"digits, got {prefix!r}"))
            continue
        if prefix in seen:
            problems.append(Problem(shown, line, "prefix", f"{prefix!r} must be unique, "
                                                           f"already on line {seen[prefix]}"))
        seen.setdefault(prefix, line)
        if not NamePrefixes((prefix,)).starts_name(example.split("-")[0]):
            problems.append(Problem(shown, line, "example", f"must be a model name starting "
                                                            f"with {prefix!r}, got {example!r}"))
    if not rows and not problems:
        problems.append(Problem(shown, None, None, "has no prefixes"))
    return problems


@functools.lru_cache(maxsize=LOADED_TABLES)
def _load(path: Path) -> NamePrefixes:
    shown = display_path(path)
    rows, problems = read_curated_rows(path, shown, COLUMNS)
    problems += _check(rows, shown)
    if problems:
        raise ValidationError(problems)
    return NamePrefixes(tuple(row["prefix"] for _, row in rows))


def load_name_prefixes(path: Path | str = NAME_PREFIXES_PATH) -> NamePrefixes:
    """Read and validate the prefix table once per path (later calls return the same object)."""
    return _load(Path(path).resolve())
