"""Speaker rules from dev172-dev175 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_a_councillors_abbreviated_title_is_no_part_of_the_name(ex):
    text = ("Shepparton Mayor Rosa Costa said council had written to the minister.\n\n"
            "\"A deal is worth more to us than any grant,\" Cr Costa said.\n\n"
            "\"We want it signed,\" Cllr Costa added.\n")
    names = groups(ex, text)
    assert list(names) == ["Rosa Costa"] and len(names["Rosa Costa"]) == 3


def test_a_title_whose_portfolio_has_and_opens_the_sentence_with_the_person(ex):
    text = ("Talks on the flour duty ended on Wednesday, Tajik Deputy Minister Dilshod Rahimov said.\n\n"
            "Kyrgyz Deputy Trade and Integration Minister Azamat Toktosunov was less upbeat.\n\n"
            "\"We have been patient for two years,\" he said.\n")
    assert groups(ex, text)["Azamat Toktosunov"] == ["We have been patient for two years,"]


def test_a_word_that_opens_the_sentence_is_no_part_of_the_full_name(ex):
    text = ("When Wanjiru Achieng' Otieno told investors in February that Simba Bank was looking abroad, few expected it "
            "to move so fast.\n\n"
            "Simba confirmed the talks in a filing on Monday, saying it was in \"exclusive discussions\".\n\n"
            "Otieno, Simba's chief executive, makes no secret of her enthusiasm.\n\n"
            "\"Integration has been a slogan for twenty years,\" she told a conference in Mombasa.\n")
    assert groups(ex, text)["Wanjiru Achieng' Otieno"][-1] == "Integration has been a slogan for twenty years,"


def test_an_unnamed_trader_is_the_he_that_follows(ex):
    text = ("The mayor, Giorgi Beridze, said talks would resume at noon.\n\n"
            "One processor who is not taking part in the talks said the subsidy would only postpone the problem.\n\n"
            "\"Next year we are all back on the road,\" he said.\n")
    assert groups(ex, text)["One processor"][-1] == "Next year we are all back on the road,"


def test_a_person_introduced_as_an_ologist_is_the_she_that_follows(ex):
    text = ("The police captain, Lorna Okafor, said she would welcome fewer shootings.\n\n"
            "I put that question to Alana Ruiz-Whitfield, a criminologist at the state university. She said the record "
            "of such truces was mixed.\n")
    assert groups(ex, text)["Alana Ruiz-Whitfield"] == ["the record of such truces was mixed"]


def test_a_city_and_its_state_inside_a_bodys_name(ex):
    text = ("In a written statement, the Tulsa, Oklahoma, Police Department said it \"supports community-led violence "
            "prevention\".\n")
    assert list(groups(ex, text)) == ["Tulsa, Oklahoma, Police Department"]


def test_declining_interview_requests_is_no_statement(ex):
    text = ("The sessions are chaired by a retired civil servant, Ebrima Jallow Touray, who has declined interview "
            "requests.\n")
    assert groups(ex, text) == {}


def test_a_clause_before_a_colon_is_not_reported_by_the_verb_after_it(ex):
    text = ("The council's director of finance, Birgit Holm Larsen, laid out the figures for the council last week: "
            "debt service on the ferry now takes 11 per cent of the operating budget.\n")
    assert groups(ex, text) == {}


def test_said_a_good_deal_about_is_no_statement(ex):
    text = ("Four officials sat at the table, and the order in which they spoke said a good deal about how far apart "
            "the two sides remain.\n")
    assert groups(ex, text) == {}


def test_a_place_still_called_by_its_old_name_is_no_speaker(ex):
    text = ("Some context. The Divided Zone, still often called the Neutral Zone, is a strip of land along the "
            "border.\n")
    assert groups(ex, text) == {}


def test_states_read_as_a_noun_after_a_document_with_a_that_clause(ex):
    text = "Postal talks resumed.\n\nThe strike notice states that carriers will stop work for 48 hours.\n"
    assert groups(ex, text) == {"strike notice": ["that carriers will stop work for 48 hours"]}
