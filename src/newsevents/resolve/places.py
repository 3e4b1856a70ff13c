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

import bisect
from collections import Counter
from dataclasses import replace

import numpy
from spacy.tokens import Doc, Span, Token

from newsevents.entities import PLACE_LABELS, entities_in
from newsevents.knowledge.places import load_place_words
from newsevents.nlp import doc_text, paragraph_breaks
from newsevents.records import Location
from newsevents.resolve.gazetteer import (
    CITY,
    COUNTRY,
    SPECIFICITY,
    Place,
    load_gazetteer,
)
from newsevents.resolve.place_phrases import PlacePhrases
from newsevents.resolve.place_ranking import SMALL_TOWN_POPULATION, ArticleContext, PlaceRanker

CLAUSE_CLIMB_STEPS = 3
# The clauses an event's clause may hang on and share the place of ("... were
# killed when militants attacked", "the attack, which ..."); not ccomp.
CLIMB_DEPS = {"advcl", "relcl", "conj", "xcomp", "acl", "pcomp", "pobj", "dobj", "nsubjpass", "prep", "npadvmod"}
# An article is about one country when this share of its places lie there.
MAIN_COUNTRY_SHARE = 2 / 3
# How far (in characters) a place named for one event runs on to the next events
# that name none: about two sentences of news.  Text without blank lines is one
# "paragraph", so without this limit a town named at the top would place every
# later event of the article, whatever it is about.
RUNNING_PLACE_REACH = 500


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


def in_subject(token: Token, incident_nouns: frozenset[str]) -> bool:
    """Whether the token lies in the subject phrase of an actor ("Police in
    Lagos"), not of an incident ("an explosion at X")."""
    while token.head != token and token.pos_ not in ("VERB", "AUX"):
        if token.dep_ in ("nsubj", "nsubjpass"):
            return token.lemma_.lower() not in incident_nouns
        token = token.head
    return False


def is_village(place: Place) -> bool:
    return place.feature == CITY and place.population < SMALL_TOWN_POPULATION


def is_name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ in PLACE_LABELS


class PlaceResolver:
    """Built once per run; gives each article its :class:`ArticlePlaces`."""

    def __init__(self) -> None:
        self.gazetteer = load_gazetteer()
        self.words = load_place_words()

    def for_article(self, doc: Doc, dateline_place: str | None = None) -> ArticlePlaces:
        context = ArticleContext(Counter(), set(), None)
        article = ArticlePlaces(self, context, dateline_place)
        ranker = article.ranker
        votes = []  # (country, area, whether only a village speaks for it)
        for entity in entities_in(doc[:]):  # read once for the whole article (entities.py)
            if entity.label_ not in PLACE_LABELS | {"NORP"}:
                continue
            candidates, _ = ranker.lookup(entity.text)
            places = [place for place, _ in candidates]
            vote = ranker.context_vote(places)
            if vote is not None:
                votes.append((*vote, all(is_village(place) for place in places)))
        # A village is the only place of many a name that is no town here ("the
        # Middle East" is a village in Maryland), so it speaks for no area (or
        # it would pull "Damascus" to Maryland) and, in an article that names
        # countries, only for the one named most.
        named = Counter(country for country, _, village in votes if not village)
        most_named = named.most_common(1)[0][0] if named else None
        for country, area, village in votes:
            if village and most_named is not None and country != most_named:
                continue
            context.countries[country] += 1
            if area is not None and not village:
                context.areas.add(area)
        if dateline_place:
            context.dateline = ranker.resolve_dateline(dateline_place)
        article.link_encounters(doc)
        article.read_places(doc)
        return article


class ArticlePlaces:
    """The places of one article: resolves the place of each event."""

    def __init__(self, resolver: PlaceResolver, context: ArticleContext, dateline: str | None):
        self.gazetteer = resolver.gazetteer
        self.words = resolver.words
        self.context = context
        self.ranker = PlaceRanker(resolver.gazetteer, resolver.words, context)
        self.phrases = PlacePhrases(resolver.words, self.ranker.resolve, resolver.gazetteer.is_capital)
        self.dateline_text = dateline
        self.encounter_places: dict[str, Location] = {}
        self.paragraph_breaks: list[int] = []
        self.mentions: list[tuple[int, int, Place, str]] = []  # (paragraph, offset, place, as written), in text order
        self.name_parts: set[int] = set()  # offsets of mentions that are a word of a longer place name
        self.main_country: str | None = None
        self.main_place: tuple[Place, str] | None = None
        # paragraph -> (end of its sentence, place) of its last event placed by its sentence
        self.running: dict[int, tuple[int, Location]] = {}

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
        if resolved:
            place, written = max(resolved, key=lambda found: SPECIFICITY[found[0].feature])
            return to_location(place, written)
        if trigger.lemma_.lower() in self.words.statement_words:
            return None  # "discussed the situation in Yemen": the topic's place
        return self.place_in_clause(trigger)

    def place_in_clause(self, trigger: Token) -> Location | None:
        """The nearest place below the event's clause, then below the clauses it
        hangs on ("... were killed when militants attacked a camp in X"), but
        never in what someone said happened (a ccomp) or in the subject."""
        head = trigger
        for _ in range(CLAUSE_CLIMB_STEPS):
            for mention in self.phrases.nearest_in_clause(head):
                found = self.ranker.resolve(mention)
                if found is not None:
                    return to_location(*found)
            if head.dep_ not in CLIMB_DEPS or head.head == head:
                return None
            head = head.head
        return None

    # -- the API ------------------------------------------------------------

    def locate(self, sentence: Span, trigger: Token) -> Location | None:
        """Where the event of ``trigger`` happened, or None when the sentence does not say."""
        location = self.place_in_sentence(trigger)
        if location is None and self.is_encounter(trigger):
            for partner in self.partners(trigger):
                if partner in self.encounter_places:
                    return replace(self.encounter_places[partner], source="article")
        return location

    def place_event(self, sentence: Span, trigger: Token, event: str | None = None) -> Location | None:
        """Where the event happened: from its sentence, else the paragraph's
        running place, else the article's main place, else the dateline (events
        are asked for in the order of the text). An event of a ``said_event_types``
        type (an accusation, a refusal, a demand, a threat) has only the place its
        sentence gives, the story's place saying nothing of where words were said,
        unless it is a deed (``obstruction_words``: "thwarted the work") or told as
        one of a chain of deeds ("entered the office and threatened him")."""
        paragraph = self.paragraph_of(sentence)
        location = self.locate(sentence, trigger)
        if location is not None:
            if location.source == "sentence" and location.feature != COUNTRY:
                self.running[paragraph] = (sentence.end_char, location)
            return location
        if event in self.words.said_event_types and not self.is_deed(trigger):
            return None
        return self.fallback(sentence)

    def is_deed(self, trigger: Token) -> bool:
        words = self.words
        if trigger.lemma_.lower() in words.obstruction_words:
            return True
        return trigger.dep_ == "conj" and trigger.head.lemma_.lower() not in words.statement_words

    def fallback(self, sentence: Span | None = None) -> Location | None:
        """For an event that names no place: a town of the article's country its
        sentence names elsewhere, else the paragraph's running place (the last
        event placed in it, else its nearest earlier town in the article's
        country) if named within :data:`RUNNING_PLACE_REACH` before the event's
        sentence, else the article's main place, else the dateline's country."""
        if sentence is not None and self.main_country is not None:
            # Only in an article about one country: elsewhere the place of one
            # event says little about the next.
            paragraph = self.paragraph_of(sentence)
            reach_start = sentence.start_char - RUNNING_PLACE_REACH
            nearby = [
                (offset, place, written)
                for mention_paragraph, offset, place, written in self.mentions
                if mention_paragraph == paragraph
                and reach_start <= offset < sentence.end_char
                and offset not in self.name_parts
                and place.feature != COUNTRY
                and place.country == self.main_country
            ]  # fmt: skip
            # A town the sentence itself names beats one carried from before it
            # ("Elsewhere, pro-government fighters entered Afrin, where ...").
            own = [(place, written) for offset, place, written in nearby if offset >= sentence.start_char]
            if own:
                return to_location(*own[0], source="paragraph")
            set_at, running = self.running.get(paragraph, (0, None))
            if running is not None and running.country == self.main_country3 and set_at >= reach_start:
                return replace(running, source="paragraph")
            if nearby:
                _, place, written = nearby[-1]  # the nearest before the sentence
                return to_location(place, written, source="paragraph")
        if self.main_place is not None:
            return to_location(*self.main_place, source="article")
        dateline = self.context.dateline
        if dateline is None:
            return None
        country = self.gazetteer.countries.get(dateline.country)
        if country is None:
            return None
        return to_location(country, self.dateline_text or country.name, source="dateline")

    def home_country(self, location: Location | None) -> str | None:
        """The country of an event's unnamed actors ("militants", "the police"):
        the one the article is about, else the one the event's sentence places it in."""
        if self.main_country3 is not None:
            return self.main_country3
        return location.country if location is not None and location.source == "sentence" else None

    # -- what the article is about -----------------------------------------

    def paragraph_of(self, sentence: Span) -> int:
        return bisect.bisect(self.paragraph_breaks, sentence.start_char)

    @property
    def main_country3(self) -> str | None:
        country = self.gazetteer.countries.get(self.main_country or "")
        return country.country3 if country else None

    def is_place_preposition(self, preposition: Token) -> bool:
        words, lemma = self.words, preposition.lower_
        return (
            lemma in words.locative_prepositions
            or lemma in words.origin_prepositions
            or (lemma in words.surface_prepositions and self.phrases.object_is_container(preposition))
        )

    def is_where_something_happened(self, token: Token) -> bool:
        while token.dep_ in ("appos", "compound", "conj") and token.head != token:
            token = token.head
        if token.dep_ != "pobj" or in_subject(token, self.words.incident_nouns):
            return False
        preposition = token.head
        if not self.is_place_preposition(preposition) and preposition.lower_ != "of":
            return False
        verb = preposition
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        return verb.lemma_.lower() not in self.words.speech_words

    def read_places(self, doc: Doc) -> None:
        """Resolve every place the article names, to know its paragraphs' places
        and whether it is about one place."""
        self.paragraph_breaks = paragraph_breaks(doc_text(doc))
        # Only where things happen counts: not an actor's place ("Police in
        # Lagos"), a recipient ("sanctions on Belarus", "attacked Ukraine") or
        # where someone spoke ("Speaking in Geneva, the envoy said ...").
        heads = [
            token for token in doc
            if is_name_word(token) and self.is_where_something_happened(token)
        ]  # fmt: skip
        resolved: dict[int, tuple[Place, str]] = {}
        for head in sorted(heads, key=lambda token: token.i):
            mention = self.phrases.mention_at(head)
            found = self.ranker.resolve(mention) if mention is not None and head.i not in resolved else None
            if found is not None and found[0].feature == COUNTRY and head.head.lower_ in self.words.origin_prepositions:
                continue  # "bought the system from Russia": a party, not a place
            if found is not None:
                resolved[head.i] = found
        for index, found in resolved.items():
            token = doc[index]
            if token.dep_ == "compound" and token.head.i in resolved:
                # "Khan" of "Khan Sheikhun": it still speaks for the article's
                # country, but the place is the whole name, not a town called Khan.
                self.name_parts.add(token.idx)
            self.mentions.append((bisect.bisect(self.paragraph_breaks, token.idx), token.idx, *found))
        countries = Counter(place.country for _, _, place, _ in self.mentions)
        if not countries:
            return
        country, count = countries.most_common(1)[0]
        if count < MAIN_COUNTRY_SHARE * countries.total():
            return
        self.main_country = country
        inside = [(place, written) for _, _, place, written in self.mentions if place.country == country]
        local = [(place, written) for place, written in inside if place.feature != COUNTRY]
        if local and len({place.admin1code for place, _ in local}) == 1:
            counts = Counter(place for place, _ in local)
            best = max(local, key=lambda found: counts[found[0]])
            self.main_place = best
        else:
            self.main_place = (self.gazetteer.countries.get(country) or inside[0][0], inside[0][1])

    # -- encounters ---------------------------------------------------------

    def is_encounter(self, trigger: Token) -> bool:
        return trigger.lemma_.lower() in self.words.encounter_words or trigger.lower_ in self.words.encounter_words

    def partners(self, trigger: Token) -> list[str]:
        """Surnames of the people met: "meeting with President Vladimir Putin" -> putin."""
        return [p.lower_ for p in self.phrases.partner_tokens(trigger) if p.pos_ == "PROPN"]

    def _encounter_positions(self, doc: Doc) -> list[int]:
        """The tokens :meth:`is_encounter` holds true of, each kind of word (lemma and
        lower form) asked once, without making a Token of every word of the article."""
        strings, words = doc.vocab.strings, self.words.encounter_words
        lemmas, lowers = doc.to_array(["LEMMA", "LOWER"]).T
        lemma_ids, lemma_of = numpy.unique(lemmas, return_inverse=True)
        lower_ids, lower_of = numpy.unique(lowers, return_inverse=True)
        lemma_hit = numpy.array([strings[lemma].lower() in words for lemma in lemma_ids.tolist()], dtype=bool)
        lower_hit = numpy.array([strings[lower] in words for lower in lower_ids.tolist()], dtype=bool)
        return numpy.flatnonzero(lemma_hit[lemma_of] | lower_hit[lower_of]).tolist()

    def link_encounters(self, doc: Doc) -> None:
        """Remember where each encounter with a named person took place."""
        for index in self._encounter_positions(doc):
            token = doc[index]
            partners = self.partners(token)
            if not partners:
                continue
            location = self.place_in_sentence(token)
            if location is None:
                continue
            for partner in partners:
                self.encounter_places.setdefault(partner, location)
