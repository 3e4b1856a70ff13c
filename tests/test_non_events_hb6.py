"""Set phrases, talk about a topic, denied reports, scant traces and forecast judgments
tell no event (extract/set_phrases.py, extract/denial.py, extract/outlooks.py, hb6);
sentences written for these tests."""

from __future__ import annotations

import pytest

from coded_events import coded


def asserted_types(coder, text):
    return {name for name, modality in coded(coder, text) if modality == "asserted"}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The old governor held sway over a province torn by feuds.", "ASSAULT"),
        ("Ms Okafor cut a solitary figure at the summit in Lagos.", "SANCTION"),
        ("The junta in Bamako has reached a point of no return.", "RETREAT"),
        ("Thousands of families have taken refuge in the cathedral.", "AID"),
        ("The general finally recognised the error of his ways.", "SUPPORT"),
    ],
)
def test_an_idiom_with_an_event_verb_is_no_event(coder, text, event):
    assert event not in asserted_types(coder, text), coded(coder, text)


def test_the_same_verbs_with_their_own_objects_stay_events(coder):
    assert "ASSAULT" in asserted_types(coder, "The rebels seized the town of Kidal on Monday.")
    assert "SUPPORT" in asserted_types(coder, "Peru recognised the new government of Bolivia.")


@pytest.mark.parametrize(
    "text",
    [
        "A columnist talked about what changed after the blackout in Accra.",
        "The exiled writer had been speaking about her childhood in Lima.",
    ],
)
def test_talk_about_a_topic_with_no_partner_is_no_consultation(coder, text):
    assert "CONSULT" not in asserted_types(coder, text), coded(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister spoke to his Chilean counterpart about the border.",
        "Envoys of Peru and Bolivia talked about the border on Tuesday.",
    ],
)
def test_talk_with_a_partner_or_among_two_sides_stays_a_consultation(coder, text):
    assert "CONSULT" in asserted_types(coder, text), coded(coder, text)


def test_a_denied_report_is_no_rejection_and_its_deed_is_negated(unrealised_coder):
    events = coded(unrealised_coder, "The ministry denied reports that its troops had shelled the market in Goma.")
    assert ("REJECT", "asserted") not in events
    assert ("ASSAULT", "negated") in events


def test_a_denial_of_a_partys_claim_or_of_ones_own_deed_stays_a_rejection(coder):
    assert "REJECT" in asserted_types(coder, "The ministry rejected Lima's demand that it withdraw its troops.")
    assert "REJECT" in asserted_types(coder, "The ministry refuted reports of withdrawing its envoy in Quito.")


def test_barely_a_word_of_protest_denies_the_protest(coder):
    text = "The army detained hundreds of students, with barely a word of protest from the embassy."
    types = asserted_types(coder, text)
    assert "PROTEST" not in types and "COERCE" in types, coded(coder, text)


def test_preconditions_met_are_no_meeting(coder):
    text = "Few of the conditions set by the envoy have been met by the rebels."
    assert "CONSULT" not in asserted_types(coder, text), coded(coder, text)


def test_an_event_noun_judged_in_a_forecast_is_no_event(coder):
    text = "With little to bank, Moscow will continue to find its veto at the Security Council a potent tool."
    assert "REJECT" not in asserted_types(coder, text) and ("REJECT", "future") not in coded(coder, text)
    assert "REJECT" in asserted_types(coder, "Moscow vetoed the resolution at the Security Council on Friday.")
