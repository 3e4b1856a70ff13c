"""Words of an event that tell none: meeting no one, habits, questions, wishes
(extract/figurative.py, extract/modality.py); sentences written for these tests."""

from __future__ import annotations

import pytest


def event_of(nlp, classifier, text):
    guess = classifier.classify_sentence(next(nlp(text).sents))
    return None if guess is None else guess.event


@pytest.mark.parametrize(
    "text",
    [
        "Norway met its emissions target last year.",
        "Turnout in the Polish election met expectations.",
        "The Belgian budget plan was met with anger in Antwerp.",
        "He was the bravest soldier I ever met.",
        "She was the first Kurdish commander we met on the trip.",
    ],
)
def test_meeting_no_party_is_no_consultation(nlp, classifier, text):
    assert event_of(nlp, classifier, text) is None


@pytest.mark.parametrize(
    "text",
    [
        "The French president met the Chilean foreign minister in Paris on Tuesday.",
        "The two delegations met with mediators in Doha.",
        "Rebel leaders met in a village near the border.",
    ],
)
def test_parties_meeting_stay_a_consultation(nlp, classifier, text):
    assert event_of(nlp, classifier, text) == "CONSULT"


def test_meeting_demands_is_a_concession(nlp, classifier):
    assert event_of(nlp, classifier, "The Kenyan government has met the demands of the striking doctors.") == "CONCEDE"


@pytest.mark.parametrize(
    "text",
    [
        "Governments usually condemn such remarks within hours.",
        "Ministers of the bloc typically meet twice a year.",
        "Senior Japanese officers view how the navy withdraws from a conflict as important.",
    ],
)
def test_a_habit_is_no_event(nlp, classifier, text):
    assert event_of(nlp, classifier, text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Guards routinely beat the detainees, a lawyer said.",
        "The survivors described how the soldiers attacked the village.",
    ],
)
def test_a_practice_or_a_told_manner_is_still_reported(nlp, classifier, text):
    assert event_of(nlp, classifier, text) == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    ['"Where is the bus?" the old man asked.', "The reporter asked whether the army would stay."],
)
def test_a_question_asked_is_no_appeal(nlp, classifier, text):
    assert event_of(nlp, classifier, text) is None


def test_asking_someone_to_act_stays_an_appeal(nlp, classifier):
    assert event_of(nlp, classifier, "The minister asked Chile to release the prisoners.") == "REQUEST"


@pytest.mark.parametrize(
    "text",
    [
        "I hope Peru and Ecuador will talk soon.",
        "The Kenyan opposition wants the prosecutor to charge the president.",
    ],
)
def test_a_wish_is_hypothetical(unrealised_coder, text):
    events = unrealised_coder.code_text(text, "2024-05-02")
    assert events and {e.modality for e in events} == {"hypothetical"}


def test_ones_own_wish_is_a_plan(coder):
    events = coder.code_text("Peru wants to sign a trade deal with Ecuador.", "2024-05-02")
    assert [e.modality for e in events] == ["future"]


def test_any_event_is_one_that_may_happen(unrealised_coder):
    events = unrealised_coder.code_text(
        "The Egyptian foreign minister says any attack against Sudan would be reckless.", "2024-05-02"
    )
    assert [(e.event, e.modality) for e in events] == [("ASSAULT", "hypothetical")]
