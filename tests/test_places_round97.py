"""Places, round 97: a people's name that is also a minority's elsewhere ("Turkmen") stands for its country in an
article that names the country ("Turkmen gas ... Turkmenistan"), but not after another people's name ("Iraqi
Turkmen") nor in an article that never names the country; a country's name after "the province of" is the province of
that name in a country the article names ("the province of Luxembourg" in news of Belgium); a river after "the
middle" is the river ("along the middle Moselle"); and a Chinese town whose GeoNames name carries the word for city
("Yulinshi") is a town of the province the article names under its short name ("Yulin" in news of Shaanxi)."""

from __future__ import annotations

from conftest import all_named, in_country_near as _near
from eventwire.geo import find_places


def _read(text, gaz):
    return [(p.text, p.country_code) for p in find_places(text, gazetteer=gaz)]


def test_a_peoples_name_in_an_article_naming_its_country_is_that_country(gaz):
    text = ("Turkmenistan raised its export target on Monday. Turkmen officials said new compressor stations would "
            "carry more Turkmen gas to the Chinese border.")
    read = _read(text, gaz)
    assert read.count(("Turkmen", "TM")) == 2


def test_a_minority_named_after_another_peoples_name_is_no_country(gaz):
    text = ("Iraqi Turkmen parties in Kirkuk boycotted the vote, while the president of Turkmenistan visited "
            "Ankara.")
    assert not any(t == "Turkmen" for t, _ in _read(text, gaz))


def test_a_peoples_name_without_its_country_named_is_no_place(gaz):
    text = "Turkmen and Kurdish leaders met in Tal Afar to discuss the rebuilding of the old market."
    assert not any(t == "Turkmen" for t, _ in _read(text, gaz))


def test_a_countrys_name_after_the_province_of_is_that_province(gaz):
    text = ("Belgium's forest agency said trails reopened in the province of Luxembourg on Monday, after wild boar "
            "culls ended near Bastogne.")
    luxembourg = all_named(text, "Luxembourg", gaz)[0]
    assert luxembourg.country_code == "BE" and luxembourg.feature_code == "ADM2"


def test_a_name_after_the_province_of_without_such_a_province_keeps_its_reading(gaz):
    text = "Truck drivers blocked roads in the province of Mendoza, Argentina, over fuel prices."
    mendoza = all_named(text, "Mendoza", gaz)[0]
    assert mendoza.country_code == "AR" and mendoza.feature_code == "ADM1"


def test_a_river_after_the_middle_is_the_river(gaz):
    text = "Barges queued along the middle Moselle as the water level fell, boatmen in Trier said."
    moselle = all_named(text, "Moselle", gaz)[0]
    assert moselle.feature_code == "STM"


def test_a_town_named_with_the_word_for_city_is_the_provinces_town(gaz):
    text = ("Three workers injured in a gas blast in northern Shaanxi province were treated at the main clinic in "
            "Yulin on Tuesday.")
    _near(all_named(text, "Yulin", gaz)[0], "CN", (38.29, 109.74), 25)
    guangxi = "A new rail line linked Nanning with Yulin, in the Guangxi region, on Saturday."
    _near(all_named(guangxi, "Yulin", gaz)[0], "CN", (22.63, 110.15), 25)
