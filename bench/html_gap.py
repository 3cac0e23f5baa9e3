"""What the HTML path loses: every evaluation set scored as text files and as saved web pages.

    .venv/bin/python bench/html_gap.py [--ner] [--sets seeds,realdev,heldout4]

Each set's text articles are wrapped into pages by ``bench/as_html.py`` (menus, scripts,
comments, related-news lists, footers; the article's lines unchanged) in a temporary folder,
both are run through the pipeline and scored against the same gold, and the per-field F1 of
the two is printed side by side with the difference. A field that drops says what the page
reading (trafilatura/htmldate and what comes after) loses or lets in.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import as_html
from gate import sets


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ner", action="store_true", help="with the NER component (default: rules only)")
    ap.add_argument("--sets", help="comma-separated set names (default: all)")
    args = ap.parse_args()
    from extract.analysis.scoring import evaluate, flat_scores

    chosen = sets()
    if args.sets:
        chosen = {k: v for k, v in chosen.items() if k in args.sets.split(",")}
    totals: dict[str, list[float]] = {}
    for name, (articles, gold) in chosen.items():
        texts = sorted(articles.glob("*.txt"))
        if not texts or any(p.suffix != ".txt" for p in articles.iterdir() if p.is_file()):
            continue  # a set of pages and collections already (heldout8): nothing to wrap
        with tempfile.TemporaryDirectory() as tmp:
            pages = Path(tmp)
            as_html.write_pages(articles, pages)
            as_text = flat_scores(evaluate(articles, gold, ner=args.ner))
            as_page = flat_scores(evaluate(pages, gold, ner=args.ner))
        print(f"\n{name} ({len(texts)} articles): field  text  page  change")
        for field, value in as_text.items():
            page = as_page.get(field, 0.0)
            totals.setdefault(field, []).append(page - value)
            mark = "  <<" if page < value - 0.005 else ""
            print(f"  {field:<28}{value:6.3f}{page:6.3f}{page - value:+7.3f}{mark}")
    if totals:
        print("\nmean change over the sets:")
        for field, changes in totals.items():
            print(f"  {field:<28}{sum(changes) / len(changes):+7.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
