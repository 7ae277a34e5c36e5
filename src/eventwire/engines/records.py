"""Analyses to plain dicts and back, exactly: what crosses process and machine boundaries (Ray, Parquet).

The conversion follows the annotated fields of the frozen records (`model.py`), so a field added to a
record travels without changes here. Tuples become lists, dates ISO strings; fields annotated only as
`tuple` (time expressions, places) name their element record in `_elements`.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date
from functools import lru_cache
from typing import Any, Callable

from ..model import Analysis


def _elements() -> dict[str, type]:
    """Record type of the items of fields annotated only as `tuple`, by field name."""
    from ..geo.place import Place
    from ..timex.record import Timex

    return {"timexes": Timex, "places": Place}


def to_plain(value: Any) -> Any:
    """A record (or anything inside one) as JSON-ready dicts, lists, strings and numbers."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    if isinstance(value, date):
        return value.isoformat()
    return value


Decode = Callable[[Any], Any]


def from_plain(kind: Any, value: Any, name: str = "") -> Any:
    """The value of annotated type `kind` that `to_plain` turned into `value`."""
    return _decoder(kind, name)(value)


@lru_cache(maxsize=None)
def _decoder(kind: Any, name: str = "") -> Decode:
    """A function rebuilding values of annotated type `kind`, built once per (type, field name)."""
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        return _union(typing.get_args(kind), name)
    if dataclasses.is_dataclass(kind):
        return _record(kind)
    if origin is tuple or kind is tuple:
        return _tuple(typing.get_args(kind), name)
    if kind is date:
        return lambda v: None if v is None else date.fromisoformat(v)
    if kind is float:
        return lambda v: float(v) if isinstance(v, int) and not isinstance(v, bool) else v
    return lambda v: v


def _record(cls: type) -> Decode:
    hints = typing.get_type_hints(cls)
    parts = [(f.name, _decoder(hints[f.name], f.name)) for f in dataclasses.fields(cls)]

    def decode(value: Any) -> Any:
        if value is None:
            return None
        return cls(**{n: d(value[n]) for n, d in parts if n in value})

    return decode


def _union(options: tuple, name: str) -> Decode:
    concrete = [o for o in options if o is not type(None)]
    if date in concrete:
        return lambda v: date.fromisoformat(v) if isinstance(v, str) else v
    return _decoder(concrete[0], name) if len(concrete) == 1 else (lambda v: v)


def _tuple(args: tuple, name: str) -> Decode:
    if len(args) == 2 and args[1] is Ellipsis:
        item = _decoder(args[0], name)
        return lambda v: None if v is None else tuple(item(x) for x in v)
    if args:
        items = [_decoder(a, name) for a in args]
        return lambda v: None if v is None else tuple(d(x) for d, x in zip(items, v))
    element = _elements().get(name)
    if element is None:
        return lambda v: None if v is None else tuple(v)
    item = _decoder(element)
    return lambda v: None if v is None else tuple(item(x) if isinstance(x, dict) else x for x in v)


def analysis_to_dict(analysis: Analysis) -> dict:
    """One analysis as a plain dict (see `to_plain`)."""
    return to_plain(analysis)


def analysis_from_dict(data: dict) -> Analysis:
    """The analysis `analysis_to_dict` made `data` from; equal to the original."""
    return from_plain(Analysis, data)


def dumps(analysis: Analysis) -> str:
    """One analysis as compact JSON text (exact: floats keep every digit)."""
    return json.dumps(analysis_to_dict(analysis), ensure_ascii=False, separators=(",", ":"))


def loads(text: str) -> Analysis:
    """The analysis `dumps` wrote."""
    return analysis_from_dict(json.loads(text))
