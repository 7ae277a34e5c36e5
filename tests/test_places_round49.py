"""Places, round 49: "the X border crossing" is the town X of the article's country; a one-word town named again with
its number of residents ("X, with some 9,000 residents", "X has some 8,000 residents") is the town named before; "the
X range" is a mountain range; a known river "climbed"; "the Channel" in news of Britain or France is the English
Channel, "the Gulf" in news of its shores the Persian Gulf; a town a disaster "isolated" or forced people to evacuate
is a place as after "in"."""
from __future__ import annotations

from eventwire.geo import find_places

from conftest import by_text


def test_a_border_crossing_named_after_its_town(gaz):
    text = ("Protests spread across Peru's Puno region on Monday. Police shut the Desaguadero border crossing, and "
            "lorries bound for Bolivia queued for hours.")
    town = by_text(text, gaz)["Desaguadero"]
    assert (town.country, town.feature_code) == ("PER", "PPL")


def test_a_town_named_again_with_its_residents(gaz):
    text = ("A quake shook Japan's Ishikawa prefecture, damaging homes in Noto and Suzu. Suzu, with some 13,000 "
            "people, lost power.")
    towns = [p for p in find_places(text, gazetteer=gaz) if p.text == "Suzu"]
    assert len(towns) == 2 and all(p.country == "JPN" for p in towns)
    text = ("A wildfire reached the town of Banff in Alberta, Canada. Banff has about 8,000 permanent residents, and "
            "most left.")
    towns = [p for p in find_places(text, gazetteer=gaz) if p.text == "Banff"]
    assert len(towns) == 2 and all(p.country == "CAN" for p in towns)


def test_a_range_named_with_its_kind_word(gaz):
    text = "Floods hit Pakistan's Sindh, and flash floods ran off the Kirthar range."
    assert by_text(text, gaz)["Kirthar"].feature_code == "MTS"


def test_a_known_river_that_climbed(gaz):
    text = "Floods hit Malawi's south, and camps opened in Nsanje as the Shire climbed toward record levels."
    assert by_text(text, gaz)["Shire"].feature_code == "STM"


def test_the_channel_in_news_of_britain_or_france(gaz):
    places = by_text("Britain and France met in Calais after a dinghy sank in the Channel.", gaz)
    assert places["Channel"].name == "English Channel"
    assert "Channel" not in by_text("Viewers in Britain watched the Channel 4 news.", gaz)
    assert "Channel" not in by_text("Kenya's fishermen said the Channel was calm.", gaz)


def test_the_gulf_in_news_of_its_shores(gaz):
    assert by_text("Iraq's water ministry blamed seawater from the Gulf for salty taps in Basra.",
                   gaz)["Gulf"].name == "Persian Gulf"
    # In news of the US it is another gulf; and the Gulf of Aden is named whole.
    assert "Gulf" not in by_text("Texas braced as a storm formed in the Gulf, and Louisiana ordered evacuations.", gaz)
    assert by_text("Pirates struck in the Gulf of Aden off Somalia, and Iraq's navy watched.",
                   gaz)["Gulf of Aden"].feature_code == "GULF"


def test_a_small_town_a_disaster_isolated(gaz):
    text = "Floods hit New Zealand's Tasman district, and slips cut the road north, isolating Brightwater."
    assert by_text(text, gaz)["Brightwater"].country == "NZL"
