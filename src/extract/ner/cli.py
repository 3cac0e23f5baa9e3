"""``extract ner …``: train and evaluate the NER pipeline (typer sub-app ``ner_app``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from extract.ner.train import DEFAULT_DATA_DIR, HEADS, MODEL_DIR, SEED

ner_app = typer.Typer(
    help="Train and evaluate the packaged Chinese NER pipeline.", no_args_is_help=True, rich_markup_mode=None
)

# the --data-dir option of both commands
DataDir = Annotated[Path, typer.Option("--data-dir", help="benchmarks folder (cluener/, msra/)")]


def _require_data(data_dir: Path) -> None:
    if not data_dir.exists():
        typer.echo(f"no benchmark data at {data_dir}", err=True)
        raise typer.Exit(2)


@ner_app.command("train")
def train_cmd(
    data_dir: DataDir = DEFAULT_DATA_DIR,
    out: Annotated[Path, typer.Option("--out", help="where to save the assembled pipeline")] = MODEL_DIR,
    max_steps: Annotated[int, typer.Option("--max-steps", help="updates per head (0: the recipe's defaults)")] = 0,
    epochs: Annotated[int, typer.Option("--epochs", help="stop after this many epochs (0: no epoch limit)")] = 0,
    limit: Annotated[int, typer.Option("--limit", help="train on the first N sentences of each corpus only")] = 0,
    seed: Annotated[int, typer.Option("--seed")] = SEED,
    head: Annotated[
        list[str] | None, typer.Option("--head", help="heads to train: cluener, msra (default both)")
    ] = None,
    eval_frequency: Annotated[
        int, typer.Option("--eval-frequency", help="steps between held-out scores (0: the recipe's defaults)")
    ] = 0,
    msra_from: Annotated[
        Path | None,
        typer.Option(
            "--msra-from",
            help="without --head msra: pipeline whose MSRA head is kept and starts the CLUENER head"
            " (default: the packaged model)",
        ),
    ] = None,
) -> None:
    """Convert the benchmarks to DocBin, train each head, assemble and save the pipeline.

    ``--head cluener`` retrains only the CLUENER head on top of an existing MSRA head.
    """
    from extract.ner.train import train

    head = head or list(HEADS)
    bad = [h for h in head if h not in HEADS]
    if bad:
        raise typer.BadParameter(f"unknown head(s) {bad}; choose from {list(HEADS)}")
    _require_data(data_dir)
    summary = train(
        data_dir, out, max_steps=max_steps, epochs=epochs, limit=limit, seed=seed,
        heads=tuple(head), eval_frequency=eval_frequency,
        msra_from=msra_from,
    )  # fmt: skip
    typer.echo(json.dumps(summary, ensure_ascii=False, indent=2))


@ner_app.command("eval")
def eval_cmd(
    data_dir: DataDir = DEFAULT_DATA_DIR,
    model: Annotated[Path, typer.Option("--model", help="trained pipeline to evaluate")] = MODEL_DIR,
    limit: Annotated[int, typer.Option("--limit", help="evaluate on the first N sentences of each split only")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
) -> None:
    """Per-label precision / recall / F1 on CLUENER dev and on MSRA test."""
    from extract.ner.train import evaluate

    _require_data(data_dir)
    result = evaluate(model, data_dir, limit)
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    for res in result.values():
        typer.echo(f"{res['split']} ({res['docs']} sentences, {res['chars_per_s']} chars/s)")
        typer.echo(f"  {'label':<14}{'P':>8}{'R':>8}{'F1':>8}{'gold':>7}")
        for label, s in res["labels"].items():
            typer.echo(f"  {label:<14}{s['p']:>8.4f}{s['r']:>8.4f}{s['f']:>8.4f}{s['n_gold']:>7}")


if __name__ == "__main__":  # pragma: no cover
    ner_app()
