#!/usr/bin/env python3
"""List the differences between warta's output and a gold file, with context.

    cargo run --release --example extract -- ../shared/dev-hard/docs/*.txt \
      | python3 scripts/errors.py --gold ../shared/dev-hard/gold.jsonl --kind official

Each line is `doc  FN|FP|TITLE  [span text]  context`, where FN is a gold mention with no
prediction of the same kind and span, FP a prediction with no such gold mention, and TITLE an
exact-span official whose canonical title differs (gold -> predicted).
"""
import argparse, json, sys, os

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pred", nargs="?", default="-")
    ap.add_argument("--gold", required=True)
    ap.add_argument("--kind", default="official")
    ap.add_argument("--width", type=int, default=50)
    a = ap.parse_args()
    gold, texts, pred = {}, {}, {}
    docdir = os.path.join(os.path.dirname(a.gold), "docs")
    for line in open(a.gold, encoding="utf-8"):
        g = json.loads(line)
        if g["kind"] == a.kind:
            gold.setdefault(g["doc"], {})[(g["start"], g["end"])] = g
    src = sys.stdin if a.pred == "-" else open(a.pred, encoding="utf-8")
    for line in src:
        d = json.loads(line)
        doc = os.path.splitext(os.path.basename(d["file"]))[0]
        texts[doc] = open(d["file"], "rb").read()
        for e in d["entities"]:
            if e["kind"] == a.kind:
                pred.setdefault(doc, {})[(e["start"], e["end"])] = e
    for doc in sorted(set(gold) | set(pred)):
        t = texts.get(doc) or open(os.path.join(docdir, doc + ".txt"), "rb").read()
        g, p = gold.get(doc, {}), pred.get(doc, {})
        def ctx(s, e):
            w = a.width
            l = t[max(0, s - w):s].decode("utf-8", "replace")
            r = t[e:e + w].decode("utf-8", "replace")
            m = t[s:e].decode("utf-8", "replace")
            return (l + "[" + m + "]" + r).replace("\n", "⏎")
        rows = []
        for k in g.keys() - p.keys():
            extra = g[k].get("title", "") if a.kind == "official" else g[k].get("code", "")
            rows.append((k, "FN", f"{extra}", ctx(*k)))
        for k in p.keys() - g.keys():
            extra = p[k].get("title", "") if a.kind == "official" else p[k].get("code", "")
            rows.append((k, "FP", f"{extra}", ctx(*k)))
        if a.kind == "official":
            for k in g.keys() & p.keys():
                if g[k].get("title") != p[k].get("title"):
                    rows.append((k, "TITLE", f"{g[k].get('title')} -> {p[k].get('title')}", ctx(*k)))
        for k, tag, extra, c in sorted(rows):
            print(f"{doc}\t{tag}\t{extra}\t{c}")

if __name__ == "__main__":
    main()
