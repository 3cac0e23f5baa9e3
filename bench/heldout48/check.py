"""Check heldout48's gold with heldout15's checks (and so those of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py), as heldout17's checker runs them, plus checks of this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page in the
charset its `<meta>` names, reduced to its visible text; the rows of `collection.jsonl` by heldout13's
`rows()`).  The checks: those of ``check_gold.check`` (the 600–2600 length bound), every gold
``publish_date`` written on the page or in the row, the event's days among the gold dates, heldout12's
line-ending check, heldout15's relative days (read with heldout17's wider reading: `今（11）日`), and from
heldout17 the date order and the credit lines (no official named as `记者 X`, `编辑：X`, `审核：X`). Here:

- national organs are guests, never parties: no event or agreement party, and no region, is a ministry,
  a commission or another central organ (`部`, `委`, `总署`, `国家…局`, `联络办公室`), and every
  official whose titles start with one of them (`国家发展改革委…`, `商务部…`, `海关总署…`) is a guest
  of a meeting whose parties are all places named in the gold's regions;
- `次日` is the day after the date listed before it (the same year certainty);
- an agreement signed only by enterprises, banks, universities or associations (here: the ones this
  set marks so) has parties `[]`, and a document only mentioned or discussed has `[]`.

usage: python3 bench/heldout48/check.py [SET_DIR]   (OpenCC needed for the Traditional article)
"""

import datetime
import pathlib
import re
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
# heldout17's checker, run as a module: heldout15's checks with its wider reading of relative days.
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout15, heldout11 = heldout17["heldout15"], heldout17["heldout11"]
check_crlf, check_relative_days = heldout17["check_crlf"], heldout17["check_relative_days"]
check_date_order, check_people = heldout17["check_date_order"], heldout17["check_people"]
golds = heldout17["golds"]

CENTRAL = re.compile(r"^(国家|商务部|水利部|外交部|科技部|交通运输部|海关总署|中央|文化和旅游部|国务院)")
NOT_PLACE = re.compile(r"(部|委员会|发展改革委|总署|局|办公室|银行|大学|集团|商会|工商联)$")
# agreements this set marks as signed by enterprises, banks, universities or associations only
NON_GOVERNMENT = {
    "苏区振兴人才培养合作协议", "赣龙两地民营企业合作倡议", "海铁联运战略合作协议", "浙商助力吉林振兴合作备忘录",
    "川港商会合作协议", "跨境金融服务合作协议", "邕北商会合作备忘录", "铁海联运班列运营合作协议",
}


def check_guests(root: pathlib.Path) -> int:
    problems = 0
    for doc, g in golds(root):
        names = [r["name"] for r in g["regions"]]
        parties = [p["name"] for p in (g["event"] or {}).get("parties", [])]
        for a in g["agreements"]:
            parties += [p["name"] for p in a["parties"]]
        for n in names + parties:
            if NOT_PLACE.search(n) and not n.endswith(("市", "县", "区", "州", "省")):
                print(f"{doc}: {n} is an organ, not a place")
                problems += 1
        for o in g["officials"]:
            if any(CENTRAL.match(t) for t in o["titles"]) and o["name"] in parties:
                print(f"{doc}: central official {o['name']} among parties")
                problems += 1
        if g["event"] and not g["event"].get("parties"):
            print(f"{doc}: the event has no parties")
            problems += 1
    return problems


def check_next_day(root: pathlib.Path) -> int:
    problems = 0
    for doc, g in golds(root):
        for before, d in zip(g["dates"], g["dates"][1:], strict=False):
            if d["text"].startswith("次日"):
                day = datetime.date.fromisoformat(before["start"]) + datetime.timedelta(days=1)
                if (d["start"], d["year_certain"]) != (day.isoformat(), before["year_certain"]):
                    print(f"{doc}: 次日 is {day}, gold says {d['start']}")
                    problems += 1
    return problems


def check_empty_parties(root: pathlib.Path) -> int:
    problems = 0
    for doc, g in golds(root):
        for a in g["agreements"]:
            if (a["title"] in NON_GOVERNMENT or a["action"] in {"mentioned", "discussed"}) and a["parties"]:
                print(f"{doc}: {a['title']} should have parties []")
                problems += 1
            done = a["action"] in {"signed", "adopted", "released"}
            if a["title"] not in NON_GOVERNMENT and done and not a["parties"]:
                print(f"{doc}: {a['title']} is done by governments but has no parties")
                problems += 1
    return problems


if __name__ == "__main__":
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    arts, written = heldout15["rows_and_pages"](ROOT)
    extra = (
        ("line endings", check_crlf),
        ("relative days", check_relative_days),
        ("date order", check_date_order),
        ("people", lambda root: check_people(root, heldout17["CREDIT_LABELS"] + ("摄影", "图"))),
        ("guests", check_guests),
        ("next day", check_next_day),
        ("empty parties", check_empty_parties),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
