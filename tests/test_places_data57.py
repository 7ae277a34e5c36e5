"""Places: the rows of `geo/data/towns.tsv`, `areas.tsv` and `regions.tsv` reviewed in session 57 (towns, camps and
mines of the Sahel and eastern Senegal; towns, sites and islands of North Africa, the Levant and the Gulf; villages,
parks and mires of Central and Eastern Europe, the Baltic and Finland; ports and parks of Brazil and Paraguay) resolve
to their country and point."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_towns_and_camps_of_the_sahel_and_eastern_senegal(gaz):
    text = ("Mauritania: refugees reached Fassala after crossing from Mali. In Niger, a convoy stopped at Séguédine, "
            "and in Senegal a gold company expanded its pit at Sabodala.")
    places = by_text(text, gaz)
    _near(places["Fassala"], "MR", (15.557, -5.516))
    _near(places["Séguédine"], "NE", (20.19, 12.98))
    _near(places["Sabodala"], "SN", (13.18, -12.11))


def test_sites_towns_and_islands_of_the_middle_east_and_north_africa(gaz):
    text = ("Jordan: visitors to Petra fell by a third. In Saudi Arabia, a festival opened in AlUla, and Kuwait "
            "built chalets at Khiran. Morocco's ruins at Volubilis drew school trips.")
    places = by_text(text, gaz)
    _near(places["Petra"], "JO", (30.3285, 35.4444))
    _near(places["AlUla"], "SA", (26.609, 37.923))
    _near(places["Khiran"], "KW", (28.65, 48.37))
    _near(places["Volubilis"], "MA", (34.074, -5.556))


def test_villages_parks_and_municipalities_of_eastern_europe_and_finland(gaz):
    text = ("Poland: bison were seen in Teremiski. In Latvia, roads in Madona Municipality froze, and in Estonia a "
            "power plant near Kurtna shut. Finland widened trails in Urho Kekkonen National Park.")
    places = by_text(text, gaz)
    _near(places["Teremiski"], "PL", (52.72, 23.82))
    _near(places["Madona Municipality"], "LV", (56.85, 26.30))
    _near(places["Kurtna"], "EE", (59.24, 27.50))
    _near(places["Urho Kekkonen National Park"], "FI", (68.20, 28.20), within=30.0)


def test_ports_and_parks_of_brazil_and_paraguay(gaz):
    text = ("Brazil: a new wind-turbine plant opened at Pecém, in Ceará. Paraguay paved another stretch of road across "
            "the Paraguayan Chaco.")
    places = by_text(text, gaz)
    _near(places["Pecém"], "BR", (-3.545, -38.820))
    _near(places["Paraguayan Chaco"], "PY", (-22.00, -60.20), within=50.0)


def test_petra_before_a_surname_is_a_person(gaz):
    assert "Petra" not in by_text("In Slovenia, the delay angered Petra Kovac, a nurse from Maribor.", gaz)
