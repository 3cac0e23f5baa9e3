"""Check heldout21's gold with the checks of heldout15 (and so of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py), plus checks of this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page in the
charset its `<meta>` names, reduced to its visible text; the rows of `collection.jsonl` by heldout13's
`rows()`).  The checks: those of ``check_gold.check`` (the same length bound), every gold
``publish_date`` written on the page or in the row, the event's days among the gold dates, heldout12's
line-ending check, heldout15's relative days (`昨天`, `昨日`, `前日`, `本月7日` …), and here:

- the gold dates are listed in text order (each date's `text` is found in the normalized article at or
  after the place where the item before it was found), as heldout14–17 check;
- no official is named in a credit line of the page (`记者 X`, `编辑：X`, `校对：X`), as heldout17 checks;
- relative months (`本月上旬`, `本月下旬`) are the publish date's month;
- every party of the event and of each agreement is a region item with the same level, and the event's
  location is a region item;
- publish dates in the archive forms these pages print (`2004-11-9`, `99年10月22日`,
  `二○○○年十月二十七日`) count as written: each such date found on a page is added to what heldout15's
  check of publish dates searches, in ISO form;
- the encodings are what the README says: the files named `_gbk`/`_gb2312` are not UTF-8 and decode as
  GBK, a page's `<meta>` charset is the one it is saved in, every other file is UTF-8.

usage: python3 bench/heldout21/check.py [SET_DIR]   (OpenCC needed for the Traditional article)
"""

import pathlib
import re
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
# heldout15's checker, run as a module (not as __main__): its readers and the checks it reuses.
heldout15 = runpy.run_path(str(BENCH / "heldout15" / "check.py"))
# heldout17's checker: the gold reader (and heldout21: the credit-line check of people) shared with it
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout13, heldout11 = heldout15["heldout13"], heldout15["heldout11"]
heldout10, check_crlf = heldout15["heldout10"], heldout15["check_crlf"]
check_relative_days, all_texts = heldout15["check_relative_days"], heldout15["all_texts"]
check_date_order = heldout15["check_date_order"]
T2S = heldout10.check_gold.T2S


CN_DIGITS = {c: i for i, c in enumerate("○一二三四五六七八九")} | {"〇": 0, "零": 0}


def cn_number(s: str) -> int:
    """A Chinese numeral as dates write it: digit by digit (`二○○○`) or with 十 (`二十七`)."""
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (CN_DIGITS[tens] if tens else 1) * 10 + (CN_DIGITS[ones] if ones else 0)
    return int("".join(str(CN_DIGITS[c]) for c in s))


def archive_dates(text: str) -> set[str]:
    """The days written in the archive forms of these pages, as ISO dates."""
    found = set()
    for y, m, d in re.findall(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)", text):
        found.add(f"{y}-{int(m):02d}-{int(d):02d}")
    for y, m, d in re.findall(r"(?<!\d)(\d{2})年(\d{1,2})月(\d{1,2})日", text):
        found.add(f"{1900 + int(y) if int(y) >= 50 else 2000 + int(y)}-{int(m):02d}-{int(d):02d}")
    cn = "○〇零一二三四五六七八九"
    for y, m, d in re.findall(rf"([{cn}]{{4}})年([十{cn}]{{1,2}})月([十{cn}]{{1,3}})日", text):
        found.add(f"{cn_number(y)}-{cn_number(m):02d}-{cn_number(d):02d}")
    return found


gold = heldout17["golds"]  # (doc_id, gold) of each gold file


check_people = heldout17["check_people"]  # no official named in a credit line


def check_relative_months(root: pathlib.Path) -> int:
    """`本月上旬`, `本月中旬`, `本月下旬` are the publish date's month (a month item)."""
    problems = 0
    for doc_id, g in gold(root):
        if not g["publish_date"]:
            continue
        month = g["publish_date"][:7]
        for d in g["dates"]:
            if re.match(r"本月[上中下]旬", d["text"]) and (
                d["granularity"] != "month" or d["start"][:7] != month or d["end"][:7] != month
            ):
                print(f"{doc_id}: {d['text']} is not the month of {g['publish_date']}")
                problems += 1
    return problems


def check_parties(root: pathlib.Path) -> int:
    """Every party is a region item with the same level; the event's location is a region item."""
    problems = 0
    for doc_id, g in gold(root):
        regions = {r["name"]: r["level"] for r in g["regions"]}
        sides = list((g.get("event") or {}).get("parties") or [])
        for a in g["agreements"]:
            sides += a["parties"]
            if a["action"] in ("mentioned", "discussed") and a["parties"]:
                print(f"{doc_id}: {a['title']} is {a['action']} but has parties")
                problems += 1
        for p in sides:
            if regions.get(p["name"]) != p["level"]:
                print(f"{doc_id}: party {p['name']} ({p['level']}) is no region item of that level")
                problems += 1
        ev = g.get("event")
        if ev and ev["location"] not in regions:
            print(f"{doc_id}: the event's location {ev['location']} is no region item")
            problems += 1
    return problems


def check_encodings(root: pathlib.Path) -> int:
    """`_gbk`/`_gb2312` files are GBK (not UTF-8); a page's <meta> charset is the one it is saved in;
    every other file is UTF-8."""
    problems = 0
    for p in sorted((root / "articles").iterdir()):
        data = p.read_bytes()
        try:
            data.decode("utf-8")
            utf8 = True
        except UnicodeDecodeError:
            utf8 = False
        wants_gbk = p.stem.endswith(("_gbk", "_gb2312"))
        if wants_gbk:
            if utf8:
                print(f"{p.name}: named GBK but decodes as UTF-8")
                problems += 1
            try:
                data.decode("gbk")
            except UnicodeDecodeError:
                print(f"{p.name}: named GBK but does not decode as GBK")
                problems += 1
        elif not utf8:
            print(f"{p.name}: not UTF-8")
            problems += 1
        if p.suffix == ".html":
            m = re.search(rb"charset=([\w-]+)", data, re.I)
            declared = m.group(1).decode().lower() if m else None
            if declared is None or (declared in ("gbk", "gb2312")) != wants_gbk:
                print(f"{p.name}: <meta> charset {declared} does not fit how it is saved")
                problems += 1
    return problems


if __name__ == "__main__":
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    arts, written = heldout15["rows_and_pages"](ROOT)
    # the archive forms of a page's dates, in ISO form, beside everything the page writes
    for doc_id, everything in all_texts(ROOT)[1].items():
        seen = " ".join(sorted(archive_dates(str(everything) + " " + arts.get(doc_id, ("",))[0])))
        written[doc_id] = f"{everything}\n{seen}" if seen else everything
    extra = (
        ("line endings", check_crlf),
        ("relative days", check_relative_days),
        ("date order", check_date_order),
        ("people", check_people),
        ("relative months", check_relative_months),
        ("parties", check_parties),
        ("encodings", check_encodings),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
