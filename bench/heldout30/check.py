"""Check heldout30's gold with the checks of heldout15 (and so of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py), as heldout17's checker does, plus checks of this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page in the
charset its `<meta>` names, reduced to its visible text; the rows of `collection.jsonl` by heldout13's
`rows()`).  The checks: those of ``check_gold.check`` (the same 600–2600 length bound), every gold
``publish_date`` written on the page or in the row, the event's days among the gold dates, heldout12's
line-ending check, heldout17's relative days (`昨（15）日`, `前日`, `今（9）日`, `明（10）日`, `本月20日`),
heldout17's date order and its people check (no official in a credit line), and here:

- heldout10's forms of a written publish date are widened with the Republic-of-China forms Taiwan
  pages use and heldout10 does not know: `95.05.12` and a year in Chinese numerals
  (`九十七年十一月五日`, `一○五年三月八日`);
- every party of the event and of each agreement is also a gold region item, with the same level;
- every Taiwan county named before its change (`台北县`, `台中县`, `高雄县` before December 2010,
  `桃园县` before December 2014) is only in gold records of years before that change.

usage: python3 bench/heldout30/check.py [SET_DIR]   (OpenCC needed for the Traditional articles)
"""

import datetime
import pathlib
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
# heldout17's checker, run as a module (not as __main__): heldout15's readers and the checks it reuses.
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout15 = heldout17["heldout15"]
heldout10, heldout11, check_crlf = heldout17["heldout10"], heldout17["heldout11"], heldout17["check_crlf"]
check_relative_days, check_date_order = heldout17["check_relative_days"], heldout17["check_date_order"]
check_people, golds = heldout17["check_people"], heldout17["golds"]

DIGITS = "○一二三四五六七八九"


def chinese_number(n: int, positional: bool) -> str:
    """`97` → 九十七 (or 九七 positional), `105` → 一○五, `11` → 十一, `5` → 五."""
    if positional or n >= 100:
        return "".join(DIGITS[int(c)] for c in str(n))
    tens, ones = divmod(n, 10)
    return ("" if tens == 0 else ("十" if tens == 1 else DIGITS[tens] + "十")) + ("" if ones == 0 else DIGITS[ones])


heldout10_written_forms = heldout10.written_forms


def written_forms(iso: str) -> list[str]:
    """heldout10's forms and the ROC forms: `95.05.12`, `九十七年十一月五日`, `一○五年三月八日`."""
    d = datetime.date.fromisoformat(iso)
    roc = d.year - 1911
    m, dd = chinese_number(d.month, False), chinese_number(d.day, False)
    return [
        *heldout10_written_forms(iso),
        f"{roc}.{d.month:02}.{d.day:02}",
        f"{chinese_number(roc, False)}年{m}月{dd}日",
        f"{chinese_number(roc, True)}年{m}月{dd}日",
    ]


heldout10.written_forms = written_forms


def check_parties(root: pathlib.Path) -> int:
    """Each party (event's and agreements') is a region item of the same level."""
    problems = 0
    for doc, g in golds(root):
        regions = {(r["name"], r["level"]) for r in g["regions"]}
        lists = [(g["event"] or {}).get("parties") or []] + [a["parties"] for a in g["agreements"]]
        for party in (p for ps in lists for p in ps):
            if (party["name"], party["level"]) not in regions:
                print(f"{doc}: party {party['name']} ({party['level']}) is not a region item")
                problems += 1
    return problems


CHANGED = {"台北县": 2010, "台中县": 2010, "高雄县": 2010, "台南县": 2010, "桃园县": 2014}


def check_taiwan_units(root: pathlib.Path) -> int:
    """A Taiwan county merged or upgraded later appears only in records dated before the change (the
    year from the publish date, else the event's start)."""
    problems = 0
    for doc, g in golds(root):
        when = g["publish_date"] or (g["event"] or {}).get("start") or ""
        year = int(when[:4]) if when else None
        for r in g["regions"]:
            if r["name"] in CHANGED and (year is None or year > CHANGED[r["name"]]):
                print(f"{doc}: {r['name']} in a record of {year}")
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
        ("Taiwan units", check_taiwan_units),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
