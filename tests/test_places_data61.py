"""Places: the rows of `geo/data/towns.tsv` and `areas.tsv` reviewed in session 61 (quarters, corregimientos, airports
and parks of the Andes and Venezuela, Bolivia's Concepción; villages, quarters, crossings, airports and air bases of
Russia, Belarus, the Baltics and Finland; cities, districts, airports and bases of the Koreas and Japan, and towns of
the Philippines; reservations, reserves, parks, lakes and islands of the United States, Canada, Australia and New
Zealand; Labrador; towns, quarters, villages and airports of North Africa, Arabia, Israel and the West Bank; news
spellings of Indian towns, and Indian hills) resolve to their country and point."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_quarters_airports_and_towns_of_the_andes(gaz):
    text = ("Colombia: police patrolled Guayabal, in Medellín, and flights at Matecaña International Airport were "
            "delayed. In Bolivia, farmers marched in Concepción de Chiquitos, in Santa Cruz, and in Peru floods hit "
            "Comas, in Lima.")
    places = by_text(text, gaz)
    _near(places["Guayabal"], "CO", (6.213, -75.588))
    _near(places["Matecaña International Airport"], "CO", (4.813, -75.74))
    _near(places["Concepción de Chiquitos"], "BO", (-16.13, -62.03))
    _near(places["Comas"], "PE", (-11.937, -77.05))


def test_villages_crossings_and_air_bases_of_russia_and_its_neighbours(gaz):
    text = ("Russia: shelling hit Martynovka, near Sudzha, and drones struck the Shaykovka air base. Lorries queued "
            "at Torfyanovka, near Vyborg, and in Lithuania at Raigardas, near Druskininkai.")
    places = by_text(text, gaz)
    _near(places["Martynovka"], "RU", (51.239, 35.366))
    _near(places["Shaykovka"], "RU", (54.226, 34.372))
    _near(places["Torfyanovka"], "RU", (60.6, 27.8))
    _near(places["Raigardas"], "LT", (53.97, 24.0))


def test_cities_districts_and_bases_of_the_koreas_japan_and_the_philippines(gaz):
    text = ("South Korea: chip plants in Yongin and a fire in Mapo, in Seoul, were in the news, as were drills at "
            "Osan Air Base. North Korea reported floods in Kimchaek. In Japan, snow fell on Rokkasho, in Aomori, and "
            "in the Philippines a typhoon hit Dinapigue, in Isabela.")
    places = by_text(text, gaz)
    _near(places["Yongin"], "KR", (37.241, 127.178))
    _near(places["Mapo"], "KR", (37.566, 126.901))
    _near(places["Osan Air Base"], "KR", (37.09, 127.03))
    _near(places["Kimchaek"], "KP", (40.667, 129.201))
    _near(places["Rokkasho"], "JP", (40.967, 141.374))
    _near(places["Dinapigue"], "PH", (16.525, 122.264))


def test_reservations_reserves_parks_and_islands_of_north_america_and_oceania(gaz):
    text = ("United States: the Navajo Nation opened two clinics, and snow closed roads on the Pine Ridge Indian "
            "Reservation. In Canada, boil-water orders were lifted in Six Nations of the Grand River and ferries to "
            "Bell Island, Newfoundland, were cancelled near the Quebec-Labrador border. In Australia, fire crews "
            "worked in Mungo National Park.")
    places = by_text(text, gaz)
    _near(places["Navajo Nation"], "US", (36.185, -109.573))
    _near(places["Pine Ridge Indian Reservation"], "US", (43.33, -102.2))
    _near(places["Six Nations of the Grand River"], "CA", (43.066, -80.116))
    _near(places["Bell Island"], "CA", (47.63, -52.97))
    _near(places["Labrador"], "CA", (54.0, -62.0))
    _near(places["Mungo National Park"], "AU", (-33.7, 143.0))


def test_towns_quarters_and_airports_of_north_africa_arabia_and_the_levant(gaz):
    text = ("Saudi Arabia: rain flooded streets in Hafr al-Batin. In Bahrain, police raided homes in Bilad al-Qadeem, "
            "in Manama; in the West Bank, settlers attacked Beit Liqya, near Ramallah; flights at Hamad International "
            "Airport, in Qatar, were delayed.")
    places = by_text(text, gaz)
    _near(places["Hafr al-Batin"], "SA", (28.433, 45.971))
    _near(places["Bilad al-Qadeem"], "BH", (26.21, 50.56))
    _near(places["Beit Liqya"], "PS", (31.87, 35.065))
    _near(places["Hamad International Airport"], "QA", (25.273, 51.608))


def test_news_spellings_of_indian_towns(gaz):
    text = ("India: trains were held at Mughalsarai, in Uttar Pradesh, and miners marched in Kolar Gold Fields, in "
            "Karnataka, while pilgrims climbed Girnar, in Gujarat.")
    places = by_text(text, gaz)
    _near(places["Mughalsarai"], "IN", (25.283, 83.12))
    _near(places["Kolar Gold Fields"], "IN", (12.956, 78.275))
    _near(places["Girnar"], "IN", (21.495, 70.506))
