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
