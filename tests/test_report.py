"""training.report: seed summary, median run, and the comparison with a previous recipe's seeds."""

from __future__ import annotations

import json

from training.report import main, median_run, seed_summary


def _run(tmp_path, name, test_stance, dev_stance):
    d = tmp_path / name
    d.mkdir()
    m = {split: {"stance": {"macro_f1": v}, "sentiment": {"macro_f1": 0.6}}
         for split, v in (("test", test_stance), ("dev", dev_stance))}
    (d / "metrics.json").write_text(json.dumps(m))
    return d


def test_median_and_previous_recipe(tmp_path):
    runs = [_run(tmp_path, "a", 0.60, 0.66), _run(tmp_path, "b", 0.62, 0.67), _run(tmp_path, "c", 0.58, 0.65)]
    assert median_run(runs).name == "a"
    summary = seed_summary(runs)
    assert summary["test_stance"]["mean"] == 0.6 and summary["dev_stance"]["values"] == [0.66, 0.67, 0.65]
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"runs": ["x", "y", "z"], "dev_stance": {"mean": 0.633}, "test_stance": {"mean": 0.604}}))
    out = tmp_path / "new.json"
    assert main(["--runs", *map(str, runs), "--previous", f"{old}:previous", "--json", str(out)]) == 0
    recipes = json.loads(out.read_text())["recipes"]
    assert recipes["previous"] == {"dev_stance": 0.633, "test_stance": 0.604, "seeds": 3}
    assert recipes["this recipe, mean of the seeds"]["dev_stance"] == 0.66


def test_a_previous_recipes_comparisons_come_along_without_its_own_mean_twice(tmp_path):
    runs = [_run(tmp_path, "a", 0.60, 0.66), _run(tmp_path, "b", 0.62, 0.67), _run(tmp_path, "c", 0.58, 0.65)]
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"runs": ["x", "y", "z"], "dev_stance": {"mean": 0.633},
                               "recipes": {"older": {"dev_stance": 0.6}, "this recipe, mean of the seeds": {"dev_stance": 0.633}}}))
    out = tmp_path / "new.json"
    assert main(["--runs", *map(str, runs), "--previous", f"{old}:previous", "--json", str(out)]) == 0
    recipes = json.loads(out.read_text())["recipes"]
    assert list(recipes) == ["previous", "older (vs previous)", "this recipe, mean of the seeds"]
    assert recipes["older (vs previous)"] == {"dev_stance": 0.6}


def test_recipes_carried_over_twice_keep_one_name_and_appear_once(tmp_path):
    runs = [_run(tmp_path, "a", 0.60, 0.66), _run(tmp_path, "b", 0.62, 0.67), _run(tmp_path, "c", 0.58, 0.65)]
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"runs": ["x"], "dev_stance": {"mean": 0.64}, "recipes": {
        "older": {"dev_stance": 0.63}, "oldest (vs older)": {"dev_stance": 0.62},
        "older (vs oldest)": {"dev_stance": 0.63},
        "first (vs oldest) (vs older)": {"dev_stance": 0.61}, "this recipe, mean of the seeds": {"dev_stance": 0.64}}}))
    out = tmp_path / "new.json"
    assert main(["--runs", *map(str, runs), "--previous", f"{old}:previous", "--json", str(out)]) == 0
    recipes = json.loads(out.read_text())["recipes"]
    assert list(recipes) == ["previous", "older (vs previous)", "oldest (vs older)", "first (vs oldest)",
                            "this recipe, mean of the seeds"]
