"""Check heldout39's gold with the checks of heldout15 (and so of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py), as heldout17's checker runs them, plus checks of this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page — or a
`.txt` that starts like one — in the charset its `<meta>` names, reduced to its visible text; the rows
of `collection.jsonl` by heldout13's `rows()`).  The checks: those of ``check_gold.check`` (the same
600–2600 length bound), every gold ``publish_date`` written on the page or in the row, the event's days
among the gold dates, heldout12's line-ending check, heldout15's relative days (`昨天`, `昨日`,
`昨（21）日`, `前天`, `前日`, `上周五`, `本月2日`) with heldout17's reading of `今（11）日`/`明（12）日`,
heldout17's date order and people checks (credit labels here with `摄影` and `摄` too), and here:

- `翌日`/`次日` in the gold is the day after the last day-granularity gold date listed before it;
- a gold date written with a 民國 year — `98-03-06` (a two- or three-digit year before a month and
  day), `民国九十六年十二月`, `中华民国九十九年七月八日` — has the Gregorian year (民國 + 1911), and its
  month (and day) as written;
- the event's `parties` and each agreement's `parties` are annotated on every gold record (the key
  is there), and a document whose action is `mentioned` or `discussed` has no parties.

usage: python3 bench/heldout39/check.py [SET_DIR]   (OpenCC needed for the Traditional articles)
"""

import datetime
import pathlib
import re
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
# heldout17's checker, run as a module (not as __main__): heldout15's readers and checks, with its wider
# reading of relative days and its date-order and people checks.
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout15, heldout11 = heldout17["heldout15"], heldout17["heldout11"]
check_crlf, check_relative_days = heldout17["check_crlf"], heldout17["check_relative_days"]
check_date_order, check_people, golds = heldout17["check_date_order"], heldout17["check_people"], heldout17["golds"]

DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}
DIGITS["零"] = 0


def cn_number(s: str) -> int:
    """A Chinese numeral up to 999 (`九十九`, `十二`, `一百零一`) or Arabic digits."""
    if s.isdigit():
        return int(s)
    total, cur = 0, 0
    for ch in s:
        if ch == "百":
            total += (cur or 1) * 100
            cur = 0
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        else:
            cur = DIGITS[ch]
    return total + cur


NUM = r"[〇零一二三四五六七八九十百\d]+"
ROC_WORDS = re.compile(rf"(?:中华)?民国({NUM})年({NUM})月(?:({NUM})日)?")
ROC_DIGITS = re.compile(r"^(\d{2,3})-(\d{2})-(\d{2})$")


def check_roc(root: pathlib.Path) -> int:
    problems = 0
    for doc, g in golds(root):
        for d in g["dates"]:
            m = ROC_WORDS.search(d["text"]) or ROC_DIGITS.match(d["text"])
            if not m:
                continue
            year, month = cn_number(m.group(1)) + 1911, cn_number(m.group(2))
            day = cn_number(m.group(3)) if m.group(3) else None
            start = datetime.date.fromisoformat(d["start"])
            if (start.year, start.month) != (year, month) or (day is not None and start.day != day):
                written = f"{year}-{month:02}" + (f"-{day:02}" if day else "")
                print(f"{doc}: {d['text']} is {written}, gold says {d['start']}")
                problems += 1
    return problems


def check_next_day(root: pathlib.Path) -> int:
    problems = 0
    for doc, g in golds(root):
        last = None
        for d in g["dates"]:
            if d["text"] in ("翌日", "次日"):
                want = last + datetime.timedelta(days=1) if last else None
                if want is None or d["start"] != want.isoformat() or d["end"] != d["start"]:
                    print(f"{doc}: {d['text']} should be {want}, gold says {d['start']}..{d['end']}")
                    problems += 1
            if d["granularity"] == "day":
                last = datetime.date.fromisoformat(d["end"])
    return problems


def check_parties_present(root: pathlib.Path) -> int:
    problems = 0
    for doc, g in golds(root):
        if g["event"] is not None and "parties" not in g["event"]:
            print(f"{doc}: event without parties")
            problems += 1
        for a in g["agreements"]:
            if "parties" not in a:
                print(f"{doc}: {a['title']} without parties")
                problems += 1
            elif a["action"] in ("mentioned", "discussed") and a["parties"]:
                print(f"{doc}: {a['title']} is {a['action']} but has parties")
                problems += 1
    return problems


def check_people_here(root: pathlib.Path) -> int:
    return check_people(root, labels=("记者", "通讯员", "作者", "编辑", "责任编辑", "审核", "校对", "摄影"))


if __name__ == "__main__":
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    arts, written = heldout15["rows_and_pages"](ROOT)
    extra = (
        ("line endings", check_crlf),
        ("relative days", check_relative_days),
        ("date order", check_date_order),
        ("people", check_people_here),
        ("民國 years", check_roc),
        ("next days", check_next_day),
        ("parties", check_parties_present),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
