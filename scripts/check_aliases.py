#!/usr/bin/env python3
"""Validate data/aliases.tsv against data/regions.tsv.

Checks: header, 5 columns, allowed type and trigger values, every code exists in
data/regions.tsv, no duplicate (alias, code), no alias equal to the official name of
its own unit (with or without the "Kabupaten "/"Kota " prefix), no stray whitespace,
rows ordered by code. Prints a summary and, with --verbose, the aliases that are also
names of other units. Exit 1 on any error. Python 3.11+, standard library only.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
REGIONS = REPO / "data" / "regions.tsv"
ALIASES = REPO / "data" / "aliases.tsv"

HEADER = ["alias", "code", "type", "trigger", "note"]
TYPES = {"abbreviation", "short_name", "variant_spelling", "former_name", "full_form", "english_exonym"}
TRIGGERS = {"free", "needs_trigger"}
PREFIXES = ("Kabupaten ", "Kota ")


def data_lines(path: Path):
    for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if line and not line.startswith("#"):
            yield n, line


def code_key(code: str) -> tuple[int, ...]:
    return tuple(int(s) for s in code.split("."))


def base_name(name: str) -> str:
    for p in PREFIXES:
        if name.startswith(p):
            return name[len(p):]
    return name


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    names: dict[str, str] = {}
    by_base: dict[str, list[str]] = defaultdict(list)
    it = data_lines(REGIONS)
    next(it)  # header
    for _n, line in it:
        code, _level, name, _parent, _vt = line.split("\t")
        names[code] = name
        by_base[base_name(name).casefold()].append(code)

    raw = ALIASES.read_bytes()
    errors: list[str] = []
    if b"\r" in raw:
        errors.append("CR found; use LF line endings")
    if not raw.endswith(b"\n"):
        errors.append("no final newline")
    it = data_lines(ALIASES)
    _n, header = next(it)
    if header.split("\t") != HEADER:
        errors.append(f"header is {header!r}")
    rows = []
    for n, line in it:
        f = line.split("\t")
        where = f"aliases.tsv:{n}"
        if len(f) != 5:
            errors.append(f"{where}: {len(f)} columns")
            continue
        alias, code, typ, trig, _note = f
        if any(x != x.strip() for x in f) or not alias or "  " in alias:
            errors.append(f"{where}: stray whitespace or empty alias")
        if typ not in TYPES:
            errors.append(f"{where}: type {typ!r}")
        if trig not in TRIGGERS:
            errors.append(f"{where}: trigger {trig!r}")
        if code not in names:
            errors.append(f"{where}: code {code} not in regions.tsv")
            continue
        off = names[code]
        if alias.casefold() in (off.casefold(), base_name(off).casefold()):
            errors.append(f"{where}: {alias!r} is the official name of {code}")
        rows.append((n, alias, code, typ, trig))

    dup = Counter((r[1], r[2]) for r in rows)
    errors += [f"duplicate alias {a!r} -> {c}" for (a, c), k in dup.items() if k > 1]
    keys = [code_key(r[2]) for r in rows]
    if keys != sorted(keys):
        errors.append("rows are not ordered by code")

    for e in errors:
        print("error: " + e, file=sys.stderr)
    print(f"aliases: {len(rows)} rows, {len({r[2] for r in rows})} codes; "
          f"types {dict(Counter(r[3] for r in rows))}; triggers {dict(Counter(r[4] for r in rows))}")
    multi = defaultdict(set)
    for r in rows:
        multi[r[1].casefold()].add(r[2])
    for a, cs in multi.items():
        if len(cs) > 1:
            print(f"note: alias {a!r} maps to several codes {sorted(cs)}")
    if verbose:
        for _n, alias, code, _t, trig in rows:
            others = [c for c in by_base.get(alias.casefold(), []) if c != code]
            if others:
                print(f"also a region name: {alias!r} ({code}, {trig}) = " +
                      ", ".join(f"{c} {names[c]!r}" for c in others[:6]) + (" ..." if len(others) > 6 else ""))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
