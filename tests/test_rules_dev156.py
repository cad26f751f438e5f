"""Speaker rules from dev156-dev159 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_a_company_spokesperson_speaks_for_the_body_an_apposition_called_a_corporation(ex):
    text = ("Harlow Bank said repayments were on schedule.\n\n"
            "Vostok Atom, the state nuclear corporation building the reactor, says the dispute has no bearing on the "
            "work. A company spokesperson said the second unit \"continues as planned\".\n")
    assert "the second unit \"continues as planned\"" in " ".join(groups(ex, text)["Vostok Atom"])


def test_it_after_a_document_that_opened_the_sentence_is_that_document(ex):
    text = ("A draft term sheet seen by the Courier proposes that the new carrier be based in Tallinn. It calls the "
            "arrangement \"a shared seat to be reviewed after five years\".\n")
    assert list(groups(ex, text)) == ["draft term sheet"]


def test_a_role_given_in_apposition_to_the_agent_of_a_passive_is_that_person(ex):
    text = ("The talks were brokered by Dana Orazbekova, deputy akim of Pavlodar region, who chaired four rounds.\n\n"
            "\"Nobody here wanted a court case,\" the deputy akim said after the signing.\n")
    assert list(groups(ex, text)) == ["Dana Orazbekova"]


def test_a_company_named_with_its_legal_form_is_the_company_that_speaks(ex):
    text = ("Under the deal, Tobyl Grain Terminal LLP will cut its drying fee by a fifth.\n\n"
            "\"It is a fair price,\" said Arman Seitkali, who farms near Rudny.\n\n"
            "In a statement, the company said the cut \"is the limit of what we can offer\".\n")
    assert groups(ex, text)["Tobyl Grain Terminal LLP"] == ["is the limit of what we can offer"]


def test_the_agency_is_the_agency_a_sentence_named_mid_way(ex):
    text = ("The regional office of the Agency for the Protection of Competition opened a review of the fees in May. "
            "The agency said on Friday it would \"take the agreement into account\".\n")
    assert list(groups(ex, text)) == ["Agency for the Protection of Competition"]


def test_an_office_of_energy_is_no_company(ex):
    text = ("The Federal Office of Energy has published its winter outlook.\n\n"
            "Alpenkraft, which runs six dams in the Valais, said it needed the deal. \"We are planning blind,\" a "
            "spokeswoman for the company said.\n")
    assert groups(ex, text)["Alpenkraft"] == ["it needed the deal", "We are planning blind,"]


def test_a_name_with_its_initials_in_brackets_is_a_body_and_the_watchdog(ex):
    text = ("Clean Contracts Forum Ghana (CCFG) says the terms must go before parliament.\n\n"
            "In a statement, the anti-corruption watchdog said that \"citizens must see the terms first\".\n")
    assert list(groups(ex, text)) == ["Clean Contracts Forum Ghana"]


def test_faroese_and_icelandic_name_particles(ex):
    text = ("\"We are close,\" said Ragna við Gjógv, the party leader.\n\n"
            "Asked about licences, við Gjógv said only that they would be \"solved like everything else\".\n")
    assert list(groups(ex, text)) == ["Ragna við Gjógv"]


def test_a_capital_then_its_countrys_ministry_is_one_speaker(ex):
    text = ("Riga has warned that cheap timber could flood its mills. In a statement after the round, Latvia’s "
            "Ministry of Economics said it \"remains committed to the talks\".\n")
    assert list(groups(ex, text)) == ["Latvia’s Ministry of Economics"]


def test_a_health_plan_named_by_the_sentence_before_is_the_company(ex):
    text = ("Lakeview Regional Health (LRH), which runs four hospitals, said its contract with Prairie Health Plan "
            "expires on Dec. 31.\n\n\"We are still at the table,\" said Dana Whitcomb, its chief executive.\n\n"
            "Prairie Health Plan struck a more upbeat tone. In a statement, the company said it \"remains confident "
            "that an agreement can be reached\".\n")
    assert "Prairie Health Plan" in groups(ex, text)


def test_a_bracketed_soundbite_tag_names_the_speaker_of_the_quote_below_it(ex):
    text = ("ANCHOR: Talks resumed this morning.\n\nMARTA OKELLO, PARTY CHAIR: \"We are close,\" she said.\n\n"
            "ANCHOR: In Jinja, fish trader Esther Namata was not convinced.\n\n"
            "[SOUNDBITE: ESTHER NAMATA, FISH TRADER, JINJA (Luganda)]\n"
            "\"They share the seats in Kampala. Do they share anything with us? Sign or do not sign.\"\n")
    assert groups(ex, text)["Esther Namata"] == [
        "They share the seats in Kampala. Do they share anything with us? Sign or do not sign."]


def test_a_speaker_whose_long_relative_clause_the_parse_misread_still_speaks(ex):
    text = ("A spokesperson for the Lakeland Tribal Council, whose member First Nations have many citizens renting in "
            "the town, said the council had been briefed on the deal and would \"study it with our members first.\"\n")
    assert list(groups(ex, text)) == ["Lakeland Tribal Council"]
