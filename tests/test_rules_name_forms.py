"""Speaker rules, the forms a name takes (issue 3): honorifics, portfolios before a name, generational suffixes,
given-name references, numbers in a mention. One short text written for the project per rule."""

from __future__ import annotations

from speaker_helpers import speakers

from stance.appositions import split_apposition
from stance.role_split import split_role
from stance.speakers import strip_name


def test_a_thousands_separator_is_not_an_apposition():
    assert split_apposition("About 1,500 strikers") == ("About 1,500 strikers", ())
    assert split_apposition("More than 2,000 nurses, most of them night staff") == (
        "More than 2,000 nurses", ("most of them night staff",))
    assert split_apposition("Some 40, mostly retirees") == ("Some 40", ("mostly retirees",))


def test_a_portfolio_with_and_or_for_comes_off_the_name():
    assert split_role("Minister of Fisheries and Ocean Policy Eirik Haugland")[0] == "Eirik Haugland"
    assert split_role("Minister for Sustainability and the Environment Janet Koh")[0] == "Janet Koh"
    assert split_role("Minister for Trade Don Farrell")[0] == "Don Farrell"
    # an organisation after "for" is not a portfolio: nothing is split
    assert split_role("spokesman for the State Department John Kirby")[1] == ""


def test_malaysian_and_philippine_honorifics_are_no_part_of_the_name():
    assert strip_name("Datuk Seri Khairul") == "Khairul"
    assert strip_name("Tan Sri Azman Hashim") == "Azman Hashim"
    assert strip_name("Usec Bautista") == "Bautista"
    assert split_role("Johor Menteri Besar Mohd Rizal Abdul Samad")[0] == "Mohd Rizal Abdul Samad"
    assert strip_name("Sri Lanka's foreign ministry") != "Lanka foreign ministry"


def test_an_affiliation_in_the_possessive_is_no_part_of_a_persons_name():
    assert strip_name("The RMT's Eddie Dempsey") == "Eddie Dempsey"
    assert strip_name("Goldman Sachs' Jan Hatzius") == "Jan Hatzius"
    assert strip_name("Unite’s Sharon Graham") == "Sharon Graham"
    assert strip_name("Sudan's Foreign Ministry") == "Sudan Foreign Ministry"  # a body's name keeps its country
    assert strip_name("The union's wage scale committee") == "union wage scale committee"


def test_a_name_that_goes_by_its_given_name_is_one_speaker(ex):
    text = (
        "JOHOR BAHRU, March 3 - Malaysia's water negotiator Khairul Anuar Rahmat said on Tuesday that the 1962 "
        "price \"no longer reflects the cost of treating a single gallon\".\n\n"
        "\"We are here to find a number both sides can live with,\" said Datuk Seri Khairul, who leads the "
        "delegation.\n\n"
        "Mohd Rizal Abdul Samad, the state's chief minister, said the talks were \"long overdue\". "
        "\"We will not wait another decade,\" Datuk Mohd Rizal said."
    )
    assert speakers(ex, text) == ["Khairul Anuar Rahmat", "Mohd Rizal Abdul Samad"]


def test_a_generational_suffix_does_not_hide_the_surname(ex):
    text = (
        "Transport Undersecretary Herminio Bautista Jr. said the consolidation deadline \"is not up for "
        "negotiation\".\n\n"
        "\"We will listen to every proposal,\" Bautista told reporters after the meeting."
    )
    found = speakers(ex, text)
    assert len(found) == 1 and found[0].startswith("Herminio Bautista Jr")


def test_a_minister_named_after_a_long_portfolio_is_one_speaker(ex):
    text = (
        "Minister of Fisheries and Ocean Policy Eirik Haugland said Norway had come \"to talk about fish\".\n\n"
        "\"The tariff is the only thing on the table,\" Haugland said."
    )
    assert speakers(ex, text) == ["Eirik Haugland"]


def test_a_person_introduced_by_a_bare_role_is_the_antecedent_of_he(ex):
    text = (
        'Opening the session, Foreign Affairs Undersecretary Leonor Castillo-Ramos said the region could not '
        'afford more "talks about talks."\n\n'
        '"We have run out of excuses," Castillo-Ramos told delegates.\n\n'
        "China's delegation is led by Liang Jianhua, director-general of the foreign ministry's boundary "
        'department. He said Beijing remained "fully committed" to the code.'
    )
    assert speakers(ex, text) == ["Leonor Castillo-Ramos", "Liang Jianhua"]


def test_a_title_with_a_portfolio_gives_the_full_name_for_the_surname(ex):
    text = ("U.S. Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov met in Riyadh. "
            "Rubio said the meeting was a first step. Lavrov said Moscow was ready to listen.")
    assert [q.speaker for q in ex.extract(text)] == ["Marco Rubio", "Sergei Lavrov"]


def test_a_portfolio_of_several_words_is_no_part_of_the_full_name():
    from stance.full_names import full_names

    assert full_names("Minister of Foreign Affairs Jane Doe spoke on Monday.") == {"doe": {"Jane Doe"}}


def test_indian_ghanaian_and_nigerian_honorifics_are_no_part_of_the_name():
    assert strip_name("Shri Prakash Menon") == "Prakash Menon"
    assert strip_name("Smt. Lakshmi Iyer") == "Lakshmi Iyer"
    assert strip_name("Hon. Yaw Mensah Boateng") == "Yaw Mensah Boateng"
    assert strip_name("Alhaji Musa Danladi") == "Musa Danladi"
    assert strip_name("Sri Lanka") == "Sri Lanka"  # a country, not an honorific
    assert strip_name("Hon Hai") == "Hon Hai"  # a company: "Hon." needs its dot


def test_letters_after_a_name_come_off_it_but_not_off_a_constituency_role():
    assert strip_name("Fiona Kerr MSP") == "Fiona Kerr"
    assert strip_name("Jane Roe MP") == "Jane Roe"
    assert strip_name("the North Down MLA") != "North Down"


def test_a_generational_suffix_leaves_a_person():
    from stance.speakers import is_person_name, speaker_kind

    assert speaker_kind("Nana Kofi Asante Mensah II") == "person"
    assert speaker_kind("Robert Hale III") == "person"
    assert is_person_name("Nana Kofi Asante Mensah II")


def test_a_name_without_its_middle_names_or_suffix_is_the_same_person():
    from stance.entities import Entity

    assert Entity(["Nana Kofi Asante Mensah II"]).matches("Nana Asante Mensah")
    assert Entity(["John Paul Whitcombe"]).matches("John Whitcombe")
    assert not Entity(["John Paul Whitcombe"]).matches("Mary Whitcombe")


def test_a_place_after_a_preposition_is_no_short_name_of_the_body():
    from stance.entities import Entity

    assert not Entity(["Chamber of Commerce in Kenya"], "group").matches("Kenya")
    assert Entity(["Kenya Chamber of Commerce"], "group").matches("Chamber of Commerce")


def test_a_chief_with_a_regnal_suffix_keeps_his_quotes_under_a_shorter_name(ex):
    text = ("The president of the Cocoa Growers Union, Nana Kofi Asante Mensah II, maintained that the offer was "
            "unacceptable.\n\n\"We reject it in its entirety,\" Nana Asante Mensah declared.\n\n\"The farmer carries "
            "the industry on his head,\" he added.\n\nThe Deputy Minister, Hon. Ama Owusu, said the talks would "
            "resume on Friday. Hon. Owusu noted that \"the door remains open.\"")
    assert speakers(ex, text) == ["Nana Kofi Asante Mensah II", "Ama Owusu"]


def test_a_company_named_motor_or_rail_is_it_and_the_company(ex):
    text = ("Halden Motor said in a statement that it \"will keep negotiating in good faith.\"\n\n"
            "The company added that the retirement age was \"a matter for national legislation.\"")
    assert speakers(ex, text) == ["Halden Motor"]


def test_the_don_is_the_academic_just_named(ex):
    text = ("An economist at the University of Cape Coast, Prof. Kwesi Arthur, said the talks were \"welcome.\"\n\n"
            "\"Frankly, I expect another deadlock on Thursday,\" the don noted.")
    assert speakers(ex, text) == ["Kwesi Arthur"]
