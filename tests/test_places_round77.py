"""Places, round 77: routes named by their ends, administrative words of one country, a town's own province, rivers
by where they meet, and the towns45 and areas45 rows."""

from __future__ import annotations

from eventwire.geo import find_places

from conftest import by_text


def _found(text, gaz):
    return [(p.text, p.country_code) for p in find_places(text, gazetteer=gaz)]


def test_both_ends_of_a_toll_road_are_places(gaz):
    text = "Trucks queued for hours on the Surabaya-Malang toll road on Monday after floods in East Java, police said."
    found = _found(text, gaz)
    assert ("Surabaya", "ID") in found and ("Malang", "ID") in found


def test_a_route_end_is_the_home_town_not_a_region_abroad(gaz):
    text = "KATHMANDU, Nepal - A jeep left the Beni-Baglung highway in Myagdi district on Monday, police in Nepal said."
    place = by_text(text, gaz)["Beni"]
    assert (place.country_code, place.feature_class) == ("NP", "P")


def test_a_word_only_one_country_uses_picks_its_namesake(gaz):
    text = ("The cyclone weakened after crossing the coast, officials in India and Bangladesh said. Tidal water entered "
            "Shyamnagar and Assasuni upazilas on Monday.")
    assert by_text(text, gaz)["Shyamnagar"].country_code == "BD"
    # Without the word, the big Indian town of the name stays the reading.
    text = "Officials in India and Bangladesh met in Shyamnagar on Monday to discuss the border."
    assert by_text(text, gaz)["Shyamnagar"].country_code == "IN"


def test_a_town_put_in_its_province_keeps_its_namesake(gaz):
    text = ("Floods hit Daet, Labo, Vinzons and Mercedes in Camarines Norte on Monday. Trucks were stranded at Matnog "
            "port in Sorsogon, the gateway to Samar.")
    place = by_text(text, gaz)["Matnog"]
    assert (round(place.lat), round(place.lon)) == (13, 124)  # Sorsogon's Matnog, not the one among the listed towns


def test_rivers_by_their_confluence(gaz):
    text = "LOKOJA, Nigeria - Farmers near the confluence of the Kaduna and the Niger lost their crops, officials said."
    places = by_text(text, gaz)
    assert places["Niger"].feature_code == "STM" and places["Niger"].country_code == "NG"


def test_a_river_of_two_words_below_a_road(gaz):
    text = "POKHARA, Nepal - A road below the Kali Gandaki washed out on Tuesday as rain lashed Nepal, officials said."
    place = by_text(text, gaz)["Kali Gandaki"]
    assert (place.country_code, place.feature_code) == ("NP", "STM")


def test_towns45_and_areas45_rows(gaz):
    text = ("DJIBOUTI - Ships waited at Doraleh on Monday. Ethiopian lorries queued for days, officials in Djibouti "
            "said, as Addis Ababa sought more berths.")
    assert by_text(text, gaz)["Doraleh"].country_code == "DJ"
    text = "Indonesia moved more civil servants to Nusantara in East Kalimantan this year, officials in Jakarta said."
    assert by_text(text, gaz)["Nusantara"].country_code == "ID"
    text = "Gold miners have muddied the Falémé, villagers in eastern Senegal said."
    assert by_text(text, gaz)["Falémé"].feature_code == "STM"


def test_areas45a_and_towns45a_rows(gaz):
    text = "Trekkers crossed the Larkya La on Monday before snow closed the route around Manaslu in Nepal, guides said."
    place = by_text(text, gaz)["Larkya La"]
    assert place.country_code == "NP"
    text = "Fishermen from Rameswaram were detained in Palk Bay, officials in Tamil Nadu said on Tuesday."
    assert by_text(text, gaz)["Palk Bay"].feature_class == "H"
    text = "Traders crossed from Thailand at Hat Lek into Cambodia's Koh Kong province on Friday, police said."
    assert by_text(text, gaz)["Hat Lek"].country_code == "TH"


def test_a_short_name_of_the_datelines_city_is_that_city(gaz):
    text = ("CIUDAD JUAREZ, Mexico - Truckers blocked bridges into Texas on Monday. In Nuevo Leon, exporters in Monterrey "
            "and Guadalupe said shipments from Tamaulipas were late. A rally was held outside Juarez on Tuesday.")
    place = [p for p in find_places(text, gazetteer=gaz) if p.text == "Juarez"][0]
    assert round(place.lat) == 32  # Ciudad Juárez, not Nuevo León's Ciudad Benito Juárez


def test_areas45f_and_towns45f_rows(gaz):
    text = "Refugees crossed from Congo at the Bunagana Border Post on Sunday, officials in Kisoro, Uganda, said."
    post = by_text(text, gaz)["Bunagana Border Post"]
    assert abs(post.lat + 1.28) < 0.1 and abs(post.lon - 29.60) < 0.1
    text = "Fighting forced families out of Old Fangak in Jonglei state, South Sudan, aid agencies said."
    assert by_text(text, gaz)["Old Fangak"].country_code == "SS"


def test_towns45e_rows(gaz):
    text = "Residents of Didube and Samgori joined the protest in Tbilisi, Georgia, on Sunday, organisers said."
    assert by_text(text, gaz)["Didube"].country_code == "GE"
    text = "Fighting closed the road to Garsila in Central Darfur, Sudan, aid agencies said."
    assert by_text(text, gaz)["Garsila"].country_code == "SD"


def test_a_compass_region_opening_an_organisations_name_is_no_place(gaz):
    text = "NAIROBI, Kenya - The Central Bank of Kenya held rates on Monday, and Eastern Airlines cut flights."
    assert set(by_text(text, gaz)) == {"NAIROBI", "Kenya"}
    # Before its kind word the region stays.
    assert by_text("LUSAKA, Zambia - Floods hit Eastern Province on Monday.", gaz)["Eastern Province"].country_code == "ZM"


def test_a_listed_name_of_several_countries_takes_the_one_beside_the_mention(gaz):
    from eventwire.geo.list_neighbours import listed_with
    from eventwire.geo.mentions import find_mentions
    from eventwire.geo.words import words

    text = "Lorries carrying fuel for Kasindi and Beni were stuck at the border."
    mentions = find_mentions(text, words(text), gaz)
    index = next(i for i, m in enumerate(mentions) if m.text == "Kasindi")
    assert len({f.cc for f in mentions[index + 1].features}) > 1  # Beni: Congo's, Bolivia's, Nepal's
    assert listed_with(text, mentions, index, [None] * len(mentions)) == frozenset({"CD"})


def test_a_reviewed_town_listed_with_a_place_of_its_country(gaz):
    text = ("KASESE, Uganda - Traders at Mpondwe, on the border with the Democratic Republic of Congo, said lorries "
            "carrying fuel for Kasindi and Beni were stuck on Monday.")
    assert by_text(text, gaz)["Kasindi"].country_code == "CD"
