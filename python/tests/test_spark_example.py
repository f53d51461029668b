"""Runs python/examples/spark_entities.py in local mode and checks its Parquet.

Skipped when PySpark or Java is missing, unless WARTA_REQUIRE_SPARK=1 (as
in .ci/run), where a missing one fails the test.
"""

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import warta

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "spark_entities.py"
REQUIRED = os.environ.get("WARTA_REQUIRE_SPARK") == "1"


def need(condition, why):
    if not condition:
        if REQUIRED:
            pytest.fail(f"{why} (WARTA_REQUIRE_SPARK=1)")
        pytest.skip(why)


def load_example():
    spec = importlib.util.spec_from_file_location("spark_entities", EXAMPLE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_articles_are_made_from_the_samples():
    example = load_example()
    docs = example.articles(7)
    assert [d[0] for d in docs] == [f"article-{i:05d}" for i in range(7)]
    assert len({d[1] for d in docs}) == 7
    # headline and dateline stay first
    assert docs[0][1].split("\n\n")[1] == docs[3][1].split("\n\n")[1]
    assert example.articles(7) == docs


def test_spark_example_writes_one_row_per_entity(tmp_path):
    need(importlib.util.find_spec("pyspark") is not None, "pyspark is not installed")
    need(shutil.which("java") is not None or os.environ.get("JAVA_HOME"), "no Java")
    pd = pytest.importorskip("pandas")
    example = load_example()
    out = tmp_path / "entities.parquet"
    n = 24
    run = subprocess.run(
        [sys.executable, str(EXAMPLE), "--articles", str(n), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-5000:]

    rows = pd.read_parquet(out)
    assert list(rows.columns) == example.COLUMNS
    docs = dict(example.articles(n))
    expected = warta.entities_frame(list(docs.values()), list(docs))
    assert len(rows) == len(expected) > n * 10
    assert set(rows["id"]) == set(docs)
    for r in rows.itertuples(index=False):
        assert docs[r.id][r.start:r.end] == r.text
    key = ["id", "start", "kind"]
    got = rows.sort_values(key).reset_index(drop=True)
    want = expected[example.COLUMNS].sort_values(key).reset_index(drop=True)
    assert got.astype(object).where(got.notna(), None).values.tolist() == \
        want.astype(object).where(want.notna(), None).values.tolist()

    assert f"{n} articles -> {len(rows)} entities" in run.stdout
    assert "officials per regency or city:" in run.stdout
    officials = rows[(rows.kind == "official") & rows.jurisdiction_level.isin(["regency", "city"])]
    morowali = (officials.jurisdiction_code == "72.06").sum()
    assert morowali > 0
    assert f"72.06  Morowali {'':<14}{morowali:>5} mentions" in run.stdout
