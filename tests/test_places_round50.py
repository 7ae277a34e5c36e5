"""Places, round 50: towns named like countries (read as a town once, named again; listed after a small town of
their region); the side of a crossing; the dateline's town keeps its sense past "the city of X in Y"; small towns the
text describes, lists or gives an airport, a mayor or a health zone; a route's compound whose second name has two
words; rivers that meet, fall, have a flow or are crossed; a transliterated "sh"; a reservoir whose name holds a
region's; a town described with its people's name; a people's name before "river"; "crossed at X"."""
from __future__ import annotations

from eventwire.geo import find_places

from conftest import by_text


def _all(text, name, gaz):
    return [p for p in find_places(text, gazetteer=gaz) if p.text == name]


def test_a_country_named_town_named_again(gaz):
    text = ("Storms hit Minnesota's Scott County. Jordan, a small town south of Minneapolis, lost power, and crews in "
            "Jordan worked overnight.")
    towns = _all(text, "Jordan", gaz)
    assert len(towns) == 2 and all((p.country, p.admin1) == ("USA", "MN") for p in towns)


def test_a_country_named_town_listed_after_a_small_town(gaz):
    text = "Tornadoes struck the US on Sunday, tearing roofs off barns near Myerstown and Lebanon."
    assert (by_text(text, gaz)["Lebanon"].country, by_text(text, gaz)["Lebanon"].admin1) == ("USA", "PA")
    # After a great city the country stays itself.
    assert by_text("Pakistan's airline added flights between Lahore and Bahrain this winter.",
                   gaz)["Bahrain"].feature_code == "PCLI"


def test_the_country_a_crossing_leads_into_is_across_it(gaz):
    text = ("Shelling went on across the Gaza Strip. Lorries left Kerem Shalom on Sunday, though the Rafah crossing "
            "into Egypt remained shut.")
    assert by_text(text, gaz)["Rafah"].country == "PSE"


def test_the_datelines_town_stays_past_a_namesake_placed_abroad(gaz):
    text = ("PERTH, Scotland - Farmers from across Perthshire met on Monday in Perth, whose name was given to the city "
            "of Perth in Australia. Shops in Perth stayed open late.")
    assert [p.country for p in _all(text, "Perth", gaz)] == ["GBR", "AUS", "GBR"]


def test_small_towns_the_text_describes_or_gives_an_airport_or_a_mayor(gaz):
    text = "Flood waters rose across New South Wales. Evacuations were ordered for Woodburn, a farming village."
    assert by_text(text, gaz)["Woodburn"].country == "AUS"
    assert by_text("Storms lashed Queensland on Monday. Proserpine's airport was closed for hours.",
                   gaz)["Proserpine"].country == "AUS"
    text = 'Floods swept Emilia-Romagna again. "We need pumps," said Cotignola mayor Luca Piccinini.'
    assert by_text(text, gaz)["Cotignola"].country == "ITA"


def test_a_health_zone_named_after_its_town(gaz):
    text = "Cholera spread in Equateur province, Congo. The Bikoro health zone counted 60 cases."
    assert by_text(text, gaz)["Bikoro"].country == "COD"


def test_a_stoplisted_town_listed_between_towns_of_its_state(gaz):
    text = "Rescuers pulled people from flooded homes in Barre, Johnson and Stowe after storms crossed Vermont."
    assert (by_text(text, gaz)["Johnson"].country, by_text(text, gaz)["Johnson"].admin1) == ("USA", "VT")
    # A surname after a town is no town.
    assert "Johnson" not in by_text("In Barre, Johnson told reporters that Vermont would rebuild.", gaz)


def test_a_hamlet_of_the_country_the_article_is_about(gaz):
    text = "Rockfalls cut roads in Switzerland's Graubunden canton, and the road from Hinterrhein was shut."
    assert by_text(text, gaz)["Hinterrhein"].country == "CHE"


def test_a_route_whose_second_name_has_two_words(gaz):
    places = by_text("Protesters blocked the Lima-La Oroya highway in Peru on Tuesday.", gaz)
    assert places["Lima"].country == "PER"


def test_rivers_that_meet_or_fall(gaz):
    assert by_text("At Passau, the Danube meets the Inn after heavy rain.", gaz)["Inn"].feature_code == "STM"
    text = "Barges stalled in Brazil's Amazonas state as the Madeira fell below two metres at Humaita."
    river = by_text(text, gaz)["Madeira"]
    assert (river.country, river.feature_code) == ("BRA", "STM")
    # An index that fell is no river.
    assert "Nikkei" not in by_text("In Japan the Nikkei fell by 2% as traders sold shares.", gaz)


def test_a_town_written_with_sh_for_its_s_cedilla(gaz):
    text = "Uzbek officials in Nukus said farmers near Dashoguz had also lost crops."
    assert by_text(text, gaz)["Dashoguz"].country == "TKM"


def test_a_reservoir_whose_name_starts_like_a_region_abroad(gaz):
    text = "Texas officials said Falcon International Reservoir held little water this summer."
    places = by_text(text, gaz)
    assert places["Falcon International Reservoir"].feature_code == "RSV" and "Falcon" not in places


def test_a_town_described_with_its_peoples_name(gaz):
    text = ("Drones hit Ukraine's river ports of Reni and Izmail on the Danube. Grain barges queued to sail by "
            "Isaccea, a small Romanian town beyond the river.")
    assert by_text(text, gaz)["Isaccea"].country == "ROU"


def test_a_peoples_name_before_river_is_no_river(gaz):
    # The country's river ports (session 49: the demonym is the country, as the issue counts demonyms).
    place = by_text("Shelling hit Ukrainian river ports on the Danube overnight.", gaz)["Ukrainian"]
    assert place.feature_code == "PCLI" and place.country_code == "UA"


def test_a_river_people_cross_and_a_crossing_point(gaz):
    text = "Families from Rakhine state cross the Naf in small boats, officials in Bangladesh said."
    assert by_text(text, gaz)["Naf"].feature_code == "STM"
    text = "Syrian families crossed at Jdeidet Yabous on Monday, Lebanese officials said."
    assert by_text(text, gaz)["Jdeidet Yabous"].country == "SYR"
