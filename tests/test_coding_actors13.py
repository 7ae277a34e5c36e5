"""Actors and recipients, round 13: office holders on the article's date, references inside the article, and
the gold format's optional publication date. Sentences written for these tests (not from any gold set)."""

from __future__ import annotations

import json
from datetime import date
from types import SimpleNamespace

import pytest

from conftest import expect_event
from eventwire.eval.plover import evaluate, read_gold


def _gold(tmp_path, rows: list[dict]):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    return path


def test_gold_records_may_carry_a_publication_date(tmp_path):
    path = _gold(tmp_path, [
        {"text": "Chile condemned Peru.", "event": "ACCUSE", "published": "1998-05-04"},
        {"text": "Chile condemned Peru.", "event": "ACCUSE"},
    ])
    dated, undated = read_gold(path)
    assert dated.published == date(1998, 5, 4) and undated.published is None


def test_the_publication_date_reaches_the_article(tmp_path):
    seen = []

    def analyze_many(articles):
        for article in articles:
            seen.append(article.published)
            yield SimpleNamespace(events=[])

    path = _gold(tmp_path, [{"text": "Chile condemned Peru.", "event": "ACCUSE", "published": "2003-02-01"},
                            {"text": "Chile condemned Peru.", "event": "ACCUSE"}])
    evaluate(path, SimpleNamespace(analyze_many=analyze_many))
    assert seen == [date(2003, 2, 1), None]


def test_a_bad_publication_date_is_a_coded_error(tmp_path):
    from eventwire.errors import EventwireError

    path = _gold(tmp_path, [{"text": "Chile condemned Peru.", "event": "ACCUSE", "published": "May 1998"}])
    try:
        read_gold(path)
    except EventwireError as exc:
        assert "EW106" in str(exc)
    else:
        raise AssertionError("a date that does not parse must raise EW106")


# -- the year a sentence dates its act to picks the office holder's term when the article has no date -------------
@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("In 2016, Donald Tusk accused Russia of bombing civilians in Aleppo.", "ACCUSE", {"IGO"}, {"RUS"}),
        ("In 2011, Donald Tusk urged Belarus to free jailed opposition candidates.", "REQUEST", {"POL"}, {"BLR"}),
        ("In March 2020, Josep Borrell urged Iran to release detained Europeans.", "REQUEST", {"IGO"}, {"IRN"}),
        ("In 2019, Jens Stoltenberg accused Russia of breaching the arms treaty.", "ACCUSE", {"IGO"}, {"RUS"}),
        ("In 2009, Jens Stoltenberg urged Israel to lift its blockade of Gaza.", "REQUEST", {"NOR"}, {"ISR"}),
    ],
)
def test_the_sentence_year_picks_the_term(code, text, event, actor, recipient):
    expect_event(code(text, published=None), event, actor, recipient)


def test_the_publication_date_picks_the_term_without_a_year(code):
    expect_event(code("Donald Tusk accused Russia of bombing civilians.", published="2016-05-02"), "ACCUSE", {"IGO"}, {"RUS"})
    expect_event(code("Donald Tusk accused Russia of bombing civilians.", published="2012-05-02"), "ACCUSE", {"POL"}, {"RUS"})


# -- a bare definite organisation noun stands for the organisation named last ---------------------------------------
@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("NATO leaders met in Vilnius, and the alliance urged Belarus to stop hosting Wagner fighters.",
         "REQUEST", {"IGO"}, {"BLR"}),
        ("The African Union met in Addis Ababa, where the bloc suspended Niger after the coup.",
         "SANCTION", {"IGO"}, {"NER"}),
        ("Amnesty International published a report on Friday. The group accused Egyptian police of torturing detainees.",
         "ACCUSE", {"NGO"}, {"EGY"}),
    ],
)
def test_a_bare_organisation_noun_is_the_last_named_organisation(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)


# -- references, nested and stray targets, and bodies of the acting state --------------------------------------------
@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        # a bare definite title stands for the person named in an earlier sentence
        ("Emmanuel Macron landed in Abuja on Tuesday. The president urged Nigeria to do more against jihadist groups.",
         "REQUEST", {"FRA"}, {"NGA"}),
        ("Mohammed bin Salman arrived in Cairo on Monday. The crown prince pledged to invest in Egypt's economy.",
         "AGREE", {"SAU"}, set()),
        # a body named by its sector is the acting state's own when the article names no country
        ("Alexander Lukashenko refused to hold talks with opposition leaders.", "REJECT", {"BLR"}, {"BLR"}),
        ("Recep Tayyip Erdogan agreed with opposition leaders to hold a snap vote in June.", "AGREE", {"TUR"}, {"TUR"}),
        # a state named as a country deals with its own rebels
        ("Ethiopia offered to hold peace talks with the rebels.", "AGREE", {"ETH"}, {"ETH"}),
        ("The Philippines agreed to resume talks with communist rebels.", "AGREE", {"PHL"}, {"PHL"}),
        # the destination of a handing over, hung by the parser inside the object's clause
        ("Kenya extradited a Nigerian man accused of running an online fraud ring to the United States.",
         "COOPERATE", {"KEN"}, {"USA"}),
        ("Morocco extradited a Belgian suspect wanted for drug trafficking to France.", "COOPERATE", {"MAR"}, {"FRA"}),
        # a "to" phrase names its place's owner; where a thing is headed names whom it concerns
        ("Japan sent a team of doctors to Turkey's Hatay province.", "AID", {"JPN"}, {"TUR"}),
        ("Iran threatened to seize any tanker bound for Israeli ports.", "THREATEN", {"IRN"}, {"ISR"}),
        ("The Houthis threatened to strike ships headed for Israel.", "THREATEN", {"YEM"}, {"ISR"}),
        # forces loyal to a side are that side's
        ("Chad warned that it would retaliate if fighters loyal to the Sudanese army crossed into its territory.",
         "THREATEN", {"TCD"}, {"SDN"}),
        # a show of force into waters measured from a country is brought near it
        ("Russia sent two warships into waters north of Japan.", "MOBILIZE", {"RUS"}, {"JPN"}),
    ],
)
def test_references_and_nested_targets(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)


def test_an_undated_surname_does_not_beat_an_organisation(code):
    """"Wagner" is the Russian mercenary group, not a minister of that surname, when the article has no date."""
    events = code("The European Union imposed sanctions on Wagner commanders in Mali.", published=None)
    expect_event(events, "SANCTION", {"IGO"}, {"RUS"})


def test_a_place_owned_by_a_country_places_the_people_in_it(code):
    expect_event(code("Sweden financed a school project for refugees in Kenya's Turkana county."), "AID", {"SWE"}, {"KEN"})


@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("Vladimir Putin praised Russia's partnership with China as a model for the world.", "SUPPORT", {"RUS"}, {"CHN"}),
        ("The Kenyan president criticised Uganda's dispute with Rwanda.", "ACCUSE", {"KEN"}, {"UGA", "RWA"}),
    ],
)
def test_an_owned_tie_names_its_partner_too(code, text, event, actor, recipient):
    """"Russia's partnership with China": the owner and the "with" partner are both targets."""
    expect_event(code(text), event, actor, recipient)


@pytest.mark.parametrize(
    "text, recipient",
    [
        ("Taiwan put its forces on high alert after China announced live-fire drills.", {"CHN"}),
        ("Greece placed its navy on a war footing during a standoff with Turkey.", {"TUR"}),
        ("Armenia put its army units on alert amid the dispute with Azerbaijan.", {"AZE"}),
    ],
)
def test_a_show_of_force_is_aimed_at_the_other_nation_named(code, text, recipient):
    """Its own forces are not the target: with no party it is brought near, the one other nation of the sentence is."""
    events = code(text)
    expect_event(events, "MOBILIZE", set(), recipient)


@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        # "the island", "the kingdom": the country named last
        ("Japan, Sri Lanka's largest donor, sent 30 tonnes of rice to the island after the floods.", "AID", {"JPN"}, {"LKA"}),
        ("The IMF, which had halted talks with Cuba, approved emergency funding for the island.", "AGREE", {"IGO"}, {"CUB"}),
        # a state's offer to its own rebels, made through an infinitive
        ("Nepal's government offered to grant an amnesty to Maoist rebels who lay down their arms.", "AGREE", {"NPL"}, {"NPL"}),
    ],
)
def test_the_island_and_offers_to_rebels(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)


@pytest.mark.parametrize(
    "text, actor, recipient",
    [
        ("Rebels attacked a camp for displaced families near Goma.", {"COD"}, {"COD"}),
        ("Gunmen stormed a school for girls near Kandahar, killing two teachers.", {"AFG"}, {"AFG"}),
    ],
)
def test_the_place_of_a_site_named_for_its_users(code, text, actor, recipient):
    """"a camp for displaced families near X": the place hangs on the site's "for" phrase, and is still the site's."""
    expect_event(code(text), "ASSAULT", actor, recipient)


@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("Iran threatened to seize tankers belonging to the United Arab Emirates.", "THREATEN", {"IRN"}, {"ARE"}),
        ("Ukraine struck a tanker tied to Russia's shadow fleet.", "ASSAULT", {"UKR"}, {"RUS"}),
    ],
)
def test_a_thing_tied_to_a_party_names_it(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)


@pytest.mark.parametrize(
    "text, actor, recipient",
    [
        ("Opposition leaders in Togo renewed their calls for President Faure Gnassingbe to step down.", {"TGO"}, {"TGO"}),
        ("Rights groups renewed their calls for the Egyptian authorities to release jailed activists.", set(), {"EGY"}),
    ],
)
def test_a_renewed_call_for_x_to_act_is_made_on_x(code, text, actor, recipient):
    """The parser hangs the noun's "for X to ..." clause on the light verb: X is the one asked."""
    expect_event(code(text), "REQUEST", actor, recipient)


@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("Iran freed a French-Iranian academic after four years in prison.", "RETREAT", {"IRN"}, {"FRA"}),
        ("China detained an Australian-Chinese journalist in Beijing.", "COERCE", {"CHN"}, {"AUS"}),
    ],
)
def test_a_dual_national_keeps_the_other_nationality(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)
