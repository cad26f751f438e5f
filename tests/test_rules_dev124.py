"""Speaker rules from dev124-dev127 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_a_person_after_two_scene_phrases_opens_the_next_she_said(ex):
    text = ("According to a senior Stormont source, the department has yet to sign off any money.\n\n"
            "On the Andersonstown Road, opposite the rusting turnstiles, Siobhán Mulgrew has watched the site decay "
            "for 14 years.\n\n\"My children were in primary school when they closed it,\" she said.\n")
    assert groups(ex, text)["Siobhán Mulgrew"] == ["My children were in primary school when they closed it,"]


def test_a_body_a_consortium_is_called_is_the_it_that_follows(ex):
    text = ("The preferred bidder, a consortium called Zambezi Gorge Power Partners, is losing patience. In a written "
            "response to questions, it said its offer \"cannot remain open indefinitely\".\n")
    assert list(groups(ex, text)) == ["Zambezi Gorge Power Partners"]


def test_a_body_whose_name_lists_its_remits_can_speak(ex):
    text = ("Immigration, Refugees and Citizenship Canada said in an email to AFP that the two delegations would meet "
            "again in Ottawa on November 18.\n")
    assert [q.speaker_mention for q in ex.extract(text)] == ["Immigration, Refugees and Citizenship Canada"]
