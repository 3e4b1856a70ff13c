"""Recipients inside a verb's object (h71): the ones a number counts ("arrested
thousands of activists"), who an object's event is for or done to ("ended its
support for the rebels"), and the body whose undertaking the object is ("fought
every UN attempt")."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.records import Article


def dyads(coder, text: str) -> list[tuple[str, str | None, str | None]]:
    events = coder.code_one(Article(id="o1", text=text, published=date(2023, 5, 4)))
    return [(e.event, e.actor.code if e.actor else None, e.recipient.code if e.recipient else None) for e in events]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Kenyan police arrested thousands of Somali refugees in Nairobi.", "KENCOP", "SOMREF"),
        ("The Nigerian army killed dozens of Boko Haram fighters on Sunday.", "NGAMIL", "NGAREB"),
        ("The Kenyan army resisted several of the Ugandan government's proposals.", "KENMIL", "UGAGOV"),
    ],
)
def test_the_ones_counted_are_the_recipient(coder, text, actor, recipient):
    assert (actor, recipient) in [(doer, target) for _, doer, target in dyads(coder, text)]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Washington ended its military support for the Kurdish rebels last year.", "REB"),
        ("The Danish government suspended all assistance for the Saudi government.", "SAUGOV"),
    ],
)
def test_who_an_object_event_is_for_is_the_recipient(coder, text, recipient):
    targets = [target for _, _, target in dyads(coder, text)]
    assert any(target is not None and target.endswith(recipient) for target in targets), targets


def test_a_thing_an_object_event_is_of_is_no_recipient(coder):
    text = "The Dutch government is suspending sales of arms to the region."
    assert all(target is None or "MIL" not in target for _, _, target in dyads(coder, text))


def test_a_demand_for_someones_release_does_not_make_them_the_recipient(coder):
    text = "The Norwegian minister demanded the release of the journalists."
    assert all(target != "---MED" for event, _, target in dyads(coder, text) if event == "REQUEST")


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The Houthi militia has fought every UN attempt to deliver food to the port.", "UNO"),
        ("The Canadian government rejected the Russian proposal on Monday.", "RUS"),
        ("Iran and Russia have spurned efforts by the UN to rewrite the constitution.", "UNO"),
    ],
)
def test_a_named_body_before_an_undertaking_is_the_recipient(coder, text, recipient):
    targets = [target for _, _, target in dyads(coder, text)]
    assert any(target is not None and target.startswith(recipient) for target in targets), targets


def test_the_person_a_thing_is_of_is_the_recipient(coder):
    events = coder.code_one(
        Article(id="o2", text="Chinese hackers targeted the email accounts of Boris Johnson.", published=None)
    )
    assert any(e.recipient is not None and e.recipient.name == "Boris Johnson" for e in events)


def test_the_people_an_act_is_of_are_the_recipient(coder):
    text = "Egypt fiercely opposes the attendance of the main Ethiopian rebel groups in Sudan."
    assert ("REJECT", "EGY", "ETHREB") in dyads(coder, text)


def test_a_thing_named_like_people_that_an_act_is_of_is_no_recipient(coder):
    text = "The Kenyan minister ignored the use of chemical agents by the army."
    assert all(target is None or not target.endswith("SPY") for _, _, target in dyads(coder, text))


def test_a_place_an_act_is_of_is_not_made_its_owner(coder):
    text = "The Kenyan minister praised the reconstruction of Mombasa."
    assert [(event, target) for event, _, target in dyads(coder, text)] == [("SUPPORT", None)]


def test_a_place_name_before_a_plan_is_not_made_its_owner(coder):
    text = "The Swedish minister praised the Geneva plan."
    assert all(target != "CHECVL" for _, _, target in dyads(coder, text))


def test_a_description_in_apposition_to_a_name_is_that_party(coder):
    text = "Hezbollah, a movement armed by Iran, attacked the base."
    assert ("AID", "IRN", "LBNREB") in dyads(coder, text)


def test_the_side_a_backing_participle_hung_on_a_place_backs_is_the_recipient(coder):
    text = "Ethiopian government forces continue to pound the area, backed by Eritrean allies."
    backings = [target for event, actor, target in dyads(coder, text) if actor is not None and actor.startswith("ERI")]
    assert backings and backings[0] is not None and backings[0].startswith("ETH")
