"""What a coder codes in a text, as (type, modality) pairs: the shared reading of the
modality and non-event tests (test_modality_speculation, test_non_event_statements,
test_non_events_night)."""

from __future__ import annotations

PUBLISHED = "2024-05-02"


def coded(coder, text):
    """The events of ``text`` published on ``PUBLISHED``, as (type, modality)."""
    return [(e.event, e.modality) for e in coder.code_text(text, PUBLISHED)]
