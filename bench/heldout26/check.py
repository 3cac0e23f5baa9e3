"""Check heldout26's gold with the checks of heldout15 (and so of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py), as heldout17's checker runs them, plus checks of this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page in the
charset its `<meta>` names — 02 is GBK — reduced to its visible text; the rows of `collection.jsonl` by
heldout13's `rows()`).  The checks: those of ``check_gold.check`` (the same 600–2600 length bound),
every gold ``publish_date`` written on the page or in the row, the event's days among the gold dates,
heldout12's line-ending check, heldout15's relative days with heldout17's reading of `今（23）日`,
the dates in text order and no official named in a credit line (heldout17's two checks), and here:

- zones: no gold region is written under an alias of `shared/spec/zone_aliases.tsv` (the gold holds
  the canonical name), and every `zone` item's name is one this set's README accounts for;
- parties: an agreement signed, adopted or released has parties; one only mentioned or discussed has
  none; every event has parties;
- months: a `month` date runs from the month's first day to its last, a `day` date is one day.

usage: python3 bench/heldout26/check.py [SET_DIR]   (OpenCC needed for the Traditional article)
"""

import calendar
import datetime
import pathlib
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
# heldout17's checker, run as a module (not as __main__): heldout15's readers and checks, with its own
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout15, heldout11 = heldout17["heldout15"], heldout17["heldout11"]
ALIASES = BENCH.parent.parent / "shared" / "spec" / "zone_aliases.tsv"
# the zones of this set (README, "Zones"): canonical names as the gold writes them
ZONES = {
    "鄂西北",
    "陕南",
    "湘南",
    "粤北",
    "珠江三角洲",
    "泛珠三角区域",
    "桂东南",
    "粤西",
    "粤港澳大湾区",
    "北部湾城市群",
    "南京都市圈",
    "长江三角洲",
    "江宁—博望跨界一体化发展示范区",
    "闽南",
    "粤东",
    "海峡西岸经济区",
    "武陵山片区",
    "天府新区",
    "两江新区",
    "成渝地区双城经济圈",
    "北部湾经济区",
    "珠江—西江经济带",
    "桂东",
    "陇中",
    "长吉图开发开放先导区",
    "东北地区",
    "雄安新区",
    "京津冀",
    "呼包鄂榆城市群",
    "攀西地区",
    "西部地区",
    "皖江城市带承接产业转移示范区",
    "长江经济带",
}


def aliases() -> set:
    if not ALIASES.exists():
        return set()
    rows = [line.split("\t") for line in ALIASES.read_text(encoding="utf-8").splitlines()]
    return {r[0].strip() for r in rows if len(r) > 1 and not r[0].startswith("#") and r[0].strip() != r[1].strip()}


def check_zones(root: pathlib.Path) -> int:
    problems = 0
    alias = aliases()
    for doc, g in heldout17["golds"](root):
        for r in g["regions"]:
            if r["name"] in alias:
                print(f"{doc}: region {r['name']} is an alias, not the canonical name")
                problems += 1
            if r["level"] == "zone" and r["name"] not in ZONES:
                print(f"{doc}: zone {r['name']} is not among this set's zones")
                problems += 1
            if r["level"] != "zone" and r["name"] in ZONES:
                print(f"{doc}: {r['name']} is a zone, gold says {r['level']}")
                problems += 1
    return problems


def check_parties(root: pathlib.Path) -> int:
    problems = 0
    for doc, g in heldout17["golds"](root):
        if g["event"] is not None and not g["event"].get("parties"):
            print(f"{doc}: the event has no parties")
            problems += 1
        for a in g["agreements"]:
            acted = a["action"] in ("signed", "adopted", "released")
            if acted != bool(a.get("parties")):
                print(f"{doc}: {a['title']} ({a['action']}) has parties {a.get('parties')}")
                problems += 1
    return problems


def check_spans(root: pathlib.Path) -> int:
    problems = 0
    for doc, g in heldout17["golds"](root):
        for d in g["dates"]:
            s, e = datetime.date.fromisoformat(d["start"]), datetime.date.fromisoformat(d["end"])
            if d["granularity"] == "month":
                last = calendar.monthrange(s.year, s.month)[1]
                ok = s.day == 1 and (e.year, e.month, e.day) == (s.year, s.month, last)
            else:
                ok = s <= e
            if not ok:
                print(f"{doc}: date {d['text']} {d['start']}..{d['end']} ({d['granularity']})")
                problems += 1
    return problems


if __name__ == "__main__":
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    arts, written = heldout15["rows_and_pages"](ROOT)
    extra = (
        ("line endings", heldout17["check_crlf"]),
        ("relative days", heldout17["check_relative_days"]),
        ("date order", heldout17["check_date_order"]),
        ("people", heldout17["check_people"]),
        ("zones", check_zones),
        ("parties", check_parties),
        ("date spans", check_spans),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
