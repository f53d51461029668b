"""Shared fixtures: the repository's sample articles (examples/data/)."""

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "examples" / "data"


@pytest.fixture(scope="session")
def samples() -> list:
    """The sample articles' texts, in file-name order."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    assert len(texts) == 3, f"expected 3 sample articles in {SAMPLES}"
    return texts
