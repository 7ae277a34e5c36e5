"""Places: people whose names spell towns, found by the names the article gives them; sentences of our own."""

from __future__ import annotations

from eventwire.geo import find_places

from conftest import by_text


def names(text: str, gaz) -> list[str]:
    return [p.text for p in find_places(text, gazetteer=gaz)]


def test_a_surname_after_a_given_name_is_a_person_throughout_the_article(gaz):
    # Lopez is a town in the Philippines; with no other place named, nothing but the person's name speaks against it.
    text = ("A jury took two hours to convict Marcus Lopez, 24, of the killings. The jury heard that Lopez fired "
            "13 times. The judge asked Lopez to stand.")
    assert names(text, gaz) == []


def test_a_sentence_opening_given_name_still_marks_the_surname(gaz):
    # "Sarah" opens the sentence, so the two words were not taken as one name before; Palin is a town in Guatemala.
    text = "Sarah Palin's office in Wasilla stayed shut on Friday. Palin told reporters she would be back soon."
    places = by_text(text, gaz)
    assert "Palin" not in places and places["Wasilla"].country_code == "US"


def test_a_surname_that_is_only_another_name_of_a_capital_is_no_capital(gaz):
    # GeoNames gives "Romo" as another name of Rome; the capital under its own name is still kept (below).
    assert names("Tony Romo threw two touchdowns. Romo told reporters his ankle felt fine.", gaz) == []


def test_a_given_name_used_alone_is_the_person_too(gaz):
    text = "Tyler Novak scored 31 points in Chapel Hill. Nobody in the league works harder than Tyler, his coach said."
    assert names(text, gaz) == ["Chapel Hill"]


def test_a_title_before_a_word_makes_it_a_person(gaz):
    text = "Shares fell after Mr. Warren spoke. Analysts said Warren was wrong about the chip market."
    assert names(text, gaz) == []


def test_an_office_before_a_word_makes_it_a_person(gaz):
    # Sherman is a town in Texas; a coach, a mayor or a governor named by office is a person.
    assert names("Coach Sherman praised the defence. Sherman said the team would be ready by Sunday.", gaz) == []
    # Unless the two words name a place: General Santos is a city in the Philippines.
    assert by_text("Floods hit General Santos on Monday.", gaz)["General Santos"].country_code == "PH"


def test_the_same_name_after_in_or_with_its_state_stays_a_town(gaz):
    text = ("Paul Ferguson, a software researcher, said the flaw was serious. Protests continued in Ferguson on "
            "Monday, and Ferguson residents marched.")
    spots = [p for p in find_places(text, gazetteer=gaz) if p.text == "Ferguson"]
    assert len(spots) == 2 and all(p.country_code == "US" and p.admin1 == "MO" for p in spots)
    assert "Ferguson" not in by_text("A letter from Ferguson was read aloud after Paul Ferguson resigned.", gaz)


def test_words_that_are_also_given_names_do_not_make_persons(gaz):
    # "Will" is a given name and a verb: the capital after it stays the capital.
    text = "Will Kabul fall before winter? Kabul was calm on Sunday."
    assert names(text, gaz) == ["Kabul", "Kabul"]
    # Nor does a given name before an institution's longer name ("Florence Federal Correctional Complex").
    places = by_text("Inmates at the Florence Federal Prison Camp near Florence, Ariz., went on strike.", gaz)
    assert places["Florence"].admin1 == "AZ" and places["Ariz."].feature_code == "ADM1"


def test_a_country_or_big_city_named_as_a_given_name_stays_a_place(gaz):
    text = "Jordan Henderson scored twice. Jordan closed its border with Syria, and Houston Smith left Houston."
    found = names(text, gaz)
    assert "Syria" in found and found.count("Jordan") == 1 and "Houston" in found


def test_another_name_of_a_town_abroad_named_bare_is_no_town(gaz):
    # GeoNames gives "Rivet" as an old name of an Algerian town and "Romo" as a name of Rome.
    assert names("The chip maker's finance chief, Rivet, says the deal will pay off.", gaz) == []
    assert names("Romo told reporters his ankle felt fine before the game in Dallas.", gaz) == ["Dallas"]
    # A local place's kind word after it says it is no city abroad ("Yida" is also a name of Jeddah).
    assert "Yida" not in names("Two shells hit the Yida camp in South Sudan overnight.", gaz)
    # Its country named elsewhere, or a locative word, still make it the town.
    places = by_text("Kiev said it would respond. Ukraine's army moved closer.", gaz)
    assert places["Kiev"].country_code == "UA"
    assert by_text("Shares fell in Bombay on Monday.", gaz)["Bombay"].country_code == "IN"


def test_offices_and_bodies_that_gazetteer_names_spell_are_no_places(gaz):
    assert names("The White House would not say on Tuesday whether the report was true.", gaz) == []
    assert names("Monitors sent by the Commonwealth of Independent States praised the vote.", gaz) == []
    assert "Man" not in names("Man Arrested After Armed Robbery at Duluth Gas Station", gaz)
    assert by_text("Fighting spread to Man, in western Ivory Coast, on Monday.", gaz)["Man"].country_code == "CI"
    # A hospital named after a mountain is no mountain; the mountain named alone still is.
    assert "Mount Sinai" not in names("She was taken to Mount Sinai Hospital in Manhattan on Friday.", gaz)
    assert by_text("Pilgrims climbed Mount Sinai at dawn.", gaz)["Mount Sinai"].country_code == "EG"
