"""What a coder codes in a text: as (type, modality) pairs, the shared reading of the
modality and non-event tests (test_modality_speculation, test_non_event_statements,
test_non_events_night); as whole records found by their trigger, that of the doer
tests (test_attack_doers, test_phrase_doers)."""

from __future__ import annotations

from datetime import date

from newsevents.records import Article, EventRecord

PUBLISHED = "2024-05-02"


def coded(coder, text):
    """The events of ``text`` published on ``PUBLISHED``, as (type, modality)."""
    return [(e.event, e.modality) for e in coder.code_text(text, PUBLISHED)]


def code_article(coder, text) -> list[EventRecord]:
    """The records of ``text`` coded as one article published on 2024-03-05."""
    return coder.code_one(Article(id="t", text=text, published=date(2024, 3, 5)))


def on_trigger(events, trigger) -> EventRecord:
    """The first event whose trigger is ``trigger``; fails naming what was coded."""
    matches = [e for e in events if e.trigger.text == trigger]
    assert matches, f"no event on {trigger!r} among {[(e.event, e.trigger.text) for e in events]}"
    return matches[0]
