"""`real_weight`: real news rows repeated in the training set, each copy augmented on its own."""

from __future__ import annotations

import pytest

pytest.importorskip("datasets")

from training.corpus import Example  # noqa: E402
from training.data import oversample_real  # noqa: E402


def _rows() -> list[Example]:
    return [Example(id="w1", text="We want talks.", target="t", stance="support", sentiment="positive"),
            Example(id="r1", text="No talks.", target="t", stance="skeptical", sentiment="negative",
                    origin="real"),
            Example(id="u1", text="Maybe.", target="t", stance="neutral", sentiment="neutral", origin="user")]


def test_weight_one_is_the_identity():
    rows = _rows()
    assert oversample_real(rows, 1) == rows


def test_only_real_rows_are_repeated():
    out = oversample_real(_rows(), 3)
    assert [x.id for x in out] == ["w1", "r1", "u1", "r1", "r1"]


def test_weight_below_one_is_rejected_by_name():
    with pytest.raises(ValueError, match="real_weight=0"):
        oversample_real(_rows(), 0)
