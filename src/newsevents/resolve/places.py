"""Where an event happened: place phrases attached to the event, resolved offline.

:class:`PlaceResolver` is built once per run (it holds the gazetteer of
:mod:`newsevents.resolve.gazetteer`); ``for_article`` gives the
:class:`ArticlePlaces` of one article, which reads the countries and areas the
article names and its dateline, finds the place phrases of each event
(:mod:`~newsevents.resolve.place_phrases`), ranks their candidates
(:mod:`~newsevents.resolve.place_ranking`) and remembers where each encounter
with a named person took place.  See docs/places-dates.md.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from newsevents.knowledge.places import load_place_words
from newsevents.records import Location
from newsevents.resolve.gazetteer import (
    AREAS,
    COUNTRY,
    SPECIFICITY,
    Place,
    load_gazetteer,
)
from newsevents.resolve.place_phrases import PLACE_ENTITY_LABELS, PlacePhrases
from newsevents.resolve.place_ranking import ArticleContext, PlaceRanker


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
        ranker = article.ranker
        for entity in doc.ents:
            if entity.label_ not in PLACE_ENTITY_LABELS | {"NORP"}:
                continue
            candidates, _ = ranker.lookup(entity.text)
            vote = ranker.context_vote([place for place, _ in candidates])
            if vote is not None:
                country, area = vote
                context.countries[country] += 1
                if area is not None:
                    context.areas.add(area)
        if dateline_place:
            context.dateline = ranker.resolve_dateline(dateline_place)
        article.link_encounters(doc)
        return article


class ArticlePlaces:
    """The places of one article: resolves the place of each event."""

    def __init__(self, resolver: PlaceResolver, context: ArticleContext, dateline: str | None):
        self.gazetteer = resolver.gazetteer
        self.words = resolver.words
        self.context = context
        self.ranker = PlaceRanker(resolver.gazetteer, resolver.words, context)
        self.phrases = PlacePhrases(resolver.words, self.ranker.resolve)
        self.dateline_text = dateline
        self.encounter_places: dict[str, Location] = {}

    def place_in_sentence(self, trigger: Token) -> Location | None:
        mentions = self.phrases.mentions_of(trigger, with_objects=True)
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
                mentions = self.phrases.mentions_of(head, with_objects=False)
        resolved = [found for found in map(self.ranker.resolve, mentions) if found]
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

    def partners(self, trigger: Token) -> list[str]:
        """Surnames of the people met: "meeting with President Vladimir Putin" -> putin."""
        return [p.lower_ for p in self.phrases.partner_tokens(trigger) if p.pos_ == "PROPN"]

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
