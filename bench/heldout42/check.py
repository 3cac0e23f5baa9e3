"""Check heldout42's gold with the checks of heldout15 (and so of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py), as heldout17's checker runs them, plus checks of this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page in the charset
its `<meta>` names — here GB2312 or GBK — reduced to its visible text; the rows of `collection.jsonl` by
heldout13's `rows()`).  The checks: those of ``check_gold.check`` (the same 600–2600 length bound), every
gold ``publish_date`` written on the page or in the row, the event's days among the gold dates, heldout12's
line-ending check, heldout15's relative days (`昨天`, `昨日`, `前天`, `上周五`, `本月24日`) with heldout17's
reading of `今（18）日`, heldout17's date order and its check that no official is named in a credit line,
and here:

- `次日` (the next day): a gold date whose text starts with `次日` is the day after the nearest day item
  listed before it;
- encodings: each `.html` page decodes strictly in the charset its `<meta>` declares (a GB2312 page holds
  only GB2312 characters), and each `.txt` and the collection are UTF-8 with LF line ends;
- zones: no gold region name is an alias that `zone_aliases.tsv` maps to another name (the gold writes the
  canonical name);
- open years: `year_certain: false` only in the article whose year is left open (`_open`), and there on
  every date.

usage: python3 bench/heldout42/check.py [SET_DIR]   (OpenCC needed for the Traditional article)
"""

import datetime
import pathlib
import re
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
# heldout17's checker, run as a module (not as __main__): it runs heldout15's and widens its relative days.
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout15, heldout11 = heldout17["heldout15"], heldout17["heldout11"]
check_crlf, check_relative_days = heldout17["check_crlf"], heldout17["check_relative_days"]
check_date_order, check_people, golds = heldout17["check_date_order"], heldout17["check_people"], heldout17["golds"]
ALIASES = BENCH.parent.parent / "shared" / "spec" / "zone_aliases.tsv"


def check_next_day(root: pathlib.Path) -> int:
    problems = 0
    for doc, g in golds(root):
        last: str | None = None
        for d in g["dates"]:
            if d["text"].startswith("次日"):
                want: str | None = (
                    (datetime.date.fromisoformat(last) + datetime.timedelta(days=1)).isoformat() if last else None
                )
                if (d["start"], d["end"]) != (want, want):
                    print(f"{doc}: {d['text']} is {want}, gold says {d['start']}..{d['end']}")
                    problems += 1
            if d["granularity"] == "day":
                last = d["end"]
    return problems


def check_encodings(root: pathlib.Path) -> int:
    problems = 0
    for p in sorted((root / "articles").iterdir()):
        data = p.read_bytes()
        if p.suffix == ".html":
            m = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", data[:2048], re.I)
            try:
                data.decode(m.group(1).decode() if m else "utf-8", errors="strict")
            except (UnicodeDecodeError, LookupError) as e:
                print(f"{p.name}: does not decode as its declared charset: {e}")
                problems += 1
        else:
            try:
                data.decode("utf-8")
            except UnicodeDecodeError:
                print(f"{p.name}: not UTF-8")
                problems += 1
            if b"\r" in data:
                print(f"{p.name}: CR in a text file")
                problems += 1
    return problems


def check_zones(root: pathlib.Path) -> int:
    problems = 0
    if not ALIASES.exists():
        return 0
    aliases = {}
    for line in ALIASES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and "\t" in line:
            a, c = line.split("\t")[:2]
            aliases[a.strip()] = c.strip()
    for doc, g in golds(root):
        for r in g["regions"]:
            if r["name"] in aliases and aliases[r["name"]] != r["name"]:
                print(f"{doc}: region {r['name']} is an alias of {aliases[r['name']]}")
                problems += 1
    return problems


def check_open_years(root: pathlib.Path) -> int:
    problems = 0
    for doc, g in golds(root):
        certain = {d["year_certain"] for d in g["dates"]}
        if doc.endswith("_open") and certain != {False}:
            print(f"{doc}: the open-year article has a date with year_certain true")
            problems += 1
        if not doc.endswith("_open") and False in certain:
            print(f"{doc}: year_certain false outside the open-year article")
            problems += 1
    return problems


if __name__ == "__main__":
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    arts, written = heldout15["rows_and_pages"](ROOT)
    extra = (
        ("line endings", check_crlf),
        ("relative days", check_relative_days),
        ("date order", check_date_order),
        ("people", check_people),
        ("next days", check_next_day),
        ("encodings", check_encodings),
        ("zones", check_zones),
        ("open years", check_open_years),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
