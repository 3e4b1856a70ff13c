"""Words of force used for political dispute are read as criticism (extract/figurative.py);
sentences written for these tests."""

from __future__ import annotations

import pytest


def event_of(nlp, classifier, text):
    guess = classifier.classify_sentence(next(nlp(text).sents))
    return None if guess is None else guess.event


@pytest.mark.parametrize(
    "text",
    [
        "The senator's attacks on the president drew criticism.",  # two public persons
        "The finance minister hit back at comments made by the central bank.",  # aimed at words
        "The opposition leader launched verbal attacks on the cabinet.",  # called verbal
    ],
)
def test_a_fight_in_words_is_a_criticism(nlp, classifier, text):
    assert event_of(nlp, classifier, text) == "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the mayor outside his home.",
        "The army attacked the governor's convoy near the border.",
        "Rebels clashed with soldiers in the north.",
        "The artillery hit rebel positions in the hills.",
    ],
)
def test_a_fight_with_an_armed_side_or_a_thing_stays_an_assault(nlp, classifier, text):
    assert event_of(nlp, classifier, text) == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of families were left in limbo by the ruling.",
        "The new law will leave the farmers vulnerable to price swings.",
        "The militants left their mark on the old city walls.",
        "The envoy may leave the decision to the council.",
    ],
)
def test_something_left_in_a_state_is_no_withdrawal(nlp, classifier, text):
    assert event_of(nlp, classifier, text) not in {"RETREAT", "CONCEDE"}


@pytest.mark.parametrize(
    "text, event",
    [
        ("The rebels left the town on Wednesday.", "RETREAT"),
        ("The fighters left overnight on buses.", "RETREAT"),
        ("The bombing left nine people dead.", "ASSAULT"),  # a phrase of its own
    ],
)
def test_leaving_a_place_is_still_a_withdrawal(nlp, classifier, text, event):
    assert event_of(nlp, classifier, text) == event


def test_a_refused_permission_to_move_is_a_restriction_on_those_kept_in(coder):
    events = coder.code_text("The army did not allow the journalists to enter the zone.", "2024-03-01")
    assert [(e.event, e.cameo, e.modality, e.recipient.text if e.recipient else None) for e in events] == [
        ("COERCE", "191", "asserted", "the journalists")
    ]


def test_a_refused_permission_to_act_stays_a_refusal(nlp, classifier):
    assert event_of(nlp, classifier, "The governor did not allow the union to hold a rally.") != "COERCE"


def test_calling_something_a_name_is_no_phone_call(nlp, classifier):
    assert event_of(nlp, classifier, "Critics called the plan reckless.") is None
    assert event_of(nlp, classifier, "The president called his Chilean counterpart on Monday.") == "CONSULT"
