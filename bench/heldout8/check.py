"""Validate heldout8's gold: bench/heldout/check_gold.py's checks, on the visible text of saved pages and rows.

heldout8's articles are what scrapers leave on disk: saved HTML pages (``.html``, and one page saved
as ``.txt``), some in GBK or Big5 as their ``<meta charset>`` says, and a JSONL collection
(``collection.jsonl``, one article per row, gold named by the row's ``id``).  This is a copy of
check_gold.py's logic with one change: each gold string must be found in the article's *visible
text* — the page read with the standard library's html.parser, without ``<head>``, scripts, styles
and comments (a row: its ``title`` and its ``content``, read the same way when it holds HTML).
A row's ``title`` and ``source`` fields also count as found.  It also checks that every gold
``publish_date`` is written somewhere on the page or in the row (visible text, a meta tag, the URL,
``publish_time``) in one of the usual forms, ROC years included.

usage: python3 bench/heldout8/check.py [SET_DIR]
"""

import datetime
import html.parser
import json
import pathlib
import re
import sys

try:
    import opencc

    T2S = opencc.OpenCC("t2s").convert
except ImportError:
    T2S = None
ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
KEYS = [
    "doc_id",
    "script",
    "title",
    "publish_date",
    "source",
    "event",
    "dates",
    "officials",
    "staff",
    "regions",
    "agreements",
]
PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")
LEVELS = {"province", "prefecture", "county", "zone"}
KINDS = {"agreement", "plan", "declaration"}
ACTIONS = {"signed", "adopted", "discussed", "released", "mentioned"}
ROLES = {"记者", "摄影", "编辑"}
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


def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    y, m, dd = d.year, d.month, d.day
    return [
        iso,
        f"{y}{m:02}{dd:02}",
        f"{y}-{m:02}/{dd:02}",
        f"{y}{m:02}/{dd:02}",
        f"{y}/{m:02}/{dd:02}",
        f"{y}年{m:02}月{dd:02}日",
        f"{y}年{m}月{dd}日",
        f"{y - 1911}-{m:02}-{dd:02}",
    ]


def isodate(s):
    datetime.date.fromisoformat(s)
    return True


errs = 0


def err(doc, msg):
    global errs
    errs += 1
    print(f"{doc}: {msg}")


golds = sorted((ROOT / "gold").glob("*.json"))
arts = load(ROOT)
if set(arts) != {g.stem for g in golds}:
    err("-", f"article/gold mismatch: {set(arts) ^ {g.stem for g in golds}}")
for gp in golds:
    doc = gp.stem
    g = json.loads(gp.read_text(encoding="utf-8"))
    if list(g) != KEYS:
        err(doc, f"keys {list(g)}")
    if g["doc_id"] != doc:
        err(doc, "doc_id != stem")
    if g["script"] not in {"traditional", "simplified", "mixed"}:
        err(doc, "script")
    raw, fields, written = arts.get(doc, ("", set(), ""))
    if not 300 <= len(raw) <= 2600:
        err(doc, f"length {len(raw)}")
    text = PINYIN.sub("", raw)
    if T2S:
        text = T2S(text)
        fields = {T2S(f) for f in fields}
    flat = re.sub(r"\s+", "", text)

    def need(s, what, flat=flat, doc=doc, fields=fields):
        if s is not None and re.sub(r"\s+", "", s) not in flat and s not in fields:
            err(doc, f"{what} not in text: {s}")

    rl = {r["name"]: r["level"] for r in g["regions"]}

    def check_parties(ps, what, rl=rl, doc=doc):
        if ps is None:
            return
        names = [p["name"] for p in ps]
        if len(names) != len(set(names)):
            err(doc, f"duplicate party in {what}")
        for p in ps:
            if set(p) != {"name", "level"}:
                err(doc, f"party keys {p}")
            elif rl.get(p["name"]) != p["level"]:
                err(doc, f"party {p} of {what} is not a region item with that level")

    need(g["title"], "title")
    need(g["source"], "source")
    if g["publish_date"] is not None:
        isodate(g["publish_date"])
        if not any(f in written for f in date_forms(g["publish_date"])):
            err(doc, f"publish_date {g['publish_date']} is written nowhere on the page or in the row")
    ev = g["event"]
    if ev is not None:
        assert set(ev) in ({"name", "start", "end", "location"}, {"name", "start", "end", "location", "parties"}), doc
        check_parties(ev.get("parties"), "event")
        need(ev["name"], "event name")
        isodate(ev["start"])
        isodate(ev["end"])
        if ev["start"] > ev["end"]:
            err(doc, "event start>end")
    seen = set()
    for d in g["dates"]:
        assert set(d) == {"text", "start", "end", "granularity", "year_certain"}, (doc, d)
        need(d["text"], "date text")
        isodate(d["start"])
        isodate(d["end"])
        if d["start"] > d["end"]:
            err(doc, f"date start>end {d}")
        if d["granularity"] not in {"day", "month"}:
            err(doc, f"granularity {d}")
        if not isinstance(d["year_certain"], bool):
            err(doc, "year_certain")
        k = (d["start"], d["end"])
        if k in seen:
            err(doc, f"duplicate date value {k}")
        seen.add(k)
    names = set()
    for o in g["officials"]:
        assert set(o) == {"name", "titles"}, doc
        need(o["name"], "official")
        names.add(o["name"])
        if not o["titles"]:
            err(doc, f"no titles {o}")
        for t in o["titles"]:
            need(t, "title phrase")
            if (
                t + o["name"] not in flat
                and o["name"] + t not in flat
                and not re.search(re.escape(t) + r"[^。；]{0,40}" + re.escape(o["name"]), flat)
            ):
                err(doc, f"title {t} not next to {o['name']}?")
    if len(names) != len(g["officials"]):
        err(doc, "duplicate official")
    snames = set()
    for s in g["staff"]:
        assert set(s) == {"name", "roles"}, doc
        need(s["name"], "staff")
        if s["name"] in names:
            err(doc, f"{s['name']} in both staff and officials")
        if not set(s["roles"]) <= ROLES or not s["roles"]:
            err(doc, f"roles {s}")
        snames.add(s["name"])
    if len(snames) != len(g["staff"]):
        err(doc, "duplicate staff")
    rn = [r["name"] for r in g["regions"]]

    if len(rn) != len(set(rn)):
        err(doc, "duplicate region")
    for r in g["regions"]:
        assert set(r) == {"name", "level"}, doc
        if r["level"] not in LEVELS:
            err(doc, f"level {r}")
    for a in g["agreements"]:
        assert set(a) in ({"title", "kind", "action"}, {"title", "kind", "action", "parties"}), doc
        check_parties(a.get("parties"), a["title"])
        if "《" + a["title"] + "》" not in text and "《" + a["title"] not in re.sub(r"[ \u3000]+", " ", text):
            err(doc, f"agreement not found in 《》: {a['title']}")
        if a["kind"] not in KINDS or a["action"] not in ACTIONS:
            err(doc, f"kind/action {a}")
    if ev is not None and ev["location"] not in rn and ev["location"] not in {"北京市"}:
        err(doc, f"event location {ev['location']} not among regions")
print(f"{len(golds)} gold files checked, {errs} problems")
sys.exit(1 if errs else 0)
