"""The doer a sentence names as answerable for an event noun (extract/culprits.py), and
the owner of a weapon that struck (extract/phrase_doers.py).  Sentences are the
project's own."""

from __future__ import annotations

import pytest

from coded_events import code_article as code
from coded_events import on_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            "Investigators said the Venezuelan government was responsible for the poison attack on the town.",
            "attack",
            "VEN",
        ),
        ("A Nigerian militia cell was behind the killings of farmers in the region.", "killings", "NGA"),
        ("Officials said the Russian army was behind a wave of airstrikes on the village.", "airstrikes", "RUS"),
        ("The Kenyan police, whose raids on the camp killed dozens, denied any abuse.", "raids", "KEN"),
        ("Maduro and Putin's bombing of schools continued for weeks.", "bombing", "VEN"),
        # parsed with "shelling" a conjunct of "Myanmar": both own it, the first is the doer
        ("Myanmar and China's shelling of the camps went on for a week.", "shelling", "MMR"),
    ],
)
def test_the_party_answerable_for_an_event_noun_did_it(coder, text, trigger, doer):
    event = on_trigger(code(coder, text), trigger)
    assert event.actor is not None and event.actor.country == doer


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Venezuelan government was not responsible for the attack on protesters.", "attack"),
        ("Nobody was responsible for the attack on the border town.", "attack"),
    ],
)
def test_a_denied_or_nobodys_responsibility_names_no_doer(coder, text, trigger):
    events = [e for e in code(coder, text) if e.trigger.text == trigger]
    assert all(e.actor is None for e in events)


def test_the_owner_of_a_weapon_that_struck_fired_it(coder):
    text = "Syrian President Bashar al-Assad spoke on Sunday. The regime's barrel bombs killed 20 civilians in Aleppo."
    event = on_trigger(code(coder, text), "killed")
    assert event.actor is not None and event.actor.code == "SYRGOV"


def test_a_weapon_owned_by_a_pronoun_names_no_doer(coder):
    event = on_trigger(code(coder, "Its rockets hit the Israeli town of Metula."), "hit")
    assert event.actor is None


def test_a_weapon_named_after_its_make_is_fired_by_the_participles_agent(coder):
    event = on_trigger(code(coder, "A fighter was hit by an RPG round, fired by Isis militants, near the town."), "hit")
    assert event.actor is not None and event.actor.code == "IMGREB"


def test_an_event_coordinated_before_an_owned_event_is_no_owner(coder):
    event = on_trigger(code(coder, "The siege and Russia's shelling of the town went on for a month."), "shelling")
    assert event.actor is not None and event.actor.country == "RUS"
