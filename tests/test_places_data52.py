"""Places: the session-52 rows of `geo/data/towns.tsv`, `areas.tsv` and `regions.tsv` (villages and news spellings of
towns in the Balkans, Mexico, Central America, East Africa and the Horn; their rivers and lakes; Mexico's Hidalgo
State under its bare name) resolve to their country and point."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_news_spellings_of_balkan_towns(gaz):
    places = by_text("Bosnia and Albania: pilgrims crowded into Medjugorje, and hotels in Himara were full.", gaz)
    _near(places["Medjugorje"], "BA", (43.20, 17.68))
    _near(places["Himara"], "AL", (40.10, 19.74))


def test_news_spellings_of_central_american_and_mexican_towns(gaz):
    text = "Mexico: miners at Nacozari walked out, and in El Salvador tourists filled the cafes of Ataco."
    places = by_text(text, gaz)
    _near(places["Nacozari"], "MX", (30.375, -109.688))
    _near(places["Ataco"], "SV", (13.870, -89.849))


def test_news_spellings_of_towns_of_the_horn(gaz):
    places = by_text("Somalia: floods reached Beletweyne, and the port of Bossaso reopened. In Ethiopia, Woldiya "
                     "was quiet.", gaz)
    _near(places["Beletweyne"], "SO", (4.74, 45.20))
    _near(places["Bossaso"], "SO", (11.28, 49.18))
    _near(places["Woldiya"], "ET", (11.83, 39.59))


def test_rivers_and_lakes_of_east_africa(gaz):
    places = by_text("Kenya: herders watered cattle in the Kerio River, and in Ethiopia Lake Chew Bahir dried up.", gaz)
    _near(places["Kerio River"], "KE", (2.98, 36.10))
    _near(places["Lake Chew Bahir"], "ET", (4.67, 36.83))


def test_hidalgo_bare_is_the_mexican_state(gaz):
    place = by_text("Rains swept Veracruz on Friday, and rivers overflowed in Puebla, Hidalgo and Querétaro.",
                    gaz)["Hidalgo"]
    assert (place.country_code, place.feature_code) == ("MX", "ADM1")
