"""Actors: dictionaries of countries, organisations, office holders and sectors, and their resolution."""

from .lexicon import ActorLexicon, Mention, load_lexicon

__all__ = ["ActorLexicon", "Mention", "load_lexicon"]
