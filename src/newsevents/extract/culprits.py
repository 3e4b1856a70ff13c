"""The doer a sentence names as the one answerable for an event noun.

A sentence often names who did an attack without making them its grammatical doer:
the subject of "be responsible for" or "be behind" ("the regime is responsible for the
bombing of hospitals", "a militia cell was behind the killings"), the one held
responsible ("Kenya holds the militia responsible for the raids"), the owner of a
responsibility ("the report on Ethiopia's responsibility for the attack"), or the party a
relative "whose" stands for ("the rebels, whose attacks on police posts killed
dozens"), or the first of owners sharing one "'s" ("Maduro and Putin's bombing of
schools", "the regime and Russia's bombing": the parser hangs only the last on the
possessive, and may make the first a conjunct of the event noun itself).  The record then keeps
that party as the doer; a negated copula ("were not behind the attack") or a pronoun
subject ("nobody was responsible") names no one.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents.entities import PARTY_LABELS
from newsevents.extract.clauses import Clause, further_conjuncts, noun_phrase
from newsevents.extract.phrases import names_people
from newsevents.knowledge.words import WordLists


def with_culprit(clause: Clause, words: WordLists) -> Clause:
    """The clause of an event noun with no doer, given the party its sentence names as
    answerable for it (the subject of "responsible for", "behind"; the antecedent of
    "whose"); or with the first of the owners sharing its "'s" put first."""
    if clause.nominal and clause.actor is not None:
        return _with_first_owner(clause)
    if not clause.nominal:
        return clause
    noun = clause.predicate
    culprit = _answerable_party(noun, words) or _whose_antecedent(noun) or _shared_possessor(noun)
    if culprit is None or culprit.pos_ == "PRON":
        return clause
    if clause.recipient is not None and culprit.i in range(clause.recipient.start, clause.recipient.end):
        return clause
    return replace(clause, actor=noun_phrase(culprit), co_actors=further_conjuncts(culprit))


def _answerable_party(noun: Token, words: WordLists) -> Token | None:
    """The subject of "X is responsible for / is behind (a wave of) the attacks", the
    one held so ("holds X responsible for the attacks"), the owner of "X's
    responsibility for the attacks"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in words.attack_series_nouns:
        noun, head = head.head, head.head.head  # "behind a wave of airstrikes"
    if noun.dep_ != "pobj" or head.dep_ != "prep":
        return None
    governor = head.head
    answerable = head.lower_ == "for" and governor.lemma_.lower() in words.culprit_adjectives
    if answerable and governor.dep_ == "acomp":
        copula = governor.head  # "the regime is responsible for the bombing"
    elif answerable and governor.dep_ in {"oprd", "amod", "ccomp"}:
        return _held_answerable(governor, words)
    elif head.lower_ == "for" and governor.lemma_.lower() in words.culprit_nouns:
        return _responsible_owner(governor, words)
    elif head.lower_ in words.culprit_prepositions and governor.lemma_ == "be":
        copula = governor  # "a militia cell was behind the killings"
    else:
        return None
    if any(child.dep_ == "neg" for child in copula.children):
        return None  # "the rebels were not behind the attack"
    return next((child for child in copula.children if child.dep_ == "nsubj"), None)


def _held_answerable(adjective: Token, words: WordLists) -> Token | None:
    """Whom a verb of holding holds responsible: "holds *Moscow* responsible for" (parsed
    with "responsible" the verb's complement, the object's modifier or a small clause
    with its own subject); not when the holding is negated ("does not hold the army
    responsible")."""
    held: Token | None
    if adjective.dep_ == "amod":
        held = adjective.head
        verb = held.head if held.dep_ == "dobj" else held
    else:
        verb = adjective.head
        within = "nsubj" if adjective.dep_ == "ccomp" else "dobj"
        held = next((c for c in (adjective if within == "nsubj" else verb).children if c.dep_ == within), None)
    if verb.lemma_.lower() not in words.culprit_holding_verbs or any(c.dep_ == "neg" for c in verb.children):
        return None
    return held


def _responsible_owner(noun: Token, words: WordLists) -> Token | None:
    """The owner of "*Syria's* responsibility for the attack"; not one whose
    responsibility is denied ("Ankara denied its responsibility")."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in words.denial_verbs:
        return None
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _whose_antecedent(noun: Token) -> Token | None:
    """The party a possessive "whose" on the event noun stands for: "the rebels,
    *whose* attacks on police posts killed dozens"."""
    if not any(child.dep_ == "poss" and child.lower_ == "whose" for child in noun.children):
        return None
    verb = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass", "dobj"} or verb.dep_ != "relcl":
        return None
    antecedent = verb.head
    return antecedent if antecedent.pos_ in {"NOUN", "PROPN"} else None


def _shared_possessor(noun: Token) -> Token | None:
    """The first of coordinated owners of an event noun: "Maduro and Putin's bombing"
    (parsed as "Maduro" a modifier with "Putin's" its conjunct)."""
    for child in noun.lefts:
        if child.dep_ != "nmod" or child.pos_ != "PROPN":
            continue
        last = next((c for c in child.children if c.dep_ == "conj"), None)
        if last is not None and any(c.dep_ == "case" and c.lower_ in {"'s", "’s"} for c in last.children):
            return child
    return None


def _with_first_owner(clause: Clause) -> Clause:
    """The clause of "the regime and Russia's bombing of schools" (parsed with "bombing"
    a conjunct of "regime" and only "Russia" its owner) with both owners as doers, the
    first first."""
    noun, named = clause.predicate, clause.actor
    if named is None:
        return clause
    owner = named.root
    if owner.dep_ != "poss" or owner.head != noun or noun.dep_ != "conj":
        return clause
    first = noun.head
    between = noun.doc[first.i + 1 : owner.i]
    if first.pos_ not in {"NOUN", "PROPN"} or [t.dep_ for t in between if t.head == first] != ["cc"]:
        return clause  # "the regime, and later Russia's bombing": not one shared "'s"
    if not (first.ent_type_ in PARTY_LABELS or names_people(first)):
        return clause  # "the siege and Russia's bombing": two events, not two owners
    return replace(clause, actor=noun_phrase(first), co_actors=[named])
