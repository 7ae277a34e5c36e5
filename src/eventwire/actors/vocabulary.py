"""Word lists and token tests the actor resolver shares: pronouns, titles, group and place words, patrons."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..data import data_path, read_tsv

MODIFIER_DEPS = {"compound", "amod", "poss", "nmod", "npadvmod", "appos", "nummod", "flat"}
OF_PREPS = {"of", "from"}
REPRESENTING_PREPS = {"of", "for", "from"}  # "the head of X", "a spokesman for X", "an official from X"
PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "himself", "herself"}
THING_PRONOUNS = {"it", "its", "itself"}
PLURAL_PRONOUNS = {"they", "them", "their", "themselves"}
PAIR_WORDS = {"two", "both"}
MINORITY_WORDS = {"ethnic"}
LOYAL_WORDS = {"loyal", "faithful"}  # "forces loyal to the Tripoli government" are that side's
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
COUNTRY_ANAPHORS = {"island", "kingdom", "republic", "archipelago", "emirate", "sultanate"}  # "the island": the last
# country named
# a bare definite one ("the bloc", "the alliance") stands for the organisation named last before it
ORG_ANAPHORS = {"bloc", "alliance", "organisation", "organization", "body", "grouping", "union", "league", "group",
                "movement", "coalition"}
# a national body named by what it does, not a sector of its own: "Malaysia's anti-corruption commission", "a Saudi
# agency", "Japan's nuclear regulator", "the prime minister's office"
BODY_NOUNS = {"commission", "agency", "council", "committee", "bureau", "department", "office", "service", "regulator",
              "watchdog", "board", "directorate", "inspectorate", "administration", "secretariat", "institute", "fund",
              "bank", "authority"}
CRAFT_NOUNS = {"plane", "aircraft", "ship", "vessel", "boat", "tanker", "convoy", "flight", "helicopter", "lorry", "truck",
               # weapons named by a nation act for it ("a Russian cruise missile slammed into ...")
               "missile", "rocket", "drone", "warplane", "warship", "bomber", "jet", "submarine", "frigate", "destroyer",
               "gunboat", "corvette", "shell", "projectile", "interceptor"}
# relatives of a person stand for the person's side ("Kim Jong Un's sister warned ...")
KIN_NOUNS = {"sister", "brother", "wife", "husband", "son", "daughter", "widow", "nephew", "niece", "cousin", "father",
             "mother", "uncle", "aunt", "grandson", "granddaughter", "son-in-law", "brother-in-law", "family"}
NONSTATE_SECTORS = {"REB", "CRM"}  # armed and criminal groups (government and police stay at home)
PLACE_WORDS = {"in", "at", "near", "outside", "inside", "around", "across", "throughout"}  # "a strike in Lagos"
VISIT_PREPS = {"in", "at", "to", "from", "near", "outside", "inside", "around"}  # "arrived in Moscow", "flew to X"
SITE_WORDS = {"at", "near", "outside", "inside", "around", "past", "opposite"}  # "rallied outside the embassy in X"
MULTINATIONAL = {"international", "multinational", "multi-national", "regional"}  # "a regional stabilisation force"
NON_STATE = {"IGO", "NGO", "IMG", "ISM", "MNC"}
KIND_OF_ENTRY = {"country": "country", "capital": "country", "seat": "country", "demonym": "country", "org": "org", "person": "person"}


def singular(word: str) -> str:
    """The singular of a regular English plural ("rebels", "militias", "gunmen", "authorities")."""
    for plural, single in (("men", "man"), ("ies", "y"), ("s", "")):
        if word.endswith(plural):
            return word[: -len(plural)] + single
    return word


@lru_cache(maxsize=1)
def _affiliations() -> dict[str, str]:
    """Words tying a group to another country: who leads it, backs it, or whose ally it is (affiliations.tsv)."""
    return {row["word"]: row["relation"] for row in read_tsv(data_path("actors", "affiliations.tsv"))}


def relation(token: Token) -> str | None:
    return _affiliations().get(token.lemma_.lower())


def backing(child: Token) -> bool:
    """"Iranian-backed", "Western-funded": a participle in front of a group noun naming its patron."""
    return child.tag_ == "VBN" and child.dep_ in ("amod", "compound") and relation(child) == "backs"


def patron_link(head: Token, child: Token) -> bool:
    """A modifier naming a patron rather than the group itself: "Iranian-backed militias", "Syria's allies"."""
    return backing(child) or (child.dep_ == "poss" and head.pos_ == "NOUN" and relation(head) == "patron")


def multinational(head: Token) -> bool:
    """"a regional stabilisation force", "international monitors": a force drawn from several states."""
    words = [head, *(c for c in head.children if c.dep_ == "compound")]
    return any(c.dep_ == "amod" and c.lower_ in MULTINATIONAL for w in words for c in w.children)


def sites(verb: Token) -> list[Token]:
    """The places a verb's act was at: "outside the embassy", "near a base", "in front of the consulate"."""
    pobjs = [g for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    found = [g for g in pobjs if g.head.lower_ in SITE_WORDS]
    return found + [g for f in pobjs if f.lower_ == "front" and f.head.lower_ == "in" for p in f.children
                    if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


def name_words(token: Token) -> list[Token]:
    """The compounds in front of a head noun, and theirs in turn (a title and given names chained by the parser)."""
    out: list[Token] = []
    heads = [token]
    while heads and len(out) < 6:
        head = heads.pop()
        found = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
        out.extend(found)
        heads.extend(found)
    return out
