"""Places: the towns36d rows of `geo/data/towns.tsv` (towns, villages and crossings of India's flood and unrest zones,
Sri Lanka, South-East Asia, Sichuan and Tibet, Central Asia, Moldova, the Balkans and the Pacific that GeoNames' towns
of 500+ lack) resolve to their country and point, and leave common words and namesakes elsewhere alone."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_wayanad_landslide_villages(gaz):
    places = by_text("Landslides buried homes in Mundakkai and Chooralmala, in Kerala's Wayanad district, and "
                     "survivors were taken to relief camps in Meppadi.", gaz)
    _near(places["Mundakkai"], "IN", (11.47, 76.15))
    _near(places["Chooralmala"], "IN", (11.49, 76.14))
    _near(places["Meppadi"], "IN", (11.56, 76.14))


def test_himalayan_flood_towns(gaz):
    places = by_text("A flash flood in India's Uttarakhand state swept through Dharali, pilgrims on the road to "
                     "Badrinath were stranded, and the army flew food to Chungthang in Sikkim.", gaz)
    _near(places["Dharali"], "IN", (31.04, 78.78))
    _near(places["Badrinath"], "IN", (30.74, 79.49))
    _near(places["Chungthang"], "IN", (27.60, 88.65))


def test_sichuan_quake_towns(gaz):
    places = by_text("The earthquake in China's Sichuan province flattened much of Yingxiu and Beichuan, and "
                     "landslides cut the road from Wenchuan to Luding for days.", gaz)
    _near(places["Yingxiu"], "CN", (31.06, 103.49))
    _near(places["Beichuan"], "CN", (31.83, 104.45))
    _near(places["Wenchuan"], "CN", (31.49, 103.58))
    _near(places["Luding"], "CN", (29.91, 102.23))


def test_news_spellings_of_towns_geonames_spells_otherwise(gaz):
    places = by_text("Soldiers searched forests near Rajouri and Bhaderwah after gunmen fired on a convoy outside "
                     "Akhnoor, police said.", gaz)
    _near(places["Rajouri"], "IN", (33.38, 74.31))
    _near(places["Bhaderwah"], "IN", (32.98, 75.72))
    _near(places["Akhnoor"], "IN", (32.90, 74.73))


def test_towns_with_a_population_resolve_after_a_locative_word(gaz):
    assert by_text("Police fired tear gas in Kattankudy.", gaz)["Kattankudy"].country_code == "LK"
    _near(by_text("A bus fell into a gorge near Reasi.", gaz)["Reasi"], "IN", (33.08, 74.83))
    _near(by_text("Floods cut Nausori off from Suva.", gaz)["Nausori"], "FJ", (-18.03, 178.53))


def test_towns_of_other_countries(gaz):
    places = by_text("Tamil families returned to Mullivaikkal in Sri Lanka for the anniversary.", gaz)
    _near(places["Mullivaikkal"], "LK", (9.30, 80.78))
    places = by_text("Traders from Nepal crossed into Tibet at Zhangmu, China's customs office said.", gaz)
    _near(places["Zhangmu"], "CN", (27.98, 85.98))
    places = by_text("Officials in Grigoriopol, in Moldova's breakaway Transnistria region, said the gas had stopped.",
                     gaz)
    _near(places["Grigoriopol"], "MD", (47.15, 29.30))
    places = by_text("Kosovo police said gunmen had barricaded themselves in a monastery in Banjska.", gaz)
    _near(places["Banjska"], "XK", (42.99, 20.77))


def test_common_words_and_namesakes_elsewhere_unaffected(gaz):
    assert not by_text("A herd of elephants tried to pass the village at dawn.", gaz)
    places = by_text("Police in Lachen, in Switzerland's Schwyz canton, closed the lakeside road after the storm.", gaz)
    assert places["Lachen"].country_code == "CH"  # Sikkim's Lachen left out: Switzerland's keeps the name
    places = by_text("Farmers blocked the highway in Muttur, in India's Tamil Nadu state, over water prices.", gaz)
    assert places["Muttur"].country_code == "IN"  # Sri Lanka's Mutur is a row of its own spelling only
