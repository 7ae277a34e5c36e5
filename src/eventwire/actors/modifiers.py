"""Where a group belongs: the nation among its modifiers, its patron, and the place it is based or acts in."""

from __future__ import annotations

from spacy.tokens import Token

from .vocabulary import (LOYAL_WORDS, MINORITY_WORDS, MODIFIER_DEPS, OF_PREPS, PERSON_PRONOUNS, PLURAL_PRONOUNS, THING_PRONOUNS,
                         VISIT_PREPS, backing, patron_link, sites)


TOWN_NOUNS = {"city", "town", "village", "capital", "province", "region", "district", "enclave", "camp", "suburb", "port"}


class ModifierMixin:
    """Country codes from a head noun's modifiers and places (mixed into Resolver)."""

    def modifier_codes(self, token: Token) -> list[str]:
        """Country codes of a head noun's modifiers, conjoined ones included ("U.S. and Russian negotiators")."""
        first = self.modifier_code(token)
        if first is None:
            return []
        codes = [first]
        named = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")]
        named += [g for c in token.children if c.dep_ == "prep" and c.lower_ in OF_PREPS for g in c.children if g.dep_ == "pobj"]
        for child in named:  # "U.S. and Russian negotiators", "troops from Chad and Niger"
            for conj in [*child.conjuncts, *_hyphened(child)]:  # also a dual national ("a French-Iranian academic")
                mention = self._mention(conj)
                if mention:
                    code = self._choose(mention).at(self.when)[0]
                    if code not in codes:
                        codes.append(code)
        return codes

    def modifier_code(self, token: Token, depth: int = 0) -> str | None:
        """Country (or organisation) code found among a head noun's modifiers."""
        for child in sorted(token.children, key=lambda c: abs(c.i - token.i)):
            if patron_link(token, child):
                continue  # the patron is not the group's own country (see backed_home)
            loyal = child.dep_ == "prep" and child.lower_ == "to" and token.lemma_.lower() in LOYAL_WORDS  # "loyal to X"
            if child.dep_ in MODIFIER_DEPS or (child.dep_ == "prep" and child.lower_ in OF_PREPS) or loyal:
                targets = [child] if child.dep_ != "prep" else [g for g in child.children if g.dep_ == "pobj"]
                for target in targets:
                    mention = self._mention(target)
                    if mention:
                        return self._choose(mention).at(self.when)[0]
                    if self.patron_code(target):  # "the chief of Iran's militia allies in Iraq"
                        placed = self._based_in(target)
                        if placed:
                            return placed
                    if target.lower_ in PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS:
                        found = self.coref(target)
                        if found:
                            return found[0].code
                    if depth < 2:
                        code = self.modifier_code(target, depth + 1)
                        if code:
                            return code
        return None

    def patron_code(self, head: Token) -> str | None:
        """The country that backs a group or whose ally it is ("Iranian-backed militias", "Syria's allies")."""
        for child in head.children:
            if backing(child):
                code = self.modifier_code(child)
                if code:
                    return code
            elif patron_link(head, child):
                mention = self._mention(child)
                if mention:
                    return self._choose(mention).at(self.when)[0]
        return None

    def backed_home(self, head: Token, patron: str) -> str:
        """Where a backed group belongs: where it is based ("in Iraq"), else where it acts, else a place the
        sentence names, else the article's main country other than the patron; the patron only as a last resort."""
        code = self._based_in(head)
        if code is None and head.dep_ in ("nsubj", "nsubjpass"):
            code = self._acted_in(head.head)
        if code is None:
            code = next((c for t in head.sent if t is not head for c in [self._based_in(t)] if c and c != patron), None)
        if code is None and self.fallback:
            code = self.ctx.main_country({patron})
        return code or patron

    # -- places ----------------------------------------------------------------------------------
    def _based_in(self, head: Token) -> str | None:
        """The country of an "in"/"inside" phrase under a group noun ("militants in eastern Chad", "a group
        based in Chad")."""
        holders = [head, *(c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"), *sites(head)]  # also
        # "demonstrators outside the Russian embassy in Kyiv": the town of the site they are at
        for prep in (p for h in holders for p in h.children):
            if prep.dep_ == "prep" and prep.lower_ in ("in", "inside"):
                for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                    mention = self._mention(pobj)
                    entry = self._choose(mention) if mention else None
                    if entry is not None and entry.kind in ("country", "capital"):
                        return entry.code
                    place = self.ctx.place_at(self._char(pobj)) if pobj.pos_ == "PROPN" and not mention else None
                    if place is not None:  # a town the gazetteer knows
                        return place.country
                    owner = self._place_owner(pobj) if entry is None else None
                    if owner is not None:  # "refugees in Uganda's West Nile region"
                        return owner
                    town = self._town_country(pobj) if entry is None else None
                    if town is not None:  # "civilians trapped in the besieged Syrian city of X"
                        return town
        return None

    def _town_country(self, place: Token) -> str | None:
        """"The Syrian city of X", "the town of Y" (a town the gazetteer knows): the country of a generic town noun."""
        if place.pos_ != "NOUN" or place.lemma_.lower() not in TOWN_NOUNS:
            return None
        code = self.modifier_code(place)
        names = [g for p in place.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        found = [p.country for g in names if g.pos_ == "PROPN" and (p := self.ctx.place_at(self._char(g))) is not None]
        return code or (found[0] if found else None)

    def _place_owner(self, place: Token) -> str | None:
        """"Uganda's West Nile region", "Nigeria's Borno state": the country that owns a generic place noun."""
        for child in place.children:
            mention = self._mention(child) if child.dep_ == "poss" else None
            entry = self._choose(mention) if mention else None
            if entry is not None and entry.kind in ("country", "capital"):
                return entry.code
        return None

    def _joint_bases(self, head: Token) -> list[str]:
        """Countries of a group noun's "in" phrase with its conjuncts ("police in Colombia and Ecuador")."""
        codes: list[str] = []
        for prep in (p for p in head.children if p.dep_ == "prep" and p.lower_ in ("in", "inside")):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                for place in (pobj, *pobj.conjuncts):
                    mention = self._mention(place)
                    entry = self._choose(mention) if mention else None
                    if entry is not None and entry.kind in ("country", "capital") and entry.code not in codes:
                        codes.append(entry.code)
        return codes

    def _acted_in(self, verb: Token, passive: bool = False) -> str | None:
        """The country of an "in" phrase on a verb, on its object or on the site it acted at ("gathered outside the
        embassy in Tbilisi"): where an unplaced group acted; for a passive's agent, also where its subject was
        ("the embassy in Cairo was stormed by protesters")."""
        objects = ("dobj", "nsubjpass") if passive else ("dobj",)
        for token in (verb, *(c for c in verb.children if c.dep_ in objects), *sites(verb)):
            code = self._based_in(token)
            if code:
                return code
        return None

    def _place_codes(self, token: Token) -> set[str]:
        """Countries the sentence names only as a place ("arrived in Moscow", "talks in Budapest"): not the home of an
        unknown office holder who is there."""
        codes: set[str] = set()
        for word in token.sent:  # a place of an act or of the holder himself, not where a group is ("rebels in X")
            prep = word.head
            placed = word.dep_ == "pobj" and prep.lower_ in VISIT_PREPS and (prep.head.pos_ in ("VERB", "AUX") or prep.head == token)
            mention = self._mention(word) if placed else None
            entry = self._choose(mention) if mention else None
            if entry is not None and entry.kind in ("country", "capital", "seat"):
                codes.add(entry.code)
        return codes

    def _minority_home(self, head: Token, code: str) -> str | None:
        """"ethnic Albanians", "ethnic Russian fighters": a people named as a minority lives outside its own
        country, in the one it is "in", else in the country the article is mostly about."""
        words = [head, *(c for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i)]
        if not any(c.lower_ in MINORITY_WORDS for w in words for c in w.children if c.i < w.i):
            return None
        return self._based_in(head) or self.ctx.main_country({code})


def _hyphened(modifier: Token) -> list[Token]:
    """"French-Iranian": the first half of a hyphenated pair of nationalities, hung on the second."""
    doc = modifier.doc
    return [c for c in modifier.children if c.dep_ in ("amod", "compound") and c.i == modifier.i - 2
            and doc[modifier.i - 1].text == "-"]
