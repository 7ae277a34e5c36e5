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
    # 6xx: time expressions and places
    # 7xx: HTTP API
    # 8xx: execution engines (workers, Ray)
    # 9xx: stories and verification
}


class EventwireError(Exception):
    """An error the user can act on, carrying its stable code."""

    def __init__(self, code: str, **fields: object) -> None:
        self.code = code
        self.fields = fields
        super().__init__(f"{code}: {MESSAGES[code].format(**fields)}")

    @property
    def message(self) -> str:
        return str(self)
