"""The throughput benchmark runs end to end, and int8 quantisation keeps the labels (issue 6).

No timing is asserted here: the numbers depend on the machine and its load.
"""

from __future__ import annotations

import json

import pytest
import torch

from benchmarks import synth

STATEMENTS = list(synth.statements(48, seed=11))


def test_bench_quick_writes_well_formed_outputs(tiny_model_dir, tmp_path):
    from stance.cli import main

    assert main(["bench", "--model", str(tiny_model_dir), "--quick", "--device", "cpu", "--out", str(tmp_path)]) == 0
    jsons = list(tmp_path.glob("cpu-*-quick.json"))
    assert len(jsons) == 1
    res = json.loads(jsons[0].read_text(encoding="utf-8"))
    assert res["quick"] is True and res["machine"]["device"] == "cpu"
    assert res["matmul"]["flops_per_s"] > 0
    assert [r["n"] for r in res["compare"]] == list(res["plan"]["compare_counts"])
    for row in res["compare"]:
        assert row["stance_per_s"] > 0 and row["pipeline_per_s"] > 0
        assert row["identical_input_ids"] == 1.0  # the baseline sees exactly our token ids
        assert row["label_agreement"] == 1.0  # same weights, same math, same labels
    assert 0.0 <= res["quantized"]["stance_agreement"] <= 1.0
    bf16 = res["bfloat16"]  # measured in a quick run whatever the CPU (a real run needs native bfloat16)
    assert 0.0 <= bf16["stance_agreement"] <= 1.0 and bf16["pipeline_per_s"] > 0 and bf16["ratio_vs_pipeline"] > 0
    assert res["articles_bf16"]["n"] == res["plan"]["articles"] and res["matmul_bf16"]["dtype"] == "bfloat16"
    arts = res["articles"]
    assert arts["n"] == res["plan"]["articles"] and arts["extraction_s"] > 0 and arts["classification_s"] > 0
    assert arts["quotes_per_article"] > 0 and res["articles_int8"]["n"] == arts["n"]
    assert [r["batch_size"] for r in res["batch_size"]["rows"]] == [1, 8, 16, 32, 64, 128]
    assert [r["n"] for r in res["input_count"]] == list(res["plan"]["counts"])
    assert all(r["rss_peak_mb"] >= r["rss_start_mb"] > 0 for r in res["input_count"])
    assert {"ratio", "flop_fraction", "articles_per_s", "memory"} <= set(res["summary"])
    md = jsons[0].with_suffix(".md").read_text(encoding="utf-8")
    assert "| classify / naive pipeline" in md and "## 4. the machine's limit" in md
    assert "| classify bfloat16 / naive pipeline" in md and "| bfloat16 |" in md
    png = tmp_path / jsons[0].name.replace(".json", "-batch.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_baseline_is_the_same_math_as_the_stance_head(tiny_predictor):
    from benchmarks import baseline
    from stance.preprocess import make_input

    c = tiny_predictor.classifier
    encoded = c._preprocess([make_input(synth.TARGET, s["text"], s["context"], s["speaker"]) for s in STATEMENTS])
    pairs = baseline.pair_texts(c.tokenizer, encoded)
    assert baseline.same_ids(c.tokenizer, pairs, encoded, c.config.max_length) == 1.0
    pipe = baseline.make_pipeline(c.model, c.tokenizer, torch.device("cpu"))
    labels = baseline.run_pipeline(pipe, pairs, c.config.max_length)
    assert labels == [q.stance for q in tiny_predictor.classify(STATEMENTS, synth.TARGET)]


def test_quantized_labels_match_float32_on_most_statements(tiny_model_dir, tiny_predictor):
    import stance

    q = stance.load(str(tiny_model_dir), device="cpu", quantize=True)
    assert q.classifier.quantized
    layer = q.classifier.model.bert.encoder.layer[0]
    for linear in (layer.attention.self.query, layer.attention.output.dense, layer.intermediate.dense):
        assert type(linear).__module__.startswith("torch.ao.nn.quantized.dynamic")
    # the feed-forward output projection and the heads stay float32 (they lost accuracy in int8)
    assert type(layer.output.dense) is torch.nn.Linear
    assert type(q.classifier.model.stance_head) is torch.nn.Linear
    fp32 = tiny_predictor.classify(STATEMENTS, synth.TARGET)
    int8 = q.classify(STATEMENTS, synth.TARGET)
    assert len(int8) == len(fp32)
    agree = sum(a.stance == b.stance for a, b in zip(fp32, int8)) / len(fp32)
    assert agree >= 0.8


def test_quantize_is_refused_off_cpu(tiny_model_dir):
    import stance
    from stance.classifier import check_quantizable

    with pytest.raises(ValueError, match="CPU only"):
        check_quantizable(torch.device("cuda"), torch.float32)
    with pytest.raises(ValueError, match="float32"):
        check_quantizable(torch.device("cpu"), torch.bfloat16)
    q = stance.load(str(tiny_model_dir), device="cpu", quantize=True)
    with pytest.raises(ValueError, match="CPU only"):
        q.to("meta")  # a quantised model is never moved off the CPU
    assert q.device.type == "cpu"


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs CUDA")
def test_quantize_on_cuda_is_a_clear_error(tiny_model_dir):
    import stance

    with pytest.raises(ValueError, match="quantize=True runs on the CPU only"):
        stance.load(str(tiny_model_dir), device="cuda", quantize=True)


@pytest.mark.parametrize(("load", "expected"), [(0.3, 2), (1.2, 1), (7.5, 1)])
def test_default_threads_leave_busy_cores_alone(monkeypatch, load, expected):
    from stance import device

    monkeypatch.delenv("STANCE_NUM_THREADS", raising=False)
    monkeypatch.setattr(device.os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    monkeypatch.setattr(device.os, "getloadavg", lambda: (load, load, load))
    assert device.default_threads() == expected
    monkeypatch.setenv("STANCE_NUM_THREADS", "3")
    assert device.default_threads() == 3


def test_statement_generator_is_deterministic_and_in_range():
    a = list(synth.statements(200, seed=5))
    assert a == list(synth.statements(200, seed=5))
    assert all(10 <= len(s["text"].split()) <= 60 and s["text"] in s["context"] for s in a)
    arts = list(synth.articles(3, seed=5))
    assert arts == list(synth.articles(3, seed=5))
    assert all(550 <= len(t.split()) <= 750 for t in arts)


def test_bench_without_articles_still_reports_the_classifier(tiny_model_dir, tmp_path):
    """The GPU image has no spaCy: --no-articles skips predict_many, the rest is measured and rendered."""
    from stance.cli import main

    args = ["bench", "--model", str(tiny_model_dir), "--quick", "--device", "cpu", "--no-quantized", "--no-articles"]
    assert main([*args, "--out", str(tmp_path)]) == 0
    res = json.loads(next(tmp_path.glob("cpu-*-quick.json")).read_text(encoding="utf-8"))
    assert "articles" not in res and res["summary"]["articles_per_s"] is None
    assert res["compare"] and res["batch_size"]["rows"]
    md = next(tmp_path.glob("cpu-*-quick.md")).read_text(encoding="utf-8")
    assert "predict_many, ~600-word" not in md and "statements/s" in md


def test_gpu_label_check_runs_on_cpu(tiny_model_dir, tmp_path):
    from benchmarks import gpu_labels

    data = tmp_path / "test.jsonl"
    rows = [{"id": str(i), "text": s["text"], "context": s["context"], "speaker": s["speaker"], "target": synth.TARGET,
             "stance": "neutral", "sentiment": "neutral"} for i, s in enumerate(STATEMENTS[:12])]
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert gpu_labels.compare(data, tmp_path, str(tiny_model_dir), "cpu") == 0  # fp32 against itself: equal
    res = json.loads((tmp_path / "gpu-labels.json").read_text(encoding="utf-8"))
    assert res["n"] == 12 and res["stance_agreement"] == 1.0 and res["max_abs_score_diff"] < 1e-5


def test_articles_row_names_the_network_the_run_used():
    # a bfloat16 run on a GPU has no variants: its one predict_many row was labelled float32 (2026-12-04)
    from benchmarks import report

    arts = {"n": 3, "words_mean": 600, "quotes_per_article": 5, "articles_per_s": 2.0, "extraction_s": 1.0,
            "classification_s": 0.4, "other_s": 0.1}
    res = {"model": {"dtype": "torch.bfloat16"}, "articles": arts,
           "batch_size": {"n": 4, "rss_peak_mb": 1.0, "rows": [{"batch_size": 1, "per_s": 1.0}]}, "input_count": []}
    lines = report._articles_and_scaling(res)
    assert any(line.startswith("| bfloat16 | 3 |") for line in lines)
    assert not any(line.startswith("| float32 |") for line in lines)


def test_gpu_batching_report_runs_on_cpu(tiny_model_dir, tmp_path):
    from benchmarks import gpu_batching

    argv = ["--model", str(tiny_model_dir), "--device", "cpu", "--n", "40", "--repeats", "1", "--dtypes", "float32",
            "--out", str(tmp_path)]
    assert gpu_batching.main(argv) == 0
    res = json.loads((tmp_path / "gpu-batching-cpu.json").read_text(encoding="utf-8"))
    assert [(r["batch_size"], r["token_budget"]) for r in res["rows"]] == list(gpu_batching.SETTINGS)
    for r in res["rows"]:
        assert r["classify_per_s"] > 0 and r["pipeline_per_s"] > 0 and r["batches"] >= 1
        assert r["same_labels_as_default"] == 1.0  # batching never changes a label
