"""Resolve a noun phrase in a parsed sentence to coded actors, with simple in-article coreference."""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from spacy.tokens import Token

from ..data import data_path, read_tsv
from ..model import Entity
from .lexicon import ActorLexicon, Entry, Mention

MODIFIER_DEPS = {"compound", "amod", "poss", "nmod", "npadvmod", "appos", "nummod", "flat"}
OF_PREPS = {"of", "from"}
REPRESENTING_PREPS = {"of", "for", "from"}  # "the head of X", "a spokesman for X", "an official from X"
PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "himself", "herself"}
THING_PRONOUNS = {"it", "its", "itself"}
PLURAL_PRONOUNS = {"they", "them", "their", "themselves"}
PAIR_WORDS = {"two", "both"}
MINORITY_WORDS = {"ethnic"}
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady", "madame", "mme", "mme.",
              "monsieur", "herr", "senor", "señor", "signor", "comrade", "sheikh", "sayyid", "mullah", "ayatollah", "prof", "prof."}
ROLE_NOUNS = {"leader", "member", "head", "chief", "spokesman", "spokeswoman", "spokesperson", "official",
              "representative", "supporter", "envoy", "delegation", "chairman", "president", "commander"}
QUANTITY_WORDS = {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million", "millions", "group",
                  "number", "some", "many", "most", "several", "score", "scores", "majority", "handful", "team", "band"}
REPORTING = {"say", "tell", "announce", "declare", "confirm", "insist", "add", "state", "claim", "warn", "vow",
             "pledge", "promise", "threaten", "deny", "report", "indicate", "signal", "stress", "reiterate"}
COUNTRY_NOUNS = {"country", "nation", "state", "side", "power", "government", "capital", "neighbour", "neighbor"}
WATERS = {"sea", "ocean"}  # seas named after a country ("South China Sea", "Irish Sea") are places, not actors
GROUP_NOUNS = {"group", "organization", "organisation", "movement", "faction", "network", "cell", "front", "body",
               "association", "coalition", "alliance", "force"}  # named by an adjective: "a dissident group"
CRAFT_NOUNS = {"plane", "aircraft", "ship", "vessel", "boat", "tanker", "convoy", "flight", "helicopter", "lorry", "truck"}
NONSTATE_SECTORS = {"REB", "CRM"}  # armed and criminal groups (government and police stay at home)
PLACE_WORDS = {"in", "at", "near", "outside", "inside", "around", "across", "throughout"}  # "a strike in Lagos"
SITE_WORDS = {"at", "near", "outside", "inside", "around", "past", "opposite"}  # "rallied outside the embassy in X"
MULTINATIONAL = {"international", "multinational", "multi-national", "regional"}  # "a regional stabilisation force"
NON_STATE = {"IGO", "NGO", "IMG", "ISM", "MNC"}
KIND_OF_ENTRY = {"country": "country", "capital": "country", "seat": "country", "demonym": "country", "org": "org", "person": "person"}


def _singular(word: str) -> str:
    """The singular of a regular English plural ("rebels", "militias", "gunmen", "authorities")."""
    for plural, single in (("men", "man"), ("ies", "y"), ("s", "")):
        if word.endswith(plural):
            return word[: -len(plural)] + single
    return word


@lru_cache(maxsize=1)
def _affiliations() -> dict[str, str]:
    """Words tying a group to another country: who leads it, backs it, or whose ally it is (affiliations.tsv)."""
    return {row["word"]: row["relation"] for row in read_tsv(data_path("actors", "affiliations.tsv"))}


def _relation(token: Token) -> str | None:
    return _affiliations().get(token.lemma_.lower())


def _backing(child: Token) -> bool:
    """"Iranian-backed", "Western-funded": a participle in front of a group noun naming its patron."""
    return child.tag_ == "VBN" and child.dep_ in ("amod", "compound") and _relation(child) == "backs"


def _patron_link(head: Token, child: Token) -> bool:
    """A modifier naming a patron rather than the group itself: "Iranian-backed militias", "Syria's allies"."""
    return _backing(child) or (child.dep_ == "poss" and head.pos_ == "NOUN" and _relation(head) == "patron")


def _multinational(head: Token) -> bool:
    """"a regional stabilisation force", "international monitors": a force drawn from several states."""
    words = [head, *(c for c in head.children if c.dep_ == "compound")]
    return any(c.dep_ == "amod" and c.lower_ in MULTINATIONAL for w in words for c in w.children)


def _sites(verb: Token) -> list[Token]:
    """The places a verb's act was at: "outside the embassy", "near a base", "in front of the consulate"."""
    pobjs = [g for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    sites = [g for g in pobjs if g.head.lower_ in SITE_WORDS]
    return sites + [g for f in pobjs if f.lower_ == "front" and f.head.lower_ == "in" for p in f.children
                    if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


def _name_words(token: Token) -> list[Token]:
    """The compounds in front of a head noun, and theirs in turn (a title and given names chained by the parser)."""
    out: list[Token] = []
    heads = [token]
    while heads and len(out) < 6:
        head = heads.pop()
        found = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
        out.extend(found)
        heads.extend(found)
    return out


@dataclass
class ArticleContext:
    """What the resolver knows about the article: its date, dictionary mentions and salient countries."""

    lexicon: ActorLexicon
    published: date | None
    mentions: list[Mention]
    places: tuple = ()  # the article's gazetteer places (geo.Place), sorted by offset; empty without when/where

    def __post_init__(self) -> None:
        self._starts = [m.start for m in self.mentions]
        self.country_counts = Counter(
            e.code for m in self.mentions for e in m.entries[:1] if e.kind in ("country", "demonym", "capital", "seat")
        )
        self._org_countries = Counter(  # national organisations ("UNITA" -> AGO): a weaker hint of the country
            e.code for m in self.mentions for e in m.entries[:1] if e.kind == "org" and e.code not in NON_STATE
        )

    def mention_at(self, char: int) -> Mention | None:
        i = bisect.bisect_right(self._starts, char) - 1
        if i >= 0 and self.mentions[i].start <= char < self.mentions[i].end:
            return self.mentions[i]
        return None

    def place_at(self, char: int):
        """The resolved gazetteer place covering a character offset ("Samarra" -> a town in Iraq), if any."""
        for place in self.places:
            if place.start <= char < place.end and place.country:
                return place
        return None

    def before(self, char: int) -> list[Mention]:
        return self.mentions[: bisect.bisect_left(self._starts, char)]

    def main_country(self, exclude: set[str]) -> str | None:
        """The most mentioned country, else the home of the most mentioned national organisation, else the
        country of the towns and regions the gazetteer found ("rebels attacked Jalalabad")."""
        places = Counter(p.country for p in self.places if getattr(p, "country", None))
        for counts in (self.country_counts, self._org_countries, places):
            for code, _ in counts.most_common():
                if code not in exclude:
                    return code
        return None


class Resolver:
    """Turns parsed tokens into Entities for one sentence."""

    def __init__(self, ctx: ArticleContext, base: int, *, fallback: bool = True, avoid: frozenset = frozenset()) -> None:
        self.ctx = ctx
        self.base = base
        self.fallback = fallback
        self.avoid = avoid  # the event's targets: an unplaced armed or criminal group is guessed to be someone else

    # -- helpers -------------------------------------------------------------------------------
    def _char(self, token: Token) -> int:
        return self.base + token.idx

    def _mention(self, token: Token) -> Mention | None:
        return self.ctx.mention_at(self._char(token))

    def _choose(self, mention: Mention) -> Entry:
        """Among a mention's candidates prefer office holders on the date, then the salient country."""
        entries = mention.entries
        active = [e for e in entries if e.active(self.ctx.published)] or list(entries)
        counts = self.ctx.country_counts
        return max(active, key=lambda e: (e.kind == "person" and e.active(self.ctx.published), counts.get(e.code, 0)))

    def _entity(self, entry: Entry, text: str, start: int, end: int, sector: str | None = None) -> Entity:
        code, own_sector = entry.at(self.ctx.published)
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

    # -- modifiers -----------------------------------------------------------------------------
    def modifier_codes(self, token: Token) -> list[str]:
        """Country codes of a head noun's modifiers, conjoined ones included ("U.S. and Russian negotiators")."""
        first = self.modifier_code(token)
        if first is None:
            return []
        codes = [first]
        named = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")]
        named += [g for c in token.children if c.dep_ == "prep" and c.lower_ in OF_PREPS for g in c.children if g.dep_ == "pobj"]
        for child in named:  # "U.S. and Russian negotiators", "troops from Chad and Niger"
            for conj in child.conjuncts:
                mention = self._mention(conj)
                if mention:
                    code = self._choose(mention).at(self.ctx.published)[0]
                    if code not in codes:
                        codes.append(code)
        return codes

    def modifier_code(self, token: Token, depth: int = 0) -> str | None:
        """Country (or organisation) code found among a head noun's modifiers."""
        for child in sorted(token.children, key=lambda c: abs(c.i - token.i)):
            if _patron_link(token, child):
                continue  # the patron is not the group's own country (see backed_home)
            if child.dep_ in MODIFIER_DEPS or (child.dep_ == "prep" and child.lower_ in OF_PREPS):
                targets = [child] if child.dep_ != "prep" else [g for g in child.children if g.dep_ == "pobj"]
                for target in targets:
                    mention = self._mention(target)
                    if mention:
                        return self._choose(mention).at(self.ctx.published)[0]
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
            if _backing(child):
                code = self.modifier_code(child)
                if code:
                    return code
            elif _patron_link(head, child):
                mention = self._mention(child)
                if mention:
                    return self._choose(mention).at(self.ctx.published)[0]
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
            hit = sectors.get(_singular(token.lower_))  # "Rebels seized ...", "Islamists": a plural the tagger took for a name
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
        for child in sorted(_name_words(token), key=lambda c: -c.i):
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

    # -- coreference ---------------------------------------------------------------------------
    def _recent(self, char: int, kinds: set[str], count: int = 1, demonyms: bool = False) -> list[Entity]:
        found: list[Entity] = []
        for item in reversed(self.ctx.before(char)):
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

    def _pair(self, token: Token) -> list[Entity] | None:
        if not any(c.lower_ in PAIR_WORDS for c in token.children) and token.lower_ not in PAIR_WORDS:
            return None
        kinds = {"country"} if token.lemma_.lower() in COUNTRY_NOUNS else {"person"}
        # "Chinese and Indian troops clashed ... both sides": the nationalities count as the two sides
        found = self._recent(self._char(token), kinds, count=2, demonyms=True)
        return found if len(found) == 2 else None

    # -- main entry ----------------------------------------------------------------------------
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
            entry = self._choose(mention)
            if entry.kind == "demonym":
                code = self.modifier_code(head) or self._minority_home(head, entry.code)
                if code and code != entry.code:  # "Bosnian Serbs", "ethnic Albanians": the people of the named place
                    text, start, end = self.span_text(head)
                    return [Entity(code, None, text, self.ctx.lexicon.names.get(code, code), start, end, "country")]
            sector = self.title_sector(head) if entry.kind == "org" and not entry.sector else None
            return [self._entity(entry, mention.text, mention.start, mention.end, sector)]
        return self._by_sector(head)

    def _based_in(self, head: Token) -> str | None:
        """The country of an "in"/"inside" phrase under a group noun ("militants in eastern Chad", "a group
        based in Chad")."""
        holders = [head, *(c for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN")]
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

    def _acted_in(self, verb: Token) -> str | None:
        """The country of an "in" phrase on a verb, on its object or on the site it acted at ("gathered outside the
        embassy in Tbilisi"): where an unplaced group acted."""
        for token in (verb, *(c for c in verb.children if c.dep_ == "dobj"), *_sites(verb)):
            code = self._based_in(token)
            if code:
                return code
        return None

    def _minority_home(self, head: Token, code: str) -> str | None:
        """"ethnic Albanians", "ethnic Russian fighters": a people named as a minority lives outside its own
        country, in the one it is "in", else in the country the article is mostly about."""
        words = [head, *(c for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i)]
        if not any(c.lower_ in MINORITY_WORDS for w in words for c in w.children if c.i < w.i):
            return None
        return self._based_in(head) or self.ctx.main_country({code})

    def _named_modifier(self, head: Token) -> list[Entity]:
        """A generic head named by its modifier: "the Islamic Jihad movement", "Iraqi Kurds"."""
        for child in sorted(head.children, key=lambda c: -c.i):
            if child.dep_ in ("compound", "amod", "nmod") and child.i < head.i:  # "the United Nations rights chief"
                mention = self._mention(child)
                if mention and self._choose(mention).kind in ("org", "person"):
                    return [self._entity(self._choose(mention), mention.text, mention.start, mention.end)]
        led = [c for c in head.children if c.tag_ == "VBN" and c.dep_ == "amod" and _relation(c) in ("leads", "backs")]
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
        if head.pos_ == "NOUN" and head.lemma_.lower() in GROUP_NOUNS and named_owner:
            code = self.modifier_code(head)  # "Thailand's ruling coalition": a body of the possessor nation
            if code:
                text, start, end = self.span_text(head)
                return [Entity(code, None, text, self.ctx.lexicon.names.get(code, code), start, end, "group")]
        people = head.tag_ == "NNS" or head.lemma_.lower() in GROUP_NOUNS | CRAFT_NOUNS  # "a Saudi group", "a Qatari plane"
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

    def _conjoined_demonyms(self, modifier: Token) -> list[str]:
        """"French and Moroccan investigators": the nations joined to the first one."""
        mentions = [self._mention(c) for c in modifier.conjuncts]
        return [self._choose(m).code for m in mentions if m and self._choose(m).kind == "demonym"]

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
        if code is None and sector == "MIL" and _multinational(head):
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
        if code is None and self.fallback and sector in NONSTATE_SECTORS and self.avoid:
            code = self.ctx.main_country(set(self.avoid))  # "the envoy of Japan to Peru was seized by rebels": Peru's
        if code is None and (self.fallback or titled):  # a named office holder is placed even as a target
            code = self.ctx.main_country(set())
        if code is None:
            return []
        text, start, end = self.span_text(head)
        name = self.ctx.lexicon.names.get(code, code)
        return [Entity(code, sector, text, name, start, end, "group")]
