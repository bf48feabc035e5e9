"""The committed benchmark table: validation, canonical names and the alias pattern for text."""

from __future__ import annotations

import csv
import functools
import io
import math
import re
import unicodedata
from pathlib import Path

import pandas as pd

from analysis.config import BENCHMARKS_PATH
from analysis.errors import Problem, ValidationError, display_path
from analysis.vocab import (
    AGGREGATE_DOMAIN,
    ANSWER_FORMATS,
    BENCHMARK_METRICS,
    DOMAINS,
    MODALITIES,
)

COLUMNS = [
    "name", "aliases", "domain", "modality", "metric", "answer_format", "chance_level", "n_items",
    "min_score", "max_score", "source",
]
ALIAS_SEP = ";"
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.+-]*$")  # canonical names: no spaces

# A split or version written after a benchmark name is not part of its identity:
# "LiveCodeBench v6", "MMAU Test-mini", "MathVista testmini", "MMMU (val)", "ACEBench (En)",
# "BIRD development set", "Longbench dataset". Upper-case "-V2" (ScreenSpot-V2) is a name.
_SPLIT_WORDS = (r"test[\s-]?mini|test|val|validation|dev|development|en|full|main|subset|split"
                r"|set|benchmark|dataset|data\s*set|tasks?|leaderboard")
_SUFFIX_RE = re.compile(
    rf"(?:\s+v\d+(?:\.\d+)*|\s*\((?:{_SPLIT_WORDS}|v\d+(?:\.\d+)*)\)|[\s_-]+(?:{_SPLIT_WORDS})"
    r"|(?<=\w)['’]s)$",  # ("REval's": the name)
    re.IGNORECASE)
_KEY_DROP_RE = re.compile(r"[^0-9a-z]+")
# Separators allowed between the letter and digit runs of an alias when matching text:
# "MATH-500", "MATH 500", "Math500", "AIME'24", "AIME_24".
_ALIAS_SEP_RE = r"[\s\-_'’]?"
_CHUNK_RE = re.compile(r"[A-Za-z]+|\d+|[^A-Za-z\d\s\-_'’]")


def benchmark_key(text: object) -> str:
    """Comparison key of a benchmark spelling: NFKC, case-folded, letters and digits only
    ("+" read as "plus": "HumanEval+" is HumanEval-Plus, not HumanEval; "*" as "star": "V*Bench"
    is V-Star-Bench, not VBench; "τ" as "tau": "τ-bench" is Tau-Bench, not the word "bench")."""
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return ""
    folded = unicodedata.normalize("NFKC", str(text)).casefold().replace("+", "plus") \
        .replace("*", "star").replace("τ", "tau")
    return _KEY_DROP_RE.sub("", folded)


def strip_split(raw: str) -> str:
    """The benchmark name without a trailing split, version, "benchmark"/"dataset" word or
    possessive ("REval's")."""
    text = raw.strip()
    while True:
        shorter = _SUFFIX_RE.sub("", text).strip()
        if shorter == text or not shorter:
            return text
        text = shorter


def unknown_benchmark_name(raw: str) -> str:
    """Canonical form of a benchmark the table does not list: as written, spaces -> hyphens."""
    return re.sub(r"\s+", "-", strip_split(raw)).strip("-")


def split_aliases(value: object) -> list[str]:
    """The aliases of one table cell, stripped, empty entries dropped."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    return [a.strip() for a in str(value).split(ALIAS_SEP) if a.strip()]


def read_csv_text(path: Path, shown: str) -> str:
    """A curated CSV's text: UTF-8 with or without a byte-order mark (spreadsheets add one).

    Text in another encoding raises ValidationError naming the line of the first bad byte.
    """
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise ValidationError([Problem(shown, line, None, f"is not UTF-8 text (byte "
                                       f"{data[exc.start]:#04x} at offset {exc.start}); save "
                                       f"the file as UTF-8")]) from None


def read_curated_rows(path: Path, shown: str, columns: list[str] | tuple[str, ...], *,
                      optional: tuple[str, ...] = (),
                      ) -> tuple[list[tuple[int, dict[str, str]]], list[Problem]]:
    """Rows of a curated CSV with the file line each starts on, and header/shape problems.

    Shared by every curated table (benchmarks, registry): blank rows are skipped, cells are
    stripped, and a row with the wrong number of fields is a problem naming its line.
    Columns in `optional` may be absent from the file; their cells are then "".
    """
    problems: list[Problem] = []
    rows: list[tuple[int, dict[str, str]]] = []
    with io.StringIO(read_csv_text(path, shown), newline="") as handle:
        reader = csv.reader(handle)
        header = [h.strip() for h in next(reader, [])]
        if not header:
            return rows, [Problem(shown, 1, None, "file is empty (header expected)")]
        absent = [c for c in optional if c not in header]
        missing = [c for c in columns if c not in header and c not in optional]
        extra = [c for c in header if c not in columns]
        if missing:
            problems.append(Problem(shown, 1, None, f"header misses column(s) {missing}"))
        if extra:
            problems.append(Problem(shown, 1, None, f"header has unknown column(s) {extra}"))
        if missing:
            return rows, problems
        start = reader.line_num + 1
        for record in reader:
            if any(cell.strip() for cell in record):
                if len(record) != len(header):
                    problems.append(Problem(shown, start, None, f"has {len(record)} fields, "
                                                                f"header has {len(header)}"))
                else:
                    cells = {h: v.strip() for h, v in zip(header, record, strict=True)}
                    rows.append((start, {**dict.fromkeys(absent, ""), **cells}))
            start = reader.line_num + 1
    return rows, problems


def _read_rows(path: Path, shown: str) -> tuple[list[tuple[int, dict[str, str]]], list[Problem]]:
    return read_curated_rows(path, shown, COLUMNS)


def _number(row: dict, column: str, where: tuple[str, int], problems: list[Problem],
            *, integer: bool = False) -> float:
    raw = row[column]
    if raw == "":
        return math.nan
    try:
        value = float(raw)
    except ValueError:
        problems.append(Problem(*where, column, f"must be a number, got {raw!r}"))
        return math.nan
    if not math.isfinite(value) or (integer and (value != int(value) or value <= 0)):
        kind = "a whole number > 0" if integer else "finite"
        problems.append(Problem(*where, column, f"must be {kind}, got {raw}"))
        return math.nan
    return value


def _check_row(line: int, row: dict[str, str], shown: str, problems: list[Problem]) -> None:
    where = (shown, line)
    if not NAME_RE.match(row["name"]):
        problems.append(Problem(*where, "name", f"must be one word of letters, digits, '.', "
                                                f"'+' or '-', got {row['name']!r}"))
    if row["domain"] not in DOMAINS:
        problems.append(Problem(*where, "domain", f"must be one of {list(DOMAINS)}, "
                                                  f"got {row['domain']!r}"))
    if row["modality"] not in MODALITIES:
        problems.append(Problem(*where, "modality", f"must be one of {list(MODALITIES)}, "
                                                    f"got {row['modality']!r}"))
    if row["metric"] not in BENCHMARK_METRICS:
        problems.append(Problem(*where, "metric", f"must be one of {sorted(BENCHMARK_METRICS)}, "
                                                  f"got {row['metric']!r}"))
    if row["answer_format"] not in ANSWER_FORMATS:
        problems.append(Problem(*where, "answer_format", f"must be one of "
                                f"{sorted(ANSWER_FORMATS)}, got {row['answer_format']!r}"))
    n_items = _number(row, "n_items", where, problems, integer=True)
    low, high = (_number(row, c, where, problems) for c in ("min_score", "max_score"))
    chance = _number(row, "chance_level", where, problems)
    if math.isnan(low) or math.isnan(high):
        problems.append(Problem(*where, "min_score/max_score", "both must be given"))
    elif low >= high:
        problems.append(Problem(*where, "max_score", f"must be > min_score ({low:g}), "
                                                     f"got {high:g}"))
    elif not math.isnan(chance) and not low <= chance <= high:
        problems.append(Problem(*where, "chance_level", f"must lie in [{low:g}, {high:g}], "
                                                        f"got {chance:g}"))
    pseudo = row["domain"] == AGGREGATE_DOMAIN
    if pseudo and not math.isnan(n_items):
        problems.append(Problem(*where, "n_items", "must be empty for a pseudo benchmark "
                                                   f"(domain {AGGREGATE_DOMAIN})"))
    if not math.isnan(n_items) and not row["source"]:
        problems.append(Problem(*where, "source", "must cite where n_items comes from"))


def _check_names(rows: list[tuple[int, dict[str, str]]], shown: str,
                 problems: list[Problem]) -> None:
    """Names unique; no spelling (after benchmark_key) claimed by two benchmarks."""
    owner: dict[str, tuple[str, int]] = {}
    for line, row in rows:
        name = row["name"]
        for column, spellings in (("name", [name]), ("aliases", split_aliases(row["aliases"]))):
            for spelling in spellings:
                key = benchmark_key(spelling)
                if not key:
                    problems.append(Problem(shown, line, column,
                                            f"{spelling!r} has no letters or digits"))
                    continue
                other = owner.get(key)
                if other is None:
                    owner[key] = (name, line)
                elif other[0] != name:
                    problems.append(Problem(shown, line, column,
                                            f"{spelling!r} is also a spelling of {other[0]!r} "
                                            f"(line {other[1]})"))
                elif column == "name" and other[1] != line:
                    problems.append(Problem(shown, line, "name", f"{name!r} must be unique, "
                                                                 f"already on line {other[1]}"))


def load_benchmarks(path: Path | str = BENCHMARKS_PATH) -> pd.DataFrame:
    """Read and validate the benchmark table; every problem is reported at once."""
    path = Path(path)
    shown = display_path(path)
    rows, problems = _read_rows(path, shown)
    for line, row in rows:
        _check_row(line, row, shown, problems)
    _check_names(rows, shown, problems)
    if not rows and not problems:
        problems.append(Problem(shown, None, None, "has no benchmarks"))
    if problems:
        raise ValidationError(problems)
    frame = pd.DataFrame([row for _, row in rows], columns=COLUMNS)
    for column in ("chance_level", "n_items", "min_score", "max_score"):
        frame[column] = pd.to_numeric(frame[column].replace("", None))
    frame["n_items"] = frame["n_items"].astype("Int64")
    frame["pseudo"] = frame["domain"] == AGGREGATE_DOMAIN
    return frame


def _spellings(benchmarks: pd.DataFrame) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((name, tuple([name, *split_aliases(aliases)]))
                 for name, aliases in zip(benchmarks["name"], benchmarks["aliases"], strict=True))


@functools.lru_cache(maxsize=8)
def _key_index(spellings: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, str]:
    return {benchmark_key(s): name for name, names in spellings for s in names}


class BenchmarkIndex:
    """The benchmark table prepared for fast lookups (build once, use for many abstracts)."""

    def __init__(self, benchmarks: pd.DataFrame):
        self.frame = benchmarks
        spellings = _spellings(benchmarks)
        self.keys = _key_index(spellings)
        pseudo = frozenset(benchmarks.loc[benchmarks["domain"] == AGGREGATE_DOMAIN, "name"])
        self._spellings, self._pseudo = spellings, pseudo
        self.pattern_source = _alias_source(spellings, pseudo)
        self.metrics = dict(zip(benchmarks["name"], benchmarks["metric"], strict=True))
        self.ranges = score_range(benchmarks)


    @functools.cached_property
    def pattern(self) -> re.Pattern:
        """The alias pattern, compiled (0.2 s) when first asked for: the extractor reads its
        source (claims.aliases)."""
        return _compiled_alias_pattern(self._spellings, self._pseudo)


def as_index(benchmarks: pd.DataFrame | BenchmarkIndex) -> BenchmarkIndex:
    """A BenchmarkIndex for a table (or the index itself)."""
    return benchmarks if isinstance(benchmarks, BenchmarkIndex) else BenchmarkIndex(benchmarks)


def canonical_benchmark(raw: object, benchmarks: pd.DataFrame | BenchmarkIndex) -> str | None:
    """The table's name for a benchmark as written ("AIME'24" -> "AIME-2024"), else None.

    A trailing split or version ("LiveCodeBench v6", "MathVista testmini") is ignored.
    """
    index = benchmarks.keys if isinstance(benchmarks, BenchmarkIndex) else \
        _key_index(_spellings(benchmarks))
    if raw is None or (isinstance(raw, float) and math.isnan(raw)):
        return None
    text = str(raw).strip()
    for candidate in (text, strip_split(text)):
        name = index.get(benchmark_key(candidate))
        if name is not None:
            return name
    return None


def _alias_regex(alias: str) -> str:
    chunks = _CHUNK_RE.findall(alias)
    body = _ALIAS_SEP_RE.join(re.escape(c) for c in chunks)
    # Names with digits ("Math500", "gsm8k") are matched in any case; all-letter names only as
    # written, so "MATH" the benchmark is not the word "math".
    return f"(?i:{body})" if any(c.isdigit() for c in alias) else body


@functools.lru_cache(maxsize=8)
def _compiled_alias_pattern(spellings: tuple[tuple[str, tuple[str, ...]], ...],
                            pseudo: frozenset[str]) -> re.Pattern:
    return re.compile(_alias_source(spellings, pseudo))


@functools.lru_cache(maxsize=8)
def _alias_source(spellings: tuple[tuple[str, tuple[str, ...]], ...],
                  pseudo: frozenset[str]) -> str:
    aliases = {s for name, names in spellings if name not in pseudo for s in names}
    # Longest first (MATH-500 before MATH), measured on the key so that "HumanEval+" comes
    # before "Human-Eval", which would match its first nine letters.
    ordered = sorted(aliases, key=lambda a: (-len(benchmark_key(a)), -len(a), a))
    # (spellings that differ only in separators give the same regex: each is tried once)
    body = "|".join(dict.fromkeys(_alias_regex(a) for a in ordered))
    # (not inside a hyphenated token either way: "EB-ALFRED" is EmbodiedBench's part, not
    # ALFRED; "SAT-Bridge" a model, not Bridge)
    return (rf"(?:(?<![A-Za-z0-9])(?<![A-Za-z0-9]-)){_first_char_guard(ordered)}"
            rf"(?:{body})(?![A-Za-z0-9]|-[A-Za-z0-9])")


def _first_char_guard(aliases: list[str]) -> str:
    """A lookahead for the characters an alias can start with (case-folded as its regex is).

    It changes no match; it spares the engine trying every alternative at other positions.
    """
    exact, folded = set(), set()
    for alias in aliases:
        chunks = _CHUNK_RE.findall(alias)
        if not chunks:
            return ""  # an alias of separators only: no first character to test
        (folded if any(c.isdigit() for c in alias) else exact).add(chunks[0][0])
    parts = []
    if exact:
        parts.append("[" + "".join(re.escape(c) for c in sorted(exact)) + "]")
    if folded:
        parts.append("(?i:[" + "".join(re.escape(c) for c in sorted(folded)) + "])")
    return f"(?={'|'.join(parts)})" if parts else ""


def alias_source(benchmarks: pd.DataFrame | BenchmarkIndex) -> str:
    """The source of the alias pattern (what alias_pattern compiles)."""
    if isinstance(benchmarks, BenchmarkIndex):
        return benchmarks.pattern_source
    pseudo = frozenset(benchmarks.loc[benchmarks["domain"] == AGGREGATE_DOMAIN, "name"])
    return _alias_source(_spellings(benchmarks), pseudo)


def alias_pattern(benchmarks: pd.DataFrame | BenchmarkIndex) -> re.Pattern:
    """One compiled regex matching every listed spelling of a real (non-pseudo) benchmark."""
    if isinstance(benchmarks, BenchmarkIndex):
        return benchmarks.pattern
    pseudo = frozenset(benchmarks.loc[benchmarks["domain"] == AGGREGATE_DOMAIN, "name"])
    return _compiled_alias_pattern(_spellings(benchmarks), pseudo)


def score_range(benchmarks: pd.DataFrame) -> dict[str, tuple[float, float]]:
    """name -> (min_score, max_score) of every benchmark in the table."""
    return {n: (lo, hi) for n, lo, hi in
            zip(benchmarks["name"], benchmarks["min_score"], benchmarks["max_score"], strict=True)}
