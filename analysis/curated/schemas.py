"""Schemas (pandera) of the tables the build writes, checked at the boundary before writing."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pandera.pandas as pa

from analysis.errors import Problem, ValidationError
from analysis.vocab import (
    CLAIM_KINDS,
    DESIGNS,
    FACT_KINDS,
    FIT_FORMS,
    FIT_VERDICTS,
    PARAMS_ORIGINS,
    PREDICTORS,
    ROLES,
    SCOPES,
)

FINITE = pa.Check(lambda s: s.isna() | np.isfinite(s.astype(float)), error="must be finite")
CLAIM_ROLES = [*ROLES, ""]  # a baseline with no name has no role

PAPERS = pa.DataFrameSchema(
    {
        "paper_id": pa.Column(str, pa.Check.str_matches(r"^p[0-9a-f]{10}$"), unique=True),
        "title": pa.Column(str, pa.Check.str_length(min_value=1)),
        "abstract": pa.Column(str, pa.Check.str_length(min_value=1)),
        "published": pa.Column("datetime64[ns]", nullable=True),
        "n_authors": pa.Column("Int64", pa.Check.gt(0), nullable=True),
        "source_files": pa.Column(str, pa.Check.str_length(min_value=1)),
    },
    strict=False,
)

CLAIMS = pa.DataFrameSchema(
    {
        "claim_id": pa.Column(str, unique=True),
        "paper_id": pa.Column(str, pa.Check.str_matches(r"^p[0-9a-f]{10}$")),
        "benchmark": pa.Column(str),
        "kind": pa.Column(str, pa.Check.isin(list(CLAIM_KINDS))),
        "value": pa.Column(float, FINITE, nullable=True),
        "value_low": pa.Column(float, FINITE, nullable=True),
        "value_high": pa.Column(float, FINITE, nullable=True),
        "role": pa.Column(str, pa.Check.isin(CLAIM_ROLES)),
        "quote": pa.Column(str, pa.Check.str_length(min_value=1)),
        "start": pa.Column(int, pa.Check.ge(0)),
        "end": pa.Column(int, pa.Check.gt(0)),
    },
    checks=[
        pa.Check(lambda f: f["end"] > f["start"], element_wise=False, error="end > start"),
        pa.Check(lambda f: f["value"].notna() | (f["value_low"].notna() & f["value_high"].notna()),
                 error="a value, or both value_low and value_high"),
    ],
    strict=False, coerce=True,
)

FACTS = pa.DataFrameSchema(
    {
        "paper_id": pa.Column(str),
        "fact": pa.Column(str, pa.Check.isin(list(FACT_KINDS))),
        "value": pa.Column(float, [pa.Check.gt(0), FINITE]),
        "quote": pa.Column(str, pa.Check.str_length(min_value=1)),
    },
    strict=False, coerce=True,
)

FITS = pa.DataFrameSchema(
    {
        "design": pa.Column(str, pa.Check.isin(list(DESIGNS))),
        "benchmark": pa.Column(str),
        "form": pa.Column(str, pa.Check.isin(list(FIT_FORMS))),
        "predictors": pa.Column(str, pa.Check.isin(list(PREDICTORS))),
        "status": pa.Column(str),
        "verdict": pa.Column(str, pa.Check.isin(FIT_VERDICTS)),
        "estimate": pa.Column(float, FINITE, nullable=True),
        "ci_low": pa.Column(float, nullable=True),
        "ci_high": pa.Column(float, nullable=True),
        "n_claims": pa.Column(int, pa.Check.ge(0)),
        "n_papers": pa.Column(int, pa.Check.ge(0)),
    },
    checks=[pa.Check(lambda f: ~(f["ci_low"] > f["ci_high"]), error="ci_low <= ci_high")],
    strict=False, coerce=True,
)

OBSERVATIONS = pa.DataFrameSchema(
    {
        "claim_id": pa.Column(str, unique=True),
        "paper_id": pa.Column(str, pa.Check.str_matches(r"^p[0-9a-f]{10}$")),
        "kind": pa.Column(str, pa.Check.isin(list(CLAIM_KINDS))),
        "scope": pa.Column(str, pa.Check.isin(SCOPES)),
        "score": pa.Column(float, [pa.Check.in_range(0, 100), FINITE], nullable=True),
        "vi": pa.Column(float, [pa.Check.gt(0), FINITE], nullable=True),
        "params": pa.Column(float, [pa.Check.gt(0), FINITE], nullable=True),
        "n_items": pa.Column(float, pa.Check.gt(0), nullable=True),
        "params_origin": pa.Column(str, pa.Check.isin(list(PARAMS_ORIGINS))),
        "recipe": pa.Column(str),
    },
    strict=False, coerce=True,
)

SCHEMAS = {"papers": PAPERS, "claims": CLAIMS, "facts": FACTS, "fits": FITS,
           "observations": OBSERVATIONS}


def check_table(frame: pd.DataFrame, table: str, *, path: str) -> pd.DataFrame:
    """Validate `frame` against the named schema; report every failure with its CSV line.

    Line numbers are those the table will have as a CSV file (header = line 1).
    """
    schema = SCHEMAS[table]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)  # pandera's own concat warning
            return schema.validate(frame.reset_index(drop=True), lazy=True)
    except pa.errors.SchemaErrors as exc:
        problems, seen = [], set()
        for case in exc.failure_cases.itertuples():
            index = case.index
            line = int(index) + 2 if isinstance(index, int | float) and pd.notna(index) else None
            row_rule = case.schema_context == "DataFrameSchema"  # a rule about a whole row
            if row_rule:
                if (line, case.check) in seen:
                    continue  # pandera lists it once per column: report the row once
                seen.add((line, case.check))
                problems.append(Problem(path, line, None, f"fails {case.check}"))
                continue
            column = case.column if isinstance(case.column, str) else None
            problems.append(Problem(path, line, column,
                                    f"fails {case.check}, got {case.failure_case!r}"))
        raise ValidationError(problems) from None
