"""Speaker-level stance and sentiment against human labels (issue 5, "real news" goal).

For each hand-written article ``tests/data/articles/NN-slug.txt`` (gold speakers, quotes, a
``target`` and one ``stance``/``sentiment`` per speaker in ``NN-slug.json``), plus the seed article
when ``../shared/examples`` exists (there the labels are lists of acceptable ones: a prediction in
the list is correct, and the first label is the gold for macro-F1), it measures:

* **classify**: every gold quote becomes ``stance.Statement(quote, context=<the sentence(s) of the
  article around it>, speaker=<gold speaker>)``, classified with ``Predictor.classify(...,
  target=<article target>)``; each speaker's quote labels are summed with ``Predictor.combine`` (as
  ``predict`` sums them: opinionated quotes weigh more, then the model's speaker calibration) and the
  argmax is the speaker's label (the goal's "summed per speaker");
* **for comparison**: the same quote scores summed without the speaker calibration, and plainly averaged;
  and the main row over the sets the model never trained on, and over those not used for the speaker
  calibration either (the held-out test sets: the clean number);
* **target swap**: the classify run again with the target replaced by "a ban on plastic bags";
  the share of speakers predicted support/skeptical that become neutral (goal: >= 0.70). Article 14
  is itself about plastics, so the share is also given without it;
* **pipeline**: ``Predictor.predict(article, target)``; its speakers are matched to gold speakers by
  name/alias or quote overlap (``benchmarks/speakers.py``), and scored over the matched gold
  speakers (a gold speaker matched by several returned ones takes the one with most quotes).

Stance and sentiment macro-F1 use scikit-learn's ``f1_score`` with the label set fixed (a label absent
from both gold and predictions of a subset is left out of that subset's average); a 95%
bootstrap interval over speakers is given for stance macro-F1. Writes
``benchmarks/results/speaker-stance.md`` and ``.json``.

Usage::

    .venv/bin/python benchmarks/speaker_stance.py [--model DIR] [--json OUT] [--out NAME|''] [--no-pipeline]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.speakers import (  # noqa: E402
    RESULTS,
    SEED,
    SETS,
    STANCE_TRAINING,
    _gold,
    article_paths,
    match,
    norm,
    set_of,
)

STANCE = ("support", "skeptical", "neutral")
SENTIMENT = ("positive", "negative", "neutral")
SWAP_TARGET = "a ban on plastic bags"
SWAP_RELATED = ("14-plastics-treaty",)  # articles whose topic the swap target is close to
MAIN = "classify (summed as predict() does)"


@dataclass
class Speaker:
    article: str
    name: str
    quotes: list[str]
    stance: list[str]  # acceptable labels, gold first
    sentiment: list[str]


@dataclass
class Article:
    slug: str
    text: str
    target: str
    speakers: list[Speaker]
    raw: list[dict]


def _labels(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _article(slug: str, text: str, gold: dict) -> Article:
    spk = [Speaker(slug, s["speaker"], list(s["quotes"]), _labels(s["stance"]), _labels(s["sentiment"]))
           for s in gold["speakers"]]
    return Article(slug, text, gold["target"], spk, gold["speakers"])


def load_articles(seed: bool = True) -> list[Article]:
    """The labelled articles in number order, then the seed article when ``../shared/examples`` is there."""
    out = []
    for path in article_paths():
        gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        out.append(_article(path.stem, path.read_text(encoding="utf-8"), gold))
    if seed and (SEED / "seed-expected.json").is_file():
        gold = json.loads((SEED / "seed-expected.json").read_text(encoding="utf-8"))
        out.append(_article("seed", (SEED / "seed-article.txt").read_text(encoding="utf-8"), gold))
    return out


def sentence_context(text: str, quote: str) -> str:
    """The sentence(s) of ``text`` that the first occurrence of ``quote`` overlaps."""
    from stance.quotes import sentences_around

    at = text.find(quote)
    if at < 0:
        raise ValueError(f"gold quote not in the article: {quote[:60]!r}")
    return sentences_around(text, at, at + len(quote))


def statements(articles: list[Article]):
    """One ``Statement`` per gold quote, with the speaker index it belongs to and the article target."""
    from stance import Statement

    stmts, owner, targets = [], [], []
    speakers = [s for a in articles for s in a.speakers]
    k = 0
    for a in articles:
        for s in a.speakers:
            for q in s.quotes:
                stmts.append(Statement(q, context=sentence_context(a.text, q), speaker=s.name))
                owner.append(k)
                targets.append(a.target)
            k += 1
    return speakers, stmts, owner, targets


def aggregate(labels, owner: list[int], n: int, combine=None) -> list[tuple[str, str]]:
    """Per speaker (stance, sentiment): argmax of the mean quote scores, or of ``combine(quote labels, k)``
    for speaker ``k`` (``Predictor.combine``: the pipeline's weighting, joined pass and speaker calibration)."""
    out = []
    for k in range(n):
        mine = [q for q, o in zip(labels, owner) if o == k]
        if combine is not None:
            st, se = combine(mine, k)
        else:
            st = {c: float(np.mean([q.stance_scores[c] for q in mine])) for c in STANCE}
            se = {c: float(np.mean([q.sentiment_scores[c] for q in mine])) for c in SENTIMENT}
        out.append((max(st, key=st.get), max(se, key=se.get)))
    return out


def _never_used(predictor, speakers: list[Speaker]) -> tuple[list[bool], list[bool]]:
    """Per speaker: whether the model never trained on their set, and whether, besides, neither the speaker
    calibration nor the speaker head was fitted on it (the seed article is both)."""
    calibration, head = predictor.config.speaker_calibration, predictor.config.speaker_head
    fitted = set(calibration.fitted.get("sets", ())) if calibration else set()
    fitted |= set(head.fitted.get("sets", ())) | set(head.fitted.get("temperature_sets", ())) if head else set()
    unseen = [set_of(s.article) not in STANCE_TRAINING for s in speakers]
    return unseen, [u and set_of(s.article) not in fitted for s, u in zip(speakers, unseen)]


def _uncalibrated(predictor):
    """``Predictor.combine`` without the model's speaker calibration and speaker head (for the comparison row)."""
    from stance.aggregate import combine

    cfg = predictor.config
    return lambda labels, k: combine(labels, cfg.stance_labels, cfg.sentiment_labels)


def macro_f1(gold: list[str], pred: list[str], labels: tuple[str, ...]) -> float:
    from sklearn.metrics import f1_score

    # nan: a label absent from both gold and predictions (small subsets such as the seed) is left out of
    # the average instead of counting as F1 0; on the full set every label is present, so nothing changes
    return float(f1_score(gold, pred, labels=list(labels), average="macro", zero_division=np.nan))


def macro_f1_ci(gold: list[str], pred: list[str], labels: tuple[str, ...], n: int = 1000) -> list[float]:
    """95% percentile bootstrap interval of :func:`macro_f1` over the items, rounded to 3 places."""
    rng = np.random.default_rng(0)
    g, p = np.array(gold), np.array(pred)
    scores = [macro_f1(list(g[i]), list(p[i]), labels) for i in rng.integers(0, len(g), (n, len(g)))]
    return [round(float(x), 3) for x in np.percentile(scores, [2.5, 97.5])]


def score(speakers: list[Speaker], preds: list[tuple[str, str] | None]) -> dict:
    """Macro-F1, accuracy and confusion over the speakers that have a prediction."""
    from sklearn.metrics import confusion_matrix

    pairs = [(s, p) for s, p in zip(speakers, preds) if p is not None]
    out: dict = {"speakers": len(pairs), "gold_speakers": len(speakers)}
    for i, (head, labels) in enumerate((("stance", STANCE), ("sentiment", SENTIMENT))):
        gold = [getattr(s, head)[0] for s, _ in pairs]
        pred = [p[i] for _, p in pairs]
        ok = [p[i] in getattr(s, head) for s, p in pairs]
        out[head] = {
            "macro_f1": round(macro_f1(gold, pred, labels), 3) if pairs else None,  # no speakers: no score
            "accuracy": round(float(np.mean(ok)) if ok else 0.0, 3),
            "confusion": confusion_matrix(gold, pred, labels=list(labels)).tolist() if pairs else [],
            "gold_counts": {c: gold.count(c) for c in labels},
            "pred_counts": {c: pred.count(c) for c in labels},
        }
        if head == "stance" and len(pairs) > 1:
            out[head]["macro_f1_ci95"] = macro_f1_ci(gold, pred, labels)
    return out


def swap_share(speakers: list[Speaker], real: list[tuple[str, str]], swapped: list[tuple[str, str]],
               skip: tuple[str, ...] = ()) -> dict:
    """Of the speakers predicted support/skeptical with the real target, the share that turn neutral."""
    idx = [k for k, (s, p) in enumerate(zip(speakers, real)) if p[0] != "neutral" and s.article not in skip]
    flipped = sum(swapped[k][0] == "neutral" for k in idx)
    return {"opinionated": len(idx), "became_neutral": flipped,
            "share": round(flipped / len(idx), 3) if idx else None}


NO_TARGET = "pipeline, no target given (predict(text): target from the headline)"


def pipeline_preds(predictor, articles: list[Article], with_target: bool = True) -> list[tuple[str, str] | None]:
    """The pipeline's label for each gold speaker it found, None where it found none. ``with_target=False``
    calls ``predict(text)`` as a user who names no target does (the target then comes from the headline)."""
    out: list[tuple[str, str] | None] = []
    for a in articles:
        gold = _gold(a.text, a.raw)
        result = predictor.predict(a.text, a.target if with_target else None)
        best: dict[int, tuple[int, str, str]] = {}
        for sp in result.speakers:
            names = {norm(n) for n in (sp.speaker, *sp.aliases) if n and n.strip()}
            k = match(names, [(q.start, q.end) for q in sp.quotes], gold)
            if k is not None and len(sp.quotes) > best.get(k, (0,))[0]:
                best[k] = (len(sp.quotes), sp.stance, sp.sentiment)
        out.extend((best[k][1], best[k][2]) if k in best else None for k in range(len(a.speakers)))
    return out


def run(model: str | None, pipeline: bool = True, dtype: str | None = None) -> dict:
    import stance

    t0 = time.perf_counter()
    predictor = stance.load(model, dtype=dtype)
    articles = load_articles()
    speakers, stmts, owner, targets = statements(articles)
    t1 = time.perf_counter()
    labels = predictor.classify(stmts, targets)
    joined = predictor.joined_labels([s.quotes for s in speakers], [a.target for a in articles for _ in a.speakers],
                                     [s.name for s in speakers])
    swapped_labels = predictor.classify(stmts, [SWAP_TARGET] * len(stmts))
    swapped_joined = predictor.joined_labels([s.quotes for s in speakers], SWAP_TARGET, [s.name for s in speakers])
    t_classify = time.perf_counter() - t1
    real = aggregate(labels, owner, len(speakers), lambda mine, k: predictor.combine(mine, joined[k]))
    swapped = aggregate(swapped_labels, owner, len(speakers), lambda mine, k: predictor.combine(mine, swapped_joined[k]))
    unseen, untouched = _never_used(predictor, speakers)

    def subset(keep):
        return score([s for s, k in zip(speakers, keep) if k], [p for p, k in zip(real, keep) if k])

    rows = {MAIN: score(speakers, real),
            "classify (weighted, no joined pass, no speaker calibration or head)":
                score(speakers, aggregate(labels, owner, len(speakers), _uncalibrated(predictor))),
            "classify (mean of quote scores)": score(speakers, aggregate(labels, owner, len(speakers))),
            "classify, sets the model never trained on": subset(unseen),
            "classify, sets never trained on nor used for the speaker calibration or head": subset(untouched)}
    if pipeline:
        t2 = time.perf_counter()
        piped = pipeline_preds(predictor, articles)
        rows["pipeline (predict, matched speakers)"] = score(speakers, piped)
        rows["pipeline (predict, matched speakers)"]["seconds"] = round(time.perf_counter() - t2, 1)
        no_target = pipeline_preds(predictor, articles, with_target=False)
        rows[NO_TARGET] = score(speakers, no_target)
        rows[NO_TARGET + ", held-out sets"] = score([s for s, k in zip(speakers, untouched) if k],
                                                   [p for p, k in zip(no_target, untouched) if k])
    by_set = {f"{name} {min(SETS[name]):02d}-{max(SETS[name]):02d}":
              score([s for s in speakers if set_of(s.article) == name],
                    [p for s, p in zip(speakers, real) if set_of(s.article) == name])
              for name in SETS}
    by_set["seed"] = score([s for s in speakers if s.article == "seed"],
                           [p for s, p in zip(speakers, real) if s.article == "seed"])
    return {
        "model": predictor.model_path,
        "command": "python benchmarks/speaker_stance.py" + (f" --model {model}" if model else "")
                   + (f" --dtype {dtype}" if dtype else ""),
        "dtype": str(predictor.classifier.dtype).replace("torch.", ""),
        "articles": len(articles), "quotes": len(stmts),
        "rows": rows, "by_set": by_set,
        "swap": {"target": SWAP_TARGET, "all": swap_share(speakers, real, swapped),
                 "without_" + "_".join(SWAP_RELATED): swap_share(speakers, real, swapped, SWAP_RELATED)},
        "classify_seconds": round(t_classify, 1), "total_seconds": round(time.perf_counter() - t0, 1),
        "speakers": [{"article": s.article, "speaker": s.name, "quotes": len(s.quotes),
                      "gold_stance": s.stance, "gold_sentiment": s.sentiment,
                      "stance": r[0], "sentiment": r[1], "stance_swapped": w[0]}
                     for s, r, w in zip(speakers, real, swapped)],
    }


def _table(rows: dict, swap: dict | None = None) -> str:
    head = "| run | speakers | stance macro-F1 (95% CI) | stance acc | sentiment macro-F1 | sentiment acc |"
    lines = [head + (" swap -> neutral |" if swap else ""), "|---" * (6 + bool(swap)) + "|"]
    for name, r in rows.items():
        st, se = r["stance"], r["sentiment"]
        ci = st.get("macro_f1_ci95")
        n = r["speakers"] if r["speakers"] == r["gold_speakers"] else f"{r['speakers']}/{r['gold_speakers']}"
        cells = [name, n, f"{st['macro_f1']}" + (f" ({ci[0]}-{ci[1]})" if ci else ""),
                 st["accuracy"], se["macro_f1"], se["accuracy"]]
        if swap:
            cells.append(swap.get(name, ""))
        lines.append("| " + " | ".join(str(c) for c in cells) + " |")
    return "\n".join(lines)


def _confusion(r: dict, head: str, labels: tuple[str, ...]) -> str:
    lines = ["| gold \\ predicted | " + " | ".join(labels) + " |", "|---" * (len(labels) + 1) + "|"]
    for g, row in zip(labels, r[head]["confusion"]):
        lines.append(f"| {g} | " + " | ".join(str(v) for v in row) + " |")
    return "\n".join(lines)


def render(res: dict) -> str:
    sw = res["swap"]
    share = {k: f"{v['share']} ({v['became_neutral']}/{v['opinionated']})" for k, v in sw.items() if k != "target"}
    main = res["rows"][MAIN]
    errors = [f"- {s['article']}: {s['speaker']}: gold {'/'.join(s['gold_stance'])}, predicted {s['stance']}"
              for s in res["speakers"] if s["stance"] not in s["gold_stance"]]
    return "\n".join([
        "# Speaker-level stance against human labels", "",
        f"`{res['command']}`", "",
        f"Model: `{res['model']}` ({res.get('dtype', 'float32')}). {res['articles']} articles, {main['speakers']} speakers, {res['quotes']} quotes; "
        f"classify {res['classify_seconds']} s for both targets, {res['total_seconds']} s in all.", "",
        _table(res["rows"], {MAIN: share["all"]}), "",
        f"Target swap (\"{sw['target']}\"): support/skeptical speakers that become neutral: all {share['all']}; "
        + "; ".join(f"{k.replace('_', ' ')} {v}" for k, v in share.items() if k != "all") + ".", "",
        "## By set (classify, summed as predict() does)", "", _table(res["by_set"]), "",
        "## Confusion (classify, summed as predict() does; rows gold, first acceptable label)", "",
        _confusion(main, "stance", STANCE), "", _confusion(main, "sentiment", SENTIMENT), "",
        "## Stance errors (classify, summed as predict() does)", "", *errors, "",
    ])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default=None, help="model directory (default: $STANCE_MODEL or the shipped model)")
    ap.add_argument("--json", default=None, metavar="OUT", help="also write the full results as JSON here")
    ap.add_argument("--out", default="speaker-stance", help="basename under benchmarks/results/ ('' to skip)")
    ap.add_argument("--no-pipeline", action="store_true", help="skip the predict() row (no spaCy)")
    ap.add_argument("--dtype", default=None, help="float32 (default) or bfloat16 (CUDA, or a CPU with native bfloat16)")
    args = ap.parse_args(argv)
    res = run(args.model, pipeline=not args.no_pipeline, dtype=args.dtype)
    md = render(res)
    print(md)
    payload = json.dumps(res, indent=1) + "\n"
    if args.json:
        Path(args.json).write_text(payload, encoding="utf-8")
    if args.out:
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / f"{args.out}.md").write_text(md, encoding="utf-8")
        (RESULTS / f"{args.out}.json").write_text(payload, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
