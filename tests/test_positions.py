"""Positions the writer summarises are not quoted speakers (policy 9 of tests/data/articles/README.md).

"The union is demanding a 6.5% rise" reports where a party stands, not something it said: such a party
is kept apart from the speakers, under ``ArticleStance.positions``.
"""

from __future__ import annotations

import pytest

from stance.cues import is_position_cue
from stance.extractor import Extractor

ARTICLE = (
    "PARIS (Reuters) - The union is demanding a 6.5% pay rise over 12 months, while the employers' "
    "federation has offered 2.8%. Diplomats fear the talks could collapse. "
    "\"We are not moving on this,\" said Marie Duval, the union's lead negotiator. "
    "The federation said in a statement that its offer was fair."
)


@pytest.fixture(scope="module")
def ex():
    return Extractor()


@pytest.mark.parametrize("cue", ["is demanding", "has pushed for", "want", "Wants", "has backed", "hoping",
                                 "is seeking", "sought", "fear", "has offered", "is", "withdrew", "pressing for",
                                 "voted", "has approved", "adopted"])
def test_position_cues(cue):
    assert is_position_cue(cue)


@pytest.mark.parametrize("cue", ["said", "says", "told", "urged", "called for", "complained about", "rejected",
                                 "warned", "did not mention", "according to", "", None])
def test_statement_cues(cue):
    assert not is_position_cue(cue)


def test_position_only_parties_are_not_speakers(ex):
    quotes = ex.extract(ARTICLE)
    speakers = [name for name, _, _ in ex.group(quotes)]
    positions = [name for name, _, _ in ex.positions(quotes)]
    assert "Marie Duval" in speakers
    assert "union" in positions and "Diplomats" in positions
    assert not set(speakers) & set(positions)
    grouped = sum(len(qs) for _, _, qs in ex.group(quotes) + ex.positions(quotes))
    assert grouped == sum(q.speaker is not None for q in quotes), "every attributed quote is in exactly one group"
    assert ex.speakers_and_positions(quotes) == (ex.group(quotes), ex.positions(quotes))


def test_one_statement_makes_a_party_a_speaker(ex):
    """The federation offered (a position) and also said something: it is a speaker, with both quotes."""
    groups = {name: qs for name, _, qs in ex.group(ex.extract(ARTICLE))}
    federation = next(qs for name, qs in groups.items() if "federation" in name)
    assert [q.cue for q in federation] == ["has offered", "said"]


def test_percent_sign_stays_in_the_statement(ex):
    texts = [q.text for q in ex.extract(ARTICLE)]
    assert "a 6.5% pay rise over 12 months" in texts and "2.8%" in texts


def test_predict_reports_positions_apart(tiny_predictor):
    result = tiny_predictor.predict(ARTICLE, "wage talks between the union and the federation")
    speakers = {s.speaker for s in result.speakers}
    positions = {p.speaker for p in result.positions}
    assert "Marie Duval" in speakers and "union" in positions and not speakers & positions
    d = result.to_dict()
    assert [p["speaker"] for p in d["positions"]] == [p.speaker for p in result.positions]
    assert all(p["stance"] in ("support", "skeptical", "neutral") for p in d["positions"])


@pytest.mark.parametrize("cue", ["believes", "has resisted", "agreed to", "to aim for"])
def test_beliefs_resistance_and_agreements_are_positions(cue):
    assert is_position_cue(cue)


def test_two_parties_spoken_of_together_are_positions_not_speakers(ex):
    from stance.positions import is_joint

    assert is_joint("both sides") and is_joint("Neither side") and is_joint("Kinshasa and the rebels")
    assert not is_joint("Department of Health and Social Care") and not is_joint("the two delegations")
    text = ("Negotiators met for six hours in Doha. Both sides said they wanted an agreement before the rains. "
            'Envoy Amadou Diallo said the talks were "serious and direct".')
    speakers = [name for name, _, _ in ex.group(ex.extract(text))]
    assert speakers == ["Amadou Diallo"]
    assert [name for name, _, _ in ex.positions(ex.extract(text))] == ["Both sides"]


@pytest.mark.parametrize("name", ["officials on both sides", "People from both camps", "each side", "Either party",
                                  "India and Britain", "European Union and U.S. negotiators",
                                  "Kenyan and Ugandan negotiators"])
def test_more_ways_to_speak_of_two_parties_together(name):
    from stance.positions import is_joint

    assert is_joint(name)


@pytest.mark.parametrize("name", ["Competition and Markets Authority", "American Iron and Steel Alliance",
                                  "Federal Mediation and Conciliation Service", "Bosnia and Herzegovina",
                                  "Trinidad and Tobago", "the joint statement", "the two delegations"])
def test_one_body_whose_name_has_an_and_is_not_two_parties(name):
    from stance.positions import is_joint

    assert not is_joint(name)


def test_officials_on_both_sides_are_a_position(ex):
    text = ("Officials on both sides said a framework could be ready by March. "
            "Trade minister Olena Marchuk said the gap on quotas \"is still wide\".")
    quotes = ex.extract(text)
    assert [name for name, _, _ in ex.group(quotes)] == ["Olena Marchuk"]
    assert [name for name, _, _ in ex.positions(quotes)] == ["Officials on both sides"]


@pytest.mark.parametrize("text", [
    "In a joint statement, the two delegations said they would meet again in May.",
    "Labour and the Greens issued their first joint statement on Friday. In it, the two parties say they have made "
    "substantial progress on a budget.",
])
def test_two_parties_speaking_through_a_joint_statement_are_the_statement(ex, text):
    quotes = ex.extract(text)
    assert [name for name, _, _ in ex.group(quotes)] == ["joint statement"]
    assert "joint statement" not in [name for name, _, _ in ex.positions(quotes)]


def test_an_empty_name_is_not_two_parties():
    from stance.positions import is_joint

    assert not is_joint("") and not is_joint("  ")


@pytest.mark.parametrize("name", ["the two countries", "both governments", "Neither the union nor the county",
                                  "Iraqi and U.S. military officials", "officials from both countries"])
def test_two_countries_and_neither_nor_are_two_parties(name):
    from stance.positions import is_joint

    assert is_joint(name)


@pytest.mark.parametrize("name,cls", [("Critics", True), ("Trade economists", True), ("Human rights groups", True),
                                      ("Some Pacific ministers", True), ("Some in Congress", True),
                                      ("Turkish officials", False), ("diplomatic sources", False),
                                      ("Analysts", False), ("United Auto Workers", False),
                                      ("two people familiar with the talks", False),
                                      ("nearly two-thirds of voters", False)])
def test_classes_of_people_are_not_sources(name, cls):
    from stance.positions import is_class

    assert is_class(name) is cls


def test_a_class_of_people_is_a_position(ex):
    text = ("Critics say the strike is about pay, not safety. "
            "Union president Park Min-ho said the talks were \"negotiating with a messenger\".")
    quotes = ex.extract(text)
    assert [name for name, _, _ in ex.group(quotes)] == ["Park Min-ho"]
    assert [name for name, _, _ in ex.positions(quotes)] == ["Critics"]


def test_two_bodies_each_with_its_article_are_a_joint_position(ex):
    text = ("The NBA and the players' union reached a tentative deal early Saturday, the league and the union announced.\n\n"
            '"This agreement is good for our players," union director Tamika Tremaglio said.')
    quotes = ex.extract(text)
    assert [name for name, _, _ in ex.group(quotes)] == ["Tamika Tremaglio"]
    assert [name for name, _, _ in ex.positions(quotes)] == ["league and the union"]


def test_a_list_of_three_parties_or_more_is_a_position_not_a_speaker(ex):
    text = ("Key points\n- Kenya, Uganda, Rwanda and Burundi have said they oppose the levy in its current form.\n\n"
            "\"We will keep talking,\" said Ruth Achieng, the trade minister.")
    speakers, positions = ex.speakers_and_positions(ex.extract(text))
    assert [s[0] for s in speakers] == ["Ruth Achieng"]
    assert [p[0] for p in positions] == ["Kenya, Uganda, Rwanda and Burundi"]


def test_a_leader_and_another_leader_are_two_parties():
    from stance.positions import is_joint

    assert is_joint("chancellor and the French president")
    assert is_joint("the president and the Irish taoiseach")
    assert not is_joint("the Competition and Markets Authority")
