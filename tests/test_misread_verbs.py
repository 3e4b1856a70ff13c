"""A main verb parsed as a participle on the noun before it ("The Saudi-led coalition
bombed Sanaa."): the noun does it.  Sentences are the project's own."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from newsevents.extract.misread_verbs import is_misread_main_verb
from newsevents.records import Article


def parsed(nlp, words, heads, deps, tags, pos):
    """A sentence with the parse given, as the model sometimes gives it."""
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


# "The coalition bombed the port ." read as a noun phrase: "bombed" an acl of "coalition"
WORDS = ["The", "coalition", "bombed", "the", "port", "."]
HEADS = [1, 1, 1, 4, 2, 1]
TAGS = ["DT", "NN", "VBN", "DT", "NN", "."]
POS = ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"]


def test_a_participle_with_an_object_in_a_verbless_sentence_is_its_main_verb(nlp):
    doc = parsed(nlp, WORDS, HEADS, ["det", "ROOT", "acl", "det", "dobj", "punct"], TAGS, POS)
    assert is_misread_main_verb(doc[2])


@pytest.mark.parametrize(
    "change",
    [
        "headline",  # no full stop: "Activist handed jail sentence" is passive
        "no object",  # "the coalition formed in 2014."
        "agent",  # "the port bombed by the coalition."
    ],
)
def test_a_reduced_passive_stays_one(nlp, change):
    words, heads, tags, pos = list(WORDS), list(HEADS), list(TAGS), list(POS)
    deps = ["det", "ROOT", "acl", "det", "dobj", "punct"]
    if change == "headline":
        words, heads, deps, tags, pos = words[:-1], heads[:-1], deps[:-1], tags[:-1], pos[:-1]
    elif change == "no object":
        deps[4] = "npadvmod"
    else:
        words[3:5], tags[3:5], pos[3:5], deps[3:5] = ["by", "them"], ["IN", "PRP"], ["ADP", "PRON"], ["agent", "pobj"]
        heads[4] = 3
    doc = parsed(nlp, words, heads, deps, tags, pos)
    assert not is_misread_main_verb(doc[2])


def test_the_coalition_that_bombed_a_city_is_its_attacker(coder):
    events = coder.code_one(
        Article(id="t", text="The Saudi-led coalition bombed Sanaa on Monday.", published=date(2019, 5, 10))
    )
    attack = next(e for e in events if e.event == "ASSAULT")
    assert attack.actor is not None and attack.actor.text == "The Saudi-led coalition"
    assert attack.recipient is not None and attack.recipient.text == "Sanaa"


def test_a_reduced_passive_in_a_sentence_with_a_verb_keeps_its_sufferers(coder):
    events = coder.code_one(
        Article(id="t", text="The men arrested last week were released on bail.", published=date(2019, 5, 10))
    )
    arrest = next(e for e in events if e.trigger.text == "arrested")
    assert arrest.actor is None and arrest.recipient is not None and arrest.recipient.text == "The men"
