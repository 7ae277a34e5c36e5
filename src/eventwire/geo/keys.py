"""Lookup keys of place names: how a name in news and a name in GeoNames meet."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


# Latin letters that Unicode does not decompose into a base letter and a mark, as news writes them in English.
UNMARKED = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d",
                           "ħ": "h"})


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """Lookup key of a name: accents stripped (also from letters like ı, ł, ø, đ, ħ), case folded, curly quotes and
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


# "ue" and "oe" before a consonant: how German news spells ü and ö without the marks ("Zuers", "Galtuer", "Oetztal"),
# which the keys of the marked names drop ("zurs"); "ae" is left alone ("Rafael", "Baer" are names).
UMLAUT_SPELT = re.compile(r"[ou]e(?=[b-df-hj-np-tv-z])")
UMLAUT_MIN = 5  # letters of a key worth trying so ("Nuer", a people, is no Nur)


def umlauts_undone(key: str) -> str | None:
    """The key with its spelt-out umlauts undone, if it has any and is long enough."""
    if len(key) < UMLAUT_MIN or not UMLAUT_SPELT.search(key):
        return None
    return UMLAUT_SPELT.sub(lambda m: m.group(0)[0], key)


# Russian adjectives as English news ends them and as GeoNames does: "Chersky" / "Cherskiy", "Krasny" / "Krasnyy",
# "Polyarnye" / "Polyarnyye" (words of five letters or more).
SLAVIC_ENDINGS = ((re.compile(r"sky$"), "skiy"), (re.compile(r"(?<=[bcdfghklmnprstvz])y$"), "yy"),
                  (re.compile(r"(?<=[nrlvt])ye$"), "yye"))
SLAVIC_MIN = 5


def slavic_endings(key: str) -> str | None:
    """The key with its words' Russian adjective endings as GeoNames writes them, if any word has one."""
    words = key.split()
    for i, word in enumerate(words):
        if len(word) >= SLAVIC_MIN:
            words[i] = next((pattern.sub(end, word) for pattern, end in SLAVIC_ENDINGS if pattern.search(word)), word)
    other = " ".join(words)
    return other if other != key else None


# Particles that open place names and that news and GeoNames write joined to the name or apart ("LaSalle", "La Salle";
# "DeKalb", "De Kalb"; "Desmoines" is rare, but "Des Moines" and "DesMoines" both occur).
PARTICLES = ("la", "le", "les", "de", "du", "des", "del", "van", "von")


@lru_cache(maxsize=65536)
def particle_variants(key: str) -> tuple[str, ...]:
    """The other ways of writing a key that opens with a particle: apart when it is joined ("lasalle" -> "la salle"),
    joined when it is apart; keys of one word after the particle, of three letters or more."""
    first, _, rest = key.partition(" ")
    if rest:
        return (first + rest,) if first in PARTICLES and " " not in rest and len(rest) >= 3 and rest.isalpha() else ()
    return tuple(f"{p} {key[len(p):]}" for p in PARTICLES
                 if key.startswith(p) and len(key) - len(p) >= 3 and key.isalpha())
