"""The second training stage's rows (training/speaker_rows.py): built from the development speaker sets only, each
a valid row of the user-data schema whose statement sits in its context."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from training.speaker_rows import SETS, build_rows, main

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="module")
def rows():
    return build_rows()


def test_rows_come_from_the_stance_training_sets_only(rows):
    sets = json.loads(SETS.read_text(encoding="utf-8"))
    allowed = {split: {n for name in names for n in range(sets["sets"][name][0], sets["sets"][name][1] + 1)}
               for split, names in sets["stance_training"].items()}
    held_out = [name for name in sets["sets"] if not any(name in v for v in sets["stance_training"].values())]
    assert {"test", "test2", "test3", "test4", "test5"} <= set(held_out)
    for r in rows:
        number = int(r["id"].split("-")[1])
        assert number in allowed[r["split"]], r["id"]
    assert {r["split"] for r in rows} == {"train", "dev"}


def test_every_row_is_valid_user_data_with_its_statement_in_context(rows, tmp_path):
    from training.validate import validate_files

    assert all(r["text"] in r["context"] for r in rows)
    assert len({r["id"] for r in rows}) == len(rows)
    path = tmp_path / "rows.jsonl"
    assert main(["--out", str(path)]) == 0
    assert [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] == rows
    report = validate_files([path], user=True)
    assert report.problems == []


@pytest.mark.skipif(not (SHARED / "data").is_dir(), reason="needs ../shared/data for the corpus test split")
def test_corpus_test_adds_the_real_test_split_to_user_data(tmp_path):
    from training.data import build_bundle
    from training.train import TrainConfig

    path = tmp_path / "rows.jsonl"
    main(["--out", str(path)])
    plain = build_bundle(TrainConfig(data=[str(path)], target_swap=0, context_dropout=0))
    with_test = build_bundle(TrainConfig(data=[str(path)], corpus_test=True, target_swap=0, context_dropout=0))
    assert plain.test == [] and len(with_test.test) > 500
    assert all(x.origin == "real" for x in with_test.test)
    assert len(with_test.train) == len(plain.train) and len(with_test.dev) == len(plain.dev)


@pytest.fixture(scope="module")
def seven_sets(tmp_path_factory):
    """The previous release's stage-2 sets (dev..dev7, dev8 its dev), which the per-quote labels were written for."""
    sets = json.loads(SETS.read_text(encoding="utf-8"))
    sets["stance_training"] = {"train": ["dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7"], "dev": ["dev8"]}
    path = tmp_path_factory.mktemp("sets") / "speaker_sets.json"
    path.write_text(json.dumps(sets), encoding="utf-8")
    return path


def test_quote_labels_cover_every_training_quote_and_name_it(seven_sets):
    from training.speaker_rows import read_quote_labels

    labels = read_quote_labels()
    speaker_rows = build_rows(sets_file=seven_sets, labels="speaker")
    assert len(speaker_rows) == 1533
    assert {r["id"] for r in speaker_rows} <= set(labels)
    for r in speaker_rows:
        rec = labels[r["id"]]
        assert rec["quote"] == r["text"], r["id"]
        assert rec["stance"] in ("support", "skeptical", "neutral") and rec["sentiment"] in ("positive", "negative", "neutral")


def test_quote_labels_differ_from_speaker_labels_only_in_the_labels(seven_sets):
    rows = build_rows(sets_file=seven_sets)
    quote_rows = build_rows(sets_file=seven_sets, labels="quote")
    strip = [{k: v for k, v in r.items() if k not in ("stance", "sentiment")} for r in rows]
    assert strip == [{k: v for k, v in r.items() if k not in ("stance", "sentiment")} for r in quote_rows]
    # a mixed speaker's quotes are judged one by one: some differ from the speaker's label, most do not
    changed = sum(a["stance"] != b["stance"] for a, b in zip(rows, quote_rows))
    assert 0 < changed < len(rows) / 2


def test_a_stale_quote_label_names_the_row(tmp_path):
    from training.speaker_rows import read_quote_labels

    labels = read_quote_labels()
    first = next(iter(labels))
    labels[first] = {**labels[first], "quote": "words the article does not have"}
    path = tmp_path / "labels.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in labels.values()), encoding="utf-8")
    with pytest.raises(ValueError, match=first):
        build_rows(labels="quote", labels_file=path)
    del labels[first]
    path.write_text("".join(json.dumps(r) + "\n" for r in labels.values()), encoding="utf-8")
    with pytest.raises(ValueError, match=f"no label for {first}"):
        build_rows(labels="quote", labels_file=path)


def test_labels_must_be_quote_or_speaker():
    with pytest.raises(ValueError, match="labels='quotes'"):
        build_rows(labels="quotes")


def test_speaker_rows_join_each_training_speakers_quotes_in_order(rows, tmp_path):
    from stance.aggregate import JOINER
    from training.speaker_rows import speaker_level_rows
    from training.validate import validate_files

    joined = speaker_level_rows(rows)
    train = [r for r in rows if r["split"] == "train"]
    assert len(joined) == len({r["id"].rsplit("-", 1)[0] for r in train})
    by_id = {r["id"]: r for r in joined}
    for r in train:  # every training quote is in its speaker's row, in order, with the speaker's label
        row = by_id[r["id"].rsplit("-", 1)[0] + "-all"]
        assert r["text"] in row["text"].split(JOINER) and (row["stance"], row["sentiment"]) == (r["stance"], r["sentiment"])
    assert all(r["context"] is None and r["split"] == "train" for r in joined)
    path = tmp_path / "rows.jsonl"
    assert main(["--out", str(path), "--speaker-rows"]) == 0
    written = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert written == rows + joined
    assert validate_files([path], user=True).problems == []


def test_speaker_rows_refuse_quotes_with_different_labels(rows):
    from training.speaker_rows import speaker_level_rows

    first = next(r for r in rows if r["split"] == "train")
    twin = {**first, "id": first["id"][:-1] + "99", "stance": "neutral" if first["stance"] != "neutral" else "support"}
    with pytest.raises(ValueError, match=first["id"].rsplit("-", 1)[0]):
        speaker_level_rows([first, twin])


def test_stage_two_reads_its_own_fewer_sets_and_a_wrong_key_is_named(rows, tmp_path, capsys):
    sets = json.loads(SETS.read_text(encoding="utf-8"))
    stage2 = build_rows(key="stage2_training")
    assert set(sets["stage2_training"]["train"]) < set(sets["stance_training"]["train"])
    assert {r["id"] for r in stage2} < {r["id"] for r in rows}  # the shipped stage 2 saw a subset of stage 3's quotes
    assert not set(sets["speaker_calibration"]) & set(sets["stance_training"]["train"])
    with pytest.raises(SystemExit):
        main(["--out", str(tmp_path / "x.jsonl"), "--key", "stage9_training"])
    assert "stage9_training" in capsys.readouterr().err
