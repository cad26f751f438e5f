"""The model card (``README.md`` inside a model directory), written from measured metrics only."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SOURCES = """| data | use | licence / terms |
| --- | --- | --- |
| project corpus, written statements (`training/data/written/`) | train, dev | written by the stance team; Apache-2.0 with this project |
| PolNeAR (networkdynamics/PolNeAR, LREC 2018), train and dev documents only | train, dev, test (by reference) | research corpus, no licence file; cite the paper |
| NewsMTSC (fhamborg/NewsMTSC, EACL 2021) | train, dev, test (by reference){transfer_newsmtsc} | MIT-style licence of the repository |
| directed sentiment news (bywords/directed_sentiment_analysis, ACL 2021) | train, dev, test (by reference){transfer_directed} | use by citing the paper; no licence file |
{extra_rows}"""

STAGE2_ROW = ("| speaker benchmark articles, development sets only (`tests/data/articles`, "
              "`tests/data/speaker_sets.json`) | the stages after the first: each speaker's label on each of their quotes and, "
              "with `--speaker-rows`, on all of their quotes joined (`training/speaker_rows.py`) | written by the stance team; Apache-2.0 with this project |")

TRANSFER_ROWS = {
    "vast": "| VAST (Allaway & McKeown 2020), dev split | auxiliary stance rows | research corpus, no licence file |",
    "perspectrum": "| Perspectrum (CogComp) | auxiliary stance rows | CC BY-SA 4.0 |",
    "ibm": "| IBM Debater ArgQ-Rank-30k | auxiliary stance rows | CC BY-SA 3.0 |",
}


def _f1(rep: dict[str, Any], head: str) -> str:
    r = rep[head]
    ci = r.get("macro_f1_ci95")
    return f"{r['macro_f1']:.3f}" + (f" (95% CI {ci[0]:.3f}–{ci[1]:.3f})" if ci else "")


def _metrics_table(m: dict[str, Any]) -> str:
    rows = ["| evaluation | stance macro-F1 | sentiment macro-F1 | n |", "| --- | --- | --- | ---: |"]
    names = {"test": "real test, with context", "test_bare": "real test, bare statements",
             "test_target_blank": "real test, target blanked", "dev": "dev, with context",
             "dev_bare": "dev, bare statements"}
    for key, name in names.items():
        if key in m:
            rows.append(f"| {name} | {_f1(m[key], 'stance')} | {_f1(m[key], 'sentiment')} | {m[key]['stance']['n']} |")
    return "\n".join(rows)


def _per_class(m: dict[str, Any]) -> str:
    rows = ["| head | label | precision | recall | F1 | n |", "| --- | --- | ---: | ---: | ---: | ---: |"]
    for head in ("stance", "sentiment"):
        for lab, pc in m["test"][head]["per_class"].items():
            rows.append(f"| {head} | {lab} | {pc['precision']:.3f} | {pc['recall']:.3f} | {pc['f1']:.3f} | {pc['support']} |")
    return "\n".join(rows)


def _baselines(b: dict[str, Any] | None) -> str:
    if not b:
        return "(not run)"
    rows = ["| baseline | real test stance | real test sentiment |", "| --- | ---: | ---: |"]
    for name, res in b["results"].items():
        t = res.get("real test", {})
        fmt = lambda v: "–" if v is None else f"{v:.3f}"  # noqa: E731
        rows.append(f"| {name} | {fmt(t.get('stance'))} | {fmt(t.get('sentiment'))} |")
    return "\n".join(rows)


def _seeds(s: dict[str, Any]) -> str:
    rows = ["| metric | per seed | mean ± sd |", "| --- | --- | --- |"]
    for key in ("test_stance", "test_sentiment", "dev_stance", "dev_sentiment"):
        if key in s:
            v = s[key]
            rows.append(f"| {key.replace('_', ' ')} | {', '.join(f'{x:.3f}' for x in v['values'])} | {v['mean']:.3f} ± {v['std']:.3f} |")
    return "\n".join(rows)


def write_card(model_dir: Path, m: dict[str, Any], seeds: dict[str, Any], baselines: dict[str, Any] | None) -> None:
    cfg = json.loads((model_dir / "stance_config.json").read_text(encoding="utf-8"))
    recipe = cfg.get("recipe", {})
    before = lineage(cfg)
    transfer = list(dict.fromkeys(t for r in [recipe, *before] for t in r.get("transfer") or []))
    src = SOURCES.format(
        transfer_newsmtsc=", auxiliary sentiment rows" if "newsmtsc" in transfer else "",
        transfer_directed=", auxiliary sentiment rows" if "directed" in transfer else "",
        extra_rows="\n".join([TRANSFER_ROWS[t] for t in transfer if t in TRANSFER_ROWS]
                              + ([STAGE2_ROW] if before else [])),
    )
    stages = _stages(before, recipe)
    swap = m.get("target_swap", {})
    text = CARD.format(
        sources=src, stages=stages, recipe=json.dumps(recipe, indent=2),
        stage_limits=("- The second stage gives each quote its speaker's label (a weak label: a skeptical speaker's "
                      "neutral aside counts as skeptical), from wire-style articles the team wrote, not real news.\n"
                      if before else ""), metrics=_metrics_table(m), per_class=_per_class(m),
        baselines=_baselines(baselines), seeds=_seeds(seeds),
        ece_s=m["test"]["stance"]["ece_raw"], ece_s2=m["test"]["stance"]["ece"],
        ece_m=m["test"]["sentiment"]["ece_raw"], ece_m2=m["test"]["sentiment"]["ece"],
        t_s=m["temperature"]["stance"], t_m=m["temperature"]["sentiment"], calib=_calibrated_on(m),
        swap=f"{swap.get('became_neutral', float('nan')):.1%} of {swap.get('n_polar', 0)}",
        recipes=(f"Recipes compared on dev (macro-F1):\n```json\n{json.dumps(seeds['recipes'], indent=2)}\n```\n"
                 if seeds.get("recipes") else ""),
    )
    (model_dir / "README.md").write_text(text, encoding="utf-8")


def lineage(cfg: dict[str, Any]) -> list[dict[str, Any]]:
    """The recipes of the stages before the last, first stage first (``init_recipe`` nests one per stage)."""
    chain, recipe = [], cfg.get("init_recipe")
    while recipe:
        chain.append({k: v for k, v in recipe.items() if k != "init_recipe"})
        recipe = recipe.get("init_recipe")
    return chain[::-1]


_DATA_NAMES = {"speaker_rows_ht": "the speaker rows (half of them with the headline target, `--headline-targets 0.5`)",
               "speaker_rows": "the speaker rows", "real_train": "the corpus's real training rows"}
_COUNT = {2: "Two", 3: "Three", 4: "Four", 5: "Five"}


def _on(recipe: dict[str, Any]) -> str:
    """What a continued stage trained on, in words ("the speaker rows")."""
    names = []
    for path in recipe.get("data") or []:
        stem = Path(path).stem
        names.append(next((words for key, words in _DATA_NAMES.items() if stem.startswith(key)), f"`{path}`"))
    return " and ".join(dict.fromkeys(names)) or "the project corpus"


def _stages(before: list[dict[str, Any]], last: dict[str, Any]) -> str:
    """The recipe section's preamble: each earlier stage's recipe, then the heading of the last one's."""
    if not before:
        return ""
    n = len(before) + 1
    parts = [f"{_COUNT.get(n, n)} stages. Stage 1 (the corpus and the transfer sets, from the base encoder):\n```json\n"
             f"{json.dumps(before[0], indent=2)}\n```"]
    for k, recipe in enumerate(before[1:], start=2):
        parts.append(f"Stage {k} (continued from stage {k - 1} on {_on(recipe)}):\n```json\n{json.dumps(recipe, indent=2)}\n```")
    parts.append(f"Stage {n} (continued from stage {n - 1} on {_on(last)}):")
    return "\n".join(parts)


def _calibrated_on(m: dict) -> str:
    on = m.get("calibrated_on", {})
    if on.get("data") == "corpus-dev":
        return f"the project corpus's dev split ({on['n']} statements, each with its own label)"
    return "the run's dev split" + (f" ({on['n']} statements)" if on.get("n") else "")


CARD = """# talks-minilm

Stance toward talks (`support` / `skeptical` / `neutral`) and sentiment (`positive` / `negative` / `neutral`)
of a statement, given a target ("direct talks between Azerbaijan and Armenia"). One encoder, two heads:
[all-MiniLM-L6-v2](https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2) (BERT, 6 layers, 384 hidden,
Apache-2.0) fine-tuned by `python -m training.train`; weights stored in fp16 safetensors. Used by
`stance.predict` / `stance.classify`. Input: `[CLS] target [SEP] speaker : left-context « statement » right-context [SEP]`.

Every number below was measured by the training run that produced these weights (`metrics.json`) or by the
commands named beside it; the real `test` split is real news (PolNeAR, NewsMTSC, directed-sentiment sentences
labelled by the team under LABELS.md) and was never used for training or model selection.

## Data
{sources}

## Recipe
{stages}
```json
{recipe}
```
{recipes}
## Metrics on the real test split
{metrics}

Per class (real test, with context):

{per_class}

Three seeds of this recipe (the shipped one is the median on test stance macro-F1):

{seeds}

Baselines on the same real test split (`python -m training.baselines`):

{baselines}

## Calibration
Temperature scaling fitted on {calib}: stance T={t_s:.2f}, sentiment T={t_m:.2f}. Expected calibration error on
real test: stance {ece_s:.3f} before, {ece_s2:.3f} after; sentiment {ece_m:.3f} before, {ece_m2:.3f} after.
`confidence` in the API is the calibrated probability of the predicted label.

## Does it read the target?
With every test target replaced by "a ban on plastic bags", {swap} support/skeptical predictions became
`neutral`.

## Known limits
- English only. Other scripts do not crash the library, but their labels are not measured and not meaningful.
- Trained on statements the team wrote (register of wire news; 2,735 in train) and about 1,000 real 2016-2018
  US political news statements (a further 535 in dev, 539 in test); real test quality (tables above) is
  below dev quality and well below the project's goal of 0.80 macro-F1; the per-class table shows where it errs.
{stage_limits}- Stance is toward *talks or a negotiated outcome*; other targets (policies, people) are out of scope.
- Max input 128 tokens; longer statements are truncated around their middle (flagged `truncated`).
"""
