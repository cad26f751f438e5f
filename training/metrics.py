"""Metrics for both heads: per-class P/R/F1, macro-F1, confusion matrix, calibration, bootstrap CIs.

scikit-learn does the counting (``evaluate.load("f1")`` needs the hub, which is not reachable).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np


def softmax(logits: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    z = np.asarray(logits, dtype=np.float64) / temperature
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def macro_f1(y_true: Sequence[int], y_pred: Sequence[int], n_labels: int) -> float:
    from sklearn.metrics import f1_score

    return float(f1_score(y_true, y_pred, labels=list(range(n_labels)), average="macro", zero_division=0))


def ece(probs: np.ndarray, y_true: np.ndarray, n_bins: int = 10) -> float:
    """Expected calibration error of the top-label confidence, equal-width bins."""
    conf = probs.max(1)
    correct = probs.argmax(1) == y_true
    edges = np.linspace(0, 1, n_bins + 1)
    total = 0.0
    for lo, hi in zip(edges[:-1], edges[1:]):
        sel = (conf > lo) & (conf <= hi)
        if sel.any():
            total += sel.mean() * abs(correct[sel].mean() - conf[sel].mean())
    return float(total)


def fit_temperature(logits: np.ndarray, y_true: np.ndarray) -> float:
    """Temperature minimising dev negative log-likelihood (golden-section search on log T)."""
    logits = np.asarray(logits, dtype=np.float64)
    y = np.asarray(y_true)

    def nll(log_t: float) -> float:
        p = softmax(logits, float(np.exp(log_t)))
        return float(-np.log(np.clip(p[np.arange(len(y)), y], 1e-12, None)).mean())

    lo, hi = np.log(0.05), np.log(20.0)
    g = (np.sqrt(5) - 1) / 2
    a, b = hi - g * (hi - lo), lo + g * (hi - lo)
    for _ in range(60):
        if nll(a) < nll(b):
            hi, b = b, a
            a = hi - g * (hi - lo)
        else:
            lo, a = a, b
            b = lo + g * (hi - lo)
    return float(np.exp((lo + hi) / 2))


def bootstrap_ci(y_true: np.ndarray, y_pred: np.ndarray, n_labels: int, n: int = 1000,
                 seed: int = 0) -> tuple[float, float]:
    """95% percentile bootstrap interval of macro-F1."""
    rng = np.random.default_rng(seed)
    idx = np.arange(len(y_true))
    scores = [macro_f1(y_true[s], y_pred[s], n_labels) for s in (rng.choice(idx, len(idx)) for _ in range(n))]
    return float(np.percentile(scores, 2.5)), float(np.percentile(scores, 97.5))


def head_report(logits: np.ndarray, y_true: Sequence[int], labels: Sequence[str], temperature: float = 1.0,
                bootstrap: int = 0) -> dict[str, Any]:
    """Everything reported for one head on one data set."""
    from sklearn.metrics import confusion_matrix, precision_recall_fscore_support

    y = np.asarray(y_true)
    probs = softmax(logits, temperature)
    pred = probs.argmax(1)
    p, r, f, s = precision_recall_fscore_support(y, pred, labels=list(range(len(labels))), zero_division=0)
    out: dict[str, Any] = {
        "n": int(len(y)),
        "macro_f1": macro_f1(y, pred, len(labels)),
        "accuracy": float((pred == y).mean()) if len(y) else 0.0,
        "per_class": {lab: {"precision": float(p[i]), "recall": float(r[i]), "f1": float(f[i]), "support": int(s[i])}
                      for i, lab in enumerate(labels)},
        "confusion": confusion_matrix(y, pred, labels=list(range(len(labels)))).tolist(),
        "ece_raw": ece(softmax(logits), y),
        "ece": ece(probs, y),
        "temperature": float(temperature),
    }
    if bootstrap:
        out["macro_f1_ci95"] = list(bootstrap_ci(y, pred, len(labels), bootstrap))
    return out
