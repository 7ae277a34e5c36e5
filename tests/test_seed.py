"""The seed article (../shared/seed) yields the events listed in docs/architecture.md."""

from __future__ import annotations

import pytest

from conftest import find, shared_file


@pytest.fixture(scope="module")
def seed_events(code):
    text = shared_file("seed/000_c3ad2f93699c1550.txt").read_text(encoding="utf-8")
    return text, code(text, published="2022-09-07")


def _check_evidence(text: str, ev: dict, words: str) -> None:
    info = ev["text_info"]
    assert text[info["start"]:info["end"]] == info["sentence"]
    assert words in info["sentence"], (words, info["sentence"])


def test_planned_meeting(seed_events):
    text, events = seed_events
    ev = find(events, "AGREE", actor={"RUS", "CHN"}, status="planned")
    assert ev, events
    assert {(a["code"], a["sector"]) for a in ev["actor"]} >= {("RUS", "GOV"), ("CHN", "GOV")}
    _check_evidence(text, ev, "plan to meet")


def test_past_meeting_in_beijing(seed_events):
    text, events = seed_events
    ev = find(events, "CONSULT", actor={"RUS", "CHN"}, status="occurred")
    assert ev, events
    _check_evidence(text, ev, "last met")


def test_no_limits_agreement(seed_events):
    text, events = seed_events
    ev = find(events, "SUPPORT", actor={"RUS", "CHN"})
    assert ev, events
    _check_evidence(text, ev, "signing")


def test_troops_into_ukraine(seed_events):
    text, events = seed_events
    ev = find(events, "MOBILIZE", actor={"RUS"}, recipient={"UKR"}) or find(events, "ASSAULT", actor={"RUS"}, recipient={"UKR"})
    assert ev, events
    assert ("RUS", "GOV") in {(a["code"], a["sector"]) for a in ev["actor"]}  # "the Kremlin"
    _check_evidence(text, ev, "troops")


def test_joint_drills(seed_events):
    text, events = seed_events
    ev = find(events, "COOPERATE", actor={"RUS"}, recipient={"CHN"})
    assert ev, events
    assert ("RUS", "MIL") in {(a["code"], a["sector"]) for a in ev["actor"]}  # "the Russian military"
    _check_evidence(text, ev, "drills")


def test_rejected_alliance(seed_events):
    text, events = seed_events
    ev = find(events, "REJECT", actor={"RUS", "CHN"})
    assert ev and ev["status"] in ("occurred", "negated"), events
    _check_evidence(text, ev, "rejected")


def test_shared_military_technology(seed_events):
    text, events = seed_events
    ev = find(events, "COOPERATE", actor={"RUS"}, recipient={"CHN"}) or find(events, "AID", actor={"RUS"}, recipient={"CHN"})
    assert ev, events
    sharing = [e for e in events if "sharing" in e["text_info"]["sentence"] and e["event"] in ("COOPERATE", "AID")]
    assert sharing, events


def _when_where(ev: dict) -> tuple:
    loc = ev["event_loc"] or {}
    return ev["date"], ev["date_value"], ev["date_precision"], ev["date_source"], loc.get("country"), loc.get("direction")


def test_events_get_their_own_date_and_place(seed_events):
    _, events = seed_events
    planned = next(e for e in events if e["event"] == "AGREE" and e["event_text"] == "meet")
    assert _when_where(planned) == ("2022-09-12", "2022-W37", "week", "text", "UZB", None)
    past = find(events, "CONSULT", actor={"RUS", "CHN"}, status="occurred")
    assert _when_where(past)[:4] == ("2022-02-01", "2022-02", "month", "text")
    assert past["event_loc"]["name"] == "Beijing" and past["event_loc"]["country"] == "CHN"
    drills = find(events, "COOPERATE", actor={"RUS"}, recipient={"CHN"})
    assert _when_where(drills) == ("2022-09-07", "2022-09-07", "day", "text", "RUS", "east")


def test_an_event_without_a_time_expression_falls_back_to_the_publication_date(seed_events):
    _, events = seed_events
    fallback = [e for e in events if e["date_source"] == "published"]
    assert fallback and all(e["date"] == "2022-09-07" for e in fallback)
