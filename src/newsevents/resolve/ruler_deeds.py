"""A former ruler's deed told as done in office (docs/actors.md, "People and dates").

The tables code a person out of office on the article's date as a former official
(ELI).  A deed of state power (``ruler_deed_types``: an attack, an arrest, a troop
move, a sanction, a resignation) cannot be done by a former official, so one told of
a person whose last term has ended is told of that term: "Saddam Hussein gassed
Kurdish villages" in a 2018 article is IRQ GOV, and so is "the uprising forced
Saleh to step down".  Not when the event's date lies outside that term ("Talabani
fought the KDP in 1963", decades before his presidency), nor when the text itself
says "former" ("the former president ordered ..." stays as written)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from newsevents.knowledge.actors import load_sector_words, tokenize
from newsevents.knowledge.party_countries import load_party_country_words
from newsevents.records import Actor
from newsevents.resolve.actor_reading import PhraseReader
from newsevents.resolve.dates import EventDate
from newsevents.resolve.event_date_terms import OWN_DATE_SOURCES, PERIOD_PRECISIONS, event_period, person_entry

FORMER_SECTOR = "ELI"
GOVERNMENT_SECTOR = "GOV"


def as_ruler(
    reader: PhraseReader, party: Actor | None, event: str, when: EventDate, published: date | None
) -> Actor | None:
    """The party as the ruler it was, when it is a former office holder of the tables
    doing (or suffering) a deed of state power in his last term; else the party."""
    if party is None or party.name is None or party.sector != FORMER_SECTOR or published is None:
        return party
    if event not in load_party_country_words().ruler_deed_types:
        return party
    if any(word.lower() in load_sector_words().former for word in tokenize(party.text)):
        return party  # "the former president": the text's own word
    entry = person_entry(reader, party.name)
    if entry is None or entry.coding_at(published)[:2] != (party.country, party.sector):
        return party
    ended = [role for role in entry.roles if role.end is not None and role.end <= published]
    if not ended:
        return party
    last = max(ended, key=lambda role: role.end or published)
    if last.sector != GOVERNMENT_SECTOR or not _within(when, last.start, last.end):
        return party
    return replace(party, country=last.country or entry.country or party.country, sector=GOVERNMENT_SECTOR)


def _within(when: EventDate, start: date | None, end: date | None) -> bool:
    """Whether the event's date may lie in the term: no date but the article's, a
    period of the event's own words that overlaps it, or a paragraph's date not before
    it (one after it is mostly when the story is told: "said on Monday")."""
    if when.source == "publication" or when.precision not in PERIOD_PRECISIONS:
        return True
    period = event_period(replace(when, source="clause"))
    if period is None:
        return True
    first, last = period
    if start is not None and last < start:
        return False  # "in 1963 Talabani fought the KDP": long before his term
    return when.source not in OWN_DATE_SOURCES or end is None or first <= end
