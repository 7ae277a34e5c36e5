"""Places, round 71 (session 40): a one-word town named again before "has", "had" or "is" ("in Kilkee ... Kilkee is
a quiet town"); a town after a sentence opening with where it lies ("Further south, X"); "raids on X", "downtown X",
"X and other small settlements"; rivers of two letters named bare ("along the Po"); "the X, which joins the Y"; "ash
fell on X"; "the X refinery"; "X, the smallest of the Y Islands"; a small town of the region the article names;
the rows of towns40 and session 40's areas; "X's governor" (the province); "the Paraguay joins", "upstream on the
Parana" (the river, not the country or the city); the rows of areas40w, areas40we and towns40we; rivers of two
words named bare ("near the Pa Sak."); "the X, which flows down from Y". Sentences of our own."""

from __future__ import annotations

import pytest

from conftest import all_named, by_text, in_country_near
from eventwire.geo import find_places


def test_a_town_named_again_before_is_or_has(gaz):
    text = ("ENNIS, Ireland - Storms damaged the pier at Kilkee on Sunday. \"Kilkee is a quiet town most of the "
            "year,\" a publican said. Kilkee has asked the council for help before.")
    found = all_named(text, "Kilkee", gaz)
    assert len(found) == 3 and {p.country_code for p in found} == {"IE"}


def test_a_surname_named_again_before_said_is_still_no_town(gaz):
    text = "ENNIS, Ireland - Storms damaged the pier at Kilkee on Sunday. Kilkee said the pier would reopen."
    assert len(all_named(text, "Kilkee", gaz)) == 1


def test_a_town_after_a_sentence_opening_with_where_it_lies(gaz):
    text = ("SYDNEY, Australia - Bushfires burned across New South Wales on Friday. Further south, Tathra was not "
            "under direct threat, but crews stood by.")
    assert by_text(text, gaz)["Tathra"].country_code == "AU"
    # Named bare, in news that does not name its state, a town of under 10,000 people is not taken.
    bare = text.replace("Further south, Tathra", "Still, Tathra").replace("New South Wales", "the south-east")
    assert "Tathra" not in by_text(bare, gaz)


def test_a_person_after_a_direction_opening_is_no_town(gaz):
    text = ("SYDNEY, Australia - Bushfires burned across New South Wales. Further south, Tathra said the crews were "
            "ready.")
    assert "Tathra" not in by_text(text, gaz)


def test_a_town_and_other_small_settlements(gaz):
    text = ("GISBORNE, New Zealand - Slips closed the coast road north of Gisborne on Tuesday, leaving Tokomaru and "
            "other small settlements cut off.")
    assert by_text(text, gaz)["Tokomaru"].country_code == "NZ"


def test_downtown_before_a_town(gaz):
    text = ("ASHEVILLE, N.C. (AP) - Floods swept western North Carolina on Friday. Downtown Burnsville was left "
            "under a foot of mud.")
    assert by_text(text, gaz)["Burnsville"].admin1 == "NC"


def test_raids_on_a_town(gaz):
    text = ("RAMALLAH, West Bank - Israeli forces carried out raids on Beita overnight, the "
            "Palestinian health ministry said.")
    assert by_text(text, gaz)["Beita"].country_code == "PS"


def test_a_river_of_two_letters_named_bare(gaz):
    places = by_text("TURIN, Italy - Barges were stranded along the Po on Monday as the drought went on.", gaz)
    assert places["Po"].feature_code == "STM" and places["Po"].country_code == "IT"


def test_a_river_that_joins_another_is_no_region(gaz):
    places = by_text("LUGANO, Switzerland - The Ticino, which joins the Po near Pavia, fell to a record low.", gaz)
    assert places["Ticino"].feature_code == "STM"


def test_ash_fell_on_a_town(gaz):
    text = "GUATEMALA CITY - The Fuego volcano erupted again on Sunday in Guatemala. Ash fell on Pochuta overnight."
    assert by_text(text, gaz)["Pochuta"].country_code == "GT"


def test_a_refinery_named_after_its_town(gaz):
    text = "ROTTERDAM, Netherlands - Dock workers blocked the Pernis refinery for a second day, the union said."
    assert by_text(text, gaz)["Pernis"].country_code == "NL"


def test_a_town_with_its_rank_among_islands_after_it(gaz):
    text = ("TEGUCIGALPA, Honduras - Votes were counted across Honduras on Monday. Turnout on Utila, the smallest of "
            "the Bay Islands, was low.")
    assert by_text(text, gaz)["Utila"].country_code == "HN"


def test_a_small_town_of_the_region_the_article_names(gaz):
    text = ("DENVER (AP) - Wildfire smoke drifted across Colorado on Monday. Air quality alerts were issued for "
            "Gunnison on Tuesday.")
    assert by_text(text, gaz)["Gunnison"].admin1 == "CO"
    # Without its region named, a bare town of 6,000 people is not taken.
    assert "Gunnison" not in by_text(text.replace("across Colorado", "across the mountains"), gaz)


def test_a_province_by_its_offices(gaz):
    text = ("BUENOS AIRES (AP) - Frost hit Argentina's fruit belt. Salta's governor asked for aid, and Tucumán's "
            "provincial government opened shelters.")
    places = by_text(text, gaz)
    assert places["Salta"].feature_code == "ADM1" and places["Tucumán"].feature_code == "ADM1"


def test_a_river_named_like_a_country_or_a_city(gaz):
    text = ("ASUNCION, Paraguay - Barges waited downriver, where the Paraguay meets the Parana. Officials asked for "
            "water from dams upstream on the Parana, which would help.")
    places = [p for p in find_places(text, gazetteer=gaz) if p.start > text.index("where")]
    assert [p.feature_code for p in places] == ["STM", "STM", "STM"]


def test_a_river_of_two_words_named_bare(gaz):
    text = "BANGKOK - Water rose near the meeting point of the Chao Phraya and the Pa Sak. Thailand said it was ready."
    assert by_text(text, gaz)["Pa Sak"].feature_code == "STM"


def test_a_river_that_flows_down_from_a_country(gaz):
    text = "PATNA, India - Voting ended in Bihar. The Kosi, which flows down from Nepal, has shifted its course."
    assert by_text(text, gaz)["Kosi"].feature_code == "STM"


# The rows of session 40's data (towns40 and its areas, areas40w, areas40we, towns40we), each in a sentence of its own.
@pytest.mark.parametrize("text, name, cc, point", [
    ("LUCKNOW, India - Heatstroke deaths rose in Ballia, in eastern Uttar Pradesh, officials said.", "Ballia", "IN",
     (25.76, 84.15)),
    ("EINDHOVEN, Netherlands - Pig farmers around Deurne in North Brabant protested on Friday.", "Deurne", "NL",
     (51.46, 5.79)),
    ("BERN, Switzerland - Rowers were warned off the Aare after a week of rain in Switzerland.", "Aare", "CH",
     (47.60, 8.23)),
    ("SION, Switzerland - Rockfalls shut the Grimsel Pass on Sunday, cantonal police said.", "Grimsel Pass", "CH",
     (46.56, 8.34)),
    ("Narmada water will reach more farms in Gujarat after the dam's gates were raised.",
     'Narmada', 'IN', (21.65, 72.6)),
    ('Firefighters battled a wildfire in the Sierra de Cazorla as temperatures in Andalusia passed 40C.',
     'Sierra de Cazorla', 'ES', (37.95, -2.88)),
    ('Lava spilled again from the Sundhnukur crater row, forcing another evacuation of the nearby fishing town.',
     'Sundhnukur', 'IS', (63.875, -22.405)),
    ('Ukrainian commanders said their troops had pushed Russian units back across the Oskil.',
     'Oskil', 'UA', (49.1, 37.4)),
    ('Rescuers searched for villagers swept away when the Rufiji burst its banks after weeks of rain.',
     'Rufiji', 'TZ', (-7.8, 39.35)),
    ('Park rangers airlifted two hikers out of the Grand Canyon after a flash flood.',
     'Grand Canyon', 'US', (36.06, -112.14)),
    ('Firefighters pumped out cellars in Solingen after the Wupper burst its banks overnight.',
     'Wupper', 'DE', (51.080, 6.980)),
    ('Residents of Blatten were evacuated as geologists warned that the Birch Glacier could collapse.',
     'Birch Glacier', 'CH', (46.400, 7.840)),
    ('Rescue crews in Emilia-Romagna said the Santerno had risen two metres in a single afternoon.',
     'Santerno', 'IT', (44.560, 11.950)),
    ('Shellfish harvesting in the Ria de Arousa was suspended after a toxic algae bloom.',
     'Ria de Arousa', 'ES', (42.550, -8.900)),
    ('Wildfires in the Serra de Monchique forced hundreds of people from their homes.',
     'Serra de Monchique', 'PT', (37.320, -8.600)),
    ('Storm warnings closed the shipping lanes around Fastnet Rock on Sunday.',
     'Fastnet Rock', 'IE', (51.390, -9.600)),
    ('Firefighters battled a forest blaze near Cavalaire in the Var department of southern France on Tuesday.',
     'Cavalaire', 'FR', (43.170, 6.530)),
    ("Two hikers were rescued after a rockfall near Alagna in Italy's Piedmont region.",
     'Alagna', 'IT', (45.850, 7.940)),
    ('Police in Mollet, north of Barcelona in Catalonia, arrested three men after a jewellery shop robbery.',
     'Mollet', 'ES', (41.540, 2.210)),
    ("Floodwater cut off several roads in Bad Neuenahr in Germany's Rhineland-Palatinate state overnight.",
     'Bad Neuenahr', 'DE', (50.545, 7.120)),
    ("A small ferry ran aground near Vila do Porto in Portugal's Azores archipelago, officials said.",
     'Vila do Porto', 'PT', (36.940, -25.140)),
    ('Residents in Zafferana on the slopes of Mount Etna in Sicily swept volcanic ash from their streets.',
     'Zafferana', 'IT', (37.690, 15.100)),
])
def test_session40_rows(gaz, text, name, cc, point):
    in_country_near(by_text(text, gaz)[name], cc, point)
