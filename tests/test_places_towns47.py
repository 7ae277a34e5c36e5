"""Places: the towns47 rows of `geo/data/towns.tsv` (townships, crossings, quake and flood towns of Africa, Europe's
borders and Asia that GeoNames' towns of 500+ lack, or spell otherwise) resolve to their country and point, and leave
namesakes elsewhere and common words alone."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_south_african_townships(gaz):
    places = by_text("Taxi drivers blocked roads in Khayelitsha and Mitchells Plain after a shooting in Cape Town, "
                     "and police patrolled Gugulethu overnight.", gaz)
    _near(places["Khayelitsha"], "ZA", (-34.04, 18.68))
    _near(places["Mitchells Plain"], "ZA", (-34.05, 18.62))
    _near(places["Gugulethu"], "ZA", (-33.98, 18.57))
    places = by_text("Residents of Umlazi and KwaMashu, south and north of Durban, were left without water.", gaz)
    _near(places["Umlazi"], "ZA", (-29.97, 30.88))
    _near(places["KwaMashu"], "ZA", (-29.74, 30.98))


def test_city_quarters_of_the_second_pass(gaz):
    places = by_text("Commuters crowded the ferry at Likoni after the bridge talks in Mombasa stalled.", gaz)
    _near(places["Likoni"], "KE", (-4.08, 39.66))
    places = by_text("Cholera cases rose in Budiriro and Mabvuku, Harare's health department said.", gaz)
    _near(places["Budiriro"], "ZW", (-17.89, 30.93))
    _near(places["Mabvuku"], "ZW", (-17.83, 31.15))


def test_border_crossings(gaz):
    places = by_text("Lorries queued for two days at Kapıkule, Turkey's crossing into Bulgaria, before the strike "
                     "ended.", gaz)
    _near(places["Kapıkule"], "TR", (41.72, 26.36))
    places = by_text("Hundreds of migrants camped in fields near Idomeni, in northern Greece, as the border stayed "
                     "shut.", gaz)
    _near(places["Idomeni"], "GR", (41.12, 22.51))
    places = by_text("Rwanda reopened the Gatuna border post with Uganda after three years.", gaz)
    _near(places["Gatuna"], "RW", (-1.43, 30.02))


def test_quake_and_flood_towns(gaz):
    places = by_text("Rescuers dug through rubble in Imlil and Talat N'Yaaqoub, high in Morocco's Atlas mountains.",
                     gaz)
    _near(places["Imlil"], "MA", (31.14, -7.92))
    _near(places["Talat N'Yaaqoub"], "MA", (30.99, -8.19))
    places = by_text("The flood killed dozens in Paiporta, and more in Massanassa and Catarroja.", gaz)
    _near(places["Massanassa"], "ES", (39.41, -0.40))
    places = by_text("Landslides cut the road near Su'ao in Taiwan's Yilan county.", gaz)
    _near(places["Su'ao"], "TW", (24.60, 121.85))
    places = by_text("A bridge collapsed in Yuli and a train derailed near Ruisui, Taiwan's fire agency said.", gaz)
    _near(places["Yuli"], "TW", (23.33, 121.31))
    _near(places["Ruisui"], "TW", (23.50, 121.38))
    places = by_text("Eritrean troops were seen in Senafe and Adi Quala, residents said.", gaz)
    _near(places["Senafe"], "ER", (14.70, 39.42))
    _near(places["Adi Quala"], "ER", (14.63, 38.84))


def test_news_spellings_of_towns_geonames_spells_otherwise(gaz):
    places = by_text("Fighting spread from Maungdaw toward Buthidaung in Myanmar's Rakhine state.", gaz)
    _near(places["Maungdaw"], "MM", (20.82, 92.37))
    places = by_text("Shelling hit Rubavu, across the border from Goma, on Monday.", gaz)
    _near(places["Rubavu"], "RW", (-1.70, 29.26))
    places = by_text("Trekkers stranded in Lo Manthang were flown out after the floods in Nepal's Mustang district.",
                     gaz)
    _near(places["Lo Manthang"], "NP", (29.18, 83.96))


def test_namesakes_and_words_unaffected(gaz):
    places = by_text("The council of Hout Bay met in Cape Town, not in Alexandria.", gaz)
    assert places["Alexandria"].country_code != "ZA"
    assert by_text("Police in Durban said the harbour was closed.", gaz)["Durban"].country_code == "ZA"
    assert by_text("Floods hit Kathmandu on Sunday.", gaz)["Kathmandu"].country_code == "NP"
    assert "Harem" not in by_text("The harem quarters of the palace were restored.", gaz)
