"""The network: one BERT encoder, mean pooling, two heads (stance and sentiment).

``config.pooling`` is ``"mean"`` (all tokens) or ``"statement"`` (all tokens, concatenated with the mean
of the statement's own tokens between the ``«`` ``»`` marks that :mod:`stance.preprocess` puts around it,
whose ids are ``config.statement_marks``). One forward pass gives both heads' logits. Saved and loaded with ``save_pretrained`` /
``from_pretrained``; the label maps live in ``config.json`` (``stance_labels``, ``sentiment_labels``,
and ``id2label`` for the stance head).
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn
from transformers import BertConfig, BertModel, BertPreTrainedModel
from transformers.utils import ModelOutput

from .types import SENTIMENT_LABELS, STANCE_LABELS


@dataclass
class StanceOutput(ModelOutput):
    loss: torch.Tensor | None = None
    stance_logits: torch.Tensor | None = None
    sentiment_logits: torch.Tensor | None = None


def configure(config: BertConfig) -> BertConfig:
    """Add the two heads' label maps to a BERT config (idempotent)."""
    stance = list(getattr(config, "stance_labels", None) or STANCE_LABELS)
    sentiment = list(getattr(config, "sentiment_labels", None) or SENTIMENT_LABELS)
    config.stance_labels = stance
    config.sentiment_labels = sentiment
    config.id2label = dict(enumerate(stance))
    config.label2id = {label: i for i, label in enumerate(stance)}
    config.architectures = ["StanceModel"]
    config.pooling = getattr(config, "pooling", None) or "mean"
    if config.pooling not in POOLINGS:
        raise ValueError(f"config.pooling is {config.pooling!r}; expected one of {POOLINGS}")
    if config.pooling == "statement" and len(getattr(config, "statement_marks", None) or ()) != 2:
        raise ValueError("config.pooling='statement' needs config.statement_marks = [open id, close id]")
    return config


POOLINGS = ("mean", "statement")


def mean_pool(hidden: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """Average the token vectors where ``mask`` is 1."""
    weights = mask.unsqueeze(-1).to(hidden.dtype)
    return (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-6)


def statement_mask(input_ids: torch.Tensor, mask: torch.Tensor, marks: tuple[int, int]) -> torch.Tensor:
    """1 on the tokens after the first open mark and before the first close mark after it; a row
    without a complete pair of marks keeps ``mask`` (the whole input)."""
    opened = (input_ids == marks[0]).long().cumsum(1)
    closed = ((input_ids == marks[1]) & (opened > 0)).long().cumsum(1)
    inside = (opened > 0) & (closed == 0) & (input_ids != marks[0]) & mask.bool()
    whole = inside.any(1, keepdim=True) & (closed[:, -1:] > 0)
    return torch.where(whole, inside, mask.bool()).long()


class StanceModel(BertPreTrainedModel):
    """BERT encoder with a stance head and a sentiment head over the mean-pooled tokens
    (and, with ``config.pooling == "statement"``, the statement's own mean-pooled tokens)."""

    def __init__(self, config: BertConfig):
        super().__init__(configure(config))
        self.bert = BertModel(config, add_pooling_layer=False)
        drop = getattr(config, "classifier_dropout", None)
        self.dropout = nn.Dropout(config.hidden_dropout_prob if drop is None else drop)
        width = config.hidden_size * (2 if config.pooling == "statement" else 1)
        self.stance_head = nn.Linear(width, len(config.stance_labels))
        self.sentiment_head = nn.Linear(width, len(config.sentiment_labels))
        self.post_init()

    def forward(
        self,
        input_ids: torch.Tensor,
        attention_mask: torch.Tensor,
        token_type_ids: torch.Tensor | None = None,
        stance_labels: torch.Tensor | None = None,
        sentiment_labels: torch.Tensor | None = None,
        **_: object,
    ) -> StanceOutput:
        hidden = self.bert(
            input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
        ).last_hidden_state
        pooled = mean_pool(hidden, attention_mask)
        if self.config.pooling == "statement":
            inside = statement_mask(input_ids, attention_mask, tuple(self.config.statement_marks))
            pooled = torch.cat([pooled, mean_pool(hidden, inside)], dim=-1)
        pooled = self.dropout(pooled)
        stance_logits = self.stance_head(pooled)
        sentiment_logits = self.sentiment_head(pooled)
        loss = None
        if stance_labels is not None or sentiment_labels is not None:
            loss = _joint_loss(stance_logits, sentiment_logits, stance_labels, sentiment_labels)
        return StanceOutput(loss=loss, stance_logits=stance_logits, sentiment_logits=sentiment_logits)


def _joint_loss(
    stance_logits: torch.Tensor,
    sentiment_logits: torch.Tensor,
    stance_labels: torch.Tensor | None,
    sentiment_labels: torch.Tensor | None,
) -> torch.Tensor:
    """Sum of the two heads' cross-entropies; a label of -100 (missing) is ignored.

    Auxiliary data labels one head only, so each term is averaged over the rows that have it.
    """
    ce = nn.CrossEntropyLoss(ignore_index=-100, reduction="sum")
    total = stance_logits.new_zeros(())
    for logits, labels in ((stance_logits, stance_labels), (sentiment_logits, sentiment_labels)):
        if labels is None:
            continue
        n = (labels != -100).sum()
        if n > 0:
            total = total + ce(logits.float(), labels) / n
    return total
