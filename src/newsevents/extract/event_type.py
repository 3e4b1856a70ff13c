"""Event types: which PLOVER event (and CAMEO code) a clause or sentence reports.

The decision is read off the dependency parse with a lexicon written as data
(``knowledge/data/event_lexicon.yaml``).  An event has a *content* (what it is
about: force, sanctions, a meeting, aid ...) and an *operator* relating the actor
to that content (doing it, ending it, promising it, asking for it, refusing it,
threatening it ...).  A controlling verb is an operator over what it governs, so
"threatened to impose sanctions" is threaten(sanctions) = THREATEN 1312 and
"refused to lift the embargo" is refuse(end(sanctions)) = REJECT 1244.  Future
tense, negation and "must" are operators too (intend, refuse, demand).

The work is split by concern: the lexicon's schema (``knowledge.lexicon``), the
operator logic (``extract.operators``, no parse in it), the parse reader
(``extract.parse_reader``), and here the API over clauses and sentences: which
reading of a sentence is its event, how sure it is, and the filters for words
used in their everyday sense.  The method and its measured accuracy are in
docs/classifier.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from newsevents.entities import PARTY_LABELS
from newsevents.extract.compelled import forced_by_no_one
from newsevents.extract.event_context import EventContext
from newsevents.extract.operators import Operators, Reading
from newsevents.extract.parse_reader import ParseReader
from newsevents.extract.phrases import find_phrase
from newsevents.extract.predicates import caused_doer
from newsevents.extract.wishes import wished_force
from newsevents.knowledge.lexicon import EventLexicon, load_event_lexicon
from newsevents.knowledge.words import WordLists, load_word_lists
from newsevents.nlp import doc_text
from newsevents.ontology import Ontology, load_ontology

if TYPE_CHECKING:
    from newsevents.extract.clauses import Clause

__all__ = ["EventTypeClassifier", "EventTypeGuess", "Reading", "classify_text", "relabel"]

# Confidence of a reading: a lexicon word with everyday senses counts for less.
STRONG_CONFIDENCE = 0.85
WEAK_CONFIDENCE = 0.6
LINKED_BONUS = 0.1
OTHER_CANDIDATE_WEIGHT = 0.3


@dataclass(frozen=True)
class EventTypeGuess:
    """What kind of event a clause or sentence reports."""

    event: str  # PLOVER type
    cameo: str
    mode: str | None
    context: str | None
    confidence: float
    scores: dict[str, float]  # PLOVER type -> share of the evidence
    trigger: Token | None = field(default=None, compare=False)  # the word that decided it
    # (type, CAMEO code) when told as still to come: PLOVER codes a future retreat or
    # resignation as the concession it announces ("the troop pullout would take 60 days")
    announced: tuple[str, str] | None = None

    def as_announced(self) -> EventTypeGuess:
        """The guess for the event told as still to come (modality ``future``)."""
        if self.announced is None:
            return self
        event, cameo = self.announced
        return replace(self, event=event, cameo=cameo, mode=None)


class EventTypeClassifier:
    """Classifies clauses and sentences into PLOVER event types; loads its data once."""

    def __init__(
        self, lexicon: EventLexicon | None = None, ontology: Ontology | None = None, words: WordLists | None = None
    ):
        self.lexicon = lexicon or load_event_lexicon()
        self.ontology = ontology or load_ontology()
        self.words = words or load_word_lists()
        self.operators = Operators(self.lexicon, self.ontology, self.words)
        self.reader = ParseReader(self.operators)
        self.context = EventContext(self.reader)

    # -- public interface -------------------------------------------------

    def classify(self, clause: Clause) -> EventTypeGuess | None:
        """The event type of one clause (None: no political event)."""
        reading = self.reader.read(clause.predicate, 0, as_verb=clause.headline)
        reading = reading or self.context.decided_retreat(clause.predicate)
        if reading is None or self._non_political(reading, clause.sentence):
            return None
        if wished_force(reading, self.operators.describe(reading)[0], self.words) or forced_by_no_one(reading):
            return None  # "people who want to fight", "families forced from their homes"
        if _reported(reading.trigger, clause.predicate):
            return None  # "X said Y attacked": the clause of "attacked" carries that event
        if clause.nominal and self.context.asked_for_by_governor(reading):
            return None
        reading = self.context.as_announcement(self.context.as_aim_of_force(reading, clause.predicate))
        return self._guess(reading, [reading], linked=clause.actor is not None)

    def is_statement(self, reading: Reading) -> bool:
        """A CAMEO statement (comment, condolences, claim of responsibility): no PLOVER event."""
        return self.operators.is_statement(reading)

    def classify_sentence(
        self, sentence: Span, source: str | None = None, target: str | None = None
    ) -> EventTypeGuess | None:
        """The event of a sentence: the one linking source and target when they are
        given and found, else the main event clause."""
        readings = self._sentence_readings(sentence, spans_given=bool(source or target))
        if not readings:
            return None
        anchors = [a for a in (find_phrase(sentence, source), find_phrase(sentence, target)) if a is not None]
        chosen = self._linking_reading(readings, anchors) if anchors else None
        linked = chosen is not None
        if chosen is None:
            chosen = self._main_reading(readings)
        return self._guess(chosen, list(readings.values()), linked=linked)

    # -- choosing among the readings of a sentence --------------------------

    def _sentence_readings(self, sentence: Span, spans_given: bool = False) -> dict[int, Reading]:
        readings: dict[int, Reading] = {}
        for token in sentence:
            if token.pos_ not in {"VERB", "AUX", "NOUN"}:
                continue
            if (
                token.pos_ == "VERB"
                and token.dep_ in {"amod", "acl"}
                and not any(c.dep_ == "nsubj" for c in token.children)
            ):
                continue  # "Russia-backed forces", "funding to fight ...": description, not an event
            if token.pos_ == "NOUN" and token.dep_ == "compound":
                continue  # "a trade delegation": the modifier is read with its head
            reading = self.reader.read(token, 0, standalone=True)
            if reading is None or self._non_political(reading, sentence):
                continue
            if (reading.weak or reading.bare) and not spans_given and not self._political_participant(reading.trigger):
                continue
            readings[token.i] = reading
        # A complement read by its controlling verb is not an event of its own.
        covered: set[int] = set()
        for index, reading in readings.items():
            covered.update(i for i in reading.covered if i != index)
        return {i: r for i, r in readings.items() if i not in covered}

    def _linking_reading(self, readings: dict[int, Reading], anchors: list[Token]) -> Reading | None:
        """The reading of the lowest predicate governing all anchors, walking up."""
        chains = [[anchor, *anchor.ancestors] for anchor in anchors]
        common = [t for t in chains[0] if all(t in chain for chain in chains[1:])]
        path: list[Token] = []
        if len(chains) > 1 and common:
            lowest = common[0]
            # the predicates strictly between the lowest common ancestor and each anchor,
            # the governing ones first
            for chain in chains:
                path.extend(t for t in reversed(chain[: chain.index(lowest)]) if t not in anchors)
            path = [lowest, *path, *common[1:]]
        else:
            path = chains[0][1:]
        for token in path:
            reading = readings.get(token.i)
            if reading is not None:
                return reading
            for candidate in readings.values():
                if token.i in candidate.covered:
                    return candidate
        return None

    def _main_reading(self, readings: dict[int, Reading]) -> Reading:
        def rank(reading: Reading):
            depth = sum(1 for _ in reading.trigger.ancestors)
            return (depth, reading.weak, reading.trigger.i)

        return min(readings.values(), key=rank)

    def _guess(self, chosen: Reading, readings: list[Reading], linked: bool) -> EventTypeGuess | None:
        event, mode, context = self.operators.describe(chosen)
        if event is None:
            return None
        scores: dict[str, float] = {}
        for reading in readings:
            if self.is_statement(reading):
                continue
            weight = 1.0 if reading is chosen else OTHER_CANDIDATE_WEIGHT
            if reading.weak:
                weight *= WEAK_CONFIDENCE
            other_event = self.operators.describe(reading)[0] or ""  # not None: not a statement
            scores[other_event] = scores.get(other_event, 0.0) + weight
        total = sum(scores.values())
        scores = {name: round(value / total, 4) for name, value in sorted(scores.items(), key=lambda kv: -kv[1])}
        confidence = (WEAK_CONFIDENCE if chosen.weak else STRONG_CONFIDENCE) + (LINKED_BONUS if linked else 0.0)
        confidence = round(min(1.0, confidence * (0.5 + 0.5 * scores[event])), 3)
        return EventTypeGuess(
            event,
            chosen.cameo,
            mode,
            context,
            confidence,
            scores,
            chosen.trigger,
            self.context.announced(chosen, event),
        )

    def _non_political(self, reading: Reading, sentence: Span) -> bool:
        """A reading of a word in its everyday sense: the storm that killed, shares that rallied."""
        lexicon = self.lexicon
        subject = _subject_of(reading.trigger)
        if (
            subject is not None
            and subject.lemma_.lower() in lexicon.non_political_subjects
            and not self._of_political(subject)
        ):
            return True
        trigger_lemma = reading.trigger.lemma_.lower()
        for child in reading.trigger.children:
            lemma = child.lemma_.lower()
            if (
                child.dep_ == "dobj"
                and lemma in lexicon.non_political_objects
                and f"{trigger_lemma} {child.lower_}" not in lexicon.verbs  # "opened fire", "set fire"
            ):
                return True
            if (
                child.dep_ == "prep"
                and reading.weak
                and any(g.dep_ == "pobj" and g.lemma_.lower() in lexicon.audience_nouns for g in child.children)
            ):
                return True  # "speaking to reporters"
        if (reading.weak or self._domestic_relief(reading)) and self._after_disaster(sentence):
            return True  # "killed in the earthquake", "crews were called to the crash"
        if reading.weak:
            return _has_score(sentence) or any(
                token.lower_ in lexicon.non_political_cues or token.lemma_.lower() in lexicon.non_political_cues
                for token in sentence
            )
        return False

    def _domestic_relief(self, reading: Reading) -> bool:
        """Aid, an inquiry or instructions by an unnamed body ("the military forces
        mobilized to help", "health authorities were called in to investigate",
        "officials ordered residents to shelter in place"): in a disaster it is the
        relief, not a political event; a named donor ("WHO is providing assistance")
        stays."""
        event, mode, _ = self.operators.describe(reading)
        if event not in {"AID", "REQUEST"} and mode != "investigate":
            return False
        trigger = reading.trigger
        subject = _subject_of(trigger) or next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
        return subject is not None and not any(
            t.pos_ == "PROPN" or t.ent_type_ in PARTY_LABELS for t in subject.subtree
        )

    def _after_disaster(self, sentence: Span) -> bool:
        """Whether the sentence, or the one before it, names a disaster or an accident."""
        cues, subjects = self.lexicon.disaster_cues, self.lexicon.disaster_subjects
        start = sentence.start
        if start > 0:
            start = sentence.doc[start - 1].sent.start
        return any(
            ((t.lemma_.lower() in cues or t.lower_ in cues) and not self._done_by_people(t))
            or (t.dep_ == "nsubj" and (t.lemma_.lower() in subjects or t.lower_ in subjects))
            for t in sentence.doc[start : sentence.end]
        )

    def _done_by_people(self, cue: Token) -> bool:
        """A disaster word used as a verb of people, events or arms ("students flooded
        the streets", "protests erupted", "where rifles were stored"), or as a noun of
        an event ("an eruption of violence"), names no disaster."""
        if cue.pos_ != "VERB":
            # "an eruption of violence": the disaster noun names a human event
            return any(
                prep.lower_ == "of" and g.dep_ == "pobj" and self._names_an_event(g)
                for prep in cue.children
                for g in prep.children
            )
        subject = next((c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None:
            return False
        if subject.lower_ in self.words.relative_pronouns and cue.dep_ == "relcl":
            subject = cue.head  # "a movement that is erupting across the country"
        lemma = subject.lemma_.lower()
        return (
            subject.ent_type_ in PARTY_LABELS
            or lemma in self.lexicon.political_actor_nouns
            or lemma in self.lexicon.protester_actor_nouns
            or subject.lower_ in self.lexicon.protester_actor_nouns
            or lemma in self.words.event_nouns
            or lemma in self.words.crowd_nouns  # "thousands flooded the streets"
            or lemma in self.words.instrument_nouns  # "a depot where rifles were stored": arms, not fertiliser
        )

    def _names_an_event(self, noun: Token) -> bool:
        entry = self.lexicon.nouns.get(noun.lemma_.lower()) or self.lexicon.nouns.get(noun.lower_)
        return noun.lemma_.lower() in self.words.event_nouns or (entry is not None and not entry.object_only)

    def _of_political(self, noun: Token) -> bool:
        """ "a company of soldiers", "a group of the brigade": the noun counts people
        named in its "of" complement, so its everyday sense does not apply."""
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for token in prep.subtree:
                    if token.ent_type_ in PARTY_LABELS or (token.lemma_.lower() in self.lexicon.political_actor_nouns):
                        return True
        return False

    def _political_participant(self, trigger: Token) -> bool:
        """Whether a named actor or a political noun takes part: as the subject or
        object of the trigger or of the verbs that govern it."""
        participants = []
        current = trigger
        for _ in range(3):
            for child in current.children:
                if child.dep_ in {"nsubj", "nsubjpass", "dobj", "dative", "poss", "compound"}:
                    participants.append(child)
                elif child.dep_ in {"agent", "prep"}:
                    participants.extend(g for g in child.children if g.dep_ == "pobj")
            if current.dep_ == "ROOT" or current.head.i == current.i:
                break
            current = current.head
        for participant in participants:
            for token in participant.subtree:
                if token.ent_type_ in PARTY_LABELS:
                    return True
                if (
                    token.lemma_.lower() in self.lexicon.political_actor_nouns
                    or token.lower_ in self.lexicon.political_actor_nouns
                ):
                    return True
        return False


def _has_score(sentence: Span) -> bool:
    """A sports score such as "3-1" or "112-104" (split by the tokenizer into three tokens)."""
    text = doc_text(sentence.doc)[sentence.start_char : sentence.end_char]
    if "-" not in text and "–" not in text:
        return False  # no dash: no score, without making a Token of each word
    tokens = list(sentence)
    return any(
        left.text.isdigit() and dash.text in {"-", "–"} and right.text.isdigit() and len(left.text) <= 3
        for left, dash, right in zip(tokens, tokens[1:], tokens[2:], strict=False)
    )


def _subject_of(verb: Token) -> Token | None:
    """The active subject of a verb, or of the verb that controls it ("the flood
    forced residents to leave": the flood)."""
    current = verb
    for _ in range(3):
        for child in current.children:
            if child.dep_ == "nsubj":
                return child
        caused = caused_doer(current)  # "prompting officials to order ...": the officials
        if caused is not None:
            return caused
        if current.dep_ not in {"xcomp", "advcl", "conj", "ccomp"} or current.head.i == current.i:
            return None
        current = current.head
    return None


def _reported(trigger: Token, predicate: Token) -> bool:
    """Whether ``trigger`` sits in a clause reported by ``predicate`` ("said that ...")."""
    token = trigger
    while token.i != predicate.i and token.head.i != token.i:  # spaCy makes a new Token per access: compare indices
        if token.dep_ in {"ccomp", "parataxis"}:
            return True
        token = token.head
    return False


def classify_text(
    classifier: EventTypeClassifier, doc, source: str | None = None, target: str | None = None
) -> EventTypeGuess | None:
    """The event of a short text (usually one sentence): the sentence holding the
    source (or target) when given, else the most confident sentence."""
    sentences = list(doc.sents)
    for phrase in (source, target):
        if phrase:
            for sentence in sentences:
                if find_phrase(sentence, phrase) is not None:
                    return classifier.classify_sentence(sentence, source, target)
    guesses = [g for g in (classifier.classify_sentence(s, source, target) for s in sentences) if g is not None]
    return max(guesses, key=lambda guess: guess.confidence, default=None)


def relabel(event: str | None, labels: str) -> str | None:
    """An event type in the label set asked for: ``plover16`` (as is) or ``plv15``
    (CONCEDE and RETREAT merged as YIELD, as the public PLOVER sentence sets have it)."""
    if event is None or labels == "plover16":
        return event
    return load_ontology().plv15_merge.get(event, event)
