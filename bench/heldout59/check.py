"""Check heldout59's gold (a copy of heldout17's checker, names changed) with the checks of
heldout15 (and so of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py), plus checks of this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page — or a
`.txt` that starts like one — in the charset its `<meta>` names, reduced to its visible text; the rows
of `collection.jsonl` by heldout13's `rows()`).  The checks: those of ``check_gold.check`` (the same
600–2600 length bound), every gold ``publish_date`` written on the page or in the row, the event's days
among the gold dates, heldout12's line-ending check, heldout15's relative days (`昨天`, `昨日`,
`昨（21）日`, `前天`, `上周五`, `本月2日`), and here:

- heldout15's check of relative days reads days in the page's own digits too, `今（11）日` and
  `明（12）日`: the digits are the day the publish date gives (today, tomorrow), and the gold has that day;
- the gold dates are listed in text order: each date's `text` is found in the normalized article at or
  after the place where the item before it was found;
- no official is named in a credit line of the page (`记者 X`, `编辑：X`, `校对：X`): a journalist or an
  editor is never an official.

usage: python3 bench/heldout59/check.py [SET_DIR]   (OpenCC needed for the Traditional articles)
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


if __name__ == "__main__":
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    arts, written = heldout15["rows_and_pages"](ROOT)
    extra = (
        ("line endings", check_crlf),
        ("relative days", check_relative_days),
        ("date order", check_date_order),
        ("people", check_people),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
