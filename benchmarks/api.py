"""API benchmark (issue 6): latency of filtered /api/events and a dyad series on a store of one million events.

The store is synthetic, made with SQL in a few seconds: 100,000 articles and 1,000,000 events with
realistic codes, dates over five years and full JSON records. Each query runs through the HTTP app
in-process (FastAPI TestClient: routing, validation, serialisation) and directly on the Store; the
report gives median and 95th percentile of each and their ratio.

    .venv/bin/python benchmarks/api.py [--events 1000000] [--repeat 40]
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench-results"
CODES = ["USA", "RUS", "CHN", "UKR", "IRN", "ISR", "GBR", "FRA", "DEU", "TUR", "IND", "PAK", "SYR", "PRK", "KOR", "JPN"]
TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
SECTORS = ["GOV", "MIL", "COP", "CVL", "OPP", "REB"]


def build(path: Path, events: int) -> None:
    """Fill a fresh store with synthetic articles and events using SQL only."""
    from eventwire import Store

    articles = max(events // 10, 1)
    codes, types, sectors = (json.dumps(x).replace('"', "'") for x in (CODES, TYPES, SECTORS))
    with Store(path) as store:
        store.con.execute(f"""
            INSERT INTO articles (id, title, outlet, url, published, source, text, n_events, story_id)
            SELECT 'a' || i, 'Article ' || i, 'Outlet ' || (i % 40), 'https://example.org/' || i,
                   DATE '2020-01-01' + (i % 1800)::INT, 'bench', 'Synthetic text ' || i, 10, 's' || (i // 3)
            FROM range({articles}) t(i)""")
        store.con.execute(f"""
            CREATE TEMP TABLE g AS SELECT i, 'a' || (i // 10) AS article_id,
                   DATE '2020-01-01' + ((i // 10) % 1800)::INT AS date,
                   {codes}[1 + (hash(i) % 16)::INT] AS a, {codes}[1 + (hash(i * 7) % 16)::INT] AS r,
                   {sectors}[1 + (hash(i * 3) % 6)::INT] AS s, {types}[1 + (hash(i * 11) % 16)::INT] AS ev
            FROM range({events}) t(i)""")
        store.con.execute("""
            INSERT INTO events (id, article_id, date, date_value, date_precision, event, mode, status, cameo, quad_code,
                                event_scale, actor_codes, actor_keys, recipient_codes, recipient_keys, event_text,
                                sentence, sentence_start, sentence_end, place_country, place_name, lat, lon, record)
            SELECT 'e' || i, article_id, date, strftime(date, '%Y-%m-%d'), 'day', ev, '', 'occurred', '010',
                   1 + (i % 4)::INT, -5.0 + (i % 11), [a], [a || ':' || s], [r], [r], 'said', 'A sentence.', 0, 11,
                   r, NULL, NULL, NULL,
                   json_object('id', 'e' || i, 'article_id', article_id, 'date', strftime(date, '%Y-%m-%d'),
                     'date_source', 'published', 'date_value', strftime(date, '%Y-%m-%d'), 'date_precision', 'day',
                     'event', ev, 'mode', '', 'context', json('[]'),
                     'actor', json_array(json_object('code', a, 'sector', s, 'entity_text', a, 'identifier_text', a,
                                                     'start', 0, 'end', 3)),
                     'recipient', json_array(json_object('code', r, 'sector', NULL, 'entity_text', r,
                                                         'identifier_text', r, 'start', 5, 'end', 8)),
                     'event_text', 'said', 'cameo', '010', 'quad_code', 1 + (i % 4)::INT, 'event_scale', -5.0 + (i % 11),
                     'status', 'occurred', 'event_loc', NULL,
                     'text_info', json_object('sentence', 'A sentence.', 'start', 0, 'end', 11,
                                              'trigger_start', 2, 'trigger_end', 6))
            FROM g""")
        store.con.execute("CHECKPOINT")


def _time(call, repeat: int) -> tuple[float, float]:
    times = []
    for n in range(repeat):
        start = time.perf_counter()
        call(n)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return round(statistics.median(times), 1), round(times[int(0.95 * (len(times) - 1))], 1)


def measure(path: Path, repeat: int) -> dict:
    from fastapi.testclient import TestClient

    from eventwire import EventFilter, Store, load_settings
    from eventwire.api import create_app

    client = TestClient(create_app(load_settings(env={}, db_path=str(path))))
    held = Store(path, read_only=True)  # the same queries on an open DuckDB connection

    def api_events(n: int) -> None:
        actor = CODES[n % len(CODES)]
        r = client.get("/api/events", params={"actor": actor, "type": "ASSAULT", "since": "2022-01-01", "limit": 50})
        assert r.status_code == 200, r.text

    def direct_events(n: int) -> None:
        flt = EventFilter(actor=CODES[n % len(CODES)], event_type="ASSAULT", since="2022-01-01")
        held.events(flt, limit=50)
        held.count_events(flt)

    def api_dyads(n: int) -> None:
        r = client.get("/api/dyads", params={"actor": CODES[n % 16], "recipient": CODES[(n + 1) % 16], "by": "month"})
        assert r.status_code == 200, r.text

    def direct_dyads(n: int) -> None:
        held.dyads(CODES[n % 16], CODES[(n + 1) % 16], "month")

    out = {}
    for name, api, direct in (("events", api_events, direct_events), ("dyads", api_dyads, direct_dyads)):
        api_t, direct_t = _time(api, repeat), _time(direct, repeat)
        out[name] = {"api_median_ms": api_t[0], "api_p95_ms": api_t[1], "direct_median_ms": direct_t[0],
                     "direct_p95_ms": direct_t[1], "ratio_median": round(api_t[0] / direct_t[0], 3)}
    held.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "api.duckdb")
        start = time.perf_counter()
        build(path, args.events)
        built = round(time.perf_counter() - start, 1)
        result = {"events": args.events, "build_seconds": built, **measure(path, args.repeat),
                  "goal": "p95 < 200 ms; API/direct <= 1.5"}
    OUT.mkdir(exist_ok=True)
    (OUT / "api.json").write_text(json.dumps(result, indent=2))
    for name in ("events", "dyads"):
        r = result[name]
        print(f"{name:>6}: API median {r['api_median_ms']} ms, p95 {r['api_p95_ms']} ms; direct median "
              f"{r['direct_median_ms']} ms, p95 {r['direct_p95_ms']} ms; ratio {r['ratio_median']} (goal <= 1.5)")


if __name__ == "__main__":
    main()
