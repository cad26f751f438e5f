"""The ``stance`` command line.

    stance predict article.txt [more.txt ...] [--target T] [--format table|json|jsonl|csv]
    stance predict - < article.txt
    stance predict articles.jsonl          # one JSON object per line: text, optional id and target
    stance extract article.txt             # quotes and speakers only
    stance train ... | stance evaluate ... | stance bench ...   (need the [train] / [dev] extras)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from . import __version__
from .render import FORMATS, render_articles

TRAINING_COMMANDS = {"train": "training.train", "evaluate": "training.evaluate", "validate": "training.validate",
                     "bench": "benchmarks.throughput", "evaluate-attribution": "benchmarks.attribution"}


def _read_inputs(paths: list[str]) -> Iterator[tuple[str, str, str | None]]:
    """(id, text, target) for every article: text files, JSONL files, or '-' for stdin."""
    for p in paths:
        if p == "-":
            yield "stdin", sys.stdin.read(), None
            continue
        path = Path(p)
        if not path.is_file():
            raise FileNotFoundError(f"input file not found: {p}")
        if path.suffix.lower() == ".jsonl":
            yield from _read_jsonl(path)
        else:
            yield path.name, path.read_text(encoding="utf-8", errors="replace"), None


def _read_jsonl(path: Path) -> Iterator[tuple[str, str, str | None]]:
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: invalid JSON ({exc.msg})") from exc
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                raise ValueError(f"{path}:{n}: expected an object with a string 'text' field")
            yield str(rec.get("id", f"{path.name}:{n}")), rec["text"], rec.get("target")


def _predict_parser(sub) -> None:
    p = sub.add_parser("predict", help="label the quoted speakers of articles",
                       description="Find every quoted speaker and label their stance toward the target.")
    p.add_argument("inputs", nargs="+", help="UTF-8 text files (one article each), .jsonl files "
                   "(fields: text, optional id and target), or - for standard input")
    p.add_argument("--target", help="the talks the stance is about (default: the model's default target); "
                   "a per-article 'target' in JSONL input wins")
    p.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    p.add_argument("--batch-size", type=int, default=64, help="statements per forward pass (default: 64)")
    p.add_argument("--device", help="cpu, cuda, cuda:N or mps (default: cuda, then mps, then cpu)")
    p.add_argument("--model", help="model directory (default: $STANCE_MODEL or the shipped model)")
    p.add_argument("--no-progress", action="store_true", help="hide the progress bar")


def _extract_parser(sub) -> None:
    p = sub.add_parser("extract", help="find quotes and speakers only (no classification)")
    p.add_argument("inputs", nargs="+", help="UTF-8 text files, .jsonl files, or -")


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="stance", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--version", action="version", version=f"stance {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")
    _predict_parser(sub)
    _extract_parser(sub)
    for name, module in TRAINING_COMMANDS.items():
        sub.add_parser(name, help=f"see `stance {name} --help` ({module})", add_help=False)
    return ap


def _run_predict(args: argparse.Namespace) -> int:
    from .predictor import Predictor

    items = list(_read_inputs(args.inputs))
    predictor = Predictor.load(args.model, device=args.device)
    targets = [t if t is not None else args.target for _, _, t in items]
    results = predictor.predict_many([t for _, t, _ in items], targets, batch_size=args.batch_size,
                                     progress=not args.no_progress and len(items) > 1 and sys.stderr.isatty())
    sys.stdout.write(render_articles([i for i, _, _ in items], results, args.format))
    return 0


def _run_extract(args: argparse.Namespace) -> int:
    from .extractor import Extractor

    ext = Extractor()
    for ident, text, _ in _read_inputs(args.inputs):
        for q in ext.extract(text):
            sys.stdout.write(json.dumps({"id": ident, **q.to_dict()}, ensure_ascii=False) + "\n")
    return 0


def _delegate(command: str, argv: list[str]) -> int:
    import importlib

    module = TRAINING_COMMANDS[command]
    try:
        mod = importlib.import_module(module)
    except ImportError as exc:
        print(f"error: `stance {command}` needs the training/benchmark code and extras "
              f"(pip install 'stance[train,dev]'): {exc}", file=sys.stderr)
        return 2
    return int(mod.main(argv) or 0)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in TRAINING_COMMANDS:
        return _delegate(argv[0], argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 1
    try:
        return _run_predict(args) if args.command == "predict" else _run_extract(args)
    except (FileNotFoundError, ValueError, TypeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
