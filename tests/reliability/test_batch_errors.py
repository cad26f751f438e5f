"""Issue 7: predict_many never drops or shifts a result: errors="raise" | "skip" | "record"."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

N = 10_000
BAD_AT = {17: None, 512: 42, 4_999: b"bytes", 7_777: ["a"], 9_999: 3.5}
BAD_TARGET_AT = {2_024: "   "}


def _inputs():
    """10,000 short texts without quote marks or cue words (fast), some bad, each with its own target so
    that a shifted result would show."""
    texts = [BAD_AT.get(i, f"Row {i}: {i} apples, {i + 1} pears.") for i in range(N)]
    targets = [BAD_TARGET_AT.get(i, f"talks {i}") for i in range(N)]
    return texts, targets


def _count_work(predictor):
    """Count calls into the extractor, to prove that raise fails before any work."""
    calls = []
    real = predictor.extractor

    class Counting:
        def __getattr__(self, name):
            calls.append(name)
            return getattr(real, name)

    predictor._extractor = Counting()
    return calls


def test_raise_fails_before_any_work_and_names_the_first_bad_index(tiny_predictor):
    texts, targets = _inputs()
    calls = _count_work(tiny_predictor)
    with pytest.raises(TypeError, match=r"^texts\[17\] is NoneType"):
        tiny_predictor.predict_many(texts, targets)
    good = [t if isinstance(t, str) else "x" for t in texts]
    with pytest.raises(ValueError, match=r"^target\[2024\] is empty"):
        tiny_predictor.predict_many(good, targets)
    assert calls == []


@pytest.mark.parametrize("policy", ["skip", "record"])
def test_skip_and_record_keep_one_entry_per_input_in_order(tiny_predictor, policy, caplog):
    texts, targets = _inputs()
    out = tiny_predictor.predict_many(texts, targets, errors=policy)
    assert len(out) == N
    assert [r.target for r in out] == [t if i not in BAD_TARGET_AT else tiny_predictor.config.default_target
                                       for i, t in enumerate(targets)]
    bad = set(BAD_AT) | set(BAD_TARGET_AT)
    for i, r in enumerate(out):
        assert r.speakers == () and r.unattributed == ()
        if i not in bad or policy == "skip":
            assert r.error is None, (i, r.error)
    if policy == "record":
        assert [i for i, r in enumerate(out) if r.error] == sorted(bad)
        assert out[512].error.startswith("TypeError: texts[512] is int")
        assert out[2_024].error.startswith("ValueError: target[2024] is empty")
        assert out[17].to_dict()["error"].startswith("TypeError")
    assert sum("skipped" in r.message for r in caplog.records) == len(bad)


def test_streaming_iter_predict_keeps_order_with_a_generator(tiny_predictor):
    texts, _ = _inputs()
    gen = (t for t in texts[:300])
    out = list(tiny_predictor.iter_predict(gen, errors="record", chunk_size=7))
    assert len(out) == 300 and out[17].error and not out[16].error and not out[18].error


class _Flaky:
    """An extractor that fails on one article: the others must not be lost."""

    def __init__(self, real, poison: str):
        self.real, self.poison = real, poison

    def __getattr__(self, name):
        return getattr(self.real, name)

    def extract(self, text):
        if text == self.poison:
            raise RuntimeError("boom in extraction")
        return self.real.extract(text)

    def extract_many(self, texts, **kw):
        for t in texts:
            yield self.extract(t)


def test_a_failure_inside_one_article_is_isolated(tiny_predictor):
    texts = ['Jane Doe said, "We are ready to talk now."', "POISON", 'John Roe said, "We will not talk now."']
    tiny_predictor._extractor = _Flaky(tiny_predictor.extractor, "POISON")
    out = tiny_predictor.predict_many(texts, errors="record")
    assert [bool(r.error) for r in out] == [False, True, False]
    assert "RuntimeError during extraction: boom" in out[1].error
    assert [s.speaker for s in out[0].speakers] == ["Jane Doe"]
    assert [s.speaker for s in out[2].speakers] == ["John Roe"]
    with pytest.raises(RuntimeError, match="boom"):
        tiny_predictor.predict_many(texts)  # raise: the error surfaces


def test_a_failure_while_classifying_is_isolated(tiny_predictor):
    texts = ['Jane Doe said, "We are ready to talk now."', 'John Roe said, "Poison pill statement."']
    real = tiny_predictor.classifier.classify

    def classify(inputs, **kw):
        if any("Poison" in x.text for x in inputs):
            raise RuntimeError("boom in the network")
        return real(inputs, **kw)

    tiny_predictor.classifier.classify = classify
    out = tiny_predictor.predict_many(texts, errors="record")
    assert out[0].error is None and out[0].speakers
    assert "RuntimeError during classification: boom" in out[1].error


items = st.one_of(
    st.text(alphabet='ab "«»\n.said', max_size=30),
    st.none(), st.integers(), st.binary(max_size=4), st.just("   "),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(items, max_size=8), st.sampled_from(["skip", "record"]), st.integers(1, 4))
def test_property_output_length_equals_input_length(tiny_predictor, texts, policy, chunk):
    out = tiny_predictor.predict_many(texts, errors=policy, chunk_size=chunk)
    assert len(out) == len(texts)
    for text, res in zip(texts, out):
        assert (res.error is not None) == (policy == "record" and not isinstance(text, str))


def test_skip_and_record_still_extract_a_healthy_chunk_in_one_pass(tiny_predictor):
    calls = []
    real = tiny_predictor.extractor

    class Counting(_Flaky):
        def extract_many(self, texts, **kw):
            texts = list(texts)
            calls.append(len(texts))
            yield from real.extract_many(texts, **kw)

    tiny_predictor._extractor = Counting(real, poison="")
    texts = [f'Speaker Number{i} said, "We are ready to talk now."' for i in range(5)]
    for errors in ("skip", "record"):
        calls.clear()
        out = tiny_predictor.predict_many(texts, errors=errors)
        assert calls == [5]
        assert all(r.error is None for r in out)
