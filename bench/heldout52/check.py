"""Check heldout52's gold with the checks of heldout15 (and so of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py), as heldout17's checker runs them, plus checks of this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page — or a
`.txt` that starts like one — in the charset its `<meta>` names, reduced to its visible text; the rows
of `collection.jsonl` by heldout13's `rows()`).  The checks: those of ``check_gold.check``, every gold
``publish_date`` written on the page or in the row, the event's days among the gold dates, heldout12's
line-ending check, heldout15's relative days with heldout17's reading of `今（10）日`, heldout17's date
order and credited people, and here:

- `次日` is the day after the gold date listed just before it that is a single day (`17日下午` → `次日`);
- every party of the event and of each agreement is also a region item with the same level;
- the article text (headline to last credit, visible text, no white space) is 450–650 characters
  for the set's own pages: the whole visible page less its furniture is not measured, only bounded by
  check_gold.

usage: python3 bench/heldout52/check.py [SET_DIR]   (OpenCC needed for the Traditional articles)
"""

import datetime
import pathlib
import re
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
# heldout17's checker as a module: it runs heldout15's (patching its relative days with `今（N）日`).
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout15, heldout11 = heldout17["heldout15"], heldout17["heldout11"]
check_crlf, check_relative_days = heldout17["check_crlf"], heldout17["check_relative_days"]
check_date_order, check_people, golds = heldout17["check_date_order"], heldout17["check_people"], heldout17["golds"]


def check_next_day(root: pathlib.Path) -> int:
    """`次日` is the day after the single-day gold date listed before it."""
    problems = 0
    for doc_id, g in golds(root):
        last = None
        for d in g["dates"]:
            if d["text"].startswith("次日"):
                want = (datetime.date.fromisoformat(last) + datetime.timedelta(days=1)).isoformat() if last else None
                if (d["start"], d["end"]) != (want, want):
                    print(f"{doc_id}: 次日 is {want}, gold says {d['start']}..{d['end']}")
                    problems += 1
            if d["granularity"] == "day" and d["start"] == d["end"]:
                last = d["start"]
    return problems


def check_parties(root: pathlib.Path) -> int:
    """Every party (event, agreements) is a region item of the same level."""
    problems = 0
    for doc_id, g in golds(root):
        regions = {r["name"]: r["level"] for r in g["regions"]}
        lists = [g["event"]["parties"]] if g["event"] else []
        lists += [a["parties"] for a in g["agreements"]]
        for parties in lists:
            for p in parties:
                if regions.get(p["name"]) != p["level"]:
                    print(f"{doc_id}: party {p['name']} ({p['level']}) is not a region item of that level")
                    problems += 1
    return problems


# where the page's furniture starts after the last credit (the set's pages: lists of other stories,
# share and comment bars, footers)
FURNITURE = ("上一篇", "相关", "即时新闻", "热门新闻", "往期推荐", "阅读", "【打印", "【关闭", "分享到", "网友评论",
             "版权所有", "南平新闻网版权")


def article_span(text: str, g: dict) -> tuple[int, int]:
    """The article text's span in the flat page: from the headline (the gold title) to the last sentence or
    credit before the furniture that follows the last gold item."""
    title = re.sub(r"\s+", "", g["title"] or "")
    start = max(text.find(title), 0) if title else 0
    items = [s["name"] for s in g["staff"]] + [a["title"] for a in g["agreements"]] + [d["text"] for d in g["dates"]]
    ends = [text.rfind(x) + len(x) for x in (re.sub(r"\s+", "", i) for i in items) if x in text]
    last = max([*ends, start])
    cut = min([*(i for i in (text.find(m, last) for m in FURNITURE) if i >= 0), len(text)])
    end = max(text.rfind(c, last, cut) for c in "。）)") + 1
    return start, max(end, last)


def check_lengths(root: pathlib.Path, low: int = 450, high: int = 650) -> int:
    """Article text (headline to last credit, without white space) of 450–650 characters."""
    problems = 0
    arts = heldout15["all_texts"](root)[0]
    for doc_id, g in golds(root):
        text = heldout15["flat"](arts.get(doc_id, ("",))[0])
        start, end = article_span(text, g)
        if not low <= end - start <= high:
            print(f"{doc_id}: article text {end - start} characters, not {low}–{high}")
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
        ("next days", check_next_day),
        ("parties", check_parties),
        ("lengths", check_lengths),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
