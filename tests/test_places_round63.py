"""Places, round 63 (from check sets 89, 106, 111 and 112): a river that crosses borders is its country stretch only
when its own sentence names a place of that country ('the Niger rose at Mopti'); else it is the river itself, at its
mouth, as reference works place it ('villages along the Niger' in news of Mali); from sets 138 and 139: an
accented river named by what it does ('the Rhône rose'), passes named together, islands and regions of the Pacific."""
from __future__ import annotations

from conftest import by_text


def test_a_river_stretch_needs_a_place_of_its_country_in_the_sentence(gaz):
    bare = by_text("Heavy rain hit Mali for a week. Villages along the Niger were under water.", gaz)["Niger"]
    assert bare.feature_code == "STM" and bare.country_code == "NG"
    pinned = by_text("Heavy rain hit Mali for a week. The Niger rose at Mopti overnight.", gaz)["Niger"]
    assert pinned.feature_code == "STM" and pinned.country_code == "NG"  # at its mouth, by a town too (session 41)


def test_an_accented_river_named_by_what_it_does(gaz):
    text = "Storms cut roads in Valais in Switzerland. The Rhône rose sharply through Sion overnight."
    river = by_text(text, gaz)["Rhône"]  # the river at its mouth, in France (session 37)
    assert river.feature_code == "STM" and river.country_code == "FR"


def test_passes_named_together(gaz):
    places = by_text("In Switzerland the Grimsel and Furka passes were shut after rockfalls.", gaz)
    assert places["Grimsel"].country_code == "CH" and places["Furka"].country_code == "CH"


def test_islands_and_regions_of_the_pacific_and_indonesia(gaz):
    places = by_text("Ash from the volcano closed schools on Flores, Indonesia's island east of Bali.", gaz)
    assert places["Flores"].country_code == "ID" and places["Flores"].feature_code == "ISL"
    text = ("GIZO, Solomon Islands - Counting on Santa Isabel ended on Friday, and officials in the Western Province "
            "said turnout was high.")
    places = by_text(text, gaz)
    assert places["Santa Isabel"].country_code == "SB" and places["Western Province"].country_code == "SB"
