"""Places: the towns52 rows of `geo/data/towns.tsv` (fire, flood, storm and crime localities of Australia, New
Zealand, Canada, the United States, Britain and Ireland, and district towns of Africa and South Asia, that GeoNames'
towns of 500+ lack or spell otherwise) resolve to their country and point, and leave words and namesakes alone."""

from __future__ import annotations

from conftest import by_text, in_country_near as _near


def test_bushfire_and_remote_localities(gaz):
    places = by_text("Fire crews battled flames near Lake Conjola and Mogo on the New South Wales south coast.", gaz)
    _near(places["Lake Conjola"], "AU", (-35.27, 150.50))
    _near(places["Mogo"], "AU", (-35.78, 150.14))
    places = by_text("Erosion threatens Kivalina and Shishmaref, Alaska villages on barrier islands.", gaz)
    _near(places["Kivalina"], "US", (67.73, -164.54))
    places = by_text("The wildfire destroyed most of Lytton, British Columbia, in 2021.", gaz)
    _near(places["Lytton"], "CA", (50.23, -121.58))


def test_african_and_asian_district_towns(gaz):
    places = by_text("Gunmen killed 12 people in villages around Otukpo in Nigeria's Benue state.", gaz)
    _near(places["Otukpo"], "NG", (7.19, 8.13))
    places = by_text("Clashes broke out in Walewale in Ghana's North East region.", gaz)
    _near(places["Walewale"], "GH", (10.35, -0.80))
    places = by_text("Police fired tear gas at protesters in Dandora and Kayole, in eastern Nairobi.", gaz)
    _near(places["Dandora"], "KE", (-1.25, 36.90))
    _near(places["Kayole"], "KE", (-1.28, 36.91))
    places = by_text("Police in Taxila arrested two men over the attack.", gaz)
    _near(places["Taxila"], "PK", (33.74, 72.80))


def test_news_spellings_of_geonames_towns(gaz):
    places = by_text("A winter storm flooded homes in Lahinch and Ennistymon.", gaz)
    _near(places["Lahinch"], "IE", (52.93, -9.34))
    _near(places["Ennistymon"], "IE", (52.94, -9.29))
    places = by_text("Students protested at the university in Ife, in Nigeria's Osun state.", gaz)
    _near(places["Ife"], "NG", (7.48, 4.56))


def test_words_and_namesakes_are_left_alone(gaz):
    assert "Wah" not in by_text("Wah, that was close, the striker said after the match in London.", gaz)
    places = by_text("Archaeologists dug at the ruins of ancient Philippi in northern Greece.", gaz)
    assert all(place.country_code != "ZA" for place in places.values())
    places = by_text("Gangs shot two men in Philippi, Cape Town police said.", gaz)
    _near(places["Philippi"], "ZA", (-34.00, 18.58))
