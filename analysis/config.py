"""Every path and project-wide constant of reasonscale, in one place."""

from __future__ import annotations

import os
from pathlib import Path

PROJ_ROOT = Path(__file__).resolve().parents[1]


def _from_env(variable: str, default: Path) -> Path:
    """A folder or file that a test, benchmark or second workspace may relocate.

    The variables are inherited by build workers and notebook kernels, so every process of
    one build reads the same tables.
    """
    value = os.environ.get(variable)
    return Path(value).resolve() if value else default


DATA_DIR = PROJ_ROOT / "data"
RAW_DIR = _from_env("REASONSCALE_RAW_DIR", DATA_DIR / "raw")  # immutable input pages
REGISTRY_DIR = _from_env("REASONSCALE_REGISTRY_DIR", DATA_DIR / "registry")  # curated
CURATION_DIR = _from_env("REASONSCALE_CURATION_DIR", DATA_DIR / "curation")  # curated
DERIVED_DIR = _from_env("REASONSCALE_DERIVED_DIR", DATA_DIR / "derived")  # rebuilt by code
PREVIOUS_DIR = DERIVED_DIR / "previous"  # snapshot of the last build's tables

NOTEBOOKS_DIR = PROJ_ROOT / "notebooks"
REPORTS_DIR = _from_env("REASONSCALE_REPORTS_DIR", PROJ_ROOT / "reports")  # generated
FIGURES_DIR = REPORTS_DIR / "figures"
REPORTS_CONFIG = _from_env("REASONSCALE_REPORTS_CONFIG", PROJ_ROOT / "reports.yml")
MANIFEST_PATH = REPORTS_DIR / "manifest.json"
INDEX_PATH = REPORTS_DIR / "index.html"
BUILD_LOG_PATH = REPORTS_DIR / "build.log"
LOCK_PATH = REPORTS_DIR / ".build.lock"

PAPERS_PATH = DERIVED_DIR / "papers.parquet"
CLAIMS_PATH = DERIVED_DIR / "claims.csv"
FACTS_PATH = DERIVED_DIR / "facts.csv"
OBSERVATIONS_PATH = DERIVED_DIR / "observations.csv"  # every claim with its covariates
FUNNEL_PATH = DERIVED_DIR / "funnel.csv"  # what the default scaling selection drops, and why
FITS_PATH = DERIVED_DIR / "fits.csv"
GAINS_PATH = DERIVED_DIR / "gains.csv"  # one row per reported gain on a named benchmark
GAINS_AGGREGATE_PATH = DERIVED_DIR / "gains_aggregate.csv"  # gains over several benchmarks
STORED_MODELS_PATH = DERIVED_DIR / "models" / "stored.json"  # models that predict new claims
LEDGER_PATH = DERIVED_DIR / "ledger.csv"  # predictions scored when new claims arrive (appended)
UNPREDICTABLE_PATH = DERIVED_DIR / "unpredictable.csv"  # new claims no model could predict
METHODS_PATH = DERIVED_DIR / "methods.csv"  # paper-level method tags
UNRESOLVED_PATH = DERIVED_DIR / "unresolved_models.csv"  # names to curate, with suggestions
SUGGESTIONS_PATH = DERIVED_DIR / "model_suggestions.csv"  # sizes stated in abstracts vs registry
CURATION_REPORT_PATH = DERIVED_DIR / "curation_report.csv"  # overrides applied or orphaned

MODELS_PATH = REGISTRY_DIR / "models.csv"
BENCHMARKS_PATH = REGISTRY_DIR / "benchmarks.csv"
NAME_PREFIXES_PATH = REGISTRY_DIR / "model_name_prefixes.csv"  # model families for names
CLAIM_OVERRIDES_PATH = CURATION_DIR / "claims.csv"
MODEL_NAMES_PATH = CURATION_DIR / "model_names.csv"  # decisions on unresolved model names

KERNEL_NAME = "reasonscale"  # Jupyter kernel installed into .venv by `make`

# Hugging Face Daily Papers print dates of the current year without the year ("Mar 17").
# The pages in data/raw/ were captured in 2026 (their yearless dates follow dated 2025 ones),
# so a yearless date is read as 2026 and flagged `published_year_inferred`.
YEARLESS_DATE_YEAR = 2026
