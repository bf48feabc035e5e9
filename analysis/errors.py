"""The product's own error types: every failure names the file, line, column and rule."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from analysis.config import PROJ_ROOT


class ReasonscaleError(Exception):
    """Base class of every error the product raises on purpose."""


@dataclass(frozen=True)
class Problem:
    """One violation found in an input: where it is and what rule it breaks."""

    path: str  # file the value came from (or a table name)
    line: int | None  # 1-based line in that file (header is line 1), None if not line-bound
    column: str | None
    message: str  # the rule and the offending value, e.g. "must be > 0, got -7e9"

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f" line {self.line}"
        if self.column:
            return f"{where}: {self.column} {self.message}"
        return f"{where}: {self.message}"


class ValidationError(ReasonscaleError):
    """One or more problems in an input, all reported at once."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        shown = "\n".join(f"  {p}" for p in self.problems[:50])
        more = len(self.problems) - 50
        tail = f"\n  ... and {more} more" if more > 0 else ""
        super().__init__(f"{len(self.problems)} problem(s):\n{shown}{tail}")


class ParseError(ReasonscaleError):
    """A raw page that cannot be parsed: empty, not UTF-8 text, or in no known layout."""

    def __init__(self, path: Path | str, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class InsufficientDataError(ReasonscaleError):
    """Too few claims, models or papers for a fit to mean anything."""


def display_path(path: Path | str) -> str:
    """A path relative to the project root when it lies inside it, for short messages."""
    p = Path(path).resolve()
    try:
        return str(p.relative_to(PROJ_ROOT))
    except ValueError:
        return str(path)
