"""Places, round 90: a people's name in an apposition after a dash or bracket ("X - the Bolivian one, not Rio's seafront
-") puts the town in that country, wherever else its namesake lies; a dateline's town that its section then qualifies as
another namesake ("LUANDA - ... stalls at the market of Luanda, in Vihiga") is that namesake, and so is the name until
the next dateline; a roundup's dateline naming the one town of its name in the country the article is firmly about is
that town, though a country the article names in passing has a namesake (its size unknown, when it is the one town of
that name anywhere: "BULAMBULI -"); a clause saying a town is "mixed up with" a namesake abroad is no context for the
town; "one district of London" is a part of the city, not an unknown district of the article's country named London;
Swahili "ya" joins the words of a name ("Nyumba ya Mungu Dam")."""

from __future__ import annotations

from conftest import all_named, by_text


def test_a_peoples_name_after_a_dash_names_the_towns_country(gaz):
    text = ("Farmers in Copacabana — the Colombian one, north of Medellín, and not Rio de Janeiro's seafront — "
            "lost coffee to frost.")
    assert by_text(text, gaz)["Copacabana"].country_code == "CO"
    bracket = ("Voters in Copacabana (the Bolivian one, by the shore of Titicaca, unlike Rio de Janeiro's district) "
               "elected a mayor.")
    assert by_text(bracket, gaz)["Copacabana"].country_code == "BO"


def test_the_rule_leaves_an_unqualified_town_by_its_city(gaz):
    text = "Sunbathers packed the sand at Copacabana last weekend as Rio de Janeiro and the rest of Brazil sweltered."
    assert by_text(text, gaz)["Copacabana"].country_code == "BR"


def test_a_dateline_the_section_qualifies_as_another_namesake(gaz):
    text = ("WESTERN ROUNDUP\n\nKAKAMEGA — Farmers in Kakamega asked for fertiliser.\n\nLUANDA — A blaze destroyed "
            "stalls at the open market of Luanda, in Vihiga, overnight. Crews came from Kisumu. \"Ours is just a "
            "market town,\" a seller said of Luanda.\n\nBUSIA — Lorries queued at the border.")
    places = all_named(text, "Luanda", gaz) + all_named(text, "LUANDA", gaz)
    assert len(places) == 3 and all(p.country_code == "KE" for p in places)


def test_a_dateline_unqualified_in_its_section_keeps_its_reading(gaz):
    text = ("AFRICA ROUNDUP\n\nNAIROBI — Kenya's shilling rose.\n\nLUANDA — Angola's oil exports rose in "
            "October, the finance ministry in Luanda said.")
    places = all_named(text, "LUANDA", gaz) + all_named(text, "Luanda", gaz)
    assert places and all(p.country_code == "AO" for p in places)


def test_a_roundups_dateline_of_the_firm_countrys_one_town_of_the_name(gaz):
    text = ("Kericho tea growers met on Friday.\n\nNANDI HILLS — Growers marched through the town on Monday. "
            "Some had come from Kapsabet and Eldoret. A buyer in Bengaluru, India, said prices would rise.")
    assert by_text(text, gaz)["NANDI HILLS"].country_code == "KE"


def test_a_town_mixed_up_with_a_namesake_abroad(gaz):
    text = ("Growers in Kapsabet and Eldoret protested. Nandi Hills town is regularly mixed up by tourists with the "
            "Nandi Hills fort above Bengaluru in India. Kericho was calm.")
    first, second = all_named(text, "Nandi Hills", gaz)
    assert (first.country_code, second.country_code) == ("KE", "IN")


def test_a_district_of_a_great_city_is_part_of_it(gaz):
    text = ("Floods swept Kibera and Mathare in Nairobi. Its name, like that of other estates in Nairobi, recalls a "
            "district of London. Kisumu was spared.")
    assert by_text(text, gaz)["London"].country_code == "GB"


def test_a_swahili_ya_inside_a_name(gaz):
    text = "Fishermen on Nyumba ya Mungu Dam, in northern Tanzania, reported the lowest water in a decade."
    assert by_text(text, gaz)["Nyumba ya Mungu Dam"].country_code == "TZ"


def test_a_datelines_only_town_of_the_name_its_size_unknown(gaz):
    text = ("BULAMBULI — Mud swept away houses in hillside villages below Mount Elgon after heavy rain, Ugandan "
            "officials said. Teams from Mbale helped dig.")
    assert by_text(text, gaz)["BULAMBULI"].country_code == "UG"
