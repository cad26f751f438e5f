"""CLI output formats: every article is accounted for in every format."""

import csv
import io
import json

import pytest

from stance.render import CSV_FIELDS, render_articles
from stance.types import ArticleStance, SpeakerStance


def _speaker(name: str) -> SpeakerStance:
    scores = {"support": 0.7, "skeptical": 0.2, "neutral": 0.1}
    return SpeakerStance(speaker=name, aliases=(name.split()[-1],), stance="support", sentiment="neutral",
                         confidence=0.7, stance_scores=scores, sentiment_scores=scores, quotes=())


RESULTS = [
    ArticleStance(target="the talks", speakers=(_speaker("Jane Doe"), _speaker("John Roe"))),
    ArticleStance(target="the talks"),
    ArticleStance(target="the talks", error="TypeError: texts[2] is not a str"),
]
IDS = ["a.txt", "b.txt", "c.txt"]


def test_csv_has_a_row_for_every_article_including_errors_and_empty_ones():
    rows = list(csv.DictReader(io.StringIO(render_articles(IDS, RESULTS, "csv"))))
    assert tuple(rows[0]) == CSV_FIELDS
    assert [r["id"] for r in rows] == ["a.txt", "a.txt", "b.txt", "c.txt"]
    assert [r["speaker"] for r in rows] == ["Jane Doe", "John Roe", "", ""]
    assert rows[2]["error"] == "" and rows[2]["n_quotes"] == "0"
    assert rows[3]["error"] == "TypeError: texts[2] is not a str"


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_formats_keep_every_article_in_order(fmt):
    out = render_articles(IDS, RESULTS, fmt)
    docs = json.loads(out) if fmt == "json" else [json.loads(line) for line in out.splitlines()]
    assert [d["id"] for d in docs] == IDS
    assert docs[2]["error"].startswith("TypeError")


def test_table_names_errors_and_empty_articles():
    out = render_articles(IDS, RESULTS, "table")
    assert "Jane Doe" in out and "(no quoted speakers found)" in out and "error: TypeError" in out


def test_unknown_format_is_named():
    with pytest.raises(ValueError, match="'xml'"):
        render_articles(IDS, RESULTS, "xml")


def test_table_lists_positions_apart_from_speakers():
    art = ArticleStance(target="the talks", speakers=(_speaker("Jane Doe"),), positions=(_speaker("the union"),))
    table = render_articles(["a.txt"], [art], "table")
    speaker_rows, positions_line = table.split("positions (summarised, not quoted):")
    assert "Jane Doe" in speaker_rows and "the union" not in speaker_rows
    assert "the union support" in positions_line
