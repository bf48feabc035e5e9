"""Rule tables: named rules with the example sentences they exist for, applied by one loop."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Example:
    """A text a rule exists for and what the extractor makes of it there.

    `at` is the number (or, for mention flags, the name) the rule decides, as written: its
    first occurrence in `text`, and the first number that starts inside it. `expect` is the
    outcome there (a verdict, kind, sign, benchmark, model, role, metric or flag). A negative
    example (`fires=False`) is text the rule must not decide: another rule gives `expect`.
    """

    text: str
    at: str
    expect: Any
    title: str = ""
    fires: bool = True


def example(text: str, at: str, expect: Any, title: str = "") -> Example:
    """A positive example: the rule decides `at` and the outcome is `expect`."""
    return Example(text, at, expect, title)


def counter(text: str, at: str, expect: Any, title: str = "") -> Example:
    """A negative example: the rule does not decide `at`; the outcome is still `expect`."""
    return Example(text, at, expect, title, fires=False)


@dataclass(frozen=True)
class Rule:
    """One named rule: a function of a table's context returning a result, or None."""

    name: str
    func: Callable[[Any], Any]
    examples: tuple[Example, ...] = ()

    @property
    def doc(self) -> str:
        """The function's docstring: what the rule recognises, and why."""
        return inspect.getdoc(self.func) or ""


def rule(name: str, *examples: Example) -> Callable[[Callable[[Any], Any]], Rule]:
    """Decorator: the function becomes the rule `name` with its examples."""
    def wrap(func: Callable[[Any], Any]) -> Rule:
        return Rule(name, func, examples)
    return wrap


@dataclass(frozen=True)
class RuleTable:
    """An ordered table of rules deciding one thing (`decides`: what examples' `expect` is)."""

    name: str
    decides: str
    rules: tuple[Rule, ...]
    doc: str = ""
    # (name, function) pairs: the loop reads these rather than two attributes per rule.
    pairs: tuple[tuple[str, Callable[[Any], Any]], ...] = field(init=False, repr=False,
                                                                compare=False)

    def __post_init__(self) -> None:
        names = [r.name for r in self.rules]
        duplicated = sorted({n for n in names if names.count(n) > 1})
        if duplicated:
            raise ValueError(f"rule table {self.name!r}: duplicate rule names {duplicated}")
        object.__setattr__(self, "pairs", tuple((r.name, r.func) for r in self.rules))


def table(name: str, decides: str, doc: str, *rules: Rule) -> RuleTable:
    """A rule table; the rules are tried in the order given."""
    return RuleTable(name, decides, rules, doc)


def apply_first(rules: RuleTable, context: Any) -> tuple[str, Any] | None:
    """(name, result) of the first rule whose result is not None, else None."""
    for name, func in rules.pairs:
        result = func(context)
        if result is not None:
            return name, result
    return None


def apply_each(rules: RuleTable, context: Any) -> Iterator[tuple[str, Any]]:
    """(name, result) of every rule whose result is not None, in order.

    Lazy: a rule sees what the caller did with the results before it (a flag it added).
    """
    for name, func in rules.pairs:
        result = func(context)
        if result is not None:
            yield name, result
