"""GeoJSON: a FeatureCollection of the located events, streamed feature by feature.

Each event with a valid ``event_loc`` becomes a Point [lon, lat] with the event's id, date, type,
mode, CAMEO code, quad code, scale, actor and recipient codes, trigger text, status, place and
article url. Events without a location are skipped and counted: the report says how many, and so
does the file (``"eventwire": {"skipped_unlocated": n}``, a foreign member after the features).
"""

from __future__ import annotations

import json
from typing import BinaryIO, Iterable

from .common import ExportOptions, ExportReport, as_record, entities, number, sub, text_stream


def point(record: dict) -> list[float] | None:
    """[lon, lat] of the event location, None when absent or out of range."""
    loc = sub(record, "event_loc")
    lat, lon = number(loc.get("lat")), number(loc.get("lon"))
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return [lon, lat]


def feature(record: dict, coordinates: list[float]) -> dict:
    """One GeoJSON Feature for a located event."""
    loc, day = sub(record, "event_loc"), record.get("date")
    return {
        "type": "Feature",
        "id": record.get("id"),
        "geometry": {"type": "Point", "coordinates": coordinates},
        "properties": {
            "id": record.get("id"),
            "date": day.isoformat() if hasattr(day, "isoformat") else day,
            "event": record.get("event"),
            "mode": record.get("mode") or "",
            "cameo": record.get("cameo"),
            "quad_code": record.get("quad_code"),
            "event_scale": record.get("event_scale"),
            "actor_codes": [e.get("code") for e in entities(record, "actor")],
            "recipient_codes": [e.get("code") for e in entities(record, "recipient")],
            "event_text": record.get("event_text"),
            "status": record.get("status"),
            "place": loc.get("name"),
            "geonameid": loc.get("geonameid"),
            "country": loc.get("country"),
            "url": sub(record, "article").get("url"),
        },
    }


def write_geojson(records: Iterable[dict], out: BinaryIO, options: ExportOptions) -> ExportReport:
    """Write a FeatureCollection of the located events; unlocated events are skipped and counted."""
    written = skipped = 0
    with text_stream(out) as stream:
        stream.write('{"type": "FeatureCollection", "features": [\n')
        for item in records:
            record = as_record(item)
            coordinates = point(record)
            if coordinates is None:
                skipped += 1
                continue
            stream.write(",\n" if written else "")
            stream.write(json.dumps(feature(record, coordinates), ensure_ascii=False, default=str))
            written += 1
        stream.write(f'\n], "eventwire": {{"skipped_unlocated": {skipped}}}}}\n')
    return ExportReport(written=written, skipped=skipped, rows=written)
