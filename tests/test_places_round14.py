"""Places round 14 (issue 3): mentions the eighth fresh set showed missing or misplaced, checked on sentences of our
own: islands after a people's word, regencies, unknown names after "around", "as far as", "from X, in ..." and "in X,",
gorges, towns opening a sentence with their location after them, towns of the country a sentence names, regions
abroad named like a town of the article's country, and rivers named bare."""

from __future__ import annotations

from conftest import by_text, near


def test_the_island_of_a_name_after_a_peoples_word(gaz):
    places = by_text("Ash fell on the Indonesian island of Sangeang Api, officials said.", gaz)
    assert places["Sangeang Api"].country_code == "ID"


def test_regencies_named_in_a_list_or_alone(gaz):
    places = by_text("Floods killed 12 people in Indonesia's West Sumatra, mostly in Pasaman and Solok Selatan "
                     "regencies.", gaz)
    assert places["Pasaman"].country_code == "ID" and places["Solok Selatan"].country_code == "ID"
    assert by_text("Indonesia's disaster agency said Pasaman Regency was worst hit.", gaz)["Pasaman"].country_code == "ID"


def test_unknown_names_after_around_and_as_far_as(gaz):
    places = by_text("Cholera spread in Malawi, where clinics around Mlolo and as far away as Makanjira ran short of "
                     "saline.", gaz)
    assert places["Mlolo"].country_code == "MW" and places["Makanjira"].country_code == "MW"
    # A holiday after "around" is a time.
    assert "Christmas" not in by_text("Prices in Malawi rose around Christmas.", gaz)


def test_gorges_and_canyons(gaz):
    places = by_text("A quake struck Nepal, stranding trekkers in the Kali Gandaki Gorge.", gaz)
    assert places["Kali Gandaki Gorge"].country_code == "NP" and places["Kali Gandaki Gorge"].feature_code == "GRGE"


def test_a_small_town_opening_a_sentence_with_its_island_after_it(gaz):
    places = by_text("A cyclone hit Fiji. Savusavu, on the island of Vanua Levu, lost power.", gaz)
    assert places["Savusavu"].country_code == "FJ" and places["Savusavu"].geonameid is not None
    # Without its location after it, a person's name opening a sentence stays out.
    assert "Savusavu" not in by_text("A cyclone hit Fiji. Savusavu said the roads were cut.", gaz)


def test_a_town_of_the_one_country_of_its_sentence_that_has_it(gaz):
    text = ("Peru reported cases in Piura and Chiclayo. In Bolivia and Paraguay, the virus spread from Santa Cruz to "
            "Asuncion.")
    assert by_text(text, gaz)["Santa Cruz"].country_code == "BO"


def test_a_region_abroad_named_like_a_town_of_the_article_country(gaz):
    assert by_text("Ebola returned to the Democratic Republic of Congo, and a nurse died in Beni.",
                   gaz)["Beni"].country_code == "CD"
    assert by_text("Ebola returned to the Democratic Republic of Congo, with new cases in Mangina and Beni.",
                   gaz)["Beni"].country_code == "CD"
    # A famous region abroad named like a mid-sized town of the article's country stays the region.
    text = "Cuba's east lost power, officials in Havana said, and the storm then crossed Florida."
    assert by_text(text, gaz)["Florida"].country_code == "US"
    # A region of a country the article names stays the region.
    assert by_text("Dengue spread in Bolivia's Beni and Pando.", gaz)["Beni"].feature_code == "ADM1"
    # A region of a country no name points to, with no town of the article's countries, stays the region.
    assert by_text("Officials in Kenya said floods hit Texas.", gaz)["Texas"].feature_code == "ADM1"


def test_an_unknown_name_placed_by_a_region_after_a_comma(gaz):
    places = by_text("Families arrived from Ngakura, in Uganda's Karamoja region, after the raids.", gaz)
    assert places["Ngakura"].country_code == "UG"
    # A person met somewhere is no place.
    assert "Omondi" not in by_text("Officials met Omondi, in Kenya, on Monday.", gaz)


def test_in_a_name_opening_a_clause(gaz):
    places = by_text("Drought hit Somalia. In Lafole, farmers lost their crops.", gaz)
    assert places["Lafole"].country_code == "SO"
    # A small town abroad the article has nothing in is a place of the article's country there.
    places = by_text("Drought hit Somalia. Wells dried up near Baidoa, and in Gedo, herders lost their goats.", gaz)
    assert places["Gedo"].country_code == "SO"
    # Not a language or a parliament.
    names = set(by_text("Kenya's schools reopened. In Swahili, the word means freedom, and in Parliament, members "
                        "argued.", gaz))
    assert names == {"Kenya"}


def test_rivers_of_one_country_named_bare(gaz):
    places = by_text("The Meghna burst its banks in Bangladesh, and the Irrawaddy rose in Myanmar.", gaz)
    assert places["Meghna"].country_code == "BD" and places["Meghna"].feature_code == "STM"
    assert places["Irrawaddy"].country_code == "MM"


def test_lists_of_unknown_names_after_in(gaz):
    places = by_text("Cholera broke out in Malawi, and villagers in Mlolo, Kalembo and Makhanga said wells were dirty.",
                     gaz)
    assert all(places[n].country_code == "MW" for n in ("Mlolo", "Kalembo", "Makhanga"))
    places = by_text("Rains lashed Sri Lanka's Kalutara district; in Horana and Bulathsinhala, homes were lost.", gaz)
    assert places["Horana"].country_code == "LK" and places["Bulathsinhala"].country_code == "LK"
    # Known countries in such a list stay themselves.
    assert set(by_text("Officials in Kenya and Uganda said cases rose.", gaz)) == {"Kenya", "Uganda"}


def test_the_port_or_enclave_of_a_name(gaz):
    assert by_text("Dengue cases rose in Bangladesh, mostly in the port of Mongla.", gaz)["Mongla"].country_code == "BD"
    assert by_text("Fighting closed the road to the enclave of Sokh in Uzbekistan.", gaz)["Sokh"].country_code == "UZ"


def test_an_unknown_name_after_a_regions_possessive_and_a_word_describing_a_place(gaz):
    places = by_text("Helicopters flew food to Sindh's flooded Khairpur Nathan Shah.", gaz)
    assert places["Khairpur Nathan Shah"].country_code == "PK" and places["Khairpur Nathan Shah"].lat is not None
    # Without such a word, a name after a possessive is as likely a person.
    assert set(by_text("Kenya's William Ruto met Ethiopia's Abiy Ahmed.", gaz)) == {"Kenya", "Ethiopia"}


def test_an_unknown_name_where_people_drive_or_a_disease_spreads(gaz):
    text = "In South Sudan, a medical team travelling out of Bor was ambushed as it drove east to Likuangole."
    assert by_text(text, gaz)["Likuangole"].country_code == "SS"
    assert by_text("Cholera spread to Mlolo in Malawi.", gaz)["Mlolo"].country_code == "MW"


def test_an_unknown_name_after_in_before_who_or_where(gaz):
    assert by_text("Bird flu reached Malawi, and people in Mlolo who keep hens were told to report sick birds.",
                   gaz)["Mlolo"].country_code == "MW"
    assert by_text("Cholera hit Zambia; families in Nsama, where wells are shallow, fell ill.",
                   gaz)["Nsama"].country_code == "ZM"


def test_two_unknown_names_where_a_storm_lands_or_a_river_floods(gaz):
    places = by_text("Cyclone Sidr made landfall in Bangladesh between Kuakata and Patharghata on Thursday.", gaz)
    assert places["Kuakata"].country_code == "BD" and places["Patharghata"].country_code == "BD"
    places = by_text("Ghana's dam spilled water, flooding Mepe and Battor in the Volta Region.", gaz)
    assert places["Mepe"].country_code == "GH" and places["Battor"].country_code == "GH"
    # Since towns.tsv has both, Mepe, listed with Battor, is the reviewed town (before, a point in the region).
    assert places["Mepe"].resolution == "city" and near(places["Mepe"], 6.1, 0.4, 0.1)
    # Companies a verb of damage names are no places.
    assert "Apple" not in by_text("Tariffs hit Apple and Samsung in Korea.", gaz)


def test_korea_named_bare_is_the_korea_its_article_means(gaz):
    assert by_text("Bird flu was found in Korea and Japan.", gaz)["Korea"].country_code == "KR"
    assert by_text("Pyongyang fired missiles, and Korea's leader inspected the launch.",
                   gaz)["Korea"].country_code == "KP"
    # Not the village of Côte d'Ivoire GeoNames spells the same.
    assert by_text("Tariffs hit exporters in Korea.", gaz)["Korea"].feature_code == "PCLI"


def test_holland_is_the_netherlands_unless_the_article_is_about_its_us_namesake(gaz):
    assert by_text("Bird flu reached Germany, Holland and Belgium.", gaz)["Holland"].country_code == "NL"
    assert by_text("Floods hit Michigan; in Holland and Grand Rapids, roads closed.", gaz)["Holland"].country_code == "US"


def test_a_countrys_short_name_in_a_sentence_naming_a_region_with_that_town(gaz):
    text = "Dengue reached Bolivia's Beni department, where Trinidad's hospital was full."
    assert by_text(text, gaz)["Trinidad"].country_code == "BO"
    # Named with another country only, it stays the country.
    assert by_text("Cuba and Trinidad signed a deal.", gaz)["Trinidad"].country_code == "TT"
