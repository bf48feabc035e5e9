"""Check a notebook's papermill parameters: wrong types or unknown values fail clearly."""

from __future__ import annotations

from analysis.curated.benchmarks import load_benchmarks
from analysis.errors import ReasonscaleError
from analysis.vocab import (
    BASES,
    DESIGNS,
    DOMAINS,
    FIT_FORMS,
    LOWER_IS_BETTER_METRICS,
    POOLED,
    PREDICTORS,
    RECIPE_LABELS,
    ROLES,
    is_claim_metric,
)


class ParameterError(ReasonscaleError):
    """A report parameter of the wrong type or outside its allowed values."""


def check_parameters(notebook: str, *, choices: dict[str, set] | None = None,
                     types: dict[str, type | tuple[type, ...]], values: dict) -> None:
    """Raise ParameterError naming every bad parameter of `notebook` at once.

    `types` maps parameter name to its expected type(s); `choices` optionally to allowed values
    (for a list parameter, every element must be allowed).
    """
    problems = []
    for name, expected in types.items():
        value = values.get(name)
        if isinstance(value, bool) and expected in (int, float):
            problems.append(f"{name} must be {expected.__name__}, got bool {value!r}")
        elif not isinstance(value, expected):
            names = (expected,) if isinstance(expected, type) else expected
            wanted = " or ".join(t.__name__ for t in names)
            problems.append(f"{name} must be {wanted}, got {type(value).__name__} {value!r}")
    for name, allowed in (choices or {}).items():
        value = values.get(name)
        items = value if isinstance(value, list | tuple) else [value]
        unknown = [item for item in items if item not in allowed]
        if unknown:
            shown = ", ".join(sorted(map(str, allowed))[:30])
            problems.append(f"{name}: unknown value(s) {unknown!r}; allowed: {shown}")
    if problems:
        raise ParameterError(f"{notebook}: bad parameter(s): " + "; ".join(problems))


FIT_CHOICES = {"form": set(FIT_FORMS), "predictors": set(PREDICTORS)}
SCALING_TYPES = {"benchmark": str, "pool": (list, tuple), "form": str, "predictors": str,
                 "basis": str, "roles": (list, tuple), "metrics": (list, tuple)}


def _metric_problem(metrics: object) -> str:
    """Why a metrics parameter is not a list of claim metrics ("" when it is)."""
    if not isinstance(metrics, list | tuple):
        return ""  # the type check reports it
    bad = [m for m in metrics if not is_claim_metric(m)]
    falling = [m for m in metrics if m in LOWER_IS_BETTER_METRICS]
    if bad:
        return (f"metrics: unknown value(s) {bad!r}; allowed: accuracy, score, f1, em, ... or "
                "pass@k / maj@k with k a positive whole number")
    if falling:  # the fit and its verdicts read a rising score as a better model
        return (f"metrics: {falling!r} falls as models improve (lower is better); a scaling "
                "fit pools only metrics where higher is better")
    return ""


def scaling_parameters(**values) -> dict:
    """Check the scaling notebook's parameters (benchmark against the benchmark table)."""
    benchmarks = set(load_benchmarks()["name"])
    values.setdefault("pool", [])
    choices = {**FIT_CHOICES, "basis": set(BASES), "roles": set(ROLES), "pool": benchmarks}
    if not values["pool"]:  # a pool is named freely ("AIME, all years"); a benchmark is not
        choices["benchmark"] = benchmarks | {POOLED}
    try:
        check_parameters("03_scaling", types=SCALING_TYPES, values=values, choices=choices)
    except ParameterError as exc:
        problem = _metric_problem(values.get("metrics"))
        raise ParameterError(f"{exc}; {problem}" if problem else str(exc)) from None
    problem = _metric_problem(values.get("metrics"))
    if problem:
        raise ParameterError(f"03_scaling: bad parameter(s): {problem}")
    return dict(values)


def overview_parameters(**values) -> dict:
    """Check the across-benchmarks notebook's parameters (the designs listed)."""
    check_parameters("04_across_benchmarks", types={"designs": (list, tuple)}, values=values,
                     choices={"designs": set(DESIGNS)})
    return dict(values)


def gains_parameters(**values) -> dict:
    """Check the gains notebook's parameters (recipes, domains and benchmarks to include)."""
    benchmarks = set(load_benchmarks()["name"])
    check_parameters("05_gains", types={"recipes": (list, tuple), "domains": (list, tuple),
                                        "benchmarks": (list, tuple), "correlation": float},
                     values=values, choices={"recipes": set(RECIPE_LABELS),
                                             "domains": set(DOMAINS), "benchmarks": benchmarks})
    if not -1.0 <= values["correlation"] <= 1.0:
        raise ParameterError(f"05_gains: bad parameter(s): correlation must lie in [-1, 1], "
                             f"got {values['correlation']}")
    return dict(values)
