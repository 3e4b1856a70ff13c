"""The coder: articles in, event records out.

ingest (Article) -> nlp (spaCy Doc) -> extract (clauses, event type, modality)
-> resolve (actors, places, dates) -> records (EventRecord).

:class:`Coder` holds what is loaded once (the parser, the classifier, the
gazetteer, the actor tables) and codes articles in batches through
``nlp.pipe``.  It holds no per-article state between calls.  It is the public
``newsevents.Coder`` (docs/python.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path

from spacy.tokens import Doc, Span

from newsevents.candidates import Candidate, CandidateBuilder, without_restatements
from newsevents.extract.clauses import find_clauses, noun_phrase
from newsevents.extract.event_type import EventTypeClassifier
from newsevents.extract.modality import is_background
from newsevents.ingest.dateline import find_dateline
from newsevents.ingest.letters import signature_starts
from newsevents.ingest.notes import InputNote
from newsevents.knowledge.words import load_word_lists
from newsevents.nlp import DEFAULT_MODEL, load_pipeline
from newsevents.ontology import load_ontology
from newsevents.records import UNREALISED_MODALITIES, Article, CodingResult, EventRecord, InputProblem
from newsevents.records import Span as TextSpan
from newsevents.resolve.actors import ActorResolver, place_in_country
from newsevents.resolve.article_dates import ArticleDates
from newsevents.resolve.campaign_doers import with_campaign_doers
from newsevents.resolve.combatant_victims import with_combatant_victims
from newsevents.resolve.context_countries import with_context_countries
from newsevents.resolve.event_anaphora import with_event_anaphora
from newsevents.resolve.event_date_terms import at_event_date
from newsevents.resolve.homelands import place_people
from newsevents.resolve.mobilized_forces import with_mobilized_forces
from newsevents.resolve.own_governments import with_own_governments
from newsevents.resolve.party_countries import with_party_countries
from newsevents.resolve.places import PlaceResolver
from newsevents.resolve.pronoun_countries import with_pronoun_countries
from newsevents.resolve.ruler_deeds import as_ruler
from newsevents.resolve.told_attackers import with_told_attackers
from newsevents.resolve.toll_doers import with_toll_doers
from newsevents.resolve.victim_roles import with_victims_as_recipients

# Articles longer than this are cut, with a problem line saying so, rather than
# parsed whole: a runaway input (a whole book, a log) must not stall a corpus run.
MAX_ARTICLE_CHARS = 200_000


@dataclass(frozen=True)
class CoderConfig:
    model: str = DEFAULT_MODEL
    # The old coders' worst habit was dozens of events per sentence.
    max_events_per_sentence: int = 2
    min_confidence: float = 0.3
    actor_tables: tuple[Path, ...] = field(default_factory=tuple)
    batch_size: int = 16
    # Negated and hypothetical events, and deeds only expected, are no part of the
    # event data unless asked for.
    keep_unrealised: bool = False


class Coder:
    """Codes articles into event records; build it once and reuse it (loading the
    parser and the tables takes seconds, coding an article milliseconds)."""

    def __init__(self, config: CoderConfig | None = None):
        self.config = config or CoderConfig()
        self.nlp = load_pipeline(self.config.model)
        self.words = load_word_lists()
        self.ontology = load_ontology()
        self.classifier = EventTypeClassifier()
        self.candidates = CandidateBuilder(self.words, self.classifier)
        self.actors = ActorResolver(extra_tables=list(self.config.actor_tables))
        self.places = PlaceResolver()

    def code_many(self, articles: Iterable[Article]) -> Iterator[CodingResult]:
        """Code articles in the order given, parsing them in batches: one result
        per article, with its events or the problem that stopped it (an article
        that cannot be parsed or coded gets a problem; the rest are coded)."""
        for article, parsed in self._parsed(articles):
            if isinstance(parsed, Exception):
                yield _failure(article, parsed)
                continue
            doc, dateline = parsed
            try:
                result = CodingResult(article=article, events=self.code_doc(article, doc, dateline))
                if len(article.text) > MAX_ARTICLE_CHARS:
                    result.problem = InputNote(
                        article.origin or article.id,
                        f"longer than {MAX_ARTICLE_CHARS:,} characters:"
                        f" only the first {MAX_ARTICLE_CHARS:,} were coded",
                    )
                yield result
            except Exception as error:  # one odd article must not end a corpus run
                yield _failure(article, error)

    def _parsed(self, articles: Iterable[Article]) -> Iterator[tuple[Article, tuple[Doc, str | None] | Exception]]:
        """Each article with its parse and dateline place, a batch at a time through
        ``nlp.pipe``; when a batch fails, its articles are parsed one by one, so that
        only the article at fault gets its error instead."""
        pending = iter(articles)
        while batch := list(islice(pending, self.config.batch_size)):
            try:
                stories = [_story_text(article) for article in batch]
                docs = list(self.nlp.pipe((body for body, _ in stories), batch_size=len(batch)))
            except Exception:
                yield from (self._parsed_alone(article) for article in batch)
                continue
            parses = ((doc, dateline) for doc, (_, dateline) in zip(docs, stories, strict=True))
            yield from zip(batch, parses, strict=True)

    def _parsed_alone(self, article: Article) -> tuple[Article, tuple[Doc, str | None] | Exception]:
        try:
            body, dateline = _story_text(article)
            return article, (self.nlp(body), dateline)
        except Exception as error:
            return article, error

    def code_one(self, article: Article) -> list[EventRecord]:
        """The events of one article."""
        return next(iter(self.code_many([article]))).events

    def code_text(
        self,
        text: str,
        published: date | str | None = None,
        *,
        article_id: str = "text",
        source: str | None = None,
        url: str | None = None,
        title: str | None = None,
    ) -> list[EventRecord]:
        """The events of one text published on ``published`` (a date or "YYYY-MM-DD").

        Without a publication date, relative expressions ("on Monday") give no
        date: see docs/record.md."""
        if isinstance(published, str):
            published = date.fromisoformat(published)
        article = Article(id=article_id, text=text, title=title, url=url, source=source, published=published)
        return self.code_one(article)

    def code_doc(self, article: Article, doc: Doc, dateline: str | None) -> list[EventRecord]:
        article_actors = self.actors.for_article(article.published)
        article_places = self.places.for_article(doc, dateline_place=dateline)
        article_dates = ArticleDates(doc, article.published)
        events: list[EventRecord] = []
        signatures = signature_starts(doc)  # a letter writer's name and place: nothing said
        for index, sentence in enumerate(doc.sents):
            if sentence.start in signatures:
                continue
            self._remember_speakers(sentence, article_actors)
            found = (self.candidates.candidate(clause, article_actors) for clause in find_clauses(sentence, self.words))
            candidates = without_restatements([c for c in found if c is not None])
            for best in self._best(candidates):
                candidate = self.candidates.as_told(best, article_actors)
                if self._countable(candidate):
                    events.append(self._record(article, index, sentence, candidate, article_places, article_dates))
        events = with_victims_as_recipients(events, doc, self.words, article_actors.resolve)
        events = with_mobilized_forces(with_told_attackers(events, self.actors.builtin.pronouns))
        events = with_context_countries(with_party_countries(events, doc), doc)
        events = with_combatant_victims(events, doc, self.words, article_actors.resolve)
        events = with_own_governments(events)
        pronouns = self.actors.builtin.pronouns
        events = with_pronoun_countries(events, doc, article_actors.referent_at, article_places, pronouns)
        events = with_campaign_doers(events, doc, self.words, article_actors.resolve)
        events = with_event_anaphora(events, doc, self.words, article_actors.resolve, pronouns)
        return with_toll_doers(events, doc, self.words, article_actors.resolve, pronouns)

    def _countable(self, candidate: Candidate) -> bool:
        """Whether the candidate belongs in the event data: a statement needs who made
        it, and what did not happen (or is only expected to) is left out unless the
        config keeps it.  Asked of the sentence's best, before their place and date are
        sought: what is left out still holds its slot, since the weaker candidates
        beside a speculation are mostly misreadings of it (docs/accuracy.md)."""
        if candidate.actor is None and candidate.guess.event in self.words.doer_needed_types:
            return False
        if self.config.keep_unrealised:
            return True
        # a deed still to come is someone's expectation; its doer's commitment to it
        # is coded as a statement (AGREE, CONCEDE, THREATEN) and kept
        expected = candidate.modality == "future" and self.ontology.is_material(candidate.guess.event)
        return candidate.modality not in UNREALISED_MODALITIES and not expected

    def _remember_speakers(self, sentence: Span, article_actors) -> None:
        """Let the article's memory see who speaks ("Erdogan has said he ..."), so that
        the pronouns of what they say resolve to them."""
        for token in sentence:
            if token.dep_ == "nsubj" and token.head.lemma_ in self.words.reporting_verbs:
                article_actors.resolve(noun_phrase(token))

    def _best(self, candidates: list[Candidate]) -> list[Candidate]:
        kept: list[Candidate] = []
        seen = set()
        for candidate in sorted(candidates, key=lambda c: -c.confidence):
            if candidate.confidence < self.config.min_confidence:
                continue
            key = candidate.dyad()
            if key in seen:
                continue
            seen.add(key)
            kept.append(candidate)
            if len(kept) == self.config.max_events_per_sentence:
                break
        return sorted(kept, key=lambda c: c.clause.predicate.i)

    def _record(
        self,
        article: Article,
        index: int,
        sentence: Span,
        candidate: Candidate,
        article_places,
        article_dates: ArticleDates,
    ) -> EventRecord:
        clause, guess, modality = candidate.clause, candidate.guess, candidate.modality
        trigger_tokens = clause.trigger_tokens
        when = article_dates.date_event(sentence, clause.predicate, future=modality in ("future", "hypothetical"))
        background = is_background(when.date, when.precision, article.published, modality)
        location = article_places.place_event(sentence, clause.predicate, guess.event)
        for party in (candidate.actor, candidate.recipient, candidate.reported_by):
            place_in_country(party, article_places.home_country(location))
            place_people(party, sentence, location, article_places)
        actor = at_event_date(self.actors, candidate.actor, when, article.published)  # terms at the event's date
        recipient = at_event_date(self.actors, candidate.recipient, when, article.published)
        actor = as_ruler(self.actors, actor, guess.event, when, article.published)  # "Saddam gassed ...": in office
        recipient = as_ruler(self.actors, recipient, guess.event, when, article.published)
        cameo = self.ontology.cameo(guess.cameo)
        return EventRecord(
            article_id=article.id,
            sentence_index=index,
            sentence=sentence.text.rstrip(),
            event=guess.event,
            mode=guess.mode,
            context=guess.context,
            cameo=guess.cameo,
            goldstein=cameo.goldstein,
            quad_class=self.ontology.quad_class(guess.event),
            trigger=TextSpan(
                trigger_tokens[0].idx - sentence.start_char,
                trigger_tokens[-1].idx + len(trigger_tokens[-1]) - sentence.start_char,
                sentence.doc[trigger_tokens[0].i : trigger_tokens[-1].i + 1].text,  # not doc.text: it joins the article
            ),
            actor=actor,
            recipient=recipient,
            modality=modality,
            reported_by=candidate.reported_by,
            date=when.iso,
            date_text=when.text,
            date_precision=when.precision,
            date_source=when.source,
            location=location,
            confidence=candidate.confidence,
            source=article.source,
            url=article.url,
            published=article.published.isoformat() if article.published else None,
            co_actors=candidate.co_actors,
            co_recipients=candidate.co_recipients,
            background=background,
        )


def _failure(article: Article, error: Exception) -> CodingResult:
    reason = " ".join(str(error).split())  # one line, whatever the exception says
    problem = InputProblem(article.origin or article.id, f"could not be coded ({type(error).__name__}: {reason})")
    return CodingResult(article=article, problem=problem)


def _story_text(article: Article) -> tuple[str, str | None]:
    """The text to parse (the article without its wire dateline, cut at the size
    bound; a headline before the dateline stays) and the dateline's place."""
    text = article.text[:MAX_ARTICLE_CHARS]
    dateline = find_dateline(text)
    if dateline is None:
        return text, None
    return text[: dateline.start] + text[dateline.end :], dateline.place
