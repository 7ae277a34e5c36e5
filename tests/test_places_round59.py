"""Places, round 59 (from check sets 35, 55 and 129): a demonym before a plural kind of place ('the Argentine cities
of X and Y'); a known town named for a crossing ('through the X crossing', 'the X bridge'); Chile's Ñuble region,
the Korean "East Sea" and Chile's Portillo; a country named in a list of rivers ('the Paraguay and Parana
rivers'); a lake named again bare ('Lake Poopó ... Poopó')."""
from __future__ import annotations

from eventwire.geo import find_places

from conftest import by_text


def test_a_demonym_before_a_plural_kind_of_place(gaz):
    text = ("A strong quake rattled northern Chile on Sunday, and it was felt as far as the Argentine cities of "
            "San Juan and Salta.")
    places = by_text(text, gaz)
    assert places["San Juan"].country_code == "AR" and places["Salta"].country_code == "AR"
    # Without the demonym, a story about Chile keeps the bigger namesake abroad for a bare "San Juan".
    assert by_text("A strong quake rattled northern Chile. Officials in San Juan said",
                   gaz)["San Juan"].country_code != "AR"


def test_a_known_town_named_for_a_crossing(gaz):
    text = ("Israel reopened the Kerem Shalom crossing for fuel on Tuesday. In Colombia, migrants queued for the "
            "Rumichaca bridge.")
    places = by_text(text, gaz)
    assert places["Kerem Shalom"].country_code == "IL" and places["Rumichaca"].country_code == "CO"
    # A capitalised kind word makes a longer name, and a small namesake without "the" before it stays out.
    assert "Rumichaca" not in by_text("Colombia said Rumichaca crossing numbers fell.", gaz)


def test_chiles_nuble_region_and_the_korean_east_sea(gaz):
    places = by_text("Wildfires spread in Chile's Ñuble region, and North Korea fired a missile into the East Sea.",
                     gaz)
    assert places["Ñuble region"].country_code == "CL" and places["Ñuble region"].feature_code == "ADM1"
    assert places["East Sea"].name == "Sea of Japan"


def test_a_chilean_ski_resort_over_a_spanish_village(gaz):
    places = by_text("Snow closed the road to Argentina, and guests at Portillo in Chile were told to stay indoors.",
                     gaz)
    assert places["Portillo"].country_code == "CL"


def test_a_country_named_in_a_list_of_rivers_is_the_river(gaz):
    text = "Low water stranded barges on the Paraguay and Parana rivers this month, shippers in Asuncion said."
    river = by_text(text, gaz)["Paraguay"]
    assert river.feature_code == "STM" and river.name == "Paraguay River"
    # Named alone, the country stays the country.
    assert by_text("Low water stranded barges in Paraguay.", gaz)["Paraguay"].feature_code == "PCLI"


def test_a_lake_named_again_by_its_bare_name(gaz):
    text = ("Herders in Bolivia say Lake Poopó has shrunk again. Poopó, fed by the Desaguadero, was once "
            "full of fish.")
    lakes = [p for p in find_places(text, gazetteer=gaz) if p.text == "Poopó"]
    assert len(lakes) == 1 and lakes[0].feature_code == "LK"
    # A person sharing the lake's name is not the lake.
    assert "Victoria" not in by_text("Fishing fell on Lake Victoria. Victoria Mensah, a trader, agreed.", gaz)
