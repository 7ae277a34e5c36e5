"""The HTTP API in-process (TestClient) over a store built from the demo corpus, plus a schemathesis run."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from eventwire import Store, load_settings
from eventwire.api import create_app
from test_store import demo_articles

TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def db(pipeline, tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "demo.duckdb"
    with Store(path) as store:
        store.add(pipeline.analyze_many(demo_articles()))
    return path


def client_for(db, **settings: object) -> TestClient:
    cfg = load_settings(env={}, db_path=str(db), workers=1, **settings)
    return TestClient(create_app(cfg), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def client(db):
    with client_for(db) as c:
        yield c


def error_code(response) -> str:
    body = response.json()
    assert set(body) == {"error"} and body["error"]["message"].startswith(body["error"]["code"])
    assert "Traceback" not in response.text
    return body["error"]["code"]


def test_stats_counts_the_store(client):
    body = client.get("/api/stats").json()
    assert body["counts"]["articles"] == 44 and body["counts"]["events"] > 150
    assert sum(body["events_by_type"].values()) == body["counts"]["events"]


def test_events_page_has_total_and_newest_first(client):
    body = client.get("/api/events", params={"limit": 10}).json()
    assert body["total"] > 150 and len(body["events"]) == 10
    dates = [e["date"] for e in body["events"]]
    assert dates == sorted(dates, reverse=True)
    assert all(e["text_info"]["sentence"] for e in body["events"])


def test_pagination_walks_without_overlap(client):
    first = client.get("/api/events", params={"limit": 20, "offset": 0}).json()["events"]
    second = client.get("/api/events", params={"limit": 20, "offset": 20}).json()["events"]
    both = client.get("/api/events", params={"limit": 40}).json()["events"]
    assert [e["id"] for e in first + second] == [e["id"] for e in both]


@pytest.mark.parametrize("params, check", [
    ({"actor": "RUS"}, lambda e: any(a["code"] == "RUS" for a in e["actor"])),
    ({"actor": "rus:mil"}, lambda e: any(a["code"] == "RUS" and a["sector"] == "MIL" for a in e["actor"])),
    ({"recipient": "UKR"}, lambda e: any(r["code"] == "UKR" for r in e["recipient"])),
    ({"type": "assault"}, lambda e: e["event"] == "ASSAULT"),
    ({"status": "planned"}, lambda e: e["status"] == "planned"),
    ({"since": "2022-01-01", "until": "2022-12-31"}, lambda e: "2022-01-01" <= e["date"] <= "2022-12-31"),
    ({"text": "kyiv"}, lambda e: "kyiv" in e["text_info"]["sentence"].lower()),
    ({"article": "demo-044"}, lambda e: e["article_id"] == "demo-044"),
    ({"min_sources": 1}, lambda e: True),
])
def test_every_filter_narrows_the_events(client, params, check):
    everything = client.get("/api/events").json()["total"]
    body = client.get("/api/events", params={**params, "limit": 1000}).json()
    assert body["events"] and all(check(e) for e in body["events"])
    assert body["total"] == len(body["events"])
    if params != {"min_sources": 1}:
        assert body["total"] < everything


def test_place_filter_is_accepted(client):
    assert client.get("/api/events", params={"place": "UKR"}).status_code == 200


def test_events_as_csv(client):
    response = client.get("/api/events", params={"format": "csv", "type": "ASSAULT", "limit": 5})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 5 and all(r["event"] == "ASSAULT" for r in rows)


def test_bad_filter_values_are_coded_errors_naming_the_parameter(client):
    for params in ({"since": "last week"}, {"actor": "R;US"}, {"until": "2022-13-45"}):
        response = client.get("/api/events", params=params)
        assert response.status_code == 422 and error_code(response) == "EW704"
        assert next(iter(params)) in response.json()["error"]["message"]


def test_malformed_parameters_are_coded_422(client):
    response = client.get("/api/events", params={"limit": "many"})
    assert response.status_code == 422 and error_code(response) == "EW704"
    assert "limit" in response.json()["error"]["message"]


def test_dyad_series(client):
    body = client.get("/api/dyads", params={"actor": "rus", "recipient": "UKR", "by": "year"}).json()
    assert body["actor"] == "RUS" and body["series"]
    for row in body["series"]:
        assert row["events"] == sum(row["by_type"].values()) == sum(row["by_quad"].values())
    assert client.get("/api/dyads", params={"actor": "RUS", "recipient": "UKR", "by": "decade"}).status_code == 422


def test_actors_and_dyads(client):
    body = client.get("/api/actors", params={"limit": 5}).json()
    assert len(body["actors"]) == 5 and len(body["dyads"]) == 5
    assert body["actors"][0]["events"] >= body["actors"][-1]["events"]


def test_articles_list_and_one_article_with_offsets(client):
    listed = client.get("/api/articles", params={"limit": 5}).json()["articles"]
    assert len(listed) == 5
    article = client.get(f"/api/articles/{listed[0]['id']}").json()
    assert article["events"] and article["entities"]
    for event in article["events"]:
        info = event["text_info"]
        assert article["text"][info["start"]:info["end"]] == info["sentence"]
        assert article["text"][info["trigger_start"]:info["trigger_end"]]
    for mention in article["entities"]:
        assert article["text"][mention["start"]:mention["end"]] == mention["text"]


def test_missing_article_and_story_are_404(client):
    response = client.get("/api/articles/no-such-article")
    assert response.status_code == 404 and error_code(response) == "EW504"
    response = client.get("/api/stories/no-such-story")
    assert response.status_code == 404 and error_code(response) in {"EW505", "EW705"}


def test_stories_list_is_well_formed(client):
    body = client.get("/api/stories").json()
    assert isinstance(body["available"], bool) and isinstance(body["stories"], list)


def test_quarantine_lists_bad_inputs(db, tmp_path):
    path = tmp_path / "q.duckdb"
    with Store(path) as store:
        store.quarantine("bad.jsonl:3", "EW107", "EW107: bad.jsonl: line 3: malformed JSON", b"{oops")
    with client_for(path) as c:
        items = c.get("/api/quarantine").json()["items"]
    assert [(i["source"], i["code"]) for i in items] == [("bad.jsonl:3", "EW107")]


def test_exports_stream_every_format(client):
    formats = {f["name"]: f for f in client.get("/api/exports").json()}
    assert set(formats) == {"plover", "gdelt", "icews", "parquet", "csv", "geojson"}
    flt = {"type": "ASSAULT"}
    expected = client.get("/api/events", params=flt).json()["total"]
    with client.stream("GET", "/api/exports/plover", params=flt) as response:
        assert response.status_code == 200
        assert 'filename="events.jsonl"' in response.headers["content-disposition"]
        lines = [json.loads(line) for line in response.iter_lines() if line]
    assert len(lines) == expected and all(r["event"] == "ASSAULT" for r in lines)
    table = pq.read_table(io.BytesIO(client.get("/api/exports/parquet", params=flt).content))
    assert table.num_rows == expected
    geo = client.get("/api/exports/geojson", params={"limit": 10}).json()
    assert geo["type"] == "FeatureCollection"
    assert len(geo["features"]) + geo["eventwire"]["skipped_unlocated"] == 10
    for name in ("gdelt", "icews", "csv"):
        response = client.get(f"/api/exports/{name}", params=flt)
        assert response.status_code == 200 and response.text.strip()


def test_unknown_export_format_and_bad_filter_are_coded(client):
    assert error_code(client.get("/api/exports/xml")) == "EW704"
    response = client.get("/api/exports/csv", params={"until": "soon"})
    assert response.status_code == 422 and error_code(response) == "EW704"


def test_analyze_codes_a_text_without_storing_it(client):
    before = client.get("/api/stats").json()["counts"]
    response = client.post("/api/analyze", json={
        "text": "France and Germany accused Russia of violating the ceasefire on Tuesday.", "published": "2022-09-07"})
    assert response.status_code == 200
    events = response.json()["events"]
    accuse = [e for e in events if e["event"] == "ACCUSE"]
    assert accuse and {a["code"] for a in accuse[0]["actor"]} == {"FRA", "DEU"}
    assert accuse[0]["date"] == "2022-09-07"
    assert client.get("/api/stats").json()["counts"] == before


def test_analyze_rejects_bad_input_with_codes(client):
    bad_date = client.post("/api/analyze", json={"text": "Russia attacked Ukraine.", "published": "yesterday"})
    assert bad_date.status_code == 422 and error_code(bad_date) == "EW704"
    blank = client.post("/api/analyze", json={"text": "   "})
    assert blank.status_code == 400 and error_code(blank) == "EW102"
    not_json = client.post("/api/analyze", content=b"{not json", headers={"content-type": "application/json"})
    assert not_json.status_code == 422 and error_code(not_json) == "EW704"


def test_body_over_the_limit_is_413(db):
    with client_for(db, api_max_body_bytes=1000) as c:
        response = c.post("/api/analyze", json={"text": "Russia attacked Ukraine. " * 100})
        assert response.status_code == 413 and error_code(response) == "EW703"
        chunked = c.post("/api/analyze", content=iter([b'{"text": "', b"x" * 2000, b'"}']),
                         headers={"content-type": "application/json"})
        assert chunked.status_code == 413 and error_code(chunked) == "EW703"
        assert c.post("/api/analyze", json={"text": "Russia attacked Ukraine."}).status_code == 200


ARTICLE = {"id": "api-1", "title": "Talks", "outlet": "Test Wire", "published": "2023-05-02",
           "text": "Turkey hosted talks between Russia and Ukraine in Istanbul on Tuesday. Russia shelled Kharkiv."}


def test_ingest_is_off_without_a_token(client):
    response = client.post("/api/ingest", json={"articles": [ARTICLE]})
    assert response.status_code == 403 and error_code(response) == "EW701"


def test_ingest_needs_the_right_token_and_stores(tmp_path):
    path = tmp_path / "w.duckdb"
    with client_for(path, api_token=TOKEN) as c:
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"}):
            response = c.post("/api/ingest", json={"articles": [ARTICLE]}, headers=headers)
            assert response.status_code == 401 and error_code(response) == "EW702"
            assert response.headers["www-authenticate"] == "Bearer"
        auth = {"Authorization": f"Bearer {TOKEN}"}
        bad = {"id": "api-2", "text": "Russia attacked.", "published": "someday"}
        response = c.post("/api/ingest", json={"articles": [ARTICLE, bad]}, headers=auth)
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["summary"]["stored"] == 1 and body["summary"]["failed"] == 1
        assert body["rejected"][0]["code"] == "EW106"
        stored = c.get("/api/articles/api-1").json()
        assert stored["title"] == "Talks" and stored["events"]
        assert c.get("/api/events", params={"article": "api-1"}).json()["total"] == len(stored["events"])
        again = c.post("/api/ingest", json={"articles": [ARTICLE]}, headers=auth).json()
        assert again["summary"]["stored"] == 0 and again["store"]["articles"] == 1


def test_unknown_routes_and_methods_are_coded(client):
    assert error_code(client.get("/api/nothing")) == "EW706"
    response = client.delete("/api/stats")
    assert response.status_code == 405 and error_code(response) == "EW707"


def test_missing_store_is_503_with_a_hint(tmp_path):
    with client_for(tmp_path / "absent.duckdb") as c:
        response = c.get("/api/stats")
    assert response.status_code == 503 and error_code(response) == "EW501"
    assert "eventwire ingest" in response.json()["error"]["message"]


def test_dashboard_pages_and_vendor_files_are_served(client):
    for page in ("/", "/events", "/map", "/dyads", "/network", "/stories", "/articles/demo-001"):
        response = client.get(page)
        assert response.status_code == 200 and '<main id="view"' in response.text
        assert "default-src 'self'" in response.headers["content-security-policy"]
    assert client.get("/static/js/main.js").status_code == 200
    vendor = client.get("/vendor/countries-110m.json")
    if vendor.status_code == 404:
        pytest.fail("vendor files missing: run `npm ci` in src/eventwire/api/web")
    assert vendor.json()["type"] == "Topology"
    assert client.get("/vendor/package.json").status_code == 404


def test_openapi_schema_documents_every_endpoint(client):
    schema = client.get("/api/openapi.json").json()
    paths = set(schema["paths"])
    assert {"/api/events", "/api/dyads", "/api/actors", "/api/stories", "/api/stories/{story_id}", "/api/articles",
            "/api/articles/{article_id}", "/api/stats", "/api/quarantine", "/api/exports", "/api/exports/{fmt}",
            "/api/analyze", "/api/ingest"} <= paths
    for path, ops in schema["paths"].items():
        for op in ops.values():
            assert "200" in op["responses"], path
    assert "HTTPBearer" in schema["components"]["securitySchemes"]



def test_every_operation_conforms_to_the_schema(db):
    """Property-based (schemathesis): generated requests never get a 5xx and every response matches the schema."""
    import schemathesis
    from hypothesis import HealthCheck, given, settings

    schema = schemathesis.openapi.from_asgi("/api/openapi.json", create_app(load_settings(env={}, db_path=str(db))))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 13
    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True,
                  database=None)
        def check(case) -> None:
            case.call_and_validate()

        check()
