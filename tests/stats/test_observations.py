"""Tests of analysis/observations.py: joins and the record of what each filter dropped."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.stats.observations import build_observations


@pytest.fixture
def inputs():
    registry = pd.DataFrame({
        "model_id": ["Big", "Small", "Tuned"], "aliases": ["", "", ""],
        "family": ["F", "F", "F"], "developer": ["", "", ""], "base_model": ["", "", "Small"],
        "params_total": [7e9, 1e9, 1e9], "params_active": [float("nan")] * 3,
        "pretrain_tokens": [1e12, 2e12, float("nan")], "release": ["", "", ""],
        "open_weights": ["yes"] * 3, "params_source": ["s"] * 3, "tokens_source": ["t"] * 3,
        "notes": ["", "", ""]})
    benchmarks = pd.DataFrame({"name": ["AIME-2024", "AVERAGE"], "n_items": [30, None]})
    methods = pd.DataFrame({"paper_id": ["p1", "p2"], "method_rl": [True, False],
                            "method_distill": [False, True], "method_tts": [False, False],
                            "method_pref": [False, False]})
    rows = [  # (paper, model_id, benchmark, kind, metric, role, value)
        ("p1", "Big", "AIME-2024", "absolute", "accuracy", "proposed", 40.0),
        ("p1", "Tuned", "AIME-2024", "absolute", "pass@1", "baseline", 10.0),
        ("p2", "Small", "AIME-2024", "delta", "accuracy", "proposed", 5.0),
        ("p2", "Small", "AIME-2024", "absolute", "maj@64", "proposed", 20.0),
        ("p2", "", "AIME-2024", "absolute", "accuracy", "proposed", 30.0),
        ("p2", "Small", "AVERAGE", "absolute", "accuracy", "proposed", 30.0),
        ("p2", "Small", "AIME-2024", "absolute", "accuracy", "proposed", 130.0),
    ]
    claims = pd.DataFrame(rows, columns=["paper_id", "model_id", "benchmark", "kind", "metric",
                                         "role", "value"])
    claims["model"] = claims["model_id"]
    claims["claim_id"] = [f"c{i}" for i in range(len(claims))]
    claims["uncertain"] = [False, True, False, False, False, False, False]
    claims["curated"] = False
    return claims, registry, benchmarks, methods


def test_filters_and_join(inputs):
    claims, registry, benchmarks, methods = inputs
    obs, steps = build_observations(claims, registry=registry, benchmarks=benchmarks,
                                    methods=methods)
    assert obs["claim_id"].tolist() == ["c0", "c1"]
    tuned = obs.set_index("claim_id").loc["c1"]
    assert tuned["tokens"] == 2e12 and tuned["tokens_inherited_from"] == "Small"
    assert tuned["method"] == "RL" and tuned["n_items"] == 30
    dropped = steps.frame().set_index("step")["dropped"]
    assert dropped["absolute claims only"] == 1
    assert dropped["metric in ['accuracy', 'pass@1', 'score']"] == 1
    assert dropped["benchmark has a known item count"] == 1
    assert dropped["total parameters in registry or model name"] == 1
    assert dropped["score within 0-100"] == 1


def test_uncertain_claims_can_be_left_out(inputs):
    claims, registry, benchmarks, methods = inputs
    obs, _ = build_observations(claims, registry=registry, benchmarks=benchmarks,
                                methods=methods, include_uncertain=False)
    assert obs["claim_id"].tolist() == ["c0"]


def test_size_in_an_unlisted_name_fills_params_flagged(inputs):
    claims, registry, benchmarks, methods = inputs
    claims.loc[4, "model"] = "2B SSE-H model"  # not in the registry; the name states a size
    obs, _ = build_observations(claims, registry=registry, benchmarks=benchmarks,
                                methods=methods)
    row = obs.set_index("claim_id").loc["c4"]
    assert row["params"] == 2e9 and row["params_origin"] == "name"
    assert row["model_id"].startswith("unlisted:")
    obs, _ = build_observations(claims, registry=registry, benchmarks=benchmarks,
                                methods=methods, sizes_from_names=False)
    assert "c4" not in set(obs["claim_id"])
