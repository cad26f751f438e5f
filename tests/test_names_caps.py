"""Names that open with an accented capital read as ASCII ones do (issue 3): ``stance.names.caps`` widens the
``[A-Z]`` and ``[a-z]`` classes of the patterns that read names by their capitals."""

from __future__ import annotations

import re

from speaker_helpers import groups

from stance.names import LOWER, UPPER, caps
from stance.quotes import sentences


def test_caps_widens_the_ranges_once():
    once = caps(r"[A-Z][a-z]+ [A-Za-z]")
    assert caps(once) == once
    assert once.count(UPPER) == 2 and once.count(LOWER) == 2


def test_caps_reads_accented_names_and_leaves_other_text_alone():
    name = re.compile(caps(r"^[A-Z][a-z]+ [A-Z][a-z]+$"))
    for text in ("Çağlar Şahin", "Łukasz Żak", "Émile Ørsted", "José Ángel", "John Smith"):
        assert name.match(text), text
    for text in ("çağlar Şahin", "John 5mith", "Émile-"):
        assert not name.match(text), text


def test_a_sentence_may_open_with_an_accented_capital():
    text = 'Both sides wanted to avoid another "mackerel war". Éamon Ó Cuív was scathing.'
    assert [text[a:b].strip() for a, b in sentences(text, 0, len(text))] == [
        'Both sides wanted to avoid another "mackerel war".', "Éamon Ó Cuív was scathing."]


def test_a_speaker_with_an_accented_name_after_a_quote_ending_a_sentence(ex):
    text = ("Åsa Lindqvist, who chairs the council's fisheries committee, said both sides wanted to avoid another "
            '"mackerel war". Éamon Ó Cuív, an Irish senator, was scathing: "This is a carve-up."\n')
    assert groups(ex, text)["Éamon Ó Cuív"] == ["This is a carve-up."]
