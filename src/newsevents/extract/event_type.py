"""Event types: which PLOVER event (and CAMEO code) a clause reports.

The decision is read off the dependency parse with a lexicon written as data
(``data/event_lexicon.yaml``).  An event has a *content* (what it is about:
force, sanctions, a meeting, aid ...) and an *operator* relating the actor to
that content (doing it, ending it, promising it, asking for it, refusing it,
threatening it ...).  A controlling verb is an operator over what it governs, so
"threatened to impose sanctions" is threaten(sanctions) = THREATEN 1312 and
"refused to lift the embargo" is refuse(end(sanctions)) = REJECT 1244.  Future
tense, negation and "must" are operators too (intend, refuse, demand).
The method and its measured accuracy are in docs/classifier.md.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from newsevents.knowledge.files import data_path, load_yaml
from spacy.tokens import Span, Token

from newsevents.ontology import Ontology, load_ontology

if TYPE_CHECKING:
    from newsevents.extract.clauses import Clause

MAX_DEPTH = 5  # operator chains are short ("said it would refuse to lift"); guards odd parses
# Speech acts: tense does not turn them into promises.  (Support is not one: PLOVER
# codes future support as AGREE.)
VERBAL_OPERATORS = {"intend", "appeal", "demand", "refuse", "threaten", "accuse", "condemn", "accept", "deny", "offer", "block"}
COOPERATIVE_QUADS = {1, 2}
# Confidence of a reading: a lexicon word with everyday senses counts for less.
STRONG_CONFIDENCE = 0.85
WEAK_CONFIDENCE = 0.6
LINKED_BONUS = 0.1
OTHER_CANDIDATE_WEIGHT = 0.3


@dataclass(frozen=True)
class LexiconEntry:
    content_class: str | None = None
    operator: str | None = None
    complement_prepositions: tuple[str, ...] = ()
    cameo: str | None = None
    event: str | None = None
    mode: str | None = None
    weak: bool = False
    object_operator: str | None = None  # the operator when what is governed is a noun ("ordered patrols")
    transitive: bool = False  # an event only with a direct object ("returned the artefacts")
    purpose: bool = False  # reads its purpose clause as content ("called him to congratulate him")
    object_only: bool = False  # a thing ("troops", "aid supplies"), an event only under a verb


@dataclass(frozen=True)
class EventLexicon:
    operator_defaults: dict[str, dict[str, str | None]]
    operator_fallbacks: dict[str, str]
    operator_results: dict[str, str]
    armed_actor_nouns: frozenset[str]
    protester_actor_nouns: frozenset[str]
    audience_nouns: frozenset[str]
    classes: dict[str, dict]
    verbs: dict[str, LexiconEntry]
    nouns: dict[str, LexiconEntry]
    reporting_verbs: frozenset[str]
    demand_modals: frozenset[str]
    demand_phrases: frozenset[str]
    appeal_modals: frozenset[str]
    appeal_phrases: frozenset[str]
    claiming_verbs: dict[str, str]
    future_auxiliaries: frozenset[str]
    future_governors: frozenset[str]
    negation_words: frozenset[str]
    non_political_subjects: frozenset[str]
    non_political_cues: frozenset[str]
    political_actor_nouns: frozenset[str]
    route_nouns: frozenset[str]
    refusal_governors: frozenset[str]
    threat_modals: frozenset[str]
    statement_adjectives: dict[str, str]
    non_political_objects: frozenset[str]


def _entry(spec: dict) -> LexiconEntry:
    return LexiconEntry(
        content_class=spec.get("class"),
        operator=spec.get("op"),
        complement_prepositions=tuple(spec.get("comp", ())),
        cameo=spec.get("cameo"),
        event=spec.get("event"),
        mode=spec.get("mode"),
        weak=bool(spec.get("weak", False)),
        object_operator=spec.get("object_op"),
        transitive=bool(spec.get("transitive", False)),
        purpose=bool(spec.get("purpose", False)),
        object_only=bool(spec.get("object", False)),
    )


@lru_cache(maxsize=1)
def load_event_lexicon() -> EventLexicon:
    """Read the lexicon once per process."""
    path = data_path("event_lexicon.yaml")
    data = load_yaml(path.read_text(encoding="utf-8"))
    return EventLexicon(
        operator_defaults=data["operator_defaults"],
        operator_fallbacks=data["operator_fallbacks"],
        operator_results=data["operator_results"],
        armed_actor_nouns=frozenset(data["armed_actor_nouns"]),
        protester_actor_nouns=frozenset(data["protester_actor_nouns"]),
        audience_nouns=frozenset(data["audience_nouns"]),
        classes=data["classes"],
        verbs={key: _entry(spec) for key, spec in data["verbs"].items()},
        nouns={key: _entry(spec) for key, spec in data["nouns"].items()},
        reporting_verbs=frozenset(data["reporting_verbs"]),
        demand_modals=frozenset(data["demand_modals"]),
        demand_phrases=frozenset(data["demand_phrases"]),
        appeal_modals=frozenset(data["appeal_modals"]),
        appeal_phrases=frozenset(data["appeal_phrases"]),
        claiming_verbs=dict(data["claiming_verbs"]),
        future_auxiliaries=frozenset(data["future_auxiliaries"]),
        future_governors=frozenset(data["future_governors"]),
        negation_words=frozenset(data["negation_words"]),
        non_political_subjects=frozenset(data["non_political_subjects"]),
        non_political_cues=frozenset(data["non_political_cues"]),
        political_actor_nouns=frozenset(data["political_actor_nouns"]),
        route_nouns=frozenset(data["route_nouns"]),
        refusal_governors=frozenset(data["refusal_governors"]),
        threat_modals=frozenset(data["threat_modals"]),
        statement_adjectives=dict(data["statement_adjectives"]),
        non_political_objects=frozenset(data["non_political_objects"]),
    )


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


@dataclass(frozen=True)
class Reading:
    """One reading of a predicate: a CAMEO code, and the content it was about."""

    cameo: str
    trigger: Token
    content_class: str | None = None
    event: str | None = None
    mode: str | None = None
    weak: bool = False
    verbal: bool = False  # produced by a speech-act operator: tense does not change it
    bare: bool = False  # a controlling word read with nothing under it
    covered: frozenset[int] = frozenset()  # token indices this reading used


class EventTypeClassifier:
    """Classifies clauses and sentences into PLOVER event types; loads its data once."""

    def __init__(self, lexicon: EventLexicon | None = None, ontology: Ontology | None = None):
        self.lexicon = lexicon or load_event_lexicon()
        self.ontology = ontology or load_ontology()

    # -- public interface -------------------------------------------------

    def classify(self, clause: Clause) -> EventTypeGuess | None:
        """The event type of one clause (None: no political event)."""
        reading = self._read(clause.predicate, 0)
        if reading is None or self._non_political(reading, clause.sentence):
            return None
        if _reported(reading.trigger, clause.predicate):
            return None  # "X said Y attacked": the clause of "attacked" carries that event
        return self._guess(reading, [reading], linked=clause.actor is not None)

    def is_statement(self, reading: Reading) -> bool:
        """A CAMEO statement (comment, condolences, claim of responsibility): no PLOVER event."""
        return self._describe(reading)[0] is None

    def classify_sentence(
        self, sentence: Span, source: str | None = None, target: str | None = None
    ) -> EventTypeGuess | None:
        """The event of a sentence: the one linking source and target when they are
        given and found, else the main event clause."""
        readings = self._sentence_readings(sentence, spans_given=bool(source or target))
        if not readings:
            return None
        anchors = [a for a in (_find_phrase(sentence, source), _find_phrase(sentence, target)) if a is not None]
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
            if token.pos_ == "VERB" and token.dep_ in {"amod", "acl"} and not any(c.dep_ == "nsubj" for c in token.children):
                continue  # "Russia-backed forces", "funding to fight ...": description, not an event
            if token.pos_ == "NOUN" and token.dep_ == "compound":
                continue  # "a trade delegation": the modifier is read with its head
            reading = self._read(token, 0, standalone=True)
            if reading is None or self._non_political(reading, sentence):
                continue
            if (reading.weak or reading.bare) and not spans_given and not self._political_participant(reading.trigger):
                continue
            readings[token.i] = reading
        # A complement read by its controlling verb is not an event of its own.
        covered = set()
        for index, reading in readings.items():
            covered.update(i for i in reading.covered if i != index)
        return {i: r for i, r in readings.items() if i not in covered}

    def _linking_reading(self, readings: dict[int, Reading], anchors: list[Token]) -> Reading | None:
        """The reading of the lowest predicate governing all anchors, walking up."""
        chains = [[anchor, *anchor.ancestors] for anchor in anchors]
        common = [t for t in chains[0] if all(t in chain for chain in chains[1:])]
        path = []
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
            for index, candidate in readings.items():
                if token.i in candidate.covered:
                    return candidate
        return None

    def _main_reading(self, readings: dict[int, Reading]) -> Reading:
        def rank(reading: Reading):
            depth = sum(1 for _ in reading.trigger.ancestors)
            return (depth, reading.weak, reading.trigger.i)

        return min(readings.values(), key=rank)

    def _guess(self, chosen: Reading, readings: list[Reading], linked: bool) -> EventTypeGuess | None:
        event, mode, context = self._describe(chosen)
        if event is None:
            return None
        scores: dict[str, float] = {}
        for reading in readings:
            if self.is_statement(reading):
                continue
            weight = 1.0 if reading is chosen else OTHER_CANDIDATE_WEIGHT
            if reading.weak:
                weight *= WEAK_CONFIDENCE
            other_event = self._describe(reading)[0]
            scores[other_event] = scores.get(other_event, 0.0) + weight
        total = sum(scores.values())
        scores = {name: round(value / total, 4) for name, value in sorted(scores.items(), key=lambda kv: -kv[1])}
        confidence = (WEAK_CONFIDENCE if chosen.weak else STRONG_CONFIDENCE) + (LINKED_BONUS if linked else 0.0)
        confidence = round(min(1.0, confidence * (0.5 + 0.5 * scores[event])), 3)
        return EventTypeGuess(event, chosen.cameo, mode, context, confidence, scores, chosen.trigger)

    def _describe(self, reading: Reading) -> tuple[str | None, str | None, str | None]:
        code = self.ontology.cameo_codes.get(reading.cameo)
        event = reading.event or (code.plover_event if code else None) or _event_without_plover(reading.cameo)
        mode = reading.mode or (code.plover_mode if code else None)
        context = code.plover_context if code else None
        return event, mode, context

    def _non_political(self, reading: Reading, sentence: Span) -> bool:
        """A reading of a word in its everyday sense: the storm that killed, shares that rallied."""
        lexicon = self.lexicon
        subject = _subject_of(reading.trigger)
        if subject is not None and subject.lemma_.lower() in lexicon.non_political_subjects:
            return True
        for child in reading.trigger.children:
            lemma = child.lemma_.lower()
            if child.dep_ == "dobj" and lemma in lexicon.non_political_objects:
                return True
            if child.dep_ == "prep" and reading.weak and any(
                g.dep_ == "pobj" and g.lemma_.lower() in lexicon.audience_nouns for g in child.children
            ):
                return True  # "speaking to reporters"
        if reading.weak:
            return _has_score(sentence) or any(
                token.lower_ in lexicon.non_political_cues or token.lemma_.lower() in lexicon.non_political_cues
                for token in sentence
            )
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
                if token.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"}:
                    return True
                if token.lemma_.lower() in self.lexicon.political_actor_nouns or token.lower_ in self.lexicon.political_actor_nouns:
                    return True
        return False

    # -- reading one predicate ---------------------------------------------

    def _read(self, token: Token, depth: int, standalone: bool = False) -> Reading | None:
        if depth > MAX_DEPTH:
            return None
        lexicon = self.lexicon
        lemma = token.lemma_.lower()
        is_verb = token.pos_ in {"VERB", "AUX"}
        entry, used = (_verb_entry(token, lexicon) if is_verb else _noun_entry(token, lexicon))
        if entry is None and is_verb:
            return self._read_through(token, depth, lemma) or self._bare_demand(token)
        if entry is None or (standalone and entry.object_only):
            return None
        if entry.operator:
            complement = self._complement(token, entry, depth)
            operator = entry.operator
            if complement is not None and entry.object_operator and complement.trigger.pos_ != "VERB":
                operator = entry.object_operator
            reading = self._apply(operator, complement, token, entry)
        else:
            reading = self._content(entry, token)
        if reading is None and is_verb:
            # "announced that ...": a verb that reports as well as acts
            return self._read_through(token, depth, lemma) or self._bare_demand(token)
        if reading is None:
            return None
        reading = _replace(reading, covered=reading.covered | {token.i, *(t.i for t in used)})
        if standalone and not is_verb:  # an event noun with no verb over it: weaker evidence
            reading = _replace(reading, weak=True)
        return self._modify(token, reading) if is_verb else reading

    def _read_through(self, token: Token, depth: int, lemma: str) -> Reading | None:
        """Verbs that are not events themselves: speech ("said that ...") and plans
        ("plans to ..."), read through to what they govern."""
        lexicon = self.lexicon
        if lemma in lexicon.reporting_verbs:
            for child in token.children:
                if lemma in lexicon.claiming_verbs and child.dep_ == "ccomp" and any(
                    g.dep_ == "nsubj" and g.pos_ == "PRON" for g in child.children
                ):
                    return Reading(cameo=lexicon.claiming_verbs[lemma], trigger=token, verbal=True, covered=frozenset(t.i for t in token.subtree))
                if child.dep_ in {"ccomp", "parataxis"} or (child.dep_ == "xcomp" and child.pos_ == "VERB"):
                    reading = self._read(child, depth + 1)
                    if reading is not None:
                        return self._reported_as(token, _replace(reading, covered=reading.covered | {token.i}))
            for child in token.children:  # "reiterated its support for ...", "announced sanctions"
                if child.dep_ == "dobj" and child.pos_ == "NOUN":
                    reading = self._read_noun(child, depth + 1)
                    if reading is not None and reading.cameo:
                        return _replace(reading, trigger=token, covered=reading.covered | {token.i})
            return None
        for child in token.children:
            if child.dep_ == "acomp" and child.lemma_.lower() in lexicon.statement_adjectives:
                # "was responsible for mass killings": the killings are what is reported
                for prep in child.children:
                    if prep.dep_ == "prep" and prep.lower_ in {"for", "of"}:
                        for governed in prep.children:
                            reading = self._read(governed, depth + 1) if governed.pos_ == "VERB" else self._read_noun(governed, depth + 1)
                            if reading is not None and reading.cameo and not self._cooperative(reading, {}):
                                return _replace(reading, covered=reading.covered | {token.i, child.i})
                return Reading(cameo=lexicon.statement_adjectives[child.lemma_.lower()], trigger=token,
                               verbal=True, covered=frozenset({token.i, *(t.i for t in child.subtree)}))
        refusal = lemma in lexicon.refusal_governors
        if refusal or lemma in lexicon.future_governors or _has_acomp(token, lexicon.future_governors):
            for child in [*token.children, *(c for a in token.children if a.dep_ == "acomp" for c in a.children)]:
                if child.dep_ == "xcomp" and child.pos_ in {"VERB", "AUX"}:
                    reading = self._read(child, depth + 1)
                    if reading is not None:
                        reading = self._operate(reading, "refuse") if refusal else self._intend(reading)
                        reading = _replace(reading, trigger=token, covered=reading.covered | {token.i})
                        return self._modify(token, reading)
        return None

    def _reported_as(self, verb: Token, reading: Reading) -> Reading:
        """"reiterated its demand that Israel ease ...": the object noun of a reporting
        verb says what kind of speech act the reported clause is."""
        for child in verb.children:
            if child.dep_ == "dobj" and child.pos_ == "NOUN":
                entry = _noun_entry(child, self.lexicon)[0]
                if entry is not None and entry.operator and entry.operator != "do":
                    applied = self._apply(entry.operator, reading, child, entry)
                    if applied is not None:
                        return _replace(applied, covered=applied.covered | {child.i, verb.i})
        return reading

    def _bare_demand(self, token: Token) -> Reading | None:
        """"China must drop its barriers": a demand even when what is demanded is unknown."""
        if _modal_words(token) & self.lexicon.demand_modals:
            return Reading(cameo=self.lexicon.operator_defaults["demand"]["none"], trigger=token, verbal=True,
                           bare=True, covered=frozenset({token.i}))
        return None

    def _content(self, entry: LexiconEntry, token: Token) -> Reading | None:
        spec = self.lexicon.classes.get(entry.content_class or "")
        for key, nouns in (("armed_actor", self.lexicon.armed_actor_nouns), ("protester_actor", self.lexicon.protester_actor_nouns)):
            if spec and key in spec and self._actor_among(token, nouns):
                entry = LexiconEntry(content_class=spec[key], weak=entry.weak)
                spec = self.lexicon.classes[entry.content_class]
        code = entry.cameo or (spec or {}).get("do")
        if code is None and (spec or {}).get("polarity") == "neutral":
            code = ""  # content only for the operators its class names ("kicked out of the programme")
        if code is None:
            return None
        return self._peacekeeping(Reading(
            cameo=code,
            trigger=token,
            content_class=entry.content_class,
            # a verb's own CAMEO code decides its type; else the class may name one
            event=entry.event or (None if entry.cameo else (spec or {}).get("event")),
            mode=entry.mode or (None if entry.cameo else (spec or {}).get("mode")),
            weak=entry.weak,
        ), token)

    def _complement(self, token: Token, entry: LexiconEntry, depth: int) -> Reading | None:
        """What a controlling word governs, read as content."""
        preps = set(entry.complement_prepositions)
        candidates: list[Token] = []
        for child in token.children:
            if child.dep_ in {"prep", "agent"} and child.lower_ in preps:
                candidates.extend(g for g in child.children if g.dep_ in {"pobj", "pcomp"})
            elif child.dep_ in {"prep", "prt", "advmod"}:  # "out of the programme", "away from"
                for inner in child.children:
                    if inner.dep_ == "prep" and inner.lower_ in preps:
                        candidates.extend(g for g in inner.children if g.dep_ in {"pobj", "pcomp"})
        clausal = ({"xcomp"}, {"ccomp"}) if entry.operator != "do" else ({"xcomp"},)
        for deps in clausal:
            candidates.extend(child for child in token.children if child.dep_ in deps)
        objects = []
        for child in token.children:
            if child.dep_ in {"dobj", "nsubjpass", "attr", "oprd"}:
                objects.extend([child, *child.conjuncts])  # "sent teams and medical supplies"
        # "sworn to fight": an infinitive the parser hung as an adverbial clause; for verbs
        # of sending, the purpose says what kind of event it is ("sent a team to investigate")
        adverbial = [
            child for child in token.children
            if child.dep_ == "advcl" and (entry.purpose or (entry.operator != "do" and _is_infinitive(child)))
        ]
        candidates.extend([*adverbial, *objects] if entry.purpose else [*objects, *adverbial])
        if token.pos_ in {"NOUN", "PROPN"}:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in {"of", "for", "on", "to", "against"}:
                    candidates.extend(g for g in child.children if g.dep_ in {"pobj", "pcomp"})
                elif child.dep_ in {"acl", "ccomp", "relcl"} and child.pos_ == "VERB":  # "its demand that Israel ease ..."
                    candidates.append(child)
        # "urged Japan to lift": the infinitive may hang under the object
        for child in token.children:
            if child.dep_ in {"dobj", "pobj"}:
                candidates.extend(g for g in child.children if g.dep_ == "acl" and _is_infinitive(g))
        for candidate in candidates:
            reading = self._read(candidate, depth + 1) if candidate.pos_ in {"VERB", "AUX"} else self._read_noun(candidate, depth + 1)
            if reading is None:
                continue
            spec = self.lexicon.classes.get(reading.content_class or "", {})
            if spec.get("polarity") == "neutral" and entry.operator not in spec:
                continue  # "withdrew peacekeepers from the border": the border is only a place
            return self._peacekeeping(reading, token)
        return None

    def _actor_among(self, token: Token, nouns: frozenset[str]) -> bool:
        """Whether the subject (or passive agent) of the verb is one of ``nouns``
        (soldiers, protesters ...)."""
        verb = token if token.pos_ in {"VERB", "AUX"} else token.head
        for child in verb.children:
            phrases = [child] if child.dep_ == "nsubj" else [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "agent" else []
            for phrase in phrases:
                if any(t.lemma_.lower() in nouns or t.lower_ in nouns for t in phrase.subtree):
                    return True
        return False

    def _peacekeeping(self, reading: Reading, scope: Token) -> Reading:
        """Troops sent to a peacekeeping force are aid (074), not a show of force."""
        if reading.content_class != "mobilize":
            return reading
        verb = scope if scope.pos_ in {"VERB", "AUX"} else scope.head
        subjects = [t for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"} for t in child.subtree]
        for token in [*scope.subtree, *subjects]:
            entry = _noun_entry(token, self.lexicon)[0]
            if entry is not None and entry.content_class == "peacekeeping":
                spec = self.lexicon.classes["peacekeeping"]
                return _replace(reading, cameo=spec["do"], content_class="peacekeeping", event=None, mode=None)
        return reading

    def _read_noun(self, token: Token, depth: int) -> Reading | None:
        reading = self._read(token, depth)
        if reading is not None and not reading.weak:
            return reading
        if depth > MAX_DEPTH:
            return reading
        # "an operation to detain ...", "efforts to expand trade": the purpose names the event
        for child in token.children:
            if child.dep_ == "acl" and _is_infinitive(child):
                purpose = self._read(child, depth + 1)
                if purpose is not None:
                    return purpose
        if reading is not None:
            return reading
        # "hundreds of troops" is read at "troops"
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        reading = self._read(grandchild, depth + 1)
                        if reading is not None:
                            return reading
        return None

    def _apply(self, operator: str, content: Reading | None, token: Token, entry: LexiconEntry) -> Reading | None:
        lexicon = self.lexicon
        defaults = lexicon.operator_defaults[operator]
        base = dict(trigger=token, weak=entry.weak, event=entry.event, mode=entry.mode)
        if content is None:
            if entry.content_class:  # "withdrew" with nothing withdrawn: the verb's own content
                return self._content(entry, token)
            if entry.transitive and not any(_is_object(child) for child in token.children):
                return None
            code = entry.cameo or defaults["none"]
            if code is None:
                return None
            return Reading(cameo=code, verbal=operator in VERBAL_OPERATORS, bare=True,
                           content_class=lexicon.operator_results.get(operator), **base)
        covered = content.covered
        spec = lexicon.classes.get(content.content_class or "", {})
        if spec.get("polarity") == "neutral" and operator not in spec:
            return self._apply(operator, None, token, entry)
        if operator == "do" or (content.verbal and operator == "offer"):  # "offered scathing criticism"
            return _replace(content, trigger=token, weak=content.weak and entry.weak, covered=covered)
        cooperative = self._cooperative(content, spec)
        value = spec.get(operator)
        fallback = lexicon.operator_fallbacks.get(operator)
        if value is None and fallback == "do":  # "sent experts to investigate": the content itself
            return _replace(content, trigger=token, weak=content.weak and entry.weak, covered=covered)
        if value is None and fallback and (cooperative or operator != "offer"):
            value = spec.get(fallback)  # an offer of cooperation is a promise of it; of force, still an offer
        if isinstance(value, dict):
            new_class = value["class"]
            new_spec = lexicon.classes[new_class]
            return Reading(
                cameo=new_spec["do"], content_class=new_class, covered=covered,
                trigger=token, weak=entry.weak and content.weak,
                event=new_spec.get("event"), mode=new_spec.get("mode"),
            )
        if value is None:
            value = defaults["coop" if cooperative else "conflict"] or entry.cameo
        if value == "do":
            return _replace(content, trigger=token, weak=content.weak and entry.weak, covered=covered)
        if value is None:
            return None
        return Reading(
            cameo=value, trigger=token, covered=covered, weak=entry.weak and content.weak,
            verbal=operator in VERBAL_OPERATORS, event=entry.event, mode=entry.mode,
            content_class=lexicon.operator_results.get(operator),
        )

    def _cooperative(self, reading: Reading, spec: dict) -> bool:
        if "polarity" in spec:
            return spec["polarity"] == "coop"
        event = self._describe(reading)[0]
        return self.ontology.quad_of_type.get(event, 3) in COOPERATIVE_QUADS

    def _modify(self, token: Token, reading: Reading) -> Reading:
        """Negation, future tense and "must" on the predicate itself."""
        lexicon = self.lexicon
        lowers = _modal_words(token)
        spec = lexicon.classes.get(reading.content_class or "", {})
        if lowers & lexicon.negation_words:
            if self._cooperative(reading, spec):
                code = spec.get("refuse") or lexicon.operator_defaults["refuse"]["coop"]
                return _replace(reading, cameo=code, content_class=None, event=None, mode=None, verbal=True)
            return reading
        asking = _asking_operator(token, lowers, lexicon)
        if asking and self._describe(reading)[0] != "REQUEST":
            return self._operate(reading, asking)
        if reading.verbal:
            return reading
        if lowers & lexicon.future_auxiliaries or _going_to(token):
            return self._intend(reading)
        if lowers & lexicon.threat_modals and not self._cooperative(reading, spec):
            return self._intend(reading)
        return reading

    def _intend(self, reading: Reading) -> Reading:
        if reading.verbal:
            return reading
        return self._operate(reading, "intend")

    def _operate(self, reading: Reading, operator: str) -> Reading:
        spec = self.lexicon.classes.get(reading.content_class or "", {})
        if spec.get("polarity") == "neutral" and operator not in spec:
            return reading  # "a funeral will be held": tense does not make a ceremony a promise
        value = spec.get(operator)
        if isinstance(value, dict):
            value = self.lexicon.classes[value["class"]]["do"]
        if value is None:
            value = self.lexicon.operator_defaults[operator]["coop" if self._cooperative(reading, spec) else "conflict"]
        return _replace(reading, cameo=value, event=None, mode=None, verbal=True)


def _replace(reading: Reading, **changes) -> Reading:
    values = {name: getattr(reading, name) for name in reading.__dataclass_fields__}
    values.update(changes)
    return Reading(**values)


def _event_without_plover(cameo: str) -> str | None:
    """CAMEO appeals (02) have no PLOVER type of their own: an appeal is a REQUEST,
    a denial of responsibility (016) a REJECT; other statements (01) are no event."""
    if cameo.startswith("02"):
        return "REQUEST"
    if cameo.startswith("016"):
        return "REJECT"
    return None


def _verb_entry(token: Token, lexicon: EventLexicon) -> tuple[LexiconEntry | None, list[Token]]:
    lemma = token.lemma_.lower()
    children = list(token.children)
    has_complement = any(c.dep_ == "xcomp" for c in children)
    for child in sorted(children, key=lambda c: c.dep_ != "prt"):  # particles first
        if child.dep_ in {"prt", "prep", "dobj", "advmod", "oprd", "acomp", "ccomp", "compound:prt"}:
            if child.dep_ == "prep" and any(g.ent_type_ in {"DATE", "TIME"} for g in child.children):
                continue  # "called on Sunday" is no "call on"
            if child.dep_ == "prep" and any(c.dep_ == "xcomp" and c.i < child.i for c in children):
                continue  # "agreed to lift ... with strings attached" is no "agree with"
            entry = lexicon.verbs.get(f"{lemma} {child.lower_}")
            if entry is not None and not (entry.operator is None and child.dep_ == "prep" and has_complement):
                return entry, [child]  # but "agreed with Cuba to repatriate ..." is no "agree with"
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and following.pos_ in {"ADV", "ADP", "PART"}:  # "worked together", parsed elsewhere
        entry = lexicon.verbs.get(f"{lemma} {following.lower_}")
        if entry is not None:
            return entry, [following]
    entry = lexicon.verbs.get(lemma)
    return entry, []


def _noun_entry(token: Token, lexicon: EventLexicon) -> tuple[LexiconEntry | None, list[Token]]:
    lemma = token.lemma_.lower()
    lower = token.lower_
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-":  # "cease-fire", split by the tokenizer
        entry = lexicon.nouns.get(f"{doc[token.i - 2].lower_}-{lower}")
        if entry is not None:
            return entry, [doc[token.i - 2]]
    if token.ent_type_ == "MONEY":  # "gave $2 million"
        return LexiconEntry(content_class="economic_aid", object_only=True), []
    for child in token.lefts:
        if child.dep_ in {"compound", "amod", "nmod"}:
            for key in (f"{child.lemma_.lower()} {lemma}", f"{child.lower_} {lower}"):
                entry = lexicon.nouns.get(key)
                if entry is not None:
                    return entry, [child]
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            for grandchild in child.children:
                entry = lexicon.nouns.get(f"{lemma} of {grandchild.lemma_.lower()}")
                if entry is not None:
                    return entry, [child, grandchild]
    entry = lexicon.nouns.get(lower) or lexicon.nouns.get(lemma)
    if entry is None and lemma in lexicon.route_nouns:
        return LexiconEntry(content_class="route", object_only=True), []
    if entry is None:  # "an aid programme", "the relief operation": the modifier names the content
        for child in token.lefts:
            if child.dep_ == "compound" and child.pos_ == "NOUN":
                modifier = lexicon.nouns.get(child.lemma_.lower())
                if modifier is not None and modifier.content_class and not modifier.weak:
                    return modifier, [child]
    return entry, []


def _has_score(sentence: Span) -> bool:
    """A sports score such as "3-1" or "112-104" (split by the tokenizer into three tokens)."""
    tokens = list(sentence)
    return any(
        left.text.isdigit() and dash.text in {"-", "–"} and right.text.isdigit() and len(left.text) <= 3
        for left, dash, right in zip(tokens, tokens[1:], tokens[2:])
    )


def _subject_of(verb: Token) -> Token | None:
    """The active subject of a verb, or of the verb that controls it ("the flood
    forced residents to leave": the flood)."""
    current = verb
    for _ in range(3):
        for child in current.children:
            if child.dep_ == "nsubj":
                return child
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


def _is_object(token: Token) -> bool:
    """A direct object, the subject of a passive, or a noun the parser left as an
    adverbial ("returned to Brazil last week 21 frogs")."""
    if token.dep_ in {"dobj", "nsubjpass"}:
        return True
    return token.dep_ == "npadvmod" and token.pos_ == "NOUN" and token.ent_type_ not in {"DATE", "TIME"}


def _is_infinitive(verb: Token) -> bool:
    return verb.pos_ == "VERB" and any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)


def _modal_words(token: Token) -> set[str]:
    return {child.lower_ for child in token.children if child.dep_ in {"aux", "neg", "advmod", "auxpass"}}


def _has_acomp(token: Token, words: frozenset[str]) -> bool:
    return any(child.dep_ == "acomp" and child.lemma_.lower() in words for child in token.children)


def _asking_operator(token: Token, modals: set[str], lexicon: EventLexicon) -> str | None:
    """"must withdraw", "has to withdraw": a demand; "should", "needs to": an appeal."""
    head = token.head
    phrase = f"{head.lemma_.lower()} to" if token.dep_ == "xcomp" and head.i != token.i else ""
    if modals & lexicon.demand_modals or phrase in lexicon.demand_phrases:
        return "demand"
    if modals & lexicon.appeal_modals or phrase in lexicon.appeal_phrases:
        return "appeal"
    return None


def _going_to(token: Token) -> bool:
    head = token.head
    return token.dep_ == "xcomp" and head.lower_ == "going" and any(c.lower_ in {"is", "are", "am", "'s", "'re", "was", "were"} for c in head.children)


def _find_phrase(sentence: Span, phrase: str | None) -> Token | None:
    """The head token of the first occurrence of ``phrase`` in the sentence."""
    if not phrase or not phrase.strip():
        return None
    text = sentence.text
    start = text.find(phrase.strip())
    if start < 0:
        start = text.lower().find(phrase.strip().lower())
    if start < 0:
        # a discontinuous phrase ("Prisoners in Dili" for "Prisoners rioted at a jail in Dili"):
        # its first word, else its last
        words = [w for w in phrase.split() if len(w) > 2 and w[0].isalpha()]
        for word in words[:1] + words[-1:]:
            for token in sentence:
                if token.text == word:
                    return token
        return None
    span = sentence.char_span(start, start + len(phrase.strip()), alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def classify_text(
    classifier: EventTypeClassifier, doc, source: str | None = None, target: str | None = None
) -> EventTypeGuess | None:
    """The event of a short text (usually one sentence): the sentence holding the
    source (or target) when given, else the most confident sentence."""
    sentences = list(doc.sents)
    for phrase in (source, target):
        if phrase:
            for sentence in sentences:
                if _find_phrase(sentence, phrase) is not None:
                    return classifier.classify_sentence(sentence, source, target)
    guesses = [g for g in (classifier.classify_sentence(s, source, target) for s in sentences) if g is not None]
    return max(guesses, key=lambda guess: guess.confidence, default=None)


@lru_cache(maxsize=1)
def _label_merges() -> dict[str, str]:
    path = data_path("plover.yaml")
    return dict(load_yaml(path.read_text(encoding="utf-8")).get("plv15_merge", {}))


def relabel(event: str | None, labels: str) -> str | None:
    """An event type in the label set asked for: ``plover16`` (as is) or ``plv15``
    (CONCEDE and RETREAT merged as YIELD, as the public PLOVER sentence sets have it)."""
    if event is None or labels == "plover16":
        return event
    return _label_merges().get(event, event)
