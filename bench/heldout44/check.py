"""Check heldout44's gold with the checks of heldout15 (and so of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py), as heldout17's checker runs them, plus checks of this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page in the
charset its `<meta>` names, reduced to its visible text; the rows of `collection.jsonl` by heldout13's
`rows()`).  The checks: those of ``check_gold.check`` (the 600–2600 length bound), every gold
``publish_date`` written on the page or in the row, the event's days among the gold dates, heldout12's
line-ending check, heldout15's relative days (`昨天`, `昨日`, `前天`, `上周五`, `本月12日`) with heldout17's
reading of `今（15）日`, heldout17's date order and people-in-credits checks, and here, for this set's
theme (documents and what was done with them):

- every agreement's `title` stands inside 《》 in the normalized article (inner white space collapsed);
- every 《》 title of the article is either an agreement item or listed in ``NOT_DOCUMENTS`` (the
  newspapers, programmes and books the set names in 《》);
- `kind` follows RECORD.md's word lists (the title's last document word decides), `action` is one of
  the five, and a document only `mentioned` or `discussed` has parties `[]`;
- every party (of the event and of each agreement) is a region item with the same level.

usage: python3 bench/heldout44/check.py [SET_DIR]   (OpenCC needed for the Traditional article)
"""

import json
import pathlib
import re
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout15 = heldout17["heldout15"]
heldout11, check_crlf = heldout17["heldout11"], heldout17["check_crlf"]
check_relative_days, check_date_order = heldout17["check_relative_days"], heldout17["check_date_order"]
check_people, all_texts, flat = heldout17["check_people"], heldout17["all_texts"], heldout15["flat"]

NOT_DOCUMENTS = {"德阳日报", "遂宁日报", "运河人家", "大众日报", "运河风", "澧水长歌", "湖南日报", "远方的家",
                 "云南日报", "西施归越", "湄洲日报", "三明日报", "山西日报", "太行古韵", "中山侨乡故事",
                 "侨乡风物", "潮州日报", "揭阳日报", "潮揭民俗"}
KINDS = (  # the longest word first: 框架协议 before 协议
    ("框架协议", "agreement"), ("合作协议", "agreement"), ("备忘录", "agreement"), ("协议", "agreement"),
    ("协定", "agreement"), ("合同", "agreement"), ("安排", "agreement"),
    ("规划", "plan"), ("纲要", "plan"), ("方案", "plan"), ("计划", "plan"), ("要点", "plan"), ("构想", "plan"),
    ("意见", "plan"), ("办法", "plan"), ("措施", "plan"), ("章程", "plan"), ("报告", "plan"), ("清单", "plan"),
    ("事项", "plan"), ("行动", "plan"),
    ("宣言", "declaration"), ("倡议书", "declaration"), ("倡议", "declaration"), ("共识", "declaration"),
    ("公报", "declaration"), ("决定", "declaration"), ("声明", "declaration"),
)
ACTIONS = {"signed", "adopted", "discussed", "released", "mentioned"}


def expected_kind(title: str) -> str | None:
    """The kind of the document word that ends the title (a bracketed tail such as （2021—2023年） or
    （讨论稿） set aside); None when no word of RECORD.md's lists ends it."""
    core = re.sub(r"（[^（）]*）$", "", title)
    best = None
    for word, kind in KINDS:
        at = core.rfind(word)
        if at >= 0 and (best is None or at + len(word) > best[0]):
            best = (at + len(word), kind)
    return best[1] if best and best[0] == len(core) else None


def check_documents(root: pathlib.Path) -> int:
    problems = 0
    arts = all_texts(root)[0]
    for gp in sorted((root / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        raw = arts.get(gp.stem, ("",))[0]
        text = flat(raw)
        in_marks = {re.sub(r"\s+", "", t) for t in re.findall(r"《([^《》]+)》", text)}
        titles = {re.sub(r"\s+", "", a["title"]) for a in g["agreements"]}
        for a in g["agreements"]:
            if a["title"] != " ".join(a["title"].split()):
                print(f"{gp.stem}: title {a['title']!r} has white space not collapsed")
                problems += 1
            if re.sub(r"\s+", "", a["title"]) not in in_marks:
                print(f"{gp.stem}: {a['title']!r} is not a 《》 title of the article")
                problems += 1
            kind = expected_kind(a["title"])
            if kind != a["kind"]:
                print(f"{gp.stem}: {a['title']!r} kind {a['kind']}, its last word says {kind}")
                problems += 1
            if a["action"] not in ACTIONS:
                print(f"{gp.stem}: {a['title']!r} action {a['action']!r} unknown")
                problems += 1
            if a["action"] in ("mentioned", "discussed") and a["parties"]:
                print(f"{gp.stem}: {a['title']!r} is {a['action']} but has parties")
                problems += 1
        for t in sorted(in_marks - titles - NOT_DOCUMENTS):
            print(f"{gp.stem}: 《{t}》 is neither an agreement item nor listed as no document")
            problems += 1
        levels = {r["name"]: r["level"] for r in g["regions"]}
        for owner, parties in [("event", (g["event"] or {}).get("parties", []))] + [
                (a["title"], a["parties"]) for a in g["agreements"]]:
            for p in parties:
                if levels.get(p["name"]) != p["level"]:
                    print(f"{gp.stem}: party {p['name']} ({p['level']}) of {owner} is no region item of that level")
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
        ("documents", check_documents),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
