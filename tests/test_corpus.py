"""The committed corpus passes its validator (issue 4); real references resolve when ../shared is present."""

from __future__ import annotations

import json
from collections import Counter

from training.corpus import corpus_files, read_jsonl, shared_data_dir
from training.validate import check_corpus, summarize


def _records():
    return [rec for path in corpus_files() for _, rec, _ in read_jsonl(path) if rec]


def test_validator_passes_on_committed_corpus():
    rep = check_corpus()
    assert rep.problems == [], "\n".join(rep.problems[:20])
    print(summarize(rep))


def test_corpus_size_and_splits():
    recs = _records()
    written = [r for r in recs if r["origin"] == "written"]
    real = [r for r in recs if r["origin"] != "written"]
    assert len(written) >= 3000
    assert len(real) >= 800
    assert all(r["split"] != "test" for r in written)
    assert sum(r["split"] == "test" for r in real) >= 300
    assert len({r["id"] for r in recs}) == len(recs)


def test_real_rows_hold_references_not_sentences():
    for r in _records():
        if r["origin"] != "written":
            assert "text" not in r and "context" not in r
            assert r["origin"]["dataset"] in ("polnear", "newsmtsc", "directed_sentiment_news")
            if r["origin"]["dataset"] == "polnear":
                assert "/test/" not in r["origin"]["file"], "PolNeAR's test split must not be used"


def test_labels_roughly_balanced_and_hard_cases():
    written = [r for r in _records() if r["origin"] == "written"]
    stance = Counter(r["stance"] for r in written)
    assert min(stance.values()) / len(written) > 0.25
    assert sum(1 for r in written if r.get("hard_case")) >= len(written) / 4


def test_real_references_resolve_when_data_present():
    from training.corpus import load_corpus

    if shared_data_dir() is None:
        import pytest

        pytest.skip("../shared/data is not present")
    examples = load_corpus()
    assert sum(x.origin == "real" for x in examples) >= 800
    assert all(x.text.strip() for x in examples)


def test_audit_file_has_labels_only():
    from pathlib import Path

    import training

    paths = sorted((Path(training.__file__).parent / "data" / "audit").glob("second_pass*.jsonl"))
    assert len(paths) >= 2
    for path in paths:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        assert len(rows) >= 200, path
        assert all(set(r) == {"id", "stance", "sentiment"} for r in rows), path
