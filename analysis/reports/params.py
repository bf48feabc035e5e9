"""Check a notebook's papermill parameters: wrong types or unknown names fail clearly."""

from __future__ import annotations

from analysis.errors import ReasonscaleError


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


SCALING_CHOICES = {
    "form": {"linear", "logit"},
    "predictors": {"params", "params+tokens", "compute"},
    "basis": {"total", "active"},
    "roles": {"proposed", "baseline", "reference"},
}
SCALING_TYPES = {"benchmark": str, "pool": (list, tuple), "form": str, "predictors": str,
                 "basis": str, "roles": (list, tuple), "metrics": (list, tuple)}


def scaling_parameters(**values) -> dict:
    """Check the scaling notebook's parameters (benchmark against the benchmark table)."""
    from analysis.curated.benchmarks import load_benchmarks
    from analysis.config import BENCHMARKS_PATH

    benchmarks = set(load_benchmarks(BENCHMARKS_PATH)["name"]) | {"pooled"}
    metric_ok = {m for m in values.get("metrics", []) if isinstance(m, str) and (
        m in {"accuracy", "score"} or m.startswith(("pass@", "maj@")))}
    values.setdefault("pool", [])
    choices = {**SCALING_CHOICES, "pool": benchmarks - {"pooled"},
               "metrics": metric_ok or {"accuracy", "pass@1", "score"}}
    if not values["pool"]:  # a pool is named freely ("AIME, all years"); a benchmark is not
        choices["benchmark"] = benchmarks
    check_parameters("03_scaling", types=SCALING_TYPES, values=values, choices=choices)
    return dict(values)
