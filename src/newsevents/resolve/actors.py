"""Actor resolution: which country and sector an actor phrase names, said only when sure.

``ActorResolver`` is built once per run (it reads the tables once);
``resolver.for_article(published)`` gives an :class:`ArticleActors` that
remembers who is who inside one article ("Turkish President Recep Tayyip
Erdogan" ... "Erdogan" ... "he"); ``resolve(span)`` codes one phrase.  How a
phrase is read is documented in docs/actors.md.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Iterable, Sequence

from newsevents.records import Actor, Span
from newsevents.resolve.actor_dictionaries import read_extra_table
from newsevents.resolve.actor_tables import Entry, Lexeme, Lexicon, builtin_lexicon, normalize, tokenize, user_lexicon

# Prepositions and punctuation that end the head of a noun phrase ("president | of Estonia").
HEAD_ENDERS = frozenset(
    "of in at for from to , ; ( on with against who which that near after over under by about "
    "between among within inside outside into during".split()
)
# A country after these is a recipient or a place, not the actor's own ("ambassador to Poland").
NOT_OWNER_AFTER = frozenset("to against toward towards into with than versus vs on over".split())
# "a Russian-made system" names where it was made, not who holds it
PROVENANCE_BEFORE = frozenset("made built designed manufactured supplied produced developed".split())
DETERMINERS = frozenset("the a an this that these those some any all both".split())
AGENTIVE_SUFFIXES = (
    "er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants", "ent", "ents", "ee", "ees", "man", "men",
    "ite", "ites",
)
PRONOUN_WINDOW_SENTENCES = 2  # how many sentences back he/she look for a named person
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
    plural: bool = False  # "protesters" (they), not "the ministry" (it)


@dataclass
class Remembered:
    actor: Actor
    kind: str | None
    name_tokens: frozenset[str]
    plural: bool = False


class ActorResolver:
    """Resolves actor phrases to (country, sector, name); build once, use for many articles."""

    def __init__(self, extra_tables: Sequence[Path] = ()) -> None:
        entries: list[tuple[Entry, list[str]]] = []
        words: list[tuple[str, str | None, bool]] = []
        for path in extra_tables:
            table_entries, table_words = read_extra_table(Path(path))
            entries += table_entries
            words += table_words
        self.builtin: Lexicon = builtin_lexicon()
        self.user: Lexicon | None = user_lexicon(entries, words) if (entries or words) else None
        self.longest = max(self.builtin.longest, self.user.longest if self.user else 1)

    def for_article(self, published: date | None) -> ArticleActors:
        return ArticleActors(self, published or date.today())

    def resolve_phrase(self, text: str, context: str = "", when: date | None = None) -> Actor | None:
        """Code a stand-alone phrase.  ``context`` (words around it) may supply the country of a bare name."""
        reading = self.read(text, when or date.today())
        if reading is None:
            return None
        if reading.country is None and context and not reading.known and reading.name_tokens:
            reading.country = self._first_country(context)
        return Actor(text=text, country=reading.country, sector=reading.sector, name=reading.name)

    def _first_country(self, text: str) -> str | None:
        tokens = tokenize(text)
        for match in self.scan(tokens):
            if match.lexeme.countries and not _after(tokens, match, NOT_OWNER_AFTER):
                return match.lexeme.countries[0][0]
        return None

    def names_something(self, word: str) -> bool:
        """Whether a capitalised word is a name in the tables (a person, group, country or place)."""
        lexeme = self._lookup("words", word.lower())
        return lexeme is not None and bool(lexeme.entries or lexeme.countries)

    def pronoun_kind(self, text: str) -> str | None:
        tokens = [token.lower() for token in tokenize(text)]
        if len(tokens) == 1:
            return self.builtin.pronouns.get(tokens[0])
        return None

    def _lookup(self, table: str, key: str) -> Lexeme | None:
        builtin = getattr(self.builtin, table).get(key)
        user = getattr(self.user, table).get(key) if self.user is not None else None
        if user is None:
            return builtin
        return user if builtin is None else user.merged(builtin)

    # --- reading one phrase ------------------------------------------------

    def scan(self, tokens: list[str]) -> list[Match]:
        """Longest lexicon matches, left to right."""
        lowered = [token.lower() for token in tokens]
        shouting = all(not token.isalpha() or token.isupper() for token in tokens)
        matches: list[Match] = []
        position = 0
        while position < len(tokens):
            for length in range(min(self.longest, len(tokens) - position), 0, -1):
                key = " ".join(lowered[position : position + length])
                lexeme = self._lookup("words", key)
                if length == 1 and (tokens[position].isupper() or shouting or _long_title_case(tokens[position])):
                    acronym = self._lookup("acronyms", tokens[position].upper())
                    if acronym is not None:
                        lexeme = acronym if lexeme is None or not shouting else acronym.merged(lexeme)
                if lexeme is not None and not (shouting or tokens[position][:1].isupper() or tokens[position][:1].isdigit()):
                    lexeme = _common_word_reading(lexeme)
                if lexeme is not None:
                    matches.append(Match(position, position + length, lexeme))
                    position += length
                    break
            else:
                position += 1
        return _drop_name_fragments(tokens, matches)

    def read(self, text: str, when: date, proper: bool | None = None, person_name: bool = False) -> Reading | None:
        """The reading of a phrase, or None when it names no actor (a weapon, a thing, a time).

        ``proper`` says whether the phrase holds a proper noun (from the parser);
        without a parser capitalised words stand in for it.  ``person_name``: the
        parser says the phrase is a person's name, so a town in it is not a place
        ("Kennedy").
        """
        tokens = self._core_tokens(text)
        if not tokens:
            return None
        matches = self.scan(tokens)
        if person_name:
            matches = [match for match in matches if not _only_a_place(match.lexeme)]
        inside = {i for match in matches for i in range(match.start + 1, match.end)}
        head_end = next(
            (i for i, token in enumerate(tokens) if token.lower() in HEAD_ENDERS and i > 0 and i not in inside),
            len(tokens),
        )
        head = [match for match in matches if match.end <= head_end]
        rest = [match for match in matches if match.start >= head_end]
        owned = [match for match in matches
                 if not _after(tokens, match, NOT_OWNER_AFTER) and not _followed_by(tokens, match, PROVENANCE_BEFORE)]

        # "Russian and Turkish troops", "Turkish and US leaders": the first conjunct speaks
        conjunction = next(
            (i for i, token in enumerate(tokens[:head_end]) if token.lower() in ("and", "&") and i not in inside), None
        )
        first_conjunct = [match for match in head if conjunction is not None and match.end <= conjunction]
        if any(match.lexeme.countries or match.lexeme.entries for match in first_conjunct):
            head_entity = _head_entity(first_conjunct)
        else:
            head_entity = _head_entity(head)
        entity = head_entity or _first_entity(rest, tokens)
        if entity is not None and _followed_by(tokens, entity, PROVENANCE_BEFORE):
            entity = None
        country_mentions = [match for match in owned if match.lexeme.countries]
        if proper is None:
            proper = any(token[:1].isupper() for token in tokens if token.lower() not in DETERMINERS)

        unmatched_name = _trailing_name(tokens, matches, head_end)
        if not self._names_actor(tokens, head_end, head, entity, country_mentions, proper, unmatched_name):
            return None

        reading = Reading(name_tokens=tuple(unmatched_name))
        entity_sector = None
        in_office = False
        town_named = False
        if entity is not None and entity.lexeme.entries:
            chosen = _pick_entry(entity.lexeme.entries, when)
            reading.country, entity_sector, in_office = chosen.coding_at(when)
            reading.name = chosen.name
            reading.kind = chosen.kind
            reading.known = True
            reading.name_tokens = tuple(tokens[entity.start : entity.end])
            modifier = _adjective_before(matches, entity)
            if modifier is not None and chosen.kind == "group":
                reading.country = modifier  # "the Saudi National Guard": the adjective says whose
        elif entity is not None:
            iso, form = _noun_country(entity.lexeme)
            reading.country = iso
            reading.known = True
            if form in ("capital", "metonym") and entity is head_entity:
                entity_sector = "GOV"  # "Tehran said": the capital speaks for the government
            town_named = form == "place" and entity is head_entity
        if reading.country is None and country_mentions:
            reading.country = country_mentions[0].lexeme.countries[0][0]
            reading.known = True

        is_person = entity is not None and reading.kind == "person"
        reading.sector = _choose_sector(head, rest, entity_sector, in_office, is_person)
        if reading.sector is None and town_named:
            reading.sector = "CVL"  # "Mariupol": a town stands for the people in it
        if reading.kind is None:
            reading.kind = _kind(tokens, head, head_end, unmatched_name)
        if head_entity is None or head_entity.end != head_end:
            last_word = tokens[head_end - 1].lower()
            reading.plural = last_word in self.builtin.irregular_plurals or (
                last_word.endswith("s") and not last_word.endswith("ss")
            )
        if reading.name is None and unmatched_name:
            reading.name = " ".join(unmatched_name)
        return reading

    def _core_tokens(self, text: str) -> list[str]:
        """The phrase's words without leading determiners and counts ("hundreds of the ...")."""
        tokens = tokenize(text)
        while True:
            while tokens and tokens[0].lower() in DETERMINERS:
                tokens = tokens[1:]
            counted = tokens[:1] and (tokens[0].lower() in self.builtin.quantifiers or tokens[0].isdigit())
            if counted and len(tokens) > 2 and tokens[1].lower() == "of":
                tokens = tokens[2:]
            else:
                return tokens

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
        elif not head and head_end < len(tokens) and not any(t[:1].isupper() for t in tokens[:head_end]):
            return False  # "the use of the Russian system": an unknown common noun heads it
        elif tokens[head_end - 1].islower() and not _agentive(head_word) and not any(m.lexeme.sector for m in head):
            return False  # "the US drawdown", "Syrian war crimes": a thing named after someone
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


def _common_word_reading(lexeme: Lexeme) -> Lexeme | None:
    """A lower-case word is never a name: keep only its role-word meaning ("labour", not Labour Party)."""
    if not (lexeme.entries or lexeme.countries):
        return lexeme
    if lexeme.sector is None and not (lexeme.title or lexeme.former or lexeme.equipment or lexeme.non_actor):
        return None
    return replace(lexeme, entries=[], countries=[])


def _drop_name_fragments(tokens: list[str], matches: list[Match]) -> list[Match]:
    """Forget a person's name, or a one-word name or place, inside a longer name no table knows.

    "Khan" in "Jam Kamal Khan" is not Imran Khan, "Jackson" in "Jesse Jackson"
    not the city: a capitalised neighbour that is not part of the known name
    (nor an initial) shows the phrase names someone else.
    """
    matched = {i for match in matches for i in range(match.start, match.end)}
    kept = []
    for match in matches:
        lexeme = match.lexeme
        name_only = lexeme.sector is None and not lexeme.title
        single = match.end - match.start == 1
        named = [entry for entry in lexeme.entries if single or entry.kind == "person"]
        places = [form for _, form in lexeme.countries if single and form in ("place", "name", "capital")]
        if name_only and (named or places):
            known_words = set().union(*(entry.words for entry in named)) if named else set()
            neighbours = _capitalised_run(tokens, matched, match.start - 1, -1) + _capitalised_run(tokens, matched, match.end, 1)
            if any(word.lower() not in known_words and len(word) > 1 and word not in ("Jr", "Sr") for word in neighbours):
                continue
        kept.append(match)
    return kept


def _capitalised_run(tokens: list[str], matched: set[int], position: int, step: int) -> list[str]:
    run = []
    while 0 <= position < len(tokens) and position not in matched and tokens[position][:1].isupper():
        run.append(tokens[position])
        position += step
    return run


def _only_a_place(lexeme: Lexeme) -> bool:
    return bool(lexeme.countries) and not lexeme.entries and all(form == "place" for _, form in lexeme.countries)


def _noun_country(lexeme: Lexeme) -> tuple[str, str]:
    return next((country for country in lexeme.countries if country[1] != "adjective"), lexeme.countries[0])


def _adjective_before(matches: list[Match], entity: Match) -> str | None:
    """The country named right before a group's name ("the Saudi National Guard", "US Pacific Fleet")."""
    for match in matches:
        if match.end == entity.start and match.lexeme.countries and not match.lexeme.entries:
            iso, form = match.lexeme.countries[0]
            if form in ("adjective", "name"):
                return iso
    return None


def _followed_by(tokens: list[str], match: Match, words: frozenset[str]) -> bool:
    """Whether one of ``words`` comes right after the match ("Russian-made")."""
    return match.end < len(tokens) and tokens[match.end].lower() in words


def _after(tokens: list[str], match: Match, words: frozenset[str]) -> bool:
    """Whether the match follows one of ``words``, determiners skipped ("to the UK")."""
    position = match.start - 1
    while position >= 0 and tokens[position].lower() in DETERMINERS:
        position -= 1
    return position >= 0 and tokens[position].lower() in words


def _long_title_case(token: str) -> bool:
    """British style writes acronyms of four letters or more in title case ("Nato", "Isis")."""
    return len(token) >= 4 and token[0].isupper() and token[1:].islower()


def _agentive(word: str) -> bool:
    """Whether an unknown noun looks like it names people ("hardliners", "interpreters", "loyalists")."""
    word = word.lower()
    if word.endswith(("ment", "ments", "plant", "plants")):
        return False
    return word.endswith(AGENTIVE_SUFFIXES)


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


def _choose_sector(
    head: list[Match], rest: list[Match], entity_sector: str | None, in_office: bool, is_person: bool
) -> str | None:
    """The sector: "former" makes ELI; a known office on the date; the head's role word; the entity's own."""
    if any(match.lexeme.former for match in head):
        return "ELI"
    if in_office and entity_sector:
        return entity_sector
    own_head = [m.lexeme.sector for m in head if m.lexeme.sector and not m.lexeme.inheriting and not m.lexeme.entries]
    if own_head:
        return own_head[-1]
    own_rest = [m.lexeme.sector for m in rest if m.lexeme.sector and not m.lexeme.inheriting and not m.lexeme.entries]
    if is_person and own_rest:
        return own_rest[0]  # "X, Taiwan's deputy foreign minister": the text's title is newer than the table
    if entity_sector:
        return entity_sector
    if own_rest:
        return own_rest[0]
    inherited_head = [m.lexeme.sector for m in head if m.lexeme.sector and m.lexeme.inheriting]
    if inherited_head:
        return inherited_head[-1]  # the head noun's: "camp officials" are officials
    inherited_rest = [m.lexeme.sector for m in rest if m.lexeme.sector and m.lexeme.inheriting]
    return inherited_rest[0] if inherited_rest else None


def _trailing_name(tokens: list[str], matches: list[Match], head_end: int) -> list[str]:
    """Capitalised words at the end of the head that no table knows: a name ("... Nikol X", "DAAD")."""
    matched = {i for match in matches for i in range(match.start, match.end)}
    name: list[str] = []
    for position in range(head_end - 1, -1, -1):
        token = tokens[position]
        if position in matched or not token[:1].isupper() or token == "'s":
            break
        name.insert(0, token)
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
            antecedent = (self._person_in_text_before(span) if pronoun == "person" else None) or self._antecedent(pronoun)
            if antecedent is None:
                return Actor(text=text, span=location)
            return replace(antecedent, text=text, span=location)
        reading = self.resolver.read(
            self._uncapitalised_start(span), self.when, proper=_has_proper_noun(span), person_name=_is_person_name(span)
        )
        if reading is None:
            return None
        earlier = self._same_name(reading)
        if earlier is not None:
            return replace(earlier.actor, text=text, span=location)
        actor = Actor(text=text, span=location, country=reading.country, sector=reading.sector, name=reading.name)
        if reading.kind is None and _is_person_entity(span):
            reading.kind = "person"
        self.remembered.append(
            Remembered(
                actor=actor,
                kind=reading.kind,
                name_tokens=frozenset(t.lower() for t in reading.name_tokens),
                plural=reading.plural,
            )
        )
        return replace(actor)  # the caller may change its copy; the memory keeps the original

    def _uncapitalised_start(self, span) -> str:
        """The span's text, its first letter lowered when only the sentence start capitalised it ("Courts").

        Not for words the tables know as names ("Lula"), whatever the tagger says.
        """
        text = span.text
        try:
            first = span[0]
            capitalised_word = first.is_sent_start and text[:1].isupper() and text[1:2].islower()
            if not capitalised_word or first.pos_ == "PROPN" or first.ent_type_:
                return text
        except (TypeError, IndexError, AttributeError):
            return text
        if self.resolver.names_something(first.text):
            return text
        return text[0].lower() + text[1:]

    def _person_in_text_before(self, span) -> Actor | None:
        """For he/she/his: the named person just before it in the text, a grammatical subject first.

        Looks at the pronoun's sentence and the two before it, so the answer
        does not depend on the order in which the pipeline asks.
        """
        doc = getattr(span, "doc", None)
        if doc is None or not doc.has_annotation("SENT_START"):
            return None
        window_start = span.start
        for _ in range(PRONOUN_WINDOW_SENTENCES + 1):
            window_start = _sentence_start(doc, window_start - 1) if window_start > 0 else 0
        candidates = list(doc[window_start : span.start].ents)
        candidates.sort(key=lambda entity: (entity.root.dep_ in ("nsubj", "nsubjpass"), entity.start), reverse=True)
        for entity in candidates:
            person = self._known_person(entity.text)
            if person is not None:
                return person
        return None

    def _known_person(self, text: str) -> Actor | None:
        reading = self.resolver.read(text, self.when)
        if reading is None:
            return None
        earlier = self._same_name(reading)
        if earlier is not None:
            return earlier.actor
        if reading.kind == "person" and reading.known:
            return Actor(text=text, country=reading.country, sector=reading.sector, name=reading.name)
        return None

    def _same_name(self, reading: Reading) -> Remembered | None:
        """An earlier mention whose name contains this one's ("Erdogan" in "Recep Tayyip Erdogan")."""
        if not reading.name_tokens or (reading.country is not None and reading.kind != "person"):
            return None
        tokens = {token.lower() for token in reading.name_tokens}
        for earlier in reversed(self.remembered):
            # an earlier "Diane Abbott" the tables do not know beats the table's Tony Abbott
            if earlier.kind == "person" and tokens <= earlier.name_tokens:
                return earlier
        return None

    def _antecedent(self, pronoun_kind: str) -> Actor | None:
        """The most recently resolved compatible actor: a person for he/she, a group for they/it."""
        wanted = "person" if pronoun_kind == "person" else "group"
        for earlier in reversed(self.remembered):
            if earlier.kind == wanted and not (pronoun_kind == "thing" and earlier.plural):
                return earlier.actor
        return None


def _sentence_start(doc, position: int) -> int:
    """The first token of the sentence holding ``position`` (cheaper than ``token.sent``)."""
    while position > 0 and not doc[position].is_sent_start:
        position -= 1
    return max(position, 0)


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


def _is_person_name(span) -> bool:
    """Whether the parser tags every word of the span as part of a person's name."""
    try:
        return len(span) > 0 and all(token.ent_type_ == "PERSON" for token in span)
    except TypeError:
        return False


def _is_person_entity(span) -> bool:
    try:
        return any(token.ent_type_ == "PERSON" for token in span)
    except TypeError:
        return False
