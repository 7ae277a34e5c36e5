"""Places: the shortcuts that spare `find_places` repeated work give what the long way gives: facts of a mention's
readings remembered per readings tuple (`geo/memo.py`), the Counter difference (`focus.minus`), the distance test
(`distance.within`) and the reading scores (`prior.scorer`)."""

from __future__ import annotations

import math
import random
from collections import Counter

from eventwire.geo import memo
from eventwire.geo.distance import km, within
from eventwire.geo.focus import focus_countries, minus
from eventwire.geo.gazetteer import Feature
from eventwire.geo.mention import Mention
from eventwire.geo.memo import by_readings
from eventwire.geo.prior import score, scorer


def _town(fid: int, cc: str, population: int = 5_000, how: str = "name") -> Feature:
    return Feature(fid, fid, f"Town {fid}", 10.0 + fid, 20.0, cc, cc + "X", "01", "P", "PPL", population, how)


def _mention(text: str, readings: tuple[Feature, ...], words: int = 1) -> Mention:
    return Mention(0, words - 1, 0, len(text), text, readings)


def test_a_fact_is_worked_out_once_for_each_readings_tuple():
    calls = []
    fact = by_readings(lambda m: calls.append(m.text) or len(m.features))
    readings = (_town(1, "AA"), _town(2, "BB"))
    assert fact(_mention("Velmira", readings)) == 2
    assert fact(Mention(5, 5, 40, 47, "Velmira", readings)) == 2  # the same name again, elsewhere in the text
    assert calls == ["Velmira"]
    assert fact(_mention("Velmira", readings[:1])) == 1  # narrowed readings (a possessor's): another tuple
    assert fact(_mention("Velmira Two", readings, words=2)) == 2
    assert calls == ["Velmira", "Velmira", "Velmira Two"]


def test_a_full_memo_starts_afresh_and_stays_right(monkeypatch):
    monkeypatch.setattr(memo, "KEPT", 3)
    fact = by_readings(lambda m: m.features[0].cc)
    mentions = [_mention(f"Name{i}", (_town(i, f"C{i}"),)) for i in range(10)]
    assert [fact(m) for m in mentions] == [f"C{i}" for i in range(10)]
    assert [fact(m) for m in reversed(mentions)] == [f"C{i}" for i in reversed(range(10))]


def test_focus_countries_counts_each_mention_as_often_as_it_is_named():
    one = _mention("Dolgrad Town", (_town(1, "AA", 50_000),), words=2)
    other = _mention("Tarnovka City", (_town(2, "BB", 50_000),), words=2)
    assert focus_countries([one, other, one], ("cc",)) == Counter({"AA": 2, "BB": 1, "CC": 2})
    assert list(focus_countries([other, one], ())) == ["BB", "AA"]  # in the order the article names them


def test_minus_is_the_counter_difference_in_the_same_order():
    rng = random.Random(7)
    for _ in range(500):
        keys = rng.sample("ABCDEFG", rng.randint(0, 7))
        counts = Counter({k: rng.choice([0.5, 1, 2, 3]) for k in keys})
        less = Counter({k: rng.choice([0.5, 1, 2]) for k in rng.sample("ABCDEFG", rng.randint(0, 7))})
        got = minus(counts, less)
        assert got == counts - less and list(got) == list(counts - less)


def test_within_agrees_with_the_haversine_distance():
    rng = random.Random(11)
    for _ in range(20_000):
        lat1, lon1 = rng.uniform(-80, 80), rng.uniform(-180, 180)
        lat2, lon2 = lat1 + rng.uniform(-5, 5), lon1 + rng.uniform(-5, 5)
        limit = rng.choice([50.0, 161.0, 400.0])
        assert within(lat1, lon1, lat2, lon2, limit) == (km(lat1, lon1, lat2, lon2) < limit)
    assert within(0.0, 0.0, 3.0, 0.0, 400.0) and not within(0.0, 0.0, 4.0, 0.0, 400.0)  # 333.6 and 444.8 km


def test_scorer_gives_each_reading_its_score():
    focus = Counter({"AA": 3, "BBX": 1})
    qualifier = (Feature(9, 9, "Region", 1.0, 1.0, "AA", "AAX", "01", "A", "ADM1", 0),)
    readings = [_town(1, "AA"), _town(2, "BB", 900_000), _town(3, "AA", 0, "alt"), _town(4, "CC", 20)]
    of = scorer(focus, qualifier, frozenset({("BB", "01")}))
    # size, the article's country (named three times of three), the qualifier's region; an alternate name costs one
    assert of(readings[0]) == 0.8 * math.log10(5_010) + 3.0 + 10.0
    assert of(readings[2]) == 0.8 * math.log10(510) + 3.0 + 10.0 - 1.0  # no population: the smallest town's
    assert [of(f) for f in readings] == [score(f, focus, qualifier, frozenset({("BB", "01")})) for f in readings]
    assert of(readings[0]) > of(readings[1])  # the qualifier's and the article's country outweigh a city's size
    assert scorer(Counter(), ())(readings[1]) > scorer(Counter(), ())(readings[0])  # size alone
