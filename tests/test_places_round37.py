"""Places, round 37: towns named like countries in news of a region, a list item resolved after its name is read
again, rivers named bare by what they do, "past" as a locative word ("off" is too often a phrasal verb's: "fought
off Smith"), a far world city's namesake placed
by the text beside one of the article's towns, a region opening a council's name, a bare town known only abroad
in news of one country, a town described as lying in a named country or region, and one sense per article for a town
named again in a sentence of another country, and a country's name described as a city."""
from __future__ import annotations

from conftest import by_text

from eventwire.geo import find_places


def test_towns_named_like_countries_in_news_of_a_state(gaz):
    text = ("WATERVILLE, Maine (AP) - Snowmobile clubs from Waterville, China, Belgrade and Oakland will groom the "
            "trails together this winter. Volunteers in China said the lake ice was thick enough by New Year.")
    places = [p for p in find_places(text, gazetteer=gaz) if p.text == "China"]
    assert [(p.country_code, p.admin1) for p in places] == [("US", "ME"), ("US", "ME")]


def test_a_country_the_article_names_otherwise_stays_the_country(gaz):
    text = ("BANGOR, Maine (AP) - A boat builder from Bangor sells hulls in Augusta, Lisbon and Peru, and opened an "
            "office in Lima last spring.")
    places = by_text(text, gaz)
    assert places["Peru"].country_code == "PE"
    text = ("BANGOR, Maine (AP) - Blueberry growers in Bangor said shipments to Norway and Denmark fell last year, "
            "while sales to Canada held steady.")
    places = by_text(text, gaz)
    assert places["Norway"].country_code == "NO" and places["Denmark"].country_code == "DK"


def test_a_list_item_resolved_once_its_name_is_read_again(gaz):
    # "serves Farmington" alone is too weak for a town with bigger namesakes; read again as the dateline's town, it
    # resolves, and so do the towns listed beside it.
    text = ("FARMINGTON, Maine (AP) - A new bus line starting in Farmington will stop at the hospital on weekdays. "
            "The line serves Farmington, Poland, Oxford and two villages further west.")
    places = by_text(text, gaz)
    assert (places["Poland"].country_code, places["Poland"].admin1) == ("US", "ME")
    assert (places["Oxford"].country_code, places["Oxford"].admin1) == ("US", "ME")


def test_a_river_named_bare_by_what_it_does_or_after_to(gaz):
    places = by_text("Cafes in Hexham, Northumberland, shut early as the Tyne rose through the night.", gaz)
    assert places["Tyne"].feature_code == "STM" and places["Tyne"].country_code == "GB"
    text = "Water from the fells near Kirkby Lonsdale ran down to the Lune, closing lanes in Lancashire."
    places = by_text(text, gaz)
    assert places["Lune"].feature_code == "STM"
    # Not a river: a name the data does not know with a river's kind word.
    assert "Spurs" not in by_text("Fans in London sang as the Spurs rose to third in the table.", gaz)


def test_past_is_a_locative_word(gaz):
    places = by_text("In Perthshire, the parade went past Comrie and on to Crieff on Saturday.", gaz)
    assert places["Comrie"].country_code == "GB"


def test_a_far_world_city_placed_beside_the_articles_towns_is_its_namesake(gaz):
    text = ("Crews fought a blaze near Phoenix, south of Medford, and smoke hung over Talent and Ashland, Oregon, "
            "for a second day. Roads into Phoenix reopened on Sunday.")
    places = [p for p in find_places(text, gazetteer=gaz) if p.text == "Phoenix"]
    assert [(p.country_code, p.admin1) for p in places] == [("US", "OR"), ("US", "OR")]


def test_a_region_opening_a_councils_name_is_no_place(gaz):
    places = by_text("Highways staff from Norfolk County Council cleared fallen trees near Norwich on Sunday.", gaz)
    assert "Norfolk County" not in places and "Norfolk" not in places
    assert "Norwich" in places
    # A town before "City Council" is still named as the town.
    assert "Leeds" in by_text("Leeds City Council said bins in Leeds would be collected on Saturday.", gaz)


def test_a_bare_town_known_only_abroad_in_news_of_one_country_is_a_place_of_that_country(gaz):
    text = ("HUNTLY, New Zealand - Floods closed roads around Huntly, Ngaruawahia, Raglan and Putaruru on Monday, "
            "and buses to Hamilton and Rotorua were cancelled. Volunteers handed out food in Leamington.")
    places = by_text(text, gaz)
    assert places["Leamington"].country_code == "NZ"
    # Qualified, the town abroad stays.
    text = text.replace("food in Leamington.", "food to a family from Leamington, Ontario.")
    assert by_text(text, gaz)["Leamington"].country_code == "CA"


def test_a_town_described_as_lying_in_a_country_or_region_is_its_town_there(gaz):
    places = by_text("Rescuers reached Santiago, a town of some 60,000 people in southern Peru, after the quake.", gaz)
    assert places["Santiago"].country_code == "PE"
    places = by_text("Floods cut off Victoria, a small port in western Cameroon, and roads to Limbe were closed.", gaz)
    assert places["Victoria"].country_code == "CM"


def test_a_town_named_again_in_a_sentence_of_another_country_keeps_its_sense(gaz):
    text = ("OSHAWA, Ont. (CP) - Parts shortages idled assembly lines in Oshawa and Windsor this week, the union said. "
            "Many of those laid off in Windsor commute from the suburbs, and some cross daily to jobs in Detroit.")
    places = [p for p in find_places(text, gazetteer=gaz) if p.text == "Windsor"]
    assert [p.country_code for p in places] == ["CA", "CA"]


def test_a_country_name_described_as_a_city_is_the_town_of_the_articles_country(gaz):
    text = ("Volcanic ash coated rooftops in Antigua, the colonial city known for its churches, as the Fuego volcano "
            "erupted again in Guatemala on Sunday.")
    assert by_text(text, gaz)["Antigua"].country_code == "GT"
