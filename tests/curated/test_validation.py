"""Validation at every boundary: each violation names the file, line, column and rule, all at once.

Complements tests/curated/test_registry.py (registry rules), tests/corpus/test_ingest.py (bad
pages) and tests/reports/test_params.py (parameter checks); build-level failures are in
tests/build/test_faults.py.
"""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis.claims.extract import extract_claims
from analysis.config import MODELS_PATH, PROJ_ROOT
from analysis.corpus.ingest import load_corpus, parse_page
from analysis.curated.benchmarks import load_benchmarks
from analysis.curated.curation import load_overrides
from analysis.curated.registry import COLUMNS as REGISTRY_COLUMNS
from analysis.curated.registry import load_registry
from analysis.curated.schemas import check_table
from analysis.errors import ParseError, Problem, ValidationError

FAULTS = PROJ_ROOT / "tests" / "fixtures" / "faults"
CORPUS = PROJ_ROOT / "tests" / "fixtures" / "corpus"
BLOCKS = CORPUS / "100_blocks.txt"
OVERRIDES_HEADER = "action,claim_id,paper_id,field,value,reason\n"


@pytest.fixture(scope="module")
def benchmarks() -> pd.DataFrame:
    return load_benchmarks()


def problems_of(call, *args, **kwargs) -> list[Problem]:
    with pytest.raises(ValidationError) as info:
        call(*args, **kwargs)
    return info.value.problems


def where(problems: list[Problem]) -> set[tuple[int | None, str | None]]:
    return {(p.line, p.column) for p in problems}


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=PROJ_ROOT,
                          env=env, capture_output=True, text=True, timeout=300)


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if " ERROR " in line]


# ----------------------------------------------------------------------------- raw pages


def block_page_lines() -> list[str]:
    return BLOCKS.read_text(encoding="utf-8").split("\n")


def line_of(lines: list[str], prefix: str) -> int:
    return next(i for i, line in enumerate(lines, start=1) if line.startswith(prefix))


def test_not_utf8_names_the_line_of_the_bad_byte(tmp_path):
    lines = block_page_lines()
    target = line_of(lines, "We distill long chains")
    data = "\n".join(lines).encode("utf-8")
    offset = data.index(b"We distill long chains")
    page = tmp_path / "latin.txt"
    page.write_bytes(data[:offset] + "Résumé ".encode("cp1252") + data[offset:])
    with pytest.raises(ParseError, match=rf"latin.txt: not UTF-8 text \(invalid byte at line "
                                         rf"{target}, offset {offset + 1}\)"):
        parse_page(page)


def cut_block_page(tmp_path: Path) -> tuple[Path, int]:
    """The block fixture page cut mid-sentence in its last abstract; the abstract's line."""
    text = BLOCKS.read_text(encoding="utf-8")
    lines = text.split("\n")
    target = line_of(lines, "We distill long chains")
    abstract = lines[target - 1]
    page = tmp_path / "cut.txt"
    page.write_text(text[: text.index(abstract) + len(abstract) - 12], encoding="utf-8")
    return page, target


def test_block_page_cut_mid_abstract_names_the_paper(tmp_path):
    page, _ = cut_block_page(tmp_path)
    with pytest.raises(ParseError, match=r"cut.txt: truncated page: the abstract of the last "
                                         r"paper \(line \d+, title 'Distilled Chains for "
                                         r"Compact Models'\) ends mid-sentence"):
        parse_page(page)


def test_truncated_page_names_the_abstract_line(tmp_path):
    page, target = cut_block_page(tmp_path)
    with pytest.raises(ParseError, match=rf"\(line {target}, title"):
        parse_page(page)


@pytest.mark.parametrize("name, content, rule", [
    ("html.txt", "<!DOCTYPE html>\n<html><head><title>Daily Papers</title></head>\n"
                 "<body><div class=\"paper\">" + "x" * 200 + "</div></body></html>\n",
     "unknown layout: line 3"),
    ("json.txt", '{"papers": [{"title": "A", "abstract": "B"}]}\n', "unknown layout: line 1"),
    ("chrome.txt", "new\n\nSubscribe\n\nDaily Papers\n\nApr 15\n",
     "unknown layout: no title/abstract pairs"),
    ("table.txt", "| title | abstract |\n|---|---|\n| A | " + "b " * 100 + "|\n",
     "unknown layout: line 3"),
])
def test_page_in_no_known_layout(tmp_path, name, content, rule):
    page = tmp_path / name
    page.write_text(content, encoding="utf-8")
    with pytest.raises(ParseError, match=rf"{name}: .*{rule}"):
        parse_page(page)


@pytest.mark.parametrize("separator", ["\u2028", "\x85", "\x0c"])
def test_unicode_line_separator_inside_an_abstract(tmp_path, separator):
    text = BLOCKS.read_text(encoding="utf-8")
    clean = tmp_path / "clean" / "page.txt"
    clean.parent.mkdir()
    clean.write_text(text, encoding="utf-8")
    marked = tmp_path / "marked" / "page.txt"
    marked.parent.mkdir()
    marked.write_text(text.replace("a 3B model", f"a 3B{separator}model"), encoding="utf-8")
    expected = [(p.title, p.source_line) for p in parse_page(clean)]
    papers = parse_page(marked)
    assert [(p.title, p.source_line) for p in papers] == expected
    assert any(separator in p.abstract or "a 3B model" in p.abstract for p in papers)


@pytest.mark.parametrize("year", ["1500", "9999"])
def test_out_of_range_year_is_an_empty_date_or_a_parse_error(tmp_path, year):
    text = BLOCKS.read_text(encoding="utf-8").replace("Sep 29, 2025", f"Sep 29, {year}")
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    try:
        papers = load_corpus(tmp_path)
    except ParseError as exc:
        assert "page.txt" in str(exc) and "line" in str(exc)
        return
    tiny = papers[papers["title"].str.startswith("TinyReasoner")].iloc[0]
    assert pd.isna(tiny["published"]) and tiny["published_raw"] == f"Sep 29, {year}"


def test_ingest_command_reports_a_bad_page_in_one_line(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for page in CORPUS.glob("*.txt"):
        (corpus / page.name).write_bytes(page.read_bytes())
    (corpus / "103_broken.txt").write_bytes(b"A title\n" + b"caf\xe9 " * 60 + b".\n")
    out = tmp_path / "papers.parquet"
    result = run_cli("ingest", "--corpus", str(corpus), "--out", str(out))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    [line] = error_lines(result.stderr)
    assert "103_broken.txt: not UTF-8 text (invalid byte at line 2" in line
    assert not out.exists()
    skipped = run_cli("ingest", "--corpus", str(corpus), "--out", str(out), "--skip-bad")
    assert skipped.returncode == 0 and "skipping" in skipped.stderr
    assert len(pd.read_parquet(out)) == 5  # the fixture corpus without the broken page


# ----------------------------------------------------------------------------- registry gaps


def registry_with(tmp_path: Path, **cells: str) -> Path:
    """A one-model registry with some cells replaced."""
    row = dict.fromkeys(REGISTRY_COLUMNS, "")
    row.update({"model_id": "Tiny-1B", "params_total": "1e9", "pretrain_tokens": "2e12",
                "release_source": "unknown: a test model", **cells})
    path = tmp_path / "models.csv"
    path.write_text(",".join(REGISTRY_COLUMNS) + "\n" + ",".join(row.values()) + "\n",
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("column, raw", [("params_total", "0"), ("params_active", "-1e9"),
                                         ("params_total", "inf"), ("pretrain_tokens", "nan")])
def test_registry_counts_must_be_positive_and_finite(tmp_path, column, raw):
    problems = problems_of(load_registry, registry_with(tmp_path, **{column: raw}))
    assert [str(p) for p in problems] == [
        f"{tmp_path / 'models.csv'} line 2: {column} must be > 0, got {raw}"]


@pytest.mark.parametrize("table", ["registry", "benchmarks", "overrides"])
def test_curated_csv_with_a_byte_order_mark_loads(tmp_path, table, benchmarks):
    source = {"registry": MODELS_PATH, "benchmarks": PROJ_ROOT / "data/registry/benchmarks.csv",
              "overrides": None}[table]
    text = source.read_text(encoding="utf-8") if source else OVERRIDES_HEADER
    path = tmp_path / "table.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    if table == "registry":
        assert len(load_registry(path)) == len(load_registry(MODELS_PATH))
    elif table == "benchmarks":
        assert len(load_benchmarks(path)) == len(benchmarks)
    else:
        assert load_overrides(path, benchmarks=benchmarks).empty


@pytest.mark.parametrize("table", ["registry", "benchmarks", "overrides"])
def test_curated_csv_not_utf8_names_file_and_line(tmp_path, table, benchmarks):
    path = tmp_path / "table.csv"
    if table == "registry":
        registry_with(tmp_path, notes="Caf\u00e9 model")
        path = tmp_path / "models.csv"
        loader = load_registry
    elif table == "benchmarks":
        lines = (PROJ_ROOT / "data/registry/benchmarks.csv").read_text(encoding="utf-8")
        path.write_text(lines, encoding="utf-8")
        loader = load_benchmarks
    else:
        path.write_text(OVERRIDES_HEADER + "reject,c000000000001,,,,dup\n"
                        "reject,c000000000002,,,,caf\u00e9 caption\n", encoding="utf-8")
        loader = lambda p: load_overrides(p, benchmarks=benchmarks)  # noqa: E731
    data = path.read_bytes()
    if b"\xc3\xa9" not in data:  # benchmarks.csv has no accent: add one on line 3
        head, second, rest = data.split(b"\n", 2)
        rest = rest.replace(b",", b",\xc3\xa9", 1)
        data = b"\n".join([head, second, rest])
    path.write_bytes(data.replace(b"\xc3\xa9", b"\xe9"))  # UTF-8 "é" -> cp1252 "é"
    bad_line = data[: data.index(b"\xc3\xa9")].count(b"\n") + 1
    problems = problems_of(loader, path)
    assert any(p.line == bad_line and "UTF-8" in p.message for p in problems), problems


# ----------------------------------------------------------------------------- benchmark table


def test_benchmark_table_names_every_problem_with_line_column_and_rule():
    problems = problems_of(load_benchmarks, FAULTS / "benchmarks_many_problems.csv")
    shown = "tests/fixtures/faults/benchmarks_many_problems.csv"
    expected = {
        (3, "name"): "must be one word of letters, digits, '.', '+' or '-', got 'MATH 500'",
        (4, "domain"): "must be one of ['math', 'code'",
        (5, "metric"): "got 'precision'",
        (6, "answer_format"): "got 'essay'",
        (7, "n_items"): "must be a whole number > 0, got 12.5",
        (8, "min_score/max_score"): "both must be given",
        (9, "max_score"): "must be > min_score (100), got 0",
        (10, "chance_level"): "must lie in [0, 100], got 150",
        (11, "n_items"): "must be empty for a pseudo benchmark",
        (12, "source"): "must cite where n_items comes from",
        (13, "name"): "'GSM8K' must be unique, already on line 2",
        (14, "aliases"): "'grade school math' is also a spelling of 'GSM8K' (line 2)",
        (15, None): "has 3 fields, header has 11",
        (16, "n_items"): "must be a number, got 'ten'",
        (17, "modality"): "must be one of ['text', 'image', 'video', 'audio', 'mixed'], got",
    }
    assert where(problems) == set(expected)
    for problem in problems:
        text = str(problem)
        assert text.startswith(f"{shown} line {problem.line}: ")
        assert expected[(problem.line, problem.column)] in text, text


@pytest.mark.parametrize("header, rule", [
    ("name,aliases,domain,metric\n", "header misses column(s) ['modality', 'answer_format'"),
    ("", "file is empty (header expected)"),
])
def test_benchmark_table_header_problems(tmp_path, header, rule):
    path = tmp_path / "benchmarks.csv"
    path.write_text(header, encoding="utf-8")
    problems = problems_of(load_benchmarks, path)
    assert any(p.line == 1 and rule in p.message for p in problems), problems


# ----------------------------------------------------------------------------- curation overrides


def test_overrides_name_every_row_problem(benchmarks):
    problems = problems_of(load_overrides, FAULTS / "overrides_many_problems.csv",
                           benchmarks=benchmarks)
    shown = "tests/fixtures/faults/overrides_many_problems.csv"
    expected = {
        (3, "field"): "must be one of [",  # a claim field that does not exist
        (4, "value"): "benchmark 'AIME-2042' is not in the benchmark table",
        (9, "value"): "kind must be one of ('absolute', 'delta', 'relative'), got 'percentage'",
        (10, "value"): "value must be a number, got 'twelve'",
        (11, "reason"): "must say why",
        (12, "action"): "got 'delete'",
    }
    found = {key: str(p) for p in problems if (key := (p.line, p.column)) in expected}
    assert set(found) == set(expected), [str(p) for p in problems]
    for key, rule in expected.items():
        assert found[key].startswith(f"{shown} line {key[0]}: ") and rule in found[key]
    assert "'colour'" in found[(3, "field")]


def test_override_score_outside_its_benchmark_range(tmp_path, benchmarks):
    path = tmp_path / "claims.csv"
    path.write_text(OVERRIDES_HEADER + "".join(
        f"add,u1,p0123456789,{field},{value},typed from the paper's table\n"
        for field, value in [("quote", "We reach 140.0 on GSM8K."), ("benchmark", "GSM8K"),
                             ("kind", "absolute"), ("value", "140.0")]), encoding="utf-8")
    assert [str(p) for p in problems_of(load_overrides, path, benchmarks=benchmarks)] == [
        f"{path} line 5: value u1: score 140 is outside GSM8K's range [0, 100]"]


def test_overrides_report_range_problems_with_the_row_problems(benchmarks):
    problems = problems_of(load_overrides, FAULTS / "overrides_many_problems.csv",
                           benchmarks=benchmarks)
    assert (8, "value") in where(problems)  # u1's 140.0 on GSM8K, with the row problems


def test_override_may_not_rewrite_a_quote(tmp_path, benchmarks):
    path = tmp_path / "claims.csv"
    path.write_text(OVERRIDES_HEADER + "correct,c000000000001,,quote,Nicer words.,style\n",
                    encoding="utf-8")
    problems = problems_of(load_overrides, path, benchmarks=benchmarks)
    assert where(problems) == {(2, "field")}


@pytest.fixture(scope="module")
def fixture_claims(benchmarks) -> pd.DataFrame:
    """The uncurated claims of the fixture corpus (their ids are stable content hashes)."""
    return extract_claims(load_corpus(CORPUS), benchmarks=benchmarks)


def extract_with_overrides(tmp_path: Path, overrides: str) -> subprocess.CompletedProcess:
    curation = tmp_path / "curation"
    curation.mkdir()
    (curation / "claims.csv").write_text(OVERRIDES_HEADER + overrides, encoding="utf-8")
    env = {**__import__("os").environ, "REASONSCALE_CURATION_DIR": str(curation)}
    return run_cli("extract", "--corpus", str(CORPUS), "--out", str(tmp_path / "out.csv"),
                   env=env)


def test_corrected_score_outside_range_fails_extraction(tmp_path, fixture_claims):
    gsm = fixture_claims[(fixture_claims["benchmark"] == "GSM8K")
                         & (fixture_claims["kind"] == "absolute")].iloc[0]
    result = extract_with_overrides(
        tmp_path, f"correct,{gsm.claim_id},,value,155.0,typo in the paper's table\n")
    assert result.returncode == 2, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert (f"claims.csv line 2: value {gsm.claim_id}: score 155 is outside GSM8K's range "
            "[0, 100]") in result.stderr


def test_added_claim_reaches_the_claims_table_with_its_span(tmp_path):
    papers = load_corpus(CORPUS)
    paper = papers[papers["title"].str.startswith("A Survey of Small")].iloc[0]
    quote = paper["abstract"].split(". ")[0]
    rows = [("quote", quote), ("benchmark", "GSM8K"), ("kind", "absolute"), ("value", "61.0")]
    result = extract_with_overrides(tmp_path, "".join(
        f"add,u-survey-1,{paper.paper_id},{f},\"{v}\",table 2 of the paper\n" for f, v in rows))
    assert result.returncode == 0, result.stderr[-2000:]
    claims = pd.read_csv(tmp_path / "out.csv", keep_default_na=False)
    added = claims[claims["claim_id"] == "u-survey-1"]
    assert len(added) == 1
    start, end = int(added["start"].iloc[0]), int(added["end"].iloc[0])
    assert paper["abstract"][start:end] == quote == added["quote"].iloc[0]


# ----------------------------------------------------------------------------- written tables


def claims_frame(n: int = 4) -> pd.DataFrame:
    """n valid claims of one paper (each a quote of its own span)."""
    return pd.DataFrame({
        "claim_id": [f"c{i:012d}" for i in range(n)], "paper_id": ["p0123456789"] * n,
        "benchmark": ["GSM8K"] * n, "kind": ["absolute"] * n, "value": [50.0 + i for i in
                                                                       range(n)],
        "value_low": [np.nan] * n, "value_high": [np.nan] * n, "role": ["proposed"] * n,
        "quote": ["We reach 50%."] * n, "start": [0] * n, "end": [13] * n,
    })


def test_claims_table_violations_name_line_column_and_value():
    claims = claims_frame()
    claims.loc[1, "kind"] = "percentage"
    claims.loc[2, "role"] = "boss"
    claims.loc[3, "paper_id"] = "paper-7"
    problems = problems_of(check_table, claims, "claims", path="claims.csv")
    assert where(problems) == {(3, "kind"), (4, "role"), (5, "paper_id")}
    text = {(p.line, p.column): str(p) for p in problems}
    assert text[(3, "kind")].startswith("claims.csv line 3: kind ")
    assert "'percentage'" in text[(3, "kind")] and "absolute" in text[(3, "kind")]
    assert "'paper-7'" in text[(5, "paper_id")]


@pytest.mark.parametrize("table", ["claims", "fits"])
def test_a_row_rule_is_reported_once_for_its_row(table):
    if table == "claims":
        frame = claims_frame()
        frame.loc[2, ["start", "end"]] = [9, 4]
        rule = "end > start"
    else:
        frame = pd.DataFrame({"design": ["between"] * 2, "benchmark": ["GSM8K"] * 2,
                              "form": ["linear"] * 2, "predictors": ["params"] * 2,
                              "status": ["ok"] * 2, "verdict": ["inconclusive"] * 2,
                              "estimate": [1.0, 2.0], "ci_low": [0.5, 3.0],
                              "ci_high": [1.5, 1.0], "n_claims": [9, 9], "n_papers": [3, 3]})
        rule = "ci_low <= ci_high"
    problems = problems_of(check_table, frame, table, path=f"{table}.csv")
    assert len(problems) == 1 and problems[0].line == 4 - (table == "fits")
    assert rule in problems[0].message


@pytest.mark.parametrize("column", ["value", "value_high"])
def test_claim_numbers_must_be_finite(column):
    claims = claims_frame()
    claims.loc[1, column] = math.inf
    if column == "value_high":
        claims.loc[1, ["value", "value_low"]] = [np.nan, 40.0]
    assert where(problems_of(check_table, claims, "claims", path="claims.csv")) == {
        (3, column)}


def test_papers_and_facts_violations_name_line_and_column():
    papers = load_corpus(CORPUS)
    papers.loc[2, "paper_id"] = papers.loc[0, "paper_id"]
    papers.loc[4, "abstract"] = ""
    problems = problems_of(check_table, papers, "papers", path="papers table")
    assert {(4, "paper_id"), (6, "abstract")} <= where(problems)
    facts = pd.DataFrame({"paper_id": ["p0123456789"] * 2, "fact": ["params_total", "vibes"],
                          "value": [-7e9, 1e9], "quote": ["a 7B model", "good vibes"]})
    assert where(problems_of(check_table, facts, "facts", path="facts.csv")) == {
        (2, "value"), (3, "fact")}


def test_reading_a_corrupted_claims_table_names_line_and_column(tmp_path):
    from analysis.curated.tables import load_claims

    path = tmp_path / "claims.csv"
    claims = claims_frame()
    claims.loc[2, "kind"] = "vibes"
    claims.to_csv(path, index=False)
    text = path.read_text(encoding="utf-8").replace(",51.0,", ",fifty-one,")
    path.write_text(text, encoding="utf-8")
    assert where(problems_of(load_claims, path)) == {(3, "value"), (4, "kind")}

