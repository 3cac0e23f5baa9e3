"""Validate held-out gold: shape, and that every gold string is found in the normalized article.

Event and agreement keys may include `parties` (RECORD.md); every party must be a region
item with the same level.

usage: python3 bench/heldout/check_gold.py [SET_DIR]

``check(root, articles)`` is the check itself, for sets whose articles are read otherwise
(bench/heldout8/check.py: saved pages and a collection's rows).
"""

import datetime
import json
import pathlib
import re
import sys

try:
    import opencc

    T2S = opencc.OpenCC("t2s").convert
except ImportError:
    T2S = None
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


def texts(root):
    """doc_id → (the article's text, strings that also count as found, None): a set of .txt articles."""
    return {p.stem: (p.read_text(encoding="utf-8"), set(), None) for p in (root / "articles").glob("*.txt")}


def check(root, arts, length=(600, 2600)):
    """Check the gold of ``root`` against ``arts`` (doc_id → (text, strings also found, everything
    written about the article or None)); the number of problems (each printed)."""
    golds = sorted((root / "gold").glob("*.json"))
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
        raw, fields, written = arts.get(doc, ("", set(), None))
        if not length[0] <= len(raw) <= length[1]:
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
            if written is not None and not any(f in written for f in date_forms(g["publish_date"])):
                err(doc, f"publish_date {g['publish_date']} is written nowhere on the page or in the row")
        ev = g["event"]
        if ev is not None:
            event_keys = {"name", "start", "end", "location"}
            assert set(ev) in (event_keys, event_keys | {"parties"}), doc
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
    return errs


if __name__ == "__main__":
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    sys.exit(1 if check(ROOT, texts(ROOT)) else 0)
