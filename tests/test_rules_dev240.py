"""Speaker rules from dev240-dev243 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups, speakers


def test_a_soundbite_tag_in_parentheses_names_the_speaker(ex):
    text = ("Fishing grounds talks\n\n"
            "ANCHOR (JOAN PIERRE): Talks on the channel opened today. Our reporter Mark Lestrade is in Roseau.\n\n"
            "MARK LESTRADE (REPORTER): Joan, the talks opened at nine behind closed doors.\n\n"
            "(SOUNDBITE, TRANSLATED) RENE BELLOT, FISHERIES COMMITTEE: \"Our fishermen have lost gear too. But we want "
            "this agreement.\"\n\n"
            "LESTRADE: The French side says it will table a code of conduct tomorrow.\n\n"
            "(SOUNDBITE) DR ALMA JOSEPH, SCIENTIST: \"Whatever they agree, someone has to count the fish.\"\n")
    found = {name.lower(): quotes for name, quotes in groups(ex, text).items()}
    assert found["rene bellot"] == ["\"Our fishermen have lost gear too. But we want this agreement.\""]
    assert found["alma joseph"] == ["\"Whatever they agree, someone has to count the fish.\""]


def test_a_role_before_a_transcript_label_names_nobody_after_it(ex):
    text = ("Fishing grounds talks\n\n"
            "ANCHOR: Delegations met in Roseau today. Mark Lestrade is at the hotel.\n\n"
            "MARK LESTRADE (REPORTER): The talks opened just after nine, behind closed doors.\n\n"
            "LESTRADE: One member of the delegation, who asked not to be named, said the other side had refused to "
            "discuss fees.\n\n"
            "\"They are here to listen, not to sign,\" the official said.\n\n"
            "ANCHOR: Mark, when do we expect an outcome?\n")
    assert groups(ex, text)["One member of the delegation"] == [
        "the other side had refused to discuss fees", "They are here to listen, not to sign,"]


def test_an_aged_name_after_the_verb_of_an_inverted_sentence_is_the_next_she(ex):
    text = ("Clinic pay talks\n\n"
            "Dilnoza Karimova, a health economist, said the deal was late.\n\n"
            "At the end of an unpaved lane lives Mukhabbat-opa, 74, a retired teacher with diabetes.\n\n"
            "\"I was angry at first. Now my nurse will come again,\" she said.\n")
    assert groups(ex, text)["Mukhabbat-opa"] == ["I was angry at first. Now my nurse will come again,"]


def test_a_hyphened_name_with_an_age_opens_its_sentence(ex):
    text = ("Clinic pay talks\n\n"
            "Dilnoza Karimova, a health economist, said the deal was late.\n\n"
            "Mukhabbat-opa, 74, a retired teacher, lives at the end of the lane.\n\n"
            "\"I was angry at first,\" she said.\n")
    assert groups(ex, text)["Mukhabbat-opa"] == ["I was angry at first,"]


def test_a_body_after_an_opening_phrase_is_the_next_it(ex):
    text = ("City pact talks\n\n"
            "Mayor Ana Rivera said the pact was close.\n\n"
            "From Tegucigalpa, the Liberal Party's Central Executive Council weighed in over the weekend. In a statement, "
            "it said it \"fully backs\" the mayor's efforts.\n")
    assert "Liberal Party's Central Executive Council" in speakers(ex, text)


def test_a_place_between_a_title_and_a_role_is_no_name(ex):
    text = ("Market levy talks\n\n"
            "Deputy Northern Province police spokesperson Chilufya Mwansa told reporters that officers had since been "
            "withdrawn.\n")
    assert speakers(ex, text) == ["Chilufya Mwansa"]


def test_the_company_after_a_business_group_is_that_group(ex):
    text = ("Train contract talks\n\n"
            "Rail operator chairman Peeter Kask said the talks were hard.\n\n"
            "Vorna Group, based in Pilsen, said in a statement that it regrets the delays. The company said the delays "
            "stemmed from shortages of chips.\n")
    assert groups(ex, text)["Vorna Group"] == ["that it regrets the delays", "the delays stemmed from shortages of chips"]


def test_a_name_in_apposition_after_an_according_to_source_is_the_source(ex):
    text = ("Road contract talks\n\n"
            "Work on the road has been suspended since gunmen fired on a grader, according to the contractor, "
            "Tamale-based Kpandai Roadworks Ltd.\n\n"
            "In a letter to its lenders, Kpandai warned that standing charges were rising.\n")
    assert speakers(ex, text) == ["Kpandai Roadworks Ltd"]


def test_capt_is_a_title_before_a_given_name(ex):
    text = ("Airline merger talks\n\n"
            "Its chief executive, Captain Anurak Srisuk, told investors that the merger was the only way forward.\n\n"
            "\"Alone, we are each too small,\" Capt Anurak said.\n")
    assert speakers(ex, text) == ["Anurak Srisuk"]


def test_the_subject_of_a_statement_is_not_the_pronoun_that_reports_it(ex):
    text = ("Airport slot talks\n\n"
            "That matters, according to Associate Professor Kanya Wongsuwan, a transport economist at Chulalongkorn "
            "University. Chiang Rai airport is already close to capacity at peak hours, she said.\n")
    assert speakers(ex, text) == ["Kanya Wongsuwan"]


def test_a_name_a_label_gives_in_capitals_is_written_as_the_article_writes_it(ex):
    text = ("Fishing grounds talks\n\n"
            "ANCHOR: Talks opened in Roseau today. Mark Lestrade reports.\n\n"
            "MARK LESTRADE (REPORTER): At the break, the fisheries minister, Clement Jno Charles, was upbeat.\n\n"
            "(SOUNDBITE) CLEMENT JNO CHARLES, MINISTER: \"We are here to put it on paper.\"\n\n"
            "LESTRADE: The French side says it will answer tomorrow.\n\n"
            "(SOUNDBITE) RENE BELLOT, FISHERIES COMMITTEE: \"Our fishermen have lost gear too.\"\n")
    found = groups(ex, text)
    assert found["Clement Jno Charles"] == ["\"We are here to put it on paper.\""]
    assert found["RENE BELLOT"] == ["\"Our fishermen have lost gear too.\""]  # written nowhere else
