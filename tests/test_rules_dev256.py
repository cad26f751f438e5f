"""Speaker rules from dev256-dev259 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups


def test_a_name_and_its_glosses_before_a_colon_and_a_quote_label_a_soundbite(ex):
    text = ("Malaria drug contract talks\n\n"
            "ANCHOR (Grace Njeri): Good evening. Talks over the contract have hit a snag.\n\n"
            "BRIAN OMONDI, REPORTER: Thank you, Grace. For local makers, this deal is a test case.\n\n"
            "Peter Ochieng Mwangi, chairman, Kenya Association of Drug Makers: \"If this contract is signed, every "
            "other manufacturer will know the government means what it says.\"\n\n"
            "OMONDI: In Busia, the argument is being felt at the counter.\n\n"
            "Faith Nafula Simiyu, community health promoter, Busia: \"Last month our dispensary went five weeks without "
            "malaria tablets.\"\n")
    found = groups(ex, text)
    assert any("every other manufacturer" in q for q in found["Peter Ochieng Mwangi"])
    assert any("five weeks without" in q for q in found["Faith Nafula Simiyu"])


def test_a_nom_de_guerre_names_the_speaker(ex):
    text = ("Local ceasefire talks\n\n"
            "Lt Col Efren Dagohoy Sumalpong, the brigade commander, said the ceasefire would hold.\n\n"
            "The command's spokesperson, who uses the nom de guerre Ka Lando Dagatan, was blunter. \"If the brigade "
            "wants a longer ceasefire, it should stop the patrols,\" he said.\n")
    assert groups(ex, text)["Ka Lando Dagatan"] == ["If the brigade wants a longer ceasefire, it should stop the patrols,"]


def test_a_spokesman_for_the_movement_named_before_speaks_for_it(ex):
    text = ("Unity government talks\n\n"
            "Mamadou Alassane Ba, a party leader, said the talks were fair.\n\n"
            "The anti-slavery movement Dignité-Mauritanie was not invited, and it is scathing. A spokesman for the "
            "movement told me the talks were \"a Nouakchott arrangement among the same families\".\n")
    assert "Dignité-Mauritanie" in groups(ex, text)


def test_a_given_name_opening_a_sentence_is_the_one_person_named_in_full_with_it(ex):
    text = ("Airline rescue talks\n\n"
            "Finance Minister Sigrún Hrönn Ólafsdóttir has arrived. She said she was \"here to find a solution\".\n\n"
            "Jóna Björk Eiríksdóttir, who chairs the pilots' association, said pilots had voted to accept a pay cut.\n\n"
            "Sigrún is speaking to reporters in the ministry's entrance hall. \"This is not a gift,\" she said.\n")
    assert groups(ex, text)["Sigrún Hrönn Ólafsdóttir"][-1] == "This is not a gift,"
