"""training/polnear.py, the one reader of PolNeAR's brat files, on annotation files written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from training.cue_lexicon import cue_spans
from training.polnear import gold_files, read_ann, read_text
from training.tagger_data import load_docs

TEXT = "The envoy said the talks would resume, and that the ceasefire held."


def _span(i: int, label: str, *pieces: str) -> str:
    offsets = ";".join(f"{TEXT.index(p)} {TEXT.index(p) + len(p)}" for p in pieces)
    return f"T{i}\t{label} {offsets}\t{' '.join(pieces)}"


ANN = "\n".join([
    "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",  # an event before the spans it names
    _span(1, "Source", "The envoy"),
    _span(2, "Cue", "said"),
    _span(3, "Content", "the talks would resume", "that the ceasefire held"),  # discontinuous
    "#1\tAnnotatorNotes T1\ta note, skipped",
])


@pytest.fixture()
def data(tmp_path: Path) -> Path:
    for split in ("train", "dev"):
        (tmp_path / split / "text").mkdir(parents=True)
        (tmp_path / split / "attributions").mkdir()
        (tmp_path / split / "text" / "doc2.txt").write_text(TEXT, encoding="utf-8")
        (tmp_path / split / "text" / "doc1.txt").write_text(TEXT, encoding="utf-8")
        (tmp_path / split / "attributions" / "doc2_b.ann").write_text(ANN, encoding="utf-8")
        (tmp_path / split / "attributions" / "doc2_a.ann").write_text(ANN, encoding="utf-8")
        (tmp_path / split / "attributions" / "doc1_z.ann").write_text("", encoding="utf-8")
    return tmp_path


def test_spans_keep_their_fragments_and_events_resolve_spans_named_later(data):
    ann = read_ann(data / "dev" / "attributions" / "doc2_a.ann")
    assert [TEXT[s:e] for s, e in ann.fragments("Content")] == ["the talks would resume", "that the ceasefire held"]
    [event] = ann.events()
    assert {role: [TEXT[s:e] for s, e in frags] for role, frags in event.items()} == {
        "source": ["The envoy"], "cue": ["said"], "content": ["the talks would resume", "that the ceasefire held"]}
    assert cue_spans(ann) == ["said"]


def test_the_alphabetically_first_annotator_is_gold_in_document_order(data):
    assert [(doc, path.name) for doc, path in gold_files(data, "dev")] == [("doc1", "doc1_z.ann"), ("doc2", "doc2_a.ann")]
    assert [doc for doc, _ in gold_files(data, "dev", limit=1)] == ["doc1"]
    assert read_text(data, "dev", "doc2") == TEXT


def test_a_malformed_line_names_its_file_and_line(tmp_path):
    bad = tmp_path / "x_a.ann"
    bad.write_text(_span(1, "Source", "The envoy") + "\nT2\tCue 15 nineteen\tsaid\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"x_a\.ann:2"):
        read_ann(bad)


def test_the_tagger_reads_the_same_gold_and_never_the_test_split(data):
    docs = load_docs(data, "train")
    assert [d.name for d in docs] == ["doc1", "doc2"]
    assert docs[0].gold == {"Source": [], "Cue": [], "Content": []}
    assert [TEXT[s:e] for s, e in docs[1].gold["Source"]] == ["The envoy"]
    with pytest.raises(ValueError, match="test"):
        load_docs(data, "test")
