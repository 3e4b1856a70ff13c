"""Headline verbs the parser reads as nouns.

In headline and caption style ("Police detain protesters in Minsk", "Riot police
fire tear gas at students") spaCy's small model often tags the present-tense verb
as a noun and the whole line as one noun phrase, so no verb clause is found.  In
a line with no verb at its root, a noun right after a party's word (a role word
such as "police" or "troops", or a name) whose word is a verb of the event
lexicon is read as that verb, with the words before it as its doer and the
noun phrase right after it as who it is done to; without such a phrase it is a
compound noun ("the police station in the city"), no verb.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsevents.entities import PARTY_LABELS
from newsevents.knowledge.actors import load_sector_words
from newsevents.knowledge.lexicon import EventLexicon
from newsevents.knowledge.words import WordLists


@dataclass(frozen=True)
class HeadlinePredicate:
    verb: Token  # tagged a noun, read as a verb
    doer: Span
    done_to: Span | None


def headline_predicate(sentence: Span, lexicon: EventLexicon, words: WordLists) -> HeadlinePredicate | None:
    """The verb of a verbless headline, if one of its nouns is a misread verb."""
    if sentence.root.pos_ not in {"NOUN", "PROPN"}:
        return None
    for token in sentence:
        if token.i == sentence.start or token.pos_ != "NOUN" or token.i + 1 >= sentence.end:
            continue
        before = token.doc[token.i - 1]
        if not _names_a_party(before) or _is_role_word(token) or token.lemma_.lower() in words.event_nouns:
            continue
        if not _is_lexicon_verb(token.lower_, lexicon):
            continue
        done_to = _done_to(sentence, token)
        if done_to is None:
            continue  # "the police station in the city": a compound noun, no verb
        doer = token.doc[_phrase_start(sentence, before) : token.i]
        return HeadlinePredicate(token, doer, done_to)
    return None


def _is_lexicon_verb(word: str, lexicon: EventLexicon) -> bool:
    """The word, or its regular stem ("expels", "shells"), is a one-word verb entry."""
    stems = [word, word[:-1], word[:-2]] if word.endswith("es") else [word, word[:-1]] if word.endswith("s") else [word]
    return any(stem in lexicon.verbs for stem in stems)


def _names_a_party(token: Token) -> bool:
    return token.pos_ in {"NOUN", "PROPN"} and (
        token.ent_type_ in PARTY_LABELS or token.pos_ == "PROPN" or _is_role_word(token)
    )


def _is_role_word(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return any(lemma in role_words or token.lower_ in role_words for role_words in load_sector_words().sectors.values())


def _phrase_start(sentence: Span, head: Token) -> int:
    """Where the doer's words begin: the adjectives, names and nouns right before it."""
    start = head.i
    while start > sentence.start and sentence.doc[start - 1].pos_ in {"ADJ", "NOUN", "PROPN", "DET", "NUM"}:
        start -= 1
    return start


def _done_to(sentence: Span, verb: Token) -> Span | None:
    """The noun phrase right after the verb ("detain *opposition supporters* in ...")."""
    doc = verb.doc
    end = verb.i + 1
    while end < sentence.end and (
        doc[end].pos_ in {"ADJ", "NOUN", "PROPN", "DET", "NUM"} or doc[end].dep_ in {"compound", "amod"}
    ):
        end += 1
    return doc[verb.i + 1 : end] if end > verb.i + 1 else None
