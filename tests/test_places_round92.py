"""Places, round 92: a first-level region named like a great city only by one of the city's old names stays the region
where news of its country names it as a route's end or on its own ("cashews shipped from Ceará": the state, once a
name of Fortaleza), while the city named by its own name or a run of words of it still wins ("the highway from Santa
Cruz" in news of Bolivia); "its confluence with the X" says X is a river; "the Delta" is the delta of the article's
country when that country has one; a town "on the X side" of a border lies in X, not across it; in news firmly of
Lebanon a city of Lebanon beats a capital abroad the article never names though its sentence names another country,
and so it does where the sentence names Lebanon alone though the article names Syria more; a small town's name listed
right after a city abroad is the metropolis of that city's country ("cousins in Phoenix and Los Angeles" in news of
Sinaloa); "the Rio X" is the river, not a town named after it (a region of that name stays); "a bridge over the X"
spans a river; "the Gulf" in news of the countries whose workers and goods go there (Egypt, Jordan, South Asia) is
the Persian Gulf, as in news of its shores, unless the article names a country of another Gulf (the US, Mexico,
Australia)."""

from __future__ import annotations

from conftest import by_text


def test_a_region_named_like_a_city_only_by_an_old_name_of_it_stays_the_region(gaz):
    places = by_text("Brazil's cashew exports rose. Most nuts are shipped from Ceará and Piauí, growers said.", gaz)
    assert places["Ceará"].feature_code == "ADM1" and places["Ceará"].country_code == "BR"
    places = by_text("In Brazil, trucks on the long haul from Pará were stopped by police.", gaz)
    assert places["Pará"].feature_code == "ADM1"


def test_a_city_named_by_a_run_of_its_own_words_is_still_the_route_end(gaz):
    places = by_text("Bolivia's truckers blocked the highway from Santa Cruz for a third day.", gaz)
    assert places["Santa Cruz"].country_code == "BO" and places["Santa Cruz"].feature_class == "P"


def test_a_confluence_with_a_river_names_the_river(gaz):
    text = "In Paraguay, barges waited below Pilar, near its confluence with the Paraná, for the water to rise."
    places = by_text(text, gaz)
    assert places["Paraná"].feature_code == "STM"


def test_the_delta_is_the_delta_of_the_article_country(gaz):
    places = by_text("Egypt's rice farmers in the Delta were told to plant less, the ministry in Cairo said.", gaz)
    assert places["Delta"].feature_code == "DLTA" and places["Delta"].country_code == "EG"
    # Not a name that goes on ("the Delta Queen"), and not where the country has several deltas.
    boat = by_text("Tourists in Egypt boarded the Delta Queen at Aswan.", gaz)
    assert "Delta" not in boat or boat["Delta"].feature_code != "DLTA"
    vietnam = by_text("Vietnam's rice in the Delta failed.", gaz)
    assert "Delta" not in vietnam or vietnam["Delta"].feature_code != "DLTA"


def test_a_town_on_one_side_of_a_border_lies_in_that_country(gaz):
    text = ("Niger reopened its cattle market. Traders based in Gao, on the Malian side, crossed with goats, as did "
            "others from Burkina Faso.")
    places = by_text(text, gaz)
    assert places["Gao"].country_code == "ML"


def test_a_city_of_the_article_country_beats_a_capital_abroad_never_named(gaz):
    text = ("Lebanon's olive harvest was poor. Presses in Lebanon sold oil to buyers from Jordan and from Tripoli, "
            "growers said.")
    assert by_text(text, gaz)["Tripoli"].country_code == "LB"
    text = ("Syria's war drove families out of Syria and back into Syria again. Lebanon took many in: in Lebanon, most "
            "settled near Tripoli, up north.")
    assert by_text(text, gaz)["Tripoli"].country_code == "LB"
    # With the capital's country named, the capital.
    named = by_text("Libya's oil output rose. In Lebanon, traders from Tripoli bought fuel.", gaz)
    assert named["Tripoli"].country_code == "LY"


def test_a_name_listed_after_a_city_abroad_is_the_metropolis_of_that_country(gaz):
    text = "In Sinaloa, families left Culiacán for Phoenix and Los Angeles, where cousins work."
    assert by_text(text, gaz)["Los Angeles"].country_code == "US"
    # A small town listed after a town of its own region stays ("Lancaster, Gorham and Berlin").
    places = by_text("Farmers in Lancaster, Gorham and Berlin in New Hampshire lost crops.", gaz)
    assert places["Berlin"].country_code == "US"


def test_the_rio_x_is_the_river(gaz):
    places = by_text("Ferries on the upper Rio Negro in Brazil ran aground as the water fell.", gaz)
    assert places["Rio Negro"].feature_code == "STM"
    # Without "the", the town of that name; a region of that name stays the region.
    assert by_text("Brazil: hail hit Rio Negro, in Paraná state.", gaz)["Rio Negro"].feature_class == "P"
    places = by_text("Uruguay's dry spell hit Soriano; reservoirs along the Río Negro ran low, said Uruguay.", gaz)
    assert places["Río Negro"].country_code == "UY"


def test_a_bridge_over_the_x_spans_a_river(gaz):
    places = by_text("In Brazil, lorries queued at the bridge over the São Francisco between the two towns.", gaz)
    assert places["São Francisco"].feature_code == "STM"


def test_the_gulf_in_news_of_countries_that_send_workers_and_goods_there(gaz):
    places = by_text("In Egypt, many families near Sohag depend on cash sent by sons working in the Gulf.", gaz)
    assert places["Gulf"].name == "Persian Gulf"
    assert by_text("Jordan's farmers export tomatoes to the Gulf.", gaz)["Gulf"].name == "Persian Gulf"
    # Not where the article names a country of another Gulf.
    assert "Gulf" not in by_text("In Texas and in Egypt, storms formed over the Gulf.", gaz)
