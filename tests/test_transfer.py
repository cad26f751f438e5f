"""Transfer sets (issue 4): label mapping, train-only parts, sampling, and no leak of corpus sentences."""

from __future__ import annotations

import csv
import json
from collections import Counter

import pytest

from training.corpus import DATA_DIR, Example, read_jsonl, shared_data_dir
from training.transfer import TRANSFER_SETS, balanced_sample, label_of, load_transfer

ROOT = shared_data_dir()
needs_shared = pytest.mark.skipif(ROOT is None, reason="../shared/data is not present")


def _ex(i: int, stance: str) -> Example:
    return Example(id=str(i), text=f"t{i}", target="x", stance=stance, sentiment=None)


def test_balanced_sample_gives_short_class_remainder_to_others():
    xs = [_ex(i, "support") for i in range(50)] + [_ex(100 + i, "neutral") for i in range(3)]
    xs += [_ex(200 + i, "skeptical") for i in range(50)]
    got = balanced_sample(xs, 30, seed=1)
    counts = Counter(label_of(x) for x in got)
    assert len(got) == 30 and counts["neutral"] == 3
    assert abs(counts["support"] - counts["skeptical"]) <= 1
    assert [x.id for x in got] == [x.id for x in balanced_sample(xs, 30, seed=1)]
    everything = balanced_sample(xs, None, seed=0)
    assert everything != xs and sorted(x.id for x in everything) == sorted(x.id for x in xs)


@needs_shared
def test_unknown_name_and_bad_limit():
    with pytest.raises(ValueError, match="Available names"):
        load_transfer("semeval", ROOT)
    with pytest.raises(ValueError, match="limit"):
        load_transfer("vast", ROOT, limit=-1)


@pytest.fixture(scope="module")
def full() -> dict[str, dict[str, Example]]:
    if ROOT is None:
        pytest.skip("../shared/data is not present")
    return {name: {x.id: x for x in load_transfer(name, ROOT)} for name in TRANSFER_SETS}


def test_every_set_is_train_and_single_headed(full):
    for name, xs in full.items():
        assert xs, name
        for x in list(xs.values())[:200]:
            assert x.split == "train" and x.origin == "transfer" and x.text and x.target
            assert (x.stance is None) != (x.sentiment is None), x.id


def test_vast_mapping(full):
    with open(ROOT / "vast" / "vast_dev.csv", encoding="utf-8", newline="") as fh:
        rows = [r for _, r in zip(range(30), csv.DictReader(fh))]
    want = {"0": "skeptical", "1": "support", "2": "neutral"}
    for n, row in enumerate(rows):
        x = full["vast"][f"vast:{n}"]
        assert (x.stance, x.sentiment, x.target) == (want[row["Stance"]], None, row["Target"].strip())


def test_ibm_mapping_and_train_rows_only(full):
    with open(ROOT / "ibm_argq30k" / "arg_quality_rank_30k.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for n, row in enumerate(rows):
        x = full["ibm"].get(f"ibm:{n}")
        if row["set"] != "train":
            assert x is None
        elif n < 500:
            assert x.stance == {"1": "support", "-1": "skeptical"}[row["stance_WA"]] and x.target == row["topic"]


def test_perspectrum_mapping_and_train_claims_only(full):
    base = ROOT / "perspectrum"
    split = json.loads((base / "dataset_split_v1.0.json").read_text(encoding="utf-8"))
    claims = json.loads((base / "perspectrum_with_answers_v1.0.json").read_text(encoding="utf-8"))
    seen = {int(k.split(":")[1]) for k in full["perspectrum"]}
    assert seen and all(split[str(c)] == "train" for c in seen)
    claim = next(c for c in claims if split[str(c["cId"])] == "train")
    cluster = claim["perspectives"][0]
    x = full["perspectrum"][f"perspectrum:{claim['cId']}:{cluster['pids'][0]}"]
    assert x.target == claim["text"]
    assert x.stance == {"support": "support", "undermine": "skeptical"}[cluster["stance_label_3"].lower()]


def test_newsmtsc_mapping(full):
    lines = (ROOT / "newsmtsc" / "train.jsonl").read_text(encoding="utf-8").split("\n")
    checked = 0
    for key, x in list(full["newsmtsc"].items())[:300]:
        n, i = map(int, key.split(":")[1:])
        target = json.loads(lines[n])["targets"][i]
        assert x.target == target["mention"] and x.stance is None
        assert x.sentiment == {2.0: "negative", 4.0: "neutral", 6.0: "positive"}[float(target["polarity"])]
        checked += 1
    assert checked == 300


def test_directed_mapping_direction_and_brackets(full):
    lines = (ROOT / "directed_sentiment_news" / "train.txt").read_text(encoding="utf-8").split("\n")
    seen = Counter()
    for key, x in list(full["directed"].items())[:2000]:
        _, p, q, code = lines[int(key.split(":")[1])].split("\t")
        assert "[" not in x.text and "]" not in x.text
        assert x.sentiment == {"0": "neutral", "1": "positive", "2": "positive", "3": "negative",
                               "4": "negative"}[code]
        if code in ("1", "3"):
            assert (x.speaker, x.target) == (p.strip(), q.strip())
        elif code in ("2", "4"):
            assert (x.speaker, x.target) == (q.strip(), p.strip())
        seen[code] += 1
    assert set(seen) == {"0", "1", "2", "3", "4"}


def test_corpus_referenced_lines_are_excluded(full):
    files = {"newsmtsc": ("newsmtsc", "train.jsonl"), "directed_sentiment_news": ("directed", "train.txt")}
    loaded = {name: {x.meta["line"] for x in full[name].values()} for name, _ in files.values()}
    referenced = 0
    for path in sorted(DATA_DIR.glob("real_*.jsonl")):
        for _, rec, _ in read_jsonl(path):
            o = (rec or {}).get("origin")
            if isinstance(o, dict) and o.get("dataset") in files and o.get("file") == files[o["dataset"]][1]:
                referenced += 1
                assert o["line"] not in loaded[files[o["dataset"]][0]], rec["id"]
    assert referenced > 0


@needs_shared
@pytest.mark.parametrize("name", sorted(TRANSFER_SETS))
def test_limit_balance_and_determinism(name):
    a = load_transfer(name, ROOT, limit=60, seed=3)
    b = load_transfer(name, ROOT, limit=60, seed=3)
    c = load_transfer(name, ROOT, limit=60, seed=4)
    assert len(a) == 60 and [x.id for x in a] == [x.id for x in b]
    assert [x.id for x in a] != [x.id for x in c]
    counts = Counter(label_of(x) for x in a)
    assert max(counts.values()) - min(counts.values()) <= 1
