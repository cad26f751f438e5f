"""Speaker rules from dev272-dev275 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_speaker_apposed_after_a_list_the_parse_ran_through_the_quote(ex):
    text = ("Rail talks\n\n"
            "\"We have settled the main points: one board, one budget, one timetable,\" Ghana's Minister of Roads and "
            "Rail, Esi Mensah-Bonsu, told reporters after the meeting. \"The rest is money.\"\n")
    found = groups(ex, text)
    assert list(found) == ["Esi Mensah-Bonsu"]
    assert len(found["Esi Mensah-Bonsu"]) == 2


def test_who_saw_a_document_is_not_its_cue(ex):
    text = ("Port talks\n\n"
            "A draft memorandum of understanding seen by this newspaper provides for the new berths to open \"within "
            "eighteen months of signature\" and for fees to be frozen until then.\n\n"
            "\"It is a good draft,\" said Pilar Oyarzún, the port's director.\n")
    found = groups(ex, text)
    assert "understanding" not in found
    assert list(found)[-1] == "Pilar Oyarzún"


def test_neither_names_no_speaker(ex):
    text = ("Fishing talks\n\n"
            "Both delegations described the round as useful. Neither mentioned a quota. Neither side said when the next "
            "round would be held.\n\n"
            "\"We are patient,\" said Tevita Fifita, who leads the fishers' association.\n")
    found = groups(ex, text)
    assert "Neither" not in found and not any(name.startswith("Neither") for name in found)
    assert "Tevita Fifita" in found


def test_a_translated_public_body_is_its_own_languages_short_form(ex):
    text = ("Forest talks\n\n"
            "The National Commission for Indigenous Peoples (CONPI) has offered the cooperatives a ten-year permit.\n\n"
            "\"Ten years is not enough to plant a forest,\" said Rosa Chavarría, who chairs the cooperatives' union.\n\n"
            "On Monday, CONPI said in a statement that a fifth round would be held in León in May.\n")
    found = groups(ex, text)
    assert "CONPI" not in found
    assert any("fifth round" in q for q in found["National Commission for Indigenous Peoples"])


def test_a_company_quoted_by_its_name_without_the_place_is_the_company(ex):
    text = ("Electricity talks\n\n"
            "Talks between the island's council and Eléctrica Costera de Utila, the private company that holds the "
            "franchise, resumed on Monday. The Comisión Nacional de Tarifas (CNT) attends as an observer.\n\n"
            "Eléctrica Costera said that it was \"negotiating in good faith\".\n\n"
            "Any cut in the fuel surcharge would have to be \"paid for by someone\", the company said.\n")
    found = groups(ex, text)
    assert "Comisión Nacional de Tarifas" not in found
    assert any("paid for by someone" in q for q in found["Eléctrica Costera"])


def test_the_company_is_the_body_quoted_in_the_sentence_before(ex):
    text = ("Concentrate talks\n\n"
            "Tavush Copper Combine, Armenia's second-largest miner, is pressing the trader Grenfell Metals for lower "
            "charges, according to people familiar with the talks.\n\n"
            "\"They want the old terms for five more years,\" said a trader in Geneva. \"That is not how anyone writes a "
            "five-year contract. Prices will not stay where they are for five years, and everybody in this market knows "
            "it.\"\n\n"
            "The mine produced about 120,000 tonnes of concentrate last year, most of it shipped by rail to Georgia's "
            "Black Sea ports and on to smelters in China and Bulgaria. Processing charges, which smelters deduct for "
            "turning concentrate into metal, fell to record lows this year as new smelters competed for a limited supply "
            "of ore, and several miners in the region have since tried to reopen contracts signed when charges were "
            "higher. Lawyers for both sides met in Geneva last week, and another round is planned for February.\n\n"
            "\"There is a deal to be done,\" said Anna Petrosyan, an analyst in Yerevan. \"But not this month.\"\n\n"
            "In an emailed statement, Tavush Copper Combine said it was \"in talks with several buyers\". The company said "
            "it did not comment on individual contracts.\n")
    found = groups(ex, text)
    assert any("individual contracts" in q for q in found["Tavush Copper Combine"])
    assert "Grenfell Metals" not in found


def test_talks_that_open_a_sentence_after_a_dateline_are_no_speaker(ex):
    text = ("Grazing talks\n\n"
            "SAN IGNACIO, Cayo — Talks on renewing the grazing leases at Arenal, one of the last still held by families "
            "in the valley, ended their second round on Friday without agreement on the central question: how long the "
            "new leases should last.\n\n"
            "\"We will come back in April,\" said Delmy Tzul, who speaks for the families.\n")
    assert list(groups(ex, text)) == ["Delmy Tzul"]
