"""Ranking the places a name may be: population, the kind of place asked for, and
what the article says about itself (the countries and areas it names, its dateline).

A place said to lie in another ("Paris, Texas", "Idlib province in Syria")
must lie in one of the places the qualifier may name.  See docs/places-dates.md.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsevents.knowledge.places import PlaceWords
from newsevents.resolve.gazetteer import (
    ADMIN1,
    AREAS,
    CITY,
    COUNTRY,
    SPECIFICITY,
    AreaKey,
    Gazetteer,
    Place,
)

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
# ... and a village abroad, once the article names any country or area.
SMALL_TOWN_POPULATION = 15_000
# A village in a country named only in passing (under this share of the
# article's country mentions) is a namesake too: "the town of Omar" in a story
# about Iraq and Syria that mentions the US is not Omar, West Virginia.
PASSING_COUNTRY_SHARE = 0.25
DATELINE_COUNTRY_BONUS = 1.0
DATELINE_AREA_BONUS = 2.0
AREA_DOMINANCE = 100  # "Texas" the state, not the hamlets called so


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
    areas: set[AreaKey]  # (alpha-2, admin1 code) mentioned
    dateline: Place | None


class PlaceRanker:
    """Chooses among the gazetteer's candidates for the place phrases of one article."""

    def __init__(self, gazetteer: Gazetteer, words: PlaceWords, context: ArticleContext) -> None:
        self.gazetteer = gazetteer
        self.words = words
        self.context = context

    def score(self, place: Place, main_name: bool, area_hint: bool) -> float:
        context = self.context
        score = math.log10(place.population + 10)
        if place.feature == COUNTRY:
            score += COUNTRY_NAME_BONUS
        if place.feature in AREAS:
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

    def context_vote(self, matches: list[Place]) -> tuple[str, AreaKey | None] | None:
        """The country (and first-level area) a name in the article speaks for,
        when it can hardly be anything else: a country; places that all lie in
        one country (and area); an area that dwarfs its namesakes ("Texas", not
        "Washington", which is also a city).  A vote must not be for one reading
        of an ambiguous name, or that name would vote for itself."""
        if not matches:
            return None
        countries = [place for place in matches if place.feature == COUNTRY]
        if countries:
            return countries[0].country, None
        if len({place.country for place in matches}) == 1:
            first = matches[0]
            one_area = len({place.admin1code for place in matches}) == 1 and first.admin1code is not None
            return first.country, (first.country, first.admin1code) if one_area else None
        top = max(matches, key=lambda place: place.population)
        if top.feature == ADMIN1 and all(
            place.within(top) or place.population * AREA_DOMINANCE < top.population for place in matches
        ):
            return top.country, (top.country, top.admin1code)
        return None

    def lookup(self, name: str) -> tuple[Sequence[tuple[Place, bool]], bool]:
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
        name = mention.name or ""
        found, area = self.lookup(name) if name else ((), False)
        candidates = [(place, main) for place, main in found if place.feature in mention.features]
        if COUNTRY not in mention.features and any(place.feature == COUNTRY for place, _ in found):
            return None  # "bombed Chad": the country struck, not a hamlet called Chad
        most_specific_qualifier = max(qualifiers, key=lambda found: SPECIFICITY[found[0].feature], default=None)
        if not candidates:
            # "the Black Sea resort in Sochi": the unknown name lies in a known one.
            return most_specific_qualifier
        containers = [place for qualifier in mention.within for place in self.possible_places(qualifier)]
        inside = [(place, main) for place, main in candidates if any(place.within(c) for c in containers)]
        if not inside and most_specific_qualifier is not None:
            return most_specific_qualifier
        if not inside:
            candidates = self.at_home(candidates)
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
        return best, name

    def at_home(self, candidates: list[tuple[Place, bool]]) -> list[tuple[Place, bool]]:
        """When some candidates lie in the countries the article names (or its
        dateline's), the small ones abroad are namesakes ("Bara tehsil" in a
        story about Pakistan is not Bara, Sudan)."""
        context = self.context
        home = set(context.countries) | ({context.dateline.country} if context.dateline else set())
        if not any(place.country in home for place, _ in candidates):
            return candidates
        return [
            (place, main) for place, main in candidates
            if place.country in home or place.feature == COUNTRY or place.population >= FOREIGN_TOWN_POPULATION
        ]  # fmt: skip

    def is_stray_namesake(self, place: Place) -> bool:
        context = self.context
        mentions, total = context.countries.get(place.country, 0), context.countries.total()
        village = place.population < SMALL_TOWN_POPULATION
        return (
            place.feature == CITY
            and place.population < FOREIGN_TOWN_POPULATION
            and (
                (not mentions and (total >= CONTEXT_MENTIONS or (total > 0 and village)))
                or (village and total >= CONTEXT_MENTIONS and mentions < PASSING_COUNTRY_SHARE * total)
            )
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
