"""The country of a pronoun whose referent had none when it was read: "Turkish-backed
rebels attacked the Kurdish city of Afrin. ... They hit the hospital" (the rebels' record
is SYR REB once its place is known, and so are "they"); "A spokesman for the Kurdish
militias said they had blocked the attack" in Afrin (placed as "the Kurdish militias"
would be there).  A step of the pipeline after the parties' countries from their own
sentences (docs/actors.md, "Inside an article")."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

from spacy.tokens import Doc, Span

from newsevents.ingest.letters import last_signature_end
from newsevents.records import Actor, EventRecord
from newsevents.resolve.actors import place_in_country
from newsevents.resolve.gazetteer import COUNTRY
from newsevents.resolve.homelands import place_people

# How many sentences back the referent's own record is looked for (the pronoun's window).
SENTENCES_BACK = 3


def with_pronoun_countries(
    events: list[EventRecord],
    doc: Doc,
    referent_at: Callable[[Doc, int], Actor | None],
    article_places,
    pronouns: Mapping[str, str],
) -> list[EventRecord]:
    """The article's events, each pronoun party without a country whose referent had
    none given the country its referent gets: placed in the pronoun's event as the
    referent's words would be, else the one the referent's own record got (of the same
    sector, in the sentences just before and not across a letter's signature).
    ``referent_at`` is :meth:`ArticleActors.referent_at`."""
    sentences: list[Span] = []
    for event in events:
        for party in (event.actor, event.recipient):
            if party is None or party.country is not None or party.span is None or party.text.lower() not in pronouns:
                continue
            sentences = sentences or list(doc.sents)
            sentence = sentences[event.sentence_index]
            referent = referent_at(doc, sentence.start_char + party.span.start)
            if referent is None:
                continue
            party.country = _placed_here(referent, party, event, sentence, article_places) or _told_before(
                referent, party, event, events, sentences
            )
    return events


def _placed_here(referent: Actor, party: Actor, event: EventRecord, sentence: Span, article_places) -> str | None:
    """The country the referent's words would get in the pronoun's event (a home
    sector's: the article's or the event's country; a people's: the homeland the text
    places it in), not from a country named as the event's place, and not the country
    of the other party of the event, which the text's places may count: "Turkey accused
    them" does not make the Kurds of Kobani Turkey's."""
    stand_in = replace(referent, sector=party.sector)
    place_in_country(stand_in, article_places.home_country(event.location))
    if stand_in.country is not None:
        return stand_in.country
    place = event.location if event.location is not None and event.location.feature != COUNTRY else None
    place_people(stand_in, sentence, place, article_places)
    other = event.recipient if party is event.actor else event.actor
    return None if other is not None and other.country == stand_in.country else stand_in.country


def _told_before(
    referent: Actor, party: Actor, event: EventRecord, events: list[EventRecord], sentences: list[Span]
) -> str | None:
    """The country of the latest record in the sentences just before (or this one) whose
    party is the referent's phrase, placed, of the pronoun's sector (a sector-less
    name's country may come from words about another party)."""
    if party.sector is None:
        return None
    sentence = sentences[event.sentence_index]
    first_allowed = last_signature_end(sentence.doc, sentence.start)
    window = range(event.sentence_index - SENTENCES_BACK, event.sentence_index + 1)
    found = None
    for earlier in events:
        if earlier is event or earlier.sentence_index not in window:
            continue
        if sentences[earlier.sentence_index].start < first_allowed:
            continue  # another writer's letter
        for other in (earlier.actor, earlier.recipient):
            if other is not None and other.text == referent.text and other.country and other.sector == party.sector:
                found = other.country
    return found
