"""The naive baseline: ``transformers.pipeline("text-classification")`` over the same weights (issue 6).

``StanceModel`` mean-pools, so a stock ``BertForSequenceClassification`` (CLS pooler) would compute
something else. :class:`MeanPoolClassifier` is the same math as the stance head of ``StanceModel``
in a model the pipeline accepts: encoder weights and stance head copied tensor for tensor, logits
from the mean-pooled tokens. Its inputs are the same token ids our preprocessing builds, handed to
the pipeline as ``{"text", "text_pair"}`` strings, which it tokenises itself one at a time and pads
per batch of 32 in input order: the naive way.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Sequence

import torch
from torch import nn
from transformers import BertModel, BertPreTrainedModel
from transformers.modeling_outputs import SequenceClassifierOutput

from stance.modeling import mean_pool
from stance.preprocess import Encoded


class MeanPoolClassifier(BertPreTrainedModel):
    """BERT encoder, mean pooling, one linear head: ``StanceModel``'s stance logits, pipeline-shaped."""

    def __init__(self, config):
        super().__init__(config)
        self.bert = BertModel(config, add_pooling_layer=False)
        self.classifier = nn.Linear(config.hidden_size, config.num_labels)
        self.post_init()

    def forward(self, input_ids=None, attention_mask=None, token_type_ids=None, **_: object):
        hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask,
                           token_type_ids=token_type_ids).last_hidden_state
        return SequenceClassifierOutput(logits=self.classifier(mean_pool(hidden, attention_mask)))


def from_stance_model(stance_model) -> MeanPoolClassifier:
    """A :class:`MeanPoolClassifier` holding exactly ``stance_model``'s encoder and stance head."""
    config = copy.deepcopy(stance_model.config)
    config.num_labels = len(config.stance_labels)
    config.architectures = ["MeanPoolClassifier"]
    model = MeanPoolClassifier(config)
    state = {k: v for k, v in stance_model.state_dict().items() if k.startswith("bert.")}
    state.update({k.replace("stance_head.", "classifier."): v
                  for k, v in stance_model.state_dict().items() if k.startswith("stance_head.")})
    missing, unexpected = model.load_state_dict(state, strict=False)
    missing = [k for k in missing if "position_ids" not in k]
    if missing or unexpected:
        raise RuntimeError(f"baseline weights do not match: missing {missing}, unexpected {unexpected}")
    return model.eval()


def make_pipeline(stance_model, tokenizer, device: torch.device):
    """``pipeline("text-classification")`` over the stance model's weights, on ``device``."""
    from transformers import pipeline

    model = from_stance_model(stance_model).to(device=device, dtype=torch.float32)  # the pipeline's default
    # The pipeline logs an error for model classes outside its registry; this one is pipeline-shaped.
    logging.getLogger("transformers.pipelines.base").setLevel(logging.CRITICAL)
    return pipeline("text-classification", model=model, tokenizer=tokenizer, device=device)


def pair_texts(tokenizer, encoded: Sequence[Encoded]) -> list[dict[str, str]]:
    """The two segments of each encoded input, as text the pipeline's tokenizer turns back into the same ids."""
    sep = tokenizer.sep_token_id
    pairs = []
    for enc in encoded:
        ids = enc.input_ids
        cut = ids.index(sep)
        pairs.append({"text": tokenizer.decode(ids[1:cut]), "text_pair": tokenizer.decode(ids[cut + 1:-1])})
    return pairs


def same_ids(tokenizer, pairs: Sequence[dict[str, str]], encoded: Sequence[Encoded], max_length: int) -> float:
    """Fraction of pairs the pipeline's tokenizer maps to exactly our ids (1.0 means identical inputs)."""
    got = tokenizer([p["text"] for p in pairs], [p["text_pair"] for p in pairs], truncation=True,
                    max_length=max_length)["input_ids"]
    return sum(g == e.input_ids for g, e in zip(got, encoded)) / max(len(encoded), 1)


def run_pipeline(pipe, pairs: Sequence[dict[str, str]], max_length: int, batch_size: int = 32) -> list[str]:
    """One pipeline call over all pairs, unsorted, ``batch_size`` per forward; the top label of each."""
    out = pipe(list(pairs), batch_size=batch_size, truncation=True, max_length=max_length)
    return [o[0]["label"] if isinstance(o, list) else o["label"] for o in out]
