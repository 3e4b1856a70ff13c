"""Places of what is said (hg2): an accusation, a refusal, a demand or a threat whose
sentence names no place of its own gets none, not the running place of the paragraph
or the article's main place; the place its sentence gives it is kept."""

from __future__ import annotations

import pytest
from tests.coded_events import code_article, on_trigger

SHELLING = "Government forces shelled the town of Douma in Syria on Sunday, killing nine civilians. "


@pytest.mark.parametrize(
    ("text", "trigger", "event"),
    [
        (SHELLING + "Russia denied that its aircraft had taken part.", "denied", "REJECT"),
        (SHELLING + "The United States accused the Syrian government of war crimes.", "accused", "ACCUSE"),
        (SHELLING + "The French foreign minister demanded an immediate ceasefire.", "demanded", "REQUEST"),
    ],
)
def test_words_said_about_a_place_are_not_placed_there(coder, text, trigger, event):
    said = on_trigger(code_article(coder, text), trigger)
    assert (said.event, said.location) == (event, None)


def test_the_shelling_itself_keeps_its_place(coder):
    events = code_article(coder, SHELLING + "Russia denied that its aircraft had taken part.")
    shelled = on_trigger(events, "shelled")
    assert (shelled.location.resolved_name, shelled.location.country) == ("Dūmā", "SYR")


def test_a_refusal_its_sentence_places_keeps_that_place(coder):
    text = SHELLING + "At talks in Geneva on Monday, Russia rejected the proposal."
    rejected = on_trigger(code_article(coder, text), "rejected")
    assert (rejected.event, rejected.location.name, rejected.location.source) == ("REJECT", "Geneva", "sentence")


def test_a_threat_told_among_deeds_happened_where_they_did(coder):
    text = (
        "Maoist cadres attacked a timber depot in Sukma district on Monday. "
        "Three armed men entered the office and threatened the guard with death."
    )
    threatened = on_trigger(code_article(coder, text), "threatened")
    assert (threatened.event, threatened.location.resolved_name) == ("THREATEN", "Sukma")


def test_a_work_thwarted_by_militants_happened_where_the_story_is(coder):
    text = (
        "Maoist cadres attacked a timber depot in Sukma district on Monday. "
        "The construction of a new road was thwarted by the rebels."
    )
    thwarted = on_trigger(code_article(coder, text), "thwarted")
    assert (thwarted.event, thwarted.location.resolved_name) == ("REJECT", "Sukma")
