"""Check heldout54's gold with heldout17's checks (and so heldout15's, heldout13's, heldout12's, heldout11's,
heldout10's and bench/heldout/check_gold.py's), plus checks of this set's own.

This file is heldout17's checker with two checks added. Pages are read as heldout15 reads them (`.txt` as
UTF-8, else Big5, else GBK; a `.html` page in the charset its `<meta>` names — 01 is GBK — reduced to its
visible text; the rows of `collection.jsonl` by heldout13's `rows()`).  The checks: those of
``check_gold.check`` (the 600–2600 length bound), every gold ``publish_date`` written on the page or in
the row, the event's days among the gold dates, heldout12's line-ending check, heldout15's relative days
(`昨天`, `前天`, `上周五`, `本月24日`, `昨（7）日`) with heldout17's reading of `今（N）日`/`明（N）日`,
the gold dates in text order, no official named in a credit line, and here:

- parties: every party of the event and of each agreement is a gold region item with the same level, and a
  document only mentioned or discussed has parties `[]`;
- `次日` and `当天`: `次日` is the day after the day-date listed before it, `当天` the start of the date
  listed before it.

usage: python3 bench/heldout54/check.py [SET_DIR]   (OpenCC needed for the Traditional articles)
"""

import datetime
import json
import pathlib
import re
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
# heldout15's checker, run as a module (not as __main__): its readers and the checks it reuses.
heldout15 = runpy.run_path(str(BENCH / "heldout15" / "check.py"))
heldout13, heldout11 = heldout15["heldout13"], heldout15["heldout11"]
heldout10, check_crlf = heldout15["heldout10"], heldout15["check_crlf"]
check_relative_days = heldout15["check_relative_days"]
T2S = heldout10.check_gold.T2S


all_texts, check_date_order = heldout15["all_texts"], heldout15["check_date_order"]


def relative_day(text: str, published: datetime.date) -> datetime.date | None:
    """heldout15's relative days, and a day in the page's own digits: `今（11）日` is the publish date,
    `明（12）日` the day after; digits that are not that day give the day they name, so the gold's day
    (the publish date's) cannot match it and the check reports it."""
    m = re.match(r"(今|明)（(\d+)）日", text)
    if not m:
        return heldout15_relative_day(text, published)
    day = published + datetime.timedelta(days=1 if m.group(1) == "明" else 0)
    return day if int(m.group(2)) == day.day else day.replace(day=int(m.group(2)))


# heldout15's check of relative days, run with this set's wider reading of them
heldout15_relative_day = check_relative_days.__globals__["relative_day"]
check_relative_days.__globals__["relative_day"] = relative_day


def golds(root: pathlib.Path):
    """(doc_id, gold record) for each gold file of the set, in name order."""
    for gp in sorted((root / "gold").glob("*.json")):
        yield gp.stem, json.loads(gp.read_text(encoding="utf-8"))


CREDIT_LABELS = ("记者", "通讯员", "作者", "编辑", "责任编辑", "审核", "校对")


def check_people(root: pathlib.Path, labels: tuple[str, ...] = CREDIT_LABELS) -> int:
    """No official is also named in a credit line of the page (a journalist or an editor); ``labels``:
    the credit labels read (a set may add its own: 监制, 摄影)."""
    problems = 0
    arts = all_texts(root)[0]
    credit = re.compile(rf"({'|'.join(labels)})[：:\s]*([^\s（）()：:　，。]{{2,12}})")
    for gp in sorted((root / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        text = T2S(arts.get(gp.stem, ("",))[0]) if T2S else arts.get(gp.stem, ("",))[0]
        credited = {m.group(2) for m in credit.finditer(text)}
        for o in g["officials"]:
            if o["name"] in credited:
                print(f"{gp.stem}: official {o['name']} is named in a credit")
                problems += 1
    return problems


def check_parties(root: pathlib.Path) -> int:
    """Each party is a region item of the same level; mentioned/discussed documents have no parties."""
    problems = 0
    for doc, g in golds(root):
        regions = {(r["name"], r["level"]) for r in g["regions"]}
        groups = [("event", (g.get("event") or {}).get("parties") or [])]
        groups += [(a["title"], a["parties"]) for a in g["agreements"]]
        for what, parties in groups:
            for x in parties:
                if (x["name"], x["level"]) not in regions:
                    print(f"{doc}: party {x['name']} ({x['level']}) of {what} is not a region item")
                    problems += 1
        for a in g["agreements"]:
            if a["action"] in ("mentioned", "discussed") and a["parties"]:
                print(f"{doc}: {a['title']} is {a['action']} but has parties")
                problems += 1
    return problems


def check_next_day(root: pathlib.Path) -> int:
    """`次日` is the day after the date listed before it; `当天` is that date's start."""
    problems = 0
    for doc, g in golds(root):
        for before, d in zip(g["dates"], g["dates"][1:], strict=False):
            start = datetime.date.fromisoformat(before["start"])
            if d["text"].startswith("次日"):
                want = start + datetime.timedelta(days=1)
                if before["start"] != before["end"]:
                    want = datetime.date.fromisoformat(before["end"]) + datetime.timedelta(days=1)
            elif d["text"].startswith("当天"):
                want = start
            else:
                continue
            if (d["start"], d["end"]) != (want.isoformat(), want.isoformat()):
                print(f"{doc}: {d['text']} should be {want}, gold says {d['start']}..{d['end']}")
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
        ("next day", check_next_day),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
