"""Check heldout20's gold with the checks of heldout15 (and so of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py), plus checks of this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page in the
charset its `<meta>` names, reduced to its visible text; the rows of `collection.jsonl` by heldout13's
`rows()`).  The checks: those of ``check_gold.check`` (the same 600–2600 length bound), every gold
``publish_date`` written on the page or in the row, the event's days among the gold dates, heldout12's
line-ending check, heldout15's relative days (`昨天`, `昨日`, `前天`, `上周四`, `本月18日`), and here:

- **date order**: the gold dates are listed in text order (heldout15's `check_date_order`, as heldout17
  runs it);
- **次日**: a gold date whose text starts with `次日` is the day after the end of the date listed before it;
- **people**: no official is named in a credit line (`记者 X`, `编辑：X`, `校对：X`, `审核：X`), and no
  name is both an official and staff;
- **parties**: every party of the event and of each document is a region item with the same level, no
  region is listed twice, and the event's location is a region item of level `prefecture` or `province`;
- **documents**: a document only mentioned or discussed has parties `[]`; one signed, adopted or
  released has some (no document of this set is signed by enterprises alone);
- **canonical names**: no gold region or party is an alias of `shared/spec/zone_aliases.tsv` (the
  canonical name is written);
- **years**: the `_open` article has no publish date, every date says `year_certain: false` and no year
  (`19xx`/`20xx`) is written in it; every other record has a publish date and only certain years;
- **URL-only date**: the `_url` article's publish date is the day in its URL line and written on no other
  line;
- **stamp after the body**: in the `_stampafter` article the publish date's stamp comes after every
  other gold date's text and is the last gold date;
- **doubled lines**: the `_doubled` article's lines come in identical pairs;
- **Markdown**: the `_md` article's `# ` line is the gold title;
- **files and scripts**: every file is UTF-8 without a BOM, with LF line endings; the gold `script` fits
  the text (OpenCC's Traditional→Simplified changes at least 8% of the Han characters of a `traditional`
  article and at most 1% of a `simplified` one: a portal's `繁體` switch in the top bar is furniture).

usage: python3 bench/heldout20/check.py [SET_DIR]   (OpenCC needed: /work/main/.venv/bin/python)
"""

import datetime
import pathlib
import re
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
# heldout15's checker, run as a module (not as __main__): its readers and the checks it reuses.
heldout15 = runpy.run_path(str(BENCH / "heldout15" / "check.py"))
# heldout17's checker: the gold reader (and heldout21: the credit-line check of people) shared with it
heldout17 = runpy.run_path(str(BENCH / "heldout17" / "check.py"))
heldout13, heldout11 = heldout15["heldout13"], heldout15["heldout11"]
heldout10, check_crlf = heldout15["heldout10"], heldout15["check_crlf"]
check_relative_days, check_date_order = heldout15["check_relative_days"], heldout15["check_date_order"]
all_texts = heldout15["all_texts"]
T2S = heldout10.check_gold.T2S
ALIASES = BENCH.parent.parent / "shared" / "spec" / "zone_aliases.tsv"
HAN = re.compile(r"[\u4e00-\u9fff]")


golds = heldout17["golds"]  # (doc_id, gold) of each gold file


def simplified(text: str) -> str:
    return T2S(text) if T2S else text


def check_next_day(root: pathlib.Path) -> int:
    problems = 0
    for stem, g in golds(root):
        for before, d in zip(g["dates"], g["dates"][1:], strict=False):
            if d["text"].startswith("次日"):
                want = (datetime.date.fromisoformat(before["end"]) + datetime.timedelta(days=1)).isoformat()
                if (d["start"], d["end"]) != (want, want):
                    print(f"{stem}: {d['text']} should be {want}, gold says {d['start']}..{d['end']}")
                    problems += 1
    return problems


def check_people(root: pathlib.Path) -> int:
    problems = 0
    arts = all_texts(root)[0]
    credit = re.compile(r"(记者|通讯员|作者|编辑|责任编辑|审核|校对)[：:\s]*([^\s（）()：:　，。]{2,12})")
    for stem, g in golds(root):
        text = simplified(arts.get(stem, ("",))[0])
        credited = {m.group(2) for m in credit.finditer(text)}
        staff = {s["name"] for s in g["staff"]}
        for o in g["officials"]:
            if o["name"] in credited or o["name"] in staff:
                print(f"{stem}: official {o['name']} is named in a credit or listed as staff")
                problems += 1
    return problems


def check_parties(root: pathlib.Path) -> int:
    problems = 0
    for stem, g in golds(root):
        levels = {}
        for r in g["regions"]:
            if r["name"] in levels:
                print(f"{stem}: region {r['name']} listed twice")
                problems += 1
            levels[r["name"]] = r["level"]
        groups = [("event", g["event"]["parties"])] if g["event"] else []
        groups += [(a["title"], a["parties"]) for a in g["agreements"]]
        for where, parties in groups:
            for p in parties:
                if levels.get(p["name"]) != p["level"]:
                    print(f"{stem}: party {p['name']} ({p['level']}) of {where} is no region item of that level")
                    problems += 1
        if g["event"] and levels.get(g["event"]["location"]) not in ("prefecture", "province"):
            print(f"{stem}: event location {g['event']['location']} is no prefecture or province region item")
            problems += 1
    return problems


def check_documents(root: pathlib.Path) -> int:
    problems = 0
    for stem, g in golds(root):
        for a in g["agreements"]:
            empty = not a["parties"]
            if a["action"] in ("mentioned", "discussed") and not empty:
                print(f"{stem}: {a['title']} is {a['action']} but has parties")
                problems += 1
            if a["action"] in ("signed", "adopted", "released") and empty:
                print(f"{stem}: {a['title']} is {a['action']} but has no parties")
                problems += 1
    return problems


def check_canonical(root: pathlib.Path) -> int:
    problems = 0
    aliases = set()
    if not ALIASES.exists():
        print(f"canonical names not checked: no {ALIASES}")
    else:
        for line in ALIASES.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#") and "\t" in line:
                alias, canon = line.split("\t")[:2]
                if alias.strip() != canon.strip():
                    aliases.add(alias.strip())
    for stem, g in golds(root):
        names = [r["name"] for r in g["regions"]]
        if g["event"]:
            names += [p["name"] for p in g["event"]["parties"]]
        for a in g["agreements"]:
            names += [p["name"] for p in a["parties"]]
        for n in sorted(set(names) & aliases):
            print(f"{stem}: {n} is an alias, not the canonical name")
            problems += 1
    return problems


def check_years(root: pathlib.Path) -> int:
    problems = 0
    arts = all_texts(root)[0]
    for stem, g in golds(root):
        certain = {d["year_certain"] for d in g["dates"]}
        if stem.endswith("_open"):
            if g["publish_date"] or certain - {False}:
                print(f"{stem}: an open year needs no publish date and year_certain false on every date")
                problems += 1
            if re.search(r"(19|20)\d\d", arts[stem][0]):
                print(f"{stem}: a year is written in the open-year article")
                problems += 1
        elif not g["publish_date"] or certain - {True}:
            print(f"{stem}: a dated article needs its publish date and certain years")
            problems += 1
    return problems


def day_forms(day: datetime.date) -> list[str]:
    y, m, d = day.year, day.month, day.day
    return [f"{y}-{m:02d}-{d:02d}", f"{y}年{m}月{d}日", f"{y}年{m:02d}月{d:02d}日", f"{y}/{m}/{d}"]


def check_url_only(root: pathlib.Path) -> int:
    problems = 0
    for stem, g in golds(root):
        if not stem.endswith("_url"):
            continue
        day = datetime.date.fromisoformat(g["publish_date"])
        lines = (root / "articles" / f"{stem}.txt").read_text(encoding="utf-8").splitlines()
        url = [ln for ln in lines if ln.strip().startswith("http")]
        if not url or f"/{day.year}-{day.month:02d}/{day.day:02d}/" not in url[0]:
            print(f"{stem}: the URL line does not hold the publish date {day}")
            problems += 1
        others = [ln for ln in lines if not ln.strip().startswith("http")]
        if any(f in ln for ln in others for f in day_forms(day)):
            print(f"{stem}: the publish date {day} is written outside the URL line")
            problems += 1
    return problems


def check_stamp_after(root: pathlib.Path) -> int:
    problems = 0
    arts = all_texts(root)[0]
    for stem, g in golds(root):
        if not stem.endswith("_stampafter"):
            continue
        text = re.sub(r"\s+", "", arts[stem][0])
        stamp = text.find(g["publish_date"])
        last = g["dates"][-1]["text"] if g["dates"] else None
        if stamp < 0 or last != g["publish_date"]:
            print(f"{stem}: the stamp {g['publish_date']} is not the last gold date")
            problems += 1
        for d in g["dates"][:-1]:
            at = text.find(re.sub(r"\s+", "", d["text"]))
            if at < 0 or at > stamp:
                print(f"{stem}: {d['text']} does not stand before the stamp")
                problems += 1
    return problems


def check_shapes(root: pathlib.Path) -> int:
    problems = 0
    for stem, g in golds(root):
        path = root / "articles" / f"{stem}.txt"
        if stem.endswith("_doubled"):
            lines = path.read_text(encoding="utf-8").splitlines()
            if len(lines) % 2 or any(a != b for a, b in zip(lines[::2], lines[1::2], strict=True)):
                print(f"{stem}: the lines do not come in identical pairs")
                problems += 1
        if stem.endswith("_md"):
            heads = [ln[2:].strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.startswith("# ")]
            if heads != [g["title"]]:
                print(f"{stem}: the `# ` line is not the gold title")
                problems += 1
    return problems


def check_files_scripts(root: pathlib.Path) -> int:
    problems = 0
    for p in sorted((root / "articles").iterdir()):
        data = p.read_bytes()
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            print(f"{p.name}: not UTF-8")
            problems += 1
        if data.startswith(b"\xef\xbb\xbf") or b"\r" in data:
            print(f"{p.name}: a BOM or a carriage return")
            problems += 1
    if not T2S:
        print("scripts not checked: OpenCC is missing")
        return problems + 1
    arts = all_texts(root)[0]
    for stem, g in golds(root):
        text = arts[stem][0]
        han = HAN.findall(text)
        changed = sum(a != b for a, b in zip(text, T2S(text), strict=False) if HAN.match(a))
        share = changed / max(len(han), 1)
        if (g["script"] == "traditional" and share < 0.08) or (g["script"] == "simplified" and share > 0.01):
            print(f"{stem}: script {g['script']} but {changed} of {len(han)} Han characters change")
            problems += 1
    return problems


if __name__ == "__main__":
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    arts, written = heldout15["rows_and_pages"](ROOT)
    extra = (
        ("line endings", check_crlf),
        ("relative days", check_relative_days),
        ("date order", check_date_order),
        ("next days", check_next_day),
        ("people", check_people),
        ("parties", check_parties),
        ("documents", check_documents),
        ("canonical names", check_canonical),
        ("years", check_years),
        ("URL-only date", check_url_only),
        ("stamp after the body", check_stamp_after),
        ("doubled lines and Markdown", check_shapes),
        ("files and scripts", check_files_scripts),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
