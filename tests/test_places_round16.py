"""Places, round 16: conflict and disaster wording from Africa, the Middle East and South Asia (sentences of our own):
camps, crossings and straits the gazetteer lacks, sites after 'a base at', pairs of unknown names, 'al-' names, and
the country of an unknown name from the places after it in its clause."""

from __future__ import annotations

from eventwire.geo import find_places

from conftest import by_text


def test_a_camp_or_crossing_named_before_its_kind_word_is_a_place(gaz):
    places = by_text("Tanzania closed the Nduta camp near Kibondo, and trucks waited at the Mtendeli crossing.", gaz)
    assert places["Nduta"].country_code == "TZ" and places["Nduta"].feature_code == "PPLX"
    assert places["Mtendeli"].country_code == "TZ"
    # A candidate's camp is no place.
    assert set(by_text("In Kenya, the Kobura camp said the vote was fair.", gaz)) == {"Kenya"}


def test_an_arabic_name_with_the_article_in_lower_case(gaz):
    places = by_text("Egyptian trucks reached al-Arish, and aid was stored at the Kobura crossing, in Egypt.", gaz)
    assert places["al-Arish"].country_code == "EG" and places["al-Arish"].geonameid is not None
    places = by_text("Aid reached al-Mawasi, the camp in southern Gaza, on Monday.", gaz)
    assert places["al-Mawasi"].country_code == "PS"


def test_a_site_after_a_base_or_a_massacre_at_is_a_place(gaz):
    text = "Gunmen in Burkina Faso attacked an army base at Kobura. The massacre at Nkanji was the worst this year."
    places = by_text(text, gaz)
    assert places["Kobura"].country_code == "BF" and places["Nkanji"].country_code == "BF"
    places = by_text("Refugees from Sudan crossed into Chad at Kyabirwa.", gaz)
    assert places["Kyabirwa"].country_code == "TD"


def test_two_unknown_names_after_in_then_a_time_or_after_residents_of(gaz):
    text = ("The quake shook Syria. Houses collapsed in Kobura and Nkanji on Monday. Residents of Tongo and Kalehe "
            "slept outside.")
    places = by_text(text, gaz)
    assert all(places[n].country_code == "SY" for n in ("Kobura", "Nkanji", "Tongo", "Kalehe"))
    # Not people one does something with.
    assert set(by_text("Syria's minister met Kobura and Nkanji on Monday.", gaz)) == {"Syria"}


def test_a_list_called_two_of_the_worst_hit_villages(gaz):
    text = "Floods swept Nepal. Help reached Kobura and Upper Nkanji, two of the worst-hit villages, on foot."
    places = by_text(text, gaz)
    assert places["Kobura"].country_code == "NP" and places["Upper Nkanji"].country_code == "NP"


def test_a_name_after_and_to_repeating_a_locative(gaz):
    places = by_text("Families in Mali fled to Mopti and to Kobura, where camps were full.", gaz)
    assert places["Kobura"].country_code == "ML"


def test_an_unknown_name_near_a_town_or_in_an_unknown_state(gaz):
    places = by_text("A bomb killed four soldiers at a post in Kobura, near Peshawar.", gaz)
    assert places["Kobura"].country_code == "PK" and places["Kobura"].lat == places["Peshawar"].lat
    places = by_text("Somali troops retook a town in Nkanji state on Friday, officials in Mogadishu said.", gaz)
    assert places["Nkanji"].country_code == "SO"


def test_an_unknown_name_takes_the_country_of_the_places_after_it_in_its_clause(gaz):
    text = "Rebels reached Kisoro in Uganda. Shelling was heard near Kobura, on the road to Bukavu in South Kivu."
    assert by_text(text, gaz)["Kobura"].country_code == "CD"
    # Not across a border: "fled to X and across the border to Y".
    text = "Fighting spread in Chad. Families fled to Kobura and across the border to Kisoro in Uganda."
    assert [p.country_code for p in find_places(text, gazetteer=gaz) if p.text == "Kobura"] == ["TD"]


def test_a_town_is_the_namesake_beside_the_other_places_of_its_sentence(gaz):
    # Assam has two towns of the name, about as large: the one named with Silchar is the one by Silchar.
    places = by_text("Boats carried families from Lakhipur to Silchar after the embankment broke.", gaz)
    assert abs(places["Lakhipur"].lat - places["Silchar"].lat) < 0.5 and places["Lakhipur"].geonameid is not None
    # Alone, the larger one stays.
    assert by_text("Floods hit Lakhipur in India.", gaz)["Lakhipur"].lat > 25.5


def test_unknown_items_of_a_list_a_known_town_opens_after_in(gaz):
    places = by_text("Nurses in Mbandaka, Kobura and Nkanji treated 40 patients, Congo's ministry said.", gaz)
    assert places["Kobura"].country_code == "CD" and places["Nkanji"].country_code == "CD"
    # People speaking are no places.
    assert "Kobura" not in by_text("At a rally in Mbandaka, Kobura and Nkanji spoke to supporters.", gaz)


def test_the_camps_of_two_unknown_names_and_a_ruled_camp(gaz):
    text = "Myanmar's army shelled the border. Cholera hit the camps of Kobura and Nkanji in Bangladesh."
    places = by_text(text, gaz)
    assert places["Kobura"].country_code == "BD" and places["Nkanji"].country_code == "BD"
    places = by_text("Water ran short in the rebel-held Kobura camp near Idlib, Syria.", gaz)
    assert "Kobura" in places and places["Kobura"].country_code == "SY"


def test_the_first_item_of_a_list_a_country_possessive_opens(gaz):
    places = by_text("Landslides hit Nepal's Kobura and Nkanji districts on Sunday.", gaz)
    assert places["Kobura"].country_code == "NP" and places["Nkanji"].country_code == "NP"


def test_a_name_a_distance_is_measured_from(gaz):
    places = by_text("The epicentre lay 30 km from Kobura in western Nepal, officials said.", gaz)
    assert places["Kobura"].country_code == "NP"


def test_an_unknown_name_a_region_possessive_opens_after_in(gaz):
    places = by_text("Troops were sent to camps in Khyber Pakhtunkhwa's Kobura on Monday.", gaz)
    assert places["Kobura"].country_code == "PK"
    # A title after the possessive is a person's.
    found = by_text("Aid arrived in Khyber Pakhtunkhwa's Governor Kobura, he said.", gaz)
    assert "Kobura" not in found and "Governor Kobura" not in found


def test_an_unknown_name_with_the_arabic_article_is_the_same_place_again(gaz):
    text = "Families left al-Kobura, the camp in northeast Syria, on Monday. Kurdish guards watch al-Kobura day and night."
    assert [p.country_code for p in find_places(text, gazetteer=gaz) if p.text == "al-Kobura"] == ["SY", "SY"]


def test_where_people_arrive_and_what_forces_overrun_or_shell(gaz):
    places = by_text("Refugees from Sudan arrived in Kobura after a week on foot.", gaz)
    assert places["Kobura"].country_code == "SD"
    places = by_text("In Somalia, militants overran Nkanji on Monday and shelled Kobura overnight.", gaz)
    assert places["Nkanji"].country_code == "SO" and places["Kobura"].country_code == "SO"
    # A month is no place.
    assert set(by_text("Aid for Sudan arrived in March after talks.", gaz)) == {"Sudan"}
