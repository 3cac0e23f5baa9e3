"""Validate heldout8's gold: bench/heldout/check_gold.py's checks, on the visible text of saved pages and rows.

heldout8's articles are what scrapers leave on disk: saved HTML pages (``.html``, and one page saved
as ``.txt``), some in GBK or Big5 as their ``<meta charset>`` says, and a JSONL collection
(``collection.jsonl``, one article per row, gold named by the row's ``id``).  It runs
check_gold.py's checks (``check_gold.check``) with one change: each gold string must be found in the article's *visible
text* — the page read with the standard library's html.parser, without ``<head>``, scripts, styles
and comments (a row: its ``title`` and its ``content``, read the same way when it holds HTML).
A row's ``title`` and ``source`` fields also count as found.  It also checks that every gold
``publish_date`` is written somewhere on the page or in the row (visible text, a meta tag, the URL,
``publish_time``) in one of the usual forms, ROC years included.

usage: python3 bench/heldout8/check.py [SET_DIR]
"""

import html.parser
import json
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "heldout"))
import check_gold

PAGE_SUFFIXES = {".html", ".htm", ".txt"}
CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)
INVISIBLE = {"head", "script", "style", "noscript", "template", "title"}
BLOCKS = {"p", "div", "br", "li", "tr", "td", "h1", "h2", "h3", "h4", "h5", "h6", "section", "ul", "ol", "table", "dd"}


class Visible(html.parser.HTMLParser):
    """The text a browser shows: no <head>, scripts, styles or comments; a line break at block tags."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in INVISIBLE:
            self.hidden += 1
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in INVISIBLE:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def visible(markup):
    p = Visible()
    p.feed(markup)
    p.close()
    return re.sub(r"\n\s*\n+", "\n", "".join(p.parts)).strip()


def decode(raw):
    m = CHARSET.search(raw[:4096])
    enc = m.group(1).decode("ascii").lower() if m else "utf-8"
    enc = {"gb2312": "gbk", "x-gbk": "gbk", "big5": "cp950"}.get(enc, enc)
    return raw.decode(enc)


def load(root):
    """doc_id → (visible text, strings that also count as found, everything written about the article)."""
    out = {}
    for path in sorted((root / "articles").iterdir()):
        if path.suffix in PAGE_SUFFIXES:
            page = decode(path.read_bytes())
            out[path.stem] = (visible(page), set(), page)
        elif path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                content = row["content"]
                body = visible(content) if re.search(r"</?[a-z]+[ >/]", content) else content
                fields = {row[k] for k in ("title", "source") if row.get(k)}
                out[row["id"]] = (row["title"] + "\n" + body, fields, json.dumps(row, ensure_ascii=False))
    return out


if __name__ == "__main__":
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    sys.exit(1 if check_gold.check(ROOT, load(ROOT), length=(300, 2600)) else 0)
