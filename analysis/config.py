"""Every path and project-wide constant of reasonscale, in one place."""

from __future__ import annotations

from pathlib import Path

PROJ_ROOT = Path(__file__).resolve().parents[1]

DATA_DIR = PROJ_ROOT / "data"
RAW_DIR = DATA_DIR / "raw"  # immutable input pages (see data/raw/README.md)
REGISTRY_DIR = DATA_DIR / "registry"  # curated, committed
CURATION_DIR = DATA_DIR / "curation"  # curated, committed
DERIVED_DIR = DATA_DIR / "derived"  # rebuilt by code, never committed
PREVIOUS_DIR = DERIVED_DIR / "previous"  # snapshot of the last build's tables

NOTEBOOKS_DIR = PROJ_ROOT / "notebooks"
REPORTS_DIR = PROJ_ROOT / "reports"  # generated HTML and figures, never committed
FIGURES_DIR = REPORTS_DIR / "figures"
REPORTS_CONFIG = PROJ_ROOT / "reports.yml"  # the report matrix
MANIFEST_PATH = REPORTS_DIR / "manifest.json"
INDEX_PATH = REPORTS_DIR / "index.html"
BUILD_LOG_PATH = REPORTS_DIR / "build.log"
LOCK_PATH = REPORTS_DIR / ".build.lock"

PAPERS_PATH = DERIVED_DIR / "papers.parquet"
CLAIMS_PATH = DERIVED_DIR / "claims.csv"
FACTS_PATH = DERIVED_DIR / "facts.csv"
FITS_PATH = DERIVED_DIR / "fits.csv"

MODELS_PATH = REGISTRY_DIR / "models.csv"
BENCHMARKS_PATH = REGISTRY_DIR / "benchmarks.csv"
CLAIM_OVERRIDES_PATH = CURATION_DIR / "claims.csv"

KERNEL_NAME = "reasonscale"  # Jupyter kernel installed into .venv by `make`

# Hugging Face Daily Papers print dates of the current year without the year ("Mar 17").
# The pages in data/raw/ were captured in 2026 (their yearless dates follow dated 2025 ones),
# so a yearless date is read as 2026 and flagged `published_year_inferred`.
YEARLESS_DATE_YEAR = 2026
