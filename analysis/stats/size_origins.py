"""How many claims take their model size from where, over all claims and the scaling selection."""

from __future__ import annotations

import pandas as pd

from analysis.stats.observations import select_scores
from analysis.vocab import PARAMS_ORIGINS

ORIGIN, ALL_CLAIMS, SELECTED = "size from", "all claims", "default scaling selection"  # columns
TOTAL = "total"  # the last row: every claim counted in the column
# What each params_origin means (analysis/stats/observations.py, _model_covariates).
ORIGIN_LABELS = {
    "registry": "registry (the scored model's row, found by name or a curated alias)",
    "curated base": "curated base (the base an own-model decision in model_names.csv names)",
    "base in abstract": "base in abstract (the base model the abstract names)",
    "name": "name (a size written in the model name, no registry row)",
    "missing": "missing (no size)",
}


def claim_size_origins(observations: pd.DataFrame) -> pd.DataFrame:
    """Claims per params_origin, over every claim and over `select_scores` with its defaults.

    One row per origin in PARAMS_ORIGINS order (all kept, zeros included), then a total row.
    """
    selected, _ = select_scores(observations)
    counts = {column: frame["params_origin"].value_counts()
              for column, frame in ((ALL_CLAIMS, observations), (SELECTED, selected))}
    rows = [(ORIGIN_LABELS[origin], *(int(counts[c].get(origin, 0)) for c in counts))
            for origin in PARAMS_ORIGINS]
    rows.append((TOTAL, len(observations), len(selected)))
    return pd.DataFrame(rows, columns=[ORIGIN, ALL_CLAIMS, SELECTED])


# What a score needs to reach a scaling analysis besides being one (issue 11's floor).
NEEDS = {"a parameter count": "sized", "an item count": "counted"}
COVERAGE_COLUMNS = ["claim_id", "model", "benchmark", "value", "name_decision", "lacks"]


def named_score_coverage(observations: pd.DataFrame) -> pd.DataFrame:
    """Absolute claims on named text-reasoning benchmarks, each with what it lacks.

    `sized` is a parameter count of the scored model or the summed parts of a system;
    `counted` an item count of its benchmark; `lacks` names the missing ones ("" when none).
    Whether a claim then enters a fit is the funnel's business (select_scores).
    """
    rows = observations[(observations["kind"] == "absolute")
                        & (observations["scope"] == "named")
                        & observations["reasoning"].astype(bool)
                        & (observations["modality"] == "text")].copy()
    system_size = rows.get("system_params_total", pd.Series(float("nan"), index=rows.index))
    rows["sized"] = rows["params_total"].notna() | system_size.notna()
    rows["counted"] = rows["n_items"].notna()
    rows["lacks"] = [" and ".join(need for need, column in NEEDS.items() if not row[column])
                     for _, row in rows.iterrows()]
    return rows[[*COVERAGE_COLUMNS[:-1], "sized", "counted", "lacks"]].reset_index(drop=True)


def coverage_sentence(coverage: pd.DataFrame) -> str:
    """"57 of 67 (85%) ... carry both; the other 10 lack ..." for a report or the README."""
    complete = int((coverage["lacks"] == "").sum())
    total = len(coverage)
    if total == 0:
        return "No absolute claim on a named text-reasoning benchmark."
    lacking = coverage.loc[coverage["lacks"] != "", "lacks"].value_counts()
    why = "; ".join(f"{n} {'lacks' if n == 1 else 'lack'} {what}" for what, n in lacking.items())
    return (f"{complete} of {total} absolute claims on named text-reasoning benchmarks "
            f"({complete / total:.0%}) carry a parameter count and an item count"
            + (f"; of the other {total - complete}, {why}." if why else "."))
