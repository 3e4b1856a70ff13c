"""The doer of a deed told again: "US-led coalition jets bombed the town on Monday. The
strikes killed 40 civilians" (the coalition's strikes), "Isis claimed the bombing at
the checkpoint. Twelve soldiers were killed in the attack" (Isis's).

A violent event without a doer whose own words name it with a definite noun ("the
strikes", "this attack", "killed in the raid") takes the doer of the nearest deed of the
same kind told in the sentence or two before it (in its paragraph), when that doer is
armed and coded and the deeds told there give one country's doer.  Kept narrow on
purpose: an article tells many attacks, and the doer of one is not the doer of the
next ("the second attack", "another raid" tell a new one; so does an indefinite "an
attack"), nor of a deed done to its own side."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from newsevents.extract.noun_parties import campaign_owner, naming_owner
from newsevents.extract.phrases import noun_phrase
from newsevents.knowledge.words import WordLists
from newsevents.nlp import doc_text, paragraph_breaks
from newsevents.records import Actor, EventRecord
from newsevents.resolve.parties import same_party
from newsevents.resolve.told_attackers import CARRIED_TYPES, NO_ATTACKER_SECTORS, attacker, told_deeds

DEFINITE = frozenset({"the", "this", "that", "these", "those"})
SENTENCES_BACK = 2
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
RELATIVE_PRONOUNS = frozenset({"which", "that", "whom"})
ANTECEDENT_SOURCE = "earlier_sentence"


@dataclass(frozen=True)
class _Deed:
    """A deed told before: its sentence, its word's lemma, its type and doer, and the
    date its own time words give it (None when they give none)."""

    sentence: int
    lemma: str
    event: str
    doer: Actor
    date: str | None = None


def with_event_anaphora(
    events: list[EventRecord],
    doc: Doc,
    words: WordLists,
    resolve: Callable[[Span], Actor | None],
    pronouns: Mapping[str, str],
) -> list[EventRecord]:
    """The article's events, each asserted attack or coercion without a doer that is
    told by a definite noun of a deed the sentence or two before gave a doer given
    that doer, ``actor_source`` "earlier_sentence"."""
    sentences: list[Span] | None = None
    for event in events:
        if event.actor is not None or event.event not in CARRIED_TYPES or event.modality != "asserted":
            continue
        sentences = list(doc.sents) if sentences is None else sentences
        told_by = anaphor(event, sentences[event.sentence_index], words)
        if told_by is None:
            continue
        window = paragraph_window(sentences, event.sentence_index, SENTENCES_BACK)
        deeds = deeds_before(events, sentences, words, resolve, pronouns, window)
        noun = told_by.lemma_.lower()
        own_date = event.date if event.date_source == "clause" else None  # "the attack on Sunday": that day's
        told = [
            deed
            for deed in deeds
            if deed.event == event.event
            and _same_kind(noun, deed.lemma, words)
            and (own_date is None or deed.date is None or deed.date == own_date)
        ]
        if not told or len({deed.doer.country for deed in told}) != 1:
            continue  # none, or two countries' deeds: which one "the attack" is, is not said
        deed = told[-1]
        if event.recipient is not None and own_side(deed.doer, event.recipient):
            continue  # "Turkish jets struck ... two Turkish soldiers were killed in the raid": not by Turkey
        # the words are in another sentence: no span into this one
        event.actor = replace(deed.doer, span=None)
        event.actor_source = ANTECEDENT_SOURCE
    return events


def own_side(doer: Actor, recipient: Actor) -> bool:
    """Whether those a deed was done to are its doer's own: the same party, or armed men
    of its country (a state's strikes on its own towns' civilians are common enough)."""
    armed = recipient.sector not in NO_ATTACKER_SECTORS
    return same_party(doer, recipient) or (armed and recipient.country == doer.country)


def anaphor(event: EventRecord, sentence: Span, words: WordLists) -> Token | None:
    """The definite noun an event is told through: its trigger ("the raid left ten
    dead"), its verb's subject ("the strikes killed"), or the deed it happened in or
    by ("killed in the attack", "wounded by the shelling")."""
    trigger = token_at(sentence, event.trigger.start)
    if trigger is None:
        return None
    verbs = [trigger, trigger.head] if trigger.dep_ == "conj" else [trigger]  # "displaced 5,000 and killed"
    found = [trigger] + [child for verb in verbs for child in verb.children if child.dep_ in SUBJECTS]
    for child in trigger.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in words.attack_setting_prepositions):
            found += [_relative_noun(g) for g in child.children if g.dep_ == "pobj"]
    return next((token for token in found if _definite_deed(token, words)), None)


def _relative_noun(token: Token) -> Token:
    """The noun a relative pronoun stands for: "the raid, *in which* ten were killed"."""
    verb = token.head.head
    return verb.head if token.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" else token


def _definite_deed(token: Token, words: WordLists) -> bool:
    """Whether a noun tells again a deed already told: "the strikes", "this attack";
    not "an attack", "the second raid", "the worst attack since", "Russia's strikes"."""
    if token.pos_ not in {"NOUN", "PROPN"} or not _deed_lemma(token.lemma_.lower(), words):
        return False
    children = list(token.children)
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in children):
        return False
    if any(c.lower_ in words.new_deed_modifiers or c.tag_ in {"JJS", "CD"} for c in children):
        return False
    return naming_owner(token, words) is None and not any(c.dep_ == "poss" for c in children)


def _deed_lemma(lemma: str, words: WordLists) -> bool:
    return lemma in words.deed_anaphor_nouns or any(lemma in family for family in _families(words))


def _families(words: WordLists) -> tuple[frozenset[str], ...]:
    return (words.strike_family_words, words.killing_family_words, words.arrest_family_words)


def _same_kind(again: str, told: str, words: WordLists) -> bool:
    """Whether a noun may tell again a deed told with another word: "the attack" any
    deed of its type, "the strikes" one of the strike family, "the arrests" an arrest."""
    if again in words.deed_anaphor_nouns or again == told:
        return True
    return any(again in family and told in family for family in _families(words))


def deeds_before(
    events: list[EventRecord],
    sentences: list[Span],
    words: WordLists,
    resolve: Callable[[Span], Actor | None],
    pronouns: Mapping[str, str],
    window: Collection[int],
) -> list[_Deed]:
    """The deeds with a coded armed doer told in the sentences of ``window``, in the
    order told: the records coded there, and the deed nouns whose owner their words
    give ("Russian airstrikes", "Isis claimed the bombing")."""
    deeds: list[tuple[int, _Deed]] = []
    for told in told_deeds(events, window, pronouns):
        assert told.actor is not None  # told_deeds keeps the deeds with a doer
        token = token_at(sentences[told.sentence_index], told.trigger.start)
        lemma = token.lemma_.lower() if token is not None else told.trigger.text.lower()
        position = token.i if token is not None else sentences[told.sentence_index].start
        date = told.date if told.date_source == "clause" else None
        deeds.append((position, _Deed(told.sentence_index, lemma, told.event, told.actor, date)))
    for index in window:
        for token in sentences[index]:
            if token.pos_ != "NOUN" or not _deed_lemma(token.lemma_.lower(), words):
                continue
            owner = campaign_owner(token, words) or _claimant(token, words)
            doer = resolve(owner) if owner is not None else None
            if doer is not None and attacker(doer):
                deeds.append((token.i, _Deed(index, token.lemma_.lower(), _noun_type(token, words), doer)))
    return [deed for _, deed in sorted(deeds, key=lambda pair: pair[0])]


def paragraph_window(sentences: list[Span], here: int, back: int) -> list[int]:
    """The ``back`` sentences before sentence ``here`` that are in its paragraph."""
    breaks = paragraph_breaks(doc_text(sentences[0].doc))
    paragraph = bisect.bisect(breaks, sentences[here].start_char)
    return [
        index
        for index in range(max(0, here - back), here)
        if bisect.bisect(breaks, sentences[index].start_char) == paragraph
    ]


def _noun_type(token: Token, words: WordLists) -> str:
    return "COERCE" if token.lemma_.lower() in words.arrest_family_words else "ASSAULT"


def _claimant(noun: Token, words: WordLists) -> Span | None:
    """Who claimed a deed: "*Isis* claimed the bombing", "*the group* claimed
    responsibility for the attack"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "responsibility":
        head = head.head.head
    elif noun.dep_ != "dobj":
        return None
    if head.lemma_.lower() not in words.responsibility_verbs:
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    return noun_phrase(subject) if subject is not None else None


def token_at(sentence: Span, start: int) -> Token | None:
    return next((t for t in sentence if t.idx - sentence.start_char == start), None)
