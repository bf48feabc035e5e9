"""Tests of analysis/changes.py on synthetic previous/current tables with a known answer."""

from __future__ import annotations

import pandas as pd

from analysis.reports.changes import compute_changes, ledger_summary
from analysis.stats.predictions import LEDGER_COLUMNS
from analysis.vocab import EXTRACTION_CHANGED


def write_tables(folder, papers, claims, fits):
    folder.mkdir(parents=True, exist_ok=True)
    pd.DataFrame(papers, columns=["paper_id", "title"]).to_parquet(folder / "papers.parquet")
    pd.DataFrame(claims).to_csv(folder / "claims.csv", index=False)
    pd.DataFrame(fits).to_csv(folder / "fits.csv", index=False)


def claim(cid, value, benchmark="AIME-2024"):
    return {"claim_id": cid, "model": "M", "model_id": "", "benchmark": benchmark,
            "metric": "accuracy", "kind": "absolute", "value": value, "value_low": "",
            "value_high": "", "role": "proposed"}


def fit(benchmark, estimate, ci_low, ci_high, term="x_c", verdict="supported"):
    return {"benchmark": benchmark, "design": "between", "form": "linear",
            "predictors": "params", "model": "RE-multilevel", "term": term,
            "estimate": estimate, "ci_low": ci_low, "ci_high": ci_high, "status": "ok",
            "verdict": verdict}


def test_first_build_has_no_changes(tmp_path):
    write_tables(tmp_path / "now", [("p1", "A")], [claim("c1", 1)], [fit("X", 1, 0, 2)])
    changes = compute_changes(tmp_path / "missing", tmp_path / "now")
    assert changes["first_build"]
    assert changes["papers"]["added"] == [] and changes["fits"] == []


def test_added_removed_corrected_and_moved(tmp_path):
    write_tables(tmp_path / "old", [("p1", "Paper one"), ("p2", "Paper two")],
                 [claim("c1", 10), claim("c2", 20), claim("c3", 30)],
                 [fit("AIME-2024", 5.0, 1.0, 9.0), fit("GSM8K", 3.0, 2.0, 4.0),
                  fit("AIME-2024", 0.1, 0, 1, term="C(benchmark)[T.X]"),
                  fit("MATH", 2.0, -1.0, 5.0, verdict="inconclusive")])
    write_tables(tmp_path / "new", [("p1", "Paper one"), ("p3", "Paper three")],
                 [claim("c1", 10), claim("c2", 25), claim("c4", 40)],
                 [fit("AIME-2024", 6.5, 2.0, 11.0), fit("GSM8K", 3.01, 2.0, 4.0),
                  fit("AIME-2024", 9.0, 0, 1, term="C(benchmark)[T.X]"),
                  fit("MATH", 2.0, -1.0, 5.0, verdict="fragile")])
    changes = compute_changes(tmp_path / "old", tmp_path / "new")
    assert not changes["first_build"]
    assert changes["papers"] == {"added": [("p3", "Paper three")],
                                 "removed": [("p2", "Paper two")]}
    assert [c for c, _ in changes["claims"]["added"]] == ["c4"]
    assert [c for c, _ in changes["claims"]["removed"]] == ["c3"]
    assert changes["claims"]["corrected"] == [("c2", "value: 20 → 25")]
    # only headline slopes that moved beyond the tolerance or changed verdict, old -> new
    assert changes["fits"] == [
        ("AIME-2024 / between / linear / params / RE-multilevel / x_c",
         "supported: +5.00 [+1.00, +9.00] → supported: +6.50 [+2.00, +11.00]"),
        ("MATH / between / linear / params / RE-multilevel / x_c",
         "inconclusive: +2.00 [-1.00, +5.00] → fragile: +2.00 [-1.00, +5.00]")]


def test_fits_in_an_older_format_are_not_compared(tmp_path):
    old_fit = {"benchmark": "X", "form": "linear", "predictors": "params", "weighted": True,
               "term": "ame_x", "estimate": 1.0, "ci_low": 0.0, "ci_high": 2.0, "status": "ok"}
    write_tables(tmp_path / "old", [("p1", "A")], [claim("c1", 1)], [old_fit])
    write_tables(tmp_path / "new", [("p1", "A")], [claim("c1", 1)], [fit("X", 1, 0, 2)])
    changes = compute_changes(tmp_path / "old", tmp_path / "new")
    assert changes["fits"] == [("X / between / linear / params / RE-multilevel / x_c",
                                "new fit: supported: +1.00 [+0.00, +2.00]")]


def test_claims_new_only_because_extraction_changed_are_counted_apart(tmp_path):
    row = dict.fromkeys(LEDGER_COLUMNS, "")
    row.update(build_time="2026-12-02T00:00:00+0000", claim_id="c1", kind="score",
               observed=50.0, predicted=45.0, pi_low=20.0, pi_high=70.0, inside="True",
               naive_predicted=40.0)
    pd.DataFrame([row]).to_csv(tmp_path / "ledger.csv", index=False)
    pd.DataFrame({"claim_id": ["c2", "c3", "c4"],
                  "reason": ["no stored model of benchmark X", EXTRACTION_CHANGED,
                             EXTRACTION_CHANGED]}).to_csv(tmp_path / "unpredictable.csv",
                                                          index=False)
    summary = ledger_summary(tmp_path)
    assert (summary["unpredictable"], summary["not_new"]) == (1, 2)
    assert summary["latest"]["n"] == 1
