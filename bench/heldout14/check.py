"""Check heldout14's gold with the checks of heldout13 (and so of heldout12, heldout11, heldout10 and
bench/heldout/check_gold.py), plus one: the gold dates are listed in text order.

The set is read as heldout13 is: `.txt` as UTF-8 (else Big5, else GBK), a `.html` page in the charset
its `<meta>` names reduced to its visible text, and the rows of `collection.jsonl` (text = the row's
`title` and `text`; its `title` and `source` fields count as found; its publish date must be written in
the row).  The checks: those of ``check_gold.check`` (the same 600–2600 length bound), every gold
``publish_date`` written on the page or in the row, the event's days among the gold dates, heldout12's
line-ending check (no `_crlf` article here), and the added one: each gold date's `text` is found in the
article's normalized text (Traditional → Simplified, white space removed) at or after the place where
the item before it was found, so the items are in text order as RECORD.md asks.

usage: python3 bench/heldout14/check.py [SET_DIR]   (OpenCC needed for the Traditional articles)
"""

import json
import pathlib
import re
import runpy
import sys

# heldout13's checker, run as a module (not as __main__): its readers, its rows and heldout11's run().
heldout13 = runpy.run_path(str(pathlib.Path(__file__).resolve().parent.parent / "heldout13" / "check.py"))
heldout10, heldout11, rows = heldout13["heldout10"], heldout13["heldout11"], heldout13["rows"]
check_gold = heldout10.check_gold


def flat_texts(root: pathlib.Path) -> dict[str, str]:
    """doc_id → the article's text as check_gold compares it (Traditional → Simplified, no white space)."""
    arts = heldout10.texts(root)[0]
    arts.update(rows(root)[0])
    out = {}
    for doc, (raw, _fields, _written) in arts.items():
        text = check_gold.PINYIN.sub("", raw)
        if check_gold.T2S:
            text = check_gold.T2S(text)
        out[doc] = re.sub(r"\s+", "", text)
    return out


def check_date_order(root: pathlib.Path) -> int:
    problems = 0
    texts = flat_texts(root)
    for gp in sorted((root / "gold").glob("*.json")):
        flat = texts.get(gp.stem, "")
        at = 0
        for d in json.loads(gp.read_text(encoding="utf-8"))["dates"]:
            found = flat.find(re.sub(r"\s+", "", d["text"]), at)
            if found < 0:
                print(f"{gp.stem}: date {d['text']!r} is not in text order")
                problems += 1
            else:
                at = found
    return problems


if __name__ == "__main__":
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    steps = (("line endings", heldout13["check_crlf"]), ("date order", check_date_order))
    sys.exit(1 if heldout11.run(ROOT, rows(ROOT), extra=steps) else 0)
