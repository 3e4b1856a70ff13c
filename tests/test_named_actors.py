"""Actors the sentence names although the parser hid them: the "by" of a passive hung
on the word after the verb (extract/phrase_doers.py, ``misplaced_agent``).  Sentences
are the project's own."""

from __future__ import annotations

import pytest

from coded_events import code_article as code
from coded_events import on_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            "The raids now causing heavy losses are carried out with impunity by Turkish troops.",
            "carried out",
            "TURMIL",
        ),
        ("Curfews have been imposed as a punishment most often by the Myanmar junta.", "imposed", "MMRGOV"),
    ],
)
def test_a_passive_by_hung_on_a_later_word_names_the_doer(coder, text, trigger, doer):
    event = on_trigger(code(coder, text), trigger)
    assert event.actor is not None and event.actor.code == doer
