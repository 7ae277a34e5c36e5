"""Places: natural features the gazetteer lacks, points for unknown places the text puts near a known one, towns
after disaster verbs (sentences of our own)."""

from __future__ import annotations

from eventwire.eval.places import km
from eventwire.geo import find_places

from conftest import by_text


def test_rivers_lakes_mountains_and_passes_named_with_a_kind_word(gaz):
    places = by_text("In Tanzania, the Ruvu and Wami rivers flooded farms near Morogoro, while ash fell on Mount Hanang "
                     "and fishermen left Babati Lake.", gaz)
    for name, code in (("Ruvu", "STM"), ("Wami", "STM"), ("Mount Hanang", "MT"), ("Babati Lake", "LK")):
        assert places[name].country_code == "TZ" and places[name].feature_code == code
    places = by_text("Snow closed the Khojak Pass on the road from Quetta, Pakistan's officials said.", gaz)
    assert places["Khojak Pass"].country_code == "PK"
    places = by_text("Fires burned in the Sierra de la Demanda, north of Burgos in Spain.", gaz)
    assert places["Sierra de la Demanda"].country_code == "ES"


def test_a_kind_word_naming_an_institution_or_a_disease_is_no_feature(gaz):
    names = {p.text for p in find_places("Doctors at Mount Abernethy Hospital in New York studied Kemper Valley fever "
                                         "and Ross River virus.", gazetteer=gaz)}
    assert names == {"New York"}


def test_an_unknown_place_measured_from_a_town_is_at_that_distance(gaz):
    text = "Cholera spread to Kitonga, 40 km north of Nakuru, Kenya's health ministry said."
    places = by_text(text, gaz)
    village, town = places["Kitonga"], places["Nakuru"]
    assert village.country_code == "KE" and village.resolution == "approximate"
    assert 35 < km(village.lat, village.lon, town.lat, town.lon) < 45 and village.lat > town.lat
    places = by_text("Floods hit Kitonga, a farming village about 25 miles west of Nakuru, in Kenya.", gaz)
    assert 35 < km(places["Kitonga"].lat, places["Kitonga"].lon, town.lat, town.lon) < 45
    # A village named beside a town is at the town rather than at the wider region named first.
    places = by_text("In Balochistan, the Kolpur Pass was closed by snow on the road to Quetta.", gaz)
    assert (places["Kolpur Pass"].lat, places["Kolpur Pass"].lon) == (places["Quetta"].lat, places["Quetta"].lon)


def test_an_unknown_village_gets_the_point_of_the_closest_known_place_of_its_country_in_its_sentence(gaz):
    places = by_text("In Zambia, the river flooded Kalamba village, and boats took families to Mongu.", gaz)
    village, town = places["Kalamba"], places["Mongu"]
    assert village.country_code == "ZM" and (village.lat, village.lon) == (town.lat, town.lon)
    assert village.resolution == "approximate" and village.geonameid is None
    # Named elsewhere in the article, the closest known place of its country gives the point; without one it keeps
    # no point.
    places = by_text("Zambia's floods reached Kalamba village. Doctors from Mongu arrived on Monday.", gaz)
    assert (places["Kalamba"].lat, places["Kalamba"].lon) == (places["Mongu"].lat, places["Mongu"].lon)
    places = by_text("Zambia's floods reached Kalamba village. Doctors arrived on Monday.", gaz)
    assert places["Kalamba"].country_code == "ZM" and places["Kalamba"].lat is None


def test_a_small_town_struck_by_a_disaster_is_a_town_of_the_article_country(gaz):
    places = by_text("Laos asked for help after flooding hit Attapeu, and the storm lashed Sekong.", gaz)
    assert places["Attapeu"].country_code == "LA" and places["Attapeu"].feature_class == "P"


def test_lists_of_unknown_villages_closed_by_their_kind_word_or_after_were(gaz):
    places = by_text("In Malawi, the worst-hit villages were Mtendere and Kalulu, near Zomba.", gaz)
    assert all(places[n].country_code == "MW" and places[n].lat is not None for n in ("Mtendere", "Kalulu"))
    places = by_text("Floods reached the Kaweta and Lunzu villages, Malawi's disaster agency said.", gaz)
    assert places["Kaweta"].country_code == "MW" and places["Lunzu"].country_code == "MW"
    # A list of districts the gazetteer knows stays those districts.
    places = by_text("Sindh's floods destroyed crops in Dadu and Jacobabad districts.", gaz)
    assert places["Dadu"].country_code == "PK" and places["Jacobabad"].country_code == "PK"


def test_a_town_a_leader_toured_is_a_place(gaz):
    places = by_text("Indonesia's president toured Anjirmuara on Monday and met families in tents.", gaz)
    assert places["Anjirmuara"].country_code == "ID"


def test_italian_and_german_names_joined_by_an_articulated_preposition(gaz):
    places = by_text("Landslides hit Abruzzo, and the village of San Martino sulla Marrucina was evacuated.", gaz)
    assert places["San Martino sulla Marrucina"].country_code == "IT"


def test_a_town_of_unknown_size_in_a_region_the_article_names_beats_a_small_namesake_elsewhere(gaz):
    text = "The storm hit Surigao del Norte province on Friday. Power was cut in General Luna overnight."
    assert by_text(text, gaz)["General Luna"].admin1 == by_text(text, gaz)["Surigao del Norte province"].admin1


def test_an_unknown_place_near_a_border_is_a_place_of_the_article_country(gaz):
    places = by_text("Drought hit Kenya's north. In Lokiriama, near the border with Uganda, herders lost cattle.", gaz)
    assert places["Lokiriama"].country_code == "KE"
    # An organisation's border work is no place.
    assert "Customs" not in by_text("Kenya Customs, at the border with Uganda, seized fuel.", gaz)
    assert "Wanjiru" not in by_text("Kenya's envoy met Grace Wanjiru, at the border with Uganda.", gaz)


def test_an_island_the_article_names_gives_its_point_when_no_town_of_the_country_is_named(gaz):
    places = by_text("An earthquake struck Lombok on Sunday. In Indonesia, the village of Kayangan Baru lost its mosque.",
                     gaz)
    assert (places["Kayangan Baru"].lat, places["Kayangan Baru"].lon) == (places["Lombok"].lat, places["Lombok"].lon)


def test_an_unknown_place_reached_in_a_named_province(gaz):
    places = by_text("Mourners from Kenya went to Kogweno in Rift Valley province for the funeral.", gaz)
    assert places["Kogweno"].country_code == "KE"
    assert "Annan" not in by_text("A call from Annan in Geneva came.", gaz)


def test_a_distance_with_thousands_is_read_whole_and_a_far_one_does_not_move_the_point(gaz):
    places = by_text("Rain hit Kitonga, a village 1,200 km south of Nairobi, near Nakuru, Kenya said.", gaz)
    assert places["Kitonga"].country_code == "KE" and places["Kitonga"].lat > -2.0
