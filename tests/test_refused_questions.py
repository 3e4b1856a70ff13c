"""Refusing questions put to one is a refusal (extract/refusal.py), unlike a source
declining to comment; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded_events import on_trigger


@pytest.mark.parametrize(
    "text",
    [
        "The Sudanese general refused to answer questions from the tribunal about the massacre.",
        "The army refused to answer questions about the raid on the village.",
    ],
)
def test_refusing_to_answer_questions_is_a_rejection(coder, text):
    record = on_trigger(coder.code_text(text, "2024-05-02"), "refused")
    assert (record.event, record.modality) == ("REJECT", "asserted")


def test_declining_to_comment_stays_no_rejection(coder):
    events = coder.code_text("The ministry declined to comment on the expulsion of the envoy.", "2024-05-02")
    assert "REJECT" not in [e.event for e in events]
