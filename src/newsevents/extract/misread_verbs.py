"""Main verbs the parser reads as modifiers of a noun.

spaCy's small model often parses "The US-led coalition bombed Raqqa." as one noun
phrase, "bombed Raqqa" a participle modifying "coalition" (a reduced passive: "the
coalition [that was] bombed"), so the doer became the one bombed.  A finished
sentence needs a main verb; when it has none, a participle after its noun phrase
that takes a direct object and no "by" agent is that verb, done by the noun.  A
line without a full stop (a headline or caption: "Activist handed jail sentence")
keeps the passive reading, which is how such lines are written.
"""

from __future__ import annotations

from spacy.tokens import Token

SENTENCE_STOPS = {".", "!"}
# How a noun phrase hangs on a verbless root: "Joe Biden, a candidate, urged ..."
ROOT_ATTACHMENTS = {"ROOT", "appos", "dep", "npadvmod"}


def misread_subject(verb: Token) -> Token | None:
    """The subject of a main verb parsed as a participle on the noun before it: the
    noun, or the name it stands beside ("Joe Xyz, a candidate, urged ...")."""
    if not is_misread_main_verb(verb):
        return None
    return verb.head.head if verb.head.dep_ == "appos" else verb.head


def is_misread_main_verb(verb: Token) -> bool:
    """``verb`` is the main verb of its sentence, parsed as a participle on the noun
    before it: its subject is that noun, in the active voice."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in {"VBN", "VBD"} or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    if noun.i > verb.i or not any(child.dep_ == "dobj" for child in verb.children):
        return False
    if any(child.dep_ in {"agent", "auxpass", "nsubj", "nsubjpass"} for child in verb.children):
        return False
    sentence = verb.sent
    if sentence.root.pos_ in {"VERB", "AUX"} or not _ends_with_stop(sentence):
        return False
    return noun.dep_ in ROOT_ATTACHMENTS and (noun.dep_ == "ROOT" or noun.head == sentence.root)


def _ends_with_stop(sentence) -> bool:
    last = next((token for token in reversed(sentence) if not token.is_space and not token.is_quote), None)
    return last is not None and last.text in SENTENCE_STOPS
