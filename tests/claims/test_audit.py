"""Tests of analysis/audit.py: inconsistent values for one model and benchmark across papers."""

from __future__ import annotations

import pandas as pd

from analysis.claims.audit import consistency_audit


def test_pairs_beyond_tolerance_from_different_papers():
    claims = pd.DataFrame([
        # paper, model, model_id, benchmark, metric, kind, value
        ("pA", "DeepSeek-R1", "DeepSeek-R1", "AIME-2024", "pass@1", "absolute", 79.8),
        ("pB", "deepseek r1", "DeepSeek-R1", "AIME-2024", "pass@1", "absolute", 72.6),
        ("pC", "Deepseek-R1", "", "AIME-2024", "pass@1", "absolute", 79.5),  # within tolerance
        ("pA", "DeepSeek-R1", "DeepSeek-R1", "AIME-2024", "pass@1", "delta", 3.0),
        ("pA", "DeepSeek-R1", "DeepSeek-R1", "MATH-500", "pass@1", "absolute", 97.3),
        ("pB", "DeepSeek-R1", "DeepSeek-R1", "AIME-2024", "pass@1", "absolute", 79.0),
    ], columns=["paper_id", "model", "model_id", "benchmark", "metric", "kind", "value"])
    claims["claim_id"] = [f"c{i}" for i in range(len(claims))]
    claims["title"], claims["quote"] = "t", "q"
    audit = consistency_audit(claims, tolerance=1.0)
    # pC's written name is resolved by normalisation only when model_id is empty -> separate key
    assert set(zip(audit["claim_a"], audit["claim_b"], strict=True)) == {("c0", "c1")}
    assert audit["difference"].iloc[0] == 79.8 - 72.6
