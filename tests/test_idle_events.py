"""Event words that tell no event between parties: refused private acts, promises to
the press, a person's cause, harm brought on oneself, forecasts of other sides,
standing stances, harms warded off, deeds reacted to, alternatives and what a law
allows, figures flagged as such
(extract/idle_events.py, hf4); sentences written for these tests."""

from __future__ import annotations

import pytest

from coded_events import coded


def asserted_types(coder, text):
    return {name for name, modality in coded(coder, text) if modality == "asserted"}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The prisoner refused to eat and said he was not hungry.", "REJECT"),
        ("A police spokesman promised to release more details to reporters later in the day.", "AGREE"),
        ("The activist has committed herself to fighting prejudice against migrants in Leeds.", "THREATEN"),
        ("The activist has committed herself to fighting prejudice against migrants in Leeds.", "AGREE"),
        ("The Chinese premier ruled out a war between India and Pakistan.", "REJECT"),
        ("The retired general, who now opposes the Kremlin, wrote a long post on Monday.", "REJECT"),
        ("Tehran's nuclear programme is its protection from an Israeli attack.", "ASSAULT"),
        ("The dome gave the city protection against a rocket attack by Hamas.", "ASSAULT"),
        ("The rebel fighters whooped and cheered at every explosion in Kobani.", "ASSAULT"),
        ("Russia gave Syria tanks or gave it money.", "AID"),
        ("The constitution allows the president of Ghana to dissolve parliament.", "SANCTION"),
        ("The president of Ghana has, in a sense, signed a death warrant for the peace talks.", "SUPPORT"),
    ],
)
def test_an_event_word_that_tells_no_event_is_not_coded(coder, text, event):
    assert event not in asserted_types(coder, text), coded(coder, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The rebels refused to leave the town of Kidal.", "REJECT"),
        ("The Nigerian minister promised to release the prisoners.", "AGREE"),
        ("Kenya committed itself to a ceasefire in the region.", "AGREE"),
        ("The minister committed himself to holding talks with the unions.", "AGREE"),
        ("The president of Mali ruled out talks with the rebels.", "REJECT"),
        ("The senator opposes the deal with Iran.", "REJECT"),
        ("Russia gave Syria tanks and gave it money.", "AID"),
        ("The court allowed the government to deport the cleric.", "COERCE"),
        ("Russia has vetoed a joint mechanism between the OPCW and the UN.", "REJECT"),
        ("The army protected the town from the attack by the rebels.", "ASSAULT"),
    ],
)
def test_the_same_words_telling_a_deed_stay_events(coder, text, event):
    assert event in asserted_types(coder, text), coded(coder, text)


def test_a_dispute_in_words_at_a_summit_is_no_assault(coder):
    events = asserted_types(coder, "The Malian ambassador clashed with Macron at the summit in Paris.")
    assert "ASSAULT" not in events
    assert "ACCUSE" in events
