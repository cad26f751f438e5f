"""Labels stage: statements -> stance and sentiment, batched and length-sorted (STYLE.md 7-8).

``_preprocess`` tokenises on the CPU, ``_forward`` is the only code that touches the device and
runs under ``torch.inference_mode()``, ``_postprocess`` turns logits into calibrated label scores.
"""

from __future__ import annotations

import ctypes
import functools
import re
import sys
import threading
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import torch

from .model_io import StanceConfig
from .preprocess import Encoded, ModelInput, encode
from .types import QuoteStance

DEFAULT_BATCH_SIZE = 64
# GPU/MPS: rows x padded length per forward. High enough that ``batch_size`` is what binds: on an H200 the
# forward passes over 5,000 statements took 0.27 s at batch 64, 0.07 s at 256 and 0.05 s at 1024 in bfloat16
# (benchmarks/gpu_batching.py, 2026-12-04); at the default batch of 64 the budget never binds (64 x 128).
DEFAULT_TOKEN_BUDGET = 131072
# CPU: small batches keep activations in cache; on the 2-core benchmark machine budgets of 512-2048
# tokens ran MiniLM ~20% faster than 8192 (5 interleaved rounds, issue 6)
CPU_TOKEN_BUDGET = 1024
RELEASE_EVERY = 64  # batches between returns of freed heap memory to the OS


@dataclass(frozen=True)
class Batch:
    indices: list[int]
    input_ids: torch.Tensor
    attention_mask: torch.Tensor
    token_type_ids: torch.Tensor


def plan_batches(lengths: Sequence[int], batch_size: int, token_budget: int) -> list[list[int]]:
    """Group indices sorted by length (longest first) so that rows x padded length <= ``token_budget``
    and rows <= ``batch_size``. Every index appears exactly once."""
    order = sorted(range(len(lengths)), key=lambda i: (-lengths[i], i))
    batches: list[list[int]] = []
    current: list[int] = []
    for i in order:
        width = lengths[current[0]] if current else lengths[i]
        if current and (len(current) >= batch_size or (len(current) + 1) * width > token_budget):
            batches.append(current)
            current = []
        current.append(i)
    if current:
        batches.append(current)
    return batches


def collate(encoded: Sequence[Encoded], indices: list[int], pad_id: int, multiple: int = 1) -> Batch:
    """Pad one batch to its longest row (rounded up to ``multiple``)."""
    width = max(len(encoded[i].input_ids) for i in indices)
    width = -(-width // multiple) * multiple
    ids = np.full((len(indices), width), pad_id, dtype=np.int64)
    types = np.zeros((len(indices), width), dtype=np.int64)
    mask = np.zeros((len(indices), width), dtype=np.int64)
    for row, i in enumerate(indices):
        n = len(encoded[i].input_ids)
        ids[row, :n] = encoded[i].input_ids
        types[row, :n] = encoded[i].token_type_ids
        mask[row, :n] = 1
    return Batch(indices, torch.from_numpy(ids), torch.from_numpy(mask), torch.from_numpy(types))


@functools.lru_cache(maxsize=1)
def _malloc_trim():
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None).malloc_trim  # glibc; musl has none
    except (OSError, AttributeError):
        return None


def release_memory() -> None:
    """Return freed heap pages to the OS (glibc ``malloc_trim``; a no-op elsewhere).

    glibc raises its mmap threshold after large frees, so activations of ever-changing shapes land on
    the heap and fragment it: streaming 5k statements in chunks of 512 grew RSS from 489 to 886 MB
    without this, and kept it at 475 MB with it, for ~0.2% of the time (issue 6).
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def softmax(logits: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    z = logits / max(temperature, 1e-6)
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


# The second linear layer of each feed-forward block reads GELU outputs whose few very large channels a
# per-tensor int8 scale cannot represent; quantising it cost 1-2 points macro-F1 on dev, so it stays float32.
_KEEP_FLOAT = re.compile(r"\.layer\.\d+\.output\.dense$")


def int8_layers(model: torch.nn.Module) -> list[str]:
    """Names of the linear layers :func:`quantize_int8` replaces: every encoder linear layer except the
    feed-forward output projections; the classification heads stay float32 too."""
    return [name for name, mod in model.named_modules()
            if isinstance(mod, torch.nn.Linear) and ".layer." in name and not _KEEP_FLOAT.search(name)]


def quantize_int8(model: torch.nn.Module) -> torch.nn.Module:
    """Dynamic int8 quantisation (per-channel weights, activations quantised per batch) of the encoder's
    attention projections and feed-forward input projections, about two thirds of its matmul work.

    Measured on the corpus dev split (issue 6): quantising every linear layer per-tensor lost 2.2 points
    stance macro-F1; this selection stays within 0.5 of float32 on both heads.
    CPU only: the quantised kernels (fbgemm/x86) have no CUDA or MPS implementation.
    """
    from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

    spec = {name: per_channel_dynamic_qconfig for name in int8_layers(model)}
    with warnings.catch_warnings():
        # torch >= 2.10 flags torch.ao.quantization as deprecated in favour of torchao; it still works (issue 6)
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.filterwarnings("ignore", message=".*quantize_per_tensor.*")
        return quantize_dynamic(model, spec, dtype=torch.qint8)


def check_quantizable(device: torch.device, dtype: torch.dtype) -> None:
    """Raise ValueError unless int8 dynamic quantisation can run on ``device`` / ``dtype``."""
    if device.type != "cpu":
        raise ValueError(f"quantize=True runs on the CPU only (int8 dynamic quantisation has no {device.type!r} "
                         "kernels); load with device='cpu', or without quantize to use the accelerator")
    if dtype != torch.float32:
        raise ValueError(f"quantize=True needs dtype float32 (got {dtype}); the int8 layers compute in float32")


class Classifier:
    """Runs the stance/sentiment network over statements. Loaded once; moved only by :meth:`to`.

    ``quantize=True`` replaces every linear layer by its dynamic int8 version (CPU and float32 only).
    """

    def __init__(self, model, tokenizer, config: StanceConfig, device: torch.device, dtype: torch.dtype,
                 *, quantize: bool = False):
        self.model = model
        self.tokenizer = tokenizer
        self.config = config
        self.device = device
        self.dtype = dtype
        self.quantized = False
        self._lock = threading.Lock()
        if quantize:
            check_quantizable(device, dtype)
        self.to(device, dtype)
        if quantize:
            self.model = quantize_int8(self.model)
            self.quantized = True

    def to(self, device: torch.device, dtype: torch.dtype | None = None) -> Classifier:
        if self.quantized:
            check_quantizable(device, dtype or self.dtype)
        self.device = device
        self.dtype = dtype or self.dtype
        self.model.to(device=device, dtype=self.dtype)
        return self

    # -- stages -------------------------------------------------------------------------------
    def _preprocess(self, inputs: Sequence[ModelInput]) -> list[Encoded]:
        return encode(self.tokenizer, inputs, self.config.max_length)

    def _forward(self, batch: Batch) -> tuple[np.ndarray, np.ndarray]:
        with torch.inference_mode():
            out = self.model(
                input_ids=batch.input_ids.to(self.device, non_blocking=True),
                attention_mask=batch.attention_mask.to(self.device, non_blocking=True),
                token_type_ids=batch.token_type_ids.to(self.device, non_blocking=True),
            )
            return out.stance_logits.float().cpu().numpy(), out.sentiment_logits.float().cpu().numpy()

    def _postprocess(self, texts: Sequence[str], stance_logits: np.ndarray, sentiment_logits: np.ndarray,
                     truncated: Sequence[bool]) -> list[QuoteStance]:
        """Calibrated label scores for all rows at once (one softmax per head, not one per statement)."""
        temps = self.config.temperature
        s_labels, m_labels = self.config.stance_labels, self.config.sentiment_labels
        sp = softmax(stance_logits, temps.get("stance", 1.0))
        mp = softmax(sentiment_logits, temps.get("sentiment", 1.0))
        s_top, m_top = sp.argmax(axis=-1).tolist(), mp.argmax(axis=-1).tolist()
        return [
            QuoteStance(
                text=text,
                stance=s_labels[s_i],
                sentiment=m_labels[m_i],
                stance_scores=dict(zip(s_labels, s_row)),
                sentiment_scores=dict(zip(m_labels, m_row)),
                confidence=s_row[s_i],
                truncated=trunc,
            )
            for text, s_row, m_row, s_i, m_i, trunc in zip(texts, sp.tolist(), mp.tolist(), s_top, m_top, truncated)
        ]

    # -- public -------------------------------------------------------------------------------
    def logits(self, inputs: Sequence[ModelInput], *, batch_size: int = DEFAULT_BATCH_SIZE,
               token_budget: int | None = None) -> tuple[np.ndarray, np.ndarray, list[bool]]:
        """Raw logits for every input, in input order."""
        n = len(inputs)
        n_s, n_m = len(self.config.stance_labels), len(self.config.sentiment_labels)
        stance = np.zeros((n, n_s), dtype=np.float32)
        senti = np.zeros((n, n_m), dtype=np.float32)
        encoded = self._preprocess(inputs)
        for i, batch in enumerate(self._batches(encoded, batch_size, token_budget), 1):
            s, m = self._forward(batch)
            stance[batch.indices] = s
            senti[batch.indices] = m
            if i % RELEASE_EVERY == 0:
                release_memory()
        release_memory()
        return stance, senti, [e.truncated for e in encoded]

    def token_budget(self, token_budget: int | None = None) -> int:
        """The budget a call uses: ``token_budget`` if given, else the default for this device."""
        if token_budget is not None:
            return token_budget
        return CPU_TOKEN_BUDGET if self.device.type == "cpu" else DEFAULT_TOKEN_BUDGET

    def _batches(self, encoded: Sequence[Encoded], batch_size: int, token_budget: int | None) -> Iterator[Batch]:
        multiple = 8 if self.device.type == "cuda" else 1
        plan = plan_batches([len(e.input_ids) for e in encoded], batch_size, self.token_budget(token_budget))
        pad = self.tokenizer.pad_token_id or 0
        for indices in plan:
            yield collate(encoded, indices, pad, multiple)

    def classify(self, inputs: Sequence[ModelInput], *, texts: Sequence[str] | None = None,
                 batch_size: int = DEFAULT_BATCH_SIZE, token_budget: int | None = None
                 ) -> list[QuoteStance]:
        """Label every input; the result is in input order whatever the batching.

        ``texts`` (same length) are the caller's original statement strings to report back.
        """
        if not inputs:
            return []
        with self._lock:
            stance, senti, truncated = self.logits(inputs, batch_size=batch_size, token_budget=token_budget)
        texts = texts if texts is not None else [x.text for x in inputs]
        return self._postprocess(texts, stance, senti, truncated)
