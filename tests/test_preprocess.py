"""The model-input builder against straightforward reference versions of itself.

``encode`` tokenises each distinct piece once through the fast tokenizer's backend and ``normalize`` takes
shortcuts for ASCII text (2026-12-04, for GPU throughput); both must give exactly what the plain versions give.
"""

from __future__ import annotations

import html
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stance import preprocess
from stance.preprocess import encode, make_input, normalize

_CONTROL = dict.fromkeys(c for c in range(32) if chr(c) not in "\t\n\r")
_CONTROL[0x7F] = None


def reference_normalize(text):
    if not text:
        return ""
    text = re.sub(r"<!--.*?-->|<[A-Za-z/!][^<>]{0,400}>", " ", text, flags=re.S)
    text = re.sub(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,30});", lambda m: html.unescape(m.group()), text)
    text = re.sub("[\ud800-\udfff]", "", unicodedata.normalize("NFKC", text).translate(_CONTROL))
    return re.sub(r"\s+", " ", text).strip()


def reference_encode(tok, inputs, max_length):
    """One plain ``tok(...)`` call per field, word starts from every left context (the encoder before)."""
    specials = preprocess._specials(tok)
    batches = {f: tok([getattr(x, f) for x in inputs], add_special_tokens=False) for f in preprocess.FIELDS}
    out = []
    for i, _ in enumerate(inputs):
        pieces = {f: batches[f]["input_ids"][i] for f in preprocess.FIELDS}

        class Words:  # what the backend Encoding offers: word ids per token
            word_ids = batches["left"].word_ids(i)

        out.append(preprocess._assemble(pieces, specials, max_length, Words))
    return out


TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)) | st.sampled_from(
    list(" \t\n\r\x0b\x0c\x1c\x1d\x85\xa0\u2000\u2028\u3000\ufb01\u00bd\u201c\u201d«»\x00\x7f")), max_size=60)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_normalize_equals_the_plain_version(text):
    assert normalize(text) == reference_normalize(text)


MARKUP = st.lists(st.sampled_from(["<p>", "</em>", "<!-- x -->", "&quot;", "&#8220;", "&#x201D;", "&rsquo;", "&amp;",
                                    "&nbsp;", "&bogus;", "AT&T", "a < b", "x", " ", "talks"]), max_size=12).map("".join)


@settings(max_examples=200, deadline=None)
@given(MARKUP)
def test_markup_is_gone_from_model_inputs(text):
    assert normalize(text) == reference_normalize(text)
    assert "&quot;" not in normalize(text) and "<p>" not in normalize(text)


def test_a_scraped_statement_reads_as_its_words():
    assert normalize("<p>&ldquo;We don&rsquo;t trust <em>them</em>,&rdquo; she said.</p>") == "“We don’t trust them ,” she said."


def test_normalize_drops_lone_surrogates_as_before():
    s = "a\ud800 b\udfff  c"
    assert normalize(s) == reference_normalize(s) == "a b c"


@pytest.fixture(scope="module")
def tok(tiny_model_dir):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(tiny_model_dir))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(TEXT, TEXT, TEXT, st.sampled_from(["", "he", "the minister", "Official Baku"])),
                min_size=1, max_size=6), st.sampled_from([24, 40, 128]))
def test_encode_equals_one_tokenizer_call_per_field(tok, rows, max_length):
    inputs = [make_input("peace talks", text, left + " " + text + " " + right, spk) for text, left, right, spk in rows]
    assert encode(tok, inputs, max_length) == reference_encode(tok, inputs, max_length)


def test_encode_trims_long_left_context_at_a_word_start_as_before(tok):
    ctx = "Antidisestablishmentarianism overwhelms " * 30 + "the key sentence is here. " + "afterwards " * 40
    for max_length in range(40, 72):
        inputs = [make_input("talks", "the key sentence is here", ctx, "he")] * 3 + [make_input("talks", "x", None, None)]
        got = encode(tok, inputs, max_length)
        assert got == reference_encode(tok, inputs, max_length)
        assert got[0] == got[1] == got[2]  # a repeated statement reuses its pieces
        sep = got[0].input_ids.index(tok.sep_token_id)
        first_left = got[0].input_ids[sep + 3]  # after [SEP], the speaker "he" and ":"
        assert not tok.convert_ids_to_tokens(first_left).startswith("##"), max_length


def test_encode_without_a_fast_tokenizer_uses_the_tokenizer_call(tok, monkeypatch):
    class Slow:  # a slow tokenizer: no backend, no word ids
        is_fast = False

        def __getattr__(self, name):
            return getattr(tok, name)

        def __call__(self, *args, **kwargs):
            return tok(*args, **kwargs)

    inputs = [make_input("talks", "we will sign", "Yesterday we will sign today.", "she")]
    assert encode(Slow(), inputs, 64) == encode(tok, inputs, 64)
