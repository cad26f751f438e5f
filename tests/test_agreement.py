"""The second annotator's labels (benchmarks/agreement.py): they cover their gold files, and the measure is sound."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.agreement import LABELS, SECOND, compare, load_pairs, measure  # noqa: E402


def test_every_second_annotator_file_labels_its_gold_speakers_in_order():
    pairs = load_pairs()
    assert len({k[0] for k in pairs}) == len(list(SECOND.glob("*.json"))) == 24
    assert all(p["second"]["stance"] in LABELS["stance"] for p in pairs.values())


def test_a_file_whose_speakers_differ_from_the_gold_is_named(tmp_path):
    gold = tmp_path / "articles"
    second = tmp_path / "second"
    gold.mkdir()
    second.mkdir()
    (gold / "01-x.json").write_text(json.dumps({"speakers": [{"speaker": "A", "stance": "support",
                                                              "sentiment": "neutral"}]}))
    (second / "01-x.json").write_text(json.dumps({"labels": [{"speaker": "B", "stance": "support",
                                                              "sentiment": "neutral"}]}))
    with pytest.raises(ValueError, match="01-x.json"):
        load_pairs(second, gold)


def test_agreement_is_one_for_identical_labels_and_lower_otherwise():
    a = ["support", "skeptical", "neutral", "support"]
    assert compare(a, a, LABELS["stance"], n_boot=50)["macro_f1"] == 1.0
    worse = compare(a, ["support", "support", "neutral", "support"], LABELS["stance"], n_boot=50)
    assert worse["macro_f1"] < 1.0 and worse["kappa"] < 1.0 and worse["accuracy"] == 0.75


def test_model_rows_need_every_speaker():
    pairs = load_pairs()
    with pytest.raises(ValueError, match="lack"):
        measure(pairs, {})
