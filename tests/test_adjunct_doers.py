"""The doer of an event noun in a phrase that orders it before or after the clause's
own event ("after", "before", "following", "since"): its own doer, not the clause's
subject, unless it is a joint act the subject took part in or the subject's own deed
(extract/adjunct_doers.py).  Sentences are the project's own."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.records import Article


def code(coder, text):
    return coder.code_one(Article(id="t", text=text, published=date(2024, 3, 5)))


def triggered(events, word):
    matches = [e for e in events if e.trigger.text == word]
    assert matches, f"no event on {word!r} among {[(e.event, e.trigger.text) for e in events]}"
    return matches[0]


def code_of(party):
    return None if party is None else party.code


@pytest.mark.parametrize(
    ("text", "subject_country"),
    [
        ("The Iraqi government closed the border after the bombing of a market in Basra.", "IRQ"),
        ("Iran condemned Israel after the killing of its general.", "IRN"),
        ("The German chancellor left Moscow before the invasion of Ukraine.", "DEU"),
        ("The UN condemned the strike after the killing of six aid workers.", "UNO"),
    ],
)
def test_a_deed_after_or_before_the_clause_is_not_the_subjects(coder, text, subject_country):
    for event in code(coder, text):
        if event.event == "ASSAULT":
            assert event.actor is None or event.actor.country != subject_country


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("Protesters gathered in the square following the killing of a student by police.", "killing", "---COP"),
        ("Residents returned to the city after the Russian bombing of Aleppo ended.", "bombing", "RUS"),
        ("The Syrian army recaptured the town after its bombing of rebel positions.", "bombing", "SYRMIL"),
        ("Turkey sent troops into Syria after launching an attack on Kurdish militias.", "launching", "TUR"),
    ],
)
def test_a_deed_keeps_the_doer_its_own_words_name(coder, text, trigger, doer):
    # "by police", "Russian", "its", or the subject of the gerund that does it
    assert code_of(triggered(code(coder, text), trigger).actor) == doer


@pytest.mark.parametrize(
    ("text", "trigger", "doer", "other"),
    [
        ("The Turkish president spoke to reporters after a meeting with Putin.", "meeting", "TURGOV", "RUSGOV"),
        ("Turkey withdrew its troops after an agreement with Russia.", "agreement", "TUR", "RUS"),
        ("The rebels retreated following clashes with the army.", "clashes", "---REB", "---MIL"),
        ("Police arrested four gunmen after a shootout near the market.", "shootout", "---COP", None),
    ],
)
def test_the_subject_takes_part_in_a_joint_act_before_its_own(coder, text, trigger, doer, other):
    event = triggered(code(coder, text), trigger)
    assert (code_of(event.actor), code_of(event.recipient)) == (doer, other)


def test_who_gave_in_after_a_blockade_suffered_it(coder):
    text = "The opposition fighters surrendered to government forces after a long blockade of the town."
    event = triggered(code(coder, text), "blockade")
    assert (code_of(event.actor), code_of(event.recipient)) == ("---MIL", "---REB")


def test_who_was_wounded_in_an_ambush_did_not_ambush(coder):
    events = code(coder, "The envoy was flown to Ankara after being wounded in an ambush.")
    assert all(e.actor is None or e.actor.text != "The envoy" for e in events if e.event == "ASSAULT")
    assert any(e.recipient is not None and e.recipient.text == "The envoy" for e in events)


def test_the_target_a_deed_names_comes_before_who_was_thought_hurt_in_it(coder):
    text = "The commander was wrongly believed to have been killed in a Russian attack on Aleppo."
    event = triggered(code(coder, text), "attack")
    assert (code_of(event.actor), code_of(event.recipient)) == ("RUS", "SYRCVL")
