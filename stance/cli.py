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
from .errors import ModelLoadError
from .render import FORMATS, render_articles

TRAINING_COMMANDS = {"train": "training.train", "evaluate": "training.evaluate", "validate": "training.validate",
                     "bench": "benchmarks.throughput", "evaluate-attribution": "benchmarks.attribution"}


# (id, text, target, problem): a bad input keeps its place with text None and the problem (issue 7)
Item = tuple[str, str | None, str | None, str | None]


def _read_inputs(paths: list[str]) -> Iterator[Item]:
    """An item for every article: text files, JSONL files, or '-' for stdin."""
    for p in paths:
        if p == "-":
            yield "stdin", sys.stdin.read(), None, None
            continue
        path = Path(p)
        if not path.is_file():
            yield p, None, None, f"{p}: input file not found"
        elif path.suffix.lower() == ".jsonl":
            yield from _read_jsonl(path)
        else:
            yield path.name, path.read_text(encoding="utf-8", errors="replace"), None, None


def _read_jsonl(path: Path) -> Iterator[Item]:
    with open(path, encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                yield _jsonl_item(path, n, line)


def _jsonl_item(path: Path, n: int, line: str) -> Item:
    where = f"{path}:{n}"
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return where, None, None, f"{where}: invalid JSON ({exc.msg} at column {exc.colno})"
    if not isinstance(rec, dict):
        return where, None, None, f"{where}: expected a JSON object, got {type(rec).__name__}"
    ident = str(rec.get("id", f"{path.name}:{n}"))
    text, target = rec.get("text"), rec.get("target")
    if not isinstance(text, str):
        return ident, None, None, f"{where}: 'text' must be a string, got {type(text).__name__}"
    if target is not None and not (isinstance(target, str) and target.strip()):
        return ident, None, None, f"{where}: 'target' must be a non-empty string, got {target!r:.40}"
    return ident, text, target, None


def _problems(items: list[Item]) -> list[str]:
    return [prob for *_, prob in items if prob is not None]


def _fail_on_problems(items: list[Item]) -> None:
    problems = _problems(items)
    if problems:
        raise ValueError(f"{len(problems)} problem(s) in the input, nothing was run:\n  " + "\n  ".join(problems))


def _predict_parser(sub) -> None:
    p = sub.add_parser("predict", help="label the quoted speakers of articles",
                       description="Find every quoted speaker and label their stance toward the target.")
    p.add_argument("inputs", nargs="+", help="UTF-8 text files (one article each), .jsonl files "
                   "(fields: text, optional id and target), or - for standard input")
    p.add_argument("--target", help="the talks the stance is about (default: named from each article's headline, "
                   "'the talks or negotiations in: <headline>'); a per-article 'target' in JSONL input wins")
    p.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    p.add_argument("--batch-size", type=int, default=64, help="statements per forward pass (default: 64)")
    p.add_argument("--device", help="cpu, cuda, cuda:N or mps (default: cuda, then mps, then cpu)")
    p.add_argument("--dtype", choices=("float32", "bfloat16", "float16", "auto"),
                   help="compute precision (default float32); bfloat16 on CUDA or on a CPU with native bfloat16 "
                   "(AVX512-BF16/AMX: several times faster, labels as float32 on 99%% of statements); float16 on "
                   "CUDA; auto: bfloat16 where the device runs it natively, else float32")
    p.add_argument("--workers", type=int, default=1, help="spaCy worker processes for the parse, the larger part "
                   "of the work on a GPU host (default: 1)")
    p.add_argument("--model", help="model directory (default: $STANCE_MODEL or the shipped model)")
    p.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    p.add_argument("--errors", choices=("raise", "skip", "record"), default="raise",
                   help="bad inputs: raise lists them all and runs nothing (default); skip gives an empty "
                   "result; record gives a result carrying the error")


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
    from .types import ArticleStance

    items = list(_read_inputs(args.inputs))
    if args.errors == "raise":
        _fail_on_problems(items)  # before the model is loaded
    predictor = Predictor.load(args.model, device=args.device, dtype=args.dtype)
    good = [it for it in items if it[3] is None]
    targets = [t if t is not None else args.target for _, _, t, _ in good]
    done = iter(predictor.predict_many([t for _, t, _, _ in good], targets, batch_size=args.batch_size,
                                       errors=args.errors, n_process=args.workers,
                                       progress=not args.no_progress and len(items) > 1 and sys.stderr.isatty()))
    results = []
    for _, _, _, prob in items:
        if prob is None:
            results.append(next(done))
            continue
        print(f"warning: skipped {prob}", file=sys.stderr)
        error = prob if args.errors == "record" else None
        results.append(ArticleStance(target=args.target or predictor.config.default_target, error=error))
    sys.stdout.write(render_articles([i for i, *_ in items], results, args.format))
    return 0


def _run_extract(args: argparse.Namespace) -> int:
    from .extractor import Extractor

    items = list(_read_inputs(args.inputs))
    _fail_on_problems(items)
    ext = Extractor()
    for ident, text, _, _ in items:
        for q in ext.extract(text):
            sys.stdout.write(json.dumps({"id": ident, **q.to_dict()}, ensure_ascii=False) + "\n")
    return 0


def _import_checkout_module(module: str):
    """Import ``module``; ``training`` and ``benchmarks`` also from the repository checkout beside the package."""
    import importlib

    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        top = module.split(".")[0]
        root = Path(__file__).resolve().parents[1]
        if exc.name != top or not (root / top / "__init__.py").is_file():
            raise
        sys.path.insert(0, str(root))  # an editable install maps only the packages it ships
        return importlib.import_module(module)


def _delegate(command: str, argv: list[str]) -> int:
    module = TRAINING_COMMANDS[command]
    try:
        mod = _import_checkout_module(module)
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
    except (FileNotFoundError, ValueError, TypeError, ModelLoadError) as exc:
        print(f"error: {exc}", file=sys.stderr)  # a clear message, no traceback (issue 7)
        return 2


if __name__ == "__main__":
    sys.exit(main())
