"""Property tests: normalization and extraction never raise, spans are honest, normalizing is idempotent."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from extract import extract_text
from extract.text.decode import InputError
from extract.text.normalize import normalize_text

# Chinese-heavy text with the punctuation, digits and markup that the rules react to
PIECES = st.sampled_from(
    [
        "3月26日至27日", "二〇二一年九月十日", "2021-11-10", "《", "》", "协议", "方案", "签署了", "审议通过",
        "座谈会", "在", "举行", "召开", "市委书记", "省长", "、", "，", "。", "\n", "(jīng)", "來源:", "記者",
        "摄", "发布时间:", "<p>", "&amp;", "上一条:", " ", "经济区", "長江", "我市", "|", "首页",
    ]
)  # fmt: skip
TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=60).map("".join),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
@example("<P\x08>")  # (a control inside a page's first tag: read as a page once, so again)
def test_normalizing_twice_changes_nothing(text: str) -> None:
    once = normalize_text(text).text
    assert normalize_text(once).text == once


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_normalized_offsets_stay_inside_the_original(text: str) -> None:
    art = normalize_text(text)
    assert len(art.body) == len(art.text) == len(art.pos)
    # offsets index the text as given, or the article text made from it when it is an HTML page
    assert art.raw == text or art.origin.text_from != "text"
    assert all(0 <= p < max(len(art.raw), 1) for p in art.pos)
    assert list(art.pos) == sorted(art.pos)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_extraction_never_raises_and_spans_point_at_their_text(text: str) -> None:
    try:
        rec = extract_text(text, ner=False)
    except InputError:  # only a text the command line refuses too: nothing left to read
        assert not normalize_text(text).text.strip()
        return
    # the spans index the text given, or the article text made from it (an HTML page: ``<P>1月``)
    text = normalize_text(text).raw if rec.text_from != "text" else text
    for d in rec.dates:
        ((s, e),) = d.spans
        assert 0 <= s < e <= len(text)
        # the original characters, normalized, read as the date's text
        assert normalize_text(text[s:e]).text.replace("\n", "") == d.text.replace("\n", "")
    for a in rec.agreements:
        for s, e in a.spans:
            assert text[s] == "《" or normalize_text(text[s]).text == "《"
            assert text[e - 1] == "》" or normalize_text(text[e - 1]).text == "》"
