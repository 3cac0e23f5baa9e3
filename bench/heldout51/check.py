"""Check heldout51's gold with the checks of heldout17 (and so of heldout15, heldout13, heldout12,
heldout11, heldout10 and bench/heldout/check_gold.py), plus checks of this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page in the
charset its `<meta>` names — 05 is GB2312 — reduced to its visible text; the rows of `collection.jsonl`
by heldout13's `rows()`).  The checks: those of ``check_gold.check``, every gold ``publish_date``
written on the page or in the row, the event's days among the gold dates, heldout12's line-ending
check, heldout15's relative days read as heldout17 reads them (`昨天`, `昨日`, `昨（14）日`, `前天`,
`上周五`, `本月6日`, `今（18）日`), heldout15's date order and heldout17's people check (no official
named in a credit line), and here:

- parties: every party of the event and of each agreement is also a region item of the record, with
  the same level;
- rows: the gold of each row of `collection.jsonl` is named by its `id`, and every row has a gold;
- a Traditional article (script `traditional`) is really written in Traditional characters, a
  Simplified one in Simplified (OpenCC: the text changes under t2s, resp. does not).

usage: python3 bench/heldout51/check.py [SET_DIR]   (OpenCC needed for the Traditional articles)
"""

import json
import pathlib
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
# heldout17's checker, run as a module (not as __main__): it reuses heldout15's and widens its relative days.
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout15, heldout11 = heldout17["heldout15"], heldout17["heldout11"]
check_crlf, check_relative_days = heldout17["check_crlf"], heldout17["check_relative_days"]
check_date_order, check_people, golds = heldout17["check_date_order"], heldout17["check_people"], heldout17["golds"]
all_texts, T2S = heldout17["all_texts"], heldout17["T2S"]


def check_parties(root: pathlib.Path) -> int:
    """Each party (event, agreements) is a region item of the record, at the same level."""
    problems = 0
    for doc, g in golds(root):
        regions = {(r["name"], r["level"]) for r in g["regions"]}
        groups = [("event", (g["event"] or {}).get("parties", []))]
        groups += [(f"agreement {a['title']}", a["parties"]) for a in g["agreements"]]
        for where, parties in groups:
            for p in parties:
                if (p["name"], p["level"]) not in regions:
                    print(f"{doc}: {where}: party {p['name']} ({p['level']}) is not a region item")
                    problems += 1
    return problems


def check_rows(root: pathlib.Path) -> int:
    """Every row of the collection has a gold named by its id."""
    problems = 0
    names = {gp.stem for gp in (root / "gold").glob("*.json")}
    for line in (root / "articles" / "collection.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip() and json.loads(line)["id"] not in names:
            print(f"collection.jsonl: row {json.loads(line)['id']} has no gold")
            problems += 1
    return problems


def check_script(root: pathlib.Path) -> int:
    """The gold's script agrees with the article's characters (OpenCC t2s changes a Traditional text)."""
    if not T2S:
        print("(script check skipped: no OpenCC)")
        return 0
    problems = 0
    arts = all_texts(root)[0]
    for doc, g in golds(root):
        text = arts.get(doc, ("",))[0]
        changed = sum(a != b for a, b in zip(text, T2S(text), strict=False))
        if (g["script"] == "traditional") != (changed > 10):
            print(f"{doc}: script {g['script']}, but t2s changes {changed} characters")
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
        ("rows", check_rows),
        ("script", check_script),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
