"""Resolve one word of a parsed sentence as a fresh article's party (pronoun tests)."""

from __future__ import annotations


def resolve_word(resolver, doc, word: str, occurrence: int = 0):
    positions = [token.i for token in doc if token.lower_ == word]
    position = positions[occurrence]
    return resolver.for_article(None).resolve(doc[position : position + 1])
