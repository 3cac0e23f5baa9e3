"""Check heldout19's gold with the checks of heldout15 (and so of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py), heldout17's additions, and checks of this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page — or a
`.txt` that starts like one — in the charset its `<meta>` names, reduced to its visible text; the rows
of `collection.jsonl` by heldout13's `rows()`).  The checks: those of ``check_gold.check`` (the same
600–2600 length bound), every gold ``publish_date`` written on the page or in the row, the event's days
among the gold dates, heldout12's line-ending check, heldout15's relative days as heldout17 widens them
(`今（11）日`, `明（12）日` too), heldout17's date order and people-in-credits checks, and here:

- **brackets**: a gold date whose text carries its day in brackets (`前日（7日）`, `上周五（25日）`,
  `昨日（25日）`) has that day of the month;
- **ROC years**: a gold date whose text has a Minguo year (`90年6月前`, `94年11月22日`, `96年10月`) is in
  the year 1911 + N;
- **open years**: a record whose publish date is null has every date `year_certain: false`, and one with
  a publish date has none;
- **parties are regions**: every party of the event and of each agreement is a region item of the record
  with the same level (RECORD.md);
- **encodings**: the `_big5` page is not UTF-8, decodes as Big5 and names `charset=big5`; every other file
  is UTF-8;
- **scripts**: the gold `script` fits the text: `traditional` where OpenCC's Traditional→Simplified
  changes at least 8% of the Han characters, `simplified` where it changes none.

usage: python3 bench/heldout19/check.py [SET_DIR]   (OpenCC needed for the Traditional articles)
"""

import pathlib
import re
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
# heldout17's checker, run as a module: it loads heldout15's (and through it heldout13's … heldout10's)
# and widens heldout15's relative days; its own checks are reused here.
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout15 = heldout17["heldout15"]
heldout13, heldout11, heldout10 = heldout17["heldout13"], heldout17["heldout11"], heldout17["heldout10"]
check_crlf, check_relative_days = heldout17["check_crlf"], heldout17["check_relative_days"]
check_date_order, check_people = heldout17["check_date_order"], heldout17["check_people"]
all_texts = heldout17["all_texts"]
T2S = heldout10.check_gold.T2S


golds = heldout17["golds"]  # (doc_id, gold) of each gold file


def check_brackets(root: pathlib.Path) -> int:
    problems = 0
    for doc_id, g in golds(root):
        for d in g["dates"]:
            m = re.search(r"（(\d{1,2})日）", d["text"])
            if m and int(d["start"][8:]) != int(m.group(1)):
                print(f"{doc_id}: {d['text']} names day {m.group(1)}, gold says {d['start']}")
                problems += 1
    return problems


def check_roc_years(root: pathlib.Path) -> int:
    problems = 0
    for doc_id, g in golds(root):
        for d in g["dates"]:
            m = re.match(r"(\d{2,3})年", d["text"])
            if m and int(m.group(1)) < 200 and int(d["start"][:4]) != 1911 + int(m.group(1)):
                print(f"{doc_id}: {d['text']} is ROC {m.group(1)} = {1911 + int(m.group(1))}, gold says {d['start']}")
                problems += 1
    return problems


def check_open_years(root: pathlib.Path) -> int:
    problems = 0
    for doc_id, g in golds(root):
        want = g["publish_date"] is not None
        for d in g["dates"]:
            if d.get("year_certain", True) is not want:
                print(f"{doc_id}: {d['text']} year_certain={d.get('year_certain')}"
                      f" with publish date {g['publish_date']}")
                problems += 1
    return problems


def check_parties(root: pathlib.Path) -> int:
    problems = 0
    for doc_id, g in golds(root):
        regions = {(r["name"], r["level"]) for r in g["regions"]}
        names = [r["name"] for r in g["regions"]]
        if len(names) != len(set(names)):
            print(f"{doc_id}: a region is listed twice")
            problems += 1
        holders = ([("event", g["event"])] if g["event"] else []) + [(a["title"], a) for a in g["agreements"]]
        for what, item in holders:
            if "parties" not in item:
                print(f"{doc_id}: {what} has no parties")
                problems += 1
                continue
            for p in item["parties"]:
                if (p["name"], p["level"]) not in regions:
                    print(f"{doc_id}: party {p['name']} ({p['level']}) of {what} is no region item")
                    problems += 1
    return problems


def check_encodings(root: pathlib.Path) -> int:
    problems = 0
    for p in sorted((root / "articles").iterdir()):
        data = p.read_bytes()
        try:
            data.decode("utf-8")
            utf8 = True
        except UnicodeDecodeError:
            utf8 = False
        if "_big5" in p.stem:
            if utf8 or b"charset=big5" not in data:
                print(f"{p.name}: should be Big5 (not UTF-8) and say charset=big5")
                problems += 1
            data.decode("big5")
        elif not utf8:
            print(f"{p.name}: not UTF-8")
            problems += 1
    return problems


def check_scripts(root: pathlib.Path) -> int:
    if not T2S:
        print("scripts: OpenCC missing, not checked")
        return 0
    problems = 0
    arts = all_texts(root)[0]
    for doc_id, g in golds(root):
        text = "".join(re.findall(r"[\u4e00-\u9fff]", arts[doc_id][0]))
        changed = sum(a != b for a, b in zip(text, T2S(text), strict=True))
        share = changed / max(len(text), 1)
        ok = share >= 0.08 if g["script"] == "traditional" else changed == 0 if g["script"] == "simplified" else True
        if not ok:
            print(f"{doc_id}: script {g['script']} but {changed} of {len(text)} Han characters change to Simplified")
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
        ("bracketed days", check_brackets),
        ("ROC years", check_roc_years),
        ("open years", check_open_years),
        ("parties", check_parties),
        ("encodings", check_encodings),
        ("scripts", check_scripts),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
