"""The actors a noun phrase names or stands for: the phrase's head and conjuncts, its national modifiers and
owners, and the actors in its nested prepositional phrases."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.resolver import Resolver
from ..actors.vocabulary import WATERS
from ..model import Entity
from .syntax import children, pobjs, shared_object

NESTED_PREPS = {"by", "from", "of", "for", "to", "with", "against", "on", "over", "in", "between", "among"}
OWNER_KINDS = ("country", "org", "person")
REMOVALS = {"expulsion", "deportation", "extradition", "eviction", "ouster", "exclusion", "suspension", "banishment"}
# "a ship bound for X", "tankers linked to (belonging to) X": where a thing is headed, or whose it is
HEADED = {"bind", "bound", "destine", "destined", "head", "headed", "link", "tie", "connect", "belong"}


# information handed over: an "on"/"about" phrase under it is what it is about, not to whom it goes
INFORMATION = {"intelligence", "intel", "information", "data", "datum", "evidence", "finding", "detail", "image",
               "photograph", "photo", "file", "document", "briefing", "tip"}
TOPIC_PREPS = {"on", "about", "regarding", "concerning", "of", "over"}


def topic_destinations(noun: Token, res: Resolver) -> list[Entity] | None:
    """"Shared intelligence on Russian troop movements to Ukraine": the topic of information handed over is no target,
    but a "to", "for" or "with" phrase the parser hung inside the topic is where it went. None when `noun` is no
    information."""
    return topic_inner_targets(noun, res) if noun.lemma_.lower() in INFORMATION else None


def topic_inner_targets(head: Token, res: Resolver) -> list[Entity]:
    """The "to", "for" or "with" parties hung inside the topic phrases ("on", "about" ...) of a word."""
    topics = [o for p in children(head, {"prep"}) if p.lower_ in TOPIC_PREPS for o in pobjs(p)]
    inner = [w for t in topics for w in t.subtree if w.dep_ == "prep" and w.lower_ in ("to", "for", "with")]
    return [e for w in inner if w.head.pos_ == "NOUN" for o in pobjs(w) for e in nominal_target(o, res)]


def _gerund_objects(prep: Token) -> list[Token]:
    """The object of a gerund after a preposition, and its partner: "a framework for resolving a quarrel with X"."""
    gerunds = [g for g in children(prep, {"pcomp"}) if g.tag_ == "VBG"]
    partners = [o for g in gerunds for p in children(g, {"prep"}) if p.lower_ in ("with", "against") for o in pobjs(p)]
    return [o for g in gerunds for o in children(g, {"dobj"})] + partners


def _delayed_conjunct(noun: Token) -> list[Token]:
    """"on Syria, Iraq and, under strict conditions, Venezuela": the last item of a list, after a parenthetical
    between commas, which the parser hangs on the verb."""
    doc, sent = noun.doc, noun.sent
    i = max([noun, *noun.conjuncts], key=lambda t: t.i).right_edge.i + 1
    if i < sent.end and doc[i].text == ",":
        i += 1
    if i + 1 >= sent.end or doc[i].pos_ != "CCONJ":
        return []
    opened = doc[i + 1].text == ","  # "and, under strict conditions, X"; also "and under strict conditions, X"
    if not opened and doc[i + 1].pos_ not in ("ADP", "ADV", "SCONJ"):
        return []
    close = next((t.i for t in doc[i + 2 : min(i + 10, sent.end)] if t.text == ","), None)
    if close is None:
        return []
    item = doc[close + 1] if close + 1 < sent.end else None
    while item is not None and item.head.i > item.i and item.head.i < min(close + 6, sent.end):
        item = item.head  # "the Sudanese government": up to the phrase's head
    if item is None or item.pos_ not in ("PROPN", "NOUN") or item.dep_ not in ("npadvmod", "dep", "appos", "conj", "dobj"):
        return []
    return [item]


def nominal_target(noun: Token, res: Resolver, depth: int = 0) -> list[Entity]:
    """The actors a noun phrase and its conjuncts name ("an Israeli group and the PLO")."""
    out: list[Entity] = []
    for head in [noun, *[c for c in noun.conjuncts if c.i > noun.i], *_delayed_conjunct(noun)]:
        out.extend(e for e in single_target(head, res, depth) if e not in out)
    return out


def single_target(noun: Token, res: Resolver, depth: int = 0) -> list[Entity]:
    """The actor a noun names, or the actor behind it ("an Indian proposal", "calls by X", "raids on X")."""
    if waters(noun):
        return []
    remover = removal_source(noun, res)
    if remover:  # "condemned the expulsion of its diplomats from New Delhi": India expelled them
        return remover
    found = res.resolve_head(noun)
    if found and noun.pos_ == "NOUN" and res.sector_of(noun) is None and depth <= 1:
        return found + _partners(noun, res, depth)  # "EU membership talks with X": named by a modifier, and X
    if found or depth > 1:
        return found
    modifiers = [c for c in noun.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < noun.i]
    modifiers += [g for c in modifiers if c.tag_ == "VBN" for g in c.children  # "the US-led war", "Iranian-backed"
                  if g.dep_ in ("npadvmod", "compound", "nmod", "amod") and g.i < c.i]
    out = [e for c in modifiers if c.pos_ != "PRON" for e in res.resolve_head(c) if e.kind in OWNER_KINDS
           or (e.kind == "group" and c.dep_ == "poss")]  # "the Yemeni government's proposal": its owner
    out = out or [national_entity(code, c, res) for c in modifiers if c.dep_ == "poss" and c.pos_ == "NOUN"
                  for code in [res.modifier_code(c)] if code]  # "a Chinese survey ship's incursion": the ship's nation
    if out:  # "EU membership talks with X": the partner too, when the owner is only a modifier
        return out + _partners(noun, res, depth)
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in NESTED_PREPS:
            # "a framework for settling a quarrel with X", "ties with and an embassy in X"
            named = [g for g in children(child, {"pcomp"}) if res.ctx.mention_at(res.base + g.idx)]  # "by ECOWAS", a
            for pobj in named or pobjs(child) or _gerund_objects(child) or shared_object(child):  # name tagged as a verb
                out.extend(nominal_target(pobj, res, depth + 1))
    out.extend(e for a in agents_of_modifier(noun) + _destinations(noun) for e in nominal_target(a, res, depth + 1))
    # "her promise to the Kenyan farmers": a pronoun possessor only when nothing else is named
    return out or [e for c in modifiers if c.pos_ == "PRON" for e in res.resolve_head(c)]


def removal_source(noun: Token, res: Resolver) -> list[Entity]:
    """The state or body someone is removed from by a removal noun, which removed them."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in REMOVALS:
        return []
    removed = [o for p in children(noun, {"prep"}) if p.lower_ == "of" for o in pobjs(p)]  # "of X's diplomats from Y"
    found = [e for h in (noun, *removed) for p in children(h, {"prep"}) if p.lower_ == "from" for o in pobjs(p)
             for e in res.resolve(o)]
    return [e for e in found if e.kind in ("country", "capital", "seat", "org")]


def waters(noun: Token) -> bool:
    """"The South China Sea", "the Sea of Japan": a sea named after a country is a place, not the country."""
    return noun.pos_ == "PROPN" and noun.lemma_.lower() in WATERS


def _partners(noun: Token, res: Resolver, depth: int) -> list[Entity]:
    """The "with" or "against" party of a noun: "talks with X", "a dispute with X"."""
    return [e for p in children(noun, {"prep"}) if p.lower_ in ("with", "against") for o in pobjs(p)
            for e in nominal_target(o, res, depth + 1)]


def national_entity(code: str, token: Token, res: Resolver) -> Entity:
    """The nation a thing is marked with ("a British-flagged tanker", "a Chinese ship"), standing for its owner."""
    text, start, end = res.span_text(token)
    return Entity(code, None, text, res.ctx.lexicon.names.get(code, code), start, end, "country")


def marked_target(noun: Token, res: Resolver) -> list[Entity]:
    """The actors a noun names, else the nation it is marked with ("a Thai border post came under fire")."""
    found = res.resolve(noun)
    code = None if found else res.modifier_code(noun)
    return [national_entity(code, noun, res)] if code else found


def _destinations(noun: Token) -> list[Token]:
    """"any ship bound for Israeli ports", "tankers belonging to X": where a thing is headed, or the party it is tied
    to, names whom it concerns."""
    return [o for c in children(noun, {"acl", "amod"}) if c.lemma_.lower() in HEADED for p in children(c, {"prep"})
            if p.lower_ in ("for", "to") for o in pobjs(p)]


def agents_of_modifier(noun: Token) -> list[Token]:
    """"the plan presented by X", "positions held by X": the agent of a participle describing the noun."""
    return [p for c in children(noun, {"acl"}) for a in children(c, {"agent"}) for p in pobjs(a)]  # also "put forward by X"
