"""Points granted, choices weighed, standing states, guesses held by a verb of belief
and clauses denied by "neither ... nor" are no events (extract/statements.py,
extract/speculation.py, extract/modality.py); sentences written for these tests."""

from __future__ import annotations

import pytest

from coded_events import code_article, coded


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("The senator allows that the embassy has some good reasons.", "allows"),
        ("The minister concedes that the army moved too slowly.", "concedes"),
        ("Putin must decide whether to send more troops to Belarus.", "decide"),
        ("Washington has long supported the government of Taiwan.", "supported"),
    ],
)
def test_a_point_granted_a_choice_weighed_or_a_standing_state_is_no_event(coder, text, stated):
    triggers = [e.trigger.text for e in code_article(coder, text)]
    assert stated not in triggers, triggers


@pytest.mark.parametrize(
    "text",
    [
        "Israeli officials believe the militants would use the hospital as a shield.",
        "Neither Germany nor Italy has ratified the treaty with Japan.",
        "At no point did the Peruvian government accept the deal.",
    ],
)
def test_a_guess_or_a_paired_denial_is_left_out(coder, text):
    assert coded(coder, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan government conceded the disputed district to Uganda on Friday.",
        "Officials believe the militants attacked the hospital on Monday.",
        "Germany has ratified the treaty with Japan.",
        "At one point the Peruvian government accepted the deal.",
    ],
)
def test_concessions_decisions_claims_and_ratifications_stay_events(coder, text):
    assert any(modality == "asserted" for _, modality in coded(coder, text)), coded(coder, text)


def test_letting_a_party_do_something_stays_a_concession(coder):
    events = code_article(coder, "Israel allowed the aid trucks to enter Gaza on Tuesday.")
    assert "allowed" in [e.trigger.text for e in events], [(e.event, e.trigger.text) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        '"The shelters are full," said one Peruvian aid worker, who requested anonymity.',
        "Two Chilean officers spoke on condition of anonymity to discuss the talks with Bolivia.",
        "Peruvian soldiers who agreed to interviews said the food had run out.",
    ],
)
def test_a_sources_terms_with_the_reporter_are_no_event(coder, text):
    assert coded(coder, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Chile requested assistance from Argentina on Monday.",
        "Chilean officers discussed the talks with Bolivia on Monday.",
    ],
)
def test_requests_and_talks_without_a_reporters_terms_stay_events(coder, text):
    assert coded(coder, text) != []
