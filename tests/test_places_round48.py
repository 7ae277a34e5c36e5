"""Places, round 48: a river the gazetteer lacks, of two words after "the swollen" ("the swollen Tama Koshi") or
"running high", is a river of the article's country; a rising name in a sentence about markets is an index, no river
("as the Nasdaq rose sharply"); a person "one X farmer" is from town X; a district's name before "Bazaar" is a market
town's ("Dolpa Bazaar", tests/test_places_round19.py); a number before a kind word ("Fourteen rivers") and a dynasty
("the Shang dynasty") are no places; a dotted abbreviation does not glue a region into a longer name ("the U.S.
Midwest"); what drifts, hangs or passes "over X" makes X a place. Data: four districts of Nepal. The scorer: a gold
region within 161 km of the gazetteer's point for the region its page names has that region's country
(tests/test_places_eval.py)."""
from __future__ import annotations

from conftest import by_text


def test_districts_of_nepal(gaz):
    places = by_text("Landslides hit Nepal's Sindhupalchok and Dolpa districts on Monday, police in Kathmandu said.",
                     gaz)
    assert places["Sindhupalchok"].feature_code == "ADM2" and places["Dolpa"].feature_code == "ADM2"


def test_a_swollen_river_of_two_words(gaz):
    river = by_text("Monsoon rain lashed Nepal, and the swollen Tama Koshi carried away a bridge near Charikot.",
                    gaz)["Tama Koshi"]
    assert (river.country, river.feature_code) == ("NPL", "STM")


def test_a_river_running_above_the_danger_level(gaz):
    river = by_text("Heavy rain fell across Nepal, and the Madi was running high near Damauli.",
                    gaz)["Madi"]
    assert (river.country, river.feature_code) == ("NPL", "STM")


def test_a_market_index_that_rose_is_no_river(gaz):
    assert "Nasdaq" not in by_text("Stocks rallied in New York as the Nasdaq rose sharply on Monday.", gaz)
    assert "Nikkei" not in by_text("Markets in Tokyo gained as the Nikkei rose to a record on Monday.", gaz)
    # A flood's river still rises in a sentence of shops and their stock.
    river = by_text("Shopkeepers in Nepal carried stock upstairs as the Madi rose to a record height.", gaz)["Madi"]
    assert river.feature_code == "STM"


def test_one_person_of_a_small_town(gaz):
    text = "Rain swamped New Zealand's Tasman district, one Takaka farmer said."
    assert by_text(text, gaz)["Takaka"].country == "NZL"


def test_a_number_before_a_kind_word_is_no_name(gaz):
    places = by_text("Floods hit Italy's north. Fourteen rivers overflowed, and Twenty-two lakes rose.", gaz)
    assert "Fourteen" not in places and "Twenty-two" not in places


def test_a_dynasty_named_like_a_town_is_no_place(gaz):
    places = by_text("Archaeologists in China's Henan province found bronzes of the Shang dynasty near Anyang.", gaz)
    assert "Shang" not in places and places["Anyang"].country == "CHN"


def test_a_region_after_a_dotted_abbreviation(gaz):
    text = "Corn futures fell as rain reached farms across the U.S. Midwest, traders in Chicago said."
    assert by_text(text, gaz)["Midwest"].country == "USA"


def test_a_small_town_something_drifted_over(gaz):
    text = "A wildfire near Durango, Colorado, grew overnight, and smoke drifted over Mancos by morning."
    assert by_text(text, gaz)["Mancos"].country == "USA"
    # "over" a person's name is no place.
    assert "Mancos" not in by_text("Colorado voters chose Smith over Mancos in the primary.", gaz)
