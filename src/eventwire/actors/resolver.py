"""Resolve a noun phrase in a parsed sentence to coded actors, with simple in-article coreference.

The resolver is assembled from parts: `core` (look-ups and sectors), `modifiers` (where a group belongs),
`coref` (pronouns and pairs) and `groups` (generic heads); `context` holds what is known about the article.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..model import Entity
from .context import ArticleContext
from .coref import CorefMixin
from .core import ResolverCore
from .groups import GroupMixin
from .lexicon import Entry, Mention
from .modifiers import ModifierMixin
from .vocabulary import (HONORIFICS, PERSON_PRONOUNS, PLACE_WORDS, PLURAL_PRONOUNS, QUANTITY_WORDS, THING_PRONOUNS,
                         name_words)

__all__ = ["ArticleContext", "Resolver"]


class Resolver(CorefMixin, GroupMixin, ModifierMixin, ResolverCore):
    """Turns parsed tokens into Entities for one sentence."""

    def resolve(self, token: Token) -> list[Entity]:
        """Entities a nominal token (and its conjuncts) stand for."""
        out: list[Entity] = []
        heads = [token, *[c for c in token.conjuncts if c.i > token.i], *self._listed(token)]
        for head in [*heads[:1], *self._clipped_names(token), *heads[1:]]:
            for ent in self.resolve_head(head):
                if all((e.code, e.sector, e.identifier_text) != (ent.code, ent.sector, ent.identifier_text) for e in out):
                    out.append(ent)
        return out

    @staticmethod
    def _listed(head: Token) -> list[Token]:
        """"Saudi Arabia, the United Arab Emirates, Bahrain and Egypt": a list the parser hung on its first item as an
        apposition with conjuncts (an apposition alone, "Ankara, the Turkish capital", renames the head)."""
        return [t for a in head.children if a.dep_ == "appos" and a.i > head.i and any(c.dep_ == "conj" for c in a.children)
                for t in (a, *a.conjuncts) if t.i > head.i]

    def _clipped_names(self, head: Token) -> list[Token]:
        """"North and South Korea": the clipped first name of the pair hangs on the shared word as a modifier."""
        own = self._mention(head)
        return [c for c in head.children if c.dep_ in ("nmod", "compound", "amod") and c.i < head.i
                and any(d.dep_ == "conj" for d in c.children) and (m := self._mention(c)) is not None and m is not own]

    def resolve_head(self, head: Token) -> list[Entity]:
        if head.pos_ == "PRON" or head.lower_ in PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS:
            return self.coref(head)
        pair = self._pair(head)
        if pair:
            return pair
        if head.lemma_.lower() in QUANTITY_WORDS or head.pos_ == "NUM":
            inner = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            if inner:
                return self.resolve(inner[0])
        mention = self._mention(head)
        place = self._surname_place(head, mention) if mention else None
        if place is not None:  # "a strike in Lagos": the city, not a president of that surname
            text, start, end = self.span_text(head)
            name = self.ctx.lexicon.names.get(place.country, place.country)
            return [Entity(place.country, None, text, name, start, end, "country")]
        if mention and not self._other_person(head, mention):
            entry = self._titled_entry(head, mention) or self._choose(mention)
            if entry.kind == "demonym":
                code = self.modifier_code(head) or self._minority_home(head, entry.code)
                if code and code != entry.code:  # "Bosnian Serbs", "ethnic Albanians": the people of the named place
                    text, start, end = self.span_text(head)
                    return [Entity(code, None, text, self.ctx.lexicon.names.get(code, code), start, end, "country")]
            sector = self.title_sector(head) if entry.kind == "org" and not entry.sector else None
            return [self._entity(entry, mention.text, mention.start, mention.end, sector)]
        return self.bare_anaphor(head) or self._by_sector(head)

    def _titled_entry(self, head: Token, mention: Mention) -> Entry | None:
        """A name held by people of several countries, told apart by its title's nation ("UN Secretary-General Javier
        Perez de Cuellar", not the Peruvian prime minister of that name)."""
        people = [e for e in mention.entries if e.kind == "person"]
        if len({e.at(self.when)[0] for e in people}) < 2:
            return None
        words = name_words(head) + [c for c in head.children if c.dep_ in ("amod", "poss", "nmod")]
        marks = [m for w in words if (m := self._mention(w)) is not None and m is not mention]
        codes = {self._choose(m).at(self.when)[0] for m in marks}
        return next((e for e in people if e.at(self.when)[0] in codes), None)

    def _surname_place(self, head: Token, mention: Mention):
        """A one-word person name that the gazetteer knows as a town, after "in"/"at"/"near": the town."""
        if len(mention.text.split()) > 1 or not all(e.kind == "person" for e in mention.entries):
            return None
        if head.dep_ != "pobj" or head.head.lower_ not in PLACE_WORDS:
            return None
        return self.ctx.place_at(self._char(head))

    def _other_person(self, head: Token, mention: Mention) -> bool:
        """A surname match preceded by a different given name ("Alejandro Rivera" is not "Juan Rivera")."""
        if len(mention.text.split()) > 1 or not all(e.kind == "person" for e in mention.entries):
            return False
        if head.i == 0:
            return False
        prev = head.doc[head.i - 1]
        return (prev.pos_ == "PROPN" and prev.dep_ in ("compound", "flat") and self._mention(prev) is None
                and prev.lower_ not in HONORIFICS  # "Mr. Gromyko" is Gromyko
                and self.sector_of(prev) is None and self._phrase_sector(prev) is None)
