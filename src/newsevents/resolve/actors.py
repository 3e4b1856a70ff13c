"""Actor resolution: which country and sector an actor phrase names, said only when sure.

``ActorResolver`` is built once per run (it reads the tables once);
``resolver.for_article(published)`` gives an :class:`ArticleActors` that
remembers who is who inside one article ("Turkish President Recep Tayyip
Erdogan" ... "Erdogan" ... "he"); ``resolve(span)`` codes one phrase.  How a
phrase is read is documented in docs/actors.md.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Iterable, Sequence

from newsevents.records import Actor, Span
from newsevents.resolve.actor_dictionaries import read_extra_table
from newsevents.resolve.actor_tables import Entry, Lexeme, Lexicon, build_lexicon, normalize, tokenize

# Prepositions and punctuation that end the head of a noun phrase ("president | of Estonia").
HEAD_ENDERS = frozenset(
    "of in at for from to , ; ( on with against who which that near after over under by about "
    "between among within inside outside into during".split()
)
# A country after these is a recipient or a place, not the actor's own ("ambassador to Poland").
NOT_OWNER_AFTER = frozenset("to against toward towards into with than versus vs on over".split())
DETERMINERS = frozenset("the a an this that these those some any all both".split())
MODEL_CODE = re.compile(r"\b[A-Z][A-Za-z]{0,3}[- ]?\d{1,4}[A-Za-z]?s?\b")  # S-400, F-35s, MiG-29


@dataclass
class Match:
    """A lexicon phrase found at tokens ``start:end`` of the actor phrase."""

    start: int
    end: int
    lexeme: Lexeme


@dataclass
class Reading:
    """What a phrase says about its actor, before the article memory is consulted."""

    country: str | None = None
    sector: str | None = None
    name: str | None = None
    kind: str | None = None  # "person", "group", or None when the phrase does not tell
    name_tokens: tuple[str, ...] = ()  # the proper name in the phrase, for later mentions
    known: bool = False  # a table entry or a country named it


@dataclass
class Remembered:
    actor: Actor
    kind: str | None
    name_tokens: frozenset[str]


class ActorResolver:
    """Resolves actor phrases to (country, sector, name); build once, use for many articles."""

    def __init__(self, extra_tables: Sequence[Path] = ()) -> None:
        entries: list[tuple[Entry, list[str]]] = []
        words: list[tuple[str, str | None, bool]] = []
        for path in extra_tables:
            table_entries, table_words = read_extra_table(Path(path))
            entries += table_entries
            words += table_words
        self.lexicon: Lexicon = build_lexicon(entries, words)

    def for_article(self, published: date | None) -> ArticleActors:
        return ArticleActors(self, published or date.today())

    def resolve_phrase(self, text: str, context: str = "", when: date | None = None) -> Actor | None:
        """Code a stand-alone phrase.  ``context`` (words around it) may supply the country of a bare name."""
        reading = self.read(text, when or date.today())
        if reading is None:
            return None
        if reading.country is None and context and not reading.known and reading.name_tokens:
            context_reading = self.read(context, when or date.today())
            if context_reading is not None:
                reading.country = context_reading.country
        return Actor(text=text, country=reading.country, sector=reading.sector, name=reading.name)

    def pronoun_kind(self, text: str) -> str | None:
        tokens = [token.lower() for token in tokenize(text)]
        if len(tokens) == 1:
            return self.lexicon.pronouns.get(tokens[0])
        return None

    # --- reading one phrase ------------------------------------------------

    def scan(self, tokens: list[str]) -> list[Match]:
        """Longest lexicon matches, left to right."""
        lexicon = self.lexicon
        lowered = [token.lower() for token in tokens]
        shouting = all(not token.isalpha() or token.isupper() for token in tokens)
        matches: list[Match] = []
        position = 0
        while position < len(tokens):
            for length in range(min(lexicon.longest, len(tokens) - position), 0, -1):
                key = " ".join(lowered[position : position + length])
                lexeme = lexicon.words.get(key)
                if length == 1 and (tokens[position].isupper() or shouting):
                    acronym = lexicon.acronyms.get(tokens[position].upper())
                    if acronym is not None:
                        lexeme = acronym if lexeme is None or not shouting else acronym.merged(lexeme)
                if lexeme is not None:
                    matches.append(Match(position, position + length, lexeme))
                    position += length
                    break
            else:
                position += 1
        return matches

    def read(self, text: str, when: date, proper: bool | None = None) -> Reading | None:
        """The reading of a phrase, or None when it names no actor (a weapon, a thing, a time).

        ``proper`` says whether the phrase holds a proper noun (from the parser);
        without a parser capitalised words stand in for it.
        """
        tokens = [token for token in tokenize(text)]
        while tokens and tokens[0].lower() in DETERMINERS:
            tokens = tokens[1:]
        if not tokens:
            return None
        matches = self.scan(tokens)
        head_end = next((i for i, token in enumerate(tokens) if token.lower() in HEAD_ENDERS and i > 0), len(tokens))
        head = [match for match in matches if match.end <= head_end]
        rest = [match for match in matches if match.start >= head_end]
        owned = [match for match in matches if not _after(tokens, match, NOT_OWNER_AFTER)]

        entity = _head_entity(head) or _first_entity(rest, tokens)
        country_mentions = [match for match in owned if match.lexeme.countries]
        if proper is None:
            proper = any(token[:1].isupper() for token in tokens if token.lower() not in DETERMINERS)

        unmatched_name = _trailing_name(tokens, matches, head_end)
        if not self._names_actor(tokens, head_end, head, entity, country_mentions, proper, unmatched_name):
            return None

        reading = Reading(name_tokens=tuple(unmatched_name))
        entity_sector = None
        in_office = False
        if entity is not None and entity.lexeme.entries:
            chosen = _pick_entry(entity.lexeme.entries, when)
            reading.country, entity_sector, in_office = chosen.coding_at(when)
            reading.name = chosen.name
            reading.kind = chosen.kind
            reading.known = True
            reading.name_tokens = tuple(tokens[entity.start : entity.end])
        elif entity is not None:
            iso, form = entity.lexeme.countries[0]
            reading.country = iso
            reading.known = True
            if form in ("capital", "metonym"):
                entity_sector = "GOV"
        if reading.country is None and country_mentions:
            reading.country = country_mentions[0].lexeme.countries[0][0]
            reading.known = True

        reading.sector = _choose_sector(head, rest, entity_sector, in_office)
        if reading.kind is None:
            reading.kind = _kind(tokens, head, head_end, unmatched_name)
        if reading.name is None and unmatched_name:
            reading.name = " ".join(unmatched_name)
        return reading

    def _names_actor(
        self,
        tokens: list[str],
        head_end: int,
        head: list[Match],
        entity: Match | None,
        country_mentions: list[Match],
        proper: bool,
        unmatched_name: list[str],
    ) -> bool:
        owner = entity is not None or bool(country_mentions)
        head_word = tokens[head_end - 1].lower()
        last_head = head[-1] if head else None
        if last_head is not None and last_head.end == head_end:
            lexeme = last_head.lexeme
            if lexeme.non_actor and lexeme.sector is None and not lexeme.entries and not lexeme.countries:
                return False
            if lexeme.equipment and not owner:
                return False
        elif head_word in DETERMINERS:
            return False
        if MODEL_CODE.search(normalize(" ".join(tokens[:head_end]))) and not owner:
            return False
        if matches_any_actor(head) or owner or unmatched_name:
            return True
        return proper


def matches_any_actor(matches: Iterable[Match]) -> bool:
    return any(
        match.lexeme.sector or match.lexeme.entries or match.lexeme.countries or match.lexeme.title
        for match in matches
    )


def _after(tokens: list[str], match: Match, words: frozenset[str]) -> bool:
    return match.start > 0 and tokens[match.start - 1].lower() in words


def _is_entity(match: Match) -> bool:
    """Entries and country nouns can head a phrase; adjectives ("Turkish") only modify."""
    if match.lexeme.entries:
        return True
    return any(form != "adjective" for _, form in match.lexeme.countries)


def _head_entity(head: list[Match]) -> Match | None:
    entities = [match for match in head if _is_entity(match)]
    return entities[-1] if entities else None


def _first_entity(rest: list[Match], tokens: list[str]) -> Match | None:
    for match in rest:
        if _is_entity(match) and not _after(tokens, match, NOT_OWNER_AFTER):
            return match
    return None


def _pick_entry(entries: list[Entry], when: date) -> Entry:
    """Of entries sharing an alias, the one in office on the date, else the first."""
    for entry in entries:
        if entry.coding_at(when)[2]:
            return entry
    return entries[0]


def _choose_sector(head: list[Match], rest: list[Match], entity_sector: str | None, in_office: bool) -> str | None:
    if any(match.lexeme.former for match in head):
        return "ELI"
    if in_office and entity_sector:
        return entity_sector
    own_head = [m.lexeme.sector for m in head if m.lexeme.sector and not m.lexeme.inheriting and not m.lexeme.entries]
    if own_head:
        return own_head[-1]
    if entity_sector:
        return entity_sector
    own_rest = [m.lexeme.sector for m in rest if m.lexeme.sector and not m.lexeme.inheriting and not m.lexeme.entries]
    if own_rest:
        return own_rest[0]
    inherited = [m.lexeme.sector for m in head + rest if m.lexeme.sector and m.lexeme.inheriting]
    return inherited[0] if inherited else None


def _trailing_name(tokens: list[str], matches: list[Match], head_end: int) -> list[str]:
    """Capitalised words at the end of the head that no table knows: a name ("... Nikol X")."""
    matched = {i for match in matches for i in range(match.start, match.end)}
    name: list[str] = []
    for position in range(head_end - 1, -1, -1):
        token = tokens[position]
        if position in matched or not token[:1].isupper() or token == "'s":
            break
        name.insert(0, token)
    if name and len(name) == head_end and all(token.isupper() for token in name):
        return name  # an unknown acronym ("DAAD") is a name too
    return name


def _kind(tokens: list[str], head: list[Match], head_end: int, unmatched_name: list[str]) -> str | None:
    if unmatched_name and any(match.lexeme.title for match in head):
        return "person"
    last = head[-1] if head else None
    if last is not None and last.end == head_end:
        word = tokens[head_end - 1].lower()
        if last.lexeme.title and not word.endswith("s"):
            return "person"
        if last.lexeme.sector or last.lexeme.countries or last.lexeme.entries:
            return "group"
    if unmatched_name and 2 <= len(unmatched_name) <= 4:
        return "person"
    return None


class ArticleActors:
    """Actor resolution inside one article: remembers who has been named, for names and pronouns."""

    def __init__(self, resolver: ActorResolver, when: date) -> None:
        self.resolver = resolver
        self.when = when
        self.remembered: list[Remembered] = []

    def resolve(self, span) -> Actor | None:
        """Code a spaCy span (or anything with ``.text``); None when it names no actor."""
        text = span.text
        location = _sentence_span(span)
        pronoun = self.resolver.pronoun_kind(text)
        if pronoun is not None:
            antecedent = self._antecedent(pronoun)
            if antecedent is None:
                return Actor(text=text, span=location)
            return replace(antecedent.actor, text=text, span=location)
        reading = self.resolver.read(text, self.when, proper=_has_proper_noun(span))
        if reading is None:
            return None
        earlier = self._same_name(reading)
        if earlier is not None:
            return replace(earlier.actor, text=text, span=location)
        actor = Actor(text=text, span=location, country=reading.country, sector=reading.sector, name=reading.name)
        if reading.kind is None and _is_person_entity(span):
            reading.kind = "person"
        self.remembered.append(
            Remembered(actor=actor, kind=reading.kind, name_tokens=frozenset(t.lower() for t in reading.name_tokens))
        )
        return actor

    def _same_name(self, reading: Reading) -> Remembered | None:
        """An earlier mention whose name contains this one's ("Erdogan" in "Recep Tayyip Erdogan")."""
        if not reading.name_tokens or (reading.country is not None and reading.kind != "person"):
            return None
        tokens = {token.lower() for token in reading.name_tokens}
        for earlier in reversed(self.remembered):
            if earlier.kind == "person" and tokens <= earlier.name_tokens and earlier.actor.country is not None:
                return earlier
        return None

    def _antecedent(self, pronoun_kind: str) -> Remembered | None:
        for earlier in reversed(self.remembered):
            if pronoun_kind == "person" and earlier.kind == "person":
                return earlier
            if pronoun_kind in ("group", "thing") and earlier.kind == "group":
                return earlier
        return None


def _sentence_span(span) -> Span | None:
    try:
        offset = span.sent.start_char
        return Span(start=span.start_char - offset, end=span.end_char - offset, text=span.text)
    except (AttributeError, ValueError):
        return None


def _has_proper_noun(span) -> bool | None:
    try:
        return any(token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for token in span)
    except TypeError:
        return None


def _is_person_entity(span) -> bool:
    try:
        return any(entity.label_ == "PERSON" for entity in span.ents)
    except AttributeError:
        return False
