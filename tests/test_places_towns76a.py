"""Places: the towns76a rows of `geo/data/towns.tsv` (city quarters, suburbs, settlements, villages and crossings of the
Middle East, Africa and Central Asia) resolve to their country and point, and leave people's names, words and the
cities they are quarters of alone."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_gulf_quarters_and_towns(gaz):
    places = by_text("A fire at a workers' housing block in Mahboula spread quickly, and the flooding in Jleeb "
                     "al-Shuyoukh closed two schools, Kuwait's civil defence said.", gaz)
    _near(places["Mahboula"], "KW", (29.15, 48.12))
    _near(places["Jleeb al-Shuyoukh"], "KW", (29.27, 47.94))
    places = by_text("Bahraini police dispersed protesters in Diraz and Karzakan after the Friday sermon.", gaz)
    _near(places["Diraz"], "BH", (26.22, 50.47))
    _near(places["Karzakan"], "BH", (26.12, 50.48))


def test_oman_dubai_and_dhofar(gaz):
    places = by_text("Gunmen opened fire on worshippers at a mosque in Wadi Kabir, and days later heavy rain "
                     "flooded the roads of Al Amerat, Oman's police said.", gaz)
    _near(places["Wadi Kabir"], "OM", (23.60, 58.55))
    _near(places["Al Amerat"], "OM", (23.52, 58.49))
    places = by_text("The cyclone brought heavy rain to Mirbat and Taqah in Dhofar, while a warehouse fire in Al "
                     "Quoz sent smoke over Dubai.", gaz)
    _near(places["Mirbat"], "OM", (16.99, 54.69))
    _near(places["Taqah"], "OM", (17.04, 54.40))
    _near(places["Al Quoz"], "AE", (25.14, 55.23))


def test_levant_and_iraq_quarters(gaz):
    places = by_text("Government jets struck Barzeh and Qaboun on the northern edge of Damascus, and shells fell on "
                     "the Sheikh Maqsoud district of Aleppo.", gaz)
    _near(places["Barzeh"], "SY", (33.55, 36.32))
    _near(places["Qaboun"], "SY", (33.54, 36.33))
    _near(places["Sheikh Maqsoud"], "SY", (36.23, 37.16))
    places = by_text("Christian families returned to Karamles and Batnaya on the Nineveh Plains, while a car bomb "
                     "went off in Zayouna, in eastern Baghdad.", gaz)
    _near(places["Karamles"], "IQ", (36.30, 43.41))
    _near(places["Batnaya"], "IQ", (36.54, 43.12))
    _near(places["Zayouna"], "IQ", (33.33, 44.46))


def test_lebanon_border_west_bank_and_jerusalem(gaz):
    places = by_text("Sirens sounded in Kfar Yuval and Malkia after rockets were fired from southern Lebanon.", gaz)
    _near(places["Kfar Yuval"], "IL", (33.25, 35.60))
    _near(places["Malkia"], "IL", (33.10, 35.51))
    places = by_text("Settlers from Yitzhar and Kiryat Arba were questioned by police in the West Bank, and a "
                     "stabbing was reported in Pisgat Ze'ev in Jerusalem.", gaz)
    _near(places["Yitzhar"], "PS", (32.17, 35.24))
    _near(places["Kiryat Arba"], "PS", (31.53, 35.12))
    _near(places["Pisgat Ze'ev"], "IL", (31.83, 35.24))


def test_north_africa_quarters(gaz):
    places = by_text("A rockslide buried homes in Manshiyat Naser in Cairo, and the sea flooded the corniche at "
                     "Sidi Bishr in Alexandria.", gaz)
    _near(places["Manshiyat Naser"], "EG", (30.03, 31.28))
    _near(places["Sidi Bishr"], "EG", (31.26, 29.99))
    places = by_text("Militias clashed in Gargaresh in Tripoli, Libya, and Moroccan police arrested a suspect in "
                     "Sidi Moumen in Casablanca.", gaz)
    _near(places["Gargaresh"], "LY", (32.86, 13.12))
    _near(places["Sidi Moumen"], "MA", (33.59, -7.52))


def test_west_african_suburbs(gaz):
    places = by_text("Floodwater stood for weeks in Yeumbeul and Keur Massar, in Dakar's suburbs.", gaz)
    _near(places["Yeumbeul"], "SN", (14.77, -17.35))
    _near(places["Keur Massar"], "SN", (14.78, -17.31))
    places = by_text("Ghana police imposed a curfew on Aboabo and Asawase in Kumasi after the clashes, and in Lagos "
                     "a building collapsed in Oworonshoki.", gaz)
    _near(places["Aboabo"], "GH", (6.70, -1.61))
    _near(places["Asawase"], "GH", (6.72, -1.60))
    _near(places["Oworonshoki"], "NG", (6.55, 3.40))


def test_east_and_central_african_quarters(gaz):
    places = by_text("Cholera cases were reported in Tandale and Vingunguti in Dar es Salaam, and traders in "
                     "Kalerwe market in Kampala were told to boil water.", gaz)
    _near(places["Tandale"], "TZ", (-6.80, 39.24))
    _near(places["Vingunguti"], "TZ", (-6.85, 39.23))
    _near(places["Kalerwe"], "UG", (0.35, 32.57))
    places = by_text("Gunfire was heard in Talangaï and Makélékélé in Brazzaville, and grenades exploded in Kamenge "
                     "in Bujumbura.", gaz)
    _near(places["Talangaï"], "CG", (-4.21, 15.29))
    _near(places["Makélékélé"], "CG", (-4.30, 15.24))
    _near(places["Kamenge"], "BI", (-3.33, 29.38))


def test_crossings_camps_and_far_quarters(gaz):
    places = by_text("Trucks queued at the Guerguerat crossing in Western Sahara, and Malian refugees kept arriving "
                     "in Bassikounou, Mauritania.", gaz)
    _near(places["Guerguerat"], "EH", (21.37, -16.95))
    _near(places["Bassikounou"], "MR", (15.86, -5.96))
    places = by_text("A blast hit a school in Dasht-e Barchi in Kabul, and in Mayotte the cyclone flattened the "
                     "shanties of Kawéni.", gaz)
    _near(places["Dasht-e Barchi"], "AF", (34.50, 69.10))
    _near(places["Kawéni"], "YT", (-12.77, 45.22))


def test_people_and_words_are_not_places(gaz):
    places = by_text("Sheikh Saeed bin Zayed received the delegation in Abu Dhabi, and Ali bin Jawad was appointed "
                     "minister.", gaz)
    assert not any("Saeed" in text or "Jawad" in text for text in places), sorted(places)
    _near(places["Abu Dhabi"], "AE", (24.45, 54.40))
    places = by_text("Umoja was the theme of the summit in Arusha.", gaz)
    assert "Umoja" not in places
    _near(places["Arusha"], "TZ", (-3.37, 36.68))


def test_cities_keep_their_centres(gaz):
    places = by_text("The tanker docked at Aden, and officials flew on to Baghdad and Beirut.", gaz)
    _near(places["Aden"], "YE", (12.78, 45.04))
    _near(places["Baghdad"], "IQ", (33.34, 44.40))
    _near(places["Beirut"], "LB", (33.89, 35.50))
    places = by_text("Police in Tekoa, Washington, closed the highway after the crash.", gaz)
    assert places["Tekoa"].country_code == "US"
