"""Second-pass audit of the corpus: a blind re-label of a random sample and Cohen's kappa.

    python -m training.audit sample --out /tmp/audit_blind.jsonl [--fraction 0.1]   # texts without labels
    python -m training.audit score --labels /tmp/audit_labels.jsonl                # kappa vs the corpus

The sample file holds resolved texts (real sentences included), so it is written outside the
repository; only the ids, the second annotator's labels and the scores are kept.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from .corpus import load_corpus


def sample(fraction: float, seed: int) -> list[dict[str, str]]:
    examples = load_corpus()
    rng = random.Random(seed)
    picked = rng.sample(examples, max(1, int(len(examples) * fraction)))
    return [{"id": x.id, "text": x.text, "context": x.context, "speaker": x.speaker, "target": x.target,
             "origin": x.origin} for x in sorted(picked, key=lambda x: x.id)]


def kappa(a: list[str], b: list[str]) -> float:
    from sklearn.metrics import cohen_kappa_score

    return float(cohen_kappa_score(a, b))


def score(labels_path: Path) -> dict[str, object]:
    gold = {x.id: x for x in load_corpus()}
    second = [json.loads(line) for line in labels_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    second = [s for s in second if s["id"] in gold]
    out: dict[str, object] = {"n": len(second)}
    for head in ("stance", "sentiment"):
        a = [getattr(gold[s["id"]], head) for s in second]
        b = [s[head] for s in second]
        out[f"{head}_kappa"] = round(kappa(a, b), 3)
        out[f"{head}_agreement"] = round(sum(x == y for x, y in zip(a, b)) / len(a), 3)
        for origin in ("written", "real"):
            sel = [i for i, s in enumerate(second) if gold[s["id"]].origin == origin]
            if sel:
                out[f"{head}_kappa_{origin}"] = round(kappa([a[i] for i in sel], [b[i] for i in sel]), 3)
    out["disagreements"] = [
        {"id": s["id"], "stance": [gold[s["id"]].stance, s["stance"]],
         "sentiment": [gold[s["id"]].sentiment, s["sentiment"]]}
        for s in second if gold[s["id"]].stance != s["stance"] or gold[s["id"]].sentiment != s["sentiment"]
    ]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m training.audit", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--out", required=True)
    s.add_argument("--fraction", type=float, default=0.1)
    s.add_argument("--seed", type=int, default=2026)
    c = sub.add_parser("score")
    c.add_argument("--labels", required=True)
    c.add_argument("--json", help="write the result here")
    args = ap.parse_args(argv)
    if args.cmd == "sample":
        rows = sample(args.fraction, args.seed)
        Path(args.out).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"{len(rows)} statements written to {args.out}")
        return 0
    result = score(Path(args.labels))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k != "disagreements"}, indent=2))
    print(f"{len(result['disagreements'])} disagreements")
    return 0


if __name__ == "__main__":
    sys.exit(main())
