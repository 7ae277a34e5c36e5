"""Lookup keys of place names: how a name in news and a name in GeoNames meet."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


# Latin letters that Unicode does not decompose into a base letter and a mark, as news writes them in English.
UNMARKED = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"})


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """Lookup key of a name: accents stripped (also from letters like ı, ł, ø, đ), case folded, curly quotes and
    spacing normalised."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().translate(UNMARKED).replace("-", " ").split())


def keys_of(name: str) -> tuple[str, ...]:
    """A name's lookup keys: its key, and the key without apostrophes when it has some (GeoNames writes
    "Ts’khinvali", "P’yŏngyang", "Hawke's Bay"; news often "Tskhinvali", "Pyongyang", "Hawkes Bay")."""
    key = name_key(name)
    return (key, key.replace("'", "")) if "'" in key else (key,)


def latin(name: str) -> bool:
    """A capitalised Latin-script name of 4+ letters, not in capitals (other scripts, lower-case transliterations,
    airport codes and short abbreviations are noise: "CDC", "For", "She")."""
    return (len(name) >= 4 and name[0].isupper() and not name.isupper()
            and all(ord(ch) < 0x250 for ch in name))
