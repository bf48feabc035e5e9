"""Tests of analysis/stats/size_origins.py on a synthetic observation table."""

from __future__ import annotations

import pandas as pd

from analysis.stats.size_origins import (
    ALL_CLAIMS,
    ORIGIN,
    ORIGIN_LABELS,
    SELECTED,
    TOTAL,
    claim_size_origins,
)

# A claim the default scaling selection keeps; each row below changes what it names.
KEPT = {"scope": "named", "kind": "absolute", "metric": "accuracy", "role": "proposed",
        "domain": "math", "modality": "text", "value_qualifier": "", "system": False,
        "uncertain": False, "params": 7e9, "n_items": 500, "score": 50.0}
ROWS = [
    ("registry", {}),
    ("registry", {}),
    ("registry", {"scope": "aggregate"}),  # not a named benchmark: left out of the selection
    ("curated base", {"modality": "image"}),  # not a text benchmark
    ("base in abstract", {}),
    ("name", {"system": True}),  # a system of several models
    ("name", {}),
    ("missing", {"params": None}),
    ("missing", {"params": None}),
]


def _observations() -> pd.DataFrame:
    rows = [{**KEPT, **change, "params_origin": origin, "claim_id": f"c{i}"}
            for i, (origin, change) in enumerate(ROWS)]
    return pd.DataFrame(rows)


def test_claims_are_counted_by_size_origin_over_all_and_over_the_selection():
    table = claim_size_origins(_observations())
    counts = {row[ORIGIN]: (row[ALL_CLAIMS], row[SELECTED]) for _, row in table.iterrows()}
    assert counts == {ORIGIN_LABELS["registry"]: (3, 2), ORIGIN_LABELS["curated base"]: (1, 0),
                      ORIGIN_LABELS["base in abstract"]: (1, 1), ORIGIN_LABELS["name"]: (2, 1),
                      ORIGIN_LABELS["missing"]: (2, 0), TOTAL: (9, 4)}
    assert list(table[ORIGIN]) == [*ORIGIN_LABELS.values(), TOTAL]
