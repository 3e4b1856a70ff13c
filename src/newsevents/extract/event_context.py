"""How the words around an event's own predicate change what it is: a verb above
an event noun that asks for it or advocates it, a military campaign it is the aim
of, a future that makes a retreat the concession it announces."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents.extract.lexicon_lookup import noun_entry
from newsevents.extract.operators import Reading
from newsevents.extract.parse_reader import ParseReader
from newsevents.extract.predicates import is_to_infinitive
from newsevents.knowledge.lexicon import LexiconEntry

FORCE = "force"
AIMS_OF_FORCE = {"leadership_change"}  # "a campaign to oust Isis": ousting by arms is the fighting
PLACE_OR_GROUP_ENTITIES = {"GPE", "LOC", "FAC", "ORG"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
MAX_GOVERNOR_STEPS = 4  # "urged Nato to come to its aid": aid -> to -> come -> urged
# Types that PLOVER codes as AGREE when told as still to come: "future CONSULT,
# SUPPORT, COOPERATE, AID are AGREE" (the manual's auxiliary modes).
SCHEDULED_PROMISES = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
# Types whose act a party says it will do is a THREATEN (PLOVER: "will expel", "will
# attack"); not a show of force ("would raise a border force to patrol").
PROMISED_THREATS = frozenset({"ASSAULT", "COERCE", "SANCTION"})


class EventContext:
    """Readings of a predicate corrected by the words that govern it, with one parse reader."""

    def __init__(self, reader: ParseReader):
        self.reader = reader
        self.operators = reader.operators
        self.lexicon = reader.lexicon

    def as_aim_of_force(self, reading: Reading, verb: Token) -> Reading:
        """The aim of a military campaign is that campaign's force: "the battle to
        defend Afrin", "a campaign to oust Isis from Raqqa", "the offensive to free
        the city" are ASSAULT, not a defence (SUPPORT), an ouster (COERCE) or a
        release (RETREAT).  A campaign (a word with political senses too) only
        against a place or an armed group; arrests and other coercion stay as they are."""
        campaign = verb.head
        if verb.dep_ != "acl" or not is_to_infinitive(verb):
            return reading
        entry = noun_entry(campaign, self.lexicon)[0] if campaign.pos_ == "NOUN" else None
        if entry is None or entry.content_class != FORCE:
            return reading
        event = self.operators.describe(reading)[0]
        if event == "ASSAULT" or (event == "COERCE" and reading.content_class not in AIMS_OF_FORCE):
            return reading
        if entry.weak and not any(self._armed_or_place(target) for target in _aimed_at(verb)):
            return reading
        force = self.operators.content(LexiconEntry(content_class=FORCE), reading.trigger)
        return reading if force is None else replace(force, covered=reading.covered)

    def _armed_or_place(self, target: Token) -> bool:
        return target.ent_type_ in PLACE_OR_GROUP_ENTITIES or target.lemma_.lower() in self.lexicon.armed_actor_nouns

    def asked_for_by_governor(self, reading: Reading) -> bool:
        """Whether a verb above an event noun reads it as the content of another event
        ("urged Nato to come to its aid": aid asked for, REQUEST; "pushed for the
        deal": advocated, no event): the noun's event is then that verb's, not one of
        its own."""
        noun = token = reading.trigger
        for _ in range(MAX_GOVERNOR_STEPS):
            if token.head.i == token.i or token.dep_ in SUBJECT_DEPS:
                return False  # "Trump's order for a withdrawal left ...": a subject is not governed
            token = token.head
            if token.pos_ not in {"VERB", "AUX"}:
                continue
            governing = self.reader.read(token, 0)
            if governing is None or noun.i not in governing.covered or governing.cameo == reading.cameo:
                continue  # "came to its aid" is the aid itself: what governs that may still ask for it
            return True  # also under a statement ("pushed for the deal" is advocacy, no event)
        return False

    def as_announcement(self, reading: Reading) -> Reading:
        """A retreat or resignation told as announced, planned or decided is the
        announcement, CONCEDE (PLOVER: "declarations (but not implementations) of ...
        withdrawals"), not the pullback: "Trump has announced a rapid troop withdrawal",
        "Canada plans to withdraw its troops", "the minister intends to resign", "the
        government decided to pull out", "the pullout, announced on Monday", "confirmed he
        was ending all military operations"."""
        announced = self._announced_retreat(reading)
        if announced is None:
            return reading
        return replace(reading, event=announced[0], cameo=announced[1], mode=None)

    def decided_retreat(self, verb: Token) -> Reading | None:
        """The concession of a verb of deciding with no event of its own whose step is a
        retreat: "Russia decided to withdraw its troops" (CONCEDE); "decided to meet"
        stays no event."""
        if _lemma(verb) not in self.reader.words.plan_verbs or verb.tag_ not in {"VBD", "VBN"}:
            return None
        step = next((c for c in verb.children if c.dep_ == "xcomp" and is_to_infinitive(c)), None)
        reading = self.reader.read(step, 1) if step is not None else None
        if reading is None:
            return None
        announced = self._announced_retreat(reading)
        return None if announced is None else replace(reading, event=announced[0], cameo=announced[1], mode=None)

    def _announced_retreat(self, reading: Reading) -> tuple[str, str] | None:
        words = self.reader.words
        trigger = reading.trigger
        lemma = trigger.lemma_.lower()
        event = self.operators.describe(reading)[0] or ""
        if lemma in words.reporting_verbs | words.withdrawal_ordering_verbs:
            return self._concession(reading, event)  # "has announced (ordered) a troop withdrawal"
        if self._declared(trigger):
            return self._concession(reading, event)
        if lemma in words.plan_verbs and trigger.pos_ == "VERB":  # "plans to withdraw": the plan's step
            step = next((c for c in trigger.children if c.dep_ == "xcomp" and is_to_infinitive(c)), None)
            planned = self.reader.read(step, 1) if step is not None else None
            if planned is None or self.operators.intend(planned).cameo != reading.cameo:
                return None  # "plans to meet": a promise of what is no retreat
            return self._concession(planned, self.operators.describe(planned)[0] or "")
        step = _first_of_conjuncts(trigger)
        head = step.head
        if step.dep_ == "xcomp" and head.lemma_.lower() in words.plan_verbs and head.tag_ in {"VBD", "VBN"}:
            return self._concession(reading, event)  # "decided to pull out", "decided to rethink and withdraw"
        if trigger.dep_ == "ccomp" and _lemma(head) in words.announcing_verbs and _progressive(trigger):
            return self._concession(reading, event)  # "announced he was bringing the troops home"
        if trigger.pos_ == "NOUN" and any(
            child.dep_ in {"acl", "amod"} and child.tag_ == "VBN" and _lemma(child) in words.reporting_verbs
            for child in trigger.children
        ):
            return self._concession(reading, event)  # "the pullout, announced on Monday"
        return None

    def _declared(self, trigger: Token) -> bool:
        """A withdrawal noun governed by a declaration or a plan of it: "ordered the
        withdrawal", "his order for a rapid withdrawal", "the timetable for the pullout",
        "the announcement that he was pulling the troops out"."""
        words = self.reader.words
        head = trigger.head
        if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
            return _lemma(head) in words.withdrawal_ordering_verbs | words.announcing_verbs
        if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and head.lower_ in {"for", "of", "on"}:
            return head.head.pos_ == "NOUN" and _lemma(head.head) in words.withdrawal_declaring_nouns
        if trigger.pos_ == "VERB" and trigger.dep_ in {"acl", "ccomp"} and head.pos_ == "NOUN":
            return _lemma(head) in words.withdrawal_declaring_nouns and _progressive(trigger)
        return False

    def announced(self, reading: Reading, event: str) -> tuple[str, str] | None:
        """(type, CAMEO code) of the reading told as still to come, when PLOVER makes
        that another type: a retreat or resignation announced is CONCEDE; a meeting still
        to come, and support, cooperation or aid scheduled ("are due to hold talks", "is
        set to host the summit") is AGREE, a promise of it; what a party says it will act
        to do ("would work with its partners to expel the militias") its promise or
        threat, as "will expel" is."""
        if reading.verbal:
            return None
        if self.lexicon.content_class(reading.content_class).announced_event is not None:
            return self._concession(reading, event)
        if not self._told_as_promised(reading.trigger, event):
            return None
        promised = self.operators.intend(reading)
        return self.operators.describe(promised)[0] or event, promised.cameo

    def _concession(self, reading: Reading, event: str) -> tuple[str, str] | None:
        """The concession a retreat or resignation announces (CONCEDE).  Only the
        class's own deed ("pullout", not "oust" of the same class, its COERCE)."""
        content_class = self.lexicon.content_class(reading.content_class)
        announced_event = content_class.announced_event
        if reading.verbal or announced_event in (None, event) or reading.cameo != content_class.do:
            return None
        return announced_event, self.operators.intend(reading).cameo

    def _told_as_promised(self, verb: Token, event: str) -> bool:
        if event in SCHEDULED_PROMISES and self._scheduled(verb):
            return True
        if event == "CONSULT" and not _purpose_or_offer(verb):
            return True  # PLOVER: a future meeting is AGREE ("before those talks", "talks next week")
        return event in SCHEDULED_PROMISES | PROMISED_THREATS and self._promised_purpose(verb)

    def _scheduled(self, verb: Token) -> bool:
        """ "are due *to hold* talks", "is set *to host*", "is expected *to meet*": an
        event the calendar holds, not a purpose ("travelled to Sochi to discuss")."""
        words = self.reader.words
        if _lemma(verb) in words.raising_verbs and any(c.dep_ == "xcomp" for c in verb.children):
            return True  # "is set to host a summit": the reading's word is "set"
        if verb.dep_ != "xcomp" or not is_to_infinitive(verb):
            return False
        head = verb.head
        if head.pos_ == "ADJ":
            return head.lower_ in words.future_adjectives
        return _lemma(head) in words.raising_verbs

    def _promised_purpose(self, verb: Token) -> bool:
        """The purpose of a verb in the future tense ("will use diplomacy *to expel*
        them"): the party says it will do it."""
        if verb.dep_ != "advcl" or not is_to_infinitive(verb):
            return False
        future = self.reader.words.future_auxiliaries
        return any(child.dep_ == "aux" and child.lower_ in future for child in verb.head.children)


def _purpose_or_offer(verb: Token) -> bool:
    """An infinitive of purpose ("travelled to Sochi *to discuss* Syria") or of a noun
    ("an invitation *to visit* Turkey"): not the actor's own plan."""
    return verb.dep_ in {"advcl", "acl", "relcl"} and is_to_infinitive(verb)


def _progressive(verb: Token) -> bool:
    """ "was bringing", "is withdrawing": told as under way, which an announcement makes
    its plan."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and _lemma(c) == "be" for c in verb.children)


def _first_of_conjuncts(verb: Token) -> Token:
    """ "decided to rethink its policy and *withdraw*": the first verb of the
    conjoined ones, which carries their shared relation."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _aimed_at(verb: Token) -> list[Token]:
    """The object of an aim and the place it is taken from ("oust Isis *from* its
    capital of Raqqa"): the nouns of that phrase."""
    targets = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            targets.extend(t for t in prep.subtree if t.pos_ in {"NOUN", "PROPN"})
    return targets
