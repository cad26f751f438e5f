"""A BIO token tagger for attribution spans (Source / Cue / Content), inference only (issue 3).

The model is a ``save_pretrained`` token-classification directory written by
``python -m training.tagger``, plus ``tagger_config.json`` (labels, ``max_length``, versions).
Text is tagged region by region (the candidate segments of an article): consecutive regions are
packed into windows of at most ``max_length`` tokens, windows are sorted by token length and
batched, and every predicted span is returned as character offsets into the caller's text
(from the fast tokenizer's offset mapping). Training uses :func:`encode_regions` and
:func:`pack_windows` too, so train and inference see the same windows.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

TAGS: tuple[str, ...] = ("Source", "Cue", "Content")
LABELS: tuple[str, ...] = ("O", *(f"{p}-{t}" for t in TAGS for p in ("B", "I")))
CONFIG_NAME = "tagger_config.json"
SCHEMA_VERSION = 1
Region = tuple[int, int]
SpanOut = tuple[str, int, int]


@dataclass
class Window:
    """One model input: token ids and their absolute character offsets (no special tokens)."""

    ids: list[int] = field(default_factory=list)
    offsets: list[tuple[int, int]] = field(default_factory=list)
    # index into ``ids`` where a new region starts (the decoder never joins spans across it)
    breaks: list[int] = field(default_factory=list)


def encode_regions(tokenizer: Any, text: str, regions: Sequence[Region]) -> list[tuple[list[int], list]]:
    """Token ids and absolute char offsets of each region (one fast-tokenizer batch call)."""
    if not regions:
        return []
    enc = tokenizer([text[a:b] for a, b in regions], add_special_tokens=False, return_offsets_mapping=True)
    out = []
    for (a, _), ids, offs in zip(regions, enc["input_ids"], enc["offset_mapping"]):
        keep = [(i, (a + s, a + e)) for i, (s, e) in zip(ids, offs) if e > s]
        out.append(([i for i, _ in keep], [o for _, o in keep]))
    return out


def pack_windows(encoded: Sequence[tuple[list[int], list]], max_tokens: int) -> list[Window]:
    """Greedily pack consecutive regions into windows of at most ``max_tokens`` tokens.

    A region longer than ``max_tokens`` is cut into several windows of its own.
    """
    out: list[Window] = []
    cur = Window()
    for ids, offs in encoded:
        if not ids:
            continue
        if cur.ids and len(cur.ids) + len(ids) > max_tokens:
            out.append(cur)
            cur = Window()
        for k in range(0, len(ids), max_tokens):
            if cur.ids and len(cur.ids) + len(ids[k : k + max_tokens]) > max_tokens:
                out.append(cur)
                cur = Window()
            cur.breaks.append(len(cur.ids))
            cur.ids.extend(ids[k : k + max_tokens])
            cur.offsets.extend(offs[k : k + max_tokens])
    if cur.ids:
        out.append(cur)
    return out


def decode(window: Window, label_ids: Sequence[int], labels: Sequence[str] = LABELS) -> list[SpanOut]:
    """BIO label ids (one per token of ``window``) -> (tag, start, end) character spans.

    A span starts at ``B-X``, at ``I-X`` after another tag, and at every region break.
    """
    spans: list[SpanOut] = []
    cur: list[Any] | None = None
    breaks = set(window.breaks)
    for k, lid in enumerate(label_ids):
        name = labels[int(lid)]
        prefix, _, tag = name.partition("-")
        if name == "O":
            cur = None
            continue
        s, e = window.offsets[k]
        if cur is None or prefix == "B" or cur[0] != tag or k in breaks:
            cur = [tag, s, e]
            spans.append(cur)  # type: ignore[arg-type]
        else:
            cur[2] = e
    return [(t, s, e) for t, s, e in spans]


def _snap(text: str, s: int, e: int) -> tuple[int, int]:
    """Widen a span that starts or ends inside a word (a word-piece split) to whole words."""
    while s > 0 and text[s - 1].isalnum() and text[s].isalnum():
        s -= 1
    while e < len(text) and text[e].isalnum() and text[e - 1].isalnum():
        e += 1
    return s, e


def _versions() -> dict[str, str]:
    """The stance, transformers and torch versions, recorded in ``tagger_config.json``."""
    import torch
    import transformers

    from stance import __version__

    return {"stance": __version__, "transformers": transformers.__version__, "torch": torch.__version__}


def _check_versions(saved: dict[str, str], path: Path) -> None:
    """Warn when the tagger was saved with other transformers/torch versions (STYLE.md 11)."""
    now = _versions()
    diff = {k: (v, now.get(k)) for k, v in saved.items() if k in ("transformers", "torch") and now.get(k) != v}
    if diff:
        warnings.warn(f"{path}: tagger saved with {saved}, running with {now}", stacklevel=3)


def _quantize(model: Any) -> Any:
    """int8 dynamic quantization of every ``nn.Linear`` (CPU inference only)."""
    import torch

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch.ao.quantization deprecation notice
        return torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)


class Tagger:
    """A loaded attribution tagger. Use :meth:`load`.

    Example:
        >>> tagger = Tagger.load("models/attribution-tagger")  # doctest: +SKIP
        >>> tagger.spans('"No," she said.', [(0, 15)])  # doctest: +SKIP
        [('Content', 1, 4), ('Source', 6, 9), ('Cue', 10, 14)]
    """

    def __init__(self, model: Any, tokenizer: Any, config: dict[str, Any], device: Any, *,
                 quantized: bool = False) -> None:
        self.model, self.tokenizer, self.config, self.device = model, tokenizer, config, device
        self.labels: tuple[str, ...] = tuple(config.get("labels", LABELS))
        self.max_length = int(config.get("max_length", 128))
        self.quantized = quantized
        # added to the "O" logit before decoding, tuned on PolNeAR dev (trades recall for precision);
        # the int8 model already leans to "O" and has its own value
        self.o_bias = float(config.get("o_bias_int8" if quantized else "o_bias", 0.0))

    @classmethod
    def load(cls, path: str | Path, device: str | None = "cpu", *, quantize: bool = False,
             num_threads: int | None = None, dtype: Any = None) -> Tagger:
        """Load a tagger directory (``model.safetensors``, tokenizer, ``tagger_config.json``).

        Args:
            path: the directory written by ``python -m training.tagger``.
            device: a torch device name; None picks cuda, then mps, then cpu.
            quantize: int8 dynamic quantization of the linear layers (CPU only): about 2.5x faster
                there, and 1 to 2 points lower exact F1 on PolNeAR dev.
            num_threads: CPU threads for torch (default :func:`stance.device.default_threads`,
                as for :func:`stance.load`).
            dtype: compute precision, as for :func:`stance.load` (float32 by default; bfloat16 on CUDA or
                a CPU with native bfloat16; float16 on CUDA).

        Raises:
            FileNotFoundError: the directory or its ``tagger_config.json`` is missing.
            ValueError: ``quantize`` on a device other than the CPU or with a half dtype, or a dtype the
                device cannot run.
        """
        import torch
        from transformers import AutoModelForTokenClassification, AutoTokenizer

        from stance.classifier import check_quantizable
        from stance.device import default_threads, resolve_device, resolve_dtype

        path = Path(path)
        cfg_file = path / CONFIG_NAME
        if not cfg_file.is_file():
            raise FileNotFoundError(f"{path} is not a tagger directory: {CONFIG_NAME} is missing "
                                    "(train one: python -m training.tagger --output models/attribution-tagger)")
        config = json.loads(cfg_file.read_text(encoding="utf-8"))
        _check_versions(config.get("versions", {}), path)
        dev = resolve_device(device)
        dt = resolve_dtype(dtype, dev)
        if quantize:
            check_quantizable(dev, dt)  # the classifier's rule: CPU and float32
        if dev.type == "cpu":
            torch.set_num_threads(num_threads or default_threads())
        model = AutoModelForTokenClassification.from_pretrained(str(path), dtype=torch.float32)
        model.to(dev, dtype=dt).eval()
        if quantize:
            model = _quantize(model)
        tokenizer = AutoTokenizer.from_pretrained(str(path))
        return cls(model, tokenizer, config, dev, quantized=quantize)

    def to(self, device: Any, dtype: Any = None) -> Tagger:
        """Move the network (and cast it, with ``dtype``); returns ``self``. An int8 tagger stays on the CPU
        in float32."""
        import torch

        if self.quantized:  # an int8 tagger stays on the CPU in float32: the classifier's rule and message
            from stance.classifier import check_quantizable

            check_quantizable(torch.device(device), dtype or torch.float32)
        self.model.to(device, dtype=dtype)
        self.device = torch.device(device)
        return self

    def spans(self, text: str, regions: Sequence[Region], *, batch_size: int = 32) -> list[SpanOut]:
        """Predicted (tag, start, end) spans inside ``regions`` of ``text``, in text order.

        Args:
            text: the article (offsets index it).
            regions: (start, end) character ranges to tag, in text order, not overlapping.
            batch_size: windows per forward pass.
        """
        windows = self._preprocess(text, regions)
        label_ids = self._run(windows, batch_size)
        out: list[SpanOut] = []
        for w, ids in zip(windows, label_ids):
            out.extend((tag, *_snap(text, s, e)) for tag, s, e in decode(w, ids, self.labels))
        return sorted(out, key=lambda s: (s[1], s[2]))

    def _preprocess(self, text: str, regions: Sequence[Region]) -> list[Window]:
        """Tokenise the regions (CPU) and pack them into windows."""
        regions = [(max(0, a), min(len(text), b)) for a, b in regions if b > a]
        return pack_windows(encode_regions(self.tokenizer, text, regions), self.max_length - 2)

    def _run(self, windows: list[Window], batch_size: int) -> list[np.ndarray]:
        """Label ids per window: length-sorted batches, order restored."""
        order = sorted(range(len(windows)), key=lambda i: len(windows[i].ids))
        out: list[np.ndarray] = [np.zeros(0, dtype=np.int64)] * len(windows)
        for k in range(0, len(order), batch_size):
            idx = order[k : k + batch_size]
            logits = self._forward([windows[i].ids for i in idx])
            paths = self._postprocess(logits[:, 1:-1], [windows[i] for i in idx])
            for row, i in enumerate(idx):
                out[i] = paths[row, : len(windows[i].ids)]
        return out

    def _forward(self, batch: list[list[int]]) -> np.ndarray:
        """Logits for a batch of id lists (padded; CLS/SEP added); the only device code."""
        import torch

        cls_id, sep_id = self.tokenizer.cls_token_id, self.tokenizer.sep_token_id
        pad_id = self.tokenizer.pad_token_id or 0
        width = max(len(ids) for ids in batch) + 2
        ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
        mask = torch.zeros((len(batch), width), dtype=torch.long)
        for r, seq in enumerate(batch):
            row = [cls_id, *seq, sep_id]
            ids[r, : len(row)] = torch.tensor(row)
            mask[r, : len(row)] = 1
        with torch.inference_mode():
            logits = self.model(input_ids=ids.to(self.device), attention_mask=mask.to(self.device)).logits
        return logits.float().cpu().numpy()

    def _postprocess(self, logits: np.ndarray, windows: Sequence[Window]) -> np.ndarray:
        """The best BIO-valid label sequence of each window (batched Viterbi)."""
        if self.o_bias and "O" in self.labels:
            logits = logits.copy()
            logits[..., self.labels.index("O")] += self.o_bias
        return viterbi_batch(logits, [len(w.ids) for w in windows], [w.breaks for w in windows], self.labels)


def _transitions(labels: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """(allowed prev -> next as 0 / -inf, allowed first labels) for BIO label names."""
    n = len(labels)
    trans = np.zeros((n, n))
    for i, a in enumerate(labels):
        for j, b in enumerate(labels):
            if b.startswith("I-") and a[2:] != b[2:]:
                trans[i, j] = -np.inf
    start = np.array([-np.inf if b.startswith("I-") else 0.0 for b in labels])
    return trans, start


def viterbi_batch(logits: np.ndarray, lengths: Sequence[int], breaks: Sequence[Sequence[int]],
                  labels: Sequence[str] = LABELS) -> np.ndarray:
    """Most probable label ids per row under BIO constraints (``I-X`` only after ``B-X``/``I-X``).

    ``logits`` is (rows, tokens, labels); row r is valid up to ``lengths[r]`` and starts afresh
    at each of ``breaks[r]`` (region starts). Past its length a row carries its state unchanged.
    Decoding the softmax tagger this way rather than by argmax is worth +4 to +8 points of
    exact-span F1 on PolNeAR dev (no stray ``I-`` fragments; issue 3).
    """
    rows, width, n = logits.shape
    if width == 0:
        return np.zeros((rows, 0), dtype=np.int64)
    logp = logits - np.logaddexp.reduce(logits, axis=2, keepdims=True)
    trans, start = _transitions(labels)
    carry = np.where(np.eye(n) > 0, 0.0, -np.inf)
    step = np.broadcast_to(trans, (rows, n, n)).copy()
    back = np.zeros((rows, width, n), dtype=np.int64)
    best = start + logp[:, 0]
    lengths = np.asarray(lengths)
    for t in range(1, width):
        tr = step.copy()
        for r in range(rows):
            if t >= lengths[r]:
                tr[r] = carry
            elif t in breaks[r]:
                tr[r] = start
        cand = best[:, :, None] + tr
        back[:, t] = cand.argmax(1)
        best = cand.max(1) + np.where((t < lengths)[:, None], logp[:, t], 0.0)
    path = np.zeros((rows, width), dtype=np.int64)
    path[:, -1] = best.argmax(1)
    for t in range(width - 1, 0, -1):
        path[:, t - 1] = back[np.arange(rows), t, path[:, t]]
    return path


def viterbi(logits: np.ndarray, labels: Sequence[str] = LABELS, breaks: Sequence[int] = ()) -> np.ndarray:
    """:func:`viterbi_batch` for one sequence of shape (tokens, labels)."""
    return viterbi_batch(logits[None], [len(logits)], [breaks], labels)[0]
