"""Places, round 40: the dateline's town named again is that town, not a first-level region of another country;
"X, a Congolese town north of Y" puts X in that country, as "X, a Congolese town in ..." does; "X, a city of about
36,000" is the namesake of about that size; "LaSalle" and "La Salle" are one name; "along the X" is no city that X
is another name of."""
from __future__ import annotations

from conftest import by_text

from eventwire.geo import find_places
from eventwire.geo.keys import particle_variants
from eventwire.geo.stated_size import stated_sizes


def test_the_dateline_town_named_again_is_no_region_abroad(gaz):
    text = "ONTARIO, Calif. (AP) - A warehouse fire in Ontario sent smoke across the valley on Friday."
    ontario = by_text(text, gaz)["Ontario"]
    assert (ontario.feature_code, ontario.country) == ("PPL", "USA")


def test_a_kind_word_keeps_the_region_abroad(gaz):
    text = "SONORA, Calif. (AP) - Officials in the Mexican state of Sonora said the truck was seized at the border."
    sonora = by_text(text, gaz)["Sonora"]
    assert (sonora.feature_code, sonora.country) == ("ADM1", "MEX")


def test_a_qualifier_keeps_the_region_abroad(gaz):
    text = "ONTARIO, Calif. (AP) - The company will move its plant from Ontario, Canada, to a site near the airport."
    ontario = by_text(text, gaz)["Ontario"]
    assert (ontario.feature_code, ontario.country) == ("ADM1", "CAN")


def test_a_town_said_to_lie_north_of_another_is_in_the_country_named(gaz):
    text = "Rebels seized Mwesso Mbili, a Congolese town north of Goma, at dawn."
    town = by_text(text, gaz)["Mwesso Mbili"]
    assert (town.country, town.geonameid) == ("COD", None)


def test_such_a_town_under_another_spelling_is_that_town(gaz):
    text = "Rains cut off Tall Hamis, a Syrian town east of Qamishli, for a week."
    town = by_text(text, gaz)["Tall Hamis"]
    assert (town.feature_code, town.country) == ("PPL", "SYR")


def test_a_stated_size_picks_the_namesake_of_that_size(gaz):
    text = ("Heavy snow fell across the county. Roads were closed around Rome, a city of about 36,000 in the "
            "northwest of the state.")
    rome = by_text(text, gaz)["Rome"]
    assert (rome.feature_code, rome.country) == ("PPL", "USA")


def test_a_stated_size_of_millions_keeps_the_capital(gaz):
    rome = by_text("Roads were closed around Rome, a city of about 2,000,000 in the northwest.", gaz)["Rome"]
    assert (rome.feature_code, rome.country) == ("PPLC", "ITA")


def test_a_stated_size_holds_for_every_mention_of_the_name(gaz):
    text = ("Warming centres opened in Dalton and in Rome on Friday. Rome, a city of about 36,000, lost power at "
            "dawn, officials in Georgia said.")
    romes = [p for p in find_places(text, gazetteer=gaz) if p.text == "Rome"]
    assert [(p.country, p.feature_code) for p in romes] == [("USA", "PPL"), ("USA", "PPL")]


def test_stated_sizes_read_the_number_after_the_kind_word():
    text = "Ayrton, a city of some 40,000, and Bexley, a village of 2.5 thousand people, and Cade, a town of 12 km."
    mentions = [_Named(text, "Ayrton"), _Named(text, "Bexley"), _Named(text, "Cade")]
    assert stated_sizes(text, mentions) == {"ayrton": 40000, "bexley": 2500}


def test_a_name_joined_to_its_particle_is_the_name_written_apart(gaz):
    text = "The grain elevator near LaSalle, Ill., will close next year, the company said."
    town = by_text(text, gaz)["LaSalle"]
    assert (town.name, town.admin1, town.country) == ("La Salle", "IL", "USA")


def test_a_name_written_apart_from_its_particle_is_the_name_joined(gaz):
    town = by_text("A wildfire burned toward La Porte, Colo., on Sunday, the sheriff said.", gaz)["La Porte"]
    assert (town.name, town.admin1, town.country) == ("Laporte", "CO", "USA")


def test_particle_variants_only_split_or_join_the_particle():
    assert particle_variants("lasalle") == ("la salle",)
    assert particle_variants("de kalb") == ("dekalb",)
    assert particle_variants("dover") == ()
    assert particle_variants("de la salle") == ()


def test_a_city_s_other_name_after_the_is_no_city(gaz):
    text = "Farmers along the Tana said the river had burst its banks near Garissa."
    assert "Antananarivo" not in {p.name for p in find_places(text, gazetteer=gaz)}


def test_a_city_s_other_name_without_the_is_the_city(gaz):
    tana = by_text("Protesters gathered in Tana, Madagascar's capital, on Monday.", gaz)["Tana"]
    assert (tana.name, tana.country) == ("Antananarivo", "MDG")


class _Named:
    """A name found in a text: what `stated_sizes` reads of a mention."""

    def __init__(self, text: str, name: str) -> None:
        self.text, self.end = name, text.index(name) + len(name)
