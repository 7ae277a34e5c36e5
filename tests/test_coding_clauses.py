"""Clause-level constructions of wire copy: inverted conditions, reporting clauses set off inside the reported one,
negated acceptance, finite verbs misparsed after an apposition, declared truces and forces sent to a shared border.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import expect_event


@pytest.mark.parametrize(
    "text, actor, recipient",
    [
        # "Should X ...", "Were X to ...": an inverted condition names the party a threat is aimed at
        ("Should Seoul deploy the missile shield, Beijing will take countermeasures, a Chinese official said.",
         {"CHN"}, {"KOR"}),
        ("Were Israel to strike its nuclear sites, Iran would retaliate.", {"IRN"}, {"ISR"}),
    ],
)
def test_inverted_condition_aims_a_threat(code, text, actor, recipient):
    expect_event(code(text), "THREATEN", actor, recipient)


@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        # "X, the ministry said on Tuesday, is ready to ...": X is the subject of the reported clause
        ("Ethiopia, the foreign ministry said on Tuesday, is ready to resume talks with Egypt.", "AGREE", {"ETH"}, {"EGY"}),
        ("Kenya's government, the spokesman said on Friday, is ready to hold talks with Somalia.", "AGREE",
         {"KEN"}, {"SOM"}),
    ],
)
def test_reporting_clause_set_off_inside_the_report(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)


@pytest.mark.parametrize(
    "text, actor, recipient",
    [
        ("Hamas did not accept the Egyptian proposal for a truce.", {"PSE"}, {"EGY"}),
        ("Tehran has not agreed to the French plan, diplomats said.", {"IRN"}, {"FRA"}),
    ],
)
def test_negated_acceptance_is_a_refusal(code, text, actor, recipient):
    expect_event(code(text), "REJECT", actor, recipient)


def test_modal_opening_a_condition_is_no_demand(code):
    events = code("Should Minsk allow Russian missiles on its soil, Warsaw will deploy more troops, the Polish minister said.")
    assert not any(e["event"] == "REQUEST" for e in events), events


def test_finite_verb_after_an_apposition_acts_on_its_object(code):
    # the parser hung "called" on "minister" as a modifier: the minister calls, the call is on France
    text = "The Malian foreign minister, Abdoulaye Diop, called on France to withdraw its troops."
    expect_event(code(text), "REQUEST", {"MLI"}, {"FRA"})


def test_announced_truce_is_declared(code):
    expect_event(code("The Taliban announced a three-day ceasefire for the Eid holiday."), "RETREAT", {"AFG"}, set())


@pytest.mark.parametrize(
    "text, actor, recipient",
    [
        ("Armenia sent tanks and artillery to the frontier with Azerbaijan.", {"ARM"}, {"AZE"}),
        ("Venezuela sent tanks to the border with Colombia.", {"VEN"}, {"COL"}),
    ],
)
def test_weapons_sent_to_a_shared_border_are_a_deployment(code, text, actor, recipient):
    expect_event(code(text), "MOBILIZE", actor, recipient)


@pytest.mark.parametrize(
    "text, actor",
    [
        # an attack noun naming the kind of readiness is no attack; a degree word leads to the light verb's subject
        ("Azerbaijan put its army on the highest level of combat readiness on Friday.", {"AZE"}),
        ("Greece placed its navy on a higher state of combat readiness.", {"GRC"}),
    ],
)
def test_combat_readiness_is_a_show_of_force_not_an_attack(code, text, actor):
    events = code(text)
    expect_event(events, "MOBILIZE", actor, set())
    assert not any(e["event"] == "ASSAULT" for e in events), events


@pytest.mark.parametrize(
    "text, parties",
    [
        # the parser joins the speakers to the opening phrase; "they" in the report is still the speakers
        ("After talks in Doha, Iran and Saudi Arabia said they would restore ties.", {"IRN", "SAU"}),
        ("In a communique released in Moscow, Armenia and Azerbaijan said they would resume peace talks.", {"ARM", "AZE"}),
    ],
)
def test_pronoun_of_stranded_speakers(code, text, parties):
    expect_event(code(text), "AGREE", parties, parties)


@pytest.mark.parametrize(
    "text, parties",
    [
        # "their" on the object is the subject; "joint" may hang on the drills' compound ("joint military drills")
        ("Despite objections from Beijing, Japan and the Philippines began their joint naval exercises.", {"JPN", "PHL"}),
        ("Egypt and Sudan started their first joint military drills on Saturday.", {"EGY", "SDN"}),
    ],
)
def test_their_joint_drills_are_the_subjects_cooperation(code, text, parties):
    expect_event(code(text), "COOPERATE", parties, set())


def test_gerund_fighting_between_parties(code):
    # "Fighting" parsed as a verb with no subject: the parties of its "between" phrase fight each other
    text = "Fighting between Ethiopian and Eritrean troops near Badme left hundreds dead, officials said."
    expect_event(code(text), "ASSAULT", {"ETH", "ERI"}, {"ETH", "ERI"})


@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        # an object unknown by itself is placed by the role it is given ("as Libya's government")
        ("France recognised the rebel council as Libya's legitimate government.", "SUPPORT", {"FRA"}, {"LBY"}),
        ("The European Union endorsed the opposition alliance as the sole representative of the Syrian people.",
         "SUPPORT", {"IGO"}, {"SYR"}),
    ],
)
def test_object_placed_by_its_as_role(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)


@pytest.mark.parametrize(
    "text, actor, recipient",
    [
        # an unnamed response made conditional on another party's act is a threat aimed at that party
        ("Unless the junta in Bamako is replaced by March, ECOWAS will take further measures, the bloc said.",
         {"IGO"}, {"MLI"}),
        ("Beijing will respond resolutely if Manila continues its provocations, a Chinese spokesman said.",
         {"CHN"}, {"PHL"}),
    ],
)
def test_conditional_response_is_a_threat(code, text, actor, recipient):
    expect_event(code(text), "THREATEN", actor, recipient)


def test_unconditional_measures_are_no_threat(code):
    events = code("The Kenyan government took measures to curb inflation.")
    assert not any(e["event"] == "THREATEN" for e in events), events


@pytest.mark.parametrize(
    "text, actor, recipient",
    [
        # monarchs' titles are state offices
        ("The Iranian shah visited Washington in 1977.", {"IRN"}, {"USA"}),
        ("Japan's emperor visited Thailand in 2017.", {"JPN"}, {"THA"}),
    ],
)
def test_monarchs_are_state_actors(code, text, actor, recipient):
    expect_event(code(text), "CONSULT", actor, recipient)


@pytest.mark.parametrize(
    "text, event, actor",
    [
        # relatives and families of victims are civilians of the place they act in
        ("Families of the kidnapped schoolgirls marched in Abuja on Monday.", "PROTEST", {"NGA"}),
        ("Relatives of the drowned migrants in Tunis urged the government to search for the missing.", "REQUEST", {"TUN"}),
    ],
)
def test_relatives_are_civilians(code, text, event, actor):
    expect_event(code(text), event, actor, set())


@pytest.mark.parametrize(
    "text, home",
    [
        # a truce declared by rebels alone is with their own state
        ("Tamil Tiger rebels declared a unilateral ceasefire.", "LKA"),
        ("Kurdish militants in Turkey announced a unilateral truce.", "TUR"),
    ],
)
def test_rebel_truce_is_with_their_state(code, text, home):
    expect_event(code(text), "RETREAT", {home}, {home})


@pytest.mark.parametrize(
    "text, subject",
    [
        # violence or attacks in a phrase of cause are someone else's, not the reacting subject's
        ("Kenya sent troops to the border after weeks of militia violence in Somalia.", "KEN"),
        ("Peru declared a state of emergency following attacks on police posts in the Andes.", "PER"),
    ],
)
def test_violence_in_a_phrase_of_cause_is_not_the_subjects(code, text, subject):
    events = code(text)
    assert not any(e["event"] == "ASSAULT" and subject in {a["code"] for a in e["actor"]} for e in events), events


@pytest.mark.parametrize(
    "text, home",
    [
        # a government that faces protests is their target, not a state lodging a diplomatic protest
        ("Iran's government faced mass protests over fuel prices.", "IRN"),
        ("Facing weeks of street protests, Serbia's president called early elections.", "SRB"),
    ],
)
def test_faced_protests_are_the_peoples(code, text, home):
    events = code(text)
    expect_event(events, "PROTEST", {home}, {home})
    assert not any(e["event"] == "ACCUSE" for e in events), events


@pytest.mark.parametrize(
    "text, actor, recipient",
    [
        # craft carrying relief that land, dock or arrive deliver aid to the place they reach (not a visit)
        ("A Saudi ship carrying food and medicine arrived in Aden.", {"SAU"}, {"YEM"}),
        ("A Jordanian plane carrying tents and blankets landed in Benghazi on Sunday.", {"JOR"}, {"LBY"}),
    ],
)
def test_arriving_relief_is_aid(code, text, actor, recipient):
    expect_event(code(text), "AID", actor, recipient)


@pytest.mark.parametrize(
    "text, actor",
    [
        # the parser rooted the sentence in its subject and hung the verb on the object, an apposition of the subject
        ("Nigerian police, using tear gas, dispersed crowds of opposition supporters in Lagos.", {"NGA"}),
    ],
)
def test_verb_parsed_inside_an_apposition(code, text, actor):
    events = code(text)
    assert any(e["event"] == "ASSAULT" and e["event_text"].startswith("dispersed")
               and {a["code"] for a in e["actor"]} == actor for e in events), events


@pytest.mark.parametrize(
    "text, recipient",
    [
        # "opposed to X" misparsed as the main verb, the real verb as its complement: a stance, then the act
        ("Students opposed to a security pact with Washington occupied Manila's city hall for two days.", {"PHL"}),
        ("Workers opposed to a merger with a Chinese firm occupied the steel plant in Taranto.", {"ITA"}),
    ],
)
def test_stance_misparsed_as_main_verb(code, text, recipient):
    events = code(text)
    expect_event(events, "PROTEST", set(), recipient)
    assert not any(e["event"] in ("ACCUSE", "REJECT") for e in events), events


@pytest.mark.parametrize(
    "text, kind",
    [
        # an attack or patrol noun naming a kind of craft is no event
        ("Japan handed ten patrol boats to Vietnam's coast guard.", "MOBILIZE"),
        ("Australia donated two patrol boats to Timor-Leste.", "MOBILIZE"),
    ],
)
def test_craft_kinds_are_no_events(code, text, kind):
    events = code(text)
    assert not any(e["event"] == kind for e in events), events
