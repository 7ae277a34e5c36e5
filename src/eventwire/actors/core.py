"""The resolver's base: one sentence's offsets, dictionary look-ups, entity building and sector words."""

from __future__ import annotations

from spacy.tokens import Token

from ..model import Entity
from .context import ArticleContext
from .lexicon import Entry, Mention
from .vocabulary import KIND_OF_ENTRY, MODIFIER_DEPS, ROLE_NOUNS, name_words, singular


class ResolverCore:
    """Turns parsed tokens into Entities for one sentence: the state and look-ups every part of the resolver uses."""

    def __init__(self, ctx: ArticleContext, base: int, *, fallback: bool = True, avoid: frozenset = frozenset()) -> None:
        self.ctx = ctx
        self.base = base
        self.fallback = fallback
        self.avoid = avoid  # the event's targets: an unplaced armed or criminal group is guessed to be someone else
        self.when = ctx.when_at(base)  # the date office holders are coded on: the sentence's year, else publication

    # -- helpers -------------------------------------------------------------------------------
    def _char(self, token: Token) -> int:
        return self.base + token.idx

    def _mention(self, token: Token) -> Mention | None:
        return self.ctx.mention_at(self._char(token))

    def _choose(self, mention: Mention) -> Entry:
        """Among a mention's candidates prefer office holders on the date, then the salient country."""
        entries = mention.entries
        active = [e for e in entries if e.active(self.when)] or list(entries)
        counts = self.ctx.country_counts
        dated = self.when is not None  # with no date every holder is "active": no ground to prefer one
        return max(active, key=lambda e: (dated and e.kind == "person" and e.active(self.when), counts.get(e.code, 0)))

    def choose(self, mention: Mention) -> Entry:
        """The reading of a dictionary mention on the sentence's date (for the event coder)."""
        return self._choose(mention)

    def _entity(self, entry: Entry, text: str, start: int, end: int, sector: str | None = None) -> Entity:
        code, own_sector = entry.at(self.when)
        name = entry.canonical if entry.kind in ("person", "org") else self.ctx.lexicon.names.get(code, entry.canonical)
        kind = KIND_OF_ENTRY[entry.kind]
        return Entity(code, sector or own_sector, text, name, start, end, kind)

    def span_text(self, token: Token) -> tuple[str, int, int]:
        left = [c for c in token.children if c.i < token.i and c.dep_ in MODIFIER_DEPS | {"det"}]
        first = min([token.i] + [c.left_edge.i for c in left])
        right = [c for c in token.children if c.i > token.i and c.dep_ in ("compound", "flat")]
        last = max([token.i] + [c.right_edge.i for c in right])
        doc = token.doc
        start, end = doc[first].idx, doc[last].idx + len(doc[last])
        return doc.text[start:end], self.base + start, self.base + end

    # -- sectors -------------------------------------------------------------------------------
    def sector_of(self, token: Token) -> str | None:
        """Sector from a head noun or title ("troops", "foreign minister", "President")."""
        sectors = self.ctx.lexicon.sectors
        lemma = token.lemma_.lower()
        for child in token.children:
            if child.dep_ in ("compound", "amod") and child.i == token.i - 1:
                pair = f"{child.lower_} {lemma}"
                if pair in sectors:
                    return sectors[pair][0]
        hit = sectors.get(lemma) or sectors.get(token.lower_)
        if hit is None and (token.tag_ == "NNPS" or (token.tag_ == "NNP" and token.i == token.sent.start)):
            hit = sectors.get(singular(token.lower_))  # "Rebels seized ...", "Islamists": a plural the tagger took for a name
        return hit[0] if hit else None

    def _phrase_sector(self, token: Token) -> str | None:
        """Sector of a title written with hyphens or several words ("Secretary-General", "Lt. Gen.")."""
        doc, sectors = token.doc, self.ctx.lexicon.sectors
        for width in (3, 2):
            start = token.i - width + 1
            if start >= 0:
                phrase = doc[start : token.i + 1].text.lower()
                for key in (phrase, phrase.replace(" - ", "-")):
                    if key in sectors:
                        return sectors[key][0]
        return None

    def title_sector(self, token: Token) -> str | None:
        """The sector of a title in front of a name, also when the parser chained the name's words
        ("Gen. Maria Costa": "Gen." hangs off "Maria", not off the head)."""
        for child in sorted(name_words(token), key=lambda c: -c.i):
            found = self._phrase_sector(child) or self.sector_of(child)
            if found:
                return found
        return None

    def role_sector(self, token: Token) -> str | None:
        """"Leaders of the opposition coalition": a role noun takes the sector of what it belongs to."""
        if token.lemma_.lower() not in ROLE_NOUNS:
            return None
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in (g for g in child.children if g.dep_ == "pobj"):
                    mention = self._mention(pobj)
                    if mention:
                        entry = self._choose(mention)
                        if entry.sector:
                            return entry.sector
                    found = self.sector_of(pobj) or self.title_sector(pobj)
                    if found:
                        return found
        return None
