"""Readable terminal view of a record (``extract show``)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from extract.models import Record


def print_record(record: Record, console: Console | None = None) -> None:
    c = console or Console()
    c.print(f"[bold]{record.doc_id}[/bold]  script={record.script}  encoding={record.encoding}")
    c.print(f"title: {record.title or '—'}")
    c.print(f"source: {record.source or '—'}   publish_date: {record.publish_date or '—'}")
    if record.event:
        e = record.event
        year = "" if e.year_certain is not False else "  (year not pinned down)"
        c.print(f"event: {e.name or '(no name)'}  {e.start}..{e.end}{year}  @ {e.location or '?'}")
        sides = "、".join(p.name for p in e.parties) or "—"
        c.print(f"parties: {sides}" + (f"  ({e.parties_evidence})" if e.parties_evidence else ""))
    sections: list[tuple[str, list[str], list[list[str]]]] = [
        (
            "dates",
            ["text", "start", "end", "granularity", "year"],
            [
                [d.text, d.start, d.end, d.granularity, "certain" if d.year_certain else f"uncertain ({d.year_source})"]
                for d in record.dates
            ],
        ),
        ("officials", ["name", "titles"], [[o.name, "、".join(o.titles)] for o in record.officials]),
        ("staff", ["name", "roles"], [[s.name, "、".join(s.roles)] for s in record.staff]),
        ("regions", ["name", "level", "adcode"], [[r.name, r.level, r.adcode or ""] for r in record.regions]),
        (
            "agreements",
            ["title", "kind", "action", "parties"],
            [[a.title, a.kind, a.action, "、".join(p.name for p in a.parties)] for a in record.agreements],
        ),
    ]
    for name, cols, rows in sections:
        table = Table(title=f"{name} ({len(rows)})", title_justify="left", show_edge=False)
        for col in cols:
            table.add_column(col)
        for row in rows:
            table.add_row(*row)
        c.print(table)
