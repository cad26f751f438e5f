"""The real-news speaker proxies of benchmarks/real_speakers.py, on a tiny brat corpus written here."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.real_speakers import load_events, score_doc  # noqa: E402
from stance.types import Quote  # noqa: E402

TEXT = ("Ms. Lund said the union would sign. The lesson is that strikes work. "
        "Officials told reporters the talks were over.")


def _quote(text: str, content: str, speaker: str, mention: str) -> Quote:
    s, m = text.index(content), text.index(mention)
    return Quote(content, s, s + len(content), "indirect", speaker=speaker, speaker_mention=mention,
                 speaker_start=m, speaker_end=m + len(mention))


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "dev" / "text").mkdir(parents=True)
    (tmp_path / "dev" / "attributions").mkdir()
    (tmp_path / "dev" / "text" / "doc1.txt").write_text(TEXT, encoding="utf-8")

    def t(i: int, label: str, piece: str) -> str:
        s = TEXT.index(piece)
        return f"T{i}\t{label} {s} {s + len(piece)}\t{piece}"

    ann = [t(1, "Source", "Ms. Lund"), t(2, "Cue", "said"), t(3, "Content", "the union would sign"),
           "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
           t(4, "Source", "Officials"), t(5, "Cue", "told"), t(6, "Content", "the talks were over"),
           "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4"]
    (tmp_path / "dev" / "attributions" / "doc1_annB.ann").write_text("\n".join(ann), encoding="utf-8")
    (tmp_path / "dev" / "attributions" / "doc1_annA.ann").write_text("", encoding="utf-8")  # sorts first: gold
    return tmp_path


def test_the_first_annotator_is_gold_and_the_test_split_is_refused(corpus):
    [(stem, text, events)] = load_events(corpus, "dev", None)
    assert stem == "doc1" and text == TEXT and events == []
    with pytest.raises(SystemExit):
        load_events(corpus, "test", None)


def test_precision_counts_speakers_and_recall_counts_speech(corpus):
    (corpus / "dev" / "attributions" / "doc1_annA.ann").unlink()
    [(_, text, events)] = load_events(corpus, "dev", None)
    quotes = [_quote(text, "the union would sign", "Ms. Lund", "Ms. Lund"),
              _quote(text, "that strikes work", "lesson", "lesson")]
    counts = score_doc(text, events, quotes)
    assert (counts["speakers"], counts["matched"], counts["unmatched"]) == (2, 1, ["lesson"])
    assert (counts["speech"], counts["found"]) == (2, 1)  # "Officials told ..." was missed
