"""training/export.py: corpus statements written in the user schema, accepted by the training loader."""

from __future__ import annotations

import json

import pytest

from training.corpus import load_corpus, shared_data_dir
from training.data import user_examples
from training.export import main, select, write
from training.validate import validate_files


def test_written_rows_round_trip_through_the_user_loader_with_copies_renamed(tmp_path):
    rows = select(load_corpus(splits=("dev",)), "written", ("dev",))[:20]
    assert rows and all(x.origin == "written" for x in rows)
    out = tmp_path / "written_dev.jsonl"
    assert write(rows, out, copies=2) == 40
    assert validate_files([out], user=True).problems == []
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids[:20] == [x.id for x in rows] and ids[20:] == [f"{x.id}-copy1" for x in rows]
    back = user_examples([out], dev_fraction=0.1)[:20]
    assert [(b.text, b.target, b.stance, b.sentiment, b.context, b.speaker, b.split) for b in back] == [
        (x.text, x.target, x.stance, x.sentiment, x.context, x.speaker, x.split) for x in rows]


def test_bad_requests_are_refused(tmp_path):
    with pytest.raises(ValueError, match="copies=0"):
        write([], tmp_path / "x.jsonl", copies=0)
    with pytest.raises(ValueError, match="origin='news'"):
        select([], "news", ("train",))
    with pytest.raises(SystemExit, match="no written statements in split"):  # the written rows are train and dev
        main(["--origin", "written", "--split", "test", "--out", str(tmp_path / "none.jsonl")])


@pytest.mark.skipif(shared_data_dir() is None, reason="needs ../shared/data to resolve real statements")
def test_real_rows_are_resolved_sentences(tmp_path):
    out = tmp_path / "real_dev.jsonl"
    n = main(["--origin", "real", "--split", "dev", "--out", str(out)])
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert n == len(recs) > 0 and all(r["text"] and r["split"] == "dev" for r in recs)
