"""bf16 against fp32 on the GPU, statement by statement, on the corpus's real test split (issue 6).

The device machine has no ``../shared``, so the test statements are resolved here first into an ignored
folder that travels with the run (real sentences never go into git)::

    python benchmarks/gpu_labels.py prepare                 # writes .whl/test.jsonl (git-ignored)
    python benchmarks/gpu_labels.py compare --out DIR       # on the GPU: fp32 vs bf16 labels, and macro-F1

Goal: bf16 labels equal fp32 labels on at least 99% of the test statements.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT / ".whl" / "test.jsonl"
sys.path.insert(0, str(ROOT))


def prepare(out: Path) -> int:
    from training.corpus import load_corpus

    rows = [x for x in load_corpus() if x.split == "test"]
    if not rows:
        print("error: no test statements resolved (is ../shared/data present?)", file=sys.stderr)
        return 2
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for x in rows:
            fh.write(json.dumps({"id": x.id, "text": x.text, "context": x.context, "speaker": x.speaker,
                                 "target": x.target, "stance": x.stance, "sentiment": x.sentiment}) + "\n")
    print(f"wrote {len(rows)} test statements to {out}")
    return 0


def compare(data: Path, out: Path, model: str | None, device: str, dtype: str = "bfloat16") -> int:
    import stance
    from training.metrics import macro_f1

    rows = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]
    stmts = [stance.Statement(r["text"], context=r["context"] or None, speaker=r["speaker"] or None) for r in rows]
    targets = [r["target"] for r in rows]
    res: dict[str, object] = {"n": len(rows), "device": device, "half": dtype}
    if device == "cpu":
        dtype = "float32"  # a CPU smoke run compares float32 with itself (bfloat16 on a CPU: throughput.py)
    labels = {}
    for name, dt in (("float32", "float32"), ("half", dtype)):
        p = stance.load(model, device=device, dtype=dt)
        p.classify(stmts[:64], targets[:64])
        t = time.perf_counter()
        out_ = p.classify(stmts, targets)
        res[f"{name}_seconds"] = time.perf_counter() - t
        labels[name] = out_
        for head, names in (("stance", p.config.stance_labels), ("sentiment", p.config.sentiment_labels)):
            # the same scorer as `stance evaluate`, so the numbers compare with the model card
            res[f"{name}_{head}_macro_f1"] = macro_f1([list(names).index(r[head]) for r in rows],
                                                      [list(names).index(getattr(q, head)) for q in out_], len(names))
    for head in ("stance", "sentiment"):
        same = sum(getattr(a, head) == getattr(b, head) for a, b in zip(labels["float32"], labels["half"]))
        res[f"{head}_agreement"] = same / len(rows)
    res["max_abs_score_diff"] = max(abs(a.stance_scores[k] - b.stance_scores[k])
                                    for a, b in zip(labels["float32"], labels["half"]) for k in a.stance_scores)
    res["goal_met"] = min(res["stance_agreement"], res["sentiment_agreement"]) >= 0.99
    out.mkdir(parents=True, exist_ok=True)
    name = "gpu-labels.json" if dtype in ("bfloat16", "float32") else f"gpu-labels-{dtype}.json"
    (out / name).write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(res, indent=1))
    return 0 if res["goal_met"] else 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    pp = sub.add_parser("prepare")
    pp.add_argument("--out", type=Path, default=DEFAULT_DATA)
    pc = sub.add_parser("compare")
    pc.add_argument("--data", type=Path, default=DEFAULT_DATA)
    pc.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    pc.add_argument("--model", default=None, help="model directory (default: the shipped model)")
    pc.add_argument("--device", default="cuda")
    pc.add_argument("--dtype", default="bfloat16", help="the half precision compared with float32 (bfloat16, float16)")
    args = ap.parse_args(argv)
    if args.cmd == "prepare":
        return prepare(args.out)
    return compare(args.data, args.out, args.model, args.device, args.dtype)


if __name__ == "__main__":
    raise SystemExit(main())
