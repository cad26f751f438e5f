"""Issue 7: strings that must work with valid offsets and no crash; targets; over-long statements."""

from __future__ import annotations

import json
import time
import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reliability_helpers import PeakRSS, assert_offsets, quotes_of

from stance.errors import MAX_TARGET_CHARS

HOSTILE = {
    "empty": "",
    "whitespace": " \n\t\r\n  \u00a0\u2003 ",
    "html": '<html><head><style>p{color:red}</style></head><body><p class="x">Jane Doe said, '
            '<b>"We are ready to talk about the border."</b></p><!-- "a comment" --></body></html>',
    "markdown": '# Talks resume\n\n**Jane Doe** said that [the talks](http://x.y/z) "will resume on Monday '
                'as planned," and _John Roe_ agreed.\n\n> "Nothing is agreed yet," he said.\n',
    "unusual_marks": 'Jane Doe said «we are ready to talk» and John Roe said „wir sind bereit zu reden“ while '
                     'the envoy said 「準備はできている」 and Ann Lee said \'we will see about that\' today.',
    "nested": 'Jane Doe said, "They told us \'we will never talk to you\' and then they talked," on Monday.',
    "unbalanced": 'Jane Doe said, "We are ready to talk. John Roe said: «No» » « "" " „ and then “ nothing.',
    "armenian": 'Փաշինյանը ասաց. «Մենք պատրաստ ենք բանակցությունների Ադրբեջանի հետ»։',
    "azerbaijani": 'Əliyev dedi: "Biz Ermənistanla birbaşa danışıqlara hazırıq." Bakı bunu təsdiqlədi.',
    "arabic": 'وقال الوزير: "نحن مستعدون للمحادثات المباشرة مع الطرف الآخر".',
    "chinese": '他说：“我们准备好了，谈判将在下周开始。”外交部发言人表示：“双方保持沟通。”',
    "emoji": 'Jane Doe 😀 said, "We are ready 🇦🇲🇦🇿 to talk 👍🏽 now, really." 👨‍👩‍👧',
    "control": 'Jane\x00 Doe said,\x07 "We are\x1b ready\x00 to talk now."\x0c\x7f\x85\u2028\ufeff\x00',
    "nul_only": "\x00" * 100,
    "crlf": 'Jane Doe said, "We are ready\r\n to talk today."\r\nJohn Roe said: "No, we are not."\r\n\r\n',
    "lone_cr": 'Jane Doe said, "We are ready to talk today."\rJohn Roe said: "No, we are not."\r',
    "no_quotes": "The weather was fine in the capital and the markets were calm all week.",
    "lone_surrogate": 'Jane Doe said, "We are \ud800 ready to \udfff talk now."',
    "combining": 'Jane Doe said, "We a\u0301re re\u0301ady to ta\u0308lk now."',
    "only_marks": '"' * 101 + "«" * 30 + "»",
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_text_works_with_valid_offsets(tiny_predictor, name):
    text = HOSTILE[name]
    result = tiny_predictor.predict(text)
    quotes = quotes_of(result)
    assert_offsets(text, quotes)
    assert result.error is None
    json.loads(result.to_json())  # serialisable whatever the text held
    for q in quotes:
        assert q.label is not None and abs(sum(q.label.stance_scores.values()) - 1) < 1e-5


def test_empty_and_whitespace_give_empty_results(tiny_predictor):
    for text in ("", "   ", "\n\n\t", "\x00"):
        result = tiny_predictor.predict(text)
        assert result.speakers == () and result.unattributed == ()


def test_markup_is_ignored_but_offsets_index_the_original(tiny_predictor):
    text = HOSTILE["html"]
    quotes = quotes_of(tiny_predictor.predict(text))
    assert any(q.text == "We are ready to talk about the border." for q in quotes)
    assert all("<" not in q.text for q in quotes)


def test_unusual_quote_marks_are_found(tiny_predictor):
    found = {q.text for q in quotes_of(tiny_predictor.predict(HOSTILE["unusual_marks"]))}
    assert {"we are ready to talk", "wir sind bereit zu reden"} <= found


def test_crlf_gives_the_same_quotes_as_lf(tiny_predictor):
    crlf = HOSTILE["crlf"]
    lf = crlf.replace("\r\n", "\n")
    got = [(q.text.replace("\r\n", "\n"), q.speaker) for q in quotes_of(tiny_predictor.predict(crlf))]
    want = [(q.text, q.speaker) for q in quotes_of(tiny_predictor.predict(lf))]
    assert got == want and got


def test_all_hostile_texts_in_one_batch_match_one_by_one(tiny_predictor):
    texts = list(HOSTILE.values())
    batch = tiny_predictor.predict_many(texts)
    assert len(batch) == len(texts)
    for text, res in zip(texts, batch):
        single = tiny_predictor.predict(text)
        assert [(q.start, q.end, q.speaker) for q in quotes_of(res)] == \
               [(q.start, q.end, q.speaker) for q in quotes_of(single)]


# any code point, surrogates included (they arrive from JSON "\\ud800"), weighted towards the odd ones;
# built with lists().map(join) because text(alphabet=one_of(...)) almost never yields a surrogate
NASTY = st.one_of(
    st.characters(exclude_categories=()),
    st.characters(categories=["Cs", "Cc", "Cf", "Zl", "Zp", "Mn", "So"]),
    st.sampled_from('"«»„“”「」\'\n\r '),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(NASTY, max_size=120).map("".join))
def test_predict_never_crashes_on_arbitrary_unicode(tiny_predictor, text):
    """The whole pipeline, tokenizer included (lone surrogates used to crash it)."""
    assert_offsets(text, quotes_of(tiny_predictor.predict(text)))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(NASTY, max_size=60).map("".join), min_size=1, max_size=4))
def test_classify_never_crashes_on_arbitrary_unicode(tiny_predictor, statements):
    out = tiny_predictor.classify(statements, "talks")
    assert [q.text for q in out] == statements


# -- targets --------------------------------------------------------------------------------------
@pytest.mark.parametrize("target", ["", "   ", "\n\t"])
def test_empty_target_is_an_error(tiny_predictor, target):
    with pytest.raises(ValueError, match="target is empty or whitespace"):
        tiny_predictor.predict("text", target)
    with pytest.raises(ValueError, match=r"target\[1\] is empty"):
        tiny_predictor.predict_many(["a", "b"], ["talks", target])
    with pytest.raises(ValueError, match=r"target\[0\] is empty"):
        tiny_predictor.classify(["a"], [target])


def test_long_target_is_truncated_with_a_warning(tiny_predictor):
    target = "direct talks between the two governments " * 100
    with pytest.warns(UserWarning, match=rf"target is {len(target.strip())} characters long; truncated to"):
        result = tiny_predictor.predict('Jane Doe said, "We are ready to talk now."', target)
    assert len(result.target) == MAX_TARGET_CHARS
    with pytest.warns(UserWarning, match=r"target\[0\] is .* truncated"):
        out = tiny_predictor.classify(["We are ready."], [target])
    assert len(out) == 1


# -- over-long statements ------------------------------------------------------------------------
def test_long_statement_is_truncated_with_a_flag_never_an_error(tiny_predictor):
    long = "We are ready to talk " + "and talk and talk " * 3000 + "at the end."
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no tokenizer "longer than the maximum length" noise either
        out = tiny_predictor.classify([long, "short one", {"text": long, "context": long + " said X."}])
    assert [q.truncated for q in out] == [True, False, True]
    assert out[0].text == long


def test_long_quote_in_an_article_is_flagged(tiny_predictor):
    quote = "We are ready to talk " + "and talk " * 2000 + "at the end."
    text = f'Jane Doe said, "{quote}" John Roe said, "Short and sweet is better."'
    quotes = quotes_of(tiny_predictor.predict(text))
    flags = {q.text[:20]: q.label.truncated for q in quotes}
    assert flags["We are ready to talk"] is True
    assert flags["Short and sweet is b"] is False


# -- a 5 MB article -------------------------------------------------------------------------------
PARA = 'Jane Doe said, "We are ready to talk." The talks, she added, would resume.\n'
LOREM = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore. "


def _five_mb(filler: str) -> str:
    n = 5_000_000
    body = (filler * (n // len(filler) + 1))[: n - 3 * len(PARA) - 2]
    half = len(body) // 2
    return PARA + body[:half] + "\n" + PARA + body[half:] + "\n" + PARA


def test_five_mb_article_is_chunked_in_bounded_memory(tiny_predictor):
    """5 MB in which only three paragraphs hold quotes: the last one is still found (no 512-token cut),
    offsets index the original, memory and time stay modest."""
    pytest.importorskip("psutil")
    text = _five_mb(LOREM)
    assert len(text) == 5_000_000
    start = time.perf_counter()
    with PeakRSS() as mem:
        quotes = quotes_of(tiny_predictor.predict(text))
    elapsed = time.perf_counter() - start
    assert_offsets(text, quotes)
    assert [q.start for q in quotes if q.text == "We are ready to talk."][-1] > 4_999_000
    assert len([q for q in quotes if q.text == "We are ready to talk."]) == 3
    assert mem.growth_mb < 300, f"peak RSS grew by {mem.growth_mb:.0f} MB"
    assert elapsed < 60


@pytest.mark.slow
def test_five_mb_of_real_news_prose(tiny_predictor, demo_article):
    """5 MB of news prose, every sentence a candidate for parsing: memory stays bounded."""
    pytest.importorskip("psutil")
    text = _five_mb(demo_article + "\n\n")
    start = time.perf_counter()
    with PeakRSS() as mem:
        quotes = quotes_of(tiny_predictor.predict(text))
    elapsed = time.perf_counter() - start
    assert_offsets(text, quotes)
    assert len(quotes) > 10_000
    assert mem.growth_mb < 3000, f"peak RSS grew by {mem.growth_mb:.0f} MB"
    print(f"5 MB of prose: {elapsed:.0f} s, peak RSS +{mem.growth_mb:.0f} MB, {len(quotes)} quotes")
