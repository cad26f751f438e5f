"""Speaker rules, organisations and documents (issue 3): bodies, their spokespeople, short forms and
acronyms, metonyms, documents and their issuers. One short text written for the project per rule."""

from __future__ import annotations

import pytest
from speaker_helpers import groups, speakers

from stance.names import acronym_of, noun_kind
from stance.places import place_key
from stance.resolve import Resolver


def test_metonyms_merge_conservatively():
    assert place_key("Official Baku") == place_key("the Azerbaijani government") == "azerbaijan"
    assert place_key("Downing Street") == "united kingdom" and place_key("Turkish officials") is None
    r = Resolver()
    a = r.resolve("the Azerbaijani Ministry of Foreign Affairs", 0)
    assert r.resolve("Official Baku", 100) is a and r.resolve("Azerbaijan", 200) is a
    assert a.canonical == "Azerbaijani Ministry of Foreign Affairs"
    us = r.resolve("Washington", 300)
    named = r.resolve("Matthew Miller, spokesperson for the U.S. State Department", 350)
    assert named is not us and named is not a
    # an unnamed spokesperson speaks for the body already quoted (dev article 23's gold)
    assert r.resolve("A spokesperson for the U.S. State Department", 400) is us
    assert r.resolve("a spokesman for the Turkish Foreign Ministry", 500) not in (us, a)


def test_definite_nominal_merges_with_named_group():
    r = Resolver()
    net = r.resolve("Climate Action Network", 0)
    assert r.resolve("the network", 100) is net
    officials = r.resolve("Turkish officials", 200)
    assert r.resolve("British officials", 300) is not officials


def test_noun_kinds():
    assert noun_kind("officials") == "person" and noun_kind("ministry") == "group"
    assert noun_kind("statement") == "doc" and noun_kind("negotiations") == "none"
    assert noun_kind("reluctance") == "none" and noun_kind("government") == "group"


def test_the_group_is_the_organisation_quoted_before(ex):
    text = ("The Manitoba Patients' Coalition said 3,100 surgeries had been postponed.\n\n"
            'The group said both sides had "a duty to patients" to settle.')
    assert list(groups(ex, text)) == ["Manitoba Patients' Coalition"]


def test_the_union_is_not_the_statement_from_the_union(ex):
    text = ("A joint statement from the union and the health authority said talks would resume at 9 a.m.\n\n"
            'Later, the union told members the latest offer "falls well short" on staffing.')
    assert len(groups(ex, text)) == 2


def test_it_after_a_sentence_opened_by_a_document_is_the_document(ex):
    text = ('The regulator said a sale of the sports arm was "the most likely remedy."\n\n'
            "A leaked internal memo from the strategy team, seen by The Ledger, goes further. "
            'It says a sale would be "painful but survivable."')
    got = groups(ex, text)
    assert any("memo" in name for name in got) and len(got) == 2


def test_the_statement_after_in_a_statement_speaks_for_its_issuer(ex):
    text = ('In a joint statement, the Nordic ministers said the round had been "useful." '
            'The statement said both sides must "refrain from unilateral steps."')
    got = groups(ex, text)
    assert len(got) == 1 and "Nordic ministers" in next(iter(got))
    text = ('The two unions said in a statement that the offer was "an insult." '
            'The ministry, in a letter to members, said talks would resume on Monday.')
    assert len(groups(ex, text)) == 2


def test_said_in_a_post_that_keeps_the_clause_and_the_acronym_is_the_same_body(ex):
    text = ("The Consejo Nacional de Pesca, the government body that oversees fishing, said in a post on X "
            'that it had offered both sides a mediator and urged them to "keep talking." '
            "The CNP later said the talks would resume on Monday.")
    got = groups(ex, text)
    assert list(got) == ["Consejo Nacional de Pesca"] and len(got["Consejo Nacional de Pesca"]) == 2


def test_acronyms_match_the_initials_of_the_full_name():

    assert acronym_of("IAEA", "the International Atomic Energy Agency")
    assert acronym_of("CSD", "Consejo Superior de Deportes")
    assert not acronym_of("EU", "Emmanuel Ugochukwu Okafor") and not acronym_of("Oman", "Ocean Management Agency")


def test_a_place_is_not_merged_into_a_source_located_there(ex):
    text = ('Yerevan has said a referendum will come after the elections.\n\n'
            '"Nobody expects a signing soon," said a Western diplomat in Yerevan.')
    assert len(groups(ex, text)) == 2


def test_org_names_keep_their_titles_and_the_association_is_the_acronym_quoted(ex):
    text = ("The Prince George Port Authority says 12 vessels are waiting at anchor.\n\n"
            'In a statement, the PMEA said it had tabled "a fair offer." '
            'The association said it was "ready to meet at any time."\n\n'
            "Mediators called the union and the employers back to the table on Tuesday, and the cranes "
            "stayed idle in Vancouver and Seattle. CN said it had stopped sending trains to the port.")
    got = groups(ex, text)
    assert list(got) == ["Prince George Port Authority", "PMEA", "CN"] and len(got["PMEA"]) == 2


def test_an_unnamed_spokesperson_speaks_for_the_body_already_quoted(ex):
    text = ("Ankara said it was following the talks closely. A spokesman for the Turkish Foreign Ministry said "
            'Turkey welcomed "any concrete step" toward a deal.\n\n'
            'Kremlin spokeswoman Irina Sokolova said Moscow had "no illusions."')
    got = groups(ex, text)
    assert list(got) == ["Ankara", "Irina Sokolova"] and len(got["Ankara"]) == 2


def test_the_report_after_findings_is_the_regulators_but_not_after_a_statement(ex):
    text = ("In provisional findings published Tuesday, the Competition Bureau said the merger would raise prices. "
            'The 84-page report said the regulator was "minded to" require a sale.')
    assert len(groups(ex, text)) == 1
    text = ('In a statement, the union said the offer was "an insult." '
            'The 40-page report said wages had fallen for a decade.')
    assert len(groups(ex, text)) == 2


def test_a_country_possessive_stays_in_an_organisation_name(ex):
    text = ('In a statement, the Saudi Foreign Ministry said it hoped for "an agreement without delay."\n\n'
            "Sudan\u2019s Foreign Ministry, part of the army-aligned government, said it welcomed the initiative.")
    assert len(groups(ex, text)) == 2


def test_both_halves_of_a_split_document_quote_are_its_issuer(ex):
    text = ('In a statement issued on Friday, the Nordic Ferry Alliance said it had made "a generous offer" to '
            'the crews.\n\n"We have listened to every concern the crews raised," the statement said. "An agreement '
            'is within reach if both sides stay at the table."')
    assert speakers(ex, text) == ["Nordic Ferry Alliance"]


def test_a_document_named_two_ways_is_one_issuer(ex):
    text = ("In an email to its 4,000 members, the Harbour Pilots Guild said the latest offer was unacceptable. "
            "The message said leaders would ask members to authorise a strike if the port did not move.")
    assert speakers(ex, text) == ["Harbour Pilots Guild"]


def test_accented_document_noun_after_its_issuer(ex):
    text = ('In a communiqué read out on Monday, the Brigada Sur said it would observe the truce. The communiqué '
            'said the group would "reassess its participation" if the army advanced.')
    assert speakers(ex, text) == ["Brigada Sur"]


def test_company_name_words_make_a_body_that_its_spokesperson_speaks_for(ex):
    text = ('In a statement on Monday, Halvorsen Shipping said the offer "delivers real gains". A company '
            "spokesperson later said Halvorsen would not return to the table before the vote.")
    assert speakers(ex, text) == ["Halvorsen Shipping"]


def test_one_word_body_and_its_spokesperson(ex):
    text = ("Skyward has offered the engineers 9% over three years. A Skyward spokesperson said the offer was "
            "fair and affordable. \"We remain committed to a deal,\" the spokesperson said.")
    assert speakers(ex, text) == ["Skyward"]


def test_the_party_is_the_body_named_before_though_never_quoted(ex):
    text = ("The Kurdish Democratic Alliance (KDA), which holds nine seats, has grown impatient. The party said "
            "it had not been invited to a single round of talks in a month.\n\n"
            '"We are partners, not spectators," a KDA spokesperson said.')
    names = speakers(ex, text)
    assert len(names) == 1 and "Kurdish Democratic Alliance" in names[0]


def test_the_organisation_is_the_body_named_last_not_the_one_quoted_last(ex):
    text = ("The Sierra Front said in a statement that its fighters had respected the truce.\n\n"
            "Figures compiled by the human rights group Centro Norte (CeNor) show 80 civilians were killed last "
            "year. The organisation says most of the deaths came after the talks stalled.")
    names = speakers(ex, text)
    assert len(names) == 2 and names[1] == "Centro Norte"


def test_the_union_is_the_only_union_quoted_even_far_back(ex):
    filler = "The city has offered 3% a year over four years and a review of the overtime rota. " * 25
    text = ('Teamsters Local 912 told members to "stay ready" for a walkout.\n\n' + filler + "\n\n"
            "The union has said it will give the city 48 hours' notice before any strike.")
    assert speakers(ex, text) == ["Teamsters Local 912"]


def test_the_company_is_the_named_company_not_the_institute_in_brackets(ex):
    text = ("The health service and the drugmaker Corvel Biotech are in the last round of price talks, after the "
            "National Institute for Clinical Value (Nicv) said the therapy was not value for money.\n\n"
            '"Corvel remains at the table," the company said.')
    groups_ = groups(ex, text)
    assert any("Corvel" in k and any("remains at the table" in q for q in v) for k, v in groups_.items())


def test_a_bracketed_short_form_can_skip_words():
    from stance.named_bodies import named_bodies

    text = "Last month the National Institute for Health and Care Excellence (Nice) said no."
    assert (text.index("National"), "National Institute for Health and Care Excellence", "Nice") in named_bodies(text)


def test_a_company_spokesperson_of_a_short_form(ex):
    text = ("The National Institute for Clinical Value (Nicv) said the evidence was weak. A Nicv spokesperson said "
            "its committee would consider any revised offer.")
    assert len(speakers(ex, text)) == 1


def test_the_document_is_the_draft_that_opened_the_sentence_before(ex):
    text = ("A draft term sheet circulated among members last month states that the firm would pay a fixed fee. "
            'The document also says publishers would be barred from "seeking additional payments".')
    assert len(speakers(ex, text)) == 1


def test_a_listed_name_with_an_ampersand_stays_whole(ex):
    from stance.appositions import split_apposition

    assert split_apposition("The Media, Entertainment & Arts Alliance, the union representing journalists")[0] == \
        "The Media, Entertainment & Arts Alliance"


def test_a_capital_stands_for_its_government(ex):
    text = ("Moldova's government said it would keep talking. Chișinău insists that companies register in Moldova "
            "and pay customs duties there.")
    assert len(speakers(ex, text)) == 1


def test_it_is_the_body_the_sentence_before_named(ex):
    text = ('Engineers at the plant walked out on Monday. The national employers\' federation Metallunion was less '
            'accommodating. In a statement, it said the demand "ignores the reality of the industry".')
    assert speakers(ex, text) == ["Metallunion"]


def test_it_inside_the_sentence_of_a_quoted_body_is_that_body(ex):
    text = ('The Greenway Party said the talks were over. The liberal Civic Union, the largest party in parliament, '
            "blamed the walkout on what it called the Greenway Party's \"unrealistic\" demands.")
    names = speakers(ex, text)
    assert names[0] == "Greenway Party" and len(names) == 2


def test_the_club_is_the_football_club(ex):
    text = ('Harbour City FC said it was "committed to staying" in the city.\n\n'
            'Later the club accused the council of reopening "issues that were settled in May".')
    assert speakers(ex, text) == ["Harbour City FC"]


def test_a_short_form_from_another_language_in_brackets():
    from stance.named_bodies import named_bodies

    text = "The Kanak and Socialist National Liberation Front (FLNKS) said it would return to Paris."
    assert any(name == "Kanak and Socialist National Liberation Front" and short == "FLNKS"
               for _, name, short in named_bodies(text))


# -- rules from the dev9 set (2026-12-03, afternoon), each on newly written text ------------------------------
def test_the_statement_right_after_a_body_spoke_is_that_body(ex):
    """No "in a statement" before: the statement a body issues is still the body's."""
    text = ("Cosla, which represents the country's councils, urged all parties to reach a deal quickly.\n\n"
            "“Every week without a settlement is a week in which councils cannot plan,” the statement said.")
    assert speakers(ex, text) == ["Cosla"]


def test_a_party_spokesperson_speaks_for_the_party_quoted_before(ex):
    text = ("Lib Dems: “No ferries, no votes.”\n\n"
            "The Liberal Democrats said their price was a new ferry plan. A party spokesperson later added that "
            "the party “remains at the table”.")
    assert all("spokesperson" not in s for s in speakers(ex, text))


@pytest.mark.parametrize("name", ["Scottish Greens", "Lib Dems", "Scottish Liberal Democrats"])
def test_party_names_are_no_person_names(name):
    from stance.speakers import is_person_name

    assert not is_person_name(name)


# -- rules from the dev10 set (2026-12-03, afternoon), each on newly written text -----------------------------
@pytest.mark.parametrize("text, body", [
    ("Deutsche Bahn said it had made a fair offer.\n\nA DB spokesman said the talks would run into the evening.",
     "Deutsche Bahn"),
    ("The International Atomic Energy Agency said inspections had not resumed. An IAEA spokesperson said a joint "
     "statement could follow.", "International Atomic Energy Agency"),
])
def test_a_spokesperson_named_by_the_acronym_of_a_quoted_body_speaks_for_it(ex, text, body):
    assert speakers(ex, text) == [body]


def test_a_body_that_said_in_a_statement_does_not_open_a_document():
    from stance.mentions import sentence_documents

    text = ("The league said in a statement Monday that its offer was generous. A leaked internal memo from the "
            "players goes further.")
    assert [n for _, n in sentence_documents(text)] == ["A leaked internal memo"]


def test_the_airline_and_the_company_are_the_airline_named_before(ex):
    text = ("Air Tasman and the union representing its cabin crew went back into talks on Tuesday. The airline has "
            "warned that it would cancel flights on Thursday if no deal is reached.\n\n"
            'In a statement, Air Tasman said it had made "a generous offer". The company said it remained committed '
            "to a negotiated agreement.")
    assert speakers(ex, text) == ["Air Tasman"]


def test_according_to_figures_is_no_speaker(ex):
    text = ("The conflict has displaced about 60,000 people, according to government figures. "
            'Minister Tomas Reyes said the talks were "the only road out of this war".')
    assert speakers(ex, text) == ["Tomas Reyes"]


def test_a_government_spokesperson_is_the_government_quoted_before(ex):
    text = ("The Welsh government has confirmed that talks resumed at Cathays Park on Monday.\n\n"
            '"Constructive discussions are continuing and we will not be providing a running commentary," '
            "a government spokesperson said.")
    assert speakers(ex, text) == ["Welsh government"]


def test_a_bracketed_short_form_from_another_language_and_a_body_organ(ex):
    text = ("Colombia's government and the National Liberation Army (ELN) open a new round on Monday. "
            "In a communiqué posted on Saturday, the ELN’s central command said it was sending its delegation "
            '"without illusions". The ELN said the government had frozen what had been agreed.')
    assert speakers(ex, text) == ["National Liberation Army"]


def test_a_chamber_of_commerce_keeps_its_full_name(ex):
    text = ("The Chamber of Commerce of Metropolitan Toronto said in a statement that the strikes had cost "
            'businesses "tens of millions of dollars".')
    assert speakers(ex, text) == ["Chamber of Commerce of Metropolitan Toronto"]


def test_an_acronym_the_parse_cuts_off_stays_in_the_body_name(ex):
    text = "BMA Scotland has posted on X: “Our negotiators are back inside. We want a deal that keeps doctors here.”"
    assert speakers(ex, text) == ["BMA Scotland"]


def test_the_prime_ministers_spokesman_is_the_government_quoted_as_a_place(ex):
    text = ("Downing Street urged both sides to keep talking. The Prime Minister’s official spokesman told reporters "
            "that the Prime Minister wanted ‘a negotiated settlement, not another round of strikes’.")
    assert speakers(ex, text) == ["Downing Street"]


def test_an_unnamed_spokesperson_for_a_body_not_yet_quoted_is_the_body(ex):
    text = ("Talks resumed at 9am. A KMA spokesperson said the doctors would \"stay at the table\". "
            "Later the KMA said in a statement that it wanted the county governors to pay arrears. "
            "\"We are not there yet,\" the spokesperson said.")
    quotes = ex.extract(text)
    found = ex.group(quotes)
    assert [name for name, _, _ in found] == ["KMA"]
    assert "KMA spokesperson" in found[0][1] and len(found[0][2]) == 3


def test_a_spokesperson_for_a_quoted_person_is_not_made_a_body(ex):
    text = ("Labour Minister Arun Brar said the mediator had been asked to return. "
            "A spokesperson for Brar said later that no date had been set.")
    assert speakers(ex, text) != ["Brar"]


def test_a_spokesperson_for_the_board_is_the_board(ex):
    text = ("The Halden Region Board of Trade urged both sides to \"keep talking\". "
            "\"A strike is a tax on every business in this city,\" a spokesperson for the board said.")
    quotes = ex.extract(text)
    assert [name for name, _, _ in ex.group(quotes)] == ["Halden Region Board of Trade"]


def test_a_members_association_named_after_its_employer_is_not_the_employer(ex):
    text = ("The MLS Referees Association said in a statement that the proposal was unfair. "
            "The MLS said it had made a fair offer. A league spokesman said no decision had been made on "
            "replacement officials. The MLS Players Association urged both sides to reach a deal.")
    found = groups(ex, text)
    assert found["MLS"] == ["it had made a fair offer", "no decision had been made on replacement officials"]
    assert found["MLS Referees Association"] == ["that the proposal was unfair"]
    assert "MLS Players Association" in found


def test_what_counts_as_a_members_body_name():
    from stance.bodies import members_body

    assert members_body("NFL Referees Association") and members_body("WNBA Players Association")
    assert not members_body("Amalgamated Transit Union") and not members_body("Carrow Pharmaceuticals")


def test_the_groups_spokesman_is_the_group(ex):
    text = ("The TPNPB, which was not invited, has dismissed the process. In a statement, the group's spokesman called "
            "the talks \"a Jakarta project\" and said its fighters would not disarm.")
    assert speakers(ex, text) == ["TPNPB"]


def test_each_unnamed_spokesperson_is_their_own_body(ex):
    text = ("A Department for Transport spokesperson said the government was \"following the situation closely\".\n\n"
            "\"We urge both sides to stay at the table,\" the spokesperson said.\n\n"
            "A Heathrow spokesperson said the airport had made \"a fair and affordable offer\".\n\n"
            "\"We have kept talking throughout,\" the spokesperson said.")
    found = groups(ex, text)
    assert found == {"Department for Transport": ["the government was \"following the situation closely\"",
                                                  "We urge both sides to stay at the table,"],
                     "Heathrow": ["the airport had made \"a fair and affordable offer\"",
                                  "We have kept talking throughout,"]}


def test_the_post_after_a_body_posted_is_the_body(ex):
    text = ("Unite has posted on X that the offer is \"an insult to the people who keep the airport safe\".\n\n"
            "\"The airport made record profits. It can afford to pay its workers properly,\" the post said.")
    assert speakers(ex, text) == ["Unite"]


def test_a_draft_that_states_is_a_speaker_and_the_draft_is_it_again(ex):
    text = ("A draft term sheet circulated among members last month states that the platform would pay a fixed sum "
            "each year. The draft also states that publishers would be \"consulted in advance\" on any change.\n\n"
            "The United States has no part in the talks.")
    found = groups(ex, text)
    assert list(found) == ["draft term sheet"] and len(found["draft term sheet"]) == 2


def test_a_union_quoted_before_it_is_named_is_that_union(ex):
    text = ("Wage talks between the carmaker and its main union have reached \"a very difficult stage\", the union "
            "said on Thursday.\n\n"
            "The Hiroden Workers' Union said management had \"not yet presented a figure\". A Hiroden spokeswoman "
            "said the company did not comment on ongoing negotiations.")
    found = {name: len(said) for name, said in groups(ex, text).items()}
    assert found == {"Hiroden Workers' Union": 2, "Hiroden": 1}


def test_the_company_is_no_union_whose_name_has_a_company_word(ex):
    from stance.body_fit import fit

    assert fit("company", "National Korvex Electronics Union", "group") == 0
    assert fit("union", "National Korvex Electronics Union", "group") == 2
    assert fit("company", "Korvex Electronics", "group") == 2
    text = ("Korvex Electronics and the National Korvex Electronics Union (NKEU) resumed talks on Monday.\n\n"
            'The NKEU said its members were "ready for any outcome".\n\n'
            'Korvex Electronics said its offer was "the best in the industry". The company said output had not '
            "been disrupted.")
    got = groups(ex, text)
    assert got["Korvex Electronics"][-1] == "output had not been disrupted"


def test_the_company_far_below_the_one_named_drugmaker(ex):
    filler = "Regulators have reviewed the therapy twice since it was approved in the United States. " * 14
    text = ("The health service and the US drugmaker Velmar Therapeutics are in talks over the price of a gene "
            "therapy.\n\n" + filler + "\n\n"
            "The health service said it had offered a five-year managed access agreement.\n\n"
            '"Velmar remains at the table," the company said in a statement.')
    assert "Velmar Therapeutics" in speakers(ex, text)


def test_a_group_that_names_itself(ex):
    text = ("A group calling itself the Sahel Freedom Front claimed the kidnapping in March and said it would "
            "release the three hostages in exchange for prisoners.")
    assert speakers(ex, text) == ["Sahel Freedom Front"]


def test_a_name_that_looks_personal_but_an_apposition_calls_a_militia(ex):
    text = ("The embassy said in a statement that it remained committed to the partnership.\n\n"
            "Harakat Zulfiqar, the largest of the armed factions in the north and one of its best-armed militias, "
            'said the talks were "a cover for occupation". Any foreign soldier who stays would be "a target," '
            "the group said.")
    got = groups(ex, text)
    assert got["Harakat Zulfiqar"][-1] == 'Any foreign soldier who stays would be "a target,"'


def test_a_heading_quote_belongs_to_who_says_it_below(ex):
    text = ("7:30 p.m.\nLabour ministry calls for ‘dialogue, not confrontation’\n\n"
            "The Ministry of Employment and Labour said it urged both sides to \"resolve their differences through "
            "dialogue, not confrontation.\"\n\n"
            "4:20 p.m.\nCEO: ‘A strong offer’\n\n"
            "\"I think the offer on the table is strong,\" chief executive Sandra Okafor said.")
    got = groups(ex, text)
    assert set(got) == {"Ministry of Employment and Labour", "Sandra Okafor"}


def test_a_heading_label_that_is_an_organisation_noun_is_the_body(ex):
    text = ("Noon\nUnion: ‘Every depot, every route’\n\n"
            "The Northern Transit Workers Union (NTWU) said in a post that pickets would go up at \"every depot, "
            "every route\" if no deal was reached.")
    assert speakers(ex, text) == ["Northern Transit Workers Union"]


def test_a_name_does_not_run_over_a_blank_line(ex):
    from stance.full_names import full_names

    text = "LCBO: stores open Friday\n\nThe LCBO said all stores would open at regular hours."
    assert "Friday The LCBO" not in {n for names in full_names(text).values() for n in names}
    assert speakers(ex, text) == ["LCBO"]


def test_more_countries_are_governments():
    assert place_key("Ouagadougou") == place_key("the Burkinabe government") == "burkina faso"
    assert place_key("Nouakchott") == "mauritania" and place_key("Lomé") == "togo"


def test_a_document_from_a_named_sender_is_the_sender(ex):
    from stance.descriptions import issued_by

    assert issued_by("A letter from the Ministry of Finance") == "the Ministry of Finance"
    assert issued_by("A joint statement from the union and the health authority") is None
    text = ("A memo from Carnegie Park Management to residents of its 40 buildings said packages would be held "
            "off site.\n\nThe company said it hoped the memo would \"never be needed.\"")
    assert groups(ex, text) == {"Carnegie Park Management": ["packages would be held off site",
                                                             "it hoped the memo would \"never be needed.\""]}


def test_the_prime_ministers_office_is_the_government_of_the_place(ex):
    text = ("Kosovo's government said in a statement that the deadline would not move.\n\n"
            "Belgrade said the rule was \"a unilateral act\".\n\n"
            "In Pristina, the prime minister's office said the March 1 date \"stands\".")
    assert len(speakers(ex, text)) == 2


def test_a_possessive_name_is_the_same_body(ex):
    text = ("The Ombudsman's Office said it welcomed the agreement but that recruitment of minors had risen.\n\n"
            "It urged the parties to \"put the communities at the center\" of the program.")
    assert len(speakers(ex, text)) == 1


def test_the_union_named_by_its_noun(ex):
    text = ("Talks between the train drivers' union Aslef and the Rail Delivery Group resumed on Thursday.\n\n"
            "The union said the offer was \"not good enough\".")
    assert speakers(ex, text) == ["Aslef"]


def test_the_company_is_never_a_person_quoted_later(ex):
    text = ("In a statement, the company said it would decide on the plant \"only once the subsidy is clear.\"\n\n"
            "\"After two rounds we have agreed to talk about talking,\" said Mart Kivisild, an opposition MP.")
    found = groups(ex, text)
    assert found["Mart Kivisild"] == ["After two rounds we have agreed to talk about talking,"]
    assert len(found) == 2


def test_it_after_a_described_body_opens_a_sentence(ex):
    # a body named by its place and a common noun ("The Chinese embassy in Port Vila", "the Jubaland
    # presidency", "The Sweida Joint Command"), then "In a statement, it said"
    text = ("A spokesperson for the Finance Ministry said the round had been \"useful\".\n\n"
            "The Turkish embassy in Tbilisi has followed the talks closely. In a statement last week it said "
            "regional states should not be \"pushed into choosing sides\".\n\n"
            "Hours before the talks opened, the Puntland presidency struck a harsher tone. In a post on its website, "
            "it said Mogadishu had ignored three letters since March.\n\n"
            "The Northern Joint Command, an umbrella for several militias, struck a softer note. In a statement, it "
            "said it had told its fighters to hold fire.")
    found = groups(ex, text)
    assert found["Turkish embassy in Tbilisi"] == ["regional states should not be \"pushed into choosing sides\""]
    assert found["Puntland presidency"] == ["Mogadishu had ignored three letters since March"]
    assert found["Northern Joint Command"] == ["it had told its fighters to hold fire"]
