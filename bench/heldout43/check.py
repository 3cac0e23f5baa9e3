"""Check heldout43's gold with the checks of heldout15 (and so of heldout13, heldout12, heldout11,
heldout10 and bench/heldout/check_gold.py), plus checks of this set's own.

Pages are read as heldout15 reads them (`.txt` as UTF-8, else Big5, else GBK; a `.html` page — or a
`.txt` that starts like one — in the charset its `<meta>` names, reduced to its visible text; the rows
of `collection.jsonl` by heldout13's `rows()`).  The checks: those of ``check_gold.check`` (the same
600–2600 length bound), every gold ``publish_date`` written on the page or in the row, the event's days
among the gold dates, heldout12's line-ending check, heldout15's relative days (`昨天`, `昨日`,
`昨（21）日`, `前天`, `上周五`, `本月2日`), heldout15's date order (each gold date's `text` is found in the
normalized article at or after the item before it), and here:

- relative days read more widely: a day in the page's own digits (`今（12）日`, `明（12）日`) and a Hong
  Kong release's day in Chinese numerals after a relative word (`今日（十月二十日）`, `昨日（十月十九日）`,
  `明日（十月二十一日）`): the written day is the day the publish date gives, and the gold has it;
  `今天`, `今日` alone are the publish date, `明天`, `明日` the day after;
- an article whose year the text leaves open (no publish date) has every date `year_certain: false`,
  and an article with a publish date has none;
- no official is named in a credit line of the page (`记者 X`, `编辑：X`, `审核：X`, `监制：X`,
  `责编：X`, `通讯员 X`): a journalist or an editor is never an official;
- each party of an agreement is one of the event's parties or the agreement's title names it (a
  document's sides are the meeting's sides unless the text says otherwise), and an agreement whose
  action is `discussed` or `mentioned` has no parties.

usage: python3 bench/heldout43/check.py [SET_DIR]   (OpenCC needed for the Traditional article)
"""

import datetime
import json
import pathlib
import re
import runpy
import sys

BENCH = pathlib.Path(__file__).resolve().parent.parent
# heldout15's checker, run as a module (not as __main__): its readers and the checks it reuses.
heldout15 = runpy.run_path(str(BENCH / "heldout15" / "check.py"))
heldout11, heldout10 = heldout15["heldout11"], heldout15["heldout10"]
check_crlf, check_relative_days = heldout15["check_crlf"], heldout15["check_relative_days"]
all_texts, check_date_order = heldout15["all_texts"], heldout15["check_date_order"]
T2S = heldout10.check_gold.T2S
CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "○": 0}


def cn_number(s: str) -> int:
    """`二十一` → 21, `十` → 10, `九` → 9 (the numbers of months and days)."""
    if s.isdigit():
        return int(s)
    if "十" not in s:
        return CN_DIGITS[s]
    tens, _, ones = s.partition("十")
    return (CN_DIGITS[tens] if tens else 1) * 10 + (CN_DIGITS[ones] if ones else 0)


CN_RELATIVE = r"(今|明|昨)(日|天)?（(?:([〇○零一二三四五六七八九十]+)月)?([〇○零一二三四五六七八九十\d]+)日）"


def relative_day(text: str, published: datetime.date) -> datetime.date | None:
    """heldout15's relative days, and the forms above; digits that are not the relative word's day give
    the day they name, so the gold's day cannot match it and the check reports it."""
    m = re.match(CN_RELATIVE, text) or re.match(r"(今|明|昨)()（()(\d+)）日", text)
    if m:
        shift = {"今": 0, "明": 1, "昨": -1}[m.group(1)]
        day = published + datetime.timedelta(days=shift)
        month = cn_number(m.group(3)) if m.group(3) else day.month
        written = cn_number(m.group(4))
        return day if (month, written) == (day.month, day.day) else day.replace(month=month, day=written)
    if re.fullmatch(r"今(天|日)(上午|下午|晚)?", text):
        return published
    if re.fullmatch(r"明(天|日)(上午|下午|晚)?", text):
        return published + datetime.timedelta(days=1)
    return heldout15_relative_day(text, published)


# heldout15's check of relative days, run with this set's wider reading of them
heldout15_relative_day = check_relative_days.__globals__["relative_day"]
check_relative_days.__globals__["relative_day"] = relative_day


def golds(root: pathlib.Path):
    for gp in sorted((root / "gold").glob("*.json")):
        yield gp.stem, json.loads(gp.read_text(encoding="utf-8"))


def check_open_years(root: pathlib.Path) -> int:
    problems = 0
    for doc, g in golds(root):
        for d in g["dates"]:
            if d["year_certain"] != (g["publish_date"] is not None):
                print(f"{doc}: {d['text']} year_certain {d['year_certain']} with publish date {g['publish_date']}")
                problems += 1
    return problems


CREDIT_LABELS = ("记者", "通讯员", "作者", "编辑", "责任编辑", "责编", "审核", "校对", "监制")


def check_people(root: pathlib.Path) -> int:
    problems = 0
    arts = all_texts(root)[0]
    credit = re.compile(rf"({'|'.join(CREDIT_LABELS)})[：:\s]*([^\s（）()：:　，。|｜]{{2,12}})")
    for doc, g in golds(root):
        text = arts.get(doc, ("",))[0]
        text = T2S(text) if T2S else text
        credited = {m.group(2) for m in credit.finditer(text)}
        for o in g["officials"]:
            if o["name"] in credited:
                print(f"{doc}: official {o['name']} is named in a credit")
                problems += 1
    return problems


def check_agreement_parties(root: pathlib.Path) -> int:
    problems = 0
    for doc, g in golds(root):
        sides = {p["name"] for p in (g["event"] or {}).get("parties", [])}
        for a in g["agreements"]:
            names = {p["name"] for p in a["parties"]}
            if a["action"] in ("discussed", "mentioned") and names:
                print(f"{doc}: {a['title']} is {a['action']} but has parties")
                problems += 1
            for n in names - sides:
                short = re.sub(r"(市|省|地区|自治州|藏族|土家族苗族|布依族苗族|彝族|回族|维吾尔|特别行政区)+$", "", n)
                if short[:2] not in a["title"]:
                    print(f"{doc}: party {n} of {a['title']} is no side of the event and not in its title")
                    problems += 1
    return problems


if __name__ == "__main__":
    ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent)
    arts, written = heldout15["rows_and_pages"](ROOT)
    extra = (
        ("line endings", check_crlf),
        ("relative days", check_relative_days),
        ("date order", check_date_order),
        ("open years", check_open_years),
        ("people", check_people),
        ("agreement parties", check_agreement_parties),
    )
    sys.exit(1 if heldout11.run(ROOT, (arts, written), extra=extra) else 0)
