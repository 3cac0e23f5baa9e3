"""Check heldout18's gold with the checks of heldout15 (and so of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py) as heldout17 runs them, plus checks of this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page in the
charset its `<meta>` names, reduced to its visible text; the rows of `collection.jsonl` by heldout13's
`rows()`).  The checks: those of ``check_gold.check`` (the same 600–2600 length bound), every gold
``publish_date`` written on the page or in the row, the event's days among the gold dates, heldout12's
line-ending check, heldout15's relative days as heldout17 widens them (`昨天`, `昨日`, `前天`, `上周五`,
`本月16日`, `今（8）日`), heldout15's date order and heldout17's people check (no official named in a credit
line), and here:

- files: the `_gbk` article is not UTF-8 and reads as GBK; every other file is UTF-8 with LF line ends;
- hard wraps: in the `_wrapped` article no 《》 title is broken across lines, no line starts with closing
  punctuation, and the body's lines are at most 30 characters;
- the open year: the `_open` article has no publish date, every gold date says `year_certain: false`,
  and no year is written anywhere in it (`19xx年`, `20xx年`, `20xx-xx`);
- the URL-only date: in the `_url` article the gold publish date is the URL line's day and is written
  on no other line (in any of check_gold's forms, or as `X月X日`);
- canonical names: no gold region or party is named by an alias of `zone_aliases.tsv`, and every event's
  location is a `prefecture` or `province` region item;
- documents: an agreement only `mentioned` or `discussed` has parties `[]`, one `signed`, `adopted` or
  `released` has at least one.

usage: python3 bench/heldout18/check.py [SET_DIR]   (OpenCC needed for the Traditional article)
"""

import datetime
import pathlib
import re
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
# heldout17's checker, run as a module (not as __main__): heldout15's readers and checks, with heldout17's
# wider reading of relative days and its check of people in credit lines.
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout15, heldout13, heldout11 = heldout17["heldout15"], heldout17["heldout13"], heldout17["heldout11"]
heldout10, check_crlf = heldout17["heldout10"], heldout17["check_crlf"]
check_gold = heldout10.check_gold
ALIASES = BENCH.parent.parent / "shared" / "spec" / "zone_aliases.tsv"
CLOSING = "，。、；：）》」”！？"


golds = heldout17["golds"]  # (doc_id, gold) of each gold file


def check_files(root: pathlib.Path) -> int:
    """The `_gbk` article is GBK (not UTF-8); every other file is UTF-8 with LF only."""
    problems = 0
    for p in sorted((root / "articles").iterdir()):
        data = p.read_bytes()
        if p.stem.endswith("_gbk"):
            try:
                data.decode("utf-8")
                print(f"{p.name}: meant to be GBK, but it is valid UTF-8")
                problems += 1
            except UnicodeDecodeError:
                data.decode("gbk")  # raises if it is not GBK either
            continue
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            print(f"{p.name}: not UTF-8")
            problems += 1
        if b"\r" in data:
            print(f"{p.name}: has CR line ends")
            problems += 1
    return problems


def check_wraps(root: pathlib.Path) -> int:
    """The `_wrapped` article is hard-wrapped as scrapers leave e-paper text, never inside a 《》 title."""
    problems = 0
    for p in sorted((root / "articles").glob("*_wrapped.txt")):
        lines = p.read_text(encoding="utf-8").splitlines()
        for n, line in enumerate(lines[2:], start=3):  # the masthead and the headline are not wrapped
            if line.count("《") != line.count("》"):
                print(f"{p.name}:{n}: a 《》 title is broken across lines")
                problems += 1
            if line[:1] in CLOSING:
                print(f"{p.name}:{n}: the line starts with closing punctuation")
                problems += 1
            if len(line) > 30:
                print(f"{p.name}:{n}: line of {len(line)} characters")
                problems += 1
        if sum(1 for line in lines if len(line) >= 24) < 10:
            print(f"{p.name}: hardly wrapped")
            problems += 1
    return problems


def check_open_year(root: pathlib.Path) -> int:
    problems = 0
    arts = heldout15["all_texts"](root)[0]
    for doc, g in golds(root):
        if not doc.endswith("_open"):
            continue
        text = arts[doc][0]
        if g["publish_date"] is not None:
            print(f"{doc}: an open year has no publish date")
            problems += 1
        for d in g["dates"]:
            if d["year_certain"] is not False:
                print(f"{doc}: {d['text']} must say year_certain: false")
                problems += 1
        m = re.search(r"(19|20)\d\d(年|-\d)", text)
        if m:
            print(f"{doc}: a year is written in the text: {m.group(0)}")
            problems += 1
    return problems


def check_url_date(root: pathlib.Path) -> int:
    problems = 0
    arts = heldout15["all_texts"](root)[0]
    for doc, g in golds(root):
        if not doc.endswith("_url"):
            continue
        lines = arts[doc][0].splitlines()
        urls = [line for line in lines if line.startswith("http")]
        day = datetime.date.fromisoformat(g["publish_date"])
        if not urls or f"{day:%Y-%m}/{day:%d}" not in urls[0]:
            print(f"{doc}: the publish date {day} is not the URL line's day")
            problems += 1
        forms = [*check_gold.date_forms(g["publish_date"]), f"{day.month}月{day.day}日"]
        for line in lines:
            if line in urls:
                continue
            for f in forms:
                if f in line:
                    print(f"{doc}: the publish date is written outside the URL line: {f}")
                    problems += 1
    return problems


def check_names(root: pathlib.Path) -> int:
    problems = 0
    aliases = set()
    if ALIASES.exists():
        for line in ALIASES.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#") and "\t" in line:
                alias, canon = line.split("\t")[:2]
                if alias.strip() != canon.strip():
                    aliases.add(alias.strip())
    for doc, g in golds(root):
        named = [r["name"] for r in g["regions"]]
        named += [p["name"] for p in (g["event"] or {}).get("parties", [])]
        named += [p["name"] for a in g["agreements"] for p in a.get("parties", [])]
        for n in sorted(set(named) & aliases):
            print(f"{doc}: {n} is an alias, not the canonical name")
            problems += 1
        if g["event"]:
            levels = {r["name"]: r["level"] for r in g["regions"]}
            if levels.get(g["event"]["location"]) not in ("prefecture", "province"):
                print(f"{doc}: the event's location {g['event']['location']} is no prefecture or province")
                problems += 1
    return problems


def check_documents(root: pathlib.Path) -> int:
    problems = 0
    for doc, g in golds(root):
        for a in g["agreements"]:
            done = a["action"] in ("signed", "adopted", "released")
            if a["action"] in ("mentioned", "discussed") and a["parties"]:
                print(f"{doc}: {a['title']} is only {a['action']}, its parties are []")
                problems += 1
            if done and not a["parties"] and a["kind"] != "agreement":
                print(f"{doc}: {a['title']} is {a['action']} by nobody")
                problems += 1
    return problems


if __name__ == "__main__":
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    arts, written = heldout15["rows_and_pages"](ROOT)
    extra = (
        ("line endings", check_crlf),
        ("relative days", heldout17["check_relative_days"]),
        ("date order", heldout17["check_date_order"]),
        ("people", heldout17["check_people"]),
        ("files", check_files),
        ("hard wraps", check_wraps),
        ("open year", check_open_year),
        ("URL-only date", check_url_date),
        ("canonical names", check_names),
        ("documents", check_documents),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
