"""Acts whose doer the text describes but does not place: kept with CAMEO's unknown-country actor and its sector
("---OPP"), or with no actor when a passive names no doer; a subject that is neither ("forecasters") yields nothing.
Sentences written for these tests."""

from __future__ import annotations

from conftest import find

from eventwire.export.codes import cameo_actor


def _actors(event):
    return [(a["code"], a["sector"]) for a in event["actor"]]


def test_a_doer_of_no_known_country_is_kept_with_its_sector(code):
    hit = find(code("Opposition leaders rejected the proposal on Monday."), "REJECT")
    assert hit is not None and _actors(hit) == [("---", "OPP")]
    assert hit["actor"][0]["entity_text"] == "Opposition leaders"
    hit = find(code("The junta arrested dozens of journalists."), "COERCE")
    assert hit is not None and _actors(hit) == [("---", "MIL")]


def test_a_means_of_violence_as_subject_is_an_attack_by_an_unknown_actor(code):
    hit = find(code("Missiles struck the port overnight."), "ASSAULT")
    assert hit is not None and _actors(hit) == [("---", None)]


def test_an_agentless_passive_is_kept_with_no_actor(code):
    hit = find(code("Two journalists were arrested on Tuesday."), "COERCE")
    assert hit is not None and hit["actor"] == []


def test_a_subject_that_names_no_sector_yields_no_event(code):
    assert code("Forecasters said cooler air should bring temperatures down from Friday.") == []


def test_the_article_country_still_places_a_sector_noun(code):
    hit = find(code("Protests spread across Mali. Opposition leaders rejected the proposal."), "REJECT")
    assert hit is not None and _actors(hit) == [("MLI", "OPP")]


def test_gdelt_writes_the_role_alone_for_an_actor_of_no_known_country():
    actor = cameo_actor({"code": "---", "sector": "OPP", "entity_text": "Opposition leaders",
                         "identifier_text": "Opposition leaders"})
    assert (actor.code, actor.country, actor.type1) == ("OPP", "", "OPP")
