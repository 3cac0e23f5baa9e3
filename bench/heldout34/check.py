"""Check heldout34's gold with the checks of heldout15 (and so of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py), run as heldout17 runs them, plus checks of this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page in the
charset its `<meta>` names, reduced to its visible text; the rows of `collection.jsonl` by heldout13's
`rows()`).  The checks: those of ``check_gold.check`` (the same 600–2600 length bound), every gold
``publish_date`` written on the page or in the row, the event's days among the gold dates, heldout12's
line-ending check, heldout15's relative days with heldout17's reading of `今（9）日`, heldout17's date
order and its check that no official is named in a credit line; and here:

- the archive pages are in the encodings their names and `<meta>` say: a `_gb2312`/`_gbk` page is not
  UTF-8 and decodes in the charset its `<meta>` names;
- the collection holds exactly two rows, each with the fields `id`, `url`, `title`, `text`,
  `publish_time`, `source`;
- every agreement's parties are among the article's regions at the same level and, where the event has
  parties, an agreement signed or adopted at the event without other signers names the same places
  (this set has no document signed by others than the event's sides, so any difference is a slip).

usage: python3 bench/heldout34/check.py [SET_DIR]   (OpenCC needed for the Traditional articles)
"""

import json
import pathlib
import re
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout15 = heldout17["heldout15"]
heldout11 = heldout17["heldout11"]
ROW_FIELDS = ["id", "url", "title", "text", "publish_time", "source"]


def check_encodings(root: pathlib.Path) -> int:
    problems = 0
    for p in sorted((root / "articles").iterdir()):
        m = re.search(r"_(gb2312|gbk)$", p.stem)
        if not m:
            continue
        data = p.read_bytes()
        meta = re.search(rb"charset=[\"']?([\w-]+)", data[:2048], re.I)
        if meta is None or meta.group(1).decode().lower() != m.group(1):
            print(f"{p.name}: <meta> charset is not {m.group(1)}")
            problems += 1
        try:
            data.decode("utf-8")
            print(f"{p.name}: decodes as UTF-8")
            problems += 1
        except UnicodeDecodeError:
            pass
        try:
            data.decode(m.group(1))
        except UnicodeDecodeError:
            print(f"{p.name}: does not decode as {m.group(1)}")
            problems += 1
    return problems


def check_rows(root: pathlib.Path) -> int:
    lines = [x for x in (root / "articles" / "collection.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    problems = 0 if len(lines) == 2 else 1
    if problems:
        print(f"collection.jsonl: {len(lines)} rows, not 2")
    for line in lines:
        row = json.loads(line)
        if list(row) != ROW_FIELDS:
            print(f"{row.get('id')}: fields {list(row)}")
            problems += 1
    return problems


def check_agreement_parties(root: pathlib.Path) -> int:
    problems = 0
    for doc, g in heldout17["golds"](root):
        ev = g["event"]
        ev_parties = {p["name"] for p in ev["parties"]} if ev else set()
        for a in g["agreements"]:
            names = {p["name"] for p in a["parties"]}
            if a["action"] in {"mentioned", "discussed"} and names:
                print(f"{doc}: {a['title']} is {a['action']} but has parties")
                problems += 1
            if a["action"] in {"signed", "adopted"} and names and ev_parties and names != ev_parties:
                print(f"{doc}: {a['title']} parties {sorted(names)} differ from the event's")
                problems += 1
    return problems


if __name__ == "__main__":
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    arts, written = heldout15["rows_and_pages"](ROOT)
    extra = (
        ("line endings", heldout17["check_crlf"]),
        ("relative days", heldout17["check_relative_days"]),
        ("date order", heldout17["check_date_order"]),
        ("people", heldout17["check_people"]),
        ("encodings", check_encodings),
        ("rows", check_rows),
        ("agreement parties", check_agreement_parties),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
