"""Events named only inside a direct question (extract/questions.py); sentences written
for these tests."""

from __future__ import annotations

import pytest

from coded_events import coded, on_trigger


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Why was nothing said about the planned offensive against the city of Goma?", "offensive"),
        ("What is worse than bombing a hospital full of children in Khartoum?", "bombing"),
    ],
)
def test_a_deed_asked_about_is_hypothetical(unrealised_coder, text, trigger):
    events = unrealised_coder.code_text(text, "2024-05-02")
    assert on_trigger(events, trigger).modality == "hypothetical", text


@pytest.mark.parametrize(
    "text",
    [
        "Who would attack a convoy of aid workers near Goma?",
        "Why was nothing said about the planned offensive against the city of Goma?",
        "Can the Ugandan government accept such a deal from the rebels?",
    ],
)
def test_questions_give_no_record(coder, text):
    assert coded(coder, text) == [], text


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a deed told as done in a relative clause of the question
        ("Remember the Kurdish fighters who defended the town against the militants?", "defended"),
        ("How can anyone trust a Sudanese general who has shelled his own cities?", "shelled"),
        # the question comes after the deed, in a clause of its own
        ("The Sudanese army shelled the town, and the mayor asked: who will help us?", "shelled"),
    ],
)
def test_deeds_told_around_a_question_stay_asserted(coder, text, trigger):
    assert on_trigger(coder.code_text(text, "2024-05-02"), trigger).modality == "asserted"


def test_a_question_led_by_a_phrase_gives_no_record(coder):
    assert coded(coder, "After the fall of the city, who will rebuild the bombed hospitals in Goma?") == []


def test_a_deed_told_before_the_question_word_stays_asserted(coder):
    text = "After the Sudanese army shelled the town of Nyala, who will rebuild its hospitals?"
    assert on_trigger(coder.code_text(text, "2024-05-02"), "shelled").modality == "asserted"
