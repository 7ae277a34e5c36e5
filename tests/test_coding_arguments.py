"""Actor and recipient extraction rules, on sentences written for these tests (not from any gold set)."""

from __future__ import annotations

import pytest

from conftest import expect_event, find

CASES = [
    # a preposition the parser left without an object takes the noun right after it
    ("Chile granted diplomatic asylum to six Peruvian navy officers holed up in its embassy since the coup.", "AID", {"CHL"}, {"PER"}),
    # the place of an attack named in a "when"/"as" clause or under an "at" phrase
    ("A suicide bomber killed nine people on Friday when he blew himself up at a market in Baghdad.", "ASSAULT", {"IRQ"}, {"IRQ"}),
    ("Militants killed four policemen as they patrolled a road in Peshawar.", "ASSAULT", {"PAK"}, {"PAK"}),
    # a group noun without a nationality is coded by the country (or known town) it is based in
    ("Croatia demanded a truce with Moslem militias in central Bosnia.", "REQUEST", {"HRV"}, {"BIH"}),
    ("Government troops attacked rebels in Goma on Sunday.", "ASSAULT", set(), {"COD"}),
    # the object of "denounced as <noun>" comes after the "as" phrase
    ("Greece on Monday condemned as a grave injustice Turkey's treatment of Kurdish refugees.", "ACCUSE", {"GRC"}, {"TUR"}),
    # targets of conjoined objects and of object modifiers ("mortar and rocket fire"); people named by a demonym
    ("Thai gunners fired mortars, rockets and artillery shells at Burmese army posts.", "ASSAULT", {"THA"}, {"MMR"}),
    ("Thai troops launched mortar and rocket fire against Burmese army posts.", "ASSAULT", {"THA"}, {"MMR"}),
    # RETREAT: leaving positions, returning persons, putting weapons beyond use, removing checkpoints, unfreezing assets
    ("Armenian troops vacated three villages near the border on Sunday.", "RETREAT", {"ARM"}, set()),
    ("Pakistan repatriated 20 Indian fishermen on Friday.", "RETREAT", {"PAK"}, {"IND"}),
    ("Ugandan rebels began decommissioning their weapons.", "RETREAT", {"UGA"}, set()),
    ("Israeli forces dismantled several checkpoints in the West Bank.", "RETREAT", {"ISR"}, {"PSE"}),
    ("Japan unfroze Iranian assets worth $6 billion.", "RETREAT", {"JPN"}, {"IRN"}),
    # a particle that introduces a clause: the clause's subject is the target, the clause is the request's content
    ("Canada is pushing hard for Japan to back its climate plan.", "REQUEST", {"CAN"}, {"JPN"}),
    # former names of states and their demonyms code the successor state
    ("Zairean troops shelled rebel positions near the Rwandan border.", "ASSAULT", {"COD"}, set()),
    ("Thai artillery pounded Kampuchean guerrilla positions on Tuesday.", "ASSAULT", {"THA"}, {"KHM"}),
    # a town known only to the gazetteer locates an attack with no named perpetrator; the attack noun's victims
    ("A car bombing near the town of Tikrit on Monday killed two Polish soldiers.", "ASSAULT", {"IRQ"}, {"POL"}),
    ("Two soldiers were killed in an ambush in Kandahar on Friday.", "ASSAULT", {"AFG"}, set()),
    # the author of a rejected or accepted object is the recipient
    ("Nepal has flatly rejected a Chinese proposal for joint patrols.", "REJECT", {"NPL"}, {"CHN"}),
    # an unresolved possessive pronoun falls through to the light verb's subject, and that to the speaker
    ("Bosnian Serbs said their militias had finished their withdrawal from the hills.", "RETREAT", {"BIH"}, set()),
]


@pytest.mark.parametrize("text, event, actor, recipient", CASES)
def test_arguments(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)


def test_requested_clause_is_not_a_second_event(code):
    events = code("Canada is pushing hard for Japan to back its climate plan.")
    assert [e["event"] for e in events] == ["REQUEST"]


@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("Germany provided military equipment to Ukraine.", "AID", {"DEU"}, {"UKR"}),
        ("Niger halted cooperation with France.", "SANCTION", {"NER"}, set()),
        ("Hong Kong withdrew the extradition bill.", "CONCEDE", {"HKG"}, set()),
        ("Vietnam and the Philippines launched joint naval patrols.", "COOPERATE", {"VNM", "PHL"}, set()),
        ("North Korea test-fired two ballistic missiles into the sea.", "MOBILIZE", {"PRK"}, set()),
        # "would ... if": a conditional threat; "could ... if" stays a possibility
        ("Iran said it would close the Strait of Hormuz if attacked.", "THREATEN", {"IRN"}, set()),
        # a vow whose content is force is a threat
        ("Pyongyang vowed to retaliate against Seoul.", "THREATEN", {"PRK"}, {"KOR"}),
        ("The United Nations airlifted food to South Sudan.", "AID", {"IGO"}, {"SSD"}),
        ("Turkey released a detained American pastor.", "RETREAT", {"TUR"}, {"USA"}),
        ("Colombia handed over a drug lord to the United States.", "COOPERATE", {"COL"}, {"USA"}),
        ("India rushed tanks to the Chinese frontier.", "MOBILIZE", {"IND"}, set()),
        ("The Serbian parliament voted down the agreement with Kosovo.", "REJECT", {"SRB"}, set()),
    ],
)
def test_cue_classes(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)


def test_missile_test_is_not_an_attack(code):
    assert not find(code("North Korea test-fired two ballistic missiles into the sea."), "ASSAULT")


def test_agreeing_to_postpone_is_not_a_threat(code):
    events = code("Opposition leaders in Armenia agreed to postpone the rally in Yerevan.")
    assert not find(events, "THREATEN")
