"""Every rule table of claim extraction, in the order extraction applies them."""

from __future__ import annotations

from dataclasses import dataclass

from analysis.claims import (
    base_rules,
    benchmark_rules,
    delta_rules,
    demote_back_rules,
    demote_rules,
    fallback_rules,
    flag_rules,
    gap_rules,
    kind_rules,
    list_rules,
    model_rules,
    part_rules,
    rescue_rules,
    revision_rules,
    role_rules,
    scope_rules,
    score_rules,
    sign_rules,
    system_rules,
)
from analysis.claims.rules import Example, RuleTable

TABLES: tuple[RuleTable, ...] = (
    flag_rules.MODEL_FLAGS, flag_rules.BENCH_FLAGS,  # per mention, before any number
    score_rules.VERDICT, rescue_rules.RESCUE, rescue_rules.RESCUE_PAIR,  # per number
    demote_rules.DEMOTE, demote_back_rules.DEMOTE_BACK,
    kind_rules.KIND, sign_rules.SIGN, kind_rules.OVER_100,  # per kept number
    revision_rules.LISTED, revision_rules.CONTINUED, revision_rules.PAREN_KIND,  # per sentence
    revision_rules.ARITHMETIC,
    benchmark_rules.ATTACH, list_rules.LIST_BENCHMARKS, list_rules.LIST_MODELS,
    fallback_rules.FALLBACK, part_rules.PART, list_rules.SHARE_BACK, gap_rules.GAP_SIGN,
    model_rules.WHICH_MODEL, model_rules.SHARE_BACK,
    role_rules.ROLE, role_rules.UNNAMED, role_rules.METRIC, role_rules.REASONS,
    scope_rules.QUALIFIER, scope_rules.SCOPE, scope_rules.N_BENCHMARKS,
    base_rules.TRAINED, base_rules.BASE, system_rules.SYSTEM, delta_rules.DELTA_AGAINST,
    delta_rules.SHARE_BACK,
)
# The flag tables and the uncertainty table apply every rule (apply_each); the others stop at
# the first rule with a result (apply_first).


@dataclass(frozen=True)
class RuleInfo:
    """One rule as listed: its name, its table, what it decides, its docstring and examples."""

    name: str
    table: str
    decides: str
    doc: str
    examples: tuple[Example, ...]


def all_rules() -> list[RuleInfo]:
    """Every rule of every table, tables in the order they are applied, rules in table order."""
    return [RuleInfo(r.name, t.name, t.decides, r.doc, r.examples)
            for t in TABLES for r in t.rules]


def table_named(name: str) -> RuleTable:
    """The rule table called `name`."""
    for rules in TABLES:
        if rules.name == name:
            return rules
    raise KeyError(name)
