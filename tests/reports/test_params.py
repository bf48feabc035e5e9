"""Tests of analysis/params.py: notebook parameters checked with clear messages."""

from __future__ import annotations

import pytest

from analysis.reports.params import ParameterError, check_parameters, scaling_parameters


def test_wrong_types_and_values_reported_together():
    with pytest.raises(ParameterError) as info:
        check_parameters("nb", types={"top_n": int, "flag": str}, values={"top_n": "5",
                                                                          "flag": "x"},
                         choices={"flag": {"a", "b"}})
    text = str(info.value)
    assert "top_n must be int, got str '5'" in text and "flag: unknown value(s) ['x']" in text


def test_bool_is_not_an_int():
    with pytest.raises(ParameterError, match="got bool"):
        check_parameters("nb", types={"top_n": int}, values={"top_n": True})


def test_scaling_parameters_know_benchmarks():
    good = dict(benchmark="AIME-2024", form="linear", predictors="params", basis="total",
                roles=["proposed"], metrics=["accuracy", "pass@1"])
    assert scaling_parameters(**good)["benchmark"] == "AIME-2024"
    with pytest.raises(ParameterError, match="benchmark: unknown value"):
        scaling_parameters(**{**good, "benchmark": "AIME-2042"})
    with pytest.raises(ParameterError, match="form: unknown value"):
        scaling_parameters(**{**good, "form": "cubic"})


def test_scaling_metrics_must_be_claim_metrics():
    good = dict(benchmark="AIME-2024", form="linear", predictors="params", basis="total",
                roles=["proposed"], metrics=["accuracy", "pass@8", "maj@16"])
    assert scaling_parameters(**good)["metrics"] == ["accuracy", "pass@8", "maj@16"]
    for bad in ("pass@banana", "pass@0", "pass@", "accuracyy"):
        with pytest.raises(ParameterError, match=r"metrics: unknown value\(s\)") as info:
            scaling_parameters(**{**good, "metrics": ["accuracy", bad]})
        assert repr(bad) in str(info.value)
    # a word error rate or optimality gap is a claim metric, but it falls as models improve
    with pytest.raises(ParameterError, match=r"metrics: \['error'\] falls as models improve"):
        scaling_parameters(**{**good, "metrics": ["accuracy", "error"]})
