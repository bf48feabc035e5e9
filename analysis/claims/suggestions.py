"""Registry suggestions: what the abstracts state about models, set beside the registry.

Facts read from abstracts (parameter and token counts) are never joined into the registry: a
curator reads each suggestion with its quote and decides (data/registry/models.csv).
"""

from __future__ import annotations

import math

import pandas as pd

from analysis.curated.registry import resolve_models

SUGGESTION_COLUMNS = ["paper_id", "model", "suggested_model_id", "match", "close_model_ids",
                      "fact", "value", "registry_value", "status", "quote"]
NEW_MODEL = "(new)"  # suggested_model_id of a name the registry does not resolve
# The registry column a fact would fill (facts without one are kept for the curator to read).
REGISTRY_COLUMN = {"params_total": "params_total", "params_active": "params_active",
                   "pretrain_tokens": "pretrain_tokens"}
AGREE_TOLERANCE = 0.05  # relative: "3.8B" in an abstract agrees with 3.82e9 in the registry


def _status(model_id: str, fact: str, value: float, registry_value: float) -> str:
    if model_id == NEW_MODEL:
        return "new model"
    if fact not in REGISTRY_COLUMN:
        return "no registry column"
    if math.isnan(registry_value):
        return "missing in registry"
    close = abs(value - registry_value) <= AGREE_TOLERANCE * max(abs(value), abs(registry_value))
    return "agrees" if close else "differs"


def registry_suggestions(facts: pd.DataFrame, registry: pd.DataFrame) -> pd.DataFrame:
    """One row per extracted fact: the registry model it names ("(new)" when none), the
    registry's value of the same fact, and whether they agree; the quote is the evidence.

    Pure: reads `facts` (columns FACT_COLUMNS) and `registry` (load_registry), writes nothing.
    """
    if facts.empty:
        return pd.DataFrame(columns=SUGGESTION_COLUMNS)
    resolved = resolve_models(facts["model"].reset_index(drop=True), registry)
    by_id = registry.set_index("model_id")
    rows = []
    for fact, (_, found) in zip(facts.itertuples(index=False), resolved.iterrows(),
                                strict=True):
        model_id = found["model_id"] or NEW_MODEL
        column = REGISTRY_COLUMN.get(fact.fact)
        known = column is not None and model_id in by_id.index
        registry_value = float(by_id.at[model_id, column]) if known else math.nan
        rows.append({"paper_id": fact.paper_id, "model": fact.model,
                     "suggested_model_id": model_id, "match": found["match"],
                     "close_model_ids": found["suggestions"], "fact": fact.fact,
                     "value": float(fact.value), "registry_value": registry_value,
                     "status": _status(model_id, fact.fact, float(fact.value), registry_value),
                     "quote": fact.quote})
    return pd.DataFrame(rows, columns=SUGGESTION_COLUMNS)
