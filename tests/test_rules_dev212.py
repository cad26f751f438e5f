"""Speaker rules from dev212-dev215 (issue 3). One short text written for the project per rule; each fails on the code
before it."""

from __future__ import annotations

from speaker_helpers import groups, speakers


def test_a_given_name_and_patronymic_is_the_person_of_that_given_name(ex):
    text = ("TATIANA MELNIKOVA, DEPUTY AKIM, KOSTANAY REGION: \"The region will not leave the city without heat.\"\n\n"
            "ANCHOR: Tatiana Sergeyevna, as everyone at the akimat calls her, also said the region was prepared to "
            "pay for repairs.\n")
    assert len(groups(ex, text)) == 1


def test_a_web_storys_time_stamp_is_no_statement(ex):
    text = ("Port talks resume at the ministry\n\n"
            "UPDATE 4:15 p.m.: adds comment from the dockers' union\n"
            "Story first posted 8:40 a.m.\n\n"
            "LISBON - Talks between the port authority and the dockers resumed on Tuesday, the union said.\n")
    assert speakers(ex, text) == ["union"]


def test_a_person_who_did_not_speak_to_reporters_said_nothing(ex):
    text = ("\"We will meet again on Thursday at the community hall,\" said Anders Holm, the Danish co-chair. \"I will "
            "not guess at the odds.\"\n\n"
            "The panel's Swedish co-chair, Karin Wall-Berg, did not speak to reporters. Both sides said they expected to "
            "be back at the table on Thursday.\n")
    assert speakers(ex, text) == ["Anders Holm"]


def test_an_amharic_title_is_no_part_of_the_name(ex):
    text = ("Ato Tesfaye Alemu, who chairs the tenants' committee, said the rent rise had been halved.\n\n"
            "\"We did not get everything,\" Tesfaye Alemu said.\n\n"
            "\"The shops are open again,\" Weyzero Almaz Kebede, a café owner, said.\n")
    assert speakers(ex, text) == ["Tesfaye Alemu", "Almaz Kebede"]


def test_the_role_of_a_named_persons_sentence_final_apposition_names_that_person(ex):
    text = ("Shop tenants reach deal\n\n"
            "The talks were brokered by five elders led by Haile Gebru Tadesse, a senior priest of the archdiocese. "
            "In Gondar, mediation by elders is often the first resort.\n\n"
            "\"The first day, nobody looked at anybody,\" the priest recalled.\n\n"
            "The deal was signed in the presence of Mulu Bekele, the deputy mayor.\n\n"
            "\"It was people sitting together,\" the deputy mayor said.\n")
    assert speakers(ex, text) == ["Haile Gebru Tadesse", "Mulu Bekele"]
