"""Coder round 14: error classes found on an eighth fresh set (nominal events, light and phrasal verbs, headlines,
passives, modality and negation) and the older ones, each on sentences written for these tests (not from any gold set
and not from the fresh or own development sets)."""

from __future__ import annotations

import pytest

from conftest import expect_event

CASES = [
    # verbs of one class share their object rows (events/data/verbclasses.tsv): rushing or shipping relief is sending it,
    # reversing or revoking a ban is lifting it
    ("Kenya rushed medical teams to Somalia after the floods.", "AID", {"KEN"}, {"SOM"}),
    ("Algeria rushed food and tents to flood-hit towns in Libya.", "AID", {"DZA"}, set()),
    ("Myanmar's junta reversed its ban on opposition rallies in Yangon.", "CONCEDE", {"MMR"}, set()),
    ("Ghana's government revoked its ban on small-scale gold mining in 2018.", "CONCEDE", {"GHA"}, set()),
    # medical and surgical teams, health and aid workers sent are relief
    ("Egypt sent surgical teams to hospitals in Khartoum.", "AID", {"EGY"}, {"SDN"}),
    ("Cuba sent health workers to Italy during the pandemic.", "AID", {"CUB"}, {"ITA"}),
    # a refusal that is itself negated holds its content open: force held open is a threat
    ("Israel has not ruled out striking Iran's nuclear sites, its defence minister said.", "THREATEN", {"ISR"}, set()),
    ("Pakistan did not rule out using force against militant camps in Afghanistan.", "THREATEN", {"PAK"}, set()),
    # a place named by several words is the place of the act, not a state acting ("a strike called in Sao Paulo")
    ("A general strike was called in San Salvador against the pension reform.", "PROTEST", {"SLV"}, set()),
    ("A national strike was called in Santo Domingo over fuel prices.", "PROTEST", {"DOM"}, set()),
    # a concession with no named author is the country's where it was made, as coercion is
    ("An amnesty was declared in Cameroon for political prisoners.", "CONCEDE", {"CMR"}, set()),
    ("Hundreds of detainees were pardoned in Uzbekistan on independence day.", "CONCEDE", {"UZB"}, set()),
    # force one would respond (react) with: vowed or promised, a threat
    ("Pyongyang vowed to respond with force to the new defence pact between Seoul and Tokyo.", "THREATEN", {"PRK"}, set()),
    ("Seoul said it would react with force to any incursion by the North.", "THREATEN", {"KOR"}, set()),
    # seeking an act named by its event noun is a request for it
    ("Ukraine sought the delivery of more air defence systems from Germany.", "REQUEST", {"UKR"}, set()),
    ("Haiti sought the dispatch of foreign police to restore order in the capital.", "REQUEST", {"HTI"}, set()),
    # taking over the running of an institution is seizing control of it
    ("Police took over the management of an opposition television station in Caracas.", "COERCE", {"VEN"}, set()),
    # relief crews or peacekeepers arriving somewhere bring aid or protection, not a visit
    ("Rwandan peacekeepers arrived in Bangui on Tuesday.", "AID", {"RWA"}, {"CAF"}),
    ("Kenyan peacekeepers landed in Mogadishu on Sunday.", "AID", {"KEN"}, {"SOM"}),
    ("Chinese medical teams arrived in Sierra Leone to fight the Ebola outbreak.", "AID", {"CHN"}, {"SLE"}),
    # naming someone a suspect accuses them
    ("Brazil's federal police named a former minister a suspect in the bribery case.", "ACCUSE", {"BRA"}, set()),
    # a rollback of a policy is rolling it back (a concession)
    ("Ghana's government announced a rollback of the fuel price hike after the protests.", "CONCEDE", {"GHA"}, set()),
    # blocking (derailing, scuttling) negotiations, also through a phase noun ("the start of talks"), refuses them
    ("Poland blocked the start of negotiations with Belarus.", "REJECT", {"POL"}, {"BLR"}),
    ("France scuttled the opening of trade negotiations with Mercosur.", "REJECT", {"FRA"}, set()),
    ("Hungary derailed the start of accession talks with Ukraine.", "REJECT", {"HUN"}, set()),
]


@pytest.mark.parametrize("text, event, actor, recipient", CASES)
def test_round14_classes(code, text, event, actor, recipient):
    expect_event(code(text), event, actor, recipient)
