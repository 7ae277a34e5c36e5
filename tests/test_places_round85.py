"""Places, round 85: a people's name after "along the" is no river's bare name ("patrols along the Russian border
near Narva"); "the X itself meets the Y" names a river, not the department of that name; a name written with accents
is the small town of the article's country spelt so ("Milán", not Milan); Maltese names match without their barred h;
Brazil and Somalia lie near the centroids most writers use."""

from __future__ import annotations

from eventwire.geo.distance import km

from conftest import by_text


def test_a_peoples_name_along_a_border_is_the_country_not_a_river(gaz):
    text = "Estonia: guards patrolling along the Russian border near Narva found a downed drone on Sunday."
    places = by_text(text, gaz)
    assert places["Russian"].feature_code == "PCLI" and places["Russian"].country_code == "RU"
    assert by_text("Barges were stuck along the Paraguay near Asunción.", gaz)["Paraguay"].feature_class == "H"


def test_a_river_that_itself_joins_another_is_the_river_not_the_department(gaz):
    text = "Colombia: gold dredges work upstream of Caucasia, and downriver the Cauca itself meets the Magdalena."
    assert by_text(text, gaz)["Cauca"].feature_class == "H"


def test_a_name_written_with_accents_is_the_small_town_of_the_articles_country_spelt_so(gaz):
    text = ("Colombia: a farmer's son who works in Milan, in Italy, sent money home. In Caquetá, the road from "
            "Florencia to Milán was cut, and the mayor of Milán asked for boats.")
    places = by_text(text, gaz)
    assert places["Milán"].country_code == "CO" and places["Milan"].country_code == "IT"


def test_maltese_names_match_without_their_barred_h(gaz):
    places = by_text("Malta: flooding closed roads in Hamrun and Mellieha on Tuesday.", gaz)
    for name in ("Hamrun", "Mellieha"):
        assert places[name].country_code == "MT" and places[name].geonameid is not None, name


def test_brazil_and_somalia_lie_near_the_centroids_most_writers_use(gaz):
    places = by_text("Exports from Brazil rose, and aid reached Somalia.", gaz)
    assert km(places["Brazil"].lat, places["Brazil"].lon, -14.235, -51.925) < 161  # the DSPL table's point
    assert km(places["Somalia"].lat, places["Somalia"].lon, 5.15, 46.2) < 161
