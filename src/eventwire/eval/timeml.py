"""Read TempEval-3 TimeML (``.tml``) gold for the time scorer: the DCT's creation time, the ``<TEXT>`` as the
document text and its inline ``<TIMEX3>`` elements as gold mentions (other inline tags keep only their text)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

from ..errors import EventwireError
from .timex_gold import GoldDoc, GoldTimex


def _flatten(element: ET.Element, offset: int, gold: list[GoldTimex]) -> str:
    """The text inside an element; every TIMEX3 in it (nested ones too) becomes a gold mention."""
    pieces = [element.text or ""]
    for child in element:
        start = offset + sum(map(len, pieces))
        inner = _flatten(child, start, gold)
        if child.tag == "TIMEX3" and inner.strip():
            gold.append(GoldTimex(start, start + len(inner), inner, child.get("type", ""), child.get("value", "")))
        pieces += [inner, child.tail or ""]
    return "".join(pieces)


def _creation_date(root: ET.Element, path: Path) -> date:
    timex = root.find("DCT/TIMEX3")
    if timex is None:
        raise EventwireError("EW401", path=path, reason="no <DCT><TIMEX3 functionInDocument=\"CREATION_TIME\" ...>")
    value = timex.get("value") or ""
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise EventwireError("EW401", path=path, reason=f"the DCT value {value!r} is not a YYYY-MM-DD date") from None


def _checked(gold: list[GoldTimex], path: Path) -> list[GoldTimex]:
    for g in gold:
        if not g.type or not g.value:
            raise EventwireError("EW401", path=path, reason=f"TIMEX3 {g.text!r} at offset {g.start} lacks a type or value")
    return sorted(gold, key=lambda g: (g.start, -g.end))


def read_tml(path: Path, corpus: str = "") -> GoldDoc:
    """One TimeML file as a GoldDoc (EW401 when it cannot be read, or lacks a DCT or a TEXT)."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise EventwireError("EW401", path=path, reason=exc) from None
    if root.tag != "TimeML":
        raise EventwireError("EW401", path=path, reason=f"the root element is <{root.tag}>, not <TimeML>")
    dct = _creation_date(root, path)
    body = root.find("TEXT")
    if body is None:
        raise EventwireError("EW401", path=path, reason="no <TEXT> element")
    gold: list[GoldTimex] = []
    text = _flatten(body, 0, gold)
    return GoldDoc(path.stem, corpus or path.parent.name, text, dct, (0, 0), _checked(gold, path), len(text))


def read_timeml(path: str | Path, corpora: tuple[str, ...] = ()) -> list[GoldDoc]:
    """One ``.tml`` file or every one under a folder (corpus = the file's folder), optionally only some folders."""
    root = Path(path)
    files = [root] if root.is_file() else sorted(root.rglob("*.tml"))
    if corpora:
        files = [f for f in files if f.parent.name in corpora]
    if not files:
        raise EventwireError("EW401", path=path, reason="no .tml documents found" + (f" in {', '.join(corpora)}" if corpora else ""))
    return [read_tml(f) for f in files]


def is_timeml(path: Path) -> bool:
    """True for a ``.tml`` file, or a folder holding any."""
    if path.is_file():
        return path.suffix.lower() == ".tml"
    return path.is_dir() and next(path.rglob("*.tml"), None) is not None
