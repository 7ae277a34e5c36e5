"""Places, round 20: which of several same-name places a mention is (sentences of our own): a town's own name over
another town's former name, a repeated first name's earlier sense, a pair sharing a qualifier, a list neighbour's
country, a demonym's "town of", Jamaica's parishes; the country of unknown places by a named border or across one;
and towns after verbs of raids and taking, or after going through."""

from __future__ import annotations

from eventwire.geo import find_places

from conftest import by_text


def test_a_towns_own_name_beats_another_towns_former_name(gaz):
    text = ("Russian forces pushed toward Pokrovsk on Tuesday, Ukraine's military said. Russia has sent thousands of "
            "troops to the area, and Russian drones hit Kharkiv. Moscow said Russia's forces had taken two villages.")
    assert by_text(text, gaz)["Pokrovsk"].country_code == "UA"
    # The other town under its own name, and a spelling of one name ("Hama" for Ḩamāh), are as before.
    assert by_text("Ukrainian drones hit the Russian city of Engels.", gaz)["Engels"].country_code == "RU"
    assert by_text("Heavy clashes erupted in Homs and Hama, Syrian officials said.", gaz)["Hama"].country_code == "SY"


def test_a_first_name_named_again_keeps_the_articles_town(gaz):
    text = ("COLUMBIA, South Carolina (Reuters) - Candidates held rallies in Greenville, Florence and Charleston. "
            "The former governor drew a crowd in Florence before driving to Myrtle Beach.")
    spots = [p for p in find_places(text, gazetteer=gaz) if p.text == "Florence"]
    assert [(p.country_code, p.admin1) for p in spots] == [("US", "SC"), ("US", "SC")]


def test_the_first_of_a_pair_shares_the_seconds_qualifier(gaz):
    places = by_text("Police in Troy and Syracuse, New York, arrested 40 protesters.", gaz)
    assert (places["Troy"].admin1, places["Syracuse"].admin1) == ("NY", "NY")
    # Not a town with no namesake in the qualifying country.
    assert by_text("Flights from Dubai and Manchester, England, were delayed.", gaz)["Dubai"].country_code == "AE"


def test_a_famous_namesake_yields_to_a_town_listed_with_a_home_town(gaz):
    text = ("Protests in Chile spread from Santiago to Valparaíso and Temuco. Chilean police arrested 200 people in "
            "Concepción and Los Angeles.")
    assert by_text(text, gaz)["Los Angeles"].country_code == "CL"
    text = "Texas officials said flights between Dallas and Los Angeles were cancelled."
    assert by_text(text, gaz)["Los Angeles"].country_code == "US"


def test_a_demonym_and_town_of_keep_the_towns_of_that_country(gaz):
    assert by_text("The Chilean town of Los Angeles was evacuated.", gaz)["Los Angeles"].country_code == "CL"
    place = by_text("Rebels seized the Malian town of Farabougou on Sunday.", gaz)["Farabougou"]
    assert place.country_code == "ML" and place.resolution == "unresolved"  # a town the gazetteer lacks


def test_jamaicas_parishes(gaz):
    places = by_text("Jamaica declared a state of emergency in St. James parish after killings around Montego Bay.",
                     gaz)
    assert (places["St. James parish"].country_code, places["St. James parish"].feature_code) == ("JM", "ADM1")
    places = by_text("Hurricane Beryl tore roofs off homes in St Elizabeth and Manchester parishes, officials in "
                     "Kingston said, and roads in Trelawny were cut.", gaz)
    assert all(places[n].country_code == "JM" for n in ("St Elizabeth", "Manchester", "Trelawny", "Kingston"))
    # England's city stays England's.
    assert by_text("Police in Manchester said two men were arrested.", gaz)["Manchester"].country_code == "GB"


def test_an_unknown_place_by_a_border_named_by_its_countries(gaz):
    text = "Traders in Zimbabwe said trucks queued at Kobura on the Zambia-Congo border."
    assert by_text(text, gaz)["Kobura"].country_code in ("ZM", "CD")
    text = "Kenyan officials said Somali fighters attacked Kobura, near the border with Kenya, on Monday."
    assert by_text(text, gaz)["Kobura"].country_code == "SO"


def test_an_unknown_end_of_a_route_across_a_border(gaz):
    text = "Thousands of Rohingya crossed the river from Kobura to Teknaf in Bangladesh."
    assert by_text(text, gaz)["Kobura"].country_code == "MM"
    # Without a crossing, the route stays in its known end's country.
    text = "Floods hit Kenya, and families fled from Kobura to Kisumu on Monday."
    assert by_text(text, gaz)["Kobura"].country_code == "KE"


def test_a_small_town_of_the_country_its_sentence_names(gaz):
    text = "Rwandan troops and rebels captured Goma, and Rwanda denied that its forces were in Sake."
    assert by_text(text, gaz)["Sake"].country_code == "CD"


def test_towns_after_raids_and_taking(gaz):
    text = "Nigeria's army fought bandits in Zamfara, and gunmen raided Kankara."
    assert by_text(text, gaz)["Kankara"].country_code == "NG"
    text = "Ukrainian forces crossed into Russia's Kursk region and took Sudzha, Ukraine's army said."
    assert by_text(text, gaz)["Sudzha"].country_code == "RU"


def test_a_town_gone_through_after_from_a_country(gaz):
    text = "Haitian migrants were deported from the Dominican Republic through Dajabón on Monday."
    assert by_text(text, gaz)["Dajabón"].country_code == "DO"
    text = "Afghan families returned from Iran through Islam Qala, officials said."
    assert by_text(text, gaz)["Islam Qala"].country_code == "AF"


def test_the_head_of_an_arabic_name_is_not_the_place_of_its_first_word(gaz):
    places = by_text("Iraqi militias fired rockets at Ain al-Asad air base in Anbar.", gaz)
    assert "Ain" not in places and places["Anbar"].country_code == "IQ"
    assert by_text("Israeli jets struck Gaza City and Deir al-Balah.", gaz)["Deir al-Balah"].country_code == "PS"


def test_a_stoplisted_state_after_its_town_and_a_comma(gaz):
    places = by_text("Police arrested a man in Bendigo, Victoria, on Monday.", gaz)
    assert (places["Victoria"].country_code, places["Victoria"].feature_code) == ("AU", "ADM1")
    assert set(by_text("Doctors in London, Victoria Smith said, were tired.", gaz)) == {"London"}


def test_an_unknown_place_storms_or_fighters_strike(gaz):
    text = ("Cyclone Freddy hit Malawi and Mozambique. In Malawi, mudslides buried Chilobwe, and in Mozambique floods "
            "cut off Kobura.")
    place = by_text(text, gaz)["Kobura"]
    assert place.country_code == "MZ" and place.resolution == "unresolved"
    assert by_text("Rebels in Uganda seized Kobura on Monday.", gaz)["Kobura"].country_code == "UG"
    # Not a noun's modifier: "shelled Houthi positions".
    assert "Houthi" not in by_text("Yemen's troops shelled Houthi positions near Taiz.", gaz)
    place = by_text("Storm Daniel hit Greece, then Libya. In Greece, Kobura was flooded.", gaz)["Kobura"]
    assert place.country_code == "GR" and place.resolution == "unresolved"


def test_a_country_named_town_listed_with_a_town_of_a_region_the_article_names(gaz):
    places = by_text("In Indiana, flooding hit Peru and Kokomo, and the Wabash River rose.", gaz)
    assert (places["Peru"].country_code, places["Peru"].admin1) == ("US", "IN")
    assert by_text("Indiana farmers said exports to Peru and Chile fell.", gaz)["Peru"].feature_code == "PCLI"


def test_an_unknown_place_its_residents_speak_for(gaz):
    text = "Floods hit Kenya's west on Monday. Residents of Kobura said the water rose overnight."
    assert by_text(text, gaz)["Kobura"].country_code == "KE"
    # Not a country's people.
    assert set(by_text("Residents of Kenya said prices rose.", gaz)) == {"Kenya"}


def test_an_unknown_place_on_a_river_or_a_road(gaz):
    text = "Floods hit Kenya's west on Monday. Bodies were recovered downstream from Kobura."
    assert by_text(text, gaz)["Kobura"].country_code == "KE"
    text = "Floods hit Kenya's west on Monday. The road linking Kobura to Kisumu was washed away."
    assert by_text(text, gaz)["Kobura"].country_code == "KE"
    text = "Floods hit Kenya's west on Monday. The river burst its banks at Kobura and Nkanji."
    assert {by_text(text, gaz)[n].country_code for n in ("Kobura", "Nkanji")} == {"KE"}


def test_a_citys_short_name_in_its_country_over_a_capital_abroad(gaz):
    text = ("Police in Santiago arrested 30 people after protests against the Dominican government; roads to Puerto "
            "Plata were blocked.")
    assert by_text(text, gaz)["Santiago"].name == "Santiago de los Caballeros"
    text = "A storm hit Cuba, and Santiago lost power; Cuban officials said Holguín was flooded."
    assert by_text(text, gaz)["Santiago"].name == "Santiago de Cuba"
    assert by_text("Protests in Chile spread from Santiago to Valparaíso.", gaz)["Santiago"].country_code == "CL"


def test_an_unknown_place_nearby_or_neighbouring(gaz):
    text = "Floods hit Kenya's west on Monday. Villagers in Kisumu and nearby Nkanji lost crops."
    assert by_text(text, gaz)["Nkanji"].country_code == "KE"
    assert by_text("Fighting in Sudan spread to neighbouring Kobura.", gaz)["Kobura"].country_code == "SD"
    text = "Kenyan police said the crash happened east of Nkanji, on the outskirts of Kobura."
    places = by_text(text, gaz)
    assert places["Nkanji"].country_code == "KE" and places["Kobura"].country_code == "KE"
    # Not a firm one stands outside.
    assert "Safaricom" not in by_text("Kenyan protesters gathered outside Safaricom on Monday.", gaz)
