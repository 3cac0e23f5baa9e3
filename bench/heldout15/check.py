"""Check heldout15's gold with the checks of heldout13 (and so of heldout12, heldout11, heldout10 and
bench/heldout/check_gold.py), plus a check of the relative days.

Pages are read as heldout10–13 read them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page in the
charset its `<meta>` names, reduced to its visible text), with one addition: a `.txt` that starts like a
page (`<!DOCTYPE` or `<html`: an HTML page saved as text, as the project's README says it reads one) is
reduced to its visible text too, its markup being where its publish date may be written.  The rows of
`collection.jsonl` are read by heldout13's `rows()` (text = the row's `title` and `text`; its `title`
and `source` fields count as found; everything in the row is where its publish date may be written).

The checks: those of ``check_gold.check`` (the same 600–2600 length bound), every gold ``publish_date``
written on the page or in the row, the event's days among the gold dates, heldout12's line-ending check
(no `_crlf` article here), and one more: each gold date whose text is a day relative to the publish date
(`昨天`, `昨日`, `昨（21）日`, `前天`, `上周五`, `本月2日`) has the day that the publish date gives.

usage: python3 bench/heldout15/check.py [SET_DIR]   (OpenCC needed for the Traditional article)
"""

import datetime
import json
import pathlib
import re
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
# heldout13's checker, run as a module (not as __main__): its readers, its rows() and the checks it reuses.
heldout13 = runpy.run_path(str(BENCH / "heldout13" / "check.py"))
heldout10, heldout11, check_crlf = heldout13["heldout10"], heldout13["heldout11"], heldout13["check_crlf"]
PAGE_START = re.compile(rb"^\s*(<!DOCTYPE\s+html|<html)", re.I)
WEEKDAYS = "一二三四五六日"


def pages_saved_as_text(root: pathlib.Path) -> tuple[dict, dict]:
    """doc_id → (visible text, set(), None) and doc_id → markup, for the `.txt` articles that are pages."""
    arts, written = {}, {}
    for p in sorted((root / "articles").glob("*.txt")):
        data = p.read_bytes()
        if PAGE_START.match(data):
            markup, text = heldout10.read_page(data)
            arts[p.stem], written[p.stem] = (text, set(), None), markup
    return arts, written


def relative_day(text: str, published: datetime.date) -> datetime.date | None:
    """The day a relative expression names, counted from the publish date; None for other expressions."""
    if re.match(r"(昨天|昨日|昨（\d+）日)", text):
        return published - datetime.timedelta(days=1)
    if re.match(r"(前天|前日)", text):
        return published - datetime.timedelta(days=2)
    m = re.match(r"上周([一二三四五六日])", text)
    if m:
        monday = published - datetime.timedelta(days=published.weekday() + 7)
        return monday + datetime.timedelta(days=WEEKDAYS.index(m.group(1)))
    m = re.match(r"本月(\d+)日", text)
    if m:
        return published.replace(day=int(m.group(1)))
    return None


def check_relative_days(root: pathlib.Path) -> int:
    problems = 0
    for gp in sorted((root / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        if not g["publish_date"]:
            continue
        published = datetime.date.fromisoformat(g["publish_date"])
        for d in g["dates"]:
            day = relative_day(d["text"], published)
            if day is not None and (d["start"], d["end"]) != (day.isoformat(), day.isoformat()):
                print(f"{gp.stem}: {d['text']} is {day}, gold says {d['start']}..{d['end']}")
                problems += 1
        m = re.search(r"昨（(\d+)）日", json.dumps(g["dates"], ensure_ascii=False))
        if m and int(m.group(1)) != (published - datetime.timedelta(days=1)).day:
            print(f"{gp.stem}: 昨（{m.group(1)}）日 does not fit the publish date {published}")
            problems += 1
    return problems


def rows_and_pages(root: pathlib.Path) -> tuple[dict, dict]:
    """doc_id → (text, fields also found, None) and doc_id → everything written, for the collection's
    rows (heldout13's reader) and the pages saved as `.txt` (above): what heldout11.run reads besides
    the files."""
    arts, written = heldout13["rows"](root)
    pages, markup = pages_saved_as_text(root)
    arts.update(pages)
    written.update(markup)
    return arts, written


def all_texts(root: pathlib.Path) -> tuple[dict, dict]:
    """doc_id → (text, fields also found, None) and doc_id → everything written: the files (heldout10's
    reader), the collection's rows (heldout13's) and the pages saved as `.txt` (above)."""
    arts, written = heldout10.texts(root)
    for more in (heldout13["rows"](root), pages_saved_as_text(root)):
        arts.update(more[0])
        written.update(more[1])
    return arts, written


def flat(text: str) -> str:
    """The text as check_gold compares it: pinyin readings out, Traditional → Simplified, no white space."""
    text = heldout10.check_gold.PINYIN.sub("", text)
    if heldout10.check_gold.T2S:
        text = heldout10.check_gold.T2S(text)
    return re.sub(r"\s+", "", text)


def check_date_order(root: pathlib.Path) -> int:
    """Each gold date's text is found in the article at or after the place of the date listed before it
    (used by the later sets' checkers)."""
    problems = 0
    arts = all_texts(root)[0]
    for gp in sorted((root / "gold").glob("*.json")):
        text = flat(arts.get(gp.stem, ("",))[0])
        at = 0
        for d in json.loads(gp.read_text(encoding="utf-8"))["dates"]:
            found = text.find(re.sub(r"\s+", "", d["text"]), at)
            if found < 0:
                print(f"{gp.stem}: date {d['text']!r} is not found after the date listed before it")
                problems += 1
            else:
                at = found
    return problems


if __name__ == "__main__":
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    arts, written = rows_and_pages(ROOT)
    extra = (("line endings", check_crlf), ("relative days", check_relative_days))
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
