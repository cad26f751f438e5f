"""Direct and reported quotes: hand-written texts for each case of issue 3."""

from __future__ import annotations

import pytest

from stance.quotes import find_direct_quotes, sanitize, sentences


def texts(text):
    return [text[q.start : q.end] for q in find_direct_quotes(text)]


def by_speaker(quotes):
    return [(q.speaker, q.text) for q in quotes]


def test_marks_straight_typographic_and_foreign():
    assert texts('He said, "Yes we can." Then') == ["Yes we can."]
    assert texts("She said, “No, never.”") == ["No, never."]
    assert texts("«Bonjour», dit-il. „Hallo“, sagte er. 「はい」") == ["Bonjour", "Hallo", "はい"]


def test_nested_single_quotes_stay_inside():
    assert texts("He said, “They told me ‘no way’ at once.”") == ["They told me ‘no way’ at once."]


def test_unbalanced_mark_does_not_swallow_article():
    text = 'He said "this never closes\n\nA new paragraph with "a quote" here.'
    got = texts(text)
    assert got[-1] == "a quote"
    assert "paragraph" not in got[0]


def test_multi_paragraph_quote_continues():
    text = "He said: “First part.\n\n“Second part,” he added."
    assert texts(text) == ["First part.\n\n“Second part,"]


def test_sanitize_keeps_length():
    raw = "<p>Hi</p>\r\n**b** [x](http://a.b) \x00\x07"
    assert len(sanitize(raw)) == len(raw)
    assert "<" not in sanitize(raw) and "\x00" not in sanitize(raw)


def test_sentences_do_not_split_abbreviations():
    text = "Mr. Smith met the U.S. State Department. It was late."
    assert [text[a:b].strip() for a, b in sentences(text, 0, len(text))] == [
        "Mr. Smith met the U.S. State Department.",
        "It was late.",
    ]


def test_attribution_after_before_and_inside(ex):
    q = ex.extract('"We are ready to talk," the envoy told reporters. "We will go."')
    assert [x.text for x in q] == ["We are ready to talk,", "We will go."]
    assert {x.speaker for x in q} == {"envoy"} or all("envoy" in (x.speaker or "") for x in q)
    q = ex.extract('Jane Doe said: "The talks are over."')
    assert by_speaker(q) == [("Jane Doe", "The talks are over.")]
    q = ex.extract('"The talks," said John Smith, "are a waste of time."')
    assert {x.speaker for x in q} == {"John Smith"} and len(q) == 2


def test_offsets_point_into_original_text(ex):
    text = '<b>News</b>\r\nJohn Smith said, "We want peace."\x00 It\'s over.'
    for q in ex.extract(text):
        assert text[q.start : q.end] == q.text
        assert text[q.speaker_start : q.speaker_end] == q.speaker_mention
        assert text[q.cue_start : q.cue_end] == q.cue


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The minister said that the talks would resume soon.", "minister", "the talks would resume"),
        ("Jane Doe argued that talks were futile.", "Jane Doe", "talks were futile"),
        ("Jane Doe expressed skepticism about the talks in Geneva.", "Jane Doe", "the talks in Geneva"),
        ("Jane Doe praised the government's proposal.", "Jane Doe", "proposal"),
        ("According to Jane Doe, the talks will resume in May.", "Jane Doe", "the talks will resume"),
        ("Jane Doe called for an immediate ceasefire.", "Jane Doe", "ceasefire"),
        ("Palestinian sources said the negotiations had stalled.", "Palestinian sources", "had stalled"),
        ("The joint statement said both sides were committed to peace.", "joint statement", "both sides"),
        ("Jane Doe visited Paris, asserting that the talks were vital.", "Jane Doe", "talks were vital"),
    ],
)
def test_reported_speech(ex, text, speaker, content):
    quotes = ex.extract(text)
    assert any(speaker in (q.speaker or "") and content in q.text for q in quotes), by_speaker(quotes)


def test_passive_announced_by(ex):
    quotes = ex.extract("It was announced by the Foreign Ministry that talks would begin on Monday.")
    assert any("Foreign Ministry" in (q.speaker or "") for q in quotes), by_speaker(quotes)


@pytest.mark.parametrize("line", ["PIRAEUS, 2 April – The union has called a strike.",
                                  "LAUTOKA, Fiji, 6 November – Talks broke up.",
                                  "ISTANBUL, 14 March 2026 - Talks resumed."])
def test_datelines_with_the_day_before_the_month_are_blanked(line):
    from stance.quotes import blank_furniture

    out = blank_furniture(line)
    assert len(out) == len(line) and not out[:10].strip()
    assert out.rstrip().endswith(line.rstrip()[-12:])


def test_doubled_apostrophes_and_backticks_are_double_quotation_marks(ex):
    """Archives write ''...'' (and ``...'') for “...”: the quote and its speaker, offsets into the caller's text."""
    text = ("''It's long and tiring and hard to get through,'' Tina Marr, the mayor's chief of staff, said. "
            "She added that ``nobody sleeps before a vote.''")
    assert len(sanitize(text)) == len(text)
    assert sanitize("''Yes,'' she said")[:7] == ' "Yes,"'
    quotes = ex.extract(text)
    assert [(q.speaker, text[q.start:q.end]) for q in quotes] == [
        ("Tina Marr", "It's long and tiring and hard to get through,"),
        ("Tina Marr", "nobody sleeps before a vote."),
    ]
    assert sanitize("It's '''odd''' here") == "It's '''odd''' here"  # three in a row: left alone


def test_sentences_end_after_short_place_names_but_not_after_abbreviations():
    from stance.quotes import sentences

    text = ("The talks resumed in Iran. The minister said little. State Sen. Harold Brink of Sacramento, Calif. spoke "
            "next. R. K. Rao and Usec. Dumlao followed.")
    got = [text[a:b].strip() for a, b in sentences(text, 0, len(text))]
    assert got == ["The talks resumed in Iran.", "The minister said little.",
                   "State Sen. Harold Brink of Sacramento, Calif. spoke next.", "R. K. Rao and Usec. Dumlao followed."]
