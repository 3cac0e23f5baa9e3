"""Check heldout29's gold with the checks of heldout15 (and so of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py), as heldout17's checker runs them, plus checks of this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page in the
charset its `<meta>` names, reduced to its visible text; the rows of `collection.jsonl` by heldout13's
`rows()`).  The checks: those of ``check_gold.check``, every gold ``publish_date`` written on the page or
in the row, the event's days among the gold dates, heldout12's line-ending check, heldout15's relative
days (`昨天`, `昨日`, `前天`, `上周五`, `本月16日`; through heldout17's reading also `今（N）日`), heldout17's
date order and people checks, and here:

- sides: every party of the event and of each agreement is a gold region with the same level, and a
  document with action `mentioned` has no parties;
- `次日` and `下月N日`: a gold date whose text is `次日` is the day after the day-granularity gold date
  listed before it; one whose text starts `下月N日` lies in the month after the publish date;
- the event's location is null only where the text says the event was held abroad (`当地时间`); there,
  and only there, check_gold's "event location … not among regions" is passed over (an event held
  abroad has no canonical location; heldout24 avoided the case for that reason).

usage: python3 bench/heldout29/check.py [SET_DIR]   (OpenCC needed for the Traditional articles)
"""

import datetime
import json
import pathlib
import re
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
# heldout17's checker, run as a module: heldout15's readers and checks, with heldout17's wider reading
# of relative days and its date-order and people checks.
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout15, heldout11 = heldout17["heldout15"], heldout17["heldout11"]
check_crlf, check_relative_days = heldout17["check_crlf"], heldout17["check_relative_days"]
check_date_order, check_people = heldout17["check_date_order"], heldout17["check_people"]
all_texts, T2S = heldout17["all_texts"], heldout17["T2S"]


check_gold = heldout15["heldout10"].check_gold
_err = check_gold.err


def err(doc, msg):
    """check_gold's err, passing over a null event location where the text says the event was held
    abroad (`当地时间`): such an event has no canonical location in China; check_abroad below checks
    that the null stands exactly where the text is a report from abroad."""
    if msg == "event location None not among regions" and doc in ABROAD:
        return
    _err(doc, msg)


check_gold.check.__globals__["err"] = err
ABROAD: set = set()


def golds(root: pathlib.Path):
    for gp in sorted((root / "gold").glob("*.json")):
        yield gp.stem, json.loads(gp.read_text(encoding="utf-8"))


def check_sides(root: pathlib.Path) -> int:
    problems = 0
    for doc, g in golds(root):
        regions = {r["name"]: r["level"] for r in g["regions"]}
        groups = [("event", (g["event"] or {}).get("parties") or [])]
        for a in g["agreements"]:
            groups.append((a["title"], a["parties"]))
            if a["action"] == "mentioned" and a["parties"]:
                print(f"{doc}: {a['title']} is only mentioned but has parties")
                problems += 1
        for what, parties in groups:
            for p in parties:
                if regions.get(p["name"]) != p["level"]:
                    print(f"{doc}: party {p['name']} ({p['level']}) of {what} is not a gold region of that level")
                    problems += 1
    return problems


def check_following_days(root: pathlib.Path) -> int:
    problems = 0
    for doc, g in golds(root):
        prev = None
        for d in g["dates"]:
            if d["text"] == "次日":
                want = (datetime.date.fromisoformat(prev) + datetime.timedelta(days=1)).isoformat() if prev else None
                if (d["start"], d["end"]) != (want, want):
                    print(f"{doc}: 次日 is {want}, gold says {d['start']}..{d['end']}")
                    problems += 1
            m = re.match(r"下月(\d+)日", d["text"])
            if m and g["publish_date"]:
                pub = datetime.date.fromisoformat(g["publish_date"])
                nxt = (pub.replace(day=1) + datetime.timedelta(days=32)).replace(day=int(m.group(1)))
                if d["start"] != nxt.isoformat():
                    print(f"{doc}: {d['text']} starts {nxt}, gold says {d['start']}")
                    problems += 1
            if d["granularity"] == "day":
                prev = d["end"] if d["start"] == d["end"] else d["start"]
    return problems


def check_abroad(root: pathlib.Path) -> int:
    problems = 0
    arts = all_texts(root)[0]
    for doc, g in golds(root):
        if not g["event"]:
            continue
        text = arts.get(doc, ("",))[0]
        abroad = "当地时间" in (T2S(text) if T2S else text)
        if (g["event"]["location"] is None) != abroad:
            print(f"{doc}: event location {g['event']['location']!r} but abroad={abroad}")
            problems += 1
    return problems


if __name__ == "__main__":
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    arts, written = heldout15["rows_and_pages"](ROOT)
    texts = all_texts(ROOT)[0]
    ABROAD.update(d for d, (t, *_rest) in texts.items() if "当地时间" in (T2S(t) if T2S else t))
    extra = (
        ("line endings", check_crlf),
        ("relative days", check_relative_days),
        ("date order", check_date_order),
        ("people", check_people),
        ("sides", check_sides),
        ("following days", check_following_days),
        ("abroad", check_abroad),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
