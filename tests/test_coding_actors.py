"""Actors and recipients: national bodies, office holders, peoples acting abroad, places of an act's objects and the
doers of a purpose under a passive. Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import expect_event, find


@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        # a body named by what it does, owned by a nation or marked with its demonym, is that nation's
        ("Kenya's anti-graft commission arrested a former county governor.", "COERCE", {"KEN"}, set()),
        ("Japan's nuclear regulator rejected a request from the plant's operator.", "REJECT", {"JPN"}, set()),
        ("A Qatari agency delivered food and tents to Syria.", "AID", {"QAT"}, {"SYR"}),
        ("The Philippine human rights commission accused police of killing drug suspects.", "ACCUSE", {"PHL"}, set()),
        # a body owned by an office holder stands for the holder
        ("Peru's attorney general's office charged a former minister with corruption.", "ACCUSE", {"PER"}, set()),
    ],
)
def test_national_bodies(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)


@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        # an unknown office holder is placed by the country the article gives, not by the place he visits
        ("Slovakia's government said on Monday that Prime Minister Tomas Varga had signed a trade agreement with "
         "Hungary in Budapest.", "SUPPORT", {"SVK"}, {"HUN"}),
        ("Estonia's foreign ministry said President Alar Kask had held talks with Latvian officials in Riga.",
         "CONSULT", {"EST"}, {"LVA"}),
    ],
)
def test_unknown_office_holder_is_not_placed_by_his_visit(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)


@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        # office holders of the early Cold War (people/coldwar.tsv)
        ("President Nixon, who arrived in Beijing on Monday, held talks with Chinese Premier Zhou Enlai.",
         "CONSULT", {"USA"}, {"CHN"}),
        ("Prime Minister Pierre Trudeau criticised Washington over acid rain.", "ACCUSE", {"CAN"}, {"USA"}),
        ("Chancellor Konrad Adenauer visited Moscow to seek the release of German prisoners of war.",
         "CONSULT", {"DEU"}, {"RUS"}),
    ],
)
def test_cold_war_office_holders(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)


@pytest.mark.parametrize(
    "text, actor, recipient",
    [
        # people of another nation protesting abroad are coded where they act, also when the parser rooted the
        # sentence in the subject noun
        ("Tamil activists rallied outside the Sri Lankan embassy in Paris.", {"FRA"}, {"LKA"}),
        ("Kurdish activists protested outside the Turkish embassy in Vienna.", {"AUT"}, {"TUR"}),
    ],
)
def test_people_protesting_abroad(code, text, actor, recipient):
    expect_event(code(text), "PROTEST", actor, recipient)


@pytest.mark.parametrize(
    "text, event, recipient",
    [
        # the place of an act's object: "pylons around Lima", "villagers in raids across X"
        ("FARC guerrillas blew up electricity pylons around Medellin in 1999.", "ASSAULT", {"COL"}),
    ],
)
def test_place_of_the_object(code, text, event, recipient):
    expect_event(code(text), event, set(), recipient)


@pytest.mark.parametrize(
    "text, actor, recipient",
    [
        # a to-infinitive under a passive with no agent is done by the passive subject ("teams were sent to help X")
        ("Egyptian rescue teams were sent to help Libya after the floods.", {"EGY"}, {"LBY"}),
        ("Jordanian firefighters were sent to help Lebanon after the blast.", {"JOR"}, {"LBN"}),
    ],
)
def test_purpose_under_a_passive(code, text, actor, recipient):
    expect_event(code(text), "AID", actor, recipient)


def test_first_of_two_titled_subjects_swallowed_by_the_parser(code):
    # the parser makes the first name of "X's President A and Y's Prime Minister B" a subject of the second
    events = code("Egypt's President Anwar Sadat and Israeli Prime Minister Menachem Begin signed a peace treaty in "
                  "Washington in March 1979.")
    expect_event(events, "SUPPORT", {"EGY", "ISR"}, set())


def test_author_of_a_rejected_plan(code):
    # "rejected a plan put forward by X": the plan's author is the target
    expect_event(code("Serbia's president rejected a peace plan put forward by the European Union for Kosovo."),
                 "REJECT", {"SRB"}, {"IGO"})


def test_partner_of_a_noun_named_by_its_modifier(code):
    # "EU accession talks with X": X is a target besides the modifier's owner
    expect_event(code("France vetoed the opening of EU accession talks with Albania."), "REJECT", {"FRA"}, {"ALB"})


def test_title_tells_apart_namesakes(code):
    # a name held by people of two countries: the title's nation picks the one meant
    expect_event(code("UN Secretary-General Javier Perez de Cuellar urged Morocco to accept a referendum.", published=None),
                 "REQUEST", {"IGO"}, {"MAR"})


@pytest.mark.parametrize(
    "text, actor",
    [
        # a sea named after a country is a place, and the parties of joint patrols or drills work with each other
        ("Japan and Australia began joint naval patrols in the East China Sea in 2021.", {"JPN", "AUS"}),
        ("Chinese and Russian warships held joint patrols in the Sea of Okhotsk last summer.", {"CHN", "RUS"}),
        ("French and Italian frigates held joint exercises in the Ionian Sea this week.", {"FRA", "ITA"}),
    ],
)
def test_joint_patrols_at_sea_are_between_their_parties(code, text, actor):
    events = code(text)
    hit = find(events, "COOPERATE", actor=actor)
    assert hit is not None and {r["code"] for r in hit["recipient"]} == actor, events


def test_sender_of_an_unnamed_convoy(code):
    # "a convoy of trucks, sent by X, delivered ...": the agent of the participle on the subject acts through it
    events = code("A column of trucks, sent by the Red Cross, delivered medicine to villages in southern Lebanon.")
    expect_event(events, "AID", {"IGO"}, {"LBN"})


@pytest.mark.parametrize(
    "text, actor, recipient",
    [
        # a threat with no named target is aimed at the country of the place it would hit
        ("Al-Shabaab warned that it would attack tourist hotels in Kenya.", {"SOM"}, {"KEN"}),
        ("The ELN warned that it would bomb oil pipelines in Venezuela.", {"COL"}, {"VEN"}),
    ],
)
def test_threat_aimed_at_the_place_it_would_hit(code, text, actor, recipient):
    expect_event(code(text), "THREATEN", actor, recipient)


def test_show_of_force_through_a_strait(code):
    # forces sent through a strait named after a party are brought close to it
    expect_event(code("Canada sent a frigate through the Taiwan Strait on Tuesday."), "MOBILIZE", {"CAN"}, {"TWN"})


def test_parties_named_by_the_purpose_of_an_offer(code):
    # "offered to send monitors to supervise a truce between X and Y": the parties of the purpose's object
    events = code("Norway offered to send monitors to supervise a truce between Sri Lanka's government and the "
                  "Tamil Tigers.")
    expect_event(events, "AGREE", {"NOR"}, {"LKA"})


def test_border_neighbour_when_the_parser_took_the_verb_for_a_modifier(code):
    # "Eritrea massed tanks ...", parsed as the noun phrase "massed tanks": the neighbour is still the target
    events = code("Eritrea massed tanks along its frontier with Ethiopia, according to diplomats in Nairobi.")
    expect_event(events, "MOBILIZE", {"ERI"}, {"ETH"})


@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        # the other party of the conflict an act is framed by ("in its war with X"), when nothing else names one
        ("Pakistan accepted a U.S.-brokered cease-fire in its conflict with India.", "AGREE", {"PAK"}, {"IND"}),
        ("Ethiopia agreed to a truce in its border war with Eritrea.", "AGREE", {"ETH"}, {"ERI"}),
    ],
)
def test_partner_of_the_framing_conflict(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)
