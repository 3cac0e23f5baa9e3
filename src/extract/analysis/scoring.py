"""Per-field precision, recall and F1 of predicted records against gold, as the reference scorer counts.

Same matching rules as ``../shared/tools/score.py`` (RECORD.md, "How the scorer
counts"); ``tests/test_scoring.py`` checks that both give the same figures.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from extract.io.records import iter_record_dicts
from extract.rules import read_tsv

Rec = dict[str, Any]
FIELDS = ("dates", "officials", "staff", "regions", "agreements", "parties", "event", "meta")


@cache
def zone_aliases() -> dict[str, str]:
    return {row[0]: row[1] for row in read_tsv("zone_aliases.tsv") if len(row) >= 2}


def load_records(folder: Path) -> dict[str, Rec]:
    """Records from ``<doc_id>.json`` and ``*.jsonl`` files of a folder (or one file), as the
    reference scorer reads them: every ``*.json``, then every ``*.jsonl``; a later one of a
    ``doc_id`` wins."""
    return {rec["doc_id"]: rec for _, rec in iter_record_dicts(folder, every_file=True)}


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    attr: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


Miss = tuple[str, str, Any, str]


def _items(rec: Rec | None, name: str) -> list[Rec]:
    return [x for x in ((rec or {}).get(name) or []) if isinstance(x, dict)]


def _squash(v: Any) -> Any:
    return "".join(v.split()) if isinstance(v, str) else v


def _near(a: Any, b: Any) -> bool:
    if not isinstance(a, str) or not isinstance(b, str) or not a or not b:
        return False
    return (a in b or b in a) and abs(len(a) - len(b)) <= 4


def _date_key(item: Rec, certain: bool) -> tuple[str, str]:
    s, e = str(item.get("start") or ""), str(item.get("end") or item.get("start") or "")
    return (s, e) if certain else (s[5:], e[5:])


def _score_dates(gold: Rec, pred: Rec | None, t: Tally, misses: list[Miss]) -> None:
    pitems = _items(pred, "dates")
    used = [False] * len(pitems)
    for g in _items(gold, "dates"):
        certain = g.get("year_certain", True) is not False
        k = _date_key(g, certain)
        for i, p in enumerate(pitems):
            if not used[i] and _date_key(p, certain) == k:
                used[i] = True
                t.tp += 1
                break
        else:
            t.fn += 1
            misses.append(("dates", "missed", g.get("text"), f"{g.get('start')}..{g.get('end')}"))
    seen = {_date_key(p, True) for p, u in zip(pitems, used, strict=True) if u}
    for p, u in zip(pitems, used, strict=True):
        if not u and _date_key(p, True) not in seen:
            t.fp += 1
            seen.add(_date_key(p, True))
            misses.append(("dates", "extra", p.get("text"), f"{p.get('start')}..{p.get('end')}"))


def _party_names(item: Rec, zones: dict[str, str]) -> list[str] | None:
    """Canonical names of an item's parties; None where the item has no ``parties`` key (not annotated)."""
    if "parties" not in item:
        return None
    return sorted({zones.get(str(x.get("name")), x.get("name")) for x in item.get("parties") or []})


def _score_parties(gold: Rec, pred: Rec | None, zones: dict[str, str], t: Tally, misses: list[Miss]) -> None:
    """The event's parties by canonical name; only where the gold event has a ``parties`` key."""
    ge = gold.get("event") or {}
    g = _party_names(ge, zones) if ge else None
    if g is None:
        return
    p = set(_party_names((pred or {}).get("event") or {}, zones) or [])
    for name in g:
        if name in p:
            t.tp += 1
        else:
            t.fn += 1
            misses.append(("parties", "missed", name, ""))
    for name in sorted(p - set(g)):
        t.fp += 1
        misses.append(("parties", "extra", name, ""))


def _score_keyed(
    name: str,
    key: Callable[[Rec], Any],
    attrs: dict[str, Callable[[Rec], Any]],
    gold: Rec,
    pred: Rec | None,
    t: Tally,
    misses: list[Miss],
    forbid: frozenset[str] = frozenset(),
) -> None:
    g: dict[Any, Rec] = {}
    for x in _items(gold, name):
        g.setdefault(key(x), x)
    p: dict[Any, Rec] = {}
    for x in _items(pred, name):
        p.setdefault(key(x), x)
    for k, gx in g.items():
        if k in p:
            t.tp += 1
            for attr, fn in attrs.items():
                if fn(gx) is None:  # attribute not annotated in this gold item
                    continue
                t.attr[attr][1] += 1
                if fn(gx) == fn(p[k]):
                    t.attr[attr][0] += 1
                else:
                    misses.append((name, f"wrong {attr}", k, f"gold={fn(gx)} got={fn(p[k])}"))
        else:
            t.fn += 1
            misses.append((name, "missed", k, ""))
    for k in p:
        if k not in g:
            t.fp += 1
            misses.append((name, "extra (staff or non-official)" if k in forbid else "extra", k, ""))


def score(gold: dict[str, Rec], pred: dict[str, Rec]) -> tuple[dict[str, dict[str, Any]], dict[str, list[Miss]]]:
    """Summary per field and the misses per document."""
    zones = zone_aliases()
    tallies = {f: Tally() for f in FIELDS}
    misses: dict[str, list[Miss]] = {}
    for doc_id, g in sorted(gold.items()):
        p = pred.get(doc_id)
        m: list[Miss] = []
        if p is None:
            m.append(("record", "missing", doc_id, ""))
        _score_dates(g, p, tallies["dates"], m)
        staff_names = frozenset(str(x.get("name")) for x in _items(g, "staff"))
        _score_keyed(
            "officials",
            lambda x: x.get("name"),
            {"titles": lambda x: sorted(set(x.get("titles") or []))},
            g, p, tallies["officials"], m, forbid=staff_names,
        )  # fmt: skip
        _score_keyed(
            "staff", lambda x: x.get("name"), {"roles": lambda x: sorted(set(x.get("roles") or []))},
            g, p, tallies["staff"], m,
        )  # fmt: skip
        _score_keyed(
            "regions", lambda x: zones.get(str(x.get("name")), x.get("name")), {"level": lambda x: x.get("level")},
            g, p, tallies["regions"], m,
        )  # fmt: skip
        _score_keyed(
            "agreements",
            lambda x: " ".join(str(x.get("title") or "").split()),
            {"kind": lambda x: x.get("kind"), "action": lambda x: x.get("action"),
             "parties": lambda x: _party_names(x, zones)},
            g, p, tallies["agreements"], m,
        )  # fmt: skip
        _score_parties(g, p, zones, tallies["parties"], m)
        ge, pe = g.get("event") or None, (p or {}).get("event") or None
        # an event day whose year the text leaves open (a gold date of that day says year_certain: false)
        # is compared on month and day, as the dates field is
        open_year = {d.get(k) for d in _items(g, "dates") if d.get("year_certain") is False for k in ("start", "end")}
        if ge:
            te = tallies["event"]
            for part in ("name", "start", "end", "location"):
                te.attr[part][1] += 1
                gv, pv = ge.get(part), (pe or {}).get(part)
                if part in ("start", "end") and gv in open_year and isinstance(pv, str) and gv:
                    gv, pv = gv[5:], pv[5:]
                if pe and (pv == gv or (part == "name" and _near(gv, pv))):
                    te.attr[part][0] += 1
                else:
                    m.append(("event", f"wrong {part}", ge.get(part), f"got={(pe or {}).get(part)}"))
        tm = tallies["meta"]
        for part in ("publish_date", "source", "title", "script"):
            tm.attr[part][1] += 1
            if p and _squash(p.get(part)) == _squash(g.get(part)):
                tm.attr[part][0] += 1
            else:
                m.append(("meta", f"wrong {part}", g.get(part), f"got={(p or {}).get(part)}"))
        misses[doc_id] = m

    summary: dict[str, dict[str, Any]] = {}
    for f, t in tallies.items():
        row: dict[str, Any] = {}
        if f == "parties" and not (t.tp or t.fn or t.fp):
            continue  # no gold event annotated with parties
        if f not in ("event", "meta"):
            pr, rc, f1 = t.prf()
            row.update(precision=round(pr, 4), recall=round(rc, 4), f1=round(f1, 4), tp=t.tp, fp=t.fp, fn=t.fn)
        for attr, (right, total) in t.attr.items():
            row[attr] = round(right / total, 4) if total else 1.0
        summary[f] = row
    summary["documents"] = {"gold": len(gold), "predicted": sum(1 for d in gold if d in pred)}
    return summary, misses


def evaluate(articles: Path, gold: Path, *, ner: bool = True) -> dict[str, dict[str, Any]]:
    """Extract every article of a folder and score the records against a gold folder."""
    from extract.api import extract_many
    from extract.models import Record

    records = {
        r.doc_id: json.loads(r.model_dump_json())
        for r in extract_many(articles, ner=ner)
        if isinstance(r, Record)
    }
    summary, _ = score(load_records(gold), records)
    return summary


def flat_scores(summary: dict[str, dict[str, Any]]) -> dict[str, float]:
    """``field.f1`` and ``field.attribute`` figures of a summary, one number each (the accuracy gate's keys)."""
    out: dict[str, float] = {}
    for name, row in summary.items():
        if name == "documents":
            continue
        for key, value in row.items():
            if key in ("precision", "recall", "tp", "fp", "fn"):
                continue
            out[f"{name}.{key}"] = float(value)
    return out


def format_summary(summary: dict[str, dict[str, Any]]) -> str:
    lines = [f"{'field':<11}{'P':>7}{'R':>7}{'F1':>7}   attributes"]
    for f, row in summary.items():
        if f == "documents":
            continue
        attrs = "  ".join(
            f"{k}={v:.3f}" for k, v in row.items() if k not in ("precision", "recall", "f1", "tp", "fp", "fn")
        )
        if "f1" in row:
            lines.append(f"{f:<11}{row['precision']:>7.3f}{row['recall']:>7.3f}{row['f1']:>7.3f}   {attrs}")
        else:
            lines.append(f"{f:<11}{'':>21}   {attrs}")
    d = summary["documents"]
    lines.append(f"documents: {d['predicted']}/{d['gold']} predicted")
    return "\n".join(lines)
