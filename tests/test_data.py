"""The knowledge files load, are well formed and agree with each other."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

from eventwire.data import data_path, read_tsv, split_list
from eventwire.events.cues import load_cues
from eventwire.events.tables import PLOVER_TYPES, cameo_to_plover, goldstein, plover_for

CODE = re.compile(r"^[A-Z]{3}$")
OFFICES = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister", "head_of_organisation"}


def test_countries_are_unique_and_aliases_unambiguous():
    rows = read_tsv(data_path("actors", "countries.tsv"))
    codes = [r["code"] for r in rows]
    assert len(codes) == len(set(codes)) and len(codes) >= 193
    owners = defaultdict(set)
    for r in rows:
        assert CODE.match(r["code"]), r
        for surface in [r["name"], *split_list(r["aliases"]), *split_list(r["capitals"])]:
            owners[surface].add(r["code"])
    assert not {s: c for s, c in owners.items() if len(c) > 1}


def test_people_terms_are_valid():
    count = 0
    for path in sorted(data_path("actors", "people").glob("*.tsv")):
        for row in read_tsv(path):
            count += 1
            assert CODE.match(row["country"]), (path.name, row)
            assert row["office"] in OFFICES, (path.name, row)
            start = date.fromisoformat(row["start"])
            if row["end"]:
                assert start <= date.fromisoformat(row["end"]), (path.name, row)
    assert count > 3000


def test_every_g20_state_has_a_head_of_state_in_2022():
    g20 = "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA".split()
    when = date(2022, 9, 7)
    held = set()
    for path in data_path("actors", "people").glob("*.tsv"):
        for row in read_tsv(path):
            end = date.fromisoformat(row["end"]) if row["end"] else date.max
            if row["office"] in ("head_of_state", "head_of_government") and date.fromisoformat(row["start"]) <= when <= end:
                held.add(row["country"])
    assert set(g20) <= held, set(g20) - held


def test_cues_map_to_plover_types():
    table = cameo_to_plover()
    scores = goldstein()
    assert len(table) > 200 and len(scores) > 250
    for cues in load_cues().values():
        for cue in cues:
            coded = cue.event or (plover_for(cue.cameo).event if plover_for(cue.cameo) else "")
            assert coded in PLOVER_TYPES, cue
    covered = {cue.event or plover_for(cue.cameo).event for cues in load_cues().values() for cue in cues}
    assert covered == set(PLOVER_TYPES)


def test_sectors_use_known_codes():
    rows = read_tsv(data_path("actors", "sectors.tsv"))
    assert len(rows) > 100
    assert all(re.match(r"^[A-Z]{3}$", r["sector"]) for r in rows)
