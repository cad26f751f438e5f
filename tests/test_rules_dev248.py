"""Speaker rules from dev248-dev251 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups, speakers


def test_a_lower_case_ministry_lists_its_portfolios_in_its_name(ex):
    text = ("Foundry rescue talks\n\n"
            "\"Government does not instruct the lender on individual transactions,\" the department of trade, industry "
            "and competition said in a statement.\n")
    assert speakers(ex, text) == ["department of trade, industry and competition"]


def test_it_after_a_ministry_with_listed_portfolios_is_that_ministry(ex):
    text = ("Rose price talks\n\n"
            "The Ministry of Environment, Water and Agriculture's branch in Taif said in a statement that it had "
            "attended the talks as an observer. It said inspectors would visit distilleries.\n")
    assert groups(ex, text) == {"Ministry of Environment, Water and Agriculture's branch in Taif": [
        "that it had attended the talks as an observer", "inspectors would visit distilleries"]}


def test_the_honorific_alone_is_the_person_it_titled(ex):
    text = ("Cassava supply talks\n\n"
            "Alhaji Rasheed Adebayo, the growers' association chairman, receives visitors on his veranda.\n\n"
            "\"The brewery talks about partnership,\" Adebayo said.\n\n"
            "Still, the Alhaji said the association would return to the table next week.\n")
    assert groups(ex, text)["Rasheed Adebayo"] == [
        "The brewery talks about partnership,", "the association would return to the table next week"]


def test_a_live_blog_time_stamp_in_brackets_is_no_part_of_a_name(ex):
    text = ("Coalition talks\n\n"
            "[8:10 pm] Allama Sheikh Mirza Hussain Naqvi, who heads the party in the region, said its members would "
            "decide on Friday.\n\n"
            "\"Our support is not for sale,\" Naqvi said.\n")
    assert speakers(ex, text) == ["Allama Sheikh Mirza Hussain Naqvi"]


def test_political_affairs_and_dialogue_are_a_ministers_portfolios(ex):
    text = ("Truce talks\n\n"
            "Deputy Minister for Political Affairs and Dialogue Lorena Vargas Solano said the two sides would "
            "meet again on Sept. 25.\n")
    assert speakers(ex, text) == ["Lorena Vargas Solano"]


def test_a_sentence_framed_by_a_given_name_opens_with_that_person(ex):
    text = ("Truce talks\n\n"
            "\"What they have agreed so far is a pause, not a ceasefire,\" said Hodan Cali Warsame, a senior researcher "
            "in Mogadishu.\n\n"
            "Sahra Maxamuud Cilmi, a trader in Erigavo, said the road had reopened on Monday.\n\n"
            "For Hodan, the test will come within weeks. \"If the pullback happens before the dry season, I will "
            "start to believe,\" she said.\n")
    assert groups(ex, text)["Hodan Cali Warsame"][-1] == (
        "If the pullback happens before the dry season, I will start to believe,")


def test_a_fathers_surname_alone_is_the_speaker_named_in_full(ex):
    text = ("Terminal talks\n\n"
            "Not all council members were satisfied. Councillor Marta Huaynate Rojas, of the opposition bench, said the "
            "mayor had \"handed the city centre back to informal transport\" and predicted the ordinance would never "
            "return.\n\n"
            "\"In 60 days there will be another strike,\" Huaynate said. \"This is not a solution.\"\n")
    assert speakers(ex, text) == ["Marta Huaynate Rojas"]
