"""Rules over the lexicon matches of one actor phrase: which match heads it,
which names its owner, which sector and kind it gives.  Pure functions of the
phrase's tokens and matches (no parser, no article memory)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from newsevents.knowledge.actors import Entry, PhraseWords
from newsevents.resolve.actor_lexicon import Lexeme


@dataclass
class Match:
    """A lexicon phrase found at tokens ``start:end`` of the actor phrase."""

    start: int
    end: int
    lexeme: Lexeme


def matches_any_actor(matches: Iterable[Match]) -> bool:
    return any(
        match.lexeme.sector or match.lexeme.entries or match.lexeme.countries or match.lexeme.title for match in matches
    )


def common_word_reading(lexeme: Lexeme) -> Lexeme | None:
    """A lower-case word is never a name: keep only its role-word meaning ("labour", not Labour Party)."""
    if not (lexeme.entries or lexeme.countries):
        return lexeme
    if lexeme.sector is None and not (lexeme.title or lexeme.former or lexeme.equipment or lexeme.non_actor):
        return None
    return replace(lexeme, entries=[], countries=[])


def drop_name_fragments(tokens: list[str], matches: list[Match], name_suffixes: frozenset[str]) -> list[Match]:
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
        acronym = single and bool(named) and tokens[match.start].isupper()
        acronym = acronym and all(entry.kind == "group" for entry in named)
        if name_only and (named or places) and not acronym:  # "Kurdish YPG militia": the YPG
            known_words = set().union(*(entry.words for entry in named)) if named else set()
            neighbours = capitalised_run(tokens, matched, match.start - 1, -1) + capitalised_run(
                tokens, matched, match.end, 1
            )
            if any(
                word.lower() not in known_words and len(word) > 1 and word not in name_suffixes for word in neighbours
            ):
                continue
        kept.append(match)
    return kept


def capitalised_run(tokens: list[str], matched: set[int], position: int, step: int) -> list[str]:
    run = []
    while 0 <= position < len(tokens) and position not in matched and tokens[position][:1].isupper():
        run.append(tokens[position])
        position += step
    return run


def only_a_place(lexeme: Lexeme) -> bool:
    return bool(lexeme.countries) and not lexeme.entries and all(form == "place" for _, form in lexeme.countries)


def noun_country(lexeme: Lexeme) -> tuple[str, str]:
    return next((country for country in lexeme.countries if country[1] != "adjective"), lexeme.countries[0])


def adjective_before(matches: list[Match], entity: Match) -> str | None:
    """The country named right before a group's name ("the Saudi National Guard", "US Pacific Fleet")."""
    for match in matches:
        if match.end == entity.start and match.lexeme.countries and not match.lexeme.entries:
            iso, form = match.lexeme.countries[0]
            if form in ("adjective", "name"):
                return iso
    return None


def followed_by(tokens: list[str], match: Match, words: frozenset[str]) -> bool:
    """Whether one of ``words`` comes right after the match ("Russian-made")."""
    return match.end < len(tokens) and tokens[match.end].lower() in words


def after(tokens: list[str], match: Match, words: frozenset[str], determiners: frozenset[str]) -> bool:
    """Whether the match follows one of ``words``, determiners skipped ("to the UK")."""
    position = match.start - 1
    while position >= 0 and tokens[position].lower() in determiners:
        position -= 1
    return position >= 0 and tokens[position].lower() in words


def long_title_case(token: str) -> bool:
    """British style writes acronyms of four letters or more in title case ("Nato", "Isis")."""
    return len(token) >= 4 and token[0].isupper() and token[1:].islower()


def agentive(word: str, phrase_words: PhraseWords) -> bool:
    """Whether an unknown noun looks like it names people ("hardliners", "interpreters", "loyalists")."""
    word = word.lower()
    if word.endswith(phrase_words.non_agentive_suffixes):
        return False
    return word.endswith(phrase_words.agentive_suffixes)


def is_entity(match: Match) -> bool:
    """Entries and country nouns can head a phrase; adjectives ("Turkish") only modify."""
    if match.lexeme.entries:
        return True
    return any(form != "adjective" for _, form in match.lexeme.countries)


def entity_heading(head: list[Match]) -> Match | None:
    entities = [match for match in head if is_entity(match)]
    return entities[-1] if entities else None


def first_entity(rest: list[Match], tokens: list[str], phrase_words: PhraseWords) -> Match | None:
    for match in rest:
        if is_entity(match) and not after(tokens, match, phrase_words.not_owner_after, phrase_words.determiners):
            return match
    return None


def pick_entry(entries: list[Entry], when: date | None) -> Entry:
    """Of entries sharing an alias, the one in office on the date, else the first."""
    for entry in entries:
        if entry.coding_at(when)[2]:
            return entry
    return entries[0]


# Sectors of armed men: a named armed group's own sector beats the generic word for
# its members ("fighters", "troops").
ARMED_SECTORS = frozenset({"MIL", "REB", "PRM", "UAF"})


def choose_sector(
    head: list[Match], rest: list[Match], entity_sector: str | None, in_office: bool, is_person: bool
) -> str | None:
    """The sector: "former" makes ELI; a known office on the date; the head's role word; the entity's own."""
    if any(match.lexeme.former for match in head):
        return "ELI"
    if in_office and entity_sector:
        return entity_sector
    own_head = [m.lexeme.sector for m in head if m.lexeme.sector and not m.lexeme.inheriting and not m.lexeme.entries]
    if own_head and entity_sector in ARMED_SECTORS and own_head[-1] in ARMED_SECTORS:
        return entity_sector  # "Peshmerga fighters" MIL, "Taliban soldiers" REB: the group says which
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


def trailing_name(tokens: list[str], matches: list[Match], head_end: int) -> list[str]:
    """Capitalised words at the end of the head that no table knows: a name ("... Nikol X", "DAAD")."""
    matched = {i for match in matches for i in range(match.start, match.end)}
    name: list[str] = []
    for position in range(head_end - 1, -1, -1):
        token = tokens[position]
        if position in matched or not token[:1].isupper() or token == "'s":
            break
        name.insert(0, token)
    return name


def phrase_kind(tokens: list[str], head: list[Match], head_end: int, unmatched_name: list[str]) -> str | None:
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
