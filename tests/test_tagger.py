"""The attribution tagger's plumbing: offsets, windows, BIO decoding, linking (issue 3).

Fast tests use a tiny random token-classification model written here; one test runs the shipped
tagger in ``models/attribution-tagger`` when it exists.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import REPO, tokenizer_source
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_extraction_props import articles, check, unicode_articles

from stance.tagger import LABELS, TAGS, Tagger, Window, decode, encode_regions, pack_windows

SHIPPED_TAGGER = REPO / "models" / "attribution-tagger"
TEXT = 'Officials said on Monday that talks would resume. "We are ready," Jane Doe told reporters.'


@pytest.fixture(scope="session")
def tokenizer():
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(tokenizer_source())


def make_tiny_tagger(path: Path, favour: str | None = None, seed: int = 0) -> Path:
    """A 2-layer random BERT token classifier; ``favour`` makes one label win everywhere."""
    import torch
    from transformers import AutoTokenizer, BertConfig, BertForTokenClassification

    tok = AutoTokenizer.from_pretrained(tokenizer_source())
    cfg = BertConfig(vocab_size=tok.vocab_size, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                     intermediate_size=64, max_position_embeddings=512, num_labels=len(LABELS))
    torch.manual_seed(seed)
    model = BertForTokenClassification(cfg)
    if favour is not None:
        with torch.no_grad():
            model.classifier.weight.zero_()
            model.classifier.bias.zero_()
            model.classifier.bias[LABELS.index(favour)] = 5.0
    model.save_pretrained(str(path), safe_serialization=True)
    tok.save_pretrained(str(path))
    conf = {"schema_version": 1, "labels": list(LABELS), "max_length": 32, "versions": {}}
    (path / "tagger_config.json").write_text(json.dumps(conf), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def tiny_tagger(tmp_path_factory) -> Tagger:
    return Tagger.load(make_tiny_tagger(tmp_path_factory.mktemp("tagger") / "m"), device="cpu")


def test_offsets_point_at_the_token_text(tokenizer):
    regions = [(0, 49), (50, len(TEXT))]
    for ids, offs in encode_regions(tokenizer, TEXT, regions):
        pieces = tokenizer.convert_ids_to_tokens(ids)
        assert len(pieces) == len(offs)
        for piece, (s, e) in zip(pieces, offs):
            assert TEXT[s:e].lower() == piece.removeprefix("##")


def test_pack_windows_respects_the_budget_and_order(tokenizer):
    regions = [(0, 49), (50, len(TEXT))]
    enc = encode_regions(tokenizer, TEXT, regions)
    for budget in (4, 7, 16, 100):
        windows = pack_windows(enc, budget)
        assert all(0 < len(w.ids) <= budget for w in windows)
        flat = [o for w in windows for o in w.offsets]
        assert flat == [o for _, offs in enc for o in offs]
        assert all(w.breaks and w.breaks[0] == 0 for w in windows)
    assert len(pack_windows(enc, 100)) == 1 and pack_windows(enc, 100)[0].breaks == [0, len(enc[0][0])]


def test_decode_bio_rules():
    w = Window(ids=list(range(7)), offsets=[(i * 3, i * 3 + 2) for i in range(7)], breaks=[0, 5])
    names = ["B-Source", "I-Source", "B-Cue", "I-Content", "I-Content", "I-Content", "O"]
    spans = decode(w, [LABELS.index(n) for n in names])
    assert spans == [("Source", 0, 5), ("Cue", 6, 8), ("Content", 9, 14), ("Content", 15, 17)]


def test_training_labels_round_trip(tokenizer):
    from training.tagger_data import char_labels, window_labels

    def at(word: str) -> tuple[int, int]:
        return TEXT.index(word), TEXT.index(word) + len(word)

    gold = {"Source": [at("Jane Doe")], "Cue": [at("said"), at("told")], "Content": [at('"We are ready,"')]}
    enc = encode_regions(tokenizer, TEXT, [(0, 49), (50, len(TEXT))])
    tag, span_id = char_labels(len(TEXT), gold)
    got = {t: set() for t in TAGS}
    for w in pack_windows(enc, 30):
        for t, s, e in decode(w, window_labels(w, tag, span_id)):
            got[t].add(TEXT[s:e])
    assert got == {"Source": {"Jane Doe"}, "Cue": {"said", "told"}, "Content": {'"We are ready,"'}}


def test_tiny_tagger_spans_are_valid(tiny_tagger):
    regions = [(0, 49), (50, len(TEXT))]
    spans = tiny_tagger.spans(TEXT, regions)
    assert spans == sorted(spans, key=lambda s: (s[1], s[2]))
    for tag, s, e in spans:
        assert tag in TAGS and 0 <= s < e <= len(TEXT)
        assert any(a <= s and e <= b for a, b in regions)


def test_batch_size_does_not_change_spans(tiny_tagger):
    long = " ".join([TEXT] * 6)
    regions = [(i * (len(TEXT) + 1), (i + 1) * (len(TEXT) + 1) - 1) for i in range(6)]
    assert tiny_tagger.spans(long, regions, batch_size=1) == tiny_tagger.spans(long, regions, batch_size=32)


def test_favoured_inside_label_gives_one_span_per_region(tmp_path):
    tagger = Tagger.load(make_tiny_tagger(tmp_path / "m", favour="I-Content"), device="cpu")
    regions = [(0, 49), (50, len(TEXT))]
    spans = tagger.spans(TEXT, regions)
    assert [(t, TEXT[s:e]) for t, s, e in spans] == [("Content", TEXT[a:b]) for a, b in regions]


def test_empty_and_odd_regions(tiny_tagger):
    assert tiny_tagger.spans("", []) == []
    assert tiny_tagger.spans("   ", [(0, 3)]) == []
    assert tiny_tagger.spans("abc", [(2, 1), (-5, 99)]) != None  # noqa: E711 - must not raise


def test_link_groups_spans_by_cue():
    from stance.tagged import link

    text = '"We are ready," Jane Doe said, and the minister argued that talks must wait.'
    q = text.index
    spans = [("Content", 0, 15), ("Source", q("Jane"), q(" said")), ("Cue", q("said"), q("said") + 4),
             ("Source", q("the minister"), q(" argued")), ("Cue", q("argued"), q("argued") + 6),
             ("Content", q("talks"), len(text) - 1)]
    atts, orphans = link(text, spans)
    assert not orphans
    got = [(text[a.source[0]:a.source[1]], text[a.cue[0]:a.cue[1]], text[a.content[0]:a.content[1]]) for a in atts]
    assert got == [("Jane Doe", "said", "We are ready"), ("the minister", "argued", "talks must wait")]


@pytest.mark.parametrize(("text", "source", "cue", "content", "kept"), [
    ("Jane Doe said the talks would resume on Monday.", "Jane Doe", "said", "the talks would resume on Monday", True),
    ("Jane Doe backed the deal.", "Jane Doe", "backed", "the", False),  # a fragment the tagger cut short
    ("A Helvion spokesman declined to comment on the talks.", "A Helvion spokesman", "declined",
     "to comment on the talks", False),
    ("According to UN figures, eight million people have left.", "UN figures", "According to",
     "eight million people have left", False),
    ("Two diplomats familiar with the figures said talks had stalled.", "Two diplomats familiar with the figures",
     "said", "talks had stalled", True),  # the head is "diplomats"
    ('Jane Doe said: "Yes."', "Jane Doe", "said", "Yes", True),  # a direct quote is kept, however short
    ("Neither side said whether talks would resume.", "Neither side", "said", "whether talks would resume", False),
    ("No 10 said talks would resume soon.", "No 10", "said", "talks would resume soon", True),
    ("Unions will decide whether to strike again.", "Unions", "decide", "whether to strike again", False),
    ("Jane Doe told Reuters the talks had stalled.", "Reuters", "told", "the talks had stalled", False),
    ("Delegates are negotiating a new text on finance.", "Delegates", "are negotiating", "a new text on finance",
     False),
    ("The said talks would resume soon.", "The", "said", "talks would resume soon", False),  # a cut source
    ("Talks stall as unions say offer falls short\n\nBody.", "unions", "say", "offer falls short", False),  # headline
])
def test_tagged_statements_leave_out_fragments_refusals_and_figures(text, source, cue, content, kept):
    from stance.assemble import Found
    from stance.attribution import Attribution
    from stance.tagged_statements import _statement

    def at(part):
        return text.index(part), text.index(part) + len(part)

    kind = "direct" if '"' in text else "indirect"
    f = Found(at(content), kind, Attribution(at(cue), at(content), at(source)), (0, len(text)))
    assert _statement(text, f) is kept


def test_an_outlet_told_is_not_the_source():
    from stance.assemble import Found
    from stance.attribution import Attribution
    from stance.tagged import _speaker_sources

    text = "Jane Doe told Reuters the talks had stalled."

    def at(part):
        return text.index(part), text.index(part) + len(part)

    f = Found(at("the talks had stalled"), "indirect", Attribution(at("told"), at("the talks had stalled"), at("Reuters")),
              (0, len(text)))
    _speaker_sources(text, [f])
    assert f.att.source == at("Jane Doe")


def test_tagged_contents_leave_the_wire_dateline_out():
    from stance.tagged_statements import _after_dateline

    text = "ACCRA, March 12 (Reuters) - Ministers said talks would resume."
    span = _after_dateline(text, (0, len(text) - 1))
    assert text[span[0] : span[1]] == "Ministers said talks would resume"
    assert _after_dateline(text, (28, 40)) == (28, 40)


def test_tagged_contents_cut_mid_clause_reach_the_clause_end():
    from stance.assemble import Found
    from stance.attribution import Attribution
    from stance.tagged_statements import _finish_clauses, _statement

    text = ("Armenia, while confirming its readiness to resume negotiations with Baku, has not agreed. "
            "Jane Doe said talks would resume and John Roe argued that they would not.")

    def found(cue, content):
        c = (text.index(content), text.index(content) + len(content))
        return Found(c, "indirect", Attribution((text.index(cue), text.index(cue) + len(cue)), c, None), (0, len(text)))

    cut = found("confirming", "its readiness to resume")
    jane, john = found("said", "talks would resume"), found("argued", "they would not")
    _finish_clauses(text, [cut, jane, john])
    assert text[cut.content[0] : cut.content[1]] == "its readiness to resume negotiations with Baku"
    assert _statement(text, cut, tagged=(text.index("its"), text.index("its") + 3))  # "its" was cut short
    assert not _statement(text, jane, tagged=(text.index("talks"), text.index("talks") + 5))  # a fragment
    assert text[jane.content[0] : jane.content[1]] == "talks would resume"  # John's cue lies in the tail
    assert text[john.content[0] : john.content[1]] == "they would not"


@pytest.mark.parametrize("odd", ["", "“", '"unclosed quote at the end', "» « “ ” „", "\x00\ud800 said \u2028", "a" * 3000])
def test_tagged_extractor_never_crashes(tmp_path_factory, odd):
    from stance.tagged import TaggedExtractor

    tagger = Tagger.load(make_tiny_tagger(tmp_path_factory.mktemp("t") / "m", favour="I-Content"), device="cpu")
    ex = TaggedExtractor(tagger=tagger, rules_for_gaps=False)
    for quote in ex.extract(odd + " " + TEXT):
        assert (odd + " " + TEXT)[quote.start : quote.end] == quote.text
        assert quote.kind in ("direct", "indirect")


@pytest.mark.shipped
@pytest.mark.filterwarnings("ignore:dtype=bfloat16 on a CPU without")
def test_shipped_tagger_in_bfloat16_tags_like_float32():
    if not (SHIPPED_TAGGER / "tagger_config.json").is_file():
        pytest.skip("no trained tagger in models/attribution-tagger")
    import torch

    bf16 = Tagger.load(SHIPPED_TAGGER, device="cpu", dtype="bfloat16")
    assert next(bf16.model.parameters()).dtype == torch.bfloat16
    fp32 = Tagger.load(SHIPPED_TAGGER, device="cpu")
    assert bf16.spans(TEXT, [(0, len(TEXT))]) == fp32.spans(TEXT, [(0, len(TEXT))])
    with pytest.raises(ValueError, match="needs dtype float32"):
        Tagger.load(SHIPPED_TAGGER, device="cpu", quantize=True, dtype="bfloat16")
    int8 = Tagger.load(SHIPPED_TAGGER, device="cpu", quantize=True)
    with pytest.raises(ValueError, match="needs dtype float32"):
        int8.to("cpu", torch.bfloat16)
    with pytest.raises(ValueError, match="runs on the CPU only"):
        int8.to("cuda")
    assert int8.to("cpu") is int8


@pytest.mark.shipped
@pytest.mark.filterwarnings("ignore:dtype=bfloat16 on a CPU without")
def test_a_predictor_puts_its_tagger_on_its_own_device_and_dtype(tiny_model_dir):
    if not (SHIPPED_TAGGER / "tagger_config.json").is_file():
        pytest.skip("no trained tagger in models/attribution-tagger")
    import torch

    import stance

    p = stance.load(str(tiny_model_dir), device="cpu", dtype="bfloat16", extractor="tagger")
    tagger = p.extractor.tagger
    assert tagger.device.type == "cpu" and next(tagger.model.parameters()).dtype == torch.bfloat16
    p.to("cpu", "float32")  # .to() moves the tagger with the classifier
    assert next(tagger.model.parameters()).dtype == torch.float32
    assert p.extract('"We are ready," Jane Doe said.')


@pytest.mark.shipped
def test_shipped_tagger_finds_a_quote():
    if not (SHIPPED_TAGGER / "tagger_config.json").is_file():
        pytest.skip("no trained tagger in models/attribution-tagger")
    from stance.tagged import TaggedExtractor

    ex = TaggedExtractor(tagger=Tagger.load(SHIPPED_TAGGER, device="cpu"), rules_for_gaps=False)
    quotes = ex.extract(TEXT)
    assert all(TEXT[q.start : q.end] == q.text for q in quotes)
    assert any(q.speaker == "Jane Doe" and "ready" in q.text for q in quotes)
    spans = ex.tagger.spans(TEXT, [(0, len(TEXT))])
    assert ("Cue", TEXT.index("told"), TEXT.index("told") + 4) in spans


@pytest.fixture(scope="module")
def random_tagged(tmp_path_factory):
    """A TaggedExtractor over a random tiny tagger (arbitrary spans) with the rule fallback on."""
    from stance.tagged import TaggedExtractor

    tagger = Tagger.load(make_tiny_tagger(tmp_path_factory.mktemp("r") / "m", seed=3), device="cpu")
    try:
        ex = TaggedExtractor(tagger=tagger)
        ex.nlp  # noqa: B018 - skip here when no spaCy pipeline is installed
    except OSError as exc:
        pytest.skip(str(exc))
    return ex


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(articles, unicode_articles).map(lambda t: t + ' "We will talk," she said.'))
@example('00000000 according to "We will talk," she said.')  # an attitude cue from the tagger, no parse
def test_tagged_offsets_on_arbitrary_text(random_tagged, text):
    quotes = random_tagged.extract(text)
    check(text, quotes)
    assert all(q.kind in ("direct", "indirect") for q in quotes)
    assert all(len(g[2]) for g in random_tagged.group(quotes))


@pytest.mark.shipped
def test_shipped_tagger_on_the_seed_article(shared_dir):
    if not (SHIPPED_TAGGER / "tagger_config.json").is_file():
        pytest.skip("no trained tagger in models/attribution-tagger")
    import test_speakers

    from stance.tagged import TaggedExtractor

    test_speakers.test_seed_article(TaggedExtractor(tagger=Tagger.load(SHIPPED_TAGGER, device="cpu")))


@pytest.mark.parametrize("precision", ["fp32", "bf16"])
def test_tagger_training_steps_in_fp32_and_bf16(tmp_path, tokenizer, precision):
    """The tagger's training loop runs in float32 or under bfloat16 autocast on the CPU; weights stay float32."""
    import torch
    from transformers import AutoModelForTokenClassification

    from training.tagger import TaggerTrainConfig, train_loop

    model = AutoModelForTokenClassification.from_pretrained(str(make_tiny_tagger(tmp_path / "m")), dtype=torch.float32)
    windows = [([101 + i, 2000 + i, 2001], [0, 5, 6]) for i in range(8)]
    stats = train_loop(model, tokenizer, windows, TaggerTrainConfig(epochs=1, batch_size=4, precision=precision))
    assert stats["steps"] == 2 and stats["loss"] == stats["loss"]  # finite, not NaN
    assert next(model.parameters()).dtype == torch.float32
    with pytest.raises(ValueError, match="fp32 or bf16"):
        train_loop(model, tokenizer, windows, TaggerTrainConfig(precision="fp16"))


def test_tagger_model_card_names_the_threads_and_precision_a_stage_used():
    from training.tagger import TaggerTrainConfig, model_card

    cfg = TaggerTrainConfig(epochs=4.0, threads=2, precision="bf16")
    dev = {t: {"p": 0.8, "r": 0.7, "f1": 0.75} for t in ("Source", "Cue", "Content")}
    card = model_card(cfg, {"dev": dev, "train_stats": {"steps": 10, "seconds": 6.0}})
    assert "4.0 epochs" in card and "(2 CPU threads, bf16)" in card  # it read "(1 CPU thread)" whatever was used
    assert "(1 CPU thread, fp32)" in model_card(TaggerTrainConfig(), {"dev": dev})
