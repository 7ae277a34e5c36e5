"""Places, round 47: a town located right after its name by a place of another country than the article's ("X, south of
Belgrade") is a town of that place's country; "the X river" read as a big town of a country no other name points to,
in news firmly about another, is a river the gazetteer lacks there; the second end of a link ("linking X with Y"), a
person's home town ("a Mapua grower"), a town across the border, a town described as one with its distance after it,
and a town's other name after "officially renamed", "written", "known locally as" or "known to X as" are places; a
country's name written with its region as its town's ("PERU, Maine") makes the article's other such names that
region's towns; a bare river swept away a bridge, or is searched "near" a town; a river's stretch is the one by the
town named right after it; a town of a region the article names outweighs a smaller namesake its sentence's country
has; a town the dateline qualifies keeps that reading when named again beside a namesake's city; an unknown river
"flooded" streets; a region's emergency, police, fire, education or transport offices after its possessive make it
the region. Data: the Tobol and the Ishim, which GeoNames knows only as towns; the Lamone and the Savio; four
departments of Haiti."""
from __future__ import annotations

from eventwire.geo import find_places

from conftest import by_text


def test_a_small_town_located_by_a_city_of_its_country(gaz):
    text = ("Snow closed roads across Croatia on Tuesday, and Zagreb and Osijek ran short of salt. A lorry overturned "
            "in Ripanj, south of Belgrade, and Croatian drivers waited for hours.")
    town = by_text(text, gaz)["Ripanj"]
    assert (town.country, town.feature_code) == ("SRB", "PPL")
    # Without the place after it, it is no town of a country the article never names.
    bare = by_text(text.replace(", south of Belgrade,", ""), gaz).get("Ripanj")
    assert bare is None or bare.country != "SRB"


def test_the_river_named_like_a_big_town_abroad(gaz):
    text = ("Floods hit Kenya on Monday. Nairobi, Mombasa and Kisumu closed schools, and Kenya's army sent boats along "
            "the Tete river to rescue families.")
    river = by_text(text, gaz)["Tete"]
    assert (river.country, river.feature_code, river.resolution) == ("KEN", "STM", "approximate")
    # A town of the article's own country stays the town.
    assert by_text(text.replace("Tete", "Thika"), gaz)["Thika"].feature_class == "P"
    # So does the town abroad when its country is named too.
    named = text.replace("rescue families.", "rescue families, as Mozambique's army did in Tete.")
    assert all(p.country == "MOZ" for p in by_text(named, gaz).values() if p.text == "Tete")


def test_the_tobol_and_the_ishim(gaz):
    places = by_text("Kazakhstan evacuated villages as the Tobol burst its banks near Kostanay and the Ishim river "
                     "rose at Petropavl.", gaz)
    # Placed by towns of Kazakhstan, each is still the river at its mouth, in Russia (session 41).
    assert (places["Tobol"].country, places["Tobol"].feature_code) == ("RUS", "STM")
    assert (places["Ishim"].country, places["Ishim"].feature_code) == ("RUS", "STM")
    # No town it is placed by: the river at its mouth, in Russia (session 37).
    bare = by_text("Kazakhstan evacuated villages as the Ishim river flooded streets in Petropavl.", gaz)
    assert (bare["Ishim"].country, bare["Ishim"].feature_code) == ("RUS", "STM")
    russian = by_text("In Russia's Tyumen region, the Ishim river rose again, and Moscow sent rescuers.", gaz)
    assert (russian["Ishim"].country, russian["Ishim"].feature_code) == ("RUS", "STM")


def test_the_second_end_of_a_link(gaz):
    text = ("Irish officials unveiled a greenway linking Tullamore with Banagher on Monday, and farmers in Offaly "
            "objected.")
    assert by_text(text, gaz)["Banagher"].country == "IRL"


def test_a_person_of_a_small_town(gaz):
    assert by_text("Floods hit Nelson and Tasman in New Zealand, and a Mapua grower lost his crop.",
                   gaz)["Mapua"].country == "NZL"


def test_a_country_named_like_its_towns_region_makes_the_others_towns(gaz):
    text = ("PERU, Maine - The mill's owners met union leaders on Monday. A welder from Mexico said jobs in Mexico and "
            "Norway depended on the deal.")
    places = [p for p in find_places(text, gazetteer=gaz) if p.text in ("Mexico", "Norway")]
    assert len(places) == 3 and all((p.country, p.admin1) == ("USA", "ME") for p in places)
    # Without the region after the first, they stay countries.
    other = by_text("The mill's owners met union leaders in Peru on Monday. A welder from Mexico said jobs in Mexico "
                    "and Norway depended on the deal.", gaz)
    assert other["Mexico"].country == "MEX"


def test_a_town_across_the_border(gaz):
    text = "Families from Somalia's Gedo region walked for days to Dadaab, across the frontier."
    assert by_text(text, gaz)["Dadaab"].country == "KEN"


def test_a_towns_new_or_other_spelling(gaz):
    assert by_text("Workers in Nagpur said Joshimath, officially renamed Jyotirmath, was sinking again.",
                   gaz)["Jyotirmath"].country == "IND"
    assert by_text("Herat's governor said homes in Ghurian, written Ghoryan in older records, lost power.",
                   gaz)["Ghoryan"].country == "AFG"


def test_a_town_described_with_its_distance_is_no_country(gaz):
    text = "Rebels stormed Bahrain, a small town some 55 km up the valley from Mingora, in Pakistan's Swat district."
    assert by_text(text, gaz)["Bahrain"].country == "PAK"


def test_a_bare_river_that_swept_away_a_bridge_or_is_searched_near_a_town(gaz):
    assert by_text("Monsoon rain hit Himachal Pradesh in India, and the Beas washed away a bridge near Mandi.",
                   gaz)["Beas"].feature_code == "STM"
    assert by_text("Monsoon rain hit Punjab in India, and police searched along the Beas near Kapurthala.",
                   gaz)["Beas"].feature_code == "STM"


def test_a_towns_local_name(gaz):
    assert by_text("Coffee traders in Quetzaltenango, known locally as Xela, met Guatemala's ministers.",
                   gaz)["Xela"].name == "Quetzaltenango"
    text = "Armenia's Gyumri, known to Russians as Leninakan, lost power in the storm."
    assert by_text(text, gaz)["Leninakan"].name == "Gyumri"


def test_haitis_departments(gaz):
    text = "Haiti's health ministry reported cholera in the Nord-Est department and in Nippes."
    places = by_text(text, gaz)
    assert places["Nord-Est"].feature_code == "ADM1" and places["Nippes"].feature_code == "ADM1"


def test_the_dateline_town_keeps_its_reading_beside_its_namesakes_city(gaz):
    text = ("COPACABANA, Bolivia - Pilgrims filled the lakeside town on Sunday. Copacabana, whose shrine is older than "
            "any beach in Rio de Janeiro, expects more visitors next year.")
    towns = [p for p in find_places(text, gazetteer=gaz) if p.text.lower() == "copacabana"]
    assert len(towns) == 2 and all(p.country == "BOL" for p in towns)


def test_a_river_by_a_town_upstream_is_the_river_at_its_mouth(gaz):
    text = ("Floods hit Russia's Kurgan and Tyumen regions, and Moscow sent troops. Water also rose on the Ishim near "
            "Petropavl, officials said.")
    river = by_text(text, gaz)["Ishim"]
    assert (river.country, river.feature_code) == ("RUS", "STM")


def test_a_big_town_of_the_articles_region_beside_a_foreign_city(gaz):
    text = ("KITCHENER, Ontario - A battery maker will hire 400 workers at a new plant here rather than in the United "
            "States. Its buyers build cars in Windsor, Tillsonburg and Detroit, and trade officials in Washington said "
            "little.")
    assert by_text(text, gaz)["Windsor"].country == "CAN"


def test_an_unknown_river_that_flooded_streets(gaz):
    text = "Italy sent troops to Emilia-Romagna after the Senio flooded streets in Castel Bolognese, officials said."
    river = by_text(text, gaz)["Senio"]
    assert (river.country, river.feature_code) == ("ITA", "STM")
    assert "Taliban" not in by_text("Afghanistan's capital fell as the Taliban flooded into Kabul.", gaz)


def test_a_regions_offices_after_its_possessive(gaz):
    text = ("Floods cut roads across Australia on Monday. Victoria's emergency management commissioner asked for navy "
            "ships.")
    assert by_text(text, gaz)["Victoria"].feature_code == "ADM1"
    # A person's name with no office after it stays out.
    assert "Victoria" not in by_text("Floods cut roads across Australia on Monday. Victoria's brother asked for navy "
                                     "ships.", gaz)
