"""Actor knowledge: the types of actor tables and the built-in tables of ``data/actors/``.

``countries.yaml`` (on top of pycountry's ISO names), ``sectors.yaml`` (role
words), ``phrase_words.yaml`` (the words that shape an actor phrase),
``organizations.csv`` and ``people.csv`` (named actors, people with the dates of
their terms).  The readers of table files, the built-in ones and the user's,
are in :mod:`newsevents.knowledge.actor_tables`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from types import MappingProxyType
from typing import Any

import pycountry

from newsevents.knowledge.files import read_data_yaml

TOKEN = re.compile(r"[A-Za-z0-9]+|'s\b|[,;:()&]")
DOTTED_ACRONYM = re.compile(r"\b(?:[A-Za-z]\.){2,}")
# Letters that Unicode does not decompose into a base letter and an accent: the Turkish
# dotless i ("Yıldırım" is the tables' "Yildirim"), the Polish l, the Nordic o (hc2).
UNDECOMPOSED_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss"})
# Sector codes a user table may use beyond the role-word sectors of sectors.yaml.
EXTRA_SECTORS = frozenset({"UNK", "SOC", "JRN"})


class ActorTableError(ValueError):
    """An actor table the user gave cannot be read; the message names file and line."""


def normalize(text: str) -> str:
    """Fold accents, curly quotes and dotted acronyms ("U.S." -> "US") so tables and text meet."""
    text = DOTTED_ACRONYM.sub(lambda match: match.group(0).replace(".", ""), text)
    if text.isascii():
        return text
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'").translate(UNDECOMPOSED_LETTERS)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def tokenize(text: str) -> list[str]:
    """Words of a phrase, hyphens and dots dropped, the possessive "'s" kept as its own token."""
    return list(_tokens(text))


@lru_cache(maxsize=16_384)  # the resolvers split the same phrases many times an article
def _tokens(text: str) -> tuple[str, ...]:
    return tuple(TOKEN.findall(normalize(text)))


def plural(word: str) -> str:
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in set("aeiou"):
        return word[:-1] + "ies"
    if word.endswith("arch"):  # monarchs, oligarchs, patriarchs
        return word + "s"
    if word.endswith(("s", "sh", "ch", "x", "z")):
        return word + "es"
    return word + "s"


def word_forms(phrase: str) -> tuple[str, ...]:
    """A lexicon phrase and its plural (the last word pluralised)."""
    head, _, last = phrase.rpartition(" ")
    return (phrase, f"{head} {plural(last)}".strip())


@dataclass(frozen=True)
class Role:
    """A coding that holds between two dates (an office, a party leadership, ...)."""

    country: str | None
    sector: str | None
    start: date | None = None
    end: date | None = None

    def covers(self, when: date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


@dataclass(frozen=True)
class Entry:
    """A named actor: a person or a group (organisation, institution, armed group...)."""

    name: str
    kind: str  # "person" or "group"
    country: str | None = None  # who they are outside any dated role
    sector: str | None = None
    roles: tuple[Role, ...] = ()
    words: frozenset[str] = frozenset()  # lower-case words of its name and aliases

    def coding_at(self, when: date | None) -> tuple[str | None, str | None, bool]:
        """(country, sector, in_office) on a date.

        A role that covers the date decides (the first one listed wins); otherwise
        the undated coding (a party leader's PTY), and failing that a person past
        their last office is ELI (former officials).  Without a date no term is
        picked by the clock: see :meth:`undated_coding`.
        """
        if when is None:
            return self.undated_coding()
        for role in self.roles:
            if role.covers(when):
                return role.country or self.country, role.sector, True
        if self.kind == "person" and self.sector is None:
            past = [role for role in self.roles if role.end is not None and role.end < when]
            if past:
                latest = max(past, key=lambda role: role.end or when)
                return self.country or latest.country, "ELI", False
            if self.country is None and self.roles:
                return self.roles[0].country, self.sector, False
        return self.country, self.sector, False

    def undated_coding(self) -> tuple[str | None, str | None, bool]:
        """The coding when the date is unknown: what holds whatever the date.

        The terms decide only when every term gives the same country and
        sector, one of them is still open in the table (with only ended terms
        the person may be ELI or in office, depending on the date) and no
        undated sector competes with them.  Otherwise the undated coding, with
        the country all terms share when the entry has none of its own.  Never
        ELI, never in office: both need a date.
        """
        codings = {(role.country or self.country, role.sector) for role in self.roles}
        still_open = any(role.end is None for role in self.roles)
        if len(codings) == 1 and still_open and self.sector is None:
            country, sector = next(iter(codings))
            return country, sector, False
        countries = {country for country, _ in codings}
        shared = next(iter(countries)) if len(countries) == 1 else None
        return self.country or shared, self.sector, False


def make_entry(
    name: str,
    kind: str,
    aliases: Iterable[str] = (),
    country: str | None = None,
    sector: str | None = None,
    roles: Iterable[Role] = (),
) -> Entry:
    words = frozenset(token.lower() for alias in (name, *aliases) for token in tokenize(alias))
    return Entry(name, kind, country, sector, tuple(roles), words)


TableEntry = tuple[Entry, tuple[str, ...]]  # an entry and its aliases
RoleWord = tuple[str, "str | None", bool]  # a user's role word, its sector, whether it inherits


@dataclass(frozen=True)
class CountryForms:
    names: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()  # adjectives and demonyms
    capitals: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()  # buildings and seats that stand for the government


@dataclass(frozen=True)
class CountryTable:
    countries: Mapping[str, CountryForms]  # alpha-3 -> forms, in the file's order
    not_actors: frozenset[str]  # ISO entries that name no one who acts


@lru_cache(maxsize=1)
def load_country_table() -> CountryTable:
    raw = read_data_yaml("actors", "countries.yaml") or {}
    countries = {
        code: CountryForms(**{form: tuple(words or ()) for form, words in forms.items()})
        for code, forms in raw.items()
        if isinstance(forms, dict)
    }
    return CountryTable(MappingProxyType(countries), frozenset(raw.get("not_actors", ())))


@lru_cache(maxsize=1)
def iso_country_names() -> tuple[tuple[str, str], ...]:
    """(alpha-3, name) for pycountry's names as news write them: not "Korea, Republic of"."""
    names = []
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            name = getattr(country, attribute, None)
            if name and "," not in name and "(" not in name:
                names.append((country.alpha_3, name))
    return tuple(names)


@dataclass(frozen=True)
class SectorWords:
    """``sectors.yaml``: role words by sector, and the word classes of actor phrases."""

    sectors: Mapping[str, tuple[str, ...]]  # sector -> role words
    inheriting: tuple[str, ...]  # words that take the sector of what they belong to
    person_titles: tuple[str, ...]
    former: tuple[str, ...]
    equipment: tuple[str, ...]
    non_actors: tuple[str, ...]
    quantifiers: tuple[str, ...]
    places: tuple[str, ...]  # place nouns: their people are civilians
    common_surnames: tuple[str, ...]
    irregular_plurals: tuple[str, ...]
    people_sectors: tuple[str, ...]  # people at large: "residents ... they" are the residents
    context_country_sectors: tuple[str, ...]  # unnamed actors of these take the article's country
    foreign_role_words: tuple[str, ...]  # "counterpart": someone else's, never the article's country
    kin_nouns: tuple[str, ...]  # "Begum's family": of the named person's country
    peoples_without_state: tuple[str, ...]  # "Kurdish militias": armed men of a known people, placed
    pronouns: Mapping[str, str]  # "he" -> "person"
    national_offices: Mapping[str, tuple[str, ...]]  # "home secretary" -> the countries that have one
    office_titles: tuple[str, ...]  # offices of state a bare "the prime minister" names the holder of
    country_titles: Mapping[str, tuple[str, str]]  # "lord" -> (GBR, LEG): the country and sector it gives


@lru_cache(maxsize=1)
def load_sector_words() -> SectorWords:
    raw = read_data_yaml("actors", "sectors.yaml")
    pronouns = {word: kind for kind, words in raw.pop("pronouns").items() for word in words}
    sectors = {sector: tuple(words) for sector, words in raw.pop("sectors").items()}
    offices = {office: tuple(countries) for office, countries in raw.pop("national_offices").items()}
    titled = {title: (coding[0], coding[1]) for title, coding in raw.pop("country_titles").items()}
    return SectorWords(
        sectors=MappingProxyType(sectors),
        pronouns=MappingProxyType(pronouns),
        national_offices=MappingProxyType(offices),
        country_titles=MappingProxyType(titled),
        **{key: tuple(words) for key, words in raw.items()},
    )


def known_sectors() -> frozenset[str]:
    """The sector codes a table may give."""
    return frozenset(load_sector_words().sectors) | EXTRA_SECTORS


@dataclass(frozen=True)
class PhraseWords:
    head_enders: frozenset[str]
    not_owner_after: frozenset[str]
    provenance_before: frozenset[str]
    determiners: frozenset[str]
    conjunctions: frozenset[str]
    agentive_suffixes: tuple[str, ...]
    non_agentive_suffixes: tuple[str, ...]
    name_suffixes: frozenset[str]
    count_bounds: frozenset[str]
    opposed_after: frozenset[str]  # "anti-Assad": the side fought (resolve/armed_sides.py)
    supporter_before: frozenset[str]  # "pro-Assad": the side supported (resolve/armed_sides.py)
    state_force_words: frozenset[str]
    group_member_nouns: frozenset[str]


@lru_cache(maxsize=1)
def load_phrase_words() -> PhraseWords:
    raw = read_data_yaml("actors", "phrase_words.yaml")
    # endings are tried in order by str.endswith; the other lists are sets
    fields: dict[str, Any] = {
        key: tuple(words) if key.endswith("suffixes") and key != "name_suffixes" else frozenset(words)
        for key, words in raw.items()
    }
    return PhraseWords(**fields)
