"""Noun phrases and their coordinated members, read off the dependency parse: the
phrase a party is named by ("the President of Turkey"), the name in apposition to
it, the further parties coordinated with it ("Russia and the US"), and where a
phrase given as text stands in a sentence."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from newsevents.extract.predicates import prepositional_objects
from newsevents.knowledge.actors import load_sector_words
from newsevents.knowledge.words import WordLists

PEOPLE_ENTITIES = frozenset({"ORG", "NORP", "PERSON"})  # not a place: "the roads of Idlib"
RIDER_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})  # not "it": "the box it came in"

# Left dependents that belong to a noun phrase ("Turkish President Recep Tayyip Erdogan").
PHRASE_LEFT_DEPS = {"compound", "amod", "det", "poss", "nmod", "nummod", "quantmod", "npadvmod", "case", "punct"}
NOT_ACTOR_ENTITIES = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}


def noun_phrase(token: Token) -> Span:
    """The phrase a noun heads: its left modifiers, itself, and an "of" complement
    ("the President of Turkey"); not relative clauses, appositions or conjuncts."""
    doc = token.doc
    start = token.i
    for child in token.lefts:
        if child.dep_ in PHRASE_LEFT_DEPS:
            start = min(start, child.left_edge.i)
    end = token.i + 1
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and token.pos_ == "NOUN":
            end = max(end, child.right_edge.i + 1)
        elif child.dep_ in {"compound", "flat", "nummod"}:
            end = max(end, child.right_edge.i + 1)
    while start < token.i and doc[start].is_punct:
        start += 1
    while end - 1 > token.i and (doc[end - 1].is_punct or doc[end - 1].dep_ == "case"):
        end -= 1
    return doc[start:end]


def apposition(phrase: Span) -> Span | None:
    """The name in apposition to a phrase ("his Turkish counterpart, *Recep Tayyip
    Erdogan*"), which may say who the phrase is when the phrase alone does not."""
    appositive = next((child for child in phrase.root.children if child.dep_ == "appos"), None)
    return noun_phrase(appositive) if appositive is not None else None


def conjuncts(token: Token) -> list[Token]:
    """The token and the nouns coordinated with it ("Turkey and Russia")."""
    return [token, *(t for t in token.conjuncts if t.i > token.i and t.pos_ in {"NOUN", "PROPN", "PRON"})]


def modifier_conjuncts(token: Token) -> list[Token]:
    """Coordinated country words before a noun: "Russian and Turkish troops"."""
    for child in token.lefts:
        if child.dep_ in {"amod", "compound"} and child.conjuncts:
            return [child, *(t for t in child.conjuncts if t.i > child.i)]
    return []


def candidate_phrases(heads: list[Token], words: WordLists) -> list[Span]:
    """The phrases of candidate parties headed by ``heads``, best first; last, a
    direct object's coordinated nouns, tried when nothing else names a party ("crushed
    any potent or legitimate opposition", its adjective parsed as the object).  Not an
    event's ("denied the attack and a delegation arrived": two clauses run together)."""
    phrases = []
    conjoined = [member for head in heads for member in _object_conjuncts(head, words)]
    for head in [*heads, *conjoined]:
        if head.pos_ == "NUM" or head.lemma_.lower() in words.counting_nouns:
            # "two of the militants", "arrested thousands of activists": the ones counted;
            # "another 40 were detained": people
            head = next((g for c in head.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), head)
            if head.pos_ == "NUM" and head.dep_ == "nsubjpass":
                phrases.append(noun_phrase(head))
                continue
        elif _quantifier(head):  # "resisted several of the proposals"; not "all of Syria": a place
            head = next((g for g in prepositional_objects(head, {"of"}) if g.pos_ == "NOUN"), head)
        if head.ent_type_ in NOT_ACTOR_ENTITIES:
            continue  # "on Monday", "for $1.4 billion"
        # "Iraqi facilities hosting US personnel": who the place hosts, before the place
        phrases += [noun_phrase(hosted) for hosted in hosted_by(head, words)]
        phrases += [noun_phrase(inside) for inside in carried_people(head, words)]  # "a convoy of fighters": them
        phrases.append(noun_phrase(head))
        phrases += [noun_phrase(held) for held in held_people(head, words)]
        # "a Russian-made system": the country in a thing's modifiers
        for token in head.subtree:
            if token.i < head.i and token.ent_type_ in {"NORP", "GPE"}:
                phrases.append(token.doc[token.i : token.i + 1])
    return phrases


def _quantifier(token: Token) -> bool:
    """A word that counts what its "of" names, in a party's place: "most of the
    fighters", "several of the proposals"."""
    return token.pos_ in {"ADJ", "DET", "PRON"} and token.lower_ in load_sector_words().quantifiers


def held_people(ground: Token, words: WordLists) -> list[Token]:
    """Who holds a piece of ground (the ones attacked there, before any place named
    after them): named with "of" ("the last pockets *of Isis fighters*", "positions of
    the militia"; not "pockets of territory"), or by a holding participle on any ground
    ("positions *held by* Isis", "areas *controlled by* jihadists"); not on people
    ("hostages held by Isis" are the ones done to)."""
    held = []
    if ground.lemma_.lower() in words.holding_nouns:
        held += prepositional_objects(ground, {"of"})
    if ground.pos_ == "NOUN" and not names_people(ground):
        held += [
            g
            for c in ground.children
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in words.holding_participles
            for agent in c.children
            if agent.dep_ == "agent"
            for g in agent.children
            if g.dep_ == "pobj"
        ]
    return [g for g in held if names_people(g) or g.ent_type_ in PEOPLE_ENTITIES]


def carried_people(thing: Token, words: WordLists) -> list[Token]:
    """Who a struck vehicle or home holds, the ones an attack on it hits (hc5): those a
    vehicle carries ("a convoy *of fighters*", "a bus *carrying* pilgrims"), or the
    subject of a relative clause with a verb of being inside ("the convoy *she* was
    travelling in", "the house *they* lived in")."""
    if thing.pos_ != "NOUN" or thing.n_rights == 0:  # what it carries is said after it
        return []
    lemma = thing.lemma_.lower()
    vehicle = lemma in words.vehicle_nouns or lemma in words.craft_nouns or lemma in words.carrier_nouns
    if not (vehicle or lemma in words.thing_nouns):
        return []
    people: list[Token] = []
    for child in thing.rights:
        if vehicle and child.dep_ == "prep" and child.lower_ == "of":
            people += [g for g in child.children if g.dep_ == "pobj" and _names_people_or_body(g)]
        elif vehicle and child.dep_ == "acl" and child.lemma_.lower() in words.carrying_verbs:
            people += [g for g in child.children if g.dep_ == "dobj" and _names_people_or_body(g)]
        elif child.dep_ == "relcl" and child.lemma_.lower() in words.occupying_verbs:
            people += [g for g in child.children if g.dep_ == "nsubj" and _rider(g)]
    return people


def _names_people_or_body(token: Token) -> bool:
    """People or a named group, not a place: "a convoy of Kurdish fighters", "of the SDF"."""
    return token.pos_ in {"NOUN", "PROPN"} and (names_people(token) or token.ent_type_ in PEOPLE_ENTITIES)


def _rider(token: Token) -> bool:
    return token.lower_ in RIDER_PRONOUNS or _names_people_or_body(token)


def _object_conjuncts(head: Token, words: WordLists) -> list[Token]:
    if head.dep_ != "dobj" or head.lemma_.lower() in words.event_nouns:
        return []
    return conjuncts(head)[1:]


def hosted_by(place: Token, words: WordLists) -> list[Token]:
    """Who a place hosts: the object of "hosting"/"that house", the subject of
    "where ... are stationed"."""
    return [
        hosted
        for clause in place.children
        if clause.dep_ in {"acl", "relcl"} and clause.lemma_ in words.hosting_verbs
        for hosted in clause.children
        if hosted.dep_ in {"dobj", "nsubjpass"} and hosted.pos_ in {"NOUN", "PROPN"}
    ]


def further_conjuncts(head: Token) -> list[Span]:
    """The parties coordinated after the first: "Russia and the US", "the Chinese
    and French presidents"."""
    nouns = conjuncts(head)
    if len(nouns) > 1:
        return [noun_phrase(noun) for noun in nouns[1:]]
    modifiers = modifier_conjuncts(head)
    return [head.doc[modifier.i : modifier.i + 1] for modifier in modifiers[1:]]


def find_phrase(sentence: Span, phrase: str | None) -> Token | None:
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


def names_people(token: Token) -> bool:
    """Whether a noun names people or a body of them ("investigators", "delegation")."""
    return is_role_word(token) or is_body_word(token)


def is_body_word(token: Token) -> bool:
    """A word for a body someone belongs to ("coalition", "alliance"): who it is the
    article says (resolve/actors.py, ``_same_head``)."""
    return token.lemma_.lower() in load_sector_words().inheriting


def is_role_word(token: Token) -> bool:
    return token.lemma_.lower() in _role_words()


def is_role_phrase(text: str) -> bool:
    """Whether words are a role word or phrase of some sector ("military base")."""
    return text in _role_words()


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    """The role words of every sector, in one set: asked of most nouns of a clause."""
    return frozenset(word for role_words in load_sector_words().sectors.values() for word in role_words)
