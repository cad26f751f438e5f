"""Speaker rules from dev188-dev191 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_a_bare_surname_that_is_also_a_title_is_the_person_named_in_full(ex):
    text = ("Rizwan Ahmed Sheikh, a vice-president of the federation, said exporters were pleased.\n\n"
            "\"For twenty years we have traded through Dubai,\" Sheikh said.\n")
    assert list(groups(ex, text)) == ["Rizwan Ahmed Sheikh"]


def test_a_surname_opening_with_a_lower_case_particle_is_the_person_named_in_full(ex):
    text = ("Ana Lucia de la Guardia, president of the chamber, said the chamber would return on Monday.\n\n"
            "\"We remain at the table,\" de la Guardia said.\n")
    assert list(groups(ex, text)) == ["Ana Lucia de la Guardia"]


def test_the_first_of_two_surnames_after_two_given_names_is_the_person(ex):
    text = ("\"We are not coming to impose anything,\" Guzman said.\n\n"
            "Trade Minister Rafael Antonio Guzman Peralta, who leads the delegation, said he was hopeful.\n")
    assert list(groups(ex, text)) == ["Rafael Antonio Guzman Peralta"]


def test_a_kyrgyz_patronymic_closes_the_name(ex):
    text = ("Deputy Foreign Minister Azamat Nurlanbek uulu said his government had come \"with open hands\".\n\n"
            "\"Our people are tired of sleeping in basements,\" Nurlanbek uulu said.\n")
    assert list(groups(ex, text)) == ["Azamat Nurlanbek uulu"]


def test_a_federations_list_of_trades_is_part_of_its_name(ex):
    text = ("The National Federation of Mining, Metallurgical and Steel Workers of Peru said it would call a "
            "national day of action.\n")
    assert list(groups(ex, text)) == ["National Federation of Mining, Metallurgical and Steel Workers of Peru"]


def test_a_department_named_for_its_country_keeps_its_name_after_a_spokesperson(ex):
    text = ("A spokesperson for Environment and Climate Change Canada said the department was \"participating as an "
            "observer\".\n")
    assert list(groups(ex, text)) == ["Environment and Climate Change Canada"]


def test_a_capital_then_its_countrys_department_named_for_the_country_is_one_speaker(ex):
    text = ("Ottawa says it is only watching. A spokesperson for Environment and Climate Change Canada said the "
            "department was \"participating as an observer\".\n")
    assert list(groups(ex, text)) == ["Environment and Climate Change Canada"]


def test_a_portfolio_list_may_hold_an_acronym(ex):
    text = ("Industry, Commerce and MSMEs Minister Rafael Antonio Guzman Peralta said he was \"cautiously "
            "optimistic.\"\n")
    assert list(groups(ex, text)) == ["Rafael Antonio Guzman Peralta"]


def test_an_age_after_an_introduction_is_the_person_introduced(ex):
    text = ("For the traders, the talks were led by Musallam Al Kathiri, who has sold frankincense in the souq for 40 "
            "years.\n\n"
            "\"We did not close our shops to fight the municipality,\" the 63-year-old said.\n")
    assert list(groups(ex, text)) == ["Musallam Al Kathiri"]


def test_an_age_the_parse_read_as_the_cues_modifier_is_its_subject(ex):
    text = ("\"We did not close our shops. We closed them so that someone would sit with us,\" the 63-year-old said, "
            "pouring coffee.\n")
    assert list(groups(ex, text)) == ["63-year-old"]


def test_a_wire_ledes_leader_is_the_body_head_quoted_two_paragraphs_on(ex):
    text = ("PANAMA CITY, Dec 4 (Reuters) - Panama's largest construction union will strike from Jan. 11 unless the "
            "builders' chamber improves its offer, its leader said on Friday.\n\n"
            "The union is seeking annual wage increases of 9%.\n\n"
            "\"This is not a negotiation, it is a monologue,\" SUNTRACS Secretary General Genaro Castillero Pinzon told "
            "reporters.\n")
    assert list(groups(ex, text)) == ["Genaro Castillero Pinzon"]


def test_a_wire_ledes_chief_executive_is_the_person_quoted_next(ex):
    text = ("LISBON, June 18 (Reuters) - Portugal's state railway CP is negotiating with trainmaker CAF to rewrite a "
            "contract for 24 regional trains, CP's chief executive said on Thursday.\n\n"
            "\"We want the trains, not a court case,\" Luisa Teixeira Rebelo told reporters in Lisbon.\n")
    assert list(groups(ex, text)) == ["Luisa Teixeira Rebelo"]


def test_a_wire_ledes_chief_negotiator_is_the_person_who_leads_the_team(ex):
    text = ("KUALA LUMPUR, Feb 11 (Reuters) - Malaysia's Pakatan Harapan (PH) alliance is close to a deal with Barisan "
            "Nasional (BN) on a coalition government, the alliance's chief negotiator said on Wednesday.\n\n"
            "PH won 84 of the 222 seats in Saturday's vote, short of the 112 needed to govern.\n\n"
            "\"We are down to the last two or three items,\" PKR secretary-general Mohd Faizal bin Abdul Rahman, who "
            "leads PH's negotiating team, told reporters.\n")
    assert list(groups(ex, text)) == ["Mohd Faizal bin Abdul Rahman"]


def test_a_hyphened_vice_role_is_the_person_introduced_with_it(ex):
    text = ("The delegation is headed by Ruta Jankauskiene, the vice-minister of environment. Speaking in English, she "
            "rejected the idea that her country was slow.\n\n"
            "\"We are not against a minimum flow,\" the vice-minister said.\n")
    assert list(groups(ex, text)) == ["Ruta Jankauskiene"]


def test_a_capital_in_the_same_statement_is_the_ministry_quoted_before(ex):
    text = ("In Riyadh, the Ministry of Energy said in a statement that its delegation was taking part \"within the "
            "framework of the 1958 agreement\".\n\n"
            "Riyadh, in the same statement, said its technical team would stay in Manama until Saturday.\n")
    assert list(groups(ex, text)) == ["Ministry of Energy"]


def test_calls_her_and_a_name_is_a_nickname_not_a_statement(ex):
    text = ("Neema Masanja, 38, has filleted perch on line three for eleven years. Everyone on the floor calls her Mama "
            "Baraka, after her eldest son.\n\n"
            "Mama Baraka said she supported the talks \"with my whole heart\".\n")
    assert groups(ex, text) == {"Neema Masanja": ["she supported the talks \"with my whole heart\""]}
