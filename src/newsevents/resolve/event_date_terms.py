"""A named person's office read at the event's own date, not the article's.

The article resolver codes office holders by their term on the publication
date (docs/actors.md, "People and dates"), so "Obama promised a new beginning
in 2009", told in a 2018 article, would make a former official (ELI) of a
sitting president.  Once a record's date is known, :func:`at_event_date`
reads the person's terms again at that date.  Only a date the event's own
clause or sentence gives is trusted (a paragraph's earlier date is a weaker
guess), only a coding the table gave on the publication date is replaced (a
title in the text, "General X", says more than the table), and only when the
terms give one coding over the whole period the date names ("in 2017" covers
both of Obama's and Trump's; no guess is made there).
"""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date

from newsevents.knowledge.actors import Entry
from newsevents.records import Actor
from newsevents.resolve.actor_lexicon import phrase_key
from newsevents.resolve.actor_reading import PhraseReader
from newsevents.resolve.dates import EventDate

OWN_DATE_SOURCES = frozenset({"clause", "sentence"})
PERIOD_PRECISIONS = frozenset({"day", "month", "year"})


def event_period(when: EventDate) -> tuple[date, date] | None:
    """The first and last day a record's own date may mean, or None when it is no
    date of the event's own words (the publication fallback, a paragraph's date)."""
    if when.date is None or when.source not in OWN_DATE_SOURCES or when.precision not in PERIOD_PRECISIONS:
        return None
    day = date.fromisoformat(when.date[:10])
    if when.precision == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    if when.precision == "month":
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
    return day, day


def person_entry(reader: PhraseReader, name: str) -> Entry | None:
    """The table's person of this canonical name (the user's table first)."""
    lexeme = reader.lookup("words", phrase_key(name))
    if lexeme is None:
        return None
    return next((entry for entry in lexeme.entries if entry.name == name and entry.kind == "person"), None)


def at_event_date(reader: PhraseReader, actor: Actor | None, when: EventDate, published: date | None) -> Actor | None:
    """The actor as coded at the event's date: a copy with the person's term then,
    or the actor itself when the date or the table says nothing new."""
    period = event_period(when)
    if actor is None or actor.name is None or period is None or published is None:
        return actor
    entry = person_entry(reader, actor.name)
    if entry is None:
        return actor
    first, last = (entry.coding_at(day)[:2] for day in period)
    on_publication = entry.coding_at(published)[:2]
    if first != last or first == on_publication:
        return actor
    if (actor.country, actor.sector) != on_publication:
        return actor  # the text's own words coded it, not the table's term
    return replace(actor, country=first[0] or actor.country, sector=first[1])
