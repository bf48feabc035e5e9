"""Tests of analysis/curation.py: the override file format, applying it, reporting orphans."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from analysis.claims.extract import CLAIM_COLUMNS, extract_claims
from analysis.config import CLAIM_OVERRIDES_PATH, RAW_DIR
from analysis.corpus.ingest import load_corpus
from analysis.curated.benchmarks import load_benchmarks
from analysis.curated.curation import (
    OVERRIDE_COLUMNS,
    apply_overrides,
    format_report,
    load_overrides,
)
from analysis.errors import ValidationError

ABSTRACT = "Zeta-7B scores 61.2% on GSM8K. It also reaches 40.5% on MATH-500."
HEADER = ",".join(OVERRIDE_COLUMNS)


@pytest.fixture(scope="module")
def benchmarks() -> pd.DataFrame:
    return load_benchmarks()


@pytest.fixture()
def papers() -> pd.DataFrame:
    return pd.DataFrame({"paper_id": ["pz"], "title": ["Zeta"], "abstract": [ABSTRACT]})


def claim(cid: str, benchmark: str, value: float, start: int, end: int) -> dict:
    row = {c: "" for c in CLAIM_COLUMNS}
    row.update(claim_id=cid, paper_id="pz", title="Zeta", model="Zeta-7B", benchmark=benchmark,
               kind="absolute", value=value, value_low=math.nan, value_high=math.nan,
               role="proposed", quote=ABSTRACT[start:end], start=start, end=end, rule="test",
               uncertain=False, value_start=start)
    return row


@pytest.fixture()
def claims() -> pd.DataFrame:
    cut = ABSTRACT.index(" It")
    return pd.DataFrame([claim("c1", "GSM8K", 61.2, 0, cut + 1),
                         claim("c2", "MATH-500", 40.5, cut + 1, len(ABSTRACT))])


def overrides(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "claims.csv"
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return path


def test_reject_correct_add_and_orphans(tmp_path, claims, papers, benchmarks):
    path = overrides(
        tmp_path,
        "reject,c1,,,,wrong sentence",
        "correct,c2,,value,41.5,typo in the abstract's table",
        "correct,c2,,role,baseline,it is the baseline",
        "correct,c9,,model,X,claim that no longer exists",
        "add,u1,pz,quote,It also reaches 40.5% on MATH-500.,missed",
        "add,u1,pz,benchmark,MATH-500,missed",
        "add,u1,pz,kind,absolute,missed",
        "add,u1,pz,value,40.5,missed",
        "add,u2,pz,quote,This sentence is not in the abstract.,missed",
        "add,u2,pz,benchmark,GSM8K,missed",
        "add,u2,pz,kind,delta,missed",
        "add,u2,pz,value,3,missed")
    out, report = apply_overrides(claims, load_overrides(path, benchmarks=benchmarks),
                                  papers=papers, benchmarks=benchmarks)
    assert set(out["claim_id"]) == {"c2", "u1"}
    c2 = out.set_index("claim_id").loc["c2"]
    assert (c2["value"], c2["role"], c2["curated"]) == (41.5, "baseline", True)
    u1 = out.set_index("claim_id").loc["u1"]
    assert u1["rule"] == "curated" and u1["curated"]
    assert ABSTRACT[int(u1["start"]):int(u1["end"])] == u1["quote"]
    assert report.attrs["counts"] == {"rejected": 1, "corrected": 1, "added": 1}
    orphans = report[report["status"] == "orphan"]
    assert list(orphans["line"]) == [5, 10, 11, 12, 13]  # every line of the orphan u2 too
    assert set(orphans["claim_id"]) == {"c9", "u2"}
    assert len(report) == 12  # one row per override line, none dropped
    assert "line 5: correct c9" in format_report(report)


def test_every_problem_reported_with_line_and_column(tmp_path, benchmarks):
    path = overrides(
        tmp_path,
        "correct,c1,,colour,red,unknown field",
        "correct,c1,,benchmark,NotABench,unknown benchmark",
        "correct,c2,,kind,absolute,ok",
        "correct,c2,,benchmark,GSM8K,ok",
        "correct,c2,,value,150,outside GSM8K's 0-100",
        "delete,c3,,,,unknown action",
        "reject,c4,,,,",
        "add,x5,,quote,text,bad id and no paper")
    with pytest.raises(ValidationError) as info:
        load_overrides(path, benchmarks=benchmarks)
    where = {(p.line, p.column) for p in info.value.problems}
    assert {(2, "field"), (3, "value"), (7, "action"), (8, "reason"), (9, "claim_id"),
            (9, "paper_id")} <= where
    # the range check runs once the single-row checks pass
    path = overrides(tmp_path, "correct,c2,,kind,absolute,ok", "correct,c2,,benchmark,GSM8K,ok",
                     "correct,c2,,value,150,outside GSM8K's 0-100")
    with pytest.raises(ValidationError) as info:
        load_overrides(path, benchmarks=benchmarks)
    assert [(p.line, p.column) for p in info.value.problems] == [(4, "value")]


def test_range_checked_against_the_final_claim(tmp_path, claims, benchmarks):
    path = overrides(tmp_path, "correct,c1,,value,120,a score above 100")
    with pytest.raises(ValidationError) as info:
        apply_overrides(claims, load_overrides(path, benchmarks=benchmarks),
                        benchmarks=benchmarks)
    assert info.value.problems[0].line == 2 and "outside" in info.value.problems[0].message



def test_a_systems_parts_can_be_corrected_from_the_paper(tmp_path, claims, benchmarks):
    # rStar-Math's AIME score: the abstract names no policy, the paper's table does.
    claims = claims.assign(system_parts="")
    claims.loc[0, "system_parts"] = "policy model + process reward model"
    path = overrides(tmp_path, "correct,c1,,system_parts,Zeta-7B + 7B reward model,table 1")
    out, report = apply_overrides(claims, load_overrides(path, benchmarks=benchmarks),
                                  benchmarks=benchmarks)
    row = out.set_index("claim_id").loc["c1"]
    assert (row["system_parts"], row["curated"]) == ("Zeta-7B + 7B reward model", True)
    assert out.set_index("claim_id").at["c2", "system_parts"] == ""
    assert report.attrs["counts"]["corrected"] == 1

def test_committed_overrides_apply_to_the_corpus_without_orphans(benchmarks):
    papers = load_corpus(RAW_DIR)
    extracted = extract_claims(papers, benchmarks=benchmarks)
    table = load_overrides(CLAIM_OVERRIDES_PATH, benchmarks=benchmarks)
    assert (table["reason"].str.len() > 20).all()
    out, report = apply_overrides(extracted, table, papers=papers, benchmarks=benchmarks)
    counts = report.attrs["counts"]
    assert (report["status"] == "applied").all(), format_report(report)
    assert counts["rejected"] >= 1 and counts["corrected"] >= 1 and counts["added"] >= 1
    assert len(out) == len(extracted) - counts["rejected"] + counts["added"]
    abstracts = dict(zip(papers["paper_id"], papers["abstract"], strict=True))
    for row in out[out["curated"]].itertuples():
        assert abstracts[row.paper_id][row.start:row.end] == row.quote


def test_quote_cannot_be_corrected_and_bom_is_accepted(tmp_path, benchmarks):
    path = overrides(tmp_path, "correct,c1,,quote,Nicer words.,style")
    with pytest.raises(ValidationError) as info:
        load_overrides(path, benchmarks=benchmarks)
    assert [(p.line, p.column) for p in info.value.problems] == [(2, "field")]
    path.write_bytes(b"\xef\xbb\xbf" + (HEADER + "\nreject,c1,,,,a table caption\n").encode())
    assert load_overrides(path, benchmarks=benchmarks)["claim_id"].tolist() == ["c1"]
    path.write_bytes((HEADER + "\nreject,c1,,,,caf\xe9\n").encode("cp1252"))
    with pytest.raises(ValidationError) as info:
        load_overrides(path, benchmarks=benchmarks)
    assert info.value.problems[0].line == 2 and "UTF-8" in info.value.problems[0].message
