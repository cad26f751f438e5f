"""Issue 7: wrong types to predict, predict_many, classify and the CLI give a TypeError (or a clear CLI
error) naming the argument, the index and the type received, before any work is done."""

from __future__ import annotations

import json

import pytest

import stance
from stance import Statement
from stance.cli import main as cli_main

BAD = [
    (None, "NoneType"),
    (b"Jane said hi", "bytes"),
    (42, "int"),
    (float("nan"), "float"),
    (["a list"], "list"),
    ({"text": "a dict"}, "dict"),
]


class _NoWork:
    """Stands in for the extractor: any use means work started before the input was validated."""

    def __getattr__(self, name):
        raise AssertionError(f"work started (extractor.{name}) before the input was validated")


def _no_classify(*args, **kwargs):
    raise AssertionError("work started (classifier.classify) before the input was validated")


@pytest.fixture()
def guarded(tiny_predictor):
    tiny_predictor._extractor = _NoWork()
    tiny_predictor.classifier.classify = _no_classify
    return tiny_predictor


@pytest.mark.parametrize(("value", "typename"), BAD, ids=[t for _, t in BAD])
def test_predict_names_argument_and_type(guarded, value, typename):
    with pytest.raises(TypeError) as err:
        guarded.predict(value)
    msg = str(err.value)
    assert msg.startswith(f"text is {typename}")
    if typename == "list":
        assert "predict_many" in msg
    if typename == "bytes":
        assert "decode" in msg


@pytest.mark.parametrize(("value", "typename"), BAD, ids=[t for _, t in BAD])
def test_predict_many_names_index_before_any_work(guarded, value, typename):
    texts = ["fine text"] * 5 + [value] + ["fine text"] * 5
    with pytest.raises(TypeError, match=rf"^texts\[5\] is {typename}"):
        guarded.predict_many(texts)
    with pytest.raises(TypeError, match=rf"^texts\[5\] is {typename}"):
        guarded.predict_many(iter(texts))  # a generator too: predict_many validates it all first


@pytest.mark.parametrize(("value", "typename"), [b for b in BAD if b[1] != "dict"], ids=lambda x: str(x)[:8])
def test_classify_names_index(guarded, value, typename):
    with pytest.raises(TypeError, match=rf"^statements\[2\] is {typename}"):
        guarded.classify(["a", "b", value])


@pytest.mark.parametrize("whole", [None, 42, b"abc", {"a": "b"}, "one string"])
def test_containers_of_the_wrong_type(guarded, whole):
    with pytest.raises(TypeError, match=r"^texts is "):
        guarded.predict_many(whole)
    with pytest.raises(TypeError, match=r"^statements is "):
        guarded.classify(whole)


def test_statement_fields_are_typed(guarded):
    with pytest.raises(TypeError, match=r"statements\[1\]\.context is int"):
        guarded.classify(["ok", Statement("a", context=5)])
    with pytest.raises(TypeError, match=r"statements\[0\]\.speaker is list"):
        guarded.classify([{"text": "a", "speaker": ["x"]}])
    with pytest.raises(TypeError, match=r"statements\[0\] is NoneType"):
        guarded.classify([Statement(None)])


def test_targets_are_typed(guarded):
    with pytest.raises(TypeError, match=r"^target is int"):
        guarded.predict("text", 5)
    with pytest.raises(TypeError, match=r"^target\[1\] is int"):
        guarded.predict_many(["a", "b"], ["t", 7])
    with pytest.raises(TypeError, match=r"^target is bytes"):
        guarded.predict_many(["a", "b"], b"talks")
    with pytest.raises(TypeError, match=r"^target\[0\] is float"):
        guarded.classify(["a"], [1.5])


def test_unknown_keyword_is_rejected(guarded):
    with pytest.raises(TypeError, match="unexpected keyword"):
        guarded.predict("text", top_k=3)
    with pytest.raises(TypeError, match="unexpected keyword"):
        guarded.predict_many(["text"], top_k=3)


def test_module_functions_validate_too(monkeypatch, guarded):
    monkeypatch.setattr(stance, "_default", lambda device=None: guarded)
    with pytest.raises(TypeError, match=r"^text is NoneType"):
        stance.predict(None)
    with pytest.raises(TypeError, match=r"^texts\[1\] is int"):
        stance.predict_many(["a", 1])
    with pytest.raises(TypeError, match=r"^statements\[0\] is bytes"):
        stance.classify([b"x"])
    with pytest.raises(TypeError, match=r"^text is int"):
        stance.extract(5)


# -- the CLI -------------------------------------------------------------------------------------
def _write_jsonl(path, rows):
    path.write_text("".join(r if isinstance(r, str) else json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


BAD_LINES = [
    {"id": "ok1", "text": 'Jane Doe said, "We are ready to talk about it."'},
    {"id": "n", "text": None},
    {"id": "i", "text": 17},
    "{not json\n",
    "[1, 2]\n",
    {"id": "t", "text": "fine", "target": 3},
    {"id": "ok2", "text": "No quotes here."},
]


def test_cli_lists_every_bad_line_and_runs_nothing(tmp_path, capsys):
    src = _write_jsonl(tmp_path / "in.jsonl", BAD_LINES)
    # a model path that does not exist: the input problems must be reported before any loading
    code = cli_main(["predict", str(src), "--model", str(tmp_path / "no-model"), "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert "5 problem(s)" in err and "Traceback" not in err
    for line, what in ((2, "'text' must be a string, got NoneType"), (3, "got int"), (4, "invalid JSON"),
                       (5, "expected a JSON object, got list"), (6, "'target' must be a non-empty string")):
        assert f"{src}:{line}: " in err and what in err


def test_cli_record_keeps_one_entry_per_input_in_order(tmp_path, capsys, tiny_model_dir):
    src = _write_jsonl(tmp_path / "in.jsonl", BAD_LINES)
    code = cli_main(["predict", str(src), "--model", str(tiny_model_dir), "--device", "cpu", "--format", "json",
                     "--errors", "record", "--no-progress"])
    out, err = capsys.readouterr()
    assert code == 0, err
    rows = json.loads(out)
    assert len(rows) == len(BAD_LINES)
    assert [r["id"] for r in rows][:3] == ["ok1", "n", "i"] and rows[-1]["id"] == "ok2"
    assert [("error" in r) for r in rows] == [False, True, True, True, True, True, False]
    assert f"{src}:3" in rows[2]["error"]
    assert rows[0]["speakers"], "the good article still gets its speakers"


def test_cli_missing_model_and_missing_file_are_clean_errors(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Some text.", encoding="utf-8")
    assert cli_main(["predict", str(tmp_path / "a.txt"), "--model", str(tmp_path / "nope"), "--device", "cpu"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: model directory") and str(tmp_path / "nope") in err and "Traceback" not in err
    assert cli_main(["predict", str(tmp_path / "missing.txt"), "--model", str(tmp_path)]) == 2
    assert "input file not found" in capsys.readouterr().err


def test_cli_reads_non_utf8_and_binary_files(tmp_path, capsys, tiny_model_dir):
    (tmp_path / "latin1.txt").write_bytes('Jane Doe said, "Caf\xe9 talks are ready to go now."'.encode("latin-1"))
    (tmp_path / "nul.txt").write_bytes(b"\x00\xff\xfe binary \x00 junk")
    code = cli_main(["predict", str(tmp_path / "latin1.txt"), str(tmp_path / "nul.txt"), "--model",
                     str(tiny_model_dir), "--device", "cpu", "--format", "jsonl", "--no-progress"])
    out = capsys.readouterr().out
    assert code == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["latin1.txt", "nul.txt"]


def test_cli_dtype_auto_runs_and_a_half_dtype_off_cuda_is_a_clear_error(tmp_path, capsys, tiny_model_dir):
    (tmp_path / "a.txt").write_text('"We are ready to talk," the minister said.', encoding="utf-8")
    args = ["predict", str(tmp_path / "a.txt"), "--model", str(tiny_model_dir), "--device", "cpu", "--format", "json"]
    assert cli_main([*args, "--dtype", "auto"]) == 0
    assert json.loads(capsys.readouterr().out)
    assert cli_main([*args, "--dtype", "float16"]) == 2
    assert "float16 is not allowed on device 'cpu'" in capsys.readouterr().err


def test_cli_workers_parse_in_worker_processes_with_the_same_result(tmp_path, capsys, tiny_model_dir):
    for k, text in enumerate(['"We are ready to talk," the minister said.', "The union said the offer was an insult.",
                              'Talks resumed. "Not at any price," the envoy told reporters.']):
        (tmp_path / f"a{k}.txt").write_text(text, encoding="utf-8")
    files = [str(tmp_path / f"a{k}.txt") for k in range(3)]
    args = ["predict", *files, "--model", str(tiny_model_dir), "--device", "cpu", "--format", "json", "--no-progress"]
    assert cli_main(args) == 0
    one = json.loads(capsys.readouterr().out)
    assert cli_main([*args, "--workers", "2"]) == 0
    assert json.loads(capsys.readouterr().out) == one
    assert cli_main([*args, "--workers", "0"]) == 2
    assert "n_process=0 must be a positive int" in capsys.readouterr().err
