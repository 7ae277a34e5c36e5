"""Places, round 70 (session 39): a clause about a place's namesake elsewhere ("which shares its name with",
"whose name is shared by", "took its name from", "not to be confused with") is no context for the place it follows,
and a town it names in that place's own country is its larger namesake abroad; a town with where it lies said after
it, anywhere in a sentence; Kut, Faw, Haiti's Sud, Vanuatu's Pentecost; and the rows of towns39in, towns39an,
towns39uk, towns39us, towns38sa, towns38a, towns39cn, towns39eu, towns39af and towns39ne. Sentences of our own."""

from __future__ import annotations

import pytest

from conftest import by_text, in_country_near


def test_a_namesake_clause_does_not_move_the_place_it_follows(gaz):
    places = by_text("EDINBURGH, Scotland - Floods closed roads across Tayside on Tuesday. Perth, whose name is shared "
                     "by the much larger capital of Western Australia, was cut off for hours.", gaz)
    assert places["Perth"].country_code == "GB"
    # The clause's own places keep their country.
    assert places["Western Australia"].country_code == "AU"


def test_not_to_be_confused_with(gaz):
    places = by_text("CAIRO - Police in Egypt closed the corniche in Alexandria, not to be confused with the city in "
                     "Virginia, after a storm.", gaz)
    assert places["Alexandria"].country_code == "EG"
    assert places["Virginia"].country_code == "US"


def test_the_namesake_a_clause_names_is_abroad(gaz):
    text = ("ATHENS, Ohio - Students returned to Ohio University on Monday. The town shares its name with Athens, "
            "and its streets carry the names of Greek heroes.")
    places = by_text(text, gaz)
    assert places["ATHENS"].country_code == "US"
    assert places["Athens"].country_code == "GR"


def test_without_a_namesake_clause_the_article_decides(gaz):
    # The same places with the clause's words gone: Perth goes with Western Australia, as it did before.
    places = by_text("EDINBURGH, Scotland - Floods closed roads on Tuesday. Perth and Western Australia were hit.", gaz)
    assert places["Perth"].country_code == "AU"


def test_a_town_with_where_it_lies_after_it_inside_a_sentence(gaz):
    text = ("OSLO, Norway - Norway said it was in close contact with Swedish authorities.\n\nFurther north, Gallivare, "
            "where the iron ore mine sits, reported no damage.")
    places = by_text(text, gaz)
    assert places["Gallivare"].country_code == "SE"
    # Without where it lies said after it (or before it: "Further north,"), a bare town of under 20,000 people in a
    # sentence is not taken.
    bare = text.replace(", where the iron ore mine sits,", "").replace("Further north", "Meanwhile")
    assert "Gallivare" not in by_text(bare, gaz)


def test_kut_faw_and_the_sud_department(gaz):
    iraq = by_text("BAGHDAD - Protesters gathered in Kut on Friday, and dockers in Faw joined them.", gaz)
    assert iraq["Kut"].country_code == "IQ" and iraq["Kut"].feature_class == "P"
    assert iraq["Faw"].country_code == "IQ" and iraq["Faw"].feature_class == "P"
    haiti = by_text("In Haiti, schools in the Sud department stayed shut after the quake.", gaz)
    assert haiti["Sud"].feature_code == "ADM1" and haiti["Sud"].country_code == "HT"


def test_a_stoplisted_island_after_a_locative_word_in_news_of_its_country(gaz):
    places = by_text("PORT VILA, Vanuatu - Aid reached Espiritu Santo on Monday, and reports from Pentecost told of "
                     "landslides.", gaz)
    assert places["Pentecost"].feature_code == "ISL" and places["Pentecost"].country_code == "VU"
    # The holiday elsewhere.
    assert "Pentecost" not in by_text("Churches in Germany were full at Pentecost.", gaz)


def test_a_world_city_named_with_a_town_across_the_state_line_beside_its_namesake(gaz):
    text = ("Smoke from the fire drifted over Lewiston, Idaho, and Orofino on Tuesday. Monitors in Moscow and across "
            "the state line in Pullman, Wash., showed unhealthy air.")
    assert by_text(text, gaz)["Moscow"].country_code == "US"
    # Without the town across the line, the world city.
    assert by_text("Diplomats said talks in Moscow would resume on Tuesday.", gaz)["Moscow"].country_code == "RU"


def test_a_province_named_with_its_kind_word_and_limbe_in_malawi(gaz):
    peru = by_text("LIMA, Peru - Farmers blocked the road to the port of Matarani in Islay province.", gaz)
    assert peru["Islay province"].country_code == "PE"
    assert by_text("Whisky makers on Islay said the ferry was cancelled.", gaz)["Islay"].country_code == "GB"
    malawi = by_text("Traders in Limbe, in Malawi's Blantyre district, shut their shops.", gaz)
    assert malawi["Limbe"].country_code == "MW"


def test_a_town_opening_a_sentence_listed_with_a_place_of_its_country(gaz):
    text = ("BRISBANE, Australia - The cyclone crossed the Queensland coast on Monday. Bundaberg and the Whitsunday "
            "Islands escaped the strongest winds.")
    assert by_text(text, gaz)["Bundaberg"].country_code == "AU"
    # "and" a person's name after it: a surname still.
    assert "Bundaberg" not in by_text(text.replace("the Whitsunday Islands", "Smith"), gaz)


def test_where_a_firm_is_based_is_a_place_even_for_a_first_name(gaz):
    text = "RALEIGH, N.C. - A quarry in North Carolina was proposed by a Charlotte-based bank."
    assert by_text(text, gaz)["Charlotte"].country_code == "US"
    assert "Charlotte" not in by_text("Charlotte said she would go to the meeting.", gaz)


def test_a_town_a_few_miles_from_somewhere(gaz):
    text = "In Minnesota, small schools such as Roseau, a few miles from Canada, have won titles in recent years."
    assert by_text(text, gaz)["Roseau"].country_code == "US"


def test_argentina_s_provinces_named_unlike_their_capitals(gaz):
    places = by_text("BUENOS AIRES - Nurses sent by the ministry reached the provinces of Formosa and Chaco.", gaz)
    assert places["Chaco"].feature_code == "ADM1" and places["Chaco"].country_code == "AR"
    # "Formosa" is no longer read as Taiwan's old name.
    assert places["Formosa"].country_code == "AR"
    jujuy = by_text("Fires spread through Tucumán province and Jujuy province on Sunday.", gaz)
    assert jujuy["Tucumán province"].feature_code == "ADM1" and jujuy["Jujuy province"].country_code == "AR"


def test_a_town_named_with_a_kind_of_place_opening_a_sentence(gaz):
    text = "SYDNEY - Floods hit northern New South Wales. Brunswick Heads escaped serious flooding, but roads were cut."
    assert by_text(text, gaz)["Brunswick Heads"].country_code == "AU"


def test_taffs_well_and_donegals_bridgend(gaz):
    assert by_text("Flood alerts stayed in place at Taff's Well, north of Cardiff.", gaz)["Taff's Well"].country_code \
        == "GB"
    text = "DERRY - The path will pass through Bridgend and Fahan before reaching Buncrana in County Donegal."
    assert by_text(text, gaz)["Bridgend"].country_code == "IE"
    assert by_text("Police in Bridgend, south Wales, arrested a man.", gaz)["Bridgend"].country_code == "GB"


def test_first_level_regions_named_unlike_their_towns(gaz):
    places = by_text("ANKARA - Rescuers were still searching collapsed buildings in Hatay and Sakarya on Tuesday.", gaz)
    assert places["Hatay"].feature_code == "ADM1" and places["Hatay"].country_code == "TR"
    assert places["Sakarya"].country_code == "TR"
    # The old name of the Congo is no Angolan province, and the Red Sea no Egyptian governorate.
    assert by_text("The Zaire strain of Ebola was found.", gaz).get("Zaire") is None or \
        by_text("The Zaire strain of Ebola was found.", gaz)["Zaire"].country_code != "AO"
    assert by_text("Ships crossed the Red Sea on Monday.", gaz)["Red Sea"].feature_code == "SEA"


def test_a_town_listed_between_two_towns_of_one_region_is_its_namesake_there(gaz):
    text = ("MONTPELIER, Vt. - Floods hit Vermont. Roads washed out in Morrisville, Cambridge and Enosburg Falls, "
            "officials said.")
    assert by_text(text, gaz)["Cambridge"].admin1 == "VT"
    assert by_text("Scientists in Cambridge, Massachusetts, said the trial worked.", gaz)["Cambridge"].admin1 == "MA"


# Sentences of our own naming rows of towns39in, towns39an, towns39uk, towns39us, towns38sa, towns38a, towns39cn,
# towns39eu, towns39af and towns39ne.
CASES = [
    ("Fire crews were still working to save homes near Wulgulmerang in Victoria's far east on Sunday night.",
     'Wulgulmerang', 'AU', (-37.08, 148.26)),
    ('Residents were rescued from rooftops in Bungawalbin, New South Wales, as floodwaters kept rising.',
     'Bungawalbin', 'AU', (-29.08, 153.25)),
    ('Fishermen in Muthalapozhi, Kerala, staged a protest after another boat capsized at the harbour mouth.',
     'Muthalapozhi', 'IN', (8.63, 76.78)),
    ('Rescue teams reached villages near Kottigehara in Karnataka after heavy rain blocked the Charmadi ghat road.',
     'Kottigehara', 'IN', (13.12, 75.51)),
    ('Coastguards were called to Covehithe in Suffolk after another section of cliff collapsed onto the beach.',
     'Covehithe', 'GB', (52.37, 1.7)),
    ('A lorry overturned on the A9 near Kildary in the Scottish Highlands, closing the road for several hours.',
     'Kildary', 'GB', (57.76, -4.04)),
    ('A tornado destroyed several mobile homes in Bentonia, Mississippi, late on Saturday, the county sheriff said.',
     'Bentonia', 'US', (32.642, -90.364)),
    ('Firefighters were still battling a grass fire near Balko, Oklahoma, on Tuesday as winds gusted above 50 mph.',
     'Balko', 'US', (36.627, -100.682)),
    ("Firefighters were still battling flames near Santa Olga, in Chile's Maule region, "
     "as the wind changed direction overnight.",
     'Santa Olga', 'CL', (-35.3, -72.26)),
    ("Dozens of homes burned in Achupallas, a hillside neighbourhood of Viña del Mar in Chile's Valparaíso region.",
     'Achupallas', 'CL', (-33.03, -71.51)),
    ("The ruins of the old spa town resurfaced in Villa Epecuén, in Argentina's Buenos Aires province, "
     "as the lake receded.",
     'Villa Epecuén', 'AR', (-37.13, -62.82)),
    ("Guests fled a hotel fire in Kartalkaya, a ski resort in Turkey's Bolu province, in the early hours of Tuesday.",
     'Kartalkaya', 'TR', (40.62, 31.76)),
    ("Surfers were rescued near Imsouane, a fishing village on Morocco's Atlantic coast north of Agadir.",
     'Imsouane', 'MA', (30.84, -9.82)),
    ("Floodwaters cut off roads in Rongjiang, in China's Guizhou province, after days of torrential rain.",
     'Rongjiang', 'CN', (25.93, 108.52)),
    ("Firefighters were battling a wildfire near Cheongdo in South Korea's North Gyeongsang province.",
     'Cheongdo', 'KR', (35.65, 128.74)),
    ("A tourist bus left the road near Mustafapaşa in Turkey's Cappadocia region, injuring eleven passengers.",
     'Mustafapaşa', 'TR', (38.58, 34.9)),
    ("Rescuers searched for two hikers missing near Stratená in eastern Slovakia after a heavy snowfall.",
     'Stratená', 'SK', (48.87, 20.32)),
    ("Floodwaters cut off homes in Chisumbanje in eastern Zimbabwe after days of heavy rain.",
     'Chisumbanje', 'ZW', (-20.8, 32.23)),
    ("A measles outbreak near Haydom in northern Tanzania has prompted a vaccination drive.",
     'Haydom', 'TZ', (-4.23, 35.05)),
    ("Lobstermen in Harpswell, Maine, say warming waters have pushed their catch further offshore this season.",
     'Harpswell', 'US', (43.8, -69.98)),
]


@pytest.mark.parametrize("sentence, name, country, point", CASES)
def test_a_place_of_the_reviewed_rows(gaz, sentence, name, country, point):
    in_country_near(by_text(sentence, gaz)[name], country, point, within=10)
