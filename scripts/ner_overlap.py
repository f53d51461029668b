#!/usr/bin/env python3
"""How warta's entities fall on the annotations of a public NER dev split.

Runs the extract example over every record of ../shared/datasets/<set>/dev.jsonl
and reports, per warta kind, the share of its mentions that lie inside an
annotation of the matching type (official -> PER, region -> LOC,
organization -> ORG). The datasets use other annotation schemes, so this
measures precision on real news the rules were not written against, roughly.

    cargo build --release --example extract
    python3 scripts/ner_overlap.py idner-news-2k [kind N]   # N examples of misses
"""
import collections
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WANT = {"official": "PER", "region": "LOC", "organization": "ORG"}


def main():
    name = sys.argv[1]
    recs = [json.loads(l) for l in open(os.path.join(ROOT, "..", "shared", "datasets", name, "dev.jsonl"))]
    with tempfile.TemporaryDirectory() as d:
        files = []
        for i, r in enumerate(recs):
            path = os.path.join(d, f"{i:05d}.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(r["text"])
            files.append(path)
        exe = os.path.join(ROOT, "target", "release", "examples", "extract")
        out = subprocess.run([exe] + files, capture_output=True, text=True, check=True).stdout
    stats = collections.Counter()
    misses = collections.defaultdict(list)
    for line in out.splitlines():
        doc = json.loads(line)
        r = recs[int(os.path.basename(doc["file"])[:5])]
        for e in doc["entities"]:
            kind = e["kind"]
            same = [g for g in r["entities"] if g["type"] == WANT[kind]]
            inside = any(g["start"] <= e["start"] and e["end"] <= g["end"] for g in same)
            stats[kind, "n"] += 1
            stats[kind, "inside"] += inside
            if not inside:
                misses[kind].append((e["text"], r["text"][max(0, e["start"] - 40): e["end"] + 40]))
    for kind in WANT:
        n = stats[kind, "n"]
        if n:
            print(f"{name:14} {kind:12} {n:4} mentions, {stats[kind, 'inside'] / n:.2f} inside a {WANT[kind]} annotation")
    if len(sys.argv) > 2:
        for m in misses[sys.argv[2]][: int(sys.argv[3]) if len(sys.argv) > 3 else 20]:
            print(m)


if __name__ == "__main__":
    main()
