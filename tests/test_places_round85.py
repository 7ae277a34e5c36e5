"""Places, round 85: a people's name after "along the" is no river's bare name ("along the Russian border"), and
"the X itself joins the Y" names a river, not the department of that name."""

from __future__ import annotations

from conftest import by_text


def test_a_peoples_name_along_a_border_is_the_country_not_a_river(gaz):
    text = "Latvia: in Ludza, further north along the Russian border, the council asked for more police patrols."
    places = by_text(text, gaz)
    assert places["Russian"].feature_code == "PCLI" and places["Russian"].country_code == "RU"
    assert by_text("Barges were stuck along the Paraguay near Asunción.", gaz)["Paraguay"].feature_class == "H"


def test_a_river_that_itself_joins_another_is_the_river_not_the_department(gaz):
    text = "Colombia: a barge sank near Nechí, a few kilometres before the Cauca itself joins the Magdalena."
    assert by_text(text, gaz)["Cauca"].feature_class == "H"
