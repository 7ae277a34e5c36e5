"""In-sentence and in-article coreference: pronouns, reported speakers, "the two sides"."""

from __future__ import annotations

from spacy.tokens import Token

from ..model import Entity
from .vocabulary import (COUNTRY_ANAPHORS, COUNTRY_NOUNS, KIND_OF_ENTRY, ORG_ANAPHORS, PAIR_WORDS, PERSON_PRONOUNS, PLURAL_PRONOUNS,
                         REPORTING, THING_PRONOUNS)

BARE_DEPS = {"amod", "compound", "poss", "nmod", "prep", "acl", "relcl", "appos", "nummod"}


class CorefMixin:
    """Pronouns and pairs resolved to earlier mentions (mixed into Resolver)."""

    def _recent(self, char: int, kinds: set[str], count: int = 1, demonyms: bool = False, doc=None) -> list[Entity]:
        found: list[Entity] = []
        for item in reversed(self.ctx.before(char)):
            if doc is not None and self._venue(doc, item):
                continue
            entry = self._choose(item)
            if (entry.kind == "demonym" and not demonyms) or KIND_OF_ENTRY[entry.kind] not in kinds:
                continue
            ent = self._entity(entry, item.text, item.start, item.end)
            if all(e.code != ent.code for e in found):
                found.append(ent)
            if len(found) == count:
                break
        return found

    def _speaker(self, token: Token) -> list[Entity]:
        """"X said it/they/he would ...": the pronoun subject of reported speech is the speaker."""
        if token.dep_ == "poss" and token.head.dep_ in ("nsubj", "nsubjpass"):
            token = token.head  # "X said their forces had ...": the possessor of the subject is the speaker
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return []
        node = token.head
        for _ in range(3):
            if node.dep_ not in ("ccomp", "xcomp", "conj") or node.head.i == node.i:
                return []
            node = node.head
            if node.lemma_.lower() in REPORTING:
                if node.dep_ == "pcomp" and not any(c.dep_ == "nsubj" for c in node.children):
                    node = node.head.head  # "X was quoted as saying he ...": the quoted one
                subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
                return [e for s in subjects for e in self.resolve(s)]
        return []

    def coref(self, token: Token) -> list[Entity]:
        word = token.lower_
        char = self._char(token)
        speaker = self._speaker(token)
        if speaker:
            return speaker
        if word in PERSON_PRONOUNS:
            return self._recent(char, {"person"}) or self._previous_role(token)
        if word in THING_PRONOUNS:
            return self._recent(char, {"country", "org"})
        if word in PLURAL_PRONOUNS:
            return self._recent(char, {"country", "org"})
        return []

    def _previous_role(self, pronoun: Token) -> list[Entity]:
        """"met his Greek counterpart and urged him to ...": with no named person before it, a personal pronoun
        stands for the nearest earlier office holder in the sentence in the same role (subject or object)."""
        subject = pronoun.dep_ in ("nsubj", "nsubjpass")
        roles = ("nsubj", "nsubjpass") if subject else ("dobj", "pobj", "dative", "nsubjpass")
        for noun in reversed([t for t in pronoun.sent if t.i < pronoun.i and t.pos_ == "NOUN" and t.dep_ in roles]):
            if self.sector_of(noun) or self.role_sector(noun):
                found = self.resolve_head(noun)
                if found:
                    return found
        return []

    def bare_anaphor(self, head: Token) -> list[Entity]:
        """"the bloc", "the alliance" stand for the organisation named last before them; "the island", "the kingdom"
        for the country named last: a bare definite word for an organisation or a state, with no name of its own."""
        lemma = head.lemma_.lower()
        if lemma in ("neighbour", "neighbor") and head.pos_ == "NOUN":
            return self._neighbour(head)
        kind = "org" if lemma in ORG_ANAPHORS else "country" if lemma in COUNTRY_ANAPHORS else None
        if kind is None or head.pos_ != "NOUN" or not bare_definite(head, BARE_DEPS):
            return []
        return self._recent(self._char(head), {kind})

    def _neighbour(self, head: Token) -> list[Entity]:
        """"Algeria closed its airspace to Moroccan aircraft, accusing its neighbour": the nation named last before
        the word that is not the possessor's own ("its", "their" neighbour; not "Iraq's neighbour Iran", named)."""
        owners = [c for c in head.children if c.dep_ == "poss"]
        named = [c for c in head.children if c.dep_ in ("amod", "compound", "appos", "nmod")]
        if named or not owners or not all(o.pos_ == "PRON" for o in owners):
            return []
        own = {e.code for o in owners for e in self.coref(o)}
        found = self._recent(self._char(head), {"country"}, count=3, demonyms=True)
        return [e for e in found if e.code not in own][:1] if own else []

    def _pair(self, token: Token) -> list[Entity] | None:
        if not any(c.lower_ in PAIR_WORDS for c in token.children) and token.lower_ not in PAIR_WORDS:
            return None
        kinds = {"country"} if token.lemma_.lower() in COUNTRY_NOUNS else {"person"}
        # "Chinese and Indian troops clashed ... both sides": the nationalities count as the two sides
        found = self._recent(self._char(token), kinds, count=2, demonyms=True, doc=token.doc)
        return found if len(found) == 2 else None

    def _venue(self, doc, item) -> bool:
        """"X and Y met in Moscow, and the two sides agreed": the place a meeting was held is not one of the sides."""
        span = doc.char_span(item.start - self.base, item.end - self.base, alignment_mode="expand")
        root = span.root if span is not None else None
        return root is not None and root.dep_ == "pobj" and root.head.lower_ in ("in", "at")


def bare_definite(head: Token, blockers: set[str]) -> bool:
    """"the bloc", "the president": a head with "the" and no dependant that names it (`blockers`)."""
    kids = list(head.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in kids) and not any(c.dep_ in blockers for c in kids)
