"""stance: find every quoted speaker in a news article and label their stance toward the talks it covers.

    >>> import stance
    >>> result = stance.predict(article, target="direct talks between Azerbaijan and Armenia")  # doctest: +SKIP
    >>> [(s.speaker, s.stance) for s in result.speakers]                                       # doctest: +SKIP

The module functions use one cached :class:`Predictor` per device; :func:`load` gives your own.
Training lives in the separate ``training`` package and is never imported from here.
"""

from __future__ import annotations

__version__ = "0.1.0"

import threading
from collections.abc import Iterable, Sequence
from typing import Any

from .errors import ModelLoadError
from .predictor import Predictor
from .types import (
    DEFAULT_TARGET,
    SENTIMENT_LABELS,
    STANCE_LABELS,
    ArticleStance,
    Quote,
    QuoteStance,
    SpeakerStance,
    Statement,
)

__all__ = [
    "predict",
    "predict_many",
    "classify",
    "extract",
    "load",
    "Predictor",
    "ArticleStance",
    "SpeakerStance",
    "Quote",
    "QuoteStance",
    "Statement",
    "ModelLoadError",
    "STANCE_LABELS",
    "SENTIMENT_LABELS",
    "DEFAULT_TARGET",
    "__version__",
]

_DEFAULTS: dict[str, Predictor] = {}
_LOCK = threading.Lock()


def load(model: str | None = None, device: str | None = None, **kwargs: Any) -> Predictor:
    """Load a :class:`Predictor` (default model: ``$STANCE_MODEL`` or the shipped one).

    Args:
        model: a model directory; None for the default.
        device: ``"cpu"``, ``"cuda"``, ``"cuda:1"``, ``"mps"``; None picks cuda, then mps, then cpu.
        **kwargs: ``dtype`` (``"bfloat16"`` on CUDA or the CPU, ``"float16"`` on CUDA only, ``"auto"``: bfloat16
            where the device runs it natively, else float32), ``nlp`` (spaCy pipeline name),
            ``num_threads`` (CPU threads), ``quantize`` (True: dynamic int8 linear layers, CPU only).
    """
    return Predictor.load(model, device=device, **kwargs)


def _default(device: str | None = None) -> Predictor:
    key = str(device)
    with _LOCK:
        if key not in _DEFAULTS:
            _DEFAULTS[key] = Predictor.load(None, device=device)
        return _DEFAULTS[key]


def predict(text: str, target: str | None = None) -> ArticleStance:
    """One article -> :class:`ArticleStance` with every quoted speaker's stance toward ``target``."""
    return _default().predict(text, target)


def predict_many(texts: Iterable[str], target: str | Sequence[str | None] | None = None, batch_size: int = 64,
                 device: str | None = None, progress: bool | None = None, **kwargs: Any) -> list[ArticleStance]:
    """Many articles -> one :class:`ArticleStance` each, in order. ``target`` may be one per text."""
    return _default(device).predict_many(texts, target, batch_size=batch_size, progress=progress, **kwargs)


def classify(statements: Sequence[Any], target: str | Sequence[str | None] | None = None,
             **kwargs: Any) -> list[QuoteStance]:
    """Pre-extracted statements (str, :class:`Statement` or dict) -> one :class:`QuoteStance` each."""
    return _default().classify(statements, target, **kwargs)


def extract(text: str) -> list[Quote]:
    """Quotes and their speakers, without classification (no model weights needed beyond spaCy)."""
    from .extractor import Extractor

    with _LOCK:
        if "extractor" not in _EXTRACTOR:
            _EXTRACTOR["extractor"] = Extractor()
    from .errors import check_text

    return _EXTRACTOR["extractor"].extract(check_text(text, "text"))


_EXTRACTOR: dict[str, Any] = {}
