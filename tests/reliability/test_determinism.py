"""Issue 7: the same input gives the same output on CPU across calls and processes, and four threads
sharing one Predictor get what sequential calls get."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
TARGET = "direct talks between Sudan and South Sudan"

SCRIPT = """
import json, sys
import stance
p = stance.load(sys.argv[1], device="cpu", num_threads=2)
texts = json.loads(sys.stdin.read())
first = [r.to_dict() for r in p.predict_many(texts, sys.argv[2])]
second = [p.predict(t, sys.argv[2]).to_dict() for t in texts]
print(json.dumps({"first": first, "second": second}))
"""


def _articles(demo: str) -> list[str]:
    return [
        demo,
        demo[:1200],
        'Jane Doe said, "We are ready to talk." John Roe said: "Never, not under these terms."',
        "«Мы готовы», сказал он. 他说：“我们准备好了。” No quotes at all here.",
        "",
    ]


def _scores(results: list[dict]) -> np.ndarray:
    vals = [v for r in results for s in r["speakers"] for q in s["quotes"]
            for v in (*q["stance_scores"].values(), *q["sentiment_scores"].values())]
    return np.array(vals)


def _labels(results: list[dict]):
    return [[(s["speaker"], s["stance"], s["sentiment"], [(q["start"], q["end"], q["stance"]) for q in s["quotes"]])
             for s in r["speakers"]] for r in results]


def test_same_output_across_calls(tiny_predictor, demo_article):
    texts = _articles(demo_article)
    runs = [[r.to_dict() for r in tiny_predictor.predict_many(texts, TARGET)] for _ in range(3)]
    assert runs[0] == runs[1] == runs[2]
    one_by_one = [tiny_predictor.predict(t, TARGET).to_dict() for t in texts]
    assert _labels(one_by_one) == _labels(runs[0])
    np.testing.assert_allclose(_scores(one_by_one), _scores(runs[0]), atol=1e-5)  # batching: last digits only


def test_same_output_across_processes(tiny_model_dir, tiny_predictor, demo_article):
    """Two fresh interpreters with different hash seeds (set/dict order) give identical results."""
    texts = _articles(demo_article)
    procs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
        procs.append(subprocess.Popen([sys.executable, "-c", SCRIPT, str(tiny_model_dir), TARGET], cwd=REPO,
                                      env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE, text=True))
    outs = []
    for p in procs:
        out, err = p.communicate(json.dumps(texts), timeout=300)
        assert p.returncode == 0, err[-3000:]
        outs.append(json.loads(out))
    a, b = outs
    assert a == b, "two processes disagree"
    assert _labels(a["first"]) == _labels(a["second"])
    here = [r.to_dict() for r in tiny_predictor.predict_many(texts, TARGET)]
    assert _labels(here) == _labels(a["first"])
    np.testing.assert_allclose(_scores(here), _scores(a["first"]), atol=1e-5)


def test_four_threads_on_one_predictor_match_sequential(tiny_predictor, demo_article):
    texts = _articles(demo_article) * 4
    sequential = [tiny_predictor.predict(t, TARGET).to_dict() for t in texts]
    jobs = [texts[i::4] for i in range(4)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        per_thread = list(pool.map(lambda chunk: [tiny_predictor.predict(t, TARGET).to_dict() for t in chunk], jobs))
    threaded = [None] * len(texts)
    for i, chunk in enumerate(per_thread):
        threaded[i::4] = chunk
    assert len(_scores(sequential)) > 20, "the articles must hold quotes for this to mean anything"
    assert _labels(threaded) == _labels(sequential)
    np.testing.assert_allclose(_scores(threaded), _scores(sequential), atol=1e-6)


def test_threads_mixing_predict_many_and_classify(tiny_predictor, demo_article):
    texts = _articles(demo_article)
    stmts = ["We are ready to talk.", "Never.", "The talks resume on Monday in Geneva."] * 5
    want_many = _labels([r.to_dict() for r in tiny_predictor.predict_many(texts, TARGET)])
    want_cls = [q.to_dict() for q in tiny_predictor.classify(stmts, TARGET)]

    def work(k):
        if k % 2:
            return _labels([r.to_dict() for r in tiny_predictor.predict_many(texts, TARGET)])
        return [q.to_dict() for q in tiny_predictor.classify(stmts, TARGET)]

    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(work, range(8)))
    for k, g in enumerate(got):
        if k % 2:
            assert g == want_many
        else:
            assert [q["stance"] for q in g] == [q["stance"] for q in want_cls]
            np.testing.assert_allclose([list(q["stance_scores"].values()) for q in g],
                                       [list(q["stance_scores"].values()) for q in want_cls], atol=1e-6)
