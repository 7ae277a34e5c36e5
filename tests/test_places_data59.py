"""Places: the rows of `geo/data/towns.tsv` and `areas.tsv` reviewed in session 59 (quarters, villages, islands,
lakes and rivers of Spain, Portugal and Italy; villages and quarters of Pakistan, India's border states, Bangladesh,
Nepal and Sri Lanka; township seats, quarters, camps, airports and regencies of South-East Asia; and towns named by
the read sets' missing names, from Dhofar to Laos, Bolivia's mission towns and Manitoba) resolve to their country and
point."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_quarters_islands_and_lakes_of_iberia_and_italy(gaz):
    text = ("Spain: police searched flats in Bellvitge, on the edge of Barcelona, while ferries to Tenerife were "
            "cancelled.")
    places = by_text(text, gaz)
    _near(places["Bellvitge"], "ES", (41.351, 2.112))
    _near(places["Tenerife"], "ES", (28.269, -16.606))
    text = "Italy: divers searched Lake Suviana after the blast, and firemen tackled a blaze on Monte Serra, near Pisa."
    places = by_text(text, gaz)
    _near(places["Lake Suviana"], "IT", (44.125, 11.05))
    _near(places["Monte Serra"], "IT", (43.75, 10.55))


def test_villages_and_quarters_of_south_asia(gaz):
    text = ("Pakistan: troops cleared Angoor Adda, near Wana, and India said shelling hit Teetwal, in Kupwara. "
            "In Bangladesh, a fire swept Armanitola, in Dhaka, on Monday.")
    places = by_text(text, gaz)
    _near(places["Angoor Adda"], "PK", (32.516, 69.283))
    _near(places["Teetwal"], "IN", (34.39, 73.77))
    _near(places["Armanitola"], "BD", (23.713, 90.402))


def test_township_seats_camps_and_regencies_of_south_east_asia(gaz):
    text = ("Myanmar: the army shelled Hpasawng and Shadaw, in Kayah state, and refugees crossed to Umpiem Mai, in "
            "Thailand. In Indonesia, floods hit Agam, in West Sumatra.")
    places = by_text(text, gaz)
    _near(places["Hpasawng"], "MM", (18.833, 97.267))
    _near(places["Umpiem Mai"], "TH", (16.424, 99.004))
    _near(places["Agam"], "ID", (-0.325, 100.065))


def test_towns_of_the_named_misses_where_the_article_names_their_region(gaz):
    text = ("Oman: tourists filled Salalah, Mirbat and Sadah as the monsoon greened the Dhofar hills.")
    _near(by_text(text, gaz)["Sadah"], "OM", (17.05, 55.067))  # not Yemen's Sa'dah
    text = "Laos: the new railway's freight depot at Thanaleng, outside Vientiane, opened on Monday."
    _near(by_text(text, gaz)["Thanaleng"], "LA", (17.9, 102.72))
    text = ("Bolivia: the Chiquitos mission churches of San Miguel, San Rafael and San Ignacio de Velasco drew "
            "visitors from Santa Cruz.")
    places = by_text(text, gaz)
    _near(places["San Rafael"], "BO", (-16.78, -60.68))
    _near(places["San Miguel"], "BO", (-16.7, -60.97))


def test_quarters_and_dams_of_india(gaz):
    text = "India: water from the Ujani Dam reached Pandharpur, and police raided a warehouse in Varachha, in Surat."
    places = by_text(text, gaz)
    _near(places["Ujani Dam"], "IN", (18.074, 75.12))
    _near(places["Varachha"], "IN", (21.21, 72.868))


def test_townships_and_airports_of_southern_africa(gaz):
    text = ("Zimbabwe: burst pipes flooded Famona, in Bulawayo, and flights to Robert Gabriel Mugabe International "
            "Airport were delayed.")
    places = by_text(text, gaz)
    _near(places["Famona"], "ZW", (-20.17, 28.595))
    _near(places["Robert Gabriel Mugabe International Airport"], "ZW", (-17.932, 31.093))


def test_quarters_of_eastern_europe_and_west_africa(gaz):
    text = ("Ukraine: drones struck Pavlove Pole, in Kharkiv, overnight. In Mali, floods drove families from "
            "Sabalibougou, in Bamako.")
    places = by_text(text, gaz)
    _near(places["Pavlove Pole"], "UA", (50.035, 36.23))
    _near(places["Sabalibougou"], "ML", (12.59, -7.975))
