"""Fixtures shared by the claims tests."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.config import RAW_DIR
from analysis.corpus.ingest import load_corpus

FIXTURES = Path(__file__).parents[1] / "fixtures"


@pytest.fixture(scope="session")
def annotated_papers() -> pd.DataFrame:
    """Every paper of every annotated set (synthetic and real) and of the corpus, loaded once."""
    corpora = sorted(FIXTURES.glob("*/corpus"))
    assert len(corpora) > 200
    frames = [load_corpus(path) for path in corpora] + [load_corpus(RAW_DIR)]
    return pd.concat(frames, ignore_index=True)


@pytest.fixture(scope="session")
def annotated_texts(annotated_papers) -> list[str]:
    """Every title and abstract of annotated_papers: the text a prefilter's test checks its
    pattern against."""
    return [text for column in ("title", "abstract") for text in annotated_papers[column]
            if isinstance(text, str)]
