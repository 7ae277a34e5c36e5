"""Actors and recipients, round 14: who gave what to whom when the syntax turns the roles round. Backing won from
someone, goods received from someone, agentless passives of removal, things marked with a nation as agents, acts framed
by an attack on a place, complaints about a party, and charges brought at home. Sentences written for these tests (not
from any gold set)."""

from __future__ import annotations

import pytest

from conftest import expect_event


# -- the giver of what is won or received is the actor --------------------------------------------------------------
@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("Ghana's opposition leader secured the support of the United States for a recount.", "SUPPORT", {"USA"}, {"GHA"}),
        ("The Philippines received the backing of Japan in its maritime dispute.", "SUPPORT", {"JPN"}, {"PHL"}),
        ("Finland's application won the backing of the Turkish parliament in March.", "SUPPORT", {"TUR"}, {"FIN"}),
        ("Ukraine received 31 Abrams tanks from the United States.", "AID", {"USA"}, {"UKR"}),
        ("Pakistan received 50,000 tonnes of wheat from Russia last month.", "AID", {"RUS"}, {"PAK"}),
    ],
)
def test_what_is_won_or_received_comes_from_the_actor(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)


# -- agentless passives: the state removed from, the nation marked on the agent, the owner of what is moved ----------
@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("Three American diplomats were expelled from Moscow on Friday.", "SANCTION", {"RUS"}, {"USA"}),
        ("A British reporter was deported from Zimbabwe last week.", "COERCE", {"ZWE"}, {"GBR"}),
        ("Mali was suspended from the African Union after the coup.", "SANCTION", {"IGO"}, {"MLI"}),
        ("A suspected arms dealer was extradited from Thailand to the United States.", "COOPERATE", {"THA"}, {"USA"}),
        ("Three Syrian soldiers were wounded by Israeli shelling near Quneitra.", "ASSAULT", {"ISR"}, {"SYR"}),
        ("Four Afghan policemen were killed by Pakistani fire near the border post.", "ASSAULT", {"PAK"}, {"AFG"}),
        ("Medical supplies from Qatar were flown to Gaza on Monday.", "AID", {"QAT"}, {"PSE"}),
    ],
)
def test_agentless_passives_name_their_actor_indirectly(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)


# -- recipients named through an event noun or a complaint ------------------------------------------------------------
@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("Rebels killed a dozen people in a raid on a Kenyan border town.", "ASSAULT", set(), {"KEN"}),
        ("Brazil complained to the World Trade Organization about American cotton subsidies.", "ACCUSE", {"BRA"}, {"USA"}),
        ("Japan lodged a complaint with the United Nations about North Korea's missile launches.", "ACCUSE", {"JPN"}, {"PRK"}),
        ("Greece complained about Turkish violations of its airspace.", "ACCUSE", {"GRC"}, {"TUR"}),
        ("Human Rights Watch criticised the deportation of Afghan refugees from Iran.", "ACCUSE", {"NGO"}, {"IRN"}),
        ("Mali protested against its suspension from the African Union.", "ACCUSE", {"MLI"}, {"IGO"}),
    ],
)
def test_recipients_behind_event_nouns_and_complaints(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)


def test_a_complaint_to_a_forum_does_not_accuse_the_forum(code):
    events = code("Brazil complained to the World Trade Organization about American cotton subsidies.")
    accused = {r["code"] for e in events if e["event"] == "ACCUSE" for r in e["recipient"]}
    assert "IGO" not in accused


# -- domestic charges and "the two sides" -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("Prosecutors in Seoul indicted a former defence minister on Monday.", "ACCUSE", {"KOR"}, {"KOR"}),
        ("Kenyan police charged two journalists with incitement.", "ACCUSE", {"KEN"}, {"KEN"}),
        ("Israeli and Palestinian officials held talks in Cairo, and the two sides agreed to meet again.",
         "AGREE", {"ISR", "PSE"}, set()),
    ],
)
def test_charges_at_home_and_the_two_sides(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)


def test_the_meeting_place_is_not_one_of_the_two_sides(code):
    events = code("Israeli and Palestinian officials held talks in Cairo, and the two sides agreed to meet again.")
    agree = [e for e in events if e["event"] == "AGREE"]
    assert agree and all(a["code"] != "EGY" for e in agree for a in e["actor"])


# -- a pledge aimed at a place: the country it is to happen in, not the actor's own forces ----------------------------
@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("Britain promised to keep 900 troops in Estonia.", "AGREE", {"GBR"}, {"EST"}),
        ("Germany pledged to build a hospital in Mosul.", "AGREE", {"DEU"}, {"IRQ"}),
    ],
)
def test_a_pledge_is_aimed_at_where_it_is_to_happen(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)


def test_a_named_partner_keeps_the_pledge_at_home(code):
    events = code("Colombia's ELN rebels agreed to hold peace talks with the Colombian government in the Venezuelan city of Caracas.")
    expect_event(events, "AGREE", {"COL"}, {"COL"})


# -- present-tense headlines whose subject the parser hung on the verb ------------------------------------------------
@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("Kenya appeals for food aid as drought bites", "REQUEST", {"KEN"}, set()),
        ("Sudan appeals to UN for more peacekeepers", "REQUEST", {"SDN"}, {"IGO"}),
    ],
)
def test_headline_subjects_parsed_as_modifiers(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)


# -- an agentless passive of lifting a measure: the measure's owner lifted it -----------------------------------------
@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("Washington's embargo on Cuba was eased in 2015.", "RETREAT", {"USA"}, {"CUB"}),
        ("Moscow's ban on Georgian wine was lifted in 2013.", "RETREAT", {"RUS"}, {"GEO"}),
    ],
)
def test_a_lifted_measure_was_lifted_by_its_owner(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)


# -- destinations the parser hung elsewhere, and two sides brawling ---------------------------------------------------
@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("Kenyan police handed the suspect over to Ugandan authorities.", "COOPERATE", {"KEN"}, {"UGA"}),
        ("Spain turned the ETA suspect over to France on Monday.", "COOPERATE", {"ESP"}, {"FRA"}),
        ("Japan dispatched two planes loaded with drinking water and medicines to Tonga after the eruption.", "AID", {"JPN"}, {"TON"}),
        ("Greek and Turkish fans brawled with sticks in the stadium.", "ASSAULT", {"GRC", "TUR"}, {"GRC", "TUR"}),
    ],
)
def test_destinations_and_two_sided_fights(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)


def test_an_intent_nouns_clause_names_the_target(code):
    expect_event(code("Turkey expressed its willingness to mediate between Russia and Ukraine."), "AGREE", {"TUR"}, {"RUS", "UKR"})
    expect_event(code("Serbia's president signalled his readiness to meet Kosovo's leaders in Brussels."), "AGREE", {"SRB"}, {"XKX"})


def test_an_attack_aimed_at_a_site_targets_the_country_it_is_in(code):
    events = code("An Iranian missile slammed into a hospital in Beersheba on Thursday, wounding dozens of people.")
    expect_event(events, "ASSAULT", {"IRN"}, {"ISR"})


def test_an_unnamed_attacker_acts_where_the_attacked_site_is(code):
    events = code("The French consulate in Karachi was attacked by a man armed with a pistol.")
    expect_event(events, "ASSAULT", {"PAK"}, {"FRA"})


# -- an agentless passive of a state's act, reported by that state's own body ----------------------------------------
@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("Two Russian diplomats were declared persona non grata, the Norwegian foreign ministry said.",
         "SANCTION", {"NOR"}, {"RUS"}),
        ("Extra troops were sent to the border with Venezuela, Colombia's defence ministry said.",
         "MOBILIZE", {"COL"}, {"VEN"}),
    ],
)
def test_the_reporting_state_did_what_its_passive_reports(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)


def test_neither_a_non_state_reporter_nor_the_evacuated_are_the_actor(code):
    assert not any(e["event"] == "COERCE" and any(a["code"] == "NGO" for a in e["actor"])
                   for e in code("Twelve activists were detained in Cairo, Amnesty International said."))
    assert not any(e["event"] == "AID" and any(a["sector"] == "REF" for a in e["actor"])
                   for e in code("Refugees were evacuated from Aleppo to Idlib."))
