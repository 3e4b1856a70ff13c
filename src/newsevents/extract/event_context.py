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
        """ "Trump has announced a rapid troop withdrawal": a retreat a reporting verb
        tells as its object is the announcement, CONCEDE (PLOVER), not the pullback."""
        if reading.trigger.lemma_ not in self.reader.words.reporting_verbs:
            return reading
        announced = self.announced(reading, self.operators.describe(reading)[0] or "")
        if announced is None:
            return reading
        return replace(reading, event=announced[0], cameo=announced[1], mode=None)

    def announced(self, reading: Reading, event: str) -> tuple[str, str] | None:
        """(type, CAMEO code) of the reading told as still to come, when PLOVER makes
        that another type: a retreat or resignation announced is CONCEDE.  Only the
        class's own deed ("pullout", not "oust" of the same class, its COERCE)."""
        content_class = self.lexicon.content_class(reading.content_class)
        announced_event = content_class.announced_event
        if announced_event in (None, event) or reading.verbal or reading.cameo != content_class.do:
            return None
        promised = self.operators.intend(reading)
        return announced_event, promised.cameo


def _aimed_at(verb: Token) -> list[Token]:
    """The object of an aim and the place it is taken from ("oust Isis *from* its
    capital of Raqqa"): the nouns of that phrase."""
    targets = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            targets.extend(t for t in prep.subtree if t.pos_ in {"NOUN", "PROPN"})
    return targets
