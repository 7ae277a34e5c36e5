"""PLOVER JSONL: one event per line with the field names of the PLOVER manual (OEDA, "JSON Data Fields").

Top level: ``id``, ``date``, ``event``, ``mode``, ``context``, ``actor``, ``recipient`` (lists of actor
objects: ``code``, ``sector``, ``actor_text``, ``identifier_text`` plus character offsets),
``event_text``, ``quad_code``, ``event_scale``, ``event_loc`` (the manual's location object, GeoNames
names: ``geonameid``, ``name``, ``latitude``, ``longitude``, ``country_code`` ISO-2, ``cc3`` ISO-3,
``admin1_code``, ``feature_class``, ``feature_code``), ``link`` (the story id, the manual's "common
reference across related events"), ``text_info`` (sentence and offsets), ``cite_info`` (the manual's
citation object: ``corpus``, ``citation``, ``url``, ``title``, ``publication``, ``language``, ``coder``,
``codebook``, plus ``article_id``, ``outlet`` and ``published``), ``coder`` and ``version``.
eventwire's extensions keep their own names: ``cameo``, ``status``, ``date_value``,
``date_precision``, ``date_source`` and the corroboration counts ``num_*``. The actor list is named
``actor`` as in the PLOVER gold-standard records (the manual's table still says ``source``).
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import BinaryIO, Iterable

from .common import ExportOptions, ExportReport, as_record, entities, number, sub, text_stream

EXTENSIONS = ("cameo", "status", "date_value", "date_precision", "date_source",
              "num_articles", "num_sources", "num_origins", "num_mentions")


@lru_cache(maxsize=1)
def version() -> str:
    """eventwire's version (read lazily: the package imports this module, not the reverse)."""
    import eventwire

    return eventwire.__version__


def coder() -> str:
    """The coder identification written in every record."""
    return f"eventwire {version()}"


def plover_actor(entity: dict) -> dict:
    """One actor object with the manual's names."""
    return {
        "code": entity.get("code"),
        "sector": entity.get("sector"),
        "actor_text": entity.get("entity_text"),
        "identifier_text": entity.get("identifier_text"),
        "start": entity.get("start"),
        "end": entity.get("end"),
    }


def plover_location(loc: dict) -> dict | None:
    """The manual's location object (GeoNames field names), None when there is no place."""
    if not loc:
        return None
    return {
        "geonameid": loc.get("geonameid"),
        "name": loc.get("name"),
        "latitude": number(loc.get("lat")),
        "longitude": number(loc.get("lon")),
        "country_code": loc.get("country_code"),
        "cc3": loc.get("country"),
        "admin1_code": loc.get("admin1"),
        "feature_class": loc.get("feature_class"),
        "feature_code": loc.get("feature_code"),
        "resolution": loc.get("resolution"),
        "text": loc.get("text"),
    }


def cite_info(record: dict) -> dict:
    """The citation object: which article (and outlet) the event was coded from."""
    article = sub(record, "article")
    article_id = article.get("id") or record.get("article_id")
    published = article.get("published")
    return {
        "corpus": article.get("source"),
        "citation": article_id,
        "article_id": article_id,
        "url": article.get("url"),
        "title": article.get("title"),
        "publication": article.get("outlet"),
        "outlet": article.get("outlet"),
        "published": published.isoformat() if hasattr(published, "isoformat") else published,
        "language": "en",
        "coder": coder(),
        "codebook": "plover",
    }


def plover_record(record: dict) -> dict:
    """An eventwire event record as a PLOVER JSON object."""
    day = record.get("date")
    out = {
        "id": record.get("id"),
        "date": day.isoformat() if hasattr(day, "isoformat") else day,
        "event": record.get("event"),
        "mode": record.get("mode") or "",
        "context": list(record.get("context") or []),
        "actor": [plover_actor(e) for e in entities(record, "actor")],
        "recipient": [plover_actor(e) for e in entities(record, "recipient")],
        "event_text": record.get("event_text"),
        "quad_code": record.get("quad_code"),
        "event_scale": record.get("event_scale"),
        "event_loc": plover_location(sub(record, "event_loc")),
        "link": record.get("story_id"),
        "text_info": dict(sub(record, "text_info")),
        "cite_info": cite_info(record),
    }
    out.update({key: record[key] for key in EXTENSIONS if record.get(key) is not None})
    out["coder"] = coder()
    out["version"] = version()
    return out


def write_plover(records: Iterable[dict], out: BinaryIO, options: ExportOptions) -> ExportReport:
    """Write PLOVER JSONL, one event per line."""
    written = 0
    with text_stream(out) as stream:
        for item in records:
            stream.write(json.dumps(plover_record(as_record(item)), ensure_ascii=False, default=str))
            stream.write("\n")
            written += 1
    return ExportReport(written=written, rows=written)
