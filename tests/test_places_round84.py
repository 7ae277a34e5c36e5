"""Places, round 84: points near the centroids in common use, a people's name before a lower-case kind word, a
feature's other names ("known in Greek as the X", "also called the X or Y"), and rivers the gazetteer does not know,
named bare where only a river can be."""

from __future__ import annotations

from eventwire.geo.distance import km

from conftest import all_named, by_text


def test_points_of_big_regions_lie_near_both_of_their_usual_centres(gaz):
    places = by_text("Cyclone warnings covered Queensland, and tankers crossing the Red Sea slowed down.", gaz)
    queensland, sea = places["Queensland"], places["Red Sea"]
    for point in ((-23.0, 143.0), (-22.0, 144.0), (-20.9, 142.7)):
        assert km(queensland.lat, queensland.lon, *point) < 161
    for point in ((20.0, 38.0), (22.0, 38.0)):
        assert km(sea.lat, sea.lon, *point) < 161


def test_a_peoples_name_before_a_lower_case_kind_word_is_the_country(gaz):
    places = by_text("Kyrgyz officials met in Osh. A Kyrgyz dam on the Naryn feeds Uzbek cotton fields, and Uzbek "
                     "canal workers cleared silt.", gaz)
    assert places["Kyrgyz"].country_code == "KG" and places["Kyrgyz"].feature_code == "PCLI"
    text = "Bolivian river traders in Trinidad said barges sat idle on the Mamoré."
    assert by_text(text, gaz)["Bolivian"].feature_code == "PCLI"
    # A country's own name before "river" names the river; a capital "River" a river's name.
    assert by_text("Barges sat on the Paraguay river near Concepción.", gaz)["Paraguay"].feature_class == "H"
    assert by_text("Wineries along the Russian River in California burned.", gaz)["Russian River"].country_code == "US"


def test_a_features_other_name_in_another_language_or_stretch(gaz):
    places = by_text("Orchards along the Maritsa, known in Greek as the Hebros, lost their pears to hail.", gaz)
    assert places["Hebros"].feature_class == "H"
    assert (places["Hebros"].lat, places["Hebros"].lon) == (places["Maritsa"].lat, places["Maritsa"].lon)
    places = by_text("Tanzania: the Rovuma, also called the Ruvuma or Rufuma, cut off ferries to Mozambique.", gaz)
    assert places["Rufuma"].feature_class == "H" and places["Rufuma"].lat == places["Rovuma"].lat


def test_a_river_the_gazetteer_lacks_named_where_only_a_river_can_be(gaz):
    text = ("Heavy rain hit Brazil's Pará state. Canoes took vaccines to hamlets along the Arapiuns. Downstream, "
            "the Jarauçu flows into the Xingu near Vitória do Xingu.")
    places = by_text(text, gaz)
    for name in ("Arapiuns", "Jarauçu"):
        assert places[name].feature_class == "H" and places[name].country_code == "BR", name
    places = by_text("Floods hit Guatemala. The Ixtacapa, which winds past cane fields, rose a metre.", gaz)
    assert places["Ixtacapa"].country_code == "GT"
    # Not a road, a promenade or a ladder.
    text = "In Beirut, Lebanon, crowds walked along the Corniche. Traders said prices went up the Ladder."
    assert set(by_text(text, gaz)) == {"Beirut", "Lebanon"}


def test_a_town_written_with_its_accents_over_namesakes_spelt_without(gaz):
    text = ("Heavy rain in Rio Grande do Sul, Brazil, swelled the Jaguarão River. Across the bridge from Jaguarão, 200 "
            "families left their homes in Río Branco.")
    assert by_text(text, gaz)["Río Branco"].country_code == "UY"
    assert by_text("Mexico: shoe factories in León shut.", gaz)["León"].country_code == "MX"
    assert by_text("Brazil's Acre state: the mayor of Rio Branco asked for boats.", gaz)["Rio Branco"].country_code == "BR"


def test_a_capital_heading_a_longer_name_is_that_capital_only_with_its_countrys_name(gaz):
    assert by_text("Flights to Santiago de Chile resumed on Monday.", gaz)["Santiago de Chile"].country_code == "CL"
    text = "In Bolivia, llama herders near Santiago de Andamarca lost their flocks to the frost."
    assert all(p.country_code != "CL" for p in by_text(text, gaz).values())


def test_unknown_marshes_and_a_crossing_named_by_what_it_does(gaz):
    places = by_text("Iraq: herders in the Suweyb marshes near Basra sold their buffalo.", gaz)
    assert places["Suweyb"].country_code == "IQ"
    places = by_text("Syria said the Tell Shihab crossing remained shut to lorries on Monday.", gaz)
    assert places["Tell Shihab"].country_code == "SY"
    assert by_text("The Biden camp has said nothing.", gaz) == {}


def test_a_river_the_article_names_is_that_river_again_over_a_namesake_abroad(gaz):
    text = ("PORTO VELHO, Brazil - River pilots steering fuel barges down the Madeira towards Humaitá said the channel "
            "was shallow. Engineers want to dredge the Madeira and the Purus before the dry season.")
    assert [p.country_code for p in all_named(text, "Madeira", gaz)] == ["BR", "BR"]
    # The island stays the island where the article is about it.
    text = "Tourists flew to Madeira. The Madeira wine harvest was poor, and hotels on the island filled."
    assert {p.country_code for p in all_named(text, "Madeira", gaz)} == {"PT"}


def test_a_town_read_abroad_listed_beside_a_town_is_its_namesake_under_another_name_there(gaz):
    text = "Panama: cattle farmers marched from Aguadulce and Santiago towards the capital on Tuesday."
    assert by_text(text, gaz)["Santiago"].country_code == "PA"  # Santiago de Veraguas, not Chile's capital
    text = "Storm damage: ICE services from Berlin and Frankfurt were cancelled on Sunday."
    frankfurt = by_text(text, gaz)["Frankfurt"]
    assert frankfurt.country_code == "DE" and frankfurt.lon < 10  # on the Main, not the Oder by Berlin
