"""Coding tables: CAMEO codes with Goldstein scores, and the official CAMEO->PLOVER table."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..data import data_path, read_tsv

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
)


@dataclass(frozen=True, slots=True)
class PloverCode:
    event: str
    mode: str
    context: tuple[str, ...]


def _parse_line(line: str) -> tuple[str, PloverCode] | None:
    body = line.split("#", 1)[0].strip()
    if ":" not in body:
        return None
    code, rest = body.split(":", 1)
    code = code.strip()
    if not code.isdigit():
        return None
    parts = [p.strip() for p in rest.split(",")]
    parts += [""] * (3 - len(parts))
    event, mode, context = parts[0].upper(), parts[1], parts[2]
    if event not in PLOVER_TYPES:
        return None
    return code, PloverCode(event, mode, tuple(c for c in context.split() if c))


@lru_cache(maxsize=1)
def cameo_to_plover() -> dict[str, PloverCode]:
    """The CAMEO->PLOVER table shipped in the package (Open Event Data Alliance, CC BY-SA 4.0)."""
    out: dict[str, PloverCode] = {}
    with open(data_path("events", "cameo2plover.txt"), encoding="utf-8") as handle:
        for line in handle:
            parsed = _parse_line(line)
            if parsed:
                out.setdefault(*parsed)
    return out


@lru_cache(maxsize=1)
def goldstein() -> dict[str, float]:
    """Goldstein conflict-cooperation score per CAMEO code."""
    return {row["code"]: float(row["goldstein"]) for row in read_tsv(data_path("events", "cameo.tsv"))}


def lookup(table: dict, code: str):
    """The entry for a CAMEO code, or for its nearest parent code."""
    while code:
        if code in table:
            return table[code]
        code = code[:-1]
    return None


def plover_for(cameo: str) -> PloverCode | None:
    return lookup(cameo_to_plover(), cameo)


def scale_for(cameo: str) -> float:
    value = lookup(goldstein(), cameo)
    return 0.0 if value is None else value


def quad_for(cameo: str) -> int:
    """GDELT/ICEWS quad class from the CAMEO root: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict."""
    root = int(cameo[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4

