"""Exports: each format written to a real file, read back with a plain reader, checked field by field."""

from __future__ import annotations

import csv
import io
import json
import tracemalloc
from datetime import date

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import eventwire
from eventwire import EventwireError
from eventwire.export import FORMATS, export_records, write_export
from eventwire.export.gdelt import COLUMNS as GDELT_COLUMNS
from eventwire.export.icews import COLUMNS as ICEWS_COLUMNS
from eventwire.export.tables import CSV_COLUMNS

TEXT = (
    "France and Germany accused Russia of violating the ceasefire on Tuesday. "
    "Russian troops attacked Ukrainian positions near Kharkiv. "
    "The United Nations accused Syria of attacking civilians. "
    "Romania expelled two Russian diplomats on Monday."
)
KHARKIV = {"name": "Kharkiv", "geonameid": 706483, "lat": 49.98081, "lon": 36.25272, "country_code": "UA",
           "country": "UKR", "admin1": "07", "feature_class": "P", "feature_code": "PPLA",
           "resolution": "city", "text": "Kharkiv"}
SYRIA = {"name": "Syria", "geonameid": 163843, "lat": 35.0, "lon": 38.0, "country_code": "SY", "country": "SYR",
         "admin1": None, "feature_class": "A", "feature_code": "PCLI", "resolution": "country", "text": "Syria"}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    """Real coded events with the fields the store adds: a location, the article, story counts."""
    analysis = eventwire.analyze(TEXT, published="2022-09-07")
    out = []
    for event in analysis.events:
        record = event.as_dict()
        record["article"] = {"id": event.article_id, "title": "Ceasefire row", "outlet": "Example Wire",
                             "url": "https://example.org/a/1", "published": "2022-09-07", "source": "test"}
        record["event_loc"] = KHARKIV if record["event"] == "ASSAULT" else None   # the rest: not located
        out.append(record)
    by_type = {r["event"]: r for r in out}
    assert {"ACCUSE", "ASSAULT", "SANCTION"} <= set(by_type), [r["event"] for r in out]
    un = next(r for r in out if r["actor"] and r["actor"][0]["code"] == "IGO")
    un["event_loc"] = SYRIA
    by_type["ASSAULT"].update(story_id="story-7", num_articles=4, num_sources=3, num_origins=2, num_mentions=6,
                              date="2022-09-05", date_value="2022-W36", date_precision="week")
    return out


def assault(records: list[dict]) -> dict:
    return next(r for r in records if r["event"] == "ASSAULT")


def compound(records: list[dict]) -> dict:
    return next(r for r in records if len(r["actor"]) == 2)


def test_registry_lists_every_format_and_refuses_unknown_ones(tmp_path, records):
    assert set(FORMATS) == {"plover", "gdelt", "icews", "parquet", "csv", "geojson"}
    with pytest.raises(EventwireError) as caught:
        write_export(records, "shapefile", tmp_path / "x.shp")
    assert caught.value.code == "EW204" and "plover" in str(caught.value)
    assert not (tmp_path / "x.shp").exists()


def test_unwritable_output_is_a_coded_error(tmp_path, records):
    with pytest.raises(EventwireError) as caught:
        write_export(records, "csv", tmp_path / "missing-dir" / "events.csv")
    assert caught.value.code == "EW101" and "missing-dir" in str(caught.value)


def test_failed_export_leaves_no_partial_file(tmp_path, records):
    def broken():
        yield records[0]
        raise RuntimeError("store went away")

    with pytest.raises(RuntimeError):
        write_export(broken(), "plover", tmp_path / "events.jsonl")
    assert list(tmp_path.iterdir()) == []


def test_plover_jsonl_uses_the_manual_field_names(tmp_path, records):
    path = tmp_path / "events.jsonl"
    assert write_export(records, "plover", path) == len(records)
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in lines] == [r["id"] for r in records]
    row = next(r for r in lines if r["event"] == "ASSAULT")
    for key in ("id", "date", "event", "mode", "context", "actor", "recipient", "event_text", "quad_code",
                "event_scale", "event_loc", "text_info", "cite_info", "version"):
        assert key in row, key
    assert row["date"] == "2022-09-05" and row["quad_code"] == 4 and row["event_scale"] == -10.0
    assert row["actor"][0]["code"] == "RUS" and row["actor"][0]["actor_text"] == "Russian troops"
    assert row["event_loc"]["latitude"] == pytest.approx(49.98081) and row["event_loc"]["cc3"] == "UKR"
    assert row["cite_info"]["url"] == "https://example.org/a/1" and row["cite_info"]["outlet"] == "Example Wire"
    assert row["cite_info"]["article_id"] == assault(records)["article_id"]
    assert row["text_info"]["sentence"].startswith("Russian troops attacked")
    assert row["link"] == "story-7" and row["date_precision"] == "week"
    assert next(r for r in lines if r["event"] == "SANCTION")["event_loc"] is None


def gdelt_table(path):
    names = ", ".join(f"'{c}'" for c in GDELT_COLUMNS)
    con = duckdb.connect()
    codes = "{'EventCode': 'VARCHAR', 'EventBaseCode': 'VARCHAR', 'EventRootCode': 'VARCHAR'}"
    return con, f"read_csv('{path}', delim='\t', header=false, names=[{names}], quote='', types={codes})"


def test_gdelt_has_61_columns_in_codebook_order_and_types(tmp_path, records):
    path = tmp_path / "events.tsv"
    report = export_records(records, "gdelt", path)
    assert report.written == len(records) and report.rows == len(records) + 1   # one compound actor
    first = path.read_text(encoding="utf-8").splitlines()[0].split("\t")
    assert len(first) == 61 and not first[0].startswith("GLOBALEVENTID")
    assert GDELT_COLUMNS[:5] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    assert GDELT_COLUMNS[25:35] == ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                                    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    assert GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL") and "ActionGeo_ADM2Code" in GDELT_COLUMNS
    con, table = gdelt_table(path)
    types = dict(con.execute(f"DESCRIBE SELECT * FROM {table}").fetchall()[i][:2] for i in range(61))
    assert types["GLOBALEVENTID"] == "BIGINT" and types["SQLDATE"] == "BIGINT"
    assert types["GoldsteinScale"] == "DOUBLE" and types["ActionGeo_Lat"] == "DOUBLE"


def test_gdelt_round_trips_an_event(tmp_path, records):
    path = tmp_path / "events.tsv"
    write_export(records, "gdelt", path)
    con, table = gdelt_table(path)
    event = assault(records)
    row = con.execute(f"SELECT * FROM {table} WHERE GLOBALEVENTID = ?", [int(event["id"][:15], 16)]).fetchone()
    got = dict(zip(GDELT_COLUMNS, row))
    assert got["SQLDATE"] == 20220905 and got["MonthYear"] == 202209 and got["Year"] == 2022
    assert got["FractionDate"] == pytest.approx(2022 + (8 * 30 + 5) / 365, abs=1e-4)
    assert got["Actor1Code"] == "RUSMIL" and got["Actor1CountryCode"] == "RUS" and got["Actor1Type1Code"] == "MIL"
    assert got["Actor2Code"] == "UKR" and got["EventCode"] == "190" and got["EventRootCode"] == "19"
    assert got["QuadClass"] == 4 and got["GoldsteinScale"] == -10.0
    assert (got["NumMentions"], got["NumSources"], got["NumArticles"]) == (6, 3, 4)
    assert got["ActionGeo_Type"] == 4 and got["ActionGeo_CountryCode"] == "UP"       # FIPS, not ISO
    assert got["ActionGeo_Lat"] == pytest.approx(49.9808) and got["ActionGeo_Long"] == pytest.approx(36.2527)
    assert got["ActionGeo_FullName"] == "Kharkiv, Ukraine" and got["Actor1Geo_Type"] == 0
    assert got["DATEADDED"] == 20220907000000 and got["SOURCEURL"] == "https://example.org/a/1"
    un = dict(zip(GDELT_COLUMNS, con.execute(f"SELECT * FROM {table} WHERE Actor1Code = 'IGO'").fetchone()))
    assert un["Actor1Type1Code"] == "IGO" and un["Actor1CountryCode"] is None
    assert un["ActionGeo_Type"] == 1 and un["ActionGeo_CountryCode"] == "SY" and un["ActionGeo_ADM1Code"] == "SY"
    romania = con.execute(f"SELECT Actor1Code FROM {table} WHERE EventRootCode = '16'").fetchone()
    assert romania[0].startswith("ROM")                                              # CAMEO spelling of ROU


def test_gdelt_compound_actors_become_dyads_with_distinct_ids(tmp_path, records):
    path = tmp_path / "events.tsv"
    write_export([compound(records)], "gdelt", path, header=True)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == list(GDELT_COLUMNS)
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"))) for line in lines[1:]]
    assert [r["Actor1Code"] for r in rows] == ["FRA", "DEU"] and {r["Actor2Code"] for r in rows} == {"RUS"}
    assert len({r["GLOBALEVENTID"] for r in rows}) == 2
    assert rows[0]["IsRootEvent"] == "1" and rows[0]["AvgTone"] == "0.0"
    single = io.BytesIO()
    assert export_records([compound(records)], "gdelt", single, expand_dyads=False).rows == 1


def test_icews_has_its_20_columns_and_full_country_names(tmp_path, records):
    path = tmp_path / "events.tab"
    write_export(records, "icews", path)
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        rows = list(reader)
    assert tuple(reader.fieldnames) == ICEWS_COLUMNS and len(ICEWS_COLUMNS) == 20
    row = next(r for r in rows if r["CAMEO Code"] == "190")
    assert row["Event ID"] == str(int(assault(records)["id"][:15], 16)) and row["Event Date"] == "2022-09-05"
    assert row["Source Country"] == "Russia" and row["Source Sectors"] == "Military"
    assert row["Target Country"] == "Ukraine" and float(row["Intensity"]) == -10.0
    assert row["City"] == "Kharkiv" and row["Country"] == "Ukraine" and row["Publisher"] == "Example Wire"
    un = next(r for r in rows if r["Source Name"] == "United Nations")
    assert un["Source Country"] == "" and "International Government" in un["Source Sectors"]
    con = duckdb.connect()
    types = dict(r[:2] for r in con.execute(f"DESCRIBE SELECT * FROM read_csv('{path}', delim='\t')").fetchall())
    assert types["Event Date"] == "DATE" and types["Latitude"] == "DOUBLE" and types["Event ID"] == "BIGINT"


def test_parquet_is_typed_and_round_trips(tmp_path, records):
    path = tmp_path / "events.parquet"
    assert write_export(records, "parquet", path, row_group_size=2) == len(records)
    file = pq.ParquetFile(path)
    assert file.metadata.num_row_groups == (len(records) + 1) // 2
    table = file.read()
    assert table.schema.field("date").type == pa.date32() and table.schema.field("published").type == pa.date32()
    assert table.schema.field("event_scale").type == pa.float64() and table.schema.field("lat").type == pa.float64()
    assert table.schema.field("quad_code").type == pa.int8() and table.schema.field("num_sources").type == pa.int32()
    assert table.schema.field("actor_codes").type == pa.list_(pa.string())
    row = next(r for r in table.to_pylist() if r["id"] == assault(records)["id"])
    assert row["date"] == date(2022, 9, 5) and row["cameo"] == "190" and row["quad_code"] == 4
    assert row["published"] == date(2022, 9, 7) and row["date_value"] == "2022-W36"
    assert row["event_scale"] == -10.0 and row["actor_codes"] == ["RUS"] and row["recipient_codes"] == ["UKR"]
    assert row["lat"] == pytest.approx(49.98081) and row["lon"] == pytest.approx(36.25272)
    assert row["actor"][0]["entity_text"] == "Russian troops" and row["num_mentions"] == 6
    query = f"SELECT count(*) FROM '{path}' WHERE list_contains(actor_codes, 'FRA')"
    assert duckdb.connect().execute(query).fetchone() == (1,)


def test_csv_has_the_flat_columns(tmp_path, records):
    path = tmp_path / "events.csv"
    write_export(records, "csv", path)
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    assert tuple(reader.fieldnames) == CSV_COLUMNS and len(rows) == len(records)
    row = next(r for r in rows if r["id"] == compound(records)["id"])
    assert row["actor_codes"] == "FRA;DEU" and row["recipient_codes"] == "RUS" and row["date"] == compound(records)["date"]
    assert row["cameo"] == compound(records)["cameo"] and float(row["event_scale"]) == compound(records)["event_scale"]
    located = next(r for r in rows if r["id"] == assault(records)["id"])
    assert float(located["lat"]) == pytest.approx(49.98081) and located["num_articles"] == "4"


def test_geojson_maps_located_events_and_counts_the_rest(tmp_path, records):
    path = tmp_path / "events.geojson"
    report = export_records(records, "geojson", path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == report.written == 2
    assert report.skipped == len(records) - 2 == data["eventwire"]["skipped_unlocated"]
    feature = next(f for f in data["features"] if f["properties"]["event"] == "ASSAULT")
    assert feature["geometry"] == {"type": "Point", "coordinates": [36.25272, 49.98081]}
    props = feature["properties"]
    assert props["actor_codes"] == ["RUS"] and props["quad_code"] == 4 and props["place"] == "Kharkiv"
    assert props["url"] == "https://example.org/a/1" and props["status"] == "occurred"


def test_event_objects_are_accepted_too():
    analysis = eventwire.analyze("Russian troops attacked Ukrainian positions.", published="2022-09-07")
    out = io.BytesIO()
    assert write_export(analysis.events, "plover", out) == len(analysis.events) == 1
    assert json.loads(out.getvalue())["event"] == "ASSAULT"


def test_missing_store_fields_are_tolerated(records):
    bare = {k: v for k, v in assault(records).items() if k not in {"article", "event_loc", "story_id"}}
    bare["actor"] = None
    for name in FORMATS:
        out = io.BytesIO()
        assert write_export([bare], name, out) == (0 if name == "geojson" else 1)
        assert not out.closed and out.getvalue()


LEAN = {"id": "", "date": "2022-09-07", "event": "ASSAULT", "cameo": "190", "quad_code": 4, "event_scale": -10.0,
        "actor": [{"code": "RUS", "sector": "MIL"}], "recipient": [{"code": "UKR"}],
        "event_loc": {"lat": 49.98, "lon": 36.25, "country_code": "UA"}, "article": {"url": "https://example.org/a"}}


def synthetic(n: int, template: dict = LEAN, check=None):
    """n distinct records made on the fly; ``check(i)`` runs before the i-th one is handed over."""
    for i in range(n):
        if check:
            check(i)
        record = dict(template)
        record["id"] = f"{i:016x}"
        yield record


def test_parquet_streams_100k_events_in_bounded_memory(tmp_path):
    path = tmp_path / "big.parquet"
    write_export(synthetic(10), "parquet", tmp_path / "warm.parquet")  # modules the writer imports on first use
    tracemalloc.start()
    try:
        assert write_export(synthetic(100_000), "parquet", path, row_group_size=25_000) == 100_000
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20_000_000, f"Python heap peak {peak / 1e6:.1f} MB for 100,000 events"
    meta = pq.ParquetFile(path).metadata
    assert (meta.num_rows, meta.num_row_groups) == (100_000, 4)


@pytest.mark.parametrize("fmt", ["plover", "gdelt", "icews", "csv", "geojson"])
def test_text_formats_write_while_records_still_arrive(fmt):
    out = io.BytesIO()

    def output_started(i: int) -> None:
        if i == 4_999:
            assert out.tell() > 0, f"{fmt}: nothing written after 4,999 of 5,000 events"

    assert write_export(synthetic(5_000, check=output_started), fmt, out) == 5_000
