"""The actor tables as one lexicon: normalised phrase -> :class:`Lexeme`.

Built from the knowledge of :mod:`newsevents.knowledge.actors` (countries,
role words, organisations, people, places of one country) and the user's
tables, so that resolving a phrase is a handful of dict look-ups.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from newsevents.knowledge.actor_tables import builtin_entries
from newsevents.knowledge.actors import (
    Entry,
    RoleWord,
    iso_country_names,
    load_country_table,
    load_sector_words,
    tokenize,
    word_forms,
)
from newsevents.knowledge.gazetteer import places_of_one_country

ACRONYM_MAX_LENGTH = 6  # all-capital aliases up to this length match only in capitals ("US", not "us")
PLACE_MIN_POPULATION = 150_000


def phrase_key(text: str) -> str:
    return " ".join(token.lower() for token in tokenize(text))


@dataclass
class Lexeme:
    """Everything one phrase can mean."""

    countries: list[tuple[str, str]] = field(default_factory=list)  # (ISO code, form)
    entries: list[Entry] = field(default_factory=list)
    sector: str | None = None
    inheriting: bool = False
    title: bool = False
    former: bool = False
    equipment: bool = False
    non_actor: bool = False

    def merged(self, other: Lexeme) -> Lexeme:
        return Lexeme(
            countries=self.countries + other.countries,
            entries=self.entries + other.entries,
            sector=self.sector or other.sector,
            inheriting=self.inheriting or other.inheriting,
            title=self.title or other.title,
            former=self.former or other.former,
            equipment=self.equipment or other.equipment,
            non_actor=self.non_actor or other.non_actor,
        )


@dataclass
class Lexicon:
    """Phrase -> meaning.  ``words`` is matched case-blind, ``acronyms`` exactly.

    Filled once when built (the built-in one is cached per process) and only read after.
    """

    words: dict[str, Lexeme] = field(default_factory=dict)
    acronyms: dict[str, Lexeme] = field(default_factory=dict)
    pronouns: dict[str, str] = field(default_factory=dict)  # "he" -> "person"
    quantifiers: set[str] = field(default_factory=set)  # "hundreds" (of protesters)
    common_surnames: set[str] = field(default_factory=set)  # never a one-word alias on their own
    irregular_plurals: set[str] = field(default_factory=set)  # "people": "it" never refers back to them
    longest: int = 1

    def slot(self, alias: str) -> Lexeme | None:
        """The lexeme an alias goes into (created on first use), or None for an empty alias."""
        tokens = tokenize(alias)
        if not tokens:
            return None
        self.longest = max(self.longest, len(tokens))
        if len(tokens) == 1 and tokens[0].isupper() and len(tokens[0]) <= ACRONYM_MAX_LENGTH and len(tokens[0]) > 1:
            return self.acronyms.setdefault(tokens[0], Lexeme())
        return self.words.setdefault(" ".join(t.lower() for t in tokens), Lexeme())

    def add_entry(self, entry: Entry, aliases: Iterable[str]) -> None:
        for alias in {entry.name, *aliases}:
            lexeme = self.slot(alias)
            if lexeme is not None and entry not in lexeme.entries:
                # user tables are added last and go first: the user's word wins
                lexeme.entries.insert(0, entry)

    def add_country(self, iso: str, alias: str, form: str) -> None:
        lexeme = self.slot(alias)
        if lexeme is not None and (iso, form) not in lexeme.countries:
            lexeme.countries.append((iso, form))

    def add_sector_word(self, word: str, sector: str | None) -> None:
        for form in word_forms(word):
            lexeme = self.slot(form)
            if lexeme is not None and lexeme.sector is None:
                lexeme.sector = sector

    def flag(self, word: str, attribute: str) -> None:
        for form in word_forms(word):
            lexeme = self.slot(form)
            if lexeme is not None:
                setattr(lexeme, attribute, True)


def add_country_names(lexicon: Lexicon) -> None:
    table = load_country_table()
    for iso, name in iso_country_names():
        if iso not in table.not_actors:
            lexicon.add_country(iso, name, "name")
    for iso, forms in table.countries.items():
        for form, aliases in (
            ("name", forms.names),
            ("adjective", forms.adjectives),
            ("capital", forms.capitals),
            ("metonym", forms.metonyms),
        ):
            for alias in aliases:
                lexicon.add_country(iso, alias, form)


def add_sector_words(lexicon: Lexicon) -> None:
    table = load_sector_words()
    # words as written win over plurals made from other words ("buddhists" BUD, not "buddhist"+s REL)
    for sector, words in table.sectors.items():
        for word in words:
            lexicon.add_sector_word(word, sector)
    for sector, words in table.sectors.items():
        for word in words:
            lexeme = lexicon.slot(word)
            if lexeme is not None:
                lexeme.sector = sector
    for attribute, flagged in (
        ("inheriting", table.inheriting),
        ("title", table.person_titles),
        ("former", table.former),
        ("equipment", table.equipment),
        ("non_actor", table.non_actors),
    ):
        for word in flagged:
            lexicon.flag(word, attribute)
    lexicon.quantifiers.update(table.quantifiers)
    for word in table.places:
        for form in word_forms(word):
            lexeme = lexicon.slot(form)
            if lexeme is not None and lexeme.sector is None:
                lexeme.sector, lexeme.inheriting = "CVL", True
    for word in table.equipment:
        for form in word_forms(word):
            lexeme = lexicon.slot(form)
            if lexeme is not None and lexeme.sector is None:
                lexeme.sector = "MIL"
    lexicon.common_surnames.update(name.lower() for name in table.common_surnames)
    lexicon.irregular_plurals.update(table.irregular_plurals)
    lexicon.pronouns.update(table.pronouns)


def add_places(lexicon: Lexicon) -> None:
    """Cities (population >= PLACE_MIN_POPULATION) and ISO 3166-2 subdivisions -> country.

    A place name found in more than one country, or one that already means
    something else here or is a common surname ("Jackson"), is left out: it would
    be a guess.
    """
    for name, iso in places_of_one_country(PLACE_MIN_POPULATION).items():
        key = phrase_key(name)
        if key and key not in lexicon.words and key not in lexicon.common_surnames:
            lexicon.add_country(iso, name, "place")


def surname_aliases(entries: Iterable[tuple[Entry, Iterable[str]]], common: set[str]) -> dict[str, list[Entry]]:
    """Last names of people ("Erdogan"), kept only where they name one country's people.

    The country that holds whatever the date: a surname shared by people of
    different countries is no alias, a surname of one person always is.
    """
    by_surname: dict[str, list[Entry]] = {}
    for entry, _ in entries:
        if entry.kind != "person":
            continue
        tokens = tokenize(entry.name)
        if len(tokens) >= 2 and len(tokens[-1]) > 3 and tokens[-1].lower() not in common:
            by_surname.setdefault(tokens[-1], []).append(entry)
    return {
        surname: people
        for surname, people in by_surname.items()
        if len({person.undated_coding()[0] for person in people}) == 1
    }


def state_words(lexicon: Lexicon) -> set[str]:
    """Words that name a country by its name, adjective, capital or metonym ("jordan",
    "turk", "montenegro"): no surname alias on their own, since "Jordan reopened its
    borders" is the kingdom; "Jim Jordan ... Jordan" still links inside an article."""
    return {key for key, lexeme in lexicon.words.items() if any(form != "place" for _, form in lexeme.countries)}


@lru_cache(maxsize=1)
def builtin_lexicon() -> Lexicon:
    """The lexicon of the built-in tables, built once per process and never changed after."""
    lexicon = Lexicon()
    add_sector_words(lexicon)
    add_country_names(lexicon)
    add_places(lexicon)
    builtin = list(builtin_entries())
    for surname, people in surname_aliases(builtin, lexicon.common_surnames | state_words(lexicon)).items():
        for person in people:
            lexicon.add_entry(person, [surname])
    for entry, aliases in builtin:
        lexicon.add_entry(entry, [alias for alias in aliases if alias.lower() not in lexicon.common_surnames])
    return lexicon


def user_lexicon(extra: Iterable[tuple[Entry, Iterable[str]]], extra_words: Iterable[RoleWord]) -> Lexicon:
    """The user's entries and role words, looked up before the built-in ones."""
    lexicon = Lexicon()
    for entry, aliases in extra:
        lexicon.add_entry(entry, aliases)
    for word, sector, inheriting in extra_words:
        lexeme = lexicon.slot(word)
        if lexeme is not None:
            lexeme.sector = sector
            lexeme.inheriting = lexeme.inheriting or inheriting
    return lexicon
