#!/usr/bin/env python3
"""How much the pipeline's accuracy depends on surface form that real scraped pages vary.

    .venv/bin/python bench/perturb.py                       # every transform, every set, rules only
    .venv/bin/python bench/perturb.py --transforms wrap_lost,width_full --sets realdev --diff
    .venv/bin/python bench/perturb.py --ner                 # with the NER component (slow)
    .venv/bin/python bench/perturb.py --list                # the transforms

Each article of the development sets (../shared/seeds, ../shared/realdev, read where they are) and
of the written held-out sets (bench/heldout*, as bench/gate.py lists them; only their ``.txt``
articles that are no HTML pages) is changed by a meaning-preserving transform — the script,
hard line wraps, white space, character widths and mark styles, page furniture, the article
saved as a web page — run through the pipeline (``extract.api.extract_text``) and scored with
the reference scorer's counting (``extract.analysis.scoring.score``) against its gold, beside
the untransformed article's score.  A field whose figure drops says the pipeline reads that
surface form worse; ``--diff`` names the article/field pairs that changed.

Every transform is seeded (``--seed``; each article gets its own generator from the seed, the
transform's name and the article's id), so a run is repeatable.

The gold stays the gold of the transformed article: the record contract (RECORD.md) says that
strings the output copies from the text (names, titles, documents' titles, headline, source,
event name) are the text's after OpenCC t2s, punctuation and widths left as written; so where a
transform changes those characters the same change is made to those gold strings (``text_gold``),
and canonical names (regions, parties, the event's city) are left alone.  The script transform
sets the gold ``script`` to the script written; an injected ``责任编辑：NAME`` credit adds NAME to
the gold staff (an editor's credit is staff whatever the page's layout).
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import as_html
from gate import sets

Rec = dict[str, Any]

# ---------------------------------------------------------------- the gold of a transformed article


def text_gold(rec: Rec, f: Callable[[str], str]) -> Rec:
    """``rec`` with ``f`` applied to every string the output copies from the article's text."""
    out = copy.deepcopy(rec)
    for key in ("title", "source"):
        if isinstance(out.get(key), str):
            out[key] = f(out[key])
    for person in out.get("officials") or []:
        person["name"] = f(person.get("name") or "")
        person["titles"] = [f(t) for t in person.get("titles") or []]
    for person in out.get("staff") or []:
        person["name"] = f(person.get("name") or "")
    for doc in out.get("agreements") or []:
        doc["title"] = f(doc.get("title") or "")
    if isinstance(out.get("event"), dict) and isinstance(out["event"].get("name"), str):
        out["event"]["name"] = f(out["event"]["name"])
    return out


def same_gold(rec: Rec) -> Rec:
    return rec


# ---------------------------------------------------------------- helpers


def paragraphs(text: str) -> list[str]:
    """The article's non-empty lines, stripped."""
    return [s for line in text.splitlines() if (s := line.strip())]


def already_wrapped(text: str) -> bool:
    """The article is a hard-wrapped column already (an e-paper scrape of a held-out set): its lines are no
    paragraphs, so the transforms that lay paragraphs out anew (wraps, indents, blank lines) leave it as it is."""
    from extract.text.layout import wrap_width

    return wrap_width(text.split("\n")) is not None


def chunks(s: str, width: int) -> list[str]:
    return [s[i : i + width] for i in range(0, len(s), width)] or [""]


CJK = re.compile(r"[\u4e00-\u9fff]")
_PROSE = re.compile("[。，,；！？]")

# ---------------------------------------------------------------- script


@dataclass
class Output:
    """A transformed article, its gold, and a fold of the text-copied strings of both gold and
    output before they are compared (where the contract leaves a form open: widths of letters)."""

    text: str
    gold: Callable[[Rec], Rec] = same_gold
    fold: Callable[[str], str] | None = None


def _opencc(config: str) -> Callable[[str], str]:
    import opencc

    conv = opencc.OpenCC(config)
    return lambda s: str(conv.convert(s))


def _named(
    f: Callable[[str, random.Random, Rec], Output], name: str, doc: str
) -> Callable[[str, random.Random, Rec], Output]:
    f.__name__, f.__doc__ = name, doc
    return f


def _script(config: str) -> Callable[[str, random.Random, Rec], Output]:
    def transform(text: str, rng: random.Random, gold: Rec) -> Output:
        from extract.text.normalize import to_simplified

        if gold.get("script") == "simplified":
            to_trad = _opencc(config)

            def fix(rec: Rec) -> Rec:
                # the record's strings are the written Traditional after t2s (RECORD.md)
                out = text_gold(rec, lambda s: to_simplified(to_trad(s)))
                out["script"] = "traditional"
                return out

            return Output(to_trad(text), fix)
        t2s = _opencc("t2s")

        def simplified(rec: Rec) -> Rec:
            out = copy.deepcopy(rec)
            out["script"] = "simplified"
            return out

        return Output(t2s(text), simplified)

    return transform


script_s2hk = _named(
    _script("s2hk"),
    "script_s2hk",
    "Simplified articles written in Hong Kong Traditional (OpenCC s2hk); Traditional, mixed ones in Simplified (t2s)",
)
script_s2tw = _named(
    _script("s2tw"),
    "script_s2tw",
    "Simplified articles written in Taiwan Traditional (OpenCC s2tw); Traditional and mixed ones in Simplified (t2s)",
)

# ---------------------------------------------------------------- hard line wraps


def _wrap(indent: bool, keep_breaks: bool) -> Callable[[str, random.Random, Rec], Output]:
    def transform(text: str, rng: random.Random, gold: Rec) -> Output:
        paras = paragraphs(text)
        if not paras or already_wrapped(text):
            return Output(text)
        width = rng.randint(18, 36)
        out = [paras[0]]  # the first line (a headline, a site's name) is a page element of its own
        for p in paras[1:]:
            lead = "\u3000\u3000" if indent else ""
            # the column is the body's: prose (a line with a sentence mark); a headline, a date or
            # source line, a byline stand apart on the page and keep their lines
            out.append("\n".join(chunks(lead + p, width)) if _PROSE.search(p) else p)
        return Output(("\n\n" if keep_breaks else "\n").join(out) + "\n")

    return transform


wrap_kept = _named(
    _wrap(False, True),
    "wrap_kept",
    "hard wraps of the prose lines every 18-36 characters (one width an article), a blank line between paragraphs",
)
wrap_lost = _named(
    _wrap(False, False),
    "wrap_lost",
    "hard wraps every 18-36 characters, paragraph breaks lost (no blank line, no indent)",
)
wrap_indent_kept = _named(
    _wrap(True, True),
    "wrap_indent_kept",
    "hard wraps, each paragraph indented with two full-width spaces, a blank line between",
)
wrap_indent_lost = _named(
    _wrap(True, False), "wrap_indent_lost", "hard wraps, paragraphs indented with two full-width spaces, no blank lines"
)

# ---------------------------------------------------------------- white space


def ws_crlf(text: str, rng: random.Random, gold: Rec) -> Output:
    """CRLF line ends, trailing spaces and tabs on some lines"""
    lines = [line + rng.choice(["", "", " ", "  ", "\t", " \u3000"]) for line in text.split("\n")]
    return Output("\r\n".join(lines))


def ws_indent(text: str, rng: random.Random, gold: Rec) -> Output:
    """each paragraph indented with NBSP or U+3000 runs (one style an article), blank lines doubled"""
    lead = rng.choice(["\xa0\xa0\xa0\xa0", "\u3000\u3000", "\xa0\xa0\u3000", "\u3000 "])
    if already_wrapped(text):
        return Output(text)
    return Output("\n\n\n".join(lead + p for p in paragraphs(text)) + "\n")


def ws_blank_removed(text: str, rng: random.Random, gold: Rec) -> Output:
    """every blank line removed, paragraphs indented or not at random"""
    lead = rng.choice(["", "\u3000\u3000", "  "])
    if already_wrapped(text):
        return Output(text)
    return Output("\n".join(lead + p for p in paragraphs(text)))


def ws_letter_spaced(text: str, rng: random.Random, gold: Rec) -> Output:
    """a space after every character of some lines (a third, the headline among them at random), as a
    scraper of letter-spaced or justified text leaves them: a writer's space becomes two"""
    out = []
    for line in text.split("\n"):
        if line.strip() and rng.random() < 0.33:
            line = " ".join(line)
        out.append(line)
    return Output("\n".join(out))


def ws_name_pad(text: str, rng: random.Random, gold: Rec) -> Output:
    """two-character names padded to three with a full-width or plain space (王　五), as lists of
    officials and bylines print them"""
    names = {str(p.get("name")) for p in (gold.get("officials") or []) + (gold.get("staff") or [])}
    two = sorted(n for n in names if len(n) == 2 and CJK.fullmatch(n[0]) and CJK.fullmatch(n[1]))
    for name in two:
        if any(name in other for other in names if other != name):
            continue  # part of a longer name (陈建 in 陈建华): only whole names are padded
        pad = rng.choice(["\u3000", " ", "  "])
        text = text.replace(name, name[0] + pad + name[1])
    return Output(text)


# ---------------------------------------------------------------- widths and mark styles

_HALF = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_FULL = "".join(chr(ord(c) + 0xFEE0) for c in _HALF)
_TO_FULL = str.maketrans(_HALF, _FULL)
_TO_HALF = str.maketrans(_FULL, _HALF)


def width_full(text: str, rng: random.Random, gold: Rec) -> Output:
    """ASCII digits and letters written full-width (２０２４年３月２６日); names, titles and documents'
    titles compared with widths folded (RECORD.md keeps punctuation as written and says nothing of
    letters and digits; no article of the sets writes them full-width, so width_half would change nothing)"""
    return Output(text.translate(_TO_FULL), fold=lambda s: s.translate(_TO_HALF))


_NUMERAL_RUN = re.compile(r"[一二三四五六七八九〇零]{2,}")


def _zeros(src: str, dst: str) -> Callable[[str], str]:
    return lambda s: _NUMERAL_RUN.sub(lambda m: m.group().replace(src, dst), s)


def zero_ling(text: str, rng: random.Random, gold: Rec) -> Output:
    """〇 in Chinese numerals written 零 (二零二四年), and 零 written 〇"""
    to = _zeros("〇", "零") if "〇" in text else _zeros("零", "〇")
    return Output(to(text), lambda r: text_gold(r, to))


_CORNER = str.maketrans({"“": "「", "”": "」", "‘": "『", "’": "』"})
_CURLY = str.maketrans({"「": "“", "」": "”", "『": "‘", "』": "’"})
_ASCII_BRACKETS = str.maketrans({"（": "(", "）": ")", "【": "[", "】": "]"})
_FULL_BRACKETS = str.maketrans({"(": "（", ")": "）", "〔": "【", "〕": "】"})


def quotes(text: str, rng: random.Random, gold: Rec) -> Output:
    """curly quotes “” ‘’ written as corner brackets 「」『』, and corner brackets as curly quotes"""
    table = _CORNER if text.count("“") >= text.count("「") else _CURLY
    return Output(text.translate(table), lambda r: text_gold(r, lambda s: s.translate(table)))


def brackets(text: str, rng: random.Random, gold: Rec) -> Output:
    """full-width brackets （）【】 written as ASCII () [], and ASCII () written full-width"""
    table = _ASCII_BRACKETS if text.count("（") >= text.count("(") else _FULL_BRACKETS
    return Output(text.translate(table), lambda r: text_gold(r, lambda s: s.translate(table)))


# ---------------------------------------------------------------- page furniture

# invented strings, combined by the article's generator: the mechanism, not a string, is tested
_SITES = ["市人民政府网", "区融媒体中心", "县政府门户网站", "日报数字版", "新闻网", "发布"]
_PLACES = ["梧州", "赣州", "绵阳", "宿迁", "遵义", "铁岭", "张掖", "丽水", "商丘", "黄冈", "榆林", "钦州"]
_TOPICS = ["召开安全生产工作会议", "举办招商引资推介会", "开展防汛应急演练", "召开乡村振兴推进会",
           "举行重点项目集中开工仪式", "启动全民健身月活动", "召开优化营商环境大会", "举办就业招聘会"]  # fmt: skip
_SECTIONS = ["新闻中心", "政务公开", "要闻动态", "部门动态", "县区动态", "图片新闻", "工作动态", "本地新闻"]
_EDITORS = ["林晓", "吴佳怡", "钱志远", "孔凡", "袁立群", "丁一鸣"]


def _headline(rng: random.Random) -> str:
    return rng.choice(_PLACES) + rng.choice(["市", ""]) + rng.choice(_TOPICS)


def _top_lines(rng: random.Random) -> list[str]:
    sep = rng.choice([" > ", ">", " >> ", " » ", "＞"])
    crumbs = ["首页", *rng.sample(_SECTIONS, rng.randint(1, 3))]
    lead = rng.choice(["当前位置：", "您现在的位置：", "您的位置: ", ""])
    found = [lead + sep.join(crumbs)]
    if rng.random() < 0.5:
        found.insert(0, rng.choice(["网站首页 | 政务公开 | 办事服务 | 互动交流", "首页|新闻|政务|服务|互动"]))
    return found


def _under_headline(rng: random.Random) -> list[str]:
    return [
        rng.choice(
            [
                "【字体：大 中 小】",
                "【字号：大 中 小】 【打印】 【关闭】",
                "字体：【大】【中】【小】",
                "【字体：大 中 小】【打印本页】【关闭窗口】",
                "字号：T|T 打印 关闭",
            ]
        ),
        rng.choice(
            [
                "分享到：微信 微博 QQ空间",
                "分享到：",
                "扫一扫在手机打开当前页",
                "浏览次数：" + str(rng.randint(20, 9999)),
            ]
        ),
    ]


def _middle_lines(rng: random.Random) -> list[str]:
    n = rng.randint(2, 5)
    return [
        rng.choice(
            [
                f"第{rng.randint(1, n)}页 共{n}页",
                f"共{n}页：上一页 " + " ".join(str(k) for k in range(1, n + 1)) + " 下一页",
                "（点击图片查看大图）",
                "【打印本页】【关闭窗口】",
            ]
        )
    ]


def _bottom_lines(rng: random.Random) -> tuple[list[str], str]:
    editor = rng.choice(_EDITORS)
    lines = [
        rng.choice(["【打印本页】 【关闭窗口】", "打印本页 关闭窗口", "[打印] [关闭]"]),
        rng.choice(["分享到：微信 微博 QQ空间", "分享：", "扫一扫分享到微信"]),
        rng.choice([f"责任编辑：{editor}", f"【责任编辑：{editor}】", f"（责任编辑：{editor}）"]),
        "上一篇：" + _headline(rng),
        "下一篇：" + _headline(rng),
        rng.choice(["相关新闻", "相关阅读", "推荐阅读："]),
        *[rng.choice(["· ", "", "■ "]) + _headline(rng) for _ in range(rng.randint(2, 4))],
        rng.choice(
            [
                f"版权所有：{rng.choice(_PLACES)}{rng.choice(_SITES)}  ICP备{rng.randint(10**7, 10**8)}号",
                f"Copyright © {rng.randint(2005, 2024)} {rng.choice(_PLACES)}{rng.choice(_SITES)} All Rights Reserved",
                f"{rng.choice(_PLACES)}公网安备 {rng.randint(10**13, 10**14)}号",
            ]
        ),
    ]
    rng.shuffle(lines[:2])
    return lines, editor


def _with_staff(name: str) -> Callable[[Rec], Rec]:
    def fix(rec: Rec) -> Rec:
        out = copy.deepcopy(rec)
        staff = out.setdefault("staff", [])
        for person in staff:
            if person.get("name") == name:
                person["roles"] = sorted({*person.get("roles", []), "编辑"})
                return out
        staff.append({"name": name, "roles": ["编辑"]})
        return out

    return fix


def _page_script(lines: list[str], gold: Rec) -> list[str]:
    """Furniture in the script of the page: a Traditional article's page is Traditional."""
    if gold.get("script") != "traditional":
        return lines
    to_trad = _opencc("s2hk")
    return [to_trad(s) for s in lines]


def _paragraph_ends(lines: list[str]) -> list[int]:
    """Indices after which a line may be put between paragraphs: a line that ends a sentence, followed
    by a blank line, an indented line or the end (not inside a hard-wrapped paragraph)."""
    out = []
    for i, line in enumerate(lines[:-1]):
        nxt = lines[i + 1]
        if line.rstrip().endswith(("。", "”", "！", "？")) and (not nxt.strip() or nxt[:1] in " \u3000\t"):
            out.append(i)
    return out


def furn_top(text: str, rng: random.Random, gold: Rec) -> Output:
    """breadcrumbs and a navigation bar above the headline, a font-size/print/share line under it
    (the article's own lines kept as they are)"""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    top, under = _page_script(_top_lines(rng), gold), _page_script(_under_headline(rng), gold)
    return Output("\n".join([*lines[:first], *top, lines[first], *under, *lines[first + 1 :]]))


def furn_middle(text: str, rng: random.Random, gold: Rec) -> Output:
    """page counters and print/close lines between paragraphs of the body"""
    lines = text.split("\n")
    ends = _paragraph_ends(lines)[1:]  # after the first paragraph
    if not ends:
        return Output(text)
    for at in sorted(rng.sample(ends, min(len(ends), rng.randint(1, 2))), reverse=True):
        lines.insert(at + 1, _page_script(_middle_lines(rng), gold)[0])
    return Output("\n".join(lines))


def furn_bottom(text: str, rng: random.Random, gold: Rec) -> Output:
    """print/close, share, an editor's credit, 上一篇/下一篇 and related headlines, a copyright line after the body"""
    lines, editor = _bottom_lines(rng)
    return Output("\n".join([text.rstrip("\n"), *_page_script(lines, gold)]), _with_staff(editor))


# ---------------------------------------------------------------- saved as a page


def html_page(text: str, rng: random.Random, gold: Rec) -> Output:
    """the article saved as a web page (bench/as_html.py: portal, news site or e-paper template)"""
    return Output(as_html.page(text, rng.choice(as_html.TEMPLATES)))


# ---------------------------------------------------------------- the bench

Transform = Callable[[str, random.Random, Rec], Output]
TRANSFORMS: dict[str, Transform] = {
    f.__name__: f
    for f in (
        script_s2hk, script_s2tw,
        wrap_kept, wrap_lost, wrap_indent_kept, wrap_indent_lost,
        ws_crlf, ws_indent, ws_blank_removed, ws_letter_spaced, ws_name_pad,
        width_full, zero_ling, quotes, brackets,
        furn_top, furn_middle, furn_bottom,
        html_page,
    )
}  # fmt: skip


def rng_for(seed: int, transform: str, doc_id: str) -> random.Random:
    digest = hashlib.sha256(f"{seed}/{transform}/{doc_id}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


@dataclass
class Article:
    doc_id: str
    text: str
    gold: Rec


def load_set(articles: Path, gold: Path) -> list[Article]:
    """A set's plain-text articles (no HTML page, no collection) with their gold."""
    from extract.analysis.scoring import load_records
    from extract.text.decode import decode
    from extract.text.html import looks_like_html

    golds = load_records(gold)
    out = []
    for p in sorted(articles.glob("*.txt")):
        text, _ = decode(p.read_bytes())
        if p.stem in golds and not looks_like_html(text):
            out.append(Article(p.stem, text, golds[p.stem]))
    return out


Item = tuple[str, str, Rec, Callable[[str], str] | None]


def run(items: list[Item], ner: bool) -> tuple[dict[str, Any], dict[str, list[Any]]]:
    """Extract each (doc_id, text, gold, fold) and score: the summary and the misses per article."""
    from extract.analysis.scoring import score
    from extract.api import extract_text

    preds, golds = {}, {}
    for doc_id, text, gold, fold in items:
        golds[doc_id] = text_gold(gold, fold) if fold else gold
        try:
            pred = json.loads(extract_text(text, doc_id=doc_id, ner=ner).model_dump_json())
            preds[doc_id] = text_gold(pred, fold) if fold else pred
        except Exception as e:  # a transform that breaks the pipeline is a finding: no record
            print(f"  {doc_id}: {type(e).__name__}: {e}", file=sys.stderr)
    return score(golds, preds)


def flat(summary: dict[str, Any]) -> dict[str, float]:
    from extract.analysis.scoring import flat_scores

    return flat_scores(summary)


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--transforms", help="comma-separated transform names (default: all; --list shows them)")
    ap.add_argument("--sets", help="comma-separated set names (default: all that bench/gate.py lists)")
    ap.add_argument("--ner", action="store_true", help="with the NER component (default: rules only)")
    ap.add_argument("--diff", action="store_true", help="also the article/field pairs that changed")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", metavar="FILE", help="write the figures (set → transform → field) to FILE")
    ap.add_argument("--list", action="store_true", help="list the transforms and stop")
    args = ap.parse_args()
    if args.list:
        for name, f in TRANSFORMS.items():
            print(f"{name:<18}{(f.__doc__ or '').splitlines()[0]}")
        return 0
    names = args.transforms.split(",") if args.transforms else list(TRANSFORMS)
    unknown = [n for n in names if n not in TRANSFORMS]
    if unknown:
        sys.exit(f"unknown transform(s): {', '.join(unknown)} (--list)")
    chosen = sets()
    if args.sets:
        chosen = {k: v for k, v in chosen.items() if k in args.sets.split(",")}
    figures: dict[str, dict[str, dict[str, float]]] = {}
    drops: dict[str, list[float]] = {n: [] for n in names}
    for set_name, (articles_dir, gold_dir) in chosen.items():
        arts = load_set(articles_dir, gold_dir)
        if not arts:
            continue
        base_summary, base_misses = run([(a.doc_id, a.text, a.gold, None) for a in arts], args.ner)
        base = flat(base_summary)
        figures[set_name] = {"baseline": base}
        print(f"\n{set_name} ({len(arts)} articles)")
        for name in names:
            items = []
            for a in arts:
                out = TRANSFORMS[name](a.text, rng_for(args.seed, name, a.doc_id), a.gold)
                items.append((a.doc_id, out.text, out.gold(a.gold), out.fold))
            summary, misses = run(items, args.ner)
            got = flat(summary)
            figures[set_name][name] = got
            changed = {k: got.get(k, 0.0) - v for k, v in base.items() if abs(got.get(k, 0.0) - v) >= 0.0005}
            drops[name].extend(d for d in changed.values() if d < 0)
            shown = "  ".join(f"{k}={base[k]:.3f}->{got.get(k, 0.0):.3f}" for k in changed) or "no field changed"
            print(f"  {name:<18}{shown}")
            if args.diff:
                for doc_id in sorted(misses):
                    new = [m for m in misses[doc_id] if m not in base_misses.get(doc_id, [])]
                    gone = [m for m in base_misses.get(doc_id, []) if m not in misses[doc_id]]
                    for m in new:
                        print(f"      - {doc_id} {m[0]} {m[1]}: {m[2]} {m[3]}".rstrip())
                    for m in gone:
                        print(f"      + {doc_id} {m[0]} {m[1]} (fixed): {m[2]} {m[3]}".rstrip())
    print("\nper transform: fields that dropped (set×field pairs), their summed drop")
    for name in names:
        print(f"  {name:<18}{len(drops[name]):4d}  {sum(drops[name]):+.3f}")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
