"""Offsets stay valid and nothing crashes on arbitrary or hostile text (issue 3)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stance.quotes import find_direct_quotes, sanitize

MARKS = list("\"'«»„“”‘’「」『』‹›")
WORDS = ["said", "He", "Jane Doe", "according to", "that", "talks", ".", ",", "\n", "\n\n", " ", "<b>", "\x00", "\r\n",
         "&quot;", "&#8220;", "&rsquo;", "&amp;", "&nbsp;", "&#x201D;"]
pieces = st.one_of(st.sampled_from(MARKS), st.sampled_from(WORDS), st.text(max_size=8))
articles = st.lists(pieces, max_size=40).map("".join)


def check(text, quotes):
    n = len(text)
    for q in quotes:
        assert 0 <= q.start <= q.end <= n and text[q.start : q.end] == q.text
        for s, e, val in ((q.speaker_start, q.speaker_end, q.speaker_mention), (q.cue_start, q.cue_end, q.cue)):
            if s is not None:
                assert 0 <= s <= e <= n and text[s:e] == val
        assert 0 <= q.context_start <= q.context_end <= n


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(articles)
def test_offsets_on_arbitrary_text(ex, text):
    check(text, ex.extract(text))


# Any code point, lone surrogates included (json.loads('"\\ud800"') makes them), weighted towards the odd
# categories; lists().map(join) because text(alphabet=one_of(...)) almost never yields a surrogate (issue 7).
ANY_CHAR = st.one_of(
    st.characters(exclude_categories=()),
    st.characters(categories=["Cs", "Cc", "Cf", "Zl", "Zp", "Mn", "So"]),
    st.sampled_from(MARKS),
)
unicode_articles = st.lists(st.one_of(ANY_CHAR, st.sampled_from(WORDS)), max_size=80).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(unicode_articles)
def test_offsets_and_lengths_on_arbitrary_unicode(ex, text):
    quotes = ex.extract(text)
    check(text, quotes)
    for q in quotes:
        assert len(q.text) == q.end - q.start > 0
        assert q.kind in ("direct", "indirect")


@settings(max_examples=25, deadline=None)
@given(unicode_articles)
def test_module_extract_matches_extractor(ex, text):
    import stance

    quotes = stance.extract(text)
    check(text, quotes)
    assert quotes == ex.extract(text) and all(q.label is None for q in quotes)


@given(st.lists(ANY_CHAR, max_size=300).map("".join))
def test_quote_finder_offsets(text):
    assert len(sanitize(text)) == len(text)
    for q in find_direct_quotes(sanitize(text)):
        assert 0 <= q.start < q.end <= len(text)


@pytest.mark.parametrize(
    "text",
    ["", "   \n\t ", "\x00" * 50, '"' * 101, "«" * 30 + "»", "Он сказал: «Переговоры начнутся»." * 3,
     "他说：“我们准备好了。”", "<html><body><p>Jane Doe said, &quot;hi&quot;</p></body></html>",
     "# Title\n\n**Jane Doe** said that [talks](http://x.y) resume.\r\n"],
)
def test_hostile_inputs(ex, text):
    check(text, ex.extract(text))


def test_large_text_is_chunked(ex):
    para = 'Jane Doe said, "We are ready to talk." The talks, she added, would resume.\n\n'
    text = para * 2000 + "x" * 300_000 + "\n" + para
    quotes = ex.extract(text)
    check(text, quotes)
    assert len(quotes) >= 2000


def test_extract_many_streams_in_order(ex):
    texts = ['Jane Doe said, "Yes indeed we will."', "", 'John Roe said, "No we will not."']
    out = list(ex.extract_many(iter(texts), batch_size=2))
    assert [[q.speaker for q in qs] for qs in out] == [["Jane Doe"], [], ["John Roe"]]
    with pytest.raises(TypeError, match="texts\\[1\\]"):
        list(ex.extract_many(["ok", None]))


# Interview and transcript shapes: labels, "Q:"/"A:", particles and fronted clauses, in any order (issue 3).
INTERVIEW = ["\n\nRaman: ", "\n\nQ: ", "\n\nA: ", "\n\nPENCE: ", "\n\nQuestion: ", "Priya Raman", "al-Hadrami",
             "Asked whether it would work, ", "one of them said", "It says", "A leaked memo", "The veteran mediator, ",
             " told reporters that ", '"no illusions"', "accused Egypt of ", "urged the Commission to "]
interview_articles = st.lists(st.one_of(st.sampled_from(INTERVIEW), pieces), max_size=40).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(interview_articles)
def test_offsets_on_interview_shaped_text(ex, text):
    quotes = ex.extract(text)
    check(text, quotes)
    assert all(len(g[2]) for g in ex.group(quotes))


ARTICLES = [
    'Talks resumed on Monday. "We are ready to sign," the envoy told reporters. "But not at any price."',
    "The minister said that the ceasefire would hold. Critics argued the deal was doomed.",
    "",
    'According to the union, "the offer is an insult." Management declined to comment.',
    'Officials in Baku expressed skepticism about the proposal. "It changes nothing," one said.',
]


def test_extract_many_parses_a_chunk_of_articles_together_with_the_same_result(ex, monkeypatch):
    from stance import extractor as extractor_module

    one_by_one = [ex.extract(t) for t in ARTICLES]
    calls = []
    real_pipe = ex.nlp.pipe

    def pipe(texts, **kw):
        texts = list(texts)
        calls.append(len(texts))
        return real_pipe(texts, **kw)

    monkeypatch.setattr(extractor_module, "CHUNK", 2)
    monkeypatch.setattr(ex.nlp, "pipe", pipe)
    assert list(ex.extract_many(ARTICLES)) == one_by_one
    assert len(calls) == 3  # chunks of 2, 2 and 1 articles: one parse each, not one per article


def test_extract_many_with_worker_processes_gives_the_same_quotes(ex):
    assert list(ex.extract_many(ARTICLES, n_process=2)) == [ex.extract(t) for t in ARTICLES]


@settings(max_examples=200, deadline=None)
@given(articles)
def test_sanitize_keeps_the_length(text):
    assert len(sanitize(text)) == len(text)


def test_quotes_marked_by_html_references_are_found_with_raw_offsets(ex):
    text = ("&quot;We are ready to sign,&quot; the envoy said on Monday. "
            "&ldquo;We don&rsquo;t trust them,&rdquo; said Ana Ruiz.")
    quotes = ex.extract(text)
    check(text, quotes)
    assert [(q.speaker, q.text) for q in quotes] == [("envoy", "We are ready to sign,"),
                                                       ("Ana Ruiz", "We don&rsquo;t trust them,")]
