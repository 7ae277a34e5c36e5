"""Actors named by a generic head: office holders, sectors, groups named by a modifier, role holders of an organisation."""

from __future__ import annotations

from spacy.tokens import Token

from ..model import Entity
from .coref import bare_definite
from .vocabulary import (BODY_NOUNS, COUNTRY_NOUNS, CRAFT_NOUNS, GROUP_NOUNS, KIN_NOUNS, NONSTATE_SECTORS, REPRESENTING_PREPS, ROLE_NOUNS,
                         WATERS, multinational, relation)


TITLE_BLOCKERS = {"amod", "poss", "nmod", "prep", "appos", "acl", "relcl", "nummod", "flat"}


class GroupMixin:
    """Heads that are not dictionary names, resolved through their sector and modifiers (mixed into Resolver)."""

    def _named_modifier(self, head: Token) -> list[Entity]:
        """A generic head named by its modifier: "the Islamic Jihad movement", "Iraqi Kurds"."""
        for child in sorted(head.children, key=lambda c: -c.i):
            if child.dep_ in ("compound", "amod", "nmod") and child.i < head.i:  # "the United Nations rights chief"
                mention = self._mention(child)
                if mention and self._choose(mention).kind in ("org", "person"):
                    return [self._entity(self._choose(mention), mention.text, mention.start, mention.end)]
        led = [c for c in head.children if c.tag_ == "VBN" and c.dep_ == "amod" and relation(c) in ("leads", "backs")]
        if head.pos_ == "NOUN" and led:  # "the Saudi-led coalition", "an Iranian-backed group"
            patron = self.patron_code(head)
            code = self.backed_home(head, patron) if patron else self.modifier_code(led[0])
            if code:
                text, start, end = self.span_text(head)
                return [Entity(code, None, text, self.ctx.lexicon.names.get(code, code), start, end, "group")]
        if head.pos_ == "PROPN" and head.lemma_.lower() not in WATERS:  # "the South China Sea" is no Chinese body
            code = self.modifier_code(head)
            if code:
                text, start, end = self.span_text(head)
                return [Entity(code, None, text, self.ctx.lexicon.names.get(code, code), start, end, "group")]
        named_owner = any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in head.children)
        if head.pos_ == "NOUN" and head.lemma_.lower() in GROUP_NOUNS | BODY_NOUNS and named_owner:
            code = self.modifier_code(head)  # "Thailand's ruling coalition": a body of the possessor nation
            if code:
                text, start, end = self.span_text(head)
                return [Entity(code, None, text, self.ctx.lexicon.names.get(code, code), start, end, "group")]
        holder = self._holder_body(head) or self._kin(head)
        if holder:
            return holder
        people = head.tag_ == "NNS" or head.lemma_.lower() in GROUP_NOUNS | CRAFT_NOUNS | BODY_NOUNS  # "a Saudi group"
        if head.pos_ == "NOUN" and people:  # "Thai gunners", "Kenyan tourists": people of a nation
            for child in head.children:
                mention = self._mention(child) if child.dep_ == "amod" and child.i < head.i else None
                if mention and self._choose(mention).kind == "demonym":
                    code = self._choose(mention).code
                    codes = [self._minority_home(head, code) or code, *self._conjoined_demonyms(child)]
                    text, start, end = self.span_text(head)
                    return [Entity(c, None, text, self.ctx.lexicon.names.get(c, c), start, end, "group")
                            for c in dict.fromkeys(codes)]
        return []

    def _holder_body(self, head: Token) -> list[Entity]:
        """"The prime minister's office", "the attorney general's office": a body owned by an office holder stands
        for the holder."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in BODY_NOUNS:
            return []
        owners = [c for c in head.children if c.dep_ == "poss" and c.pos_ == "NOUN"]
        return [e for o in owners if self.sector_of(o) or self.role_sector(o) for e in self.resolve_head(o)]

    def _kin(self, head: Token) -> list[Entity]:
        """"Kim Jong Un's sister", "the president's son": a relative of a named person stands for that person's side."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in KIN_NOUNS:
            return []
        owners = [c for c in head.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")]
        return [e for o in owners for e in self.resolve_head(o) if e.kind in ("person", "group", "country")]

    def _conjoined_demonyms(self, modifier: Token) -> list[str]:
        """"French and Moroccan investigators": the nations joined to the first one."""
        mentions = [self._mention(c) for c in modifier.conjuncts]
        return [self._choose(m).code for m in mentions if m and self._choose(m).kind == "demonym"]

    def _represented(self, head: Token) -> list[Entity]:
        """"The head of the IAEA", "a spokesman for the United Nations": a role holder stands for the organisation
        named after it."""
        if head.lemma_.lower() not in ROLE_NOUNS:
            return []
        preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in REPRESENTING_PREPS]
        for pobj in (g for p in preps for g in p.children if g.dep_ == "pobj"):
            mention = self._mention(pobj)
            if mention and self._choose(mention).kind == "org":
                text, start, end = self.span_text(head)
                return [self._entity(self._choose(mention), text, start, end)]
        return []

    def _titled_anaphor(self, head: Token) -> list[Entity]:
        """"The crown prince", "the president": a bare definite title, with no nation or name of its own, stands for
        the person named last in an earlier sentence of the article."""
        if head.pos_ != "NOUN" or not bare_definite(head, TITLE_BLOCKERS):  # not "the Chinese leader", "the president of X"
            return []
        words = [c.lower_ for c in head.children if c.dep_ == "compound" and c.i < head.i]
        hit = self.ctx.lexicon.sectors.get(" ".join([*words, head.lemma_.lower()]))
        if hit is None or (hit[1] != "title" and head.lemma_.lower() != "leader"):
            return []
        return self._recent(self.base, {"person"})

    def _by_sector(self, head: Token) -> list[Entity]:
        represented = self._represented(head)
        if represented:
            return represented
        sector = self.role_sector(head) or self.sector_of(head)
        titled = False  # "President Laurent X": a named holder of an office, not a generic noun
        if sector is None and head.pos_ == "PROPN":
            sector = self.title_sector(head)
            titled = sector is not None
        if sector is None and head.pos_ == "NOUN":  # "army bulldozers", "police vehicles": the owner's sector
            sector = next((self.sector_of(c) for c in head.children if c.dep_ == "compound" and self.sector_of(c)), None)
        if sector is None and head.pos_ == "NOUN" and head.lemma_.lower() in GROUP_NOUNS:  # "a dissident group"
            sector = next((self.sector_of(c) for c in head.children if c.dep_ == "amod" and self.sector_of(c)), None)
        if sector is None:
            return self._named_modifier(head)
        codes = self.modifier_codes(head)
        if len(codes) > 1:
            text, start, end = self.span_text(head)
            return [Entity(c, sector, text, self.ctx.lexicon.names.get(c, c), start, end, "group") for c in codes]
        code = codes[0] if codes else None
        if code is not None:
            code = self._minority_home(head, code) or code
        patron = self.patron_code(head) if code is None else None
        if patron is not None:
            code = self.backed_home(head, patron)
        if code is None and sector == "MIL" and multinational(head):
            code = "IGO"  # "international peacekeepers", "a regional force": troops of several states
        if code is None and head.lemma_.lower() in COUNTRY_NOUNS and any(c.lower_ == "the" for c in head.children):
            recent = self._recent(self._char(head), {"country"})
            code = recent[0].code if recent else None
        if code is None and sector != "GOV":  # "rebel forces in northern Bosnia": a group where it is based
            code = self._based_in(head)
            places = self._joint_bases(head) if code else []
            if len(places) > 1:  # "police in Spain and France": the forces of both
                text, start, end = self.span_text(head)
                return [Entity(c, sector, text, self.ctx.lexicon.names.get(c, c), start, end, "group") for c in places]
        if code is None and self.fallback and sector not in ("GOV", "MIL") and head.dep_ in ("nsubj", "nsubjpass"):
            code = self._acted_in(head.head)  # "gunmen abducted five engineers in Nigeria": where they acted
        if code is None and self.fallback and sector not in ("GOV", "MIL") and head.dep_ == "pobj" and head.head.dep_ == "agent":
            code = self._acted_in(head.head.head, passive=True)  # "the embassy in Cairo was stormed by protesters"
        if code is None and self.fallback and sector not in ("GOV", "MIL") and head.dep_ == "ROOT":
            acts = [c for c in head.children if c.dep_ == "acl" and c.i > head.i]
            code = self._acted_in(acts[0]) if acts else None  # "Kurdish activists protested ...", parsed as a noun
        if code is None and self.fallback and sector in NONSTATE_SECTORS and self.avoid:
            code = self.ctx.main_country(set(self.avoid))  # "the envoy of Japan to Peru was seized by rebels": Peru's
        if code is None and titled:  # a named office holder is placed even as a target, first by other countries than
            # the ones he visits or deals with ("X's prime minister ... signed a deal with Y in Budapest")
            code = self.ctx.main_country(set(self.avoid) | self._place_codes(head)) or self.ctx.main_country(set())
        earlier = self._titled_anaphor(head) if code is None else []
        if earlier:  # "MBS flew to Islamabad. The crown prince pledged ...": the holder named before
            return earlier
        if code is None and self.fallback and not titled:
            code = self.ctx.main_country(set())
        if code is None:
            return []
        text, start, end = self.span_text(head)
        name = self.ctx.lexicon.names.get(code, code)
        return [Entity(code, sector, text, name, start, end, "group")]
