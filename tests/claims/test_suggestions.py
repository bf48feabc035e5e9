"""Tests of analysis/claims/suggestions.py and of what extract_all returns with it."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis.build.derived import extract_all
from analysis.claims.facts import FACT_COLUMNS
from analysis.claims.suggestions import NEW_MODEL, SUGGESTION_COLUMNS, registry_suggestions
from analysis.config import RAW_DIR
from analysis.corpus.ingest import load_corpus

NAN = float("nan")


def registry() -> pd.DataFrame:
    return pd.DataFrame({"model_id": ["Llama-3-8B", "Qwen2.5-7B"],
                         "aliases": ["LLaMA3-8B", ""],
                         "params_total": [8.03e9, NAN], "params_active": [NAN, NAN],
                         "pretrain_tokens": [15e12, 18e12]})


def fact(model: str, name: str, value: float) -> dict:
    return {"paper_id": "p0000000001", "model": model, "fact": name, "value": value,
            "quote": f"{model} ...", "start": 0, "end": 10}


def test_each_fact_is_set_beside_the_registry():
    facts = pd.DataFrame([fact("LLaMA3-8B", "params_total", 8e9),
                          fact("Qwen2.5-7B", "params_total", 7e9),
                          fact("Qwen2.5-7B", "pretrain_tokens", 7e12),
                          fact("FooNet-3B", "params_total", 3e9),
                          fact("Llama-3-8B", "finetune_examples", 1000)], columns=FACT_COLUMNS)
    out = registry_suggestions(facts, registry())
    assert list(out.columns) == SUGGESTION_COLUMNS and len(out) == len(facts)
    assert out["suggested_model_id"].tolist() == ["Llama-3-8B", "Qwen2.5-7B", "Qwen2.5-7B",
                                                  NEW_MODEL, "Llama-3-8B"]
    assert out["status"].tolist() == ["agrees", "missing in registry", "differs", "new model",
                                      "no registry column"]
    assert out.at[0, "registry_value"] == 8.03e9 and math.isnan(out.at[1, "registry_value"])
    assert (out["quote"] == facts["quote"]).all()


def test_no_facts_no_suggestions():
    empty = registry_suggestions(pd.DataFrame(columns=FACT_COLUMNS), registry())
    assert empty.empty and list(empty.columns) == SUGGESTION_COLUMNS


@pytest.fixture(scope="module")
def built() -> dict:
    return extract_all(load_corpus(RAW_DIR))


def test_extract_all_resolves_bases_and_returns_suggestions(built):
    claims = built["claims"]
    own = claims[claims["model"].str.endswith("(trained)")]
    assert len(own) and (own["model_id"] == "").all() and (own["base_model_id"] != "").all()
    listed = claims[claims["model_id"] != ""]
    assert (listed["base_model_id"] == "").all()  # a registry model needs no base
    assert claims["system"].dtype == bool and claims["scope"].isin(["named", "aggregate"]).all()
    assert list(built["suggestions"].columns) == SUGGESTION_COLUMNS
    assert len(built["suggestions"]) == len(built["facts"])
    # a trained base takes the base's size: not a name left for a curator to resolve
    unresolved = set(built["coverage"]["unresolved"]["model"])
    assert not unresolved & set(own["model"])
    assert "Interfaze-Beta" in unresolved  # a name with no base stays on the list


def test_curated_rows_get_the_extractors_columns(built):
    claims = built["claims"]
    added = claims[claims["rule"] == "curated"]
    assert len(added)
    bounded = added["uncertain_reason"].str.contains("bound:lower")
    assert (added.loc[bounded, "value_qualifier"] == "lower-bound").all()
    aggregate = claims["benchmark"].isin(["AVERAGE"]) & claims["curated"]
    assert (claims.loc[aggregate, "scope"] == "aggregate").all()
