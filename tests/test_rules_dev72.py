"""Speaker rules from dev72-dev75 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_she_after_the_leader_a_passive_names_is_that_leader(ex):
    text = ('"We want a deal before the rains," Agriculture Minister Tomas Berglund told reporters in Nairobi.\n\n'
            "Kenya's delegation is led by Deputy Minister of Agriculture and Livestock Wanjiru Kamau. She said the "
            "talks would last three days.\n")
    got = groups(ex, text)
    assert set(got) == {"Tomas Berglund", "Wanjiru Kamau"}
    assert len(got["Wanjiru Kamau"]) == 1


def test_the_passive_leader_is_the_name_after_the_portfolio_and_the_comma():
    from stance.introductions import introductions

    text = ("The team is headed by the Secretary of State for Internal Affairs, Helena Bento. The other side is led "
            "by Minister of Trade Nguyen Ha. The talks are chaired by Norway.")
    assert [n for _, n in introductions(text)] == ["Helena Bento", "Nguyen Ha"]


def test_a_set_off_brokers_say_attributes_its_clause_and_is_no_content(ex):
    text = ("Freight rates on the route remain well above last year's level, shippers say, even though no vessel has "
            "been stopped since March.\n")
    got = groups(ex, text)
    assert set(got) == {"shippers"}
    assert got["shippers"] == ["Freight rates on the route remain well above last year's level"]


def test_a_prefecture_and_a_directorate_are_bodies_that_speak(ex):
    text = ("The Lyon police prefecture said 58 lorries had been turned back overnight.\n\n"
            "The fisheries directorate said the quota talks would resume on Friday.\n")
    got = groups(ex, text)
    assert set(got) == {"Lyon police prefecture", "fisheries directorate"}


def test_a_party_that_only_condemns_the_talks_is_a_position_not_a_speaker(ex):
    text = ("The Liberal group on the council has condemned the talks. Its leader, Mara Quist, said the deal was "
            "\u201ca stitch-up\u201d.\n\n"
            "The regional government has encouraged the process.\n")
    speakers, positions = ex.speakers_and_positions(ex.extract(text))
    assert {name for name, _, _ in speakers} == {"Mara Quist"}
    assert {"regional government"} <= {name for name, _, _ in positions}


def test_a_short_term_in_marks_glossed_after_a_dash_is_nobody_s_statement(ex):
    text = ("The reform would change the fares paid to \u201cbateaux agr\u00e9\u00e9s\u201d \u2013 licensed boats "
            "approved to carry pilgrims \u2013 from June. \u201cWe will not accept it,\u201d said skipper Ana Ruiz.\n")
    got = groups(ex, text)
    assert set(got) == {"Ana Ruiz"}


def test_a_role_in_the_lede_is_the_one_person_named_with_it_after(ex):
    text = ("Talks with the railway operator are close to a deal, the minister responsible told a news conference on "
            "Thursday.\n\n"
            "Anna Petrosyan, the minister of transport and infrastructure, said the two sides had met three times.\n\n"
            "\u201cWe are not looking for a divorce,\u201d Petrosyan said.\n\n"
            "The minister of finance was not at the news conference.\n")
    got = groups(ex, text)
    assert set(got) == {"Anna Petrosyan"}
    assert len(got["Anna Petrosyan"]) == 3


def test_a_lede_role_joins_only_the_one_holder_named_after_it():
    from stance.grouping import group_quotes
    from stance.types import Quote

    def q(start: int, speaker: str, mention: str) -> Quote:
        return Quote("x", start, start + 1, "indirect", speaker=speaker, speaker_mention=mention)

    lede = q(10, "minister responsible", "the minister responsible")
    anna = q(100, "Anna Petrosyan", "Anna Petrosyan, the minister of transport")
    davit = q(200, "Davit Sargsyan", "Davit Sargsyan, the minister of finance")
    assert [n for n, _, _ in group_quotes([lede, anna])] == ["Anna Petrosyan"]
    assert len(group_quotes([lede, anna, davit])) == 3  # two ministers named: the lede's is neither
    finance = q(10, "finance minister", "the finance minister")
    assert [n for n, _, qs in group_quotes([finance, anna, davit]) if len(qs) == 2] == ["Davit Sargsyan"]
    late = q(300, "minister responsible", "the minister responsible")
    assert len(group_quotes([anna, late])) == 2  # after the name: the resolver's to decide, not this merge


def test_a_lone_quote_after_a_whose_clause_continues_the_named_speaker(ex):
    text = ("\u201cThey decide about our land in an office in town,\u201d said Teresa Wamytan, a chief of the Unia "
            "clan, whose people signed a pact with the mine in 2008 covering jobs. \u201cWe will not recognise a "
            "deal made behind our backs.\u201d\n")
    got = groups(ex, text)
    assert set(got) == {"Teresa Wamytan"}
    assert len(got["Teresa Wamytan"]) == 2


def test_a_party_that_is_asking_for_something_is_a_position(ex):
    text = ("The tram drivers' union is asking for a rise of 900 zloty a month. The city's transport director, Ewa Nowak, "
            "said the budget could not stretch that far.\n")
    speakers, positions = ex.speakers_and_positions(ex.extract(text))
    assert {name for name, _, _ in speakers} == {"Ewa Nowak"}
    assert len(positions) == 1


def test_a_spokesman_for_a_body_with_its_acronym_in_brackets_is_that_body(ex):
    text = ("A spokesman for the Maritime Security Agency (MSA) said patrols along the coast had been increased.\n")
    got = groups(ex, text)
    assert set(got) == {"Maritime Security Agency"}


def test_termed_with_a_speaker_is_a_verdict_and_without_one_a_name(ex):
    text = ("In Lahore, opposition leader Farah Qureshi termed the negotiations \u201can eyewash\u201d.\n\n"
            "The new scheme, termed \u201csmart rationing\u201d, starts in May.\n")
    got = groups(ex, text)
    assert set(got) == {"Farah Qureshi"}
