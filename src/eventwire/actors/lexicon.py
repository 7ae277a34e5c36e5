"""The actor dictionaries, loaded from data files and matched over tokenized text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..data import data_path, read_tsv, split_list
from .typos import KINDS as TYPO_KINDS
from .typos import TypoIndex


@dataclass(frozen=True, slots=True)
class Term:
    """One office held by a person, for a span of dates (end None: still in office)."""

    country: str
    office: str
    sector: str
    start: date
    end: date | None


@dataclass(frozen=True, slots=True)
class Entry:
    """What a surface string can stand for."""

    kind: str  # country | demonym | capital | seat | org | person
    code: str
    sector: str | None
    canonical: str
    terms: tuple[Term, ...] = ()

    def at(self, when: date | None) -> tuple[str, str | None]:
        """Code and sector on a date: office holders by their office, former ones as ELI."""
        if self.kind != "person":
            return self.code, self.sector
        if when is None:
            term = max(self.terms, key=lambda t: t.start)
            return term.country, term.sector
        current = [t for t in self.terms if t.start <= when and (t.end is None or when <= t.end)]
        if current:
            return current[0].country, current[0].sector
        past = [t for t in self.terms if t.end is not None and t.end < when]
        if past:
            return max(past, key=lambda t: t.end).country, "ELI"
        return self.terms[0].country, None

    def active(self, when: date | None) -> bool:
        if self.kind != "person" or when is None:
            return True
        return any(t.start <= when and (t.end is None or when <= t.end) for t in self.terms)


@dataclass(frozen=True, slots=True)
class Mention:
    """A dictionary match in the article: character offsets and candidate entries."""

    start: int
    end: int
    text: str
    entries: tuple[Entry, ...]

    @property
    def kinds(self) -> set[str]:
        return {e.kind for e in self.entries}


OFFICE_SECTOR = {"head_of_organisation": "GOV"}


def _date(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def _country_entries(rows) -> dict[str, list[Entry]]:
    out: dict[str, list[Entry]] = {}
    for row in rows:
        code, name = row["code"], row["name"]
        names = [name, *split_list(row.get("aliases", ""))]
        for kind, sector, surfaces in (
            ("country", None, names),
            ("demonym", None, split_list(row.get("demonyms", ""))),
            ("capital", "GOV", split_list(row.get("capitals", ""))),
            ("seat", "GOV", split_list(row.get("seats", ""))),
        ):
            for surface in surfaces:
                out.setdefault(surface, []).append(Entry(kind, code, sector, name))
    return out


def _org_entries(rows) -> dict[str, list[Entry]]:
    out: dict[str, list[Entry]] = {}
    for row in rows:
        entry = Entry("org", row["code"], row.get("sector") or None, row["name"])
        for surface in [row["name"], *split_list(row.get("aliases", ""))]:
            out.setdefault(surface, []).append(entry)
    return out


def _person_entries(paths: list[Path]) -> dict[str, list[Entry]]:
    people: dict[tuple[str, str], dict] = {}
    for path in paths:
        for row in read_tsv(path):
            key = (row["name"], row["country"])
            person = people.setdefault(key, {"aliases": set(), "terms": []})
            person["aliases"].update(split_list(row.get("aliases", "")))
            sector = row.get("sector") or OFFICE_SECTOR.get(row["office"], "GOV")
            person["terms"].append(Term(row["country"], row["office"], sector, _date(row["start"]), _date(row["end"])))
    out: dict[str, list[Entry]] = {}
    for (name, country), person in people.items():
        terms = tuple(sorted(person["terms"], key=lambda t: t.start))
        entry = Entry("person", country, "GOV", name, terms)
        for surface in {name, *person["aliases"]}:
            out.setdefault(surface, []).append(entry)
    return out


def _in_name(token: Token) -> bool:
    """A word next to another capitalised word is part of a name ("Samora Machel"), not a misspelt country."""
    doc = token.doc
    near = [doc[i] for i in (token.i - 1, token.i + 1) if 0 < i < len(doc)]
    return any(t.is_alpha and t.is_title for t in near)


def _common_words(span: Span, proper: set[str]) -> bool:
    """A proper name's words all in lower case ("the west bank of the river"): ordinary words, not the name."""
    return span.label_ in proper and all(t.is_lower for t in span if t.is_alpha)


def _strip_the(surface: str) -> str:
    return surface[4:] if surface.lower().startswith("the ") else surface


class ActorLexicon:
    """Every surface form we know, matched case-sensitively for single words, loosely for phrases."""

    def __init__(
        self, nlp: Language, surfaces: dict[str, list[Entry]], sectors: dict[str, tuple[str, str]], names: dict[str, str]
    ) -> None:
        self.sectors = sectors
        self.names = names
        self.entries: dict[str, tuple[Entry, ...]] = {}
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._loose = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._proper: set[str] = set()  # phrases written with capitals ("West Bank"), unlike "contra rebels"
        for surface, entries in surfaces.items():
            self._add(nlp, _strip_the(surface), entries)
        self._typos = TypoIndex((s, e.code) for s, entries in surfaces.items() for e in entries if e.kind in TYPO_KINDS)

    def _add(self, nlp: Language, surface: str, entries: list[Entry]) -> None:
        tokens = nlp.make_doc(surface)
        if not len(tokens):
            return
        if len(tokens) == 1:
            variants = {surface, surface.upper()} if len(surface) > 1 else {surface}
            for variant in variants:
                key = variant
                self.entries[key] = tuple(dict.fromkeys(self.entries.get(key, ()) + tuple(entries)))
                self._exact.add(key, [nlp.make_doc(variant)])
        else:
            key = surface.lower()
            if key != surface:
                self._proper.add(key)
            self.entries[key] = tuple(dict.fromkeys(self.entries.get(key, ()) + tuple(entries)))
            self._loose.add(key, [tokens])

    def _clipped(self, doc: Doc, kept: list[Span], covered: set[int]) -> list[Mention]:
        """A name clipped by coordination ("North and South Korea", "East and West Germany") names its own actor."""
        out = []
        for span in kept:
            key = _clipped_key(doc, span, covered)
            if key is not None and key in self._proper and key in self.entries:
                first = doc[span.start - 2]
                out.append(Mention(first.idx, first.idx + len(first), first.text, self.entries[key]))
        return out

    def find(self, doc: Doc, known_name: Callable[[str], bool] | None = None) -> list[Mention]:
        """Longest non-overlapping dictionary matches in a tokenized document, then misspelt country names.

        `known_name` tells a real name (a town in the gazetteer) from a misspelling ("Nakuru" is not "Nauru").
        """
        spans = []
        for matcher in (self._exact, self._loose):
            for match_id, start, end in matcher(doc):
                span = doc[start:end]
                span.label_ = doc.vocab.strings[match_id]
                if not _common_words(span, self._proper):
                    spans.append(span)
        kept = filter_spans(spans)
        covered = {i for s in kept for i in range(s.start, s.end)}
        mentions = [Mention(s.start_char, s.end_char, s.text, self.entries[s.label_]) for s in kept]
        mentions.extend(self._clipped(doc, kept, covered))
        for token in doc:
            surface = None if token.i in covered or _in_name(token) else self._typos.match(token.text)
            if surface is not None and not (known_name and known_name(token.text)):  # "Afganistan"
                entries = tuple(e for e in self.entries[surface] if e.kind in TYPO_KINDS)
                mentions.append(Mention(token.idx, token.idx + len(token), token.text, entries))
        return sorted(mentions, key=lambda m: m.start)


def _clipped_key(doc: Doc, span: Span, covered: set[int]) -> str | None:
    """"North and South Korea": the word before "and" completes the pair's shared last word(s) into a name."""
    if len(span) < 2 or span.start < 2 or doc[span.start - 1].lower_ not in ("and", "or", "&"):
        return None
    first = doc[span.start - 2]
    if first.i in covered or not first.is_title:
        return None
    return " ".join([first.text, *[t.text for t in span[1:]]]).lower()


def _sector_table() -> dict[str, tuple[str, str]]:
    rows = read_tsv(data_path("actors", "sectors.tsv"))
    return {row["term"].lower(): (row["sector"], row.get("kind", "noun")) for row in rows}


@lru_cache(maxsize=4)
def load_lexicon(nlp: Language) -> ActorLexicon:
    """The package's actor dictionaries, built once per pipeline."""
    surfaces: dict[str, list[Entry]] = {}
    countries = read_tsv(data_path("actors", "countries.tsv"))
    names = {row["code"]: row["name"] for row in countries}
    for part in (
        _country_entries(countries),
        _org_entries(read_tsv(data_path("actors", "organisations.tsv"))),
        _org_entries(read_tsv(data_path("actors", "companies.tsv"))),
        _person_entries(sorted(data_path("actors", "people").glob("*.tsv"))),
    ):
        for surface, entries in part.items():
            surfaces.setdefault(surface, []).extend(entries)
    return ActorLexicon(nlp, surfaces, _sector_table(), names)
