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

import pathlib
import runpy
import sys

# heldout15's checker, run as a module (not as __main__): heldout13's readers and rows, heldout11's run()
# and the date-order check the later sets share (it was written here first, then moved there).
heldout15 = runpy.run_path(str(pathlib.Path(__file__).resolve().parent.parent / "heldout15" / "check.py"))
heldout13, heldout11 = heldout15["heldout13"], heldout15["heldout11"]
rows, check_date_order = heldout13["rows"], heldout15["check_date_order"]


if __name__ == "__main__":
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    steps = (("line endings", heldout13["check_crlf"]), ("date order", check_date_order))
    sys.exit(1 if heldout11.run(ROOT, rows(ROOT), extra=steps) else 0)
