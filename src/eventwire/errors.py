"""Coded errors: every failure a user can see has a stable code (EWnnn) and a template."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # 1xx: input
    "EW101": "cannot read {path}: {reason}",
    "EW102": "{path}: the input is empty",
    "EW103": "{path}: the input looks binary, not text",
    "EW104": "{path}: the input is not valid UTF-8 (first bad byte at offset {offset})",
    "EW105": "{path}: the input is {size} bytes, over the limit of {limit} bytes (setting max_article_bytes)",
    "EW106": "{path}: cannot parse the date {value!r}: expected YYYY-MM-DD",
    "EW107": "{path}: line {line}: {reason}",
    # 108-149: input formats (HTML, feeds, WARC, gzip)
    "EW108": "{path}: the gzip data is truncated or corrupt ({reason}); records read before it were kept",
    "EW109": "{path}: no main text could be extracted from the HTML page",
    "EW110": "{path}: the feed does not parse: {reason}",
    "EW111": "{path}: the feed entry has no text (neither content nor summary)",
    "EW112": "{path}: the WARC record is not a usable HTML page ({reason})",
    "EW113": "{path}: the WARC file is corrupt: {reason}; records read before it were kept",
    "EW114": "{path}: unsupported file type {kind!r} (expected text, HTML, JSONL, RSS/Atom or WARC, optionally gzipped)",
    "EW115": "{path}: the declared charset {charset!r} is unknown",
    # 2xx: settings and models
    "EW201": "spaCy pipeline {name!r} is not installed: {reason}",
    "EW202": "unknown setting {name!r} in {source}",
    "EW203": "setting {name!r}: {reason}",
    "EW204": "unknown {kind} {name!r}; choose one of: {choices}",
    "EW205": "cannot read the config file {path}: {reason}",
    # 3xx: knowledge data
    "EW301": "data file {path}: line {line}: {reason}",
    # 4xx: evaluation
    "EW401": "gold file {path}: {reason}",
    "EW402": "score {metric}={score:.3f} is below its floor {floor:.3f} in {baseline}",
    # 5xx: store
    "EW501": "cannot open the store {path}: {reason}",
    "EW502": "the store {path} has schema version {found}, this eventwire needs {expected}: ingest into a new file",
    "EW503": "{what}: {reason}",
    "EW504": "no article {article!r} in the store",
    "EW505": "no story {story!r} in the store",
    # 6xx: time expressions and places
    "EW601": "a relative date needs the publication date (--published): {text!r} at offset {offset}",
    "EW650": "cannot build the gazetteer at {path}: {reason}",
    "EW651": "cannot read the gazetteer {path}: {reason}",
    # 7xx: HTTP API
    "EW701": "{path}: write endpoints are disabled; set the setting api_token to enable them",
    "EW702": "{path}: missing or wrong bearer token (send `Authorization: Bearer <api_token>`)",
    "EW703": "{path}: the request body is over the limit of {limit} bytes (setting api_max_body_bytes)",
    "EW704": "{path}: invalid request: {reason}",
    "EW705": "no story {story!r} in the store",
    "EW706": "{path}: not found",
    "EW707": "{path}: method {method} is not allowed",
    "EW708": "{path}: internal error ({kind}); the server log has the details",
    # 8xx: execution engines (workers, Ray)
    "EW801": "the Ray engine needs Ray: pip install eventwire[ray] ({reason})",
    "EW802": "cannot start or reach the Ray cluster at {address}: {reason}",
    "EW803": "{path}: the analysis failed {attempts} times and the article was set aside: {reason}",
    "EW804": "cannot write the Parquet dataset {path}: {reason}",
    # 9xx: stories and verification
    "EW901": "cannot restore the story index: {reason}",
}


class EventwireError(Exception):
    """An error the user can act on, carrying its stable code."""

    def __init__(self, code: str, **fields: object) -> None:
        self.code = code
        self.fields = fields
        super().__init__(f"{code}: {MESSAGES[code].format(**fields)}")

    def __reduce__(self) -> tuple:
        """Picklable (errors raised in worker processes reach the ingest process with their code)."""
        return _rebuild, (self.code, self.fields)

    @property
    def message(self) -> str:
        return str(self)


def _rebuild(code: str, fields: dict) -> EventwireError:
    return EventwireError(code, **fields)
