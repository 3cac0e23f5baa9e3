"""Check heldout23's gold with the checks of heldout15 (and so of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py), plus checks of this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page in the
charset its `<meta>` names, reduced to its visible text; the rows of `collection.jsonl` by heldout13's
`rows()`).  The checks: those of ``check_gold.check`` (the same 600–2600 length bound), every gold
``publish_date`` written on the page or in the row, the event's days among the gold dates, heldout12's
line-ending check, heldout15's relative days (`昨天`, `昨日`, `前天`, `前日`, `本月21日`), and, as in
heldout17:

- relative days in the page's own digits, `明（30）日`: the digits are the day the publish date gives;
- the gold dates are listed in text order;
- no official is named in a credit line of the page (`记者 X`, `编辑：X`, `校对：X`).

Added here:

- every party (of the event and of each agreement) is a region item of the same level, and a unit of
  this set's theme is given the name and level it had at the article's time (`RENAMED` below: a unit
  renamed, merged or re-levelled later must appear under its old name, never the new one, in an article
  written before the change);
- a gold date with `year_certain: false` only where the article has no publish date.

usage: python3 bench/heldout23/check.py [SET_DIR]   (OpenCC needed for the Traditional articles)
"""

import pathlib
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
# heldout17's checker, run as a module (not as __main__): heldout15's readers and checks as heldout17
# widens them (relative days in the page's own digits), its gold reader and its credit-line check.
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout15 = heldout17["heldout15"]
heldout13, heldout11 = heldout15["heldout13"], heldout15["heldout11"]
heldout10, check_crlf = heldout15["heldout10"], heldout15["check_crlf"]
check_relative_days = heldout15["check_relative_days"]
T2S = heldout10.check_gold.T2S
all_texts, check_date_order = heldout15["all_texts"], heldout15["check_date_order"]
relative_day, golds, check_people = heldout17["relative_day"], heldout17["golds"], heldout17["check_people"]


# unit as named then -> (the later name, the year of the change): an article of an earlier year must
# not use the later name
RENAMED = {
    "增城市": ("增城区", 2014), "铜仁地区": ("铜仁市", 2011), "万山特区": ("万山区", 2011),
    "惠阳市": ("惠阳区", 2003), "新会市": ("新会区", 2002), "台南县": ("台南市", 2010),
    "台北县": ("新北市", 2010), "闸北区": ("静安区", 2015), "莆田县": ("秀屿区", 2002),
    "黔江地区": ("黔江区", 2000), "塘沽区": ("滨海新区", 2009), "汉沽区": ("滨海新区", 2009),
    "大港区": ("滨海新区", 2009),
}

# names that did not exist before the year given (the later names above that were not already in use)
NEW_NAMES = {"增城区": 2014, "万山区": 2011, "惠阳区": 2003, "新会区": 2002, "新北市": 2010,
             "秀屿区": 2002, "黔江区": 2000}


def check_parties_and_names(root: pathlib.Path) -> int:
    problems = 0
    for doc, g in golds(root):
        levels = {r["name"]: r["level"] for r in g["regions"]}
        year = int((g["publish_date"] or (g["event"] or {}).get("start") or "0000")[:4])
        items = ([("event", g["event"])] if g["event"] else []) + [(a["title"], a) for a in g["agreements"]]
        for what, item in items:
            for p in item.get("parties", []):
                if levels.get(p["name"]) != p["level"]:
                    print(f"{doc}: party {p['name']} of {what} is not a region of level {p['level']}")
                    problems += 1
        for old, (new, changed) in RENAMED.items():
            if old in levels and year >= changed and not (old == "台北县" and new in levels):
                print(f"{doc}: {old} in a {year} article (it became {new} in {changed})")
                problems += 1
            if old in levels and levels.get(new) == levels[old] and new not in {"台南市", "新北市"}:
                print(f"{doc}: both {old} and {new}")
                problems += 1
        for new, born in NEW_NAMES.items():
            if new in levels and year and year < born:
                print(f"{doc}: {new} in a {year} article (named so only from {born})")
                problems += 1
        for d in g["dates"]:
            if d["year_certain"] is False and g["publish_date"]:
                print(f"{doc}: {d['text']} has year_certain false though the page has a publish date")
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
        ("parties and names", check_parties_and_names),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
