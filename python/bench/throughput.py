"""entities_batch throughput against the Rust analyzer and a command per document.

    cargo build --release --example extract
    cargo build --release -p warta-python --example rust_throughput
    python python/bench/throughput.py --repeat 64 --threads 2 --runs 5 FILE...

In one run, on the same texts (the files given, repeated --repeat times, one
text per file copy), best of --runs each:

Each round runs every variant once, interleaved; the figure is the best round.

- Rust: ``Analyzer::entities`` per text (target/release/examples/rust_throughput),
  on 1 and --threads threads;
- Python: ``Analyzer.entities_batch(texts, threads=...)`` (dicts with
  Python offsets, the default; and with ``offsets="bytes"``), on 1 and
  --threads threads; and ``entities`` called per text in a loop;
- a command per document: ``target/release/examples/extract FILE`` run by
  subprocess once per file (not repeated), the cost a Python user pays
  without the binding; and ``extract --jobs N`` on all files in one process.

Prints a Markdown table; nothing is written.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import warta

REPO = Path(__file__).resolve().parents[2]


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("files", nargs="+")
    p.add_argument("--repeat", type=int, default=64)
    p.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--release", default=str(REPO / "target" / "release" / "examples"))
    args = p.parse_args(argv)

    one = [Path(f).read_text(encoding="utf-8") for f in args.files]
    texts = one * args.repeat
    mb = sum(len(t.encode()) for t in texts) / 1e6
    one_mb = sum(len(t.encode()) for t in one) / 1e6

    analyzer = warta.Analyzer()
    extract = os.path.join(args.release, "extract")
    threads = sorted({1, args.threads})

    def rust_run():
        return json.loads(subprocess.run(
            [os.path.join(args.release, "rust_throughput"), "--repeat", str(args.repeat),
             "--threads", str(args.threads), "--runs", "1", *args.files],
            check=True, capture_output=True, text=True,
        ).stdout)

    def per_document():
        for f in args.files:
            subprocess.run([extract, f], check=True, stdout=subprocess.DEVNULL)

    def jobs():
        subprocess.run([extract, "--jobs", str(args.threads), *args.files],
                       check=True, stdout=subprocess.DEVNULL)

    found = sum(map(len, analyzer.entities_batch(texts)))
    timed: dict = {}  # (what, threads) -> (threads, MB, [seconds per round])

    def time_it(what, n, size, fn):
        start = time.perf_counter()
        fn()
        timed.setdefault(what, (n, size, []))[2].append(time.perf_counter() - start)

    # Rounds interleave every variant, so load from other processes on the
    # machine falls on all of them alike; each figure is the best round.
    for _ in range(args.runs):
        rust = rust_run()
        assert rust["entities"] == found, (rust["entities"], found)
        for n in threads:
            what = ("Rust `Analyzer::entities` per text", n)
            timed.setdefault(what, (n, rust["bytes"] / 1e6, []))[2].append(rust[f"threads_{n}"]["seconds"])
        for n in threads:
            for offsets in ("chars", "bytes"):
                time_it((f"Python `entities_batch(offsets=\"{offsets}\")`", n), n, mb,
                        lambda: analyzer.entities_batch(texts, threads=n, offsets=offsets))
        time_it(("Python `entities` per text, in a loop", 1), 1, mb,
                lambda: [analyzer.entities(t) for t in texts])
        time_it((f"`extract FILE` per document by subprocess ({len(args.files)} files)", 1), 1,
                one_mb, per_document)
        time_it((f"`extract --jobs {args.threads}` on the {len(args.files)} files, one process",
                 args.threads), args.threads, one_mb, jobs)
    rows = [(what[0], n, min(ts), size) for what, (n, size, ts) in timed.items()]
    rust_mbs = {n: size / s for what, n, s, size in rows if what.startswith("Rust")}

    print(f"{len(texts)} texts, {mb:.2f} MB ({len(args.files)} files × {args.repeat}), "
          f"{found} entities; best of {args.runs} interleaved rounds; python {sys.version.split()[0]}")
    print()
    print("| what | threads | seconds | MB/s | × Rust, same threads |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for what, n, s, size in rows:
        ratio = (size / s) / rust_mbs[n] if n in rust_mbs else float("nan")
        print(f"| {what} | {n} | {s:.3f} | {size / s:.2f} | {ratio:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
