"""Speaker rules from dev196-dev199 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_a_spokesperson_named_by_the_bodys_common_noun_speaks_for_the_body_quoted_last(ex):
    text = ("In a statement, the hospital said it had \"bargained in good faith\". A hospital spokesperson told the "
            "station it had hired replacement nurses.\n")
    assert list(groups(ex, text)) == ["hospital"]


def test_a_hyphened_given_name_keeps_its_last_letter(ex):
    text = ("The data are thin. Professor Song Min-a of Jeju National University said the extraction amounted to "
            "1 percent of the recharge.\n")
    assert list(groups(ex, text)) == ["Song Min-a"]


def test_a_script_whose_only_labels_are_the_anchors_and_reporters_is_narrated(ex):
    text = ("ANCHOR: Good evening.\n\n"
            "REPORTER, voice-over: Bi Mwanaisha, who has farmed seaweed here since 1998, says the group has already "
            "lowered its demand once and will not lower it again.\n\n"
            "ANCHOR: Thanks.\n")
    assert "REPORTER" not in groups(ex, text)


def test_a_one_word_label_in_capitals_may_take_a_bracketed_name_and_a_lower_case_gloss():
    from stance.transcripts import label_span

    text = "REPORTER (SALUM HAJI AMEIR), voice-over: Low tide at Paje, on the east coast.\n"
    a, b = label_span(text, (0, len(text) - 1))
    assert text[a:b] == "REPORTER (SALUM HAJI AMEIR), voice-over: "
