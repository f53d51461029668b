#!/usr/bin/env python3
"""Counts of a held-out set's errors, no text: misses, spurious spans and title mismatches by
kind, level and type, so that the next work can be chosen without reading the set.

    target/release/examples/extract SET/docs/*.txt > /tmp/ho.out
    python3 scripts/heldout_counts.py /tmp/ho.out SET/gold.jsonl

A miss that overlaps a prediction of its kind is counted as a boundary error.
"""
import collections
import json
import os
import sys


def main():
    pred = collections.defaultdict(dict)
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        doc = os.path.splitext(os.path.basename(d["file"]))[0]
        for e in d["entities"]:
            pred[(doc, e["kind"])][(e["start"], e["end"])] = e
    gold = collections.defaultdict(dict)
    for line in open(sys.argv[2], encoding="utf-8"):
        g = json.loads(line)
        gold[(g["doc"], g["kind"])][(g["start"], g["end"])] = g
    counts = collections.Counter()
    for key in set(gold) | set(pred):
        kind = key[1]
        g_spans, p_spans = gold.get(key, {}), pred.get(key, {})
        for span, g in g_spans.items():
            if span in p_spans:
                if kind == "official" and p_spans[span].get("title") != g.get("title"):
                    counts["official title mismatch"] += 1
                continue
            boundary = " boundary" if any(s < span[1] and span[0] < e for s, e in p_spans) else ""
            if kind == "official":
                which = "later" if g.get("coref") else "first"
                counts[f"official missed, {which} mention{boundary}"] += 1
            elif kind == "region":
                counts[f"region missed, {g.get('level')}{boundary}"] += 1
            else:
                counts[f"organization missed, {g.get('type')}{boundary}"] += 1
        for span in p_spans:
            if span not in g_spans:
                boundary = " boundary" if any(s < span[1] and span[0] < e for s, e in g_spans) else ""
                counts[f"{kind} spurious{boundary}"] += 1
    for name, n in sorted(counts.items()):
        print(f"{n:4d} {name}")


if __name__ == "__main__":
    main()
