"""Places, round 66 (session 37, from check sets 134 and 142): a great city named like its first-level region is the
city in news that names nothing else of its country ("bonds rallied in New York"), the region when the text says so;
a name said again is no evidence for itself; Jamaica's parish of St James under its bare name, in Jamaica's news;
the Nile under its bare name, but not in "West Nile" (the virus)."""
from __future__ import annotations

from conftest import all_named

from eventwire.geo import find_places



def test_new_york_in_international_news_is_the_city_each_time(gaz):
    text = ("Argentina's bonds rallied in New York on Monday. Traders in New York said the peso also gained in Buenos "
            "Aires.")
    found = all_named(text, "New York", gaz)
    assert len(found) == 2 and all(p.feature_code.startswith("PPL") for p in found)
    assert all(abs(p.lat - 40.71) < 0.3 for p in found)


def test_new_york_is_the_state_when_the_text_says_so(gaz):
    assert all_named("Three people died in western New York, officials said on Tuesday.", "western New York",
                  gaz)[0].feature_code == "ADM1"
    assert all_named("New York Governor Kathy Hochul declared an emergency on Monday.", "New York",
                  gaz)[0].feature_code == "ADM1"
    assert all_named("Snow closed roads in Buffalo and Rochester, and New York declared an emergency.", "New York",
                  gaz)[0].feature_code == "ADM1"


def test_a_lagos_in_nigerian_news_is_still_the_city(gaz):
    found = all_named("Fuel queues lengthened in Lagos on Monday.", "Lagos", gaz)
    assert found and found[0].feature_code.startswith("PPL") and found[0].country_code == "NG"


def test_st_james_in_news_of_jamaica_is_the_parish(gaz):
    text = ("Police in Montego Bay said killings fell in the parish of St James this year. In St James, residents "
            "said Jamaica's state of emergency had helped.")
    found = all_named(text, "St James", gaz)
    assert len(found) == 2 and all(p.country_code == "JM" and p.feature_code == "ADM1" for p in found)


def test_st_james_elsewhere_is_no_jamaican_parish(gaz):
    text = "Tourists walked from Piccadilly to St James and on to Westminster, London's police said."
    assert all(p.country_code != "JM" for p in find_places(text, gazetteer=gaz))


def test_the_nile_bare_is_the_river_and_west_nile_the_virus(gaz):
    places = find_places("Farmers along the Nile said the canals ran low. West Nile cases rose in Texas.",
                         gazetteer=gaz)
    assert [(p.text, p.feature_code) for p in places if "Nile" in p.text] == [("Nile", "STM")]
    region = find_places("Refugees reached Arua in Uganda's West Nile region.", gazetteer=gaz)
    assert any(p.text.startswith("West Nile") and p.country_code == "UG" for p in region)
