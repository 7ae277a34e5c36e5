"""The PLOVER coding rules on sentences written for these tests (not from any gold set)."""

from __future__ import annotations

import pytest

from conftest import expect_event, find


@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("Poland summoned the Belarusian ambassador on Monday over the border incident.", "ACCUSE", {"POL"}, {"BLR"}),
        ("Germany expelled four Russian diplomats, the foreign ministry in Berlin said.", "SANCTION", {"DEU"}, {"RUS"}),
        ("Kenyan police arrested dozens of opposition supporters in Nairobi on Tuesday.", "COERCE", {"KEN"}, set()),
        ("Israeli warplanes struck targets in southern Lebanon overnight, the army said.", "ASSAULT", {"ISR"}, {"LBN"}),
        ("Iran released two French prisoners on Friday after months of talks.", "RETREAT", {"IRN"}, {"FRA"}),
        ("Thousands of protesters marched through Belgrade to demand the government's resignation.", "PROTEST", {"SRB"}, set()),
        ("Japan lodged a formal protest with China over the incursion.", "ACCUSE", {"JPN"}, {"CHN"}),
        ("The European Union imposed new sanctions on Iran on Monday.", "SANCTION", {"IGO"}, {"IRN"}),
        ("Turkey threatened to launch a new military operation against Kurdish fighters in Syria.", "THREATEN", {"TUR"}, set()),
        ("Egypt urged Ethiopia to resume negotiations over the dam.", "REQUEST", {"EGY"}, {"ETH"}),
        ("Colombia rejected a proposal from Venezuela to reopen the border.", "REJECT", {"COL"}, set()),
        ("Japan sent emergency food aid to the Philippines after the typhoon.", "AID", {"JPN"}, {"PHL"}),
    ],
)
def test_rules_of_plover(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)


def test_compound_actor_is_one_event_with_two_actors(code):
    events = code("France and Germany accused Russia of violating the ceasefire.")
    accuse = [e for e in events if e["event"] == "ACCUSE"]
    assert len(accuse) == 1
    assert {a["code"] for a in accuse[0]["actor"]} == {"FRA", "DEU"}
    assert {r["code"] for r in accuse[0]["recipient"]} == {"RUS"}


def test_planned_meeting_is_agree_planned(code):
    events = code("Indian and Chinese leaders will meet in New Delhi next month.")
    hit = find(events, "AGREE", actor={"IND", "CHN"}, status="planned")
    assert hit and hit["cameo"].startswith("03")
    assert not find(events, "CONSULT")


def test_joint_exercises_cooperate_one_sided_mobilize(code):
    joint = code("Russian and Chinese warships held joint naval exercises in the Sea of Japan.")
    assert find(joint, "COOPERATE", actor={"RUS", "CHN"})
    alone = code("North Korea held large artillery drills near the border on Sunday.")
    assert find(alone, "MOBILIZE", actor={"PRK"})


@pytest.mark.parametrize(
    "text, status",
    [
        ("Moscow denied sending troops into Moldova.", "negated"),
        ("Brazil did not sign the declaration on Friday.", "negated"),
        ("Washington could impose sanctions on Caracas if the vote is rigged.", "hypothetical"),
        ("Pakistan said it would send troops to the border region.", "planned"),
        ("Canada plans to expel three Chinese diplomats.", "planned"),
    ],
)
def test_status(code, text, status):
    events = code(text)
    assert events, f"no event in {text!r}"
    assert events[0]["status"] == status, events


def test_pardon_is_concede(code):
    events = code("The president of Belarus pardoned a jailed opposition activist on Thursday.")
    assert find(events, "CONCEDE", actor={"BLR"})


def test_office_holders_are_coded_by_date(code):
    text = "Angela Merkel criticised Turkey's military operation."
    in_office = code(text, published="2016-05-01")
    later = code(text, published="2023-05-01")
    assert in_office[0]["actor"][0]["code"] == "DEU" and in_office[0]["actor"][0]["sector"] == "GOV"
    assert later[0]["actor"][0]["sector"] == "ELI"


def test_pronoun_resolves_to_earlier_person(code):
    text = "Emmanuel Macron arrived in Algiers on Thursday. He praised Algeria's role in the region."
    events = code(text, published="2022-08-25")
    assert find(events, "SUPPORT", actor={"FRA"}, recipient={"DZA"})


def test_evidence_offsets_point_into_the_text(code):
    text = "Officials said little.\n\nSpain recalled its ambassador to Argentina on Sunday."
    events = code(text)
    assert events
    for ev in events:
        info = ev["text_info"]
        assert text[info["start"]:info["end"]] == info["sentence"]
        assert text[info["trigger_start"]:info["trigger_end"]] in ev["event_text"]
        for ent in ev["actor"] + ev["recipient"]:
            assert text[ent["start"]:ent["end"]] == ent["entity_text"]


def test_ids_are_stable_and_distinct(code):
    text = "Chile condemned the attack. Peru welcomed the agreement with Bolivia."
    first, second = code(text), code(text)
    assert [e["id"] for e in first] == [e["id"] for e in second]
    assert len({e["id"] for e in first}) == len(first)


def test_text_without_events_is_empty(code):
    assert code("The sun rose over the quiet harbour and the fishing boats went out.") == []


def test_python_api_returns_typed_frozen_records():
    import dataclasses

    import eventwire

    analysis = eventwire.analyze("Chile condemned the attack on Peru.", published="2021-03-04")
    event = analysis.events[0]
    assert isinstance(event, eventwire.Event) and event.date == "2021-03-04"
    assert event.actor[0].code == "CHL" and event.quad_code == 3 and event.event_scale < 0
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.event = "AID"  # type: ignore[misc]
    with pytest.raises(eventwire.EventwireError, match="EW102"):
        eventwire.analyze("   ")


def test_prefilter_does_not_change_the_events(pipeline):
    from eventwire import Article, Pipeline, load_settings

    text = "Spain recalled its ambassador to Argentina. The weather was mild. Chile condemned the attack on Peru."
    unfiltered = Pipeline(load_settings(env={}, prefilter=False))
    article = Article(text=text)
    assert [e.as_dict() for e in pipeline.analyze(article).events] == [e.as_dict() for e in unfiltered.analyze(article).events]


@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        # no named perpetrator: the country where it happened is the actor
        ("Five Nigerian soldiers were killed by a roadside bomb in northern Mali on Friday.", "ASSAULT", {"MLI"}, {"NGA"}),
        ("A Canadian citizen was put under investigation in Spain.", "ACCUSE", {"ESP"}, {"CAN"}),
        # a conditional intention is a threat or an offer, aimed at the party of the condition
        ("Kenya said it would withdraw its peacekeepers from Somalia unless the government paid its troops.",
         "THREATEN", {"KEN"}, {"SOM"}),
        ("Ghana said it would meet Togo's president if the border were reopened.", "AGREE", {"GHA"}, {"TGO"}),
        # the issuer of a statement demands; the subject of the demanded clause is the target
        ("The Hungarian government issued a statement demanding that Austria reopen the border.", "REQUEST", {"HUN"}, {"AUT"}),
        # an event after a scene preposition is its own event
        ("Greek troops captured the village after three days of fighting.", "ASSAULT", {"GRC"}, set()),
        ("Ukrainian troops prepared to storm the town.", "MOBILIZE", {"UKR"}, set()),
        ("Peruvian police opened fire on protesters in the capital.", "ASSAULT", {"PER"}, {"PER"}),
        ("Egyptian army bulldozers demolished homes near the border.", "ASSAULT", {"EGY"}, set()),
        ("Pakistan launched a mediation effort between Iran and Saudi Arabia.", "CONSULT", {"PAK"}, {"IRN", "SAU"}),
        ("The Brazilian minister was indicted by a federal court and will resign.", "AGREE", {"BRA"}, set()),
    ],
)
def test_unnamed_agents_conditions_and_clauses(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)


def test_event_noun_in_the_agent_phrase_is_not_a_second_event(code):
    events = code("Five Nigerian soldiers were killed by a roadside bomb in northern Mali on Friday.")
    assert [e["event"] for e in events] == ["ASSAULT"]
    assert events[0]["event_text"] == "killed"


def test_indicted_official_not_the_court_resigns(code):
    events = code("The Brazilian minister was indicted by a federal court and will resign.")
    resign = [e for e in events if e["event_text"] == "resign"]
    assert resign and resign[0]["actor"][0]["entity_text"] == "The Brazilian minister"


@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        # a compound turns the labour strike into an attack from the air
        ("A Turkish drone strike hit a convoy in northern Iraq on Monday.", "ASSAULT", {"TUR"}, {"IRQ"}),
        ("Rebels waged war against the Congolese government for five years.", "ASSAULT", {"COD"}, set()),
        ("Chadian and Sudanese troops skirmished along the frontier.", "ASSAULT", {"TCD", "SDN"}, set()),
        ("Militants lobbed grenades at an Indian army post in Kashmir.", "ASSAULT", {"IND"}, set()),
        ("The Ukrainian army repulsed a Russian offensive near Kharkiv.", "ASSAULT", {"UKR"}, {"RUS"}),
        # computer intrusions, seizing property and dissolving parties are coercion
        ("Iranian hackers hacked the email servers of the Albanian parliament.", "COERCE", {"IRN"}, {"ALB"}),
        ("The Bolivian government nationalised the assets of a Spanish power company.", "COERCE", {"BOL"}, {"ESP"}),
        ("The Thai court dissolved the main opposition party on Wednesday.", "COERCE", {"THA"}, set()),
        ("Riot police in Chile dispersed the demonstrators with water cannon.", "ASSAULT", {"CHL"}, set()),
    ],
)
def test_violence_and_coercion_vocabulary(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)


def test_labour_strike_stays_a_protest(code):
    events = code("Dock workers in Chile went on strike for higher wages.")
    assert find(events, "PROTEST", actor={"CHL"}) and not find(events, "ASSAULT")


def test_ethnic_minority_is_coded_by_the_country_it_lives_in(code):
    events = code("Moldovan police detained four ethnic Ukrainians near the border on Sunday.")
    assert find(events, "COERCE", actor={"MDA"}, recipient={"MDA"})
    events = code("Ethnic Russian fighters attacked a checkpoint in Kazakhstan.")
    assert find(events, "ASSAULT", actor={"KAZ"})
    events = code("Two Russian fighters attacked a checkpoint in Kazakhstan.")
    assert find(events, "ASSAULT", actor={"RUS"})


def test_sentence_rooted_in_its_subject_noun_keeps_the_subject(code):
    # the small model reads "called" as a participle of "newspaper" and makes the noun the root
    events = code("An official Iranian newspaper called Monday on Muslims to boycott French goods.")
    assert find(events, "REQUEST", actor={"IRN"})


def test_event_noun_as_subject_gives_its_author(code):
    events = code("A Turkish drone strike killed two fighters near Qamishli in Syria.")
    hit = [e for e in events if e["event_text"] == "killed"]
    assert hit and {a["code"] for a in hit[0]["actor"]} == {"TUR"}


def test_unknown_titled_person_takes_the_country_of_a_national_organisation(code):
    # no country is named; the unknown president is placed by the national party named beside him
    events = code("President Marku Delanne yielded to pressure from the Zanu-PF and dismissed the cabinet.")
    assert any(a["code"] == "ZWE" and a["sector"] == "GOV" for e in events for a in e["actor"])


def test_cooperating_with_a_party_makes_both_actors(code):
    events = code("Jordan has been sharing intelligence with Egypt for years.")
    assert find(events, "COOPERATE", actor={"JOR", "EGY"})


@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("Ghana's president lauded Nigeria for its role in the peace talks.", "SUPPORT", {"GHA"}, {"NGA"}),
        ("Mali's junta ordered the French ambassador to leave within 72 hours.", "SANCTION", {"MLI"}, {"FRA"}),
        ("Thai authorities extended the state of emergency in the southern provinces.", "COERCE", {"THA"}, set()),
        ("Cuba and the United States reestablished diplomatic relations in July.", "SUPPORT", {"CUB", "USA"}, set()),
        ("Crowds marched through the streets of Khartoum demanding civilian rule.", "PROTEST", {"SDN"}, set()),
    ],
)
def test_support_sanction_coercion_and_protest_vocabulary(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)


def test_unknown_titled_person_as_target_takes_the_article_country(code):
    text = "Fighting resumed in northern Chad. Rebels rejected an offer from President Idrissa Kamaye to hold talks."
    events = code(text)
    assert find(events, "REJECT", recipient={"TCD"})


def test_led_or_backed_modifier_names_the_target(code):
    events = code("Pakistan condemned the Saudi-led blockade of Qatar.")
    assert find(events, "ACCUSE", actor={"PAK"}, recipient={"SAU"})


@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        # a sentence-initial plural the tagger reads as a name still has its sector
        ("Rebels in Somalia freed eight hostages on Sunday.", "RETREAT", {"SOM"}, set()),
        ("The Nicaraguan government stripped 94 critics of their citizenship.", "COERCE", {"NIC"}, set()),
        ("Belarus revoked the accreditation of foreign journalists.", "COERCE", {"BLR"}, set()),
        ("India shipped vaccines to Bangladesh and Nepal.", "AID", {"IND"}, {"BGD", "NPL"}),
        ("Saudi Arabia deposited three billion dollars in Pakistan's central bank.", "AID", {"SAU"}, {"PAK"}),
    ],
)
def test_sanction_aid_vocabulary_and_capitalised_plurals(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)


def test_conjoined_countries_after_from_are_all_actors(code):
    events = code("Troops from Chad and Niger skirmished with Boko Haram fighters along the frontier.")
    assert find(events, "ASSAULT", actor={"TCD", "NER"})


def test_unplaced_group_is_coded_where_it_acted(code):
    events = code("Gunmen abducted five Chinese engineers in Nigeria.")
    assert find(events, "ASSAULT", actor={"NGA"}, recipient={"CHN"})
    events = code("Police arrested two British tourists in Thailand.")
    assert find(events, "COERCE", actor={"THA"}, recipient={"GBR"})


@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("The Chinese foreign ministry berated Japan over the shrine visit.", "ACCUSE", {"CHN"}, {"JPN"}),
        ("Iran hanged two men convicted of smuggling.", "ASSAULT", {"IRN"}, set()),
        ("The junta muzzled independent newspapers in Myanmar.", "COERCE", {"MMR"}, set()),
        ("The Lebanese prime minister implored Gulf states to resume aid.", "REQUEST", {"LBN"}, set()),
    ],
)
def test_reprimand_execution_censorship_and_appeal_vocabulary(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)


def test_hanging_a_picture_is_no_event(code):
    assert not code("He hung the picture on the wall of the embassy in Paris.")


def test_hunger_strike_and_barrage_nouns(code):
    events = code("Hundreds of Kurdish prisoners began a hunger strike in Turkish jails.")
    assert any(e["event"] == "PROTEST" and e["cameo"] == "142" for e in events)
    assert find(code("An Armenian artillery barrage hit Azerbaijani positions overnight."), "ASSAULT", actor={"ARM"})


def test_group_based_in_a_country_is_coded_there(code):
    events = code("Sudanese officials said militants based in Chad attacked a Sudanese border post.")
    assert find(events, "ASSAULT", actor={"TCD"}, recipient={"SDN"})


def test_owner_of_a_decision_acts_in_its_clause(code):
    events = code("Finland condemned the decision by Moscow to expel three Finnish diplomats.")
    assert find(events, "SANCTION", actor={"RUS"}, recipient={"FIN"})
    assert not find(events, "SANCTION", actor={"FIN"})


def test_unnamed_troops_are_not_placed_where_they_acted(code):
    # soldiers often act abroad; only groups without a state (gunmen, militants) take the place of the act
    events = code("A spokesman for the Israeli army said troops had arrested 12 Palestinians in Hebron overnight.")
    assert find(events, "COERCE", actor={"ISR"}, recipient={"PSE"})


def test_own_development_set_meets_its_floor(pipeline):
    """280 wire-style sentences written for this project (tests/data/coder_own_dev.jsonl, all 16 types, varied
    phrasings), hand-coded with the shipped CAMEO->PLOVER table (and the overrides documented in cues.tsv) as the authority
    on types. Not any gold set."""
    from pathlib import Path

    from eventwire.eval.plover import evaluate

    result = evaluate(Path(__file__).parent / "data" / "coder_own_dev.jsonl", pipeline)
    assert result["n"] == 280
    scores = result["scores"]
    assert scores["type_accuracy"] >= OWN_DEV_FLOORS["type"] and scores["dyad_accuracy"] >= OWN_DEV_FLOORS["dyad"], scores


OWN_DEV_FLOORS = {"type": 0.932, "dyad": 0.892}
