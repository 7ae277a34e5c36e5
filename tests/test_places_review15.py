"""Places, review 15 (sentences of our own): a person named with a country's or state's given name counts for no
country of the article, and the surname after it is no town; a company's name is no mountain range; long articles
cost no quadratic search; a sea's alias does not swallow a longer name; a gulf of one country has it."""

from __future__ import annotations

from pathlib import Path

from eventwire.eval.baseline import check_floors
from eventwire.eval.places import evaluate
from eventwire.geo import find_places

from conftest import by_text, python_calls


def test_a_persons_given_name_pulls_no_town_abroad(gaz):
    # "Virginia" opens a designer's name here: the US state must not make Milan a namesake in New York.
    text = "The designer Virginia Bates showed her autumn collection in Milan on Thursday."
    assert by_text(text, gaz)["Milan"].country_code == "IT"
    text = "Montana Rhodes, a cellist, played a recital in Milan last week."
    places = by_text(text, gaz)
    assert places["Milan"].country_code == "IT" and "Rhodes" not in places  # her surname is no Greek island
    places = by_text("Jordan Henderson left Liverpool for Saudi Arabia in July.", gaz)
    assert "Henderson" not in places and "Jordan" not in places and places["Liverpool"].country_code == "GB"
    # The state itself still counts when the text names it as the place.
    text = "Storms hit Virginia on Monday, and roads near Florence were closed."
    assert by_text(text, gaz)["Virginia"].country_code == "US"
    # "Asia" before a capitalised word is the continent ("Asia Pacific"), not a person.
    assert "Asia" in by_text("Asia Pacific markets fell on Monday, with Tokyo down 2 percent.", gaz)


def test_a_given_name_after_a_capitalised_word_is_no_persons(gaz):
    # A company's name holding a state's name is no mountain range ("Corp" as any other institution word).
    places = by_text("Sierra Nevada Corp. is based in Sparks, Nev., and builds spacecraft.", gaz)
    assert "Sierra Nevada Corp" not in places
    assert places["Sparks"].country_code == "US"


def test_a_long_article_costs_work_in_proportion_to_its_length(gaz):
    news = ("Russian forces shelled Kharkiv on Tuesday, officials in Kyiv said, as talks in Geneva stalled. "
            "Floods cut off Kobura and villages near Mzuzu, Malawi's disaster agency said. "
            "Residents of Goma said rebels had captured Sake, a town on the Rwanda border. ")
    # Hundreds of unknown places to anchor: twice the text costs about twice the work (Python calls counted, not
    # timed); anchoring each place against every other had made it grow with the square.
    assert len(find_places(news * 100, gazetteer=gaz)) > 500
    assert python_calls(lambda: find_places(news * 100, gazetteer=gaz)) / python_calls(
        lambda: find_places(news * 50, gazetteer=gaz)) < 2.6


def test_a_studio_named_like_a_place_is_no_place(gaz):
    places = by_text("The band recorded in Nova Studios before touring Spain.", gaz)
    assert "Nova Studios" not in places and places["Spain"].country_code == "ES"


def test_a_sentence_opening_the_name_of_a_sea_keeps_it_whole(gaz):
    # "The Gulf" (the Persian Gulf's alias) must not take the first words of "The Gulf of Oman" opening a sentence.
    places = by_text("The Gulf of Oman saw fresh tension on Monday as tankers slowed.", gaz)
    assert places["Gulf of Oman"].lon == 58.5 and "Oman" not in places
    assert by_text("The Hague hosted the hearing.", gaz)["The Hague"].country_code == "NL"
    assert "The Gambia" in by_text("The Gambia and Senegal signed the accord.", gaz)


def test_a_gulf_one_country_borders_has_that_country(gaz):
    # The Gulf of Sidra lies off Libya alone (as the Gulf of Suez off Egypt): a body of water of one country.
    assert by_text("Tankers waited in the Gulf of Sirte on Monday.", gaz)["Gulf of Sirte"].country_code == "LY"


def test_review15_set_gate():
    """Review 15's own check set (5 articles, 37 mentions: sport, business, courts, a border town, culture), labelled
    before any scoring: first sight recall 0.973, country 0.838, Acc@161km 0.946 (Milan read as a New York namesake
    after a person's given name); 0.973 / 0.865 / 0.973 after the review. Its country misses are water bodies labelled
    without a Wikipedia page (so the gold takes the nearest town's country) and one town missed ("moves to Cannes")."""
    result = evaluate(Path(__file__).parent / "data" / "places_review15.xml")
    assert result["articles"] == 5 and result["n_gold"] == 37
    assert not check_floors("places_review15", result["scores"]), result["scores"]
