"""Baselines (issues 4 and 5): majority, TF-IDF + logistic regression, VADER, on tiny synthetic data."""

from __future__ import annotations

import json

import pytest

from training.baselines import (
    Majority,
    TfidfLR,
    corpus_evaluations,
    default_baselines,
    main,
    markdown_table,
    run_baselines,
    vader_label,
)
from training.corpus import Example, shared_data_dir

WORDS = {
    ("support", "positive"): "we welcome the talks and are hopeful about a good agreement",
    ("skeptical", "negative"): "we reject the talks, they are a waste and a terrible sham",
    ("neutral", "neutral"): "the talks are scheduled for tuesday in the capital",
}


def _examples(n: int, split: str = "train", origin: str = "written") -> list[Example]:
    out = []
    for i in range(n):
        (stance, senti), text = list(WORDS.items())[i % 3]
        out.append(Example(id=f"{split}-{i}", text=f"{text} number {i}", target=f"treaty {i % 2}",
                           stance=stance, sentiment=senti, split=split, origin=origin))
    return out


def test_vader_thresholds():
    assert vader_label(0.05) == "positive" and vader_label(-0.05) == "negative"
    assert vader_label(0.049) == vader_label(-0.049) == vader_label(0.0) == "neutral"


def test_majority_picks_most_frequent_label():
    train = _examples(9) + _examples(1)  # one extra "support"/"positive"
    m = Majority().fit(train)
    assert m.label == {"stance": "support", "sentiment": "positive"}
    assert m.predict(_examples(4), "stance") == ["support"] * 4


def test_tfidf_learns_separable_synthetic_data():
    model = TfidfLR(with_target=True).fit(_examples(30))
    assert model._inputs(_examples(1))[0].startswith("treaty 0 || ")
    assert TfidfLR(with_target=False)._inputs(_examples(1))[0].startswith("we welcome")
    assert model.predict(_examples(6, "dev"), "stance") == ["support", "skeptical", "neutral"] * 2
    assert model.predict([], "sentiment") == []


def test_run_baselines_shape_and_scores():
    evals = {"dev": _examples(6, "dev"), "empty": []}
    res = run_baselines(_examples(30), evals)
    assert list(res) == list(default_baselines())
    for per_eval in res.values():
        assert set(per_eval) == {"dev", "empty"}
        assert per_eval["empty"] == {"stance": None, "sentiment": None}
    assert res["tfidf-lr (target || text)"]["dev"] == {"stance": 1.0, "sentiment": 1.0}
    assert res["majority"]["dev"]["stance"] == pytest.approx(1 / 6)  # F1 0.5 on one class of three
    assert res["vader"]["dev"]["stance"] is None and 0.0 <= res["vader"]["dev"]["sentiment"] <= 1.0


def test_markdown_table_escapes_pipes():
    res = run_baselines(_examples(30), {"dev": _examples(6, "dev")}, {"a || b": Majority()})
    table = markdown_table(res, {"dev": 6})
    assert "a \\|\\| b" in table and "dev (n=6) stance" in table and "0.167" in table


def test_corpus_evaluations_splits():
    xs = _examples(3) + _examples(3, "dev") + _examples(3, "dev", "real") + _examples(3, "test", "real")
    train, evals = corpus_evaluations(xs)
    assert len(train) == 3 and list(evals) == ["written dev", "real dev", "real test"]
    assert all(len(v) == 3 for v in evals.values())
    assert all(x.origin == "real" for x in evals["real test"])


def test_cli_prints_table_and_writes_json(tmp_path, capsys, monkeypatch):
    xs = _examples(30) + _examples(6, "dev") + _examples(6, "dev", "real") + _examples(6, "test", "real")
    monkeypatch.setattr("training.baselines.load_corpus", lambda shared=None: xs)
    assert main(["--json", str(tmp_path / "b.json")]) == 0
    assert "| tfidf-lr (text only) | 1.000 | 1.000 |" in capsys.readouterr().out
    payload = json.loads((tmp_path / "b.json").read_text())
    assert payload["sizes"] == {"written dev": 6, "real dev": 6, "real test": 6}
    assert set(payload["results"]["majority"]) == {"written dev", "real dev", "real test"}


@pytest.mark.slow
@pytest.mark.skipif(shared_data_dir() is None, reason="../shared/data is not present")
def test_cli_on_the_corpus(tmp_path, capsys):
    assert main(["--json", str(tmp_path / "b.json")]) == 0
    assert "| tfidf-lr (text only) |" in capsys.readouterr().out
    payload = json.loads((tmp_path / "b.json").read_text())
    assert payload["results"]["tfidf-lr (target || text)"]["real test"]["stance"] > 0.3
