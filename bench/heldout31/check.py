"""Check heldout31's gold with the checks of heldout17 (and so of heldout15, heldout13, heldout12,
heldout11, heldout10 and bench/heldout/check_gold.py), plus checks of this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page in the
charset its `<meta>` names, reduced to its visible text; the rows of `collection.jsonl` by heldout13's
`rows()`).  The checks: those of ``check_gold.check``, every gold ``publish_date`` written on the page
or in the row, the event's days among the gold dates, heldout12's line-ending check, heldout15's
relative days with heldout17's wider reading (`今（11）日`, `明（12）日`), heldout17's date order and
people checks, and here:

- every party (of the event and of each agreement) is also a gold region, with the same level;
- every agreement title is written in the normalized article inside 《》;
- every official's and staff member's name, and every title phrase, is written in the normalized
  article, and no name is both an official and staff;
- `次日` is the day after the gold date listed before it, and a gold date whose text is `N日…`
  (a bare day) has the day N;
- the `script` field fits the text: `traditional` where OpenCC changes more than three characters
  (`乾安县` alone is no Traditional text), `simplified` where not.

usage: python3 bench/heldout31/check.py [SET_DIR]   (OpenCC needed for the Traditional articles)
"""

import datetime
import pathlib
import re
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
# heldout17's checker, run as a module (not as __main__): heldout15's checks with 17's wider reading
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout15, heldout11 = heldout17["heldout15"], heldout17["heldout11"]
check_crlf, check_relative_days = heldout17["check_crlf"], heldout17["check_relative_days"]
check_date_order, check_people = heldout17["check_date_order"], heldout17["check_people"]
all_texts, golds, T2S = heldout17["all_texts"], heldout17["golds"], heldout17["T2S"]
flat = heldout15["flat"]


def check_parties(root: pathlib.Path) -> int:
    problems = 0
    for doc, g in golds(root):
        regions = {(r["name"], r["level"]) for r in g["regions"]}
        groups = [("event", (g["event"] or {}).get("parties", []))]
        groups += [(a["title"], a["parties"]) for a in g["agreements"]]
        for where, parties in groups:
            for p in parties:
                if (p["name"], p["level"]) not in regions:
                    print(f"{doc}: party {p['name']} ({where}) is no gold region of that level")
                    problems += 1
    return problems


def check_written(root: pathlib.Path) -> int:
    problems = 0
    arts = all_texts(root)[0]
    for doc, g in golds(root):
        text = flat(arts.get(doc, ("",))[0])
        for a in g["agreements"]:
            if "《" + re.sub(r"\s+", "", a["title"]) + "》" not in text:
                print(f"{doc}: agreement 《{a['title']}》 is not written in 《》")
                problems += 1
        for o in g["officials"]:
            for w in [o["name"], *o["titles"]]:
                if w not in text:
                    print(f"{doc}: official {o['name']}: {w!r} is not written")
                    problems += 1
        for s in g["staff"]:
            if s["name"] not in text:
                print(f"{doc}: staff {s['name']} is not written")
                problems += 1
        both = {o["name"] for o in g["officials"]} & {s["name"] for s in g["staff"]}
        for n in sorted(both):
            print(f"{doc}: {n} is both an official and staff")
            problems += 1
    return problems


def check_days(root: pathlib.Path) -> int:
    problems = 0
    for doc, g in golds(root):
        before = None
        for d in g["dates"]:
            if d["text"].startswith("次日") and before:
                want = (datetime.date.fromisoformat(before["end"]) + datetime.timedelta(days=1)).isoformat()
                if d["start"] != want:
                    print(f"{doc}: 次日 is {want}, gold says {d['start']}")
                    problems += 1
            m = re.match(r"(\d+)日", d["text"])
            if m and int(d["start"][8:]) != int(m.group(1)):
                print(f"{doc}: {d['text']} has day {m.group(1)}, gold says {d['start']}")
                problems += 1
            before = d
    return problems


def check_script(root: pathlib.Path) -> int:
    problems = 0
    if not T2S:
        return 0
    arts = all_texts(root)[0]
    for doc, g in golds(root):
        text = arts.get(doc, ("",))[0]
        # a few characters OpenCC maps in Simplified text too (乾安县 → 干安县) are not Traditional
        trad = sum(a != b for a, b in zip(T2S(text), text, strict=False)) > 3
        if trad != (g["script"] == "traditional"):
            print(f"{doc}: script {g['script']} does not fit the text")
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
        ("parties", check_parties),
        ("written", check_written),
        ("days", check_days),
        ("script", check_script),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
