"""The candidate events of a sentence: each clause the classifier reads as an
event, with its doer and the one it is done to resolved to actors, and its
confidence.  The coder (pipeline.py) keeps the best of them as records.

extract (clauses, event type, roles) -> resolve (actors, parties) -> here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Span

from newsevents.extract import roles
from newsevents.extract.clauses import Clause, further_conjuncts
from newsevents.extract.event_type import EventTypeClassifier, EventTypeGuess
from newsevents.extract.forum_names import names_forum
from newsevents.extract.idle_events import tells_no_event
from newsevents.extract.modality import modality_of, purpose_head, reported_demand
from newsevents.extract.no_doers import is_kind_word, is_no_doer
from newsevents.extract.standing_states import describes_a_role
from newsevents.extract.things import can_name_party
from newsevents.knowledge.words import WordLists
from newsevents.records import Actor
from newsevents.resolve.actors import ArticleActors
from newsevents.resolve.antecedents import told_addressee
from newsevents.resolve.coordinated_groups import coordinated_members
from newsevents.resolve.parties import (
    first_recipient,
    is_town_name,
    members,
    moved_side,
    partner_is_recipient,
    resolved,
    same_party,
    struck_place,
    text_span,
    within,
)


@dataclass
class Candidate:
    clause: Clause
    guess: EventTypeGuess
    actor: Actor | None
    recipient: Actor | None
    confidence: float
    co_actors: list[Actor] = field(default_factory=list)
    co_recipients: list[Actor] = field(default_factory=list)
    # as told: asserted | negated | future | hypothetical (extract/modality.py), and by whom
    modality: str = "asserted"
    reported_by: Actor | None = None

    def dyad(self) -> tuple[str, str | None, str | None]:
        """What makes two candidates of a sentence one event to an analyst."""
        return self.guess.event, _code(self.actor), _code(self.recipient)


class CandidateBuilder:
    """Builds the candidate event of a clause; holds only what is loaded once."""

    def __init__(self, words: WordLists, classifier: EventTypeClassifier):
        self.words = words
        self.classifier = classifier

    def candidate(self, clause: Clause, article_actors: ArticleActors) -> Candidate | None:
        """The clause as a candidate event with its parties, or None when it is no
        event or names nobody an analyst could count."""
        # The doer is resolved even for clauses that are no event, so that the
        # article's memory sees "Erdogan has said" before "he hopes to ...".
        clause = roles.with_implied_doer(clause, self.words)
        if clause.actor is not None and clause.nominal and is_kind_word(clause.actor, clause.predicate):
            clause = replace(clause, actor=None)  # "a military offensive": no doer named
        pair = self._pair(clause.actor, article_actors) if clause.actor is not None else []
        speaker = roles.speaker_of(clause.actor, self.words) if clause.actor is not None else None
        if speaker is not None and clause.actor is not None and told_addressee(clause.actor.root) is not None:
            speaker = None  # "Washington told Kabul it must ...": the one told, not the teller
        said_by = article_actors.resolve(speaker) if speaker is not None else None
        actor: Actor | None
        if pair:
            actor = pair[0]
        elif said_by is not None and said_by.code is not None and clause.actor is not None:
            # "the ministry said it would ...": the ministry; "we", said by a person, is their side
            side = self.words.speaker_pronouns.get(clause.actor.text.lower()) == "side"
            actor = replace(
                said_by, text=clause.actor.text, span=text_span(clause.actor), name=None if side else said_by.name
            )
        else:
            actor = resolved(clause.actor, article_actors) if clause.actor is not None else None
        guess = self.classifier.classify(clause)
        if guess is None or tells_no_event(guess.trigger or clause.predicate, self.words):
            return None  # "refused to eat", "protection from an attack" (extract/idle_events.py)
        if _tells_a_role(clause, guess, actor, self.words):
            return None  # "the charity that rescues people": its work, no event on a day (hc8)
        if (
            clause.actor is not None
            and is_no_doer(clause.actor, actor, self.words)
            and roles.event_party(clause.actor, self.words) is None  # "a Turkish offensive took ...": Turkey
        ):
            if guess.event not in self.words.uncoded_patient_types:
                return None  # "a resident permit would require": no one acts
            clause, actor = replace(clause, actor=None), None  # "relentless campaigns targeted civilians"
        if clause.nominal and clause.actor is not None and names_forum(clause.actor, actor, self.words):
            clause, actor = replace(clause, actor=None), None  # "the Geneva talks", "the Minsk agreement": not Geneva's
        unknown_party = False
        if clause.actor is not None and actor is None:
            # the doer is a thing ("the agreement led to ..."), not an actor; but a
            # violent event keeps an unknown doer, and its weapon names no doer
            doer = roles.unknown_doer(clause.actor, self.words)
            unknown_party = doer == "party"
            crowd = unknown_party and guess.event in self.words.crowd_event_types
            if (guess.event not in self.words.uncoded_patient_types and not crowd) or doer is None:
                return None
            actor = Actor(text=clause.actor.text) if unknown_party else None
            if doer == "instrument" and (named := roles.event_party(clause.actor, self.words)) is not None:
                actor = resolved(named, article_actors)  # "a Russian bombing raid struck ...": Russia
        if actor is not None and clause.actor is not None and actor.span is None:
            actor.span = text_span(clause.actor)
        if clause.actor is None and (named := roles.context_doer(clause, guess, self.words)) is not None:
            actor = article_actors.resolve(named) or Actor(text=named.text)
            actor.span = text_span(named)
            unknown_party = actor.code is None
        if actor is None:
            actor = moved_side(clause, article_actors, guess.event, self.words)  # "US troops were pulled out"
        recipient, recipient_phrase, passed = first_recipient(clause, article_actors, actor, guess.event, self.words)
        co_actors = pair[1:] or members(clause.co_actors, article_actors)
        reciprocal = partner_is_recipient(clause, guess.event, guess.cameo, self.words)
        if recipient is None and co_actors and reciprocal:
            # "Turkey and Russia met", "Russian and Turkish troops worked together"
            recipient = co_actors.pop(0)
            if recipient.sector is None and actor is not None:
                recipient.sector = actor.sector
        if recipient is None and guess.event in self.words.uncoded_patient_types:
            recipient, recipient_phrase = self._uncoded_patient(clause, passed, actor)
        co_recipients = []
        if recipient_phrase is not None:
            co_recipients = members(further_conjuncts(recipient_phrase.root), article_actors)
        if actor is not None and recipient is not None and same_party(actor, recipient):
            recipient = co_recipients.pop(0) if co_recipients else None
        crowd = roles.stands_without_party(clause, guess, unknown_party, self.words)
        violence = guess.event in self.words.uncoded_patient_types and (actor is None or unknown_party)
        crowd = crowd or (violence and struck_place(clause, article_actors))  # "an attack on Douma"; not "they"
        if _code(actor) is None and _code(recipient) is None and not crowd:
            # "we", "they", "the groups": nothing an analyst could count; but a clear
            # event done to someone the tables do not know, by someone unnamed, is kept
            if (actor is not None and not unknown_party) or recipient_phrase is None:
                return None  # an unresolved pronoun as the doer, or nobody done to
            if not _uncoded_patient(clause, recipient_phrase, self.words):
                return None
        confidence = guess.confidence
        # an event with a place or its own troops where a recipient would be misses nobody
        parties = [actor] if recipient is None and passed else [actor, recipient]
        for party in parties:
            if party is None or party.country is None:
                confidence *= 0.85  # an event between unknowns is worth less to an analyst
        return Candidate(clause, guess, actor, recipient, round(confidence, 3), co_actors, co_recipients)

    def as_told(self, candidate: Candidate, article_actors: ArticleActors) -> Candidate:
        """The candidate with its modality and who reports it, read once, so that what
        did not happen is left out before its place and date are sought.  An event
        told as still to come is its announcement; a demand a speaker reports is the
        speaker's.  Asked of a sentence's best once they are all built (reading the
        modality costs more than the rest of a candidate, and resolving the reporter
        must not change the memory their parties see)."""
        clause, guess = candidate.clause, candidate.guess
        mood = modality_of(clause, self.words, guess.mode, guess.event)
        reporter = None
        if mood.reported_by is not None:
            reporter = article_actors.resolve(mood.reported_by)
            if reporter is not None:
                reporter.span = text_span(mood.reported_by)
        actor, recipient, modality = candidate.actor, candidate.recipient, mood.modality
        if modality == "future":
            guess = guess.as_announced()  # "the pullout would take 60 days": CONCEDE (PLOVER)
        if guess.event == "REQUEST" and reporter is not None and reported_demand(clause, self.words):
            # "Kenya must withdraw, the Somali president said": the speaker demands it
            # of Kenya; what a passive demand is about is no addressee ("the detainees
            # should be released, Amnesty said")
            actor, recipient = replace(reporter), None if clause.passive else candidate.actor
            modality = "asserted" if modality in ("future", "hypothetical") else modality
        return replace(
            candidate, guess=guess, actor=actor, recipient=recipient, modality=modality, reported_by=reporter
        )

    def _pair(self, phrase: Span, article_actors: ArticleActors) -> list[Actor]:
        """Who "the two leaders" are: the two the article named last, each with the phrase's words."""
        kind = roles.pair_kind(phrase, self.words)
        if kind is None:
            members = coordinated_members(article_actors, phrase)  # "A and B met ...; they agreed"
            for member in members:
                member.span = text_span(phrase)
            return members
        pair = article_actors.recent_parties(2, people=kind == "people")
        for party in pair:
            party.text, party.span = phrase.text, text_span(phrase)
        return pair

    def _uncoded_patient(
        self, clause: Clause, passed: list[Span], actor: Actor | None
    ) -> tuple[Actor | None, Span | None]:
        """The one the event is done to, though no table codes it: its words kept,
        its code null (see extract/roles.py); not a town ("attacked Douma"), nor in a
        phrase passed over as no party ("the Kurdish city of Afrin": not "Kurdish").  A thing
        done to by a coded doer is no recipient ("a convoy was shelled by Turkish forces");
        by no one coded, its words are kept and the event stands on them."""
        for phrase in clause.recipient_candidates:
            if _uncoded_patient(clause, phrase, self.words) and not is_town_name(phrase) and not within(phrase, passed):
                party = actor is None or actor.code is None or can_name_party(phrase.root, self.words)
                return (Actor(text=phrase.text, span=text_span(phrase)) if party else None), phrase
        return None, None


def without_restatements(candidates: list[Candidate]) -> list[Candidate]:
    """Drop the purpose of an event that is coded itself: in "police fired tear gas
    to disperse the crowd" the event is the firing, and the dispersal it aimed at
    is no second, future event.  A purpose whose verb is no event ("flew to
    Addis Ababa to discuss the dispute") is kept, as a plan.  Drop too an event noun
    that is the doer of the same event told by its verb ("a bombing claimed by the
    group killed four": the killing, which names who was hit)."""
    predicates = {candidate.clause.predicate for candidate in candidates}
    doers = {(c.clause.actor.root, c.guess.event) for c in candidates if c.clause.actor is not None}
    return [
        c
        for c in candidates
        if purpose_head(c.clause.predicate) not in predicates and (c.clause.predicate, c.guess.event) not in doers
    ]


def _uncoded_patient(clause: Clause, phrase: Span, words: WordLists) -> bool:
    passive_subject = clause.passive_subject is not None and phrase.root == clause.passive_subject.root
    return roles.is_uncoded_patient(phrase, passive_subject, words)


def _tells_a_role(clause: Clause, guess: EventTypeGuess, actor: Actor | None, words: WordLists) -> bool:
    """Help or support by a charity, a firm or a community told in a relative clause
    of the present ("the group that rescues people", "NGOs supporting US agencies")."""
    if guess.event not in words.role_event_types or actor is None:
        return False
    if actor.sector not in words.service_sectors and actor.country not in words.service_sectors:
        return False  # (an international charity has NGO in its country's place: "Oxfam", NGO)
    return describes_a_role(clause.predicate, words)


def _code(actor: Actor | None) -> str | None:
    return None if actor is None else actor.code
