"""Check heldout10's gold with bench/heldout/check_gold.py's checks.

check_gold.py reads `.txt` articles as UTF-8.  This set also has saved pages (`.html`, one of them
in Big5) and is otherwise read the same way, so this reader:

- decodes a `.txt` article as UTF-8, else Big5, else GBK;
- reads a `.html` page in the charset its `<meta>` names (else UTF-8) and keeps its *visible text*
  (the standard library's `html.parser`; `<head>`, `<title>`, scripts, styles and comments left
  out, block elements and `<br>` ending a line);

and hands the texts to ``check_gold.check`` unchanged (the same checks, the same 600–2600 length
bound on the text).  One check is added: every gold ``publish_date`` is written somewhere on the
page (visible text, a meta tag or an address) in a usual form, ROC years included.

usage: python3 bench/heldout10/check.py [SET_DIR]   (OpenCC needed for the Traditional articles)
"""

import datetime
import html.parser
import json
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "heldout"))
import check_gold

BLOCK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "table", "ul", "td", "th"}
HIDDEN = {"head", "title", "script", "style"}


class Visible(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.hidden = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.hidden += 1
        elif tag in BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.out.append(data)

    def text(self):
        lines = (re.sub(r"[ \t\r]+", " ", line).strip() for line in "".join(self.out).split("\n"))
        return "\n".join(line for line in lines if line)


def decode(data: bytes) -> str:
    for enc in ("utf-8", "big5", "gbk"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ValueError("undecodable article")


def read_page(data: bytes) -> tuple[str, str]:
    """(the page's markup decoded, its visible text)."""
    m = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", data[:2048], re.I)
    markup = data.decode(m.group(1).decode() if m else "utf-8")
    parser = Visible()
    parser.feed(markup)
    return markup, parser.text()


def written_forms(iso: str) -> list[str]:
    d = datetime.date.fromisoformat(iso)
    y, m, dd, roc = d.year, d.month, d.day, d.year - 1911
    return [
        *check_gold.date_forms(iso),
        f"{y}/{m:02}/{dd:02}",
        f"{y}-{m:02}/{dd:02}",
        f"{y}年{m}月{dd}日",
        f"{roc}/{m:02}/{dd:02}",
        f"{roc}年{m}月{dd}日",
        f"{roc}-{m:02}-{dd:02}",
    ]


def texts(root: pathlib.Path) -> tuple[dict, dict]:
    """doc_id → (text, strings also found, None) for check_gold; doc_id → everything written on the page."""
    arts, written = {}, {}
    for p in sorted((root / "articles").iterdir()):
        if p.suffix == ".txt":
            text = decode(p.read_bytes())
            arts[p.stem], written[p.stem] = (text, set(), None), text
        elif p.suffix == ".html":
            markup, text = read_page(p.read_bytes())
            arts[p.stem], written[p.stem] = (text, set(), None), markup
    return arts, written


def check_publish_dates(root: pathlib.Path, written: dict) -> int:
    problems = 0
    for gp in sorted((root / "gold").glob("*.json")):
        iso = json.loads(gp.read_text(encoding="utf-8"))["publish_date"]
        if iso and not any(f in written.get(gp.stem, "") for f in written_forms(iso)):
            print(f"{gp.stem}: publish_date {iso} is written nowhere on the page")
            problems += 1
    return problems


if __name__ == "__main__":
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    arts, written = texts(ROOT)
    bad = check_gold.check(ROOT, arts) + check_publish_dates(ROOT, written)
    print(f"publish dates checked: {bad} problems in all")
    sys.exit(1 if bad else 0)
