"""warta on Spark: one row per entity of a DataFrame of articles, to Parquet.

Runs anywhere with Java 17 and ``pip install ./python pyspark pandas pyarrow``::

    python python/examples/spark_entities.py --out /tmp/warta-entities.parquet

It builds a local SparkSession (``local[2]``), makes a DataFrame of articles
(``id``, ``text``) from the repository's sample articles (examples/data/),
extracts entities with warta inside ``mapInPandas`` (one Analyzer per Python
worker, the embedded data built once per process), writes one row per
entity to Parquet and prints a summary: officials per regency or city.

The extraction code (``extract_entities``) is the same on a real cluster;
see python/README.md for what the executors need (the warta wheel).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, List, Tuple

if TYPE_CHECKING:
    import pandas  # type: ignore

SAMPLES = Path(__file__).resolve().parents[2] / "examples" / "data"

#: The Parquet rows: one per entity.
SCHEMA = (
    "id string, kind string, start long, end long, text string, name string, "
    "title string, code string, jurisdiction_code string, jurisdiction_name string, "
    "jurisdiction_level string"
)
COLUMNS = [c.split()[0] for c in SCHEMA.split(", ")]


def articles(n: int, samples: Path = SAMPLES, seed: int = 11) -> List[Tuple[str, str]]:
    """``n`` (id, text) articles made from the sample articles.

    Article ``i`` is sample ``i % 3``, its headline and dateline paragraph
    kept first and its other paragraphs in a shuffled order (seeded), so the
    articles differ but stay news-like.
    """
    texts = [p.read_text(encoding="utf-8") for p in sorted(samples.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no sample articles (*.txt) in {samples}")
    rng = random.Random(seed)
    out = []
    for i in range(n):
        paragraphs = texts[i % len(texts)].strip().split("\n\n")
        head, body = paragraphs[:2], paragraphs[2:]
        rng.shuffle(body)
        out.append((f"article-{i:05d}", "\n\n".join(head + body) + "\n"))
    return out


def extract_entities(batches: Iterator["pandas.DataFrame"]) -> Iterator["pandas.DataFrame"]:
    """mapInPandas function: (id, text) batches in, one row per entity out.

    Runs in the Python workers; warta must be installed there. One task
    runs on one core, so the batch is analysed on one thread.
    """
    import warta

    analyzer = warta.Analyzer()
    for batch in batches:
        frame = warta.entities_frame(
            batch["text"], batch["id"], analyzer=analyzer, threads=1
        )
        yield frame[COLUMNS]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="warta-entities.parquet", help="Parquet directory to write")
    parser.add_argument("--articles", type=int, default=300, help="number of articles to make")
    parser.add_argument("--master", default="local[2]", help="Spark master (default local[2])")
    args = parser.parse_args(argv)

    # Local mode: the Python workers are this interpreter (with warta in it).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)

    from pyspark.sql import SparkSession, functions as F

    builder = (
        SparkSession.builder.master(args.master)
        .appName("warta-entities")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "100")
    )
    if args.master.startswith("local"):
        # No network needed: the driver and its workers talk over loopback.
        builder = builder.config("spark.driver.host", "127.0.0.1").config(
            "spark.driver.bindAddress", "127.0.0.1"
        )
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    try:
        docs = spark.createDataFrame(articles(args.articles), "id string, text string").repartition(4)
        entities = docs.mapInPandas(extract_entities, schema=SCHEMA)
        entities.write.mode("overwrite").parquet(args.out)

        written = spark.read.parquet(args.out)
        total = written.count()
        by_kind = {r["kind"]: r["count"] for r in written.groupBy("kind").count().collect()}
        print(f"{args.articles} articles -> {total} entities in {args.out}: "
              + ", ".join(f"{k} {by_kind[k]}" for k in sorted(by_kind)))
        print("officials per regency or city:")
        summary = (
            written.where(
                (F.col("kind") == "official")
                & F.col("jurisdiction_level").isin("regency", "city")
            )
            .groupBy("jurisdiction_code", "jurisdiction_name")
            .agg(
                F.count("*").alias("mentions"),
                F.countDistinct("text").alias("people"),
                F.countDistinct("id").alias("articles"),
            )
            .orderBy(F.desc("mentions"), "jurisdiction_code")
        )
        for r in summary.collect():
            print(f"  {r['jurisdiction_code']:<6} {r['jurisdiction_name']:<22} "
                  f"{r['mentions']:>5} mentions {r['people']:>3} people {r['articles']:>4} articles")
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
