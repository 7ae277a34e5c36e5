"""Places: the rows of `geo/data/towns.tsv`, `areas.tsv` and `regions.tsv` reviewed in session 56 (towns, camps and
volcanoes of the Horn and South Sudan; provinces of Peru and Bolivia and municipalities of Venezuela; villages and
municipalities of Mexico, Central America and the Caribbean; places read sets lacked; South Sudan's Unity and Lakes
states) resolve to their country and point."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_towns_and_features_of_the_horn_and_south_sudan(gaz):
    text = ("South Sudan: aid reached Turalei and Pochala. In Ethiopia, tremors shook Mount Ayelu, and in Kenya herders "
            "moved cattle to the Lorian Swamp. Sudan's farmers on the Gezira Scheme planted late.")
    places = by_text(text, gaz)
    _near(places["Turalei"], "SS", (9.10, 28.43))
    _near(places["Pochala"], "SS", (7.17, 34.10))
    _near(places["Mount Ayelu"], "ET", (10.08, 40.70))
    _near(places["Lorian Swamp"], "KE", (0.80, 39.60))
    _near(places["Gezira Scheme"], "SD", (14.30, 33.10))


def test_provinces_and_municipalities_of_the_andes(gaz):
    text = ("Peru: floods hit Maynas Province, around Iquitos. In Bolivia, miners blocked roads in Larecaja Province, "
            "and Venezuela sent troops to Sifontes Municipality, in Bolívar state.")
    places = by_text(text, gaz)
    _near(places["Maynas Province"], "PE", (-3.75, -73.25))
    _near(places["Larecaja Province"], "BO", (-15.77, -68.65))
    _near(places["Sifontes Municipality"], "VE", (7.3, -61.5))


def test_villages_of_mexico_central_america_and_haiti(gaz):
    text = ("Mexico: soldiers patrolled Pómaro, in Michoacán, and the Coahuayana River rose. In Nicaragua, a clinic "
            "opened in Bilwaskarma, near Waspán, and in Haiti families fled Zoranje, outside Port-au-Prince.")
    places = by_text(text, gaz)
    _near(places["Pómaro"], "MX", (18.33, -103.31))
    _near(places["Coahuayana River"], "MX", (18.66, -103.74))
    _near(places["Bilwaskarma"], "NI", (14.77, -83.89))
    _near(places["Zoranje"], "HT", (18.60, -72.28))


def test_places_read_sets_lacked_this_session(gaz):
    text = ("Egypt: tourists visited Mit Rahina, near Giza. In Somalia, displaced families reached Matabaan, and in "
            "South Africa floods hit Ngangelizwe, in Mthatha. Portugal: fire crews saved Côja, in Arganil.")
    places = by_text(text, gaz)
    _near(places["Mit Rahina"], "EG", (29.85, 31.25))
    _near(places["Matabaan"], "SO", (5.21, 45.53))
    _near(places["Ngangelizwe"], "ZA", (-31.60, 28.77))
    _near(places["Côja"], "PT", (40.27, -7.99))
