"""What a spaCy span tells the actor memory by itself: its place in its sentence,
whether it holds a proper name, whether it is a person's name (resolve/actors.py)."""

from __future__ import annotations

from newsevents.nlp import doc_text
from newsevents.records import Span


def sentence_span(span) -> Span | None:
    try:
        offset = span.sent.start_char
        start, end = span.start_char, span.end_char
        # the span's text cut from the article's, joined once: ``span.text`` joins its tokens
        return Span(start=start - offset, end=end - offset, text=doc_text(span.doc)[start:end])
    except (AttributeError, ValueError):
        return None


def has_proper_noun(span) -> bool | None:
    try:
        return any(token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for token in span)
    except TypeError:
        return None


def is_person_name(span) -> bool:
    """Whether the parser tags every word of the span as part of a person's name."""
    try:
        return len(span) > 0 and all(token.ent_type_ == "PERSON" for token in span)
    except TypeError:
        return False


def is_person_entity(span) -> bool:
    try:
        return any(token.ent_type_ == "PERSON" for token in span)
    except TypeError:
        return False
