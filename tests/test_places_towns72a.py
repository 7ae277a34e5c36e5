"""Places: the towns72a rows of `geo/data/towns.tsv` (villages, hamlets, ski and island resorts, border crossings, camps
and city quarters of continental Europe, Turkey and the Caucasus that GeoNames' towns of 500+ lack or spell otherwise)
resolve to their country and point, and leave words and namesakes alone."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_italian_quake_avalanche_and_island_villages(gaz):
    places = by_text("Rescuers dug for a third day at Rigopiano, in Abruzzo, where an avalanche flattened the hotel.", gaz)
    _near(places["Rigopiano"], "IT", (42.41, 13.79))
    places = by_text("Aftershocks rattled the villages of Onna and Paganica, near L'Aquila, in Italy.", gaz)
    _near(places["Onna"], "IT", (42.33, 13.48))
    _near(places["Paganica"], "IT", (42.36, 13.47))
    places = by_text("Ferries to Ginostra and Panarea, in Sicily's Aeolian Islands, were cancelled after the eruption.", gaz)
    _near(places["Ginostra"], "IT", (38.78, 15.19))
    _near(places["Panarea"], "IT", (38.64, 15.07))


def test_alpine_villages_and_resorts(gaz):
    places = by_text("The glacier collapse buried most of Blatten and threatened Kippel, in Switzerland's Valais.", gaz)
    _near(places["Blatten"], "CH", (46.42, 7.82))
    _near(places["Kippel"], "CH", (46.40, 7.77))
    places = by_text("Avalanche danger cut the roads to Zürs and Obergurgl, Austria, for two days.", gaz)
    _near(places["Zürs"], "AT", (47.17, 10.17))
    _near(places["Obergurgl"], "AT", (46.87, 11.03))
    places = by_text("Floodwater swept through La Bérarde, in France's Isère department, in June.", gaz)
    _near(places["La Bérarde"], "FR", (44.93, 6.29))


def test_greek_fire_quarter_and_camp_names(gaz):
    places = by_text("Thousands of tourists fled Kiotari and Pefkos, on the Greek island of Rhodes, as the fire spread.", gaz)
    _near(places["Kiotari"], "GR", (36.05, 27.94))
    _near(places["Pefkos"], "GR", (36.06, 28.06))
    places = by_text("Riot police used tear gas on protesters in Exarchia, Athens, late on Saturday.", gaz)
    _near(places["Exarchia"], "GR", (37.986, 23.735))
    places = by_text("Asylum seekers were moved from Nea Kavala, in northern Greece, to the mainland camps.", gaz)
    _near(places["Nea Kavala"], "GR", (40.99, 22.58))


def test_german_coal_flood_and_city_quarters(gaz):
    places = by_text("Police cleared the last activists from Lützerath, in North Rhine-Westphalia, on Sunday.", gaz)
    _near(places["Lützerath"], "DE", (51.07, 6.42))
    places = by_text("The Ahr swept away the bridge at Walporzheim, Germany, and flooded Blessem.", gaz)
    _near(places["Walporzheim"], "DE", (50.54, 7.08))
    places = by_text("Officers arrested two men in Marxloh and Chorweiler, Germany, after the raids.", gaz)
    _near(places["Marxloh"], "DE", (51.50, 6.77))
    _near(places["Chorweiler"], "DE", (51.03, 6.90))


def test_iberian_and_french_places(gaz):
    places = by_text("Lava buried the church in Todoque, on La Palma in Spain's Canary Islands.", gaz)
    _near(places["Todoque"], "ES", (28.62, -17.89))
    places = by_text("A boat carrying 52 migrants was towed into Arguineguín, on Gran Canaria, Spain.", gaz)
    _near(places["Arguineguín"], "ES", (27.76, -15.68))
    places = by_text("Police in Portugal searched scrubland near Praia da Luz again.", gaz)
    _near(places["Praia da Luz"], "PT", (37.09, -8.73))
    places = by_text("Storm Alex cut off Saorge and Casterino, in France's Alpes-Maritimes.", gaz)
    _near(places["Saorge"], "FR", (43.99, 7.55))
    _near(places["Casterino"], "FR", (44.10, 7.51))


def test_eastern_border_villages(gaz):
    places = by_text("Two farm workers died when a missile struck Przewodów, Poland, near the Ukrainian border.", gaz)
    _near(places["Przewodów"], "PL", (50.48, 23.94))
    places = by_text("Drone debris was found near Plauru, Romania, across the Danube from Izmail.", gaz)
    _near(places["Plauru"], "RO", (45.35, 28.83))
    places = by_text("Investigators linked the blast at Vrbětice, in the Czech Republic, to Russian agents.", gaz)
    _near(places["Vrbětice"], "CZ", (49.09, 17.86))


def test_turkish_and_caucasus_places(gaz):
    places = by_text("Police detained dozens of marchers in Taksim and Tarlabaşı, Istanbul, on Labour Day.", gaz)
    _near(places["Taksim"], "TR", (41.037, 28.985))
    _near(places["Tarlabaşı"], "TR", (41.036, 28.978))
    places = by_text("Coast guards rescued migrants off Akyarlar, Turkey, near Bodrum.", gaz)
    _near(places["Akyarlar"], "TR", (36.98, 27.29))
    places = by_text("A landslide buried holidaymakers at Shovi, in Georgia's Racha region.", gaz)
    _near(places["Shovi"], "GE", (42.70, 43.68))


def test_words_and_namesakes_are_left_alone(gaz):
    places = by_text("A sunny beach day drew crowds to the coast near Brighton.", gaz)
    assert all(place.country_code != "BG" for place in places.values())
    places = by_text("The factory in Burgau, Bavaria, will close next year.", gaz)
    assert places["Burgau"].country_code == "DE"
    places = by_text("Residents of Lutzerath, in Rhineland-Palatinate, voted on the wind farm.", gaz)
    _near(places["Lutzerath"], "DE", (50.13, 7.01))
    places = by_text("The typhoon lashed Onna, Okinawa, with heavy rain.", gaz)
    assert places["Onna"].country_code == "JP"
    places = by_text("Voters in Scopello, Piedmont, elected a new mayor.", gaz)
    _near(places["Scopello"], "IT", (45.77, 8.09))
