"""The ``extract`` command line.  Heavy modules are imported inside commands, so ``--help`` stays fast."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from extract.text.decode import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from extract.models import Record
    from extract.text.normalize import Article

app = typer.Typer(
    help="Extract dates, officials, staff, regions, agreements and events from Chinese news articles.",
    no_args_is_help=True,
    add_completion=False,
    # plain help (click's): rich's help panels cost `extract --help` 0.2 s of imports, half its time
    rich_markup_mode=None,
    pretty_exceptions_show_locals=False,
)

# `extract ner train|eval`: the recipe and evaluation of the trained NER component (cheap to import)
from extract.ner.cli import ner_app  # noqa: E402

app.add_typer(ner_app, name="ner")

NoNer = Annotated[bool, typer.Option("--no-ner", help="Rules only: skip the trained NER component.")]
ReferenceDate = Annotated[
    str | None,
    typer.Option(
        "--reference-date",
        help="YYYY-MM-DD: when the articles were written, as far as you know; fixes relative days and "
        "open years where neither the text nor its page date does (README 'Years').",
    ),
]


_FIELD_HELP = "The column of a collection holding {}; recognized by its usual names when not given (README 'Inputs')."
TextField = Annotated[str | None, typer.Option(help=_FIELD_HELP.format("the article's text (or HTML)"))]
IdField = Annotated[str | None, typer.Option(help=_FIELD_HELP.format("its id (its doc_id, made file-safe)"))]
UrlField = Annotated[str | None, typer.Option(help=_FIELD_HELP.format("its URL"))]
TitleField = Annotated[str | None, typer.Option(help=_FIELD_HELP.format("its title"))]
DateField = Annotated[str | None, typer.Option(help=_FIELD_HELP.format("its publish date"))]
SourceField = Annotated[str | None, typer.Option(help=_FIELD_HELP.format("its source (outlet)"))]
CrawlField = Annotated[str | None, typer.Option(help=_FIELD_HELP.format("its crawl time"))]


def _reference(value: str | None) -> date | None:
    """The --reference-date as a date; a bad one is a one-sentence error (exit 2)."""
    from extract.api import as_date

    try:
        return as_date(value)
    except ValueError as e:
        typer.echo(f"extract: --reference-date: {e}", err=True)
        raise typer.Exit(2) from None


@app.command()
def run(
    inputs: Annotated[
        list[Path],
        typer.Argument(help="Article files (.txt, .html), collections (.jsonl, .csv, .tsv, .parquet) and folders."),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("data/out"),
    no_ner: NoNer = False,
    max_bytes: Annotated[int, typer.Option(help="Larger inputs are refused with an error entry.")] = DEFAULT_MAX_BYTES,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    workers: Annotated[
        int, typer.Option("--workers", "-w", help="Worker processes; 0 means one per available core.")
    ] = 0,
    force: Annotated[bool, typer.Option(help="Redo articles already done with the same content and version.")] = False,
    scheduler: Annotated[
        str | None, typer.Option(help="Run on a Dask cluster: the scheduler's address (tcp://host:8786).")
    ] = None,
    reference_date: ReferenceDate = None,
    time_limit: Annotated[
        float, typer.Option(help="Seconds one article may take; a slower one gets an error entry (0: no limit).")
    ] = 120.0,  # batch.DEFAULT_TIME_LIMIT (not imported here: --help stays light)
    text_field: TextField = None,
    id_field: IdField = None,
    url_field: UrlField = None,
    title_field: TitleField = None,
    date_field: DateField = None,
    source_field: SourceField = None,
    crawl_field: CrawlField = None,
) -> None:
    """Process articles into OUT/<doc_id>.json, OUT/records.jsonl and OUT/errors.jsonl.

    INPUTS: article files (.txt, HTML pages .html/.htm), collections of scraped articles
    (JSONL .jsonl/.ndjson/.jsonl.gz, CSV/TSV, Parquet: one article a row) and folders of them.
    A collection's columns are recognized by their usual names (text, content, body…; url, link;
    title; publish_date, date…) or named with --text-field, --id-field and the like.
    A re-run skips articles whose content and pipeline version are unchanged
    (OUT/.extract-manifest.ndjson), so an interrupted run resumes where it stopped.
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from extract.io.batch import BatchError, count_articles, default_workers, run_batch, shown
    from extract.io.collections import FieldNames

    fields = FieldNames(text_field, id_field, url_field, title_field, date_field, source_field, crawl_field)

    reference = _reference(reference_date)
    console = Console(stderr=True, highlight=False)
    if quiet:
        import logging

        import jieba

        jieba.setLogLevel(logging.WARNING)  # its dictionary messages; workers are forked with this level
    # the inputs counted for the progress bar only: a quiet run over a large collection reads it once
    total = None if quiet else count_articles(inputs)
    progress = Progress(
        TextColumn("[bold]extract"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.description}"),
        console=console,
        disable=quiet,
        transient=False,
    )
    try:
        with progress:
            task = progress.add_task("", total=total)
            executor = None
            if scheduler:
                from extract.io.cluster import connect, dask_executor

                executor = dask_executor(connect(scheduler))
            summary = run_batch(
                inputs,
                out,
                ner=not no_ner,
                max_bytes=max_bytes,
                workers=workers or default_workers(),
                force=force,
                executor=executor,
                on_progress=lambda name: progress.update(task, advance=1, description=name[:40]),
                reference_date=reference,
                fields=fields,
                time_limit=time_limit,
            )
    except BatchError as e:
        typer.echo(f"extract: {e}", err=True)
        raise typer.Exit(2) from e
    except KeyboardInterrupt:
        typer.echo(
            f"extract: interrupted; the articles done are in {shown(out)} — run the same command again to go on",
            err=True,
        )
        raise typer.Exit(130) from None
    items = ", ".join(f"{k} {v}" for k, v in summary.items.items())
    skipped = f", {summary.skipped} unchanged and skipped" if summary.skipped else ""
    done = f"{summary.articles} articles processed{skipped} → {shown(out)}  ({items or 'no items'})"
    console.print(done, markup=False)
    if summary.errors:
        console.print(f"[red]{summary.errors} input(s) failed[/red]; reasons in {shown(out / 'errors.jsonl')}")
        for line in summary.error_list[:10]:
            where = f"{line['file']}:{line['row']}" if "row" in line else line["file"]  # a collection's row
            console.print(f"  {where}: {line['reason'].splitlines()[0]}", markup=False)
        raise typer.Exit(1)


@app.command()
def show(
    file: Annotated[Path, typer.Argument(help="One article file (.txt, a saved page), or a collection with --row.")],
    no_ner: NoNer = False,
    reference_date: ReferenceDate = None,
    row: Annotated[
        int | None,
        typer.Option("--row", help="A collection's article: its line (JSONL, CSV) or row (Parquet)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the record as JSON.")] = False,
    html_out: Annotated[
        Path | None,
        typer.Option("--html", help="Also write a page with the article's items highlighted to this file."),
    ] = None,
) -> None:
    """Print the record of one article readably (and with --html, write it as a page)."""
    from extract.io.batch import shown, stem_of
    from extract.io.collections import is_collection
    from extract.pipeline import components as pipeline
    from extract.text.decode import InputError, read_input
    from extract.text.normalize import normalize_bytes

    html = True if file.suffix.lower() in (".html", ".htm") else None
    try:  # read_input refuses a FIFO or a device instead of waiting on it, and a too large file unread
        if is_collection(file):
            article = _collection_article(file, row)
        elif row is not None:
            raise InputError("--row is for a collection (JSONL, CSV, Parquet), and this is one article")
        else:
            article = normalize_bytes(read_input(file), doc_id=stem_of(file), html=html)
    except InputError as e:
        typer.echo(f"extract: {shown(file)}: {e}", err=True)
        raise typer.Exit(2) from e
    reference = _reference(reference_date)
    record = pipeline.extract_article(article, ner=not no_ner, reference_date=reference)
    if html_out is not None:
        from extract.io.batch import write_atomic
        from extract.viz.html import page_html

        try:
            write_atomic(html_out, page_html(record, article.raw))
        except OSError as e:
            typer.echo(f"extract: cannot write {shown(html_out)}: {e.strerror or e}", err=True)
            raise typer.Exit(2) from e
        typer.echo(f"extract: wrote {shown(html_out)}", err=True)
    if as_json:
        typer.echo(record.model_dump_json(indent=1))
        return
    from extract.viz.terminal import print_record

    print_record(record)


def _collection_article(file: Path, row: int | None) -> Article:
    """The normalized article of a collection's row (``extract show FILE --row N``)."""
    from extract.io.collections import CollectionError, read_collection, safe_id
    from extract.text.decode import InputError
    from extract.text.normalize import normalize_text

    if row is None:
        raise InputError("a collection holds many articles: say which with --row N (extract run reads them all)")
    try:
        found = next((r for r in read_collection(file) if r.number == row), None)
    except CollectionError as e:
        raise InputError(str(e)) from e
    if found is None:
        raise InputError(f"no row {row}")
    if found.error is not None:
        raise InputError(f"row {row}: {found.error}")
    doc_id = safe_id(found.id) if found.id is not None else f"{file.stem}#{row}"
    return normalize_text(found.text or "", doc_id=doc_id, meta=found.meta)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the record."""
    from extract.models import Record

    typer.echo(json.dumps(Record.model_json_schema(), ensure_ascii=False, indent=1))


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Folder (or JSONL file) of gold records.")],
    pred: Annotated[Path, typer.Argument(help="Folder (or JSONL file) of predicted records.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    diff: Annotated[bool, typer.Option("--diff", help="List every miss and extra.")] = False,
) -> None:
    """Per-field P/R/F1 of PRED against GOLD, counted as ../shared/tools/score.py counts."""
    from extract.analysis.scoring import format_summary, load_records, score

    if not gold.exists():
        typer.echo(f"extract: no gold at {gold}", err=True)
        raise typer.Exit(2)
    gold_records = load_records(gold)
    if not gold_records:
        typer.echo(f"extract: no gold records in {gold}", err=True)
        raise typer.Exit(2)
    summary, misses = score(gold_records, load_records(pred) if pred.exists() else {})
    typer.echo(json.dumps(summary, ensure_ascii=False, indent=1) if as_json else format_summary(summary))
    if diff:
        for doc_id, rows in misses.items():
            for name, what, key, extra in rows:
                typer.echo(f"{doc_id}\t{name}\t{what}\t{key}\t{extra}")


def _read_record_folder(folder: Path) -> list[Record]:
    """Validated records of a folder written by ``extract run`` (exit 2 with the reason when unreadable)."""
    from extract.analysis.frames import read_records

    try:
        return read_records(folder)
    except (OSError, ValueError) as e:
        typer.echo(f"extract: {e}", err=True)
        raise typer.Exit(2) from e


@app.command()
def export(
    folder: Annotated[Path, typer.Argument(help="Folder of records (<doc_id>.json, records.jsonl) or one such file.")],
    to: Annotated[Path, typer.Option("--to", help="Folder for the tables.")] = Path("data/tables"),
    fmt: Annotated[str, typer.Option("--format", "-f", help="parquet or csv.")] = "parquet",
) -> None:
    """Write the records' tables (articles, dates, officials, staff, regions, agreements) as Parquet or CSV."""
    from extract.analysis.frames import MissingExtraError, to_frames, write_frames

    if fmt not in ("parquet", "csv"):
        typer.echo(f"extract: --format must be parquet or csv, not {fmt!r}", err=True)
        raise typer.Exit(2)
    records = _read_record_folder(folder)
    try:
        written = write_frames(to_frames(records), to, fmt)  # type: ignore[arg-type]
    except MissingExtraError as e:
        typer.echo(f"extract: {e}", err=True)
        raise typer.Exit(2) from e
    typer.echo(f"{len(records)} records → " + ", ".join(str(p) for p in written))


@app.command()
def people(
    folder: Annotated[Path, typer.Argument(help="Folder of records (<doc_id>.json, records.jsonl) or one such file.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the index as JSON.")] = False,
    events: Annotated[
        bool, typer.Option("--events", help="Also list each person's events: date, location and parties.")
    ] = False,
    person: Annotated[str | None, typer.Option("--person", help="Only this person (name, or key: 张伟#2).")] = None,
) -> None:
    """Each person of the records with every title held and when each was reported (see README, people index)."""
    from extract.analysis.people_index import format_index, people_index

    records = _read_record_folder(folder)
    index = people_index(records)
    if person is not None:
        index = [p for p in index if person in (p.name, p.key)]
    if events:
        from extract.analysis.cooperation import format_person_events, person_events

        by_key = {p.key: person_events(p, records) for p in index}
    if as_json:
        rows = [p.to_dict() | ({"events": by_key[p.key]} if events else {}) for p in index]
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    elif index:
        blocks = [format_index([p]) + (("\n" + format_person_events(by_key[p.key])) if events else "") for p in index]
        typer.echo("\n".join(blocks))
    else:
        typer.echo("no such person in these records" if person else "no officials in these records", err=True)


@app.command()
def network(
    folder: Annotated[Path, typer.Argument(help="Folder of records (<doc_id>.json, records.jsonl, gold) or a file.")],
    to: Annotated[Path | None, typer.Option("--to", help="Folder for the tables (or network.graphml).")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="csv, parquet or graphml.")] = "csv",
    html_out: Annotated[Path | None, typer.Option("--html", help="Write an interactive page (works offline).")] = None,
    since: Annotated[str | None, typer.Option(help="Only articles dated from: 2020, 2020-06 or 2020-06-15.")] = None,
    until: Annotated[str | None, typer.Option(help="Only articles dated until then (inclusive), same forms.")] = None,
    color: Annotated[str, typer.Option("--color", help="Colour the page's places by province or level.")] = "province",
) -> None:
    """Who cooperates with whom: the places that are parties of the records' events and documents, and their ties.

    Without --to or --html, prints a summary and the strongest ties.
    """
    from extract.analysis.cooperation import FORMATS
    from extract.analysis.frames import MissingExtraError

    if fmt not in FORMATS or color not in ("province", "level"):
        typer.echo(f"extract: --format is one of {', '.join(FORMATS)}; --color is province or level", err=True)
        raise typer.Exit(2)
    try:
        from extract.analysis.cooperation import network as build

        net = build(folder, since=since, until=until)
        if to is not None:
            written = net.write(to, fmt)  # type: ignore[arg-type]
            typer.echo(f"{net!r} → " + ", ".join(str(p) for p in written))
        if html_out is not None:
            from extract.viz.network import write_page

            typer.echo(f"{net!r} → {write_page(net, html_out, color_by=color)}")  # type: ignore[arg-type]
    except (OSError, ValueError, MissingExtraError) as e:
        typer.echo(f"extract: {e}", err=True)
        raise typer.Exit(2) from e
    if to is None and html_out is None:
        typer.echo(repr(net))
        from extract.analysis.cooperation import year_span

        for p in net.pairs().head(15).itertuples():
            span = year_span(p.first_year, p.last_year)
            typer.echo(f"  {p.a} — {p.b}\t{p.weight} article(s), {p.n_agreements} document(s)\t{span}")


def main() -> None:
    """The console entry (`extract`, `python -m extract`): a rules file that breaks its schema (a
    user's extension, rules/SCHEMA.tsv) is one message naming its file and line and exit status 2,
    not a traceback."""
    from extract.rules import RulesError

    try:
        app(prog_name="extract")
    except RulesError as e:
        typer.echo(f"extract: the rules do not load: {e}", err=True)
        raise SystemExit(2) from None


if __name__ == "__main__":  # pragma: no cover
    main()
