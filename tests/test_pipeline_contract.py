"""The pipeline as spaCy users meet it: a pipeline of one's own, saved and loaded back."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import seed

import extract


def spans_of(doc) -> dict[str, list[tuple[int, int, str]]]:  # type: ignore[no-untyped-def]
    return {k: [(s.start_char, s.end_char, s.label_) for s in g] for k, g in sorted(doc.spans.items())}


def test_editing_a_loaded_pipeline_changes_nothing_else() -> None:
    text = seed("002").read_text(encoding="utf-8")
    before = extract.extract_text(text, ner=False)
    assert before.regions
    nlp = extract.load(ner=False)
    nlp.remove_pipe("extract_regions")
    assert "extract_regions" not in nlp.pipe_names
    assert "extract_regions" in extract.load(ner=False).pipe_names  # a new one each call
    after = extract.extract_text(text, ner=False)
    assert [r.name for r in after.regions] == [r.name for r in before.regions]


def test_a_saved_pipeline_loads_back_with_its_tokenizer_and_spans(tmp_path: Path) -> None:
    text = seed("004").read_text(encoding="utf-8")  # Traditional with pinyin artifacts: offsets move
    nlp = extract.load(ner=False)
    nlp.to_disk(tmp_path / "nlp")
    expected = spans_of(nlp(text))
    assert expected["agreements"] and expected["dates"]
    # a fresh process, as a user's would be: the tokenizer and components come from the entry points
    code = (
        "import json, sys, spacy\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "doc = nlp(open(sys.argv[2], encoding='utf-8').read())\n"
        "print(type(nlp.tokenizer).__name__)\n"
        "print(json.dumps({k: [(s.start_char, s.end_char, s.label_) for s in g] for k, g in sorted(doc.spans.items())}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "nlp"), str(seed("004"))],
        capture_output=True, text=True, check=True,
    ).stdout.splitlines()
    assert out[0] == "NormalizingTokenizer"
    loaded = {k: [tuple(x) for x in v] for k, v in json.loads(out[-1]).items()}
    assert loaded == expected


def test_analyze_pipes_shows_who_needs_what() -> None:
    nlp = extract.load(ner=True)
    names = nlp.pipe_names
    assert names.index("extract_ner") < names.index("extract_event")
    analysis = nlp.analyze_pipes(pretty=False)
    assert analysis["problems"] == {name: [] for name in names}
    assert analysis["attrs"]["doc._.regions"]["requires"] == ["extract_ner", "extract_ner_link", "extract_event"]
    nlp.remove_pipe("extract_people")
    assert nlp.analyze_pipes(pretty=False)["problems"]["extract_regions"] == ["doc._.people"]


# ---------------------------------------------------------------- the layers depend downwards only


def _imports(path: Path) -> set[str]:
    import ast

    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module)
    return out


# layer → what its modules may not import (the layers above it, and spaCy below the pipeline)
UPWARD = {
    "text": ("extract.pipeline", "extract.extractors", "extract.ner", "extract.io", "extract.analysis", "extract.viz", "extract.api", "extract.cli", "spacy"),
    "extractors": ("extract.pipeline", "extract.ner", "extract.io", "extract.analysis", "extract.viz", "extract.api", "extract.cli", "spacy"),
    "pipeline": ("extract.io", "extract.analysis", "extract.viz", "extract.api", "extract.cli"),
    "ner": ("extract.io", "extract.analysis", "extract.viz", "extract.api", "extract.cli"),
}


@pytest.mark.parametrize("layer", sorted(UPWARD))
def test_a_layer_imports_nothing_above_it(layer: str) -> None:
    import extract

    root = Path(extract.__file__).parent / layer
    modules = sorted(root.rglob("*.py"))
    assert modules
    wrong = {
        f"{m.relative_to(root.parent)} imports {name}"
        for m in modules
        for name in _imports(m)
        if name.startswith(UPWARD[layer])
    }
    assert not wrong, sorted(wrong)


def test_the_doc_has_one_token_per_character_and_one_per_run_of_space() -> None:
    from spacy.vocab import Vocab

    from extract.pipeline.tokenizer import char_doc

    text = "沪苏浙皖  签署\n\n协议　合作 \t \n北京"
    doc = char_doc(Vocab(), text)
    assert doc.text == text
    assert [t.text for t in doc][:6] == ["沪", "苏", "浙", "皖", "  ", "签"]
    assert "\n\n" in [t.text for t in doc] and " \t \n" in [t.text for t in doc]
    assert "　" in [t.text for t in doc]  # a single space of any kind is a token of its own
    # every character offset outside a run of space is a token boundary
    assert all(doc.char_span(i, i + 1) is not None for i, c in enumerate(text) if not c.isspace())


def test_a_record_made_without_the_character_doc_is_the_same_record() -> None:
    from extract.pipeline.components import assemble, process
    from extract.text.normalize import normalize_text

    article = normalize_text(seed("001").read_text(encoding="utf-8"), doc_id="001")
    full, bare = process(article, ner=False), process(article, ner=False, spans=False)
    assert len(bare) == 0 and not bare.spans and full.spans["regions"]
    assert assemble(bare) == assemble(full)


def test_the_state_read_directly_is_the_extension_value() -> None:
    """state_of and article_of read spaCy's store of extension values directly (a speed-up): they
    give what ``doc._`` gives, for a Doc the pipeline made and for one a user made."""
    from extract.pipeline.components import load, process
    from extract.pipeline.state import article_of, state_of
    from extract.text.normalize import normalize_text

    article = normalize_text(seed("002").read_text(encoding="utf-8"), doc_id="002")
    doc = process(article, ner=False)
    assert article_of(doc) is doc._.article is article
    assert state_of(doc) is doc._.state and state_of(doc).regions
    own = load(ner=False).make_doc("国务院召开常务会议")
    assert state_of(own) is own._.state  # made on first use, kept where doc._ finds it
    assert article_of(own) is own._.article and article_of(own).text.startswith("国务院")


def test_titles_and_names_keep_the_full_width_digits_the_page_wrote() -> None:
    """《宁滁同城化发展２０１５年工作要点》 and a headline 邀３月赴漳浦看花博: normalization folds the digits for the
    rules, the record gives them as written; the dates are read all the same."""
    from extract import extract_text

    text = ("漳州副市长访云林　邀３月赴漳浦看花博\n　　２０１５年3月5日上午，两市召开联席会议，"
            "审议通过了《宁滁同城化发展２０１５年工作要点》。\n")
    rec = extract_text(text, ner=False)
    assert rec.title == "漳州副市长访云林　邀３月赴漳浦看花博"
    assert [a.title for a in rec.agreements] == ["宁滁同城化发展２０１５年工作要点"]
    assert "2015-03-05" in {d.start for d in rec.dates}
