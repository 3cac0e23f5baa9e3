"""Pictures of an article: its dates, officials, staff, regions, agreements and event highlighted.

    >>> import extract
    >>> extract.render(open("data/raw/000_85b5cf0abb3ff8bf.txt").read())   # in Jupyter: the picture

``render`` takes

* a string — the article is extracted (``extract_text``) and its record is drawn over the
  text as given;
* a ``Record`` with ``text=`` the decoded original it was extracted from — its items' ``spans``
  are offsets into that text;
* a ``Doc`` of the pipeline (``extract.load()(text)``) — its span groups (``dates``,
  ``agreements``, ``event``, ``officials``, ``staff``, ``regions``) are merged into one group
  ``doc.spans["all"]`` with one label per group, over the Doc's (normalized) text.

It returns the HTML (a ``str`` that Jupyter shows as the picture).  ``page_html`` makes a
whole page (used by ``extract show FILE --html OUT.html``): the highlighted text plus tables
of the items.  The highlighting is displaCy's ``span`` style (its renderer and templates),
with two changes for Chinese: no space is put between tokens, and line breaks are kept.  Each
highlighted character is an element ``<span class="extract-tok" data-i="OFFSET"
data-labels="DATE AGREEMENT">`` (``OFFSET`` into the text shown) and each label an element of
class ``extract-label``, so a test (or a script) can read back what is highlighted.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from extract.models import OffsetSpan, Record

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["COLORS", "GROUP_LABELS", "Rendered", "merge_spans", "page_html", "record_doc", "render"]

# span group of the pipeline → label in the picture
GROUP_LABELS = {
    "dates": "DATE",
    "officials": "OFFICIAL",
    "staff": "STAFF",
    "regions": "REGION",
    "agreements": "AGREEMENT",
    "event": "EVENT",
}
COLORS = {
    "DATE": "#7aecec",
    "OFFICIAL": "#feca74",
    "STAFF": "#c9c9c9",
    "REGION": "#aa9cfc",
    "AGREEMENT": "#bfe1d9",
    "EVENT": "#ff9561",
}
ALL = "all"
CJK_FONTS = (
    "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans GB', "
    "'Microsoft YaHei', 'WenQuanYi Micro Hei', 'Noto Serif CJK SC', sans-serif"
)

# displaCy's span templates without the whitespace between tags (which shows as a space between characters)
_TPL_TOKEN = (
    '<span class="extract-tok" data-i="{i}" data-labels="{labels}" title="{labels}" style="font-weight: bold; '
    'display: inline-block; position: relative; height: {total_height}px;">{text}{span_slices}{span_starts}</span>'
)
_TPL_SLICE = (
    '<span style="background: {bg}; top: {top_offset}px; height: 4px; left: -1px; width: calc(100% + 2px); '
    'position: absolute;"></span>'
)
_TPL_START = (
    '<span style="background: {bg}; top: {top_offset}px; height: 4px; border-top-left-radius: 3px; '
    'border-bottom-left-radius: 3px; left: -1px; width: calc(100% + 2px); position: absolute;">'
    '<span class="extract-label" style="background: {bg}; z-index: 10; color: #000; top: -0.5em; '
    'padding: 2px 3px; position: absolute; font-size: 0.6em; font-weight: bold; line-height: 1; '
    'border-radius: 3px; white-space: nowrap;">'
    "{label}{kb_link}</span></span>"
)


class Rendered(str):
    """HTML markup; Jupyter displays it as the picture, everywhere else it is the string."""

    def _repr_html_(self) -> str:
        return str(self)


# ---------------------------------------------------------------- Docs to draw


def _blank_vocab() -> Any:
    from spacy.vocab import Vocab

    return Vocab()


def record_doc(record: Record, text: str) -> Doc:
    """A ``Doc`` of one token per character over ``text`` with the record's items in ``doc.spans["all"]``.

    ``text`` is the decoded original the record was extracted from (its ``spans`` index it).
    """
    from spacy.tokens import Doc

    doc = Doc(_blank_vocab(), words=list(text) or [" "], spaces=[False] * max(len(text), 1))
    spans = []
    for label, offsets in record_spans(record):
        for s, e in offsets:
            span = doc.char_span(s, e, label=label, alignment_mode="expand") if 0 <= s < e <= len(text) else None
            if span is not None:
                spans.append(span)
    doc.spans[ALL] = spans
    return doc


def record_spans(record: Record) -> list[tuple[str, list[OffsetSpan]]]:
    """``(label, spans)`` of every item of the record that is drawn."""
    out: list[tuple[str, list[OffsetSpan]]] = []
    out += [("DATE", list(d.spans)) for d in record.dates]
    out += [("OFFICIAL", list(o.spans)) for o in record.officials]
    out += [("STAFF", list(s.spans)) for s in record.staff]
    out += [("REGION", list(r.spans)) for r in record.regions]
    out += [("AGREEMENT", list(a.spans)) for a in record.agreements]
    if record.event:
        out.append(("EVENT", list(record.event.spans)))
    return out


def merge_spans(doc: Doc, groups: Iterable[str] = tuple(GROUP_LABELS), key: str = ALL) -> Doc:
    """Put the spans of ``groups`` into ``doc.spans[key]``, each labelled by its group (``DATE``, ``REGION``…)."""
    from spacy.tokens import Span

    merged = []
    for group in groups:
        label = GROUP_LABELS.get(group, group.upper())
        merged += [Span(doc, span.start, span.end, label=label) for span in doc.spans.get(group, [])]
    doc.spans[key] = merged
    return doc


# ---------------------------------------------------------------- displaCy


def _renderer(doc: Doc, options: dict[str, Any] | None = None) -> Any:
    from spacy.displacy.render import SpanRenderer
    from spacy.util import escape_html

    class ChineseSpanRenderer(SpanRenderer):
        """displaCy's span renderer that joins tokens as the text does and marks highlighted characters."""

        def __init__(self, options: dict[str, Any]) -> None:
            super().__init__(options)
            self._offsets = [t.idx for t in doc]
            self._spaces = [t.whitespace_ for t in doc]

        def _render_markup(self, per_token_info: list[dict[str, Any]]) -> str:
            parts = []
            for i, token in enumerate(per_token_info):
                text = token["text"]
                entities = sorted(token["entities"], key=lambda d: d["render_slot"])
                if entities and text.strip():
                    labels = " ".join(dict.fromkeys(e["label"] for e in entities))
                    total_height = self.top_offset + self.span_label_offset + self.offset_step * (len(entities) - 1)
                    parts.append(
                        _TPL_TOKEN.format(
                            i=self._offsets[i],
                            labels=html.escape(labels),
                            text=escape_html(text),
                            span_slices=self._get_span_slices(entities),
                            span_starts=self._get_span_starts(entities),
                            total_height=total_height,
                        )
                    )
                else:
                    parts.append(escape_html(text) + self._spaces[i])
            return "".join(parts)

    opts = {"colors": COLORS, "template": {"span": _TPL_TOKEN, "slice": _TPL_SLICE, "start": _TPL_START}}
    opts.update(options or {})
    return ChineseSpanRenderer(opts)


def _markup(doc: Doc, key: str = ALL, options: dict[str, Any] | None = None) -> str:
    from spacy.displacy import parse_spans

    renderer = _renderer(doc, options)
    parsed = parse_spans(doc, {"spans_key": key}) if doc.spans.get(key) else {
        "text": doc.text, "spans": [], "title": None, "settings": {}, "tokens": [t.text for t in doc]
    }  # fmt: skip
    body = renderer.render_spans(parsed["tokens"], parsed["spans"], None)
    # keep the article's line breaks; the tokens have no whitespace of their own
    return body.replace('<div class="spans" style="', '<div class="spans" style="white-space: pre-wrap; ', 1)


def _legend(labels: Sequence[str]) -> str:
    chips = "".join(
        f'<span style="background: {COLORS.get(label, "#ddd")}; padding: 2px 6px; margin-right: 6px; '
        f'border-radius: 3px; font-size: 0.8em; font-weight: bold;">{label}</span>'
        for label in labels
    )
    return f'<div class="extract-legend" style="margin: 0.5em 0 1em;">{chips}</div>'


def _wrap(inner: str) -> str:
    return f'<div class="extract-render" style="font-family: {CJK_FONTS}; line-height: 1.8;">{inner}</div>'


def render(
    obj: str | Record | Doc, *, text: str | None = None, ner: bool = True, groups: Iterable[str] | None = None
) -> Rendered:
    """The article with its items highlighted, as HTML that Jupyter shows (see the module doc)."""
    doc = _doc_of(obj, text=text, ner=ner, groups=groups)
    labels = [label for label in COLORS if any(s.label_ == label for s in doc.spans[ALL])]
    return Rendered(_wrap(_legend(labels) + _markup(doc)))


def _doc_of(obj: str | Record | Doc, *, text: str | None, ner: bool, groups: Iterable[str] | None) -> Doc:
    from spacy.tokens import Doc

    if isinstance(obj, Doc):
        return merge_spans(obj, groups if groups is not None else tuple(GROUP_LABELS))
    if isinstance(obj, Record):
        if text is None:
            raise ValueError("render(record) needs text=: the decoded original the record was extracted from")
        return record_doc(obj, text)
    if isinstance(obj, str):
        from extract.api import extract_text

        return record_doc(extract_text(obj, ner=ner), obj)
    raise TypeError(f"render() takes a str, a Record or a spaCy Doc, not {type(obj).__name__}")


# ---------------------------------------------------------------- the page


def _table(title: str, cols: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in cols)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape('' if v is None else str(v))}</td>" for v in row) + "</tr>" for row in rows
    )
    table = f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    return f"<h3>{html.escape(title)} ({len(rows)})</h3>{table}"


_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: {fonts}; font-size: 16px; margin: 2rem auto; max-width: 1100px; padding: 0 1.5rem; color: #222; }}
h1 {{ font-size: 1.4em; margin-bottom: 0.2em; }}
.meta {{ color: #555; margin: 0.2em 0 1em; }}
.meta b {{ color: #222; }}
.text {{ border: 1px solid #ddd; border-radius: 6px; padding: 1em 1.5em; background: #fcfcfc; }}
table {{ border-collapse: collapse; margin-bottom: 1em; }}
th, td {{ border: 1px solid #ccc; padding: 3px 8px; text-align: left; vertical-align: top; }}
th {{ background: #f0f0f0; }}
h3 {{ margin: 1.2em 0 0.4em; }}
</style>
</head>
<body>
{content}
</body>
</html>
"""


def page_html(record: Record, text: str) -> str:
    """A whole HTML page for one record: the highlighted original text and tables of the items."""
    rec = record
    ev = rec.event
    meta = [
        ("doc_id", rec.doc_id),
        ("source", rec.source or "—"),
        ("publish date", rec.publish_date or "—"),
        ("script", rec.script),
        ("encoding", rec.encoding),
    ]
    if ev:
        meta.append(("event", f"{ev.name}  {ev.start or '?'} – {ev.end or '?'}  @ {ev.location or '?'}"))
    meta_html = "<br>".join(f"<b>{html.escape(k)}</b>: {html.escape(v)}" for k, v in meta)
    tables = [
        _table(
            "dates",
            ["text", "start", "end", "granularity", "year"],
            [
                [d.text, d.start, d.end, d.granularity, "certain" if d.year_certain else f"uncertain ({d.year_source})"]
                for d in rec.dates
            ],
        ),
        _table("officials", ["name", "titles"], [[o.name, "、".join(o.titles)] for o in rec.officials]),
        _table("staff", ["name", "roles"], [[s.name, "、".join(s.roles)] for s in rec.staff]),
        _table(
            "regions",
            ["name", "level", "adcode", "parents"],
            [[r.name, r.level, r.adcode, " › ".join(r.parents)] for r in rec.regions],
        ),
        _table("agreements", ["title", "kind", "action"], [[a.title, a.kind, a.action] for a in rec.agreements]),
    ]
    content = (
        f"<h1>{html.escape(rec.title or rec.doc_id)}</h1>"
        f'<div class="meta">{meta_html}</div>'
        f'<div class="text">{render(rec, text=text)}</div>' + "".join(tables)
    )
    return _PAGE.format(title=html.escape(rec.title or rec.doc_id), fonts=CJK_FONTS, content=content)
