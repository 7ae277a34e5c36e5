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


def test_article_takes_its_date_as_text_or_gives_a_coded_error(pipeline):
    """A caller of the Python API may give `Article` the date as text: it is read as a date, or refused with EW106
    (it had failed deep inside the time expressions with an AttributeError)."""
    from eventwire import Article, EventwireError

    analysis = pipeline.analyze(Article(text="Chile condemned the attack on Peru on Tuesday.", published="2021-03-04"))
    assert analysis.events[0].date == "2021-03-02"
    with pytest.raises(EventwireError, match="EW106"):
        Article(text="Chile condemned the attack.", published="4 March")


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
        ("Egyptian army bulldozers demolished homes near the border.", "COERCE", {"EGY"}, set()),
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


def test_a_proper_name_written_in_lower_case_is_not_the_name(code):
    # "the west bank of the river" is a river bank, not the West Bank
    events = code("Russian troops withdrew from the west bank of the Dnipro.")
    assert find(events, "RETREAT", actor={"RUS"}, recipient={"UKR"})
    assert not find(events, "RETREAT", recipient={"PSE"})
    assert find(code("Israeli troops raided a refugee camp in the West Bank."), "COERCE", actor={"ISR"}, recipient={"PSE"})


@pytest.mark.parametrize(
    "text, actor, recipient",
    [
        ("Iraqi officials believe Iranian-backed militias were responsible for the drone strike on the airport.", {"IRQ"}, {"IRN"}),
        ("Pakistan's interior minister said Afghan-based militants were to blame for the attack in Peshawar.", {"PAK"}, {"AFG"}),
        ("Kenya's foreign ministry said Eritrea was behind the unrest along the border.", {"KEN"}, {"ERI"}),
    ],
)
def test_saying_another_party_is_behind_an_act_accuses_it(code, text, actor, recipient):
    assert find(code(text), "ACCUSE", actor=actor, recipient=recipient)


@pytest.mark.parametrize(
    "text, actor, recipient",
    [
        ("Seoul said Pyongyang had flouted UN Security Council resolutions with the launch.", {"KOR"}, {"PRK"}),
        ("The Ghanaian government said Togo had breached the border agreement.", {"GHA"}, {"TGO"}),
    ],
)
def test_reporting_another_partys_violation_accuses_it(code, text, actor, recipient):
    assert find(code(text), "ACCUSE", actor=actor, recipient=recipient)


def test_a_group_saying_it_was_behind_an_act_claims_it(code):
    assert not find(code("The Islamic State group said it was behind the attack on the church."), "ACCUSE")
    assert not find(code("The ministry said the army was responsible for security in the region."), "ACCUSE")


@pytest.mark.parametrize(
    "text, actor, recipient",
    [
        ("Seoul's defence minister said South Korea may impose sanctions on Pyongyang.", {"KOR"}, {"PRK"}),
        ("Israel said it might strike Hezbollah positions in Lebanon.", {"ISR"}, {"LBN"}),
        ("A Pakistani general vowed to hit back at India if its troops crossed the Line of Control.", {"PAK"}, {"IND"}),
    ],
)
def test_own_possible_force_and_conditional_vows_are_threats(code, text, actor, recipient):
    assert find(code(text), "THREATEN", actor=actor, recipient=recipient, status="planned")


def test_an_intent_with_an_unless_clause_is_a_threat(code):
    events = code("Burundi said it will pull its troops out of Somalia unless the African Union pays their salaries.")
    assert find(events, "THREATEN", actor={"BDI"}, status="planned")
    assert not find(events, "AGREE", actor={"BDI"})


def test_conditional_countermeasures_are_a_threat_at_the_condition(code):
    events = code("Seoul said it would take countermeasures if Pyongyang launched another satellite.")
    assert find(events, "THREATEN", actor={"KOR"}, recipient={"PRK"})
    assert find(code("Russia took retaliatory measures against Latvia."), "COERCE", actor={"RUS"}, recipient={"LVA"})


def test_another_partys_possible_attack_stays_a_possibility(code):
    assert not find(code("Analysts said Russia could invade Ukraine within weeks."), "THREATEN")


@pytest.mark.parametrize(
    "text, event, home",
    [
        ("Nigerian teachers' unions appealed to the government to pay months of salary arrears.", "REQUEST", "NGA"),
        ("Mozambican insurgents handed over their weapons to the army.", "RETREAT", "MOZ"),
        ("The Colombian government signed a peace deal with leftist rebels.", "SUPPORT", "COL"),
    ],
)
def test_a_target_named_only_by_its_sector_is_a_home_body(code, text, event, home):
    assert find(code(text), event, actor={home}, recipient={home})


def test_deployed_forces_are_not_their_own_target(code):
    events = code("The Indian army deployed thousands of troops after the riots.")
    assert find(events, "MOBILIZE", actor={"IND"}) and not find(events, "MOBILIZE", recipient={"IND"})


@pytest.mark.parametrize(
    "text, event, actor",
    [
        ("The head of the IAEA criticised Iran for restricting inspections at its nuclear sites.", "ACCUSE", {"IGO"}),
        ("A spokesman for the United Nations condemned the attack on the convoy in Sudan.", "ACCUSE", {"IGO"}),
        ("The United Nations refugee chief urged Greece to stop pushing back migrants.", "REQUEST", {"IGO"}),
    ],
)
def test_a_role_holder_stands_for_the_organisation_named_with_it(code, text, event, actor):
    assert find(code(text), event, actor=actor)


@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("Russian forces pulled back from positions around Kyiv.", "RETREAT", {"RUS"}, {"UKR"}),
        ("Ethiopia completed the withdrawal of its troops from Somalia.", "RETREAT", {"ETH"}, {"SOM"}),
        ("The United States offered to cut its nuclear arsenal by half if Moscow did the same.", "AGREE", {"USA"}, {"RUS"}),
    ],
)
def test_places_left_and_conditions_of_offers_are_targets(code, text, event, actor, recipient):
    events = code(text)
    assert find(events, event, actor=actor, recipient=recipient)
    assert not find(events, event, recipient=actor)


def test_forces_leaving_a_country_withdraw_from_it(code):
    assert find(code("The last Cuban soldiers left Angola in May."), "RETREAT", actor={"CUB"}, recipient={"AGO"})
    assert find(code("Ethiopian troops left Mogadishu after two years."), "RETREAT", actor={"ETH"}, recipient={"SOM"})
    assert not find(code("The Kenyan president left Nairobi for a summit in Addis Ababa."), "RETREAT")


@pytest.mark.parametrize(
    "text, sides",
    [
        ("Armenian and Azerbaijani forces clashed on the border overnight.", {"ARM", "AZE"}),
        ("Thai and Cambodian soldiers traded artillery fire near the disputed temple.", {"THA", "KHM"}),
    ],
)
def test_two_sides_fighting_each_other_are_each_others_targets(code, text, sides):
    assert find(code(text), "ASSAULT", actor=sides, recipient=sides)


def test_allies_bombing_together_are_not_each_others_targets(code):
    assert not find(code("Russian and Syrian jets bombed rebel-held towns."), "ASSAULT", recipient={"RUS"})


@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("The Greek foreign minister described the Turkish move as a provocation.", "ACCUSE", {"GRC"}, {"TUR"}),
        ("The Netherlands froze funding to the Palestinian Authority.", "SANCTION", {"NLD"}, {"PSE"}),
        ("Kyiv recalled its military instructors from Belarus.", "SANCTION", {"UKR"}, {"BLR"}),
        ("The Japanese and Australian prime ministers spoke by telephone on Monday.", "CONSULT", {"JPN", "AUS"}, set()),
        ("Hungary boycotted the European Parliament debate on its media law.", "REJECT", {"HUN"}, {"IGO"}),
        ("Britain restated its commitment to Estonia's security at the NATO summit.", "SUPPORT", {"GBR"}, {"EST"}),
        ("Nigerian and Cameroonian troops worked together to secure the border.", "COOPERATE", {"NGA", "CMR"}, set()),
        ("The Egyptian government removed the governor of Giza from his post.", "COERCE", {"EGY"}, set()),
        ("Kenyan police carried out raids on suspected drug dens in Mombasa.", "COERCE", {"KEN"}, set()),
    ],
)
def test_synonyms_of_existing_cues(code, text, event, actor, recipient):
    assert find(code(text), event, actor=actor, recipient=recipient)


def test_forces_sent_to_protect_another_country_are_military_aid(code):
    assert find(code("Rwanda sent troops to Mozambique to help fight Islamist insurgents."), "AID", actor={"RWA"},
                recipient={"MOZ"})
    assert find(code("Russia deployed troops to its border with Ukraine to put pressure on Kyiv."), "MOBILIZE",
                actor={"RUS"}, recipient={"UKR"})


@pytest.mark.parametrize(
    "text, actor, recipient",
    [
        ("Turkey deployed warships off the coast of Cyprus.", {"TUR"}, {"CYP"}),
        ("Russia sent two warships near Japan's northern islands.", {"RUS"}, {"JPN"}),
    ],
)
def test_a_show_of_force_near_a_party_targets_it(code, text, actor, recipient):
    assert find(code(text), "MOBILIZE", actor=actor, recipient=recipient)


@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("Israeli troops sealed off the Gaza Strip after the rocket fire.", "COERCE", {"ISR"}, {"PSE"}),
        ("Syrian helicopters raided rebel positions near the Turkish border.", "ASSAULT", {"SYR"}, set()),
        ("Ethiopia sent troops into the Somali town of Baidoa.", "MOBILIZE", {"ETH"}, {"SOM"}),
    ],
)
def test_particle_objects_air_raids_and_moves_into_a_place(code, text, event, actor, recipient):
    assert find(code(text), event, actor=actor, recipient=recipient)


@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("Sudan's army carried out air strikes on markets in Darfur.", "ASSAULT", {"SDN"}, {"SDN"}),
        ("Israeli forces imposed a curfew on the old city of Nablus.", "COERCE", {"ISR"}, {"PSE"}),
        ("Azerbaijan massed troops along the Armenian border.", "MOBILIZE", {"AZE"}, {"ARM"}),
    ],
)
def test_sites_in_a_place_and_a_name_misparsed_as_an_adverbial(code, text, event, actor, recipient):
    assert find(code(text), event, actor=actor, recipient=recipient)


def test_a_group_based_in_two_countries_is_both_countries_forces(code):
    events = code("Police in Italy and Albania arrested 30 suspected people smugglers.")
    assert find(events, "COERCE", actor={"ITA", "ALB"})


@pytest.mark.parametrize(
    "text, event, actor, recipient",
    [
        ("Saudi Arabia announced a ban on imports from Lebanon.", "SANCTION", {"SAU"}, {"LBN"}),
        ("The lifting of the curfew by the Kenyan authorities was welcomed in Nairobi.", "CONCEDE", {"KEN"}, set()),
        ("The Syrian shelling of Idlib killed nine people.", "ASSAULT", {"SYR"}, {"SYR"}),
        ("The withdrawal of French troops from Niger began on Tuesday.", "RETREAT", {"FRA"}, {"NER"}),
    ],
)
def test_event_nouns_with_their_objects(code, text, event, actor, recipient):
    assert find(code(text), event, actor=actor, recipient=recipient)


def test_an_attack_noun_naming_a_kind_of_unit_is_no_event(code):
    events = code("About 2,000 British combat troops pulled out of Basra on Sunday.")
    assert find(events, "RETREAT", actor={"GBR"}, recipient={"IRQ"})
    assert not find(events, "ASSAULT")


def test_a_protests_demand_through_a_joined_act_names_its_target(code):
    events = code("Students rallied in Srinagar on Friday, joining crowds in demanding independence from Indian rule.")
    assert find(events, "PROTEST", recipient={"IND"})
    events = code("Workers marched in Dhaka, joining students in demanding that Myanmar take back the refugees.")
    assert find(events, "PROTEST", recipient={"MMR"})


OWN_SETS = {
    # file: (sentences, floors). All wire-style sentences written for this project, hand-coded with the shipped
    # CAMEO->PLOVER table (and the overrides documented in cues.tsv) as the authority on types; not any gold set.
    # coder_own_dev: all 16 types, varied phrasings, recent and older news.
    "coder_own_dev.jsonl": (636, {"type": 0.978, "dyad": 0.955}),
    # coder_fresh: written in one sitting before the coder ran on them (about ten per type; passives,
    # nominalisations, headlines, reported speech, compound actors, titles, demonyms, sectors, planned and
    # conditional events). First, unseen score: type 0.909, dyad 0.806; fitted since, by error classes, each with
    # sentences of its own in test_coding_general.py.
    "coder_fresh.jsonl": (165, {"type": 0.993, "dyad": 0.975}),
    # coder_fresh2: likewise (seven to nine per type; Latin America, Africa, Central and South-East Asia, the
    # Pacific, the Balkans and the Caucasus; 1990s-2000s wire copy with subordinate clauses and attributions).
    # First, unseen score: type 0.856, dyad 0.784.
    "coder_fresh2.jsonl": (125, {"type": 0.985, "dyad": 0.945}),
    # coder_fresh3: likewise (158 sentences, nine to ten per type; state-media and agency styles, long attributions,
    # fronted phrases and subordinate clauses, relative clauses between actor and verb, passives with "by", event
    # nouns as subjects, two events in one sentence; trade, courts, elections, energy, migration, cyberattacks, sport
    # diplomacy; 1960s-2020s). First, unseen score: type 0.810, dyad 0.703.
    "coder_fresh3.jsonl": (158, {"type": 0.968, "dyad": 0.905}),
    # coder_fresh4: likewise (126 sentences, seven or eight per type; long two- and three-clause sentences, fronted
    # time and place phrases, appositions and "said on Tuesday" between actor and verb, passives, event nouns as
    # subjects, inverted and "unless" conditions, negations, reported plans; 1970s-2020s, all regions). First,
    # unseen score: type 0.841, dyad 0.770; 0.937 / 0.881 after the round's general fixes.
    "coder_fresh4.jsonl": (126, {"type": 0.945, "dyad": 0.915}),
    # coder_fresh5: likewise (129 sentences, eight per type, nine ASSAULT), aimed at type generalisation: rarer verbs,
    # phrasal verbs and idioms of diplomacy, law, trade, aid and war ("took X to task", "poured cold water on", "served
    # notice", "downed tools", "threw its weight behind", "drew down", "levied a tariff", "flew sorties"), light verbs with
    # event nouns, passives and fronted phrases; 1930s-2020s, all regions. First, unseen score: type 0.605, dyad 0.543;
    # 0.915 / 0.783 after the round's general fixes (vocabulary by root, test_coding_types.py).
    "coder_fresh5.jsonl": (129, {"type": 0.97, "dyad": 0.91}),
    # coder_fresh6: likewise, aimed at actors and recipients (129 sentences, seven to nine per type; office holders by
    # name and title from the 1970s to the 2020s, people not in the data files, ministries and agencies, religious and
    # ethnic groups, rebels, companies, NGOs and IGOs, "the two leaders", possessives, appositions, compound actors,
    # passives with "by", nested targets, places and dates after the recipient). First, unseen score: type 0.930,
    # dyad 0.806; fitted since by actor and recipient error classes (test_coding_actors.py).
    # Round 13 relabelled two sentences by the convention that a people keeps its country's code abroad.
    # Actors round 13 (date-aware holders, references, nested targets): 0.961 / 0.946.
    "coder_fresh6.jsonl": (129, {"type": 0.98, "dyad": 0.96}),
    # coder_fresh7: likewise (122 sentences, six to eight per type), present-day agency copy: 25-40-word leads with
    # titles before names, official bodies, numbers and places, the attribution at the end ("..., the ministry said on
    # Tuesday"), and a few headlines in the present tense. First, unseen score: type 0.902, dyad 0.820; 0.959 / 0.877
    # after the round's general fixes (test_coding_round13.py).
    # Actors round 13: 0.959 / 0.910.
    "coder_fresh7.jsonl": (122, {"type": 0.95, "dyad": 0.9}),
    # coder_fresh9: likewise (131 sentences, six to thirteen per type), aimed at office holders on the article's date:
    # each record may carry `published`, and people who moved between national and international office are named on
    # dates in one or the other (Tusk, Stoltenberg, Rutte, Borrell, Kallas, Draghi, Ban Ki-moon, Amr Moussa, Lagarde),
    # before 2000 too; references inside a record ("the two presidents", "the alliance", "the bloc", "the militants",
    # "his Indian counterpart", "he" and "the crown prince" in a second sentence); courts, legislatures, police,
    # opposition parties, rebels, companies, journalists, NGOs and IGOs by name and acronym. First, unseen score: type
    # 0.939, dyad 0.824 (0.847 after three labels were brought in line with the settled conventions: the Red Cross is
    # IGO, a resignation has no recipient); 0.954 / 0.924 after the actors round 13 fixes (test_coding_actors13.py).
    "coder_fresh9.jsonl": (131, {"type": 0.945, "dyad": 0.915}),
    # coder_fresh8: likewise (126 sentences, seven or eight per type), aimed at generalisation of types: nominal events as
    # subjects ("Israel's bombardment of", "the expulsion of ... by"), light and phrasal verbs ("pointed the finger at",
    # "brushed aside", "beefed up", "handed in his resignation"), present-tense headlines, passives without an agent,
    # reported modality and negation ("said it could cut off", "has not ruled out"). First, unseen score: type 0.849,
    # dyad 0.770; 0.913 / 0.825 after the round's general fixes (test_coding_round14.py).
    "coder_fresh8.jsonl": (126, {"type": 0.945, "dyad": 0.895}),
    # coder_fresh10: likewise (129 sentences, twelve each of the weakest types, RETREAT, COERCE, CONCEDE, ACCUSE, AID,
    # SUPPORT, THREATEN and REQUEST, four or five of each other type), aimed at type generalisation: rare verbs and
    # phrasal verbs ("handed in", "set free", "bowed to pressure", "faulted", "held X responsible", "lashed out at",
    # "wrote off", "threw its weight behind", "implored"), nominal events, passives, long attributions and two clauses;
    # 1970s-2020s wire copy, all regions. First, unseen score: type 0.891, dyad 0.806 (0.899 / 0.814 after two labels
    # were brought in line with the settled conventions: breaking up a rally with tear gas is 175 ASSAULT, the Red
    # Cross is IGO); 0.985 / 0.907 after the round's general fixes (test_coding_round15.py).
    "coder_fresh10.jsonl": (129, {"type": 0.985, "dyad": 0.915}),
    # coder_fresh11: likewise (138 sentences, seven to thirteen per type), aimed at who did what to whom: recipients
    # after "to", "on", "against", "with", "from", "for", "over" and "about", possessors ("X's embassy"), objects of
    # nominal events ("the expulsion of X's diplomats"), passives with and without "by"; actors as leaders, ministries,
    # capitals, armed groups, organisations, companies and "the two sides"; domestic courts, police and protests;
    # several actors or recipients. First, unseen score: type 0.935, dyad 0.870 (0.957 / 0.891 after four type labels
    # were brought in line with the settled conventions: sanctions and tariffs SANCTION, easing a blockade RETREAT,
    # expelling journalists COERCE); 0.978 / 0.957 after the actors round 14 fixes (test_coding_actors14.py).
    "coder_fresh11.jsonl": (138, {"type": 0.97, "dyad": 0.945}),
    # coder_fresh12: HELD OUT. 134 sentences in the PLOVER GSR's style and type mix (1980s-2020s, all regions), written by
    # someone who never ran eventwire on them and did not read its rules; scored once, on the code of 2026-11-30:
    # type 0.933, dyad 0.776. Its misses are not read, so it keeps measuring text the rules were not written on; the
    # floors only guard against falling back.
    "coder_fresh12.jsonl": (134, {"type": 0.925, "dyad": 0.77}),
    # coder_fresh13: likewise (129 sentences, all 16 types in the PLOVER GSR's mix, 1980s-2020s, all regions), aimed at
    # who did what to whom: recipients after prepositions, possessors, objects of nominal events, passives with and
    # without "by"; leaders, ministries, capitals, armed groups, organisations, companies, compound actors. First,
    # unseen score: type 0.954, dyad 0.930; 0.954 / 0.954 after the actors round 15 fixes (test_coding_actors15.py).
    "coder_fresh13.jsonl": (129, {"type": 0.945, "dyad": 0.94}),
}


@pytest.mark.parametrize("name", sorted(OWN_SETS))
def test_own_sentence_sets_meet_their_floors(pipeline, name):
    from pathlib import Path

    from eventwire.eval.plover import evaluate

    size, floors = OWN_SETS[name]
    result = evaluate(Path(__file__).parent / "data" / name, pipeline)
    assert result["n"] == size
    scores = result["scores"]
    assert scores["type_accuracy"] >= floors["type"] and scores["dyad_accuracy"] >= floors["dyad"], scores
