"""Check heldout13's gold with the checks of heldout12 (and so of heldout11, heldout10 and
bench/heldout/check_gold.py), extended to the rows of a JSONL collection.

Pages are read as heldout10–12 read them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page in the
charset its `<meta>` names, reduced to its visible text).  This set also holds `collection.jsonl`, one
article a row, as heldout8 has one: a row's doc_id is its `id` field, its text its `title` and its
`text` field (one line each), and its `title` and `source` fields count as found (as in
bench/heldout8/check.py).  Everything written in the row (its URL and `publish_time` included) is
where its publish date must be written.  The checks: those of ``check_gold.check`` (the same
600–2600 length bound), every gold ``publish_date`` written on the page or in the row, the event's
days among the gold dates, and heldout12's line-ending check (no `_crlf` article here, so it checks
nothing unless one is added).

usage: python3 bench/heldout13/check.py [SET_DIR]   (OpenCC needed for the Traditional articles)
"""

import json
import pathlib
import runpy
import sys

# heldout12's checker, run as a module (not as __main__): its loaded readers and checks.
heldout12 = runpy.run_path(str(pathlib.Path(__file__).resolve().parent.parent / "heldout12" / "check.py"))
heldout10, heldout11, check_crlf = heldout12["heldout10"], heldout12["heldout11"], heldout12["check_crlf"]


def rows(root: pathlib.Path) -> tuple[dict, dict]:
    """doc_id → (text, fields also found, None) and doc_id → everything written in the row."""
    arts, written = {}, {}
    for p in sorted((root / "articles").glob("*.jsonl")):
        for line in p.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            fields = {row[k] for k in ("title", "source") if row.get(k)}
            arts[row["id"]] = (row["title"] + "\n" + row["text"], fields, None)
            written[row["id"]] = line
    return arts, written


if __name__ == "__main__":
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    sys.exit(1 if heldout11.run(ROOT, rows(ROOT), extra=(("line endings", check_crlf),)) else 0)
