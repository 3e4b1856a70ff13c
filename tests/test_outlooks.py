"""Events named only inside an outlook on them (extract/outlooks.py) and habits told by
an adverb of frequency (extract/generic.py); sentences written for these tests."""

from __future__ import annotations

import pytest

from coded_events import coded, on_trigger


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a hope
        ("The rebels hope that capturing the town of Gao will open a road to the coast.", "capturing"),
        # forecasts
        ("It is quite possible that the Malian army will soon attack the northern towns.", "attack"),
        ("Mali is isolated, and it is likely Guinea and Burkina Faso will side with the junta.", "side"),
        ("Help from its neighbour Uganda is less certain.", "Help"),
        ("Even with clear goals, a French withdrawal from Mali is likely to be chaotic.", "withdrawal"),
        ("Ecowas called a summit ahead of an expected vote, with likely support from Ghana.", "support"),
        ('"Presumably Khartoum will remain determined to retake Darfur," the analyst said.', "remain"),
        # fears and warnings told by a noun
        ("Villagers left their homes over fears of a Sudanese air raid.", "raid"),
        ("The minister gave a warning about the continuing threat from the rebels in the north.", "threat"),
        # a stance on a course of action
        ("Editors debated the senator's shifting stance on airstrikes against the militia.", "airstrikes"),
        ("The council said a hasty recourse to military strikes on Libya would be unwise.", "strikes"),
        # a definition or an argued consequence
        ("A truce means the militias hand over their heavy weapons.", "hand over"),
        ("It means bombing the junta's airfields from the air.", "means"),
    ],
)
def test_events_only_hoped_forecast_feared_or_defined_are_hypothetical(unrealised_coder, text, trigger):
    events = unrealised_coder.code_text(text, "2024-05-02")
    assert on_trigger(events, trigger).modality == "hypothetical", text


@pytest.mark.parametrize(
    "text",
    [
        "The rebels hope that capturing the town of Gao will open a road to the coast.",
        "It is quite possible that the Malian army will soon attack the northern towns.",
        "Villagers left their homes over fears of a Sudanese air raid.",
        "A truce means the militias hand over their heavy weapons.",
        "Militias sometimes extort money from drivers at the checkpoints near Goma.",
        "Detainees were occasionally beaten in the prison, former inmates said.",
        "Moscow, which has occasionally cooperated with the Kurdish party, said nothing.",
    ],
)
def test_outlooks_and_habits_give_no_record(coder, text):
    assert coded(coder, text) == [], text


@pytest.mark.parametrize(
    ("text", "trigger", "event"),
    [
        # a stance on a deed that was done refers to it
        ("Ghana explained its position towards Togo's offensive in the east.", "offensive", "ASSAULT"),
        # "positions" held, not a stance
        ("The army shelled rebel positions in defiance of a truce ordered by the African Union.", "truce", "RETREAT"),
        # what is feared does not make a measure in force around it hypothetical
        (
            "Singers stayed home over fears of crossing the border under the Trump administration's travel ban.",
            "ban",
            "COERCE",
        ),
        # a repeated deed is no habit
        ("Ethiopia has repeatedly threatened to bomb the dam.", "threatened", "THREATEN"),
    ],
)
def test_events_told_as_done_stay_asserted(coder, text, trigger, event):
    events = coder.code_text(text, "2024-05-02")
    matches = [e for e in events if e.trigger.text == trigger]
    assert matches and matches[0].modality == "asserted", [(e.event, e.trigger.text, e.modality) for e in events]
    assert matches[0].event == event


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("We must not forget the threat the rebels pose, even when they no longer hold territory.", "hold"),
        ("The Malian army no longer shells the town of Gao.", "shells"),
    ],
)
def test_what_is_done_no_longer_is_negated(unrealised_coder, text, trigger):
    events = unrealised_coder.code_text(text, "2024-05-02")
    assert on_trigger(events, trigger).modality == "negated", text


def test_an_announced_break_stays_a_statement(coder):
    events = coder.code_text("The junta said it would no longer cooperate with France.", "2024-05-02")
    assert on_trigger(events, "cooperate").modality == "future"
