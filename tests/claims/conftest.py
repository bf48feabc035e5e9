"""Fixtures shared by the claims tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.config import RAW_DIR
from analysis.corpus.ingest import load_corpus

FIXTURES = Path(__file__).parents[1] / "fixtures"


@pytest.fixture(scope="session")
def annotated_texts() -> list[str]:
    """Every title and abstract of every annotated set (synthetic and real) and of the corpus:
    the text a prefilter's test checks its pattern against, loaded once."""
    corpora = sorted(FIXTURES.glob("*/corpus"))
    assert len(corpora) > 200
    frames = [load_corpus(path) for path in corpora] + [load_corpus(RAW_DIR)]
    return [text for frame in frames for column in ("title", "abstract")
            for text in frame[column] if isinstance(text, str)]
