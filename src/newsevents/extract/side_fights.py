"""Whether "fought with" an armed group names the side one fought on, not the foe.

"A Swedish teacher fought with the Kurdish militia", "British nationals fighting with
Islamic State", "volunteers who have fought with the YPG": a person who is no armed
body, fighting "with" an armed group, joined its fight (military cooperation with it,
COOPERATE 062), and attacked no one of it.  Between two armed bodies, or against the
police, "with" stays the foe: "Kurdish forces fought with Isis", "protesters fought with
police", "he fought with police".  A fight whose foe is named apart is decided in
extract/word_senses.py (fights_alongside).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract.word_senses import described_noun
from newsevents.knowledge.lexicon import EventLexicon
from newsevents.knowledge.words import WordLists

SIDE_ENTITIES = frozenset({"ORG", "NORP"})  # "Isis", "the YPG", "the Kurds"; not a state
BODY_ENTITIES = frozenset({"ORG", "NORP", "GPE"})
RELATIVE_TAGS = frozenset({"WP", "WDT"})


def fights_on_a_side(verb: Token, words: WordLists, lexicon: EventLexicon) -> bool:
    """ "volunteers fighting with the Kurds": a person's fight on an armed group's side."""
    if verb.lemma_.lower() not in words.ally_verbs or any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return False
    fighter = _fighter(verb)
    if fighter is None or not _lone_person(fighter, words, lexicon):
        return False
    sides = [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"
    ]
    return any(_armed_group(side, words, lexicon) for side in sides)


def _fighter(verb: Token) -> Token | None:
    """Who fights: the subject, the noun a relative pronoun stands for ("volunteers who
    fought"), or the noun a participle describes ("nationals fighting")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
        return verb.head
    return subject if subject is not None else described_noun(verb)


def _lone_person(fighter: Token, words: WordLists, lexicon: EventLexicon) -> bool:
    """A person or people of no armed or political body: "a teacher", "volunteers",
    "he", "those"; not "the forces", "the Kurds", "protesters" nor "they"."""
    if fighter.pos_ == "PRON":
        return fighter.lower_ in words.personal_pronouns or fighter.lower_ in words.people_demonstratives
    if fighter.ent_type_ in BODY_ENTITIES:
        return False
    lemma = fighter.lemma_.lower()
    return not (
        lemma in lexicon.armed_actor_nouns
        or fighter.lower_ in lexicon.armed_actor_nouns
        or lemma in words.arresting_nouns
        or lemma in lexicon.protester_actor_nouns
        or fighter.lower_ in lexicon.protester_actor_nouns
    )


def _armed_group(side: Token, words: WordLists, lexicon: EventLexicon) -> bool:
    """An armed group or a people at war, not the police: "the Kurdish militia", "Isis",
    "the YPG", "the Kurds"; not "police", "security forces"."""
    if any(t.lemma_.lower() in words.policing_words for t in side.subtree if t.i <= side.i):
        return False
    named = any(t.ent_type_ in SIDE_ENTITIES for t in side.subtree if t.i <= side.i)
    return named or side.lemma_.lower() in lexicon.armed_actor_nouns or side.lower_ in lexicon.armed_actor_nouns
