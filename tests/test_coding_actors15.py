"""Actors and recipients, round 15: who did what to whom when the target hides in a phrase about something else.
Information about a third party, mediation by a party, unnamed groups placed by the site or subject of a passive, towns
named through a generic noun, companies named alone, blacklists, event nouns whose people are named by nation, removals
with no named remover, "its neighbour", vows of revenge and the victims a participle of violence describes. Sentences
written for these tests (not from any gold set)."""

from __future__ import annotations

import pytest

from conftest import expect_event, find


def _recipients(events: list[dict], event: str) -> set[str]:
    return {r["code"] for e in events if e["event"] == event for r in e["recipient"]}


# -- information handed over: its topic is no target, but a "to" phrase inside the topic is ---------------------------
@pytest.mark.parametrize(
    "text, event, actor, recipient, topic",
    [
        ("Norway shared intelligence on Russian submarine movements to the Baltic with Finland.", "COOPERATE", {"NOR"}, {"FIN"}, "RUS"),
        ("Washington provided information about Iranian weapons shipments to the Bahraini government.", "AID", {"USA"}, {"BHR"}, "IRN"),
        ("Britain passed intelligence on Chinese cyber operations to Australia.", "AID", {"GBR"}, {"AUS"}, "CHN"),
    ],
)
def test_information_goes_to_the_recipient_not_to_its_topic(code, text, event, actor, recipient, topic):
    events = code(text)
    expect_event(events, event, actor, recipient)
    assert topic not in _recipients(events, event), events


# -- a "by" phrase the parser hung on an active verb names the author of its object ------------------------------------
@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("Ethiopia accepted mediation by Kenya in its border dispute with Eritrea.", "AGREE", {"ETH"}, {"KEN"}),
        ("The Colombian government welcomed an offer by Norway to host peace talks.", "SUPPORT", {"COL"}, {"NOR"}),
    ],
)
def test_the_author_of_the_object_is_the_recipient(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)


# -- unnamed groups are placed where the subject of the passive, or the site they are at, is --------------------------
@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("The Danish embassy in Beirut was set on fire by protesters.", "PROTEST", {"LBN"}, {"DNK"}),
        ("The American consulate in Karachi was stormed by demonstrators.", "PROTEST", {"PAK"}, {"USA"}),
        ("Demonstrators outside the Chinese embassy in Manila burned flags.", "PROTEST", {"PHL"}, {"CHN"}),
    ],
)
def test_unnamed_groups_act_where_the_site_is(code, text, event, actor, recipient):
    events = code(text)
    expect_event(events, event, actor, recipient)
    assert not find(events, event, actor={recipient.copy().pop()}), events  # not the nation owning the site


def test_people_trapped_in_a_town_named_by_its_nation(code):
    events = code("The Red Cross delivered medicine to families trapped in the besieged Yemeni city of Taiz.")
    expect_event(events, "AID", {"IGO"}, {"YEM"})


def test_armed_men_storming_a_building_attack_it(code):
    events = code("Militants stormed the Indian consulate in Herat on Wednesday.")
    expect_event(events, "ASSAULT", {"AFG"}, {"IND"})


def test_a_papal_envoy_is_the_holy_see(code):
    expect_event(code("Nicaragua expelled the papal nuncio in March."), "SANCTION", {"NIC"}, {"VAT"})


# -- companies named alone stand for their home country; blacklists --------------------------------------------------
@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("Gazprom halted gas deliveries to Bulgaria and Poland.", "SANCTION", {"RUS"}, {"BGR", "POL"}),
        ("Pemex signed a supply deal with the Cuban government.", "SUPPORT", {"MEX"}, {"CUB"}),
        ("Washington placed ZTE on a trade blacklist.", "SANCTION", {"USA"}, {"CHN"}),
        ("The European Union added three Iranian officials to its sanctions list.", "SANCTION", {"IGO"}, {"IRN"}),
    ],
)
def test_companies_and_blacklists(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)


# -- event nouns: people named by nation are no place; a reaction's party is no author --------------------------------
@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("The arrest of a Canadian teacher in China angered Ottawa.", "COERCE", {"CHN"}, {"CAN"}),
        ("The detention of two Australian academics in Iran was condemned by Canberra.", "COERCE", {"IRN"}, {"AUS"}),
        ("The expulsion of three Polish diplomats from Minsk was announced on Tuesday.", "SANCTION", {"BLR"}, {"POL"}),
        ("The release of two French tourists by Iran followed months of talks.", "RETREAT", {"IRN"}, {"FRA"}),
    ],
)
def test_event_nouns_as_subjects(code, text, event, actor, recipient):
    events = code(text)
    expect_event(events, event, actor, recipient)
    assert not find(events, event, actor=recipient), events


def test_its_neighbour_is_the_other_nation(code):
    events = code("Venezuela closed its border to Colombian trucks, accusing its neighbour of smuggling.")
    expect_event(events, "ACCUSE", {"VEN"}, {"COL"})


# -- revenge targets who did the violence; the people a participle of violence describes are its targets -------------
@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("India's army chief vowed to avenge the deaths of Indian soldiers killed in a Pakistani raid.", "THREATEN", {"IND"}, {"PAK"}),
        ("India's army chief vowed to avenge the deaths of Indian soldiers killed in a Pakistani raid.", "ASSAULT", {"PAK"}, {"IND"}),
    ],
)
def test_revenge_and_victims(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)
