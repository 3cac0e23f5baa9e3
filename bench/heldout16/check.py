"""Check heldout16's gold with the checks of heldout15 (and so of heldout13, heldout12, heldout11, heldout10
and bench/heldout/check_gold.py), plus three checks of the days this set is about.

Pages and rows are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page, or a
`.txt` that starts like one, reduced to its visible text; the rows of `collection.jsonl` by heldout13's
`rows()`).  The checks: those of ``check_gold.check`` (the same 600–2600 length bound), every gold
``publish_date`` written on the page or in the row, the event's days among the gold dates, heldout12's
line-ending check (no `_crlf` article here), heldout15's relative days (`昨天`, `昨（16）日`, `前天`,
`上周四`, `本月2日`), and three more:

- **this week's days**: a gold date whose text is `本周X` has the day X of the publish date's week (weeks
  from Monday, as heldout14's README reads `本周三`);
- **weekdays**: a date written with its weekday (`9月25日（星期二）`, `2011年5月25日　星期三`) has a gold
  day that falls on that weekday;
- **text order**: the gold dates are listed in text order (each date's `text` is found in the normalized
  article, whitespace removed, at or after the place of the item before it).

usage: python3 bench/heldout16/check.py [SET_DIR]   (OpenCC needed for the Traditional articles)
"""

import datetime
import json
import pathlib
import re
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
# heldout15's checker, run as a module (not as __main__): its readers and checks, and through it heldout13's.
heldout15 = runpy.run_path(str(BENCH / "heldout15" / "check.py"))
heldout13, heldout11, heldout10 = heldout15["heldout13"], heldout15["heldout11"], heldout15["heldout10"]
check_gold = heldout10.check_gold
WEEKDAYS = heldout15["WEEKDAYS"]


texts, flat, check_order = heldout15["all_texts"], heldout15["flat"], heldout15["check_date_order"]


def golds(root: pathlib.Path):
    for gp in sorted((root / "gold").glob("*.json")):
        yield gp.stem, json.loads(gp.read_text(encoding="utf-8"))


def check_this_week(root: pathlib.Path) -> int:
    problems = 0
    for doc, g in golds(root):
        if not g["publish_date"]:
            continue
        published = datetime.date.fromisoformat(g["publish_date"])
        for d in g["dates"]:
            m = re.match(r"本周([一二三四五六日])", d["text"])
            if m:
                monday = published - datetime.timedelta(days=published.weekday())
                day = (monday + datetime.timedelta(days=WEEKDAYS.index(m.group(1)))).isoformat()
                if (d["start"], d["end"]) != (day, day):
                    print(f"{doc}: {d['text']} is {day}, gold says {d['start']}..{d['end']}")
                    problems += 1
    return problems


def with_texts(root: pathlib.Path):
    """(doc_id, gold, the normalized article without whitespace) for every gold file."""
    arts = texts(root)[0]
    for doc, g in golds(root):
        yield doc, g, flat(arts[doc][0])


def check_weekdays(root: pathlib.Path) -> int:
    problems = 0
    for doc, g, text in with_texts(root):
        for d in (d for d in g["dates"] if d["granularity"] == "day"):
            for m in re.finditer(re.escape(re.sub(r"\s+", "", d["text"])) + r"[（(]?星期([一二三四五六日天])", text):
                if datetime.date.fromisoformat(d["start"]).weekday() != WEEKDAYS.index(m.group(1).replace("天", "日")):
                    print(f"{doc}: {d['text']} is written as 星期{m.group(1)}, gold says {d['start']}")
                    problems += 1
    return problems


if __name__ == "__main__":
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    arts, written = texts(ROOT)
    extra = (
        ("line endings", heldout15["check_crlf"]),
        ("relative days", heldout15["check_relative_days"]),
        ("this week's days", check_this_week),
        ("weekdays", check_weekdays),
        ("date order", check_order),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
