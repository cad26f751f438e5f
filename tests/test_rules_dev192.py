"""Speaker rules from dev192-dev195 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_a_parenthetical_cue_keeps_the_subject_the_parse_made_the_root(ex):
    text = "The fees, she said, paid for two new cargo scanners and more staff at a post.\n"
    quotes = [q.text for q in ex.extract(text)]
    assert quotes == ["The fees, she said, paid for two new cargo scanners and more staff at a post"]


def test_a_document_between_the_lede_and_the_person_does_not_stop_the_lede_role(ex):
    text = ("TUNIS, Nov 18 (Reuters) - Algeria, Tunisia and Libya agreed on Tuesday to keep negotiating limits on "
            "pumping, Tunisia's chief negotiator said.\n\n"
            "The talks ended with a pledge to share well data, according to a joint communique issued by the three "
            "delegations.\n\n"
            "\"We have moved from exchanging complaints to exchanging numbers,\" Slim Kallel, director-general of water "
            "resources at Tunisia's agriculture ministry, told Reuters.\n\n"
            "Kallel said the next round would be held in Algiers in March.\n")
    assert "Tunisia's chief negotiator" not in groups(ex, text)


def test_the_office_of_a_minister_is_no_minister(ex):
    text = ("Superintendent Greg Mavros said police were aware of the meeting.\n\n"
            "In a statement, the office of the NSW Police Minister said the Government welcomed \"any effort by "
            "community leaders\".\n")
    assert groups(ex, text)["Greg Mavros"] == ["police were aware of the meeting"]


def test_a_list_of_capitalised_words_opens_a_unions_name(ex):
    text = "The National Education, Health and Allied Workers’ Union said the deal was a victory for its members.\n"
    assert list(groups(ex, text)) == ["National Education, Health and Allied Workers’ Union"]


def test_the_department_is_the_provincial_department_named_not_a_union_with_a_short_form(ex):
    text = ("Under the deal, the provincial Department of Health will pay three months of arrears.\n\n"
            "Tshilidzi Ramabulana, the regional secretary of the National Education, Health and Allied Workers’ Union "
            "(Nehawu), said the union had warned the department in January.\n\n"
            "In a statement on Thursday, the department said the arrears had been \"ring-fenced\".\n")
    assert groups(ex, text)["Department of Health"] == ["the arrears had been \"ring-fenced\""]
