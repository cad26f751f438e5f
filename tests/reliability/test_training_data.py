"""Issue 7: bad training data is reported with file:line for every problem, before training starts."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("datasets")

from training.data import build_bundle  # noqa: E402
from training.train import TrainConfig, main, run  # noqa: E402
from training.validate import validate_files  # noqa: E402

GOOD = {"id": "g1", "text": "We are ready to talk.", "stance": "support", "sentiment": "positive"}
LINES = [
    json.dumps(GOOD),                                                            # 1 fine
    json.dumps({"id": "a2", "text": "No talks.", "stance": "against"}),          # 2 unknown label
    "{not json",                                                                 # 3 malformed JSON
    json.dumps({"id": "g1", "text": "Same id again.", "stance": "neutral"}),     # 4 duplicate id
    json.dumps({"id": "a4", "stance": "neutral"}),                               # 5 missing text
    "[1, 2]",                                                                    # 6 not an object
    "",                                                                          # 7 blank: ignored
    json.dumps({"id": ["x"], "text": "list id", "stance": "neutral"}),           # 8 unhashable id
    json.dumps({"id": "a6", "text": 5, "stance": "support", "sentiment": "glad"}),  # 9 two problems
    json.dumps({"id": "a7", "text": "no labels at all"}),                        # 10 no label
    json.dumps({"id": "a8", "text": "x", "stance": "neutral", "split": "later"}),  # 11 unknown split
]
EXPECTED = [
    (2, "stance='against' is not one of"),
    (3, "invalid JSON"),
    (4, "duplicate id 'g1' (first at"),
    (5, "missing field 'text'"),
    (6, "expected a JSON object, got list"),
    (8, "id must be a string or an integer, got list"),
    (9, "sentiment='glad' is not one of"),
    (9, "text must be a string, got int"),
    (10, "needs at least one of 'stance' or 'sentiment'"),
    (11, "split='later' is not one of"),
]


@pytest.fixture()
def bad_files(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n  \n\n", encoding="utf-8")
    latin = tmp_path / "latin1.jsonl"
    latin.write_bytes(json.dumps(GOOD).encode() + b'\n{"id": "l2", "text": "caf\xe9", "stance": "neutral"}\n')
    csv = tmp_path / "bad.csv"
    csv.write_text("id,text,stance\nc1,hello there,support\nc2,,neutral\nc3,hi,wrong\n", encoding="utf-8")
    return {"bad": bad, "empty": empty, "blank": blank, "latin": latin, "csv": csv, "missing": tmp_path / "nope.jsonl"}


def _cfg(files, tmp_path, base):
    return TrainConfig(data=[str(f) for f in files], base=str(base), output=str(tmp_path / "out"), epochs=1,
                       threads=1)


def test_every_problem_is_listed_with_file_and_line(bad_files):
    problems = validate_files([bad_files["bad"]], user=True).problems
    assert len(problems) == len(EXPECTED)
    for (line, what), got in zip(EXPECTED, problems):
        assert got.startswith(f"{bad_files['bad']}:{line}: ") and what in got, got


def test_whole_file_problems(bad_files):
    rep = validate_files([bad_files[k] for k in ("empty", "blank", "latin", "csv", "missing")], user=True)
    want = [f"{bad_files['empty']}: file is empty", f"{bad_files['blank']}: file is empty",
            f"{bad_files['latin']}:2: not valid UTF-8", f"{bad_files['csv']}:3: missing field 'text'",
            f"{bad_files['csv']}:4: stance='wrong'", f"{bad_files['missing']}: file not found"]
    assert len(rep.problems) == len(want)
    for w, got in zip(want, rep.problems):
        assert got.startswith(w), got


def test_build_bundle_raises_with_all_problems_of_all_files(bad_files, tmp_path, tiny_model_dir):
    files = [bad_files[k] for k in ("bad", "empty", "latin", "csv")]
    with pytest.raises(ValueError) as err:
        build_bundle(_cfg(files, tmp_path, tiny_model_dir))
    msg = str(err.value)
    assert msg.startswith(f"{len(EXPECTED) + 4} problem(s) in the training data")
    for line, what in EXPECTED:
        assert f"{bad_files['bad']}:{line}: {what}" in msg


def test_run_fails_before_training_starts(bad_files, tmp_path, tiny_model_dir, monkeypatch):
    import training.loop

    def no_fit(*a, **k):
        raise AssertionError("training started on bad data")

    monkeypatch.setattr(training.loop, "fit", no_fit)
    cfg = _cfg([bad_files["bad"]], tmp_path, tiny_model_dir)
    with pytest.raises(ValueError, match=r"problem\(s\) in the training data"):
        run(cfg)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f.name for f in bad_files.values()
                                                                  if f.exists())  # no output, no .tmp-*


def test_cli_exit_code_and_message(bad_files, tmp_path, tiny_model_dir, capsys, monkeypatch):
    import logging

    monkeypatch.setattr(logging.getLogger(), "level", logging.getLogger().level)  # main() configures logging
    code = main(["--data", str(bad_files["bad"]), "--base", str(tiny_model_dir), "--output", str(tmp_path / "o")])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("error: 10 problem(s)") and "Traceback" not in err
    assert not (tmp_path / "o").exists()
