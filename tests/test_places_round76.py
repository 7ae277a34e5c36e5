"""Places, round 76: what the text says of a town, a town on a river, border cities, the article's local towns."""

from __future__ import annotations

from eventwire.geo import find_places

from conftest import by_text


def test_a_name_described_as_its_countrys_city_is_the_city_not_the_region(gaz):
    text = "Floods spread across Beni and Pando. In Santa Cruz, Bolivia's second-largest city, schools were closed."
    place = by_text(text, gaz)["Santa Cruz"]
    assert (place.country_code, place.feature_class) == ("BO", "P")
    # Named bare after "department", the region stays.
    assert by_text("Rains hit the department of Santa Cruz in Bolivia.", gaz)["Santa Cruz"].feature_class == "A"


def test_a_great_city_across_the_border_over_a_small_home_namesake(gaz):
    opening = ("BRUSSELS - Strikes shut lines across Belgium on Monday. In Wallonia few trains left Namur or Mons; in "
               "Flanders operators ran trains between Antwerp and Leuven. ")
    assert by_text(opening + "Trains between Brussels and Lille were cancelled.", gaz)["Lille"].country_code == "FR"
    # Described as the village, the home namesake is kept.
    text = opening + "Buses between Turnhout and Lille, a village near Antwerp, were cancelled."
    assert by_text(text, gaz)["Lille"].country_code == "BE"


def test_a_river_by_what_it_carries(gaz):
    text = "Rains fell across Rondonia and Amazonas. The Madeira, which carries grain barges to the Amazon, rose."
    assert by_text(text, gaz)["Madeira"].feature_code == "STM"
    # The island stays the island.
    assert by_text("Tourists flew to Madeira, which welcomed a record number.", gaz)["Madeira"].country_code == "PT"


def test_a_town_a_list_moved_is_moved_again_when_named_again(gaz):
    text = ("MENDOZA, Argentina - Frost hit vineyards. Growers in Lujan de Cuyo and Maipu reported losses. "
            "\"We lost half,\" said a grower in Maipu.")
    codes = [p.country_code for p in find_places(text, gazetteer=gaz) if p.text == "Maipu"]
    assert codes == ["AR", "AR"]


def test_a_town_on_a_river_of_another_country_is_that_countrys_namesake(gaz):
    text = ("Dengue cases rose in Argentina's Misiones province and in Paraguay, where the city of Concepcion, on the "
            "Paraguay River, opened a fever ward.")
    assert by_text(text, gaz)["Concepcion"].country_code == "PY"


def test_a_small_town_among_the_articles_towns_is_the_namesake_there(gaz):
    text = ("LEBANON, New Hampshire - Snow closed schools from Claremont to Hanover. Forecasters in Gray, Maine, "
            "warned of more. Totals reached 20 inches in Canaan.")
    place = by_text(text, gaz)["Canaan"]
    assert (place.country_code, place.admin1) == ("US", "NH")
    # Said to lie elsewhere, it stays the one the text describes.
    text = ("LEBANON, New Hampshire - Snow closed schools from Claremont to Hanover. Totals reached 20 inches in "
            "Canaan, the town in central Maine.")
    assert by_text(text, gaz)["Canaan"].admin1 == "ME"


def test_settlements_the_gazetteer_lacked(gaz):
    assert by_text("Fire crews saved most of Enterprise, south of Hay River.", gaz)["Enterprise"].country_code == "CA"
    text = "Heavy rain closed roads in Westport, Charleston and Punakaiki on New Zealand's West Coast."
    assert by_text(text, gaz)["Charleston"].country_code == "NZ"


def test_a_town_on_a_named_island_is_the_islands_namesake(gaz):
    place = by_text("Ferries ran from Mallaig to Armadale on Skye all day.", gaz)["Armadale"]
    assert place.lat > 56.9 and place.lon < -5.5
    # Without the island, the bigger town of West Lothian.
    assert by_text("Buses ran from Bathgate to Armadale all day.", gaz)["Armadale"].lon > -4.5


def test_a_town_named_in_a_list_of_rivers_is_the_river_of_its_country(gaz):
    text = "Heavy rain fell in northern Thailand, where the Ping and Nan rivers have been running high for weeks."
    assert by_text(text, gaz)["Nan"].feature_code == "STM"
    # A town of several words ending in "River" is no list of rivers.
    text = "Cases were reported in Duncan and Campbell River on Vancouver Island."
    assert by_text(text, gaz)["Duncan"].feature_class == "P"


def test_bolivias_departments_under_their_kind_word(gaz):
    place = by_text("Miners marched across Potosí Department to the capital.", gaz)["Potosí Department"]
    assert (place.country_code, place.feature_code) == ("BO", "ADM1")
    assert by_text("Miners marched in Potosí on Monday.", gaz)["Potosí"].feature_class == "P"


def test_a_town_named_after_a_namesake_keeps_its_own_reading(gaz):
    text = ("BOWEN, Australia - Cane growers met in Ayr and Home Hill on Monday. Ayr, which was named after Ayr in "
            "Scotland, is surrounded by cane fields.")
    codes = [p.country_code for p in find_places(text, gazetteer=gaz) if p.text == "Ayr"]
    assert codes == ["AU", "AU", "GB"]
    # A thing named after a town is no namesake: the town is itself.
    text = "Cases of the fever rose in Liberia. The fever was named after Lassa, a town in Nigeria."
    assert by_text(text, gaz)["Lassa"].country_code == "NG"


def test_a_town_followed_by_its_own_region_keeps_its_reading_where_the_article_swapped_the_name(gaz):
    text = ("PERTH - Councillors in Perth and Kinross voted to cut bus routes to Crieff, Pitlochry and Dunkeld. "
            "Patients travel to hospitals in Perth or Dundee. Fans of a team from Perth in Western Australia "
            "posted complaints by mistake.")
    codes = [p.country_code for p in find_places(text, gazetteer=gaz) if p.text == "Perth"]
    assert codes == ["GB", "AU"]


def test_a_dateline_qualified_by_a_region_with_two_namesakes_settles_nothing(gaz):
    text = ("RICHMOND, England - Storms flooded homes in Reeth, Leyburn and Catterick Garrison on Friday. Water rose "
            "fast in Richmond overnight. A lorry driver's satnav had sent him to Richmond in south-west London.")
    lats = [p.lat for p in find_places(text, gazetteer=gaz) if p.text.lower() == "richmond"]
    assert [round(lat) for lat in lats] == [54, 54, 51]


def test_features_the_gazetteer_lacked(gaz):
    place = by_text("Ferries sailed from Barra to Eriskay and South Uist.", gaz)["Eriskay"]
    assert (place.country_code, place.feature_code) == ("GB", "ISL")


def test_mobile_is_a_word_unless_the_text_makes_it_alabamas_city(gaz):
    assert "Mobile" not in by_text("Protests spread in Islamabad. Mobile internet was cut in the capital.", gaz)
    assert by_text("Hurricane Sally hit Alabama. Flooding in Mobile closed roads.", gaz)["Mobile"].country_code == "US"


def test_a_utility_or_force_named_after_a_region_is_no_mention_of_it(gaz):
    text = "Nova Scotia Power said 140,000 customers lost power, and Kentucky State Police closed the highway."
    places = by_text(text, gaz)
    assert "Nova Scotia" not in places and "Kentucky" not in places
    assert "Sinaloa" not in by_text("Rival factions of the Sinaloa Cartel fought in Culiacan.", gaz)
    # A country's force still names the country; a region named bare still counts.
    assert by_text("The US Army sent engineers to Nova Scotia.", gaz)["US"].country_code == "US"
    assert by_text("The US Army sent engineers to Nova Scotia.", gaz)["Nova Scotia"].feature_code == "ADM1"


def test_adjectives_and_adverbs_opening_a_place_phrase_are_no_places(gaz):
    places = by_text("Fires destroyed homes near the Andean town of Epuyén. Upstream, the town of Palo shut a bridge.", gaz)
    assert "Andean" not in places and "Upstream" not in places
    assert places["Epuyén"].country_code == "AR" and places["Palo"].feature_class == "P"


def test_a_quantifier_before_of_is_no_town(gaz):
    text = "Floods hit Usti nad Labem and Decin in the Czech Republic. Most of the damaged houses were repaired."
    assert "Most" not in by_text(text, gaz)
    assert "Most" in by_text("Floods hit Usti nad Labem and the coal town of Most in the Czech Republic.", gaz)


def test_news_words_that_spell_towns_are_no_places(gaz):
    places = by_text("Roads were cut, an official told Xinhua. Brent crude rose in London. Iron ore exports fell.", gaz)
    assert set(places) == {"London"}
    assert by_text("Flooding hit homes in Brent and Harrow in north-west London.", gaz)["Brent"].country_code == "GB"
    assert not by_text('"Trucks pass every few minutes," a driver said.', gaz)


def test_a_name_listed_after_a_towns_neighbourhoods_is_a_quarter_of_it(gaz):
    from eventwire.geo.nearer_namesake import _listed_quarter
    from eventwire.geo.place import from_feature

    text = "In Dhaka, the worst-hit neighbourhoods were Mirpur and Mugda."
    dhaka = from_feature(3, 8, "Dhaka", next(f for f in gaz.lookup("dhaka") if f.cc == "BD" and f.fclass == "P"))
    india = next(f for f in gaz.lookup("mirpur") if f.cc == "IN")
    mirpur = from_feature(44, 50, "Mirpur", india)
    quarter = _listed_quarter(text, mirpur, [dhaka], 0)
    assert (quarter.country_code, quarter.lat, quarter.feature_code) == ("BD", dhaka.lat, "PPLX")
    # Without a word for a town's parts, the name is left as it was read.
    assert _listed_quarter("In Dhaka, officials met Mirpur and Mugda.", mirpur, [dhaka], 0) is None


def test_vina_del_mar_hill_neighbourhoods(gaz):
    places = by_text("Fires burned homes in El Olivar and Villa Independencia, above Viña del Mar in Chile.", gaz)
    assert places["El Olivar"].country_code == "CL" and places["Villa Independencia"].country_code == "CL"
