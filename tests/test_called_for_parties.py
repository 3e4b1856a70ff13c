"""Recipients of demands and calls the parser hangs elsewhere (h95): the subject of
the clause asked for ("ordered that X be ..."), the other party of the event called for
("called for talks with X"), and the doer of an event an object's event is for
("withdrew support for X's war")."""

from __future__ import annotations

import pytest
from tests.coded_events import code_article, on_trigger


def dyad(coder, text: str, trigger: str) -> tuple[str, str | None, str | None]:
    event = on_trigger(code_article(coder, text), trigger)
    return event.event, event.actor.code if event.actor else None, event.recipient.code if event.recipient else None


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        ("Turkish officials again demand that Assad be ousted.", "demand", "SYRGOV"),
        ("The Kenyan president ordered that the Somali refugees be moved to the camps.", "ordered", "SOMREF"),
        ("Aid agencies called for the Russian offensive to be halted at once.", "called", "RUS"),
        ("The Egyptian demand that Israel withdraw its troops met a mixed response.", "demand", "ISR"),
    ],
)
def test_the_subject_of_the_clause_asked_for_is_the_recipient(coder, text, trigger, recipient):
    assert dyad(coder, text, trigger)[2] == recipient


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The French president called for dialogue with Russia on Monday.", "RUS"),
        ("The Kenyan opposition has pressed for negotiations with the Somali government.", "SOMGOV"),
    ],
)
def test_the_other_party_of_the_event_called_for_is_the_recipient(coder, text, recipient):
    trigger = "called" if "called" in text else "pressed"
    assert dyad(coder, text, trigger)[2] == recipient


def test_a_call_for_the_release_of_people_does_not_make_them_the_recipient(coder):
    text = "The Canadian minister called for the release of the journalists held in Syria."
    assert dyad(coder, text, "called")[2] != "---MED"


def test_a_call_naming_no_clause_asked_for_names_no_recipient_in_its_reason(coder):
    text = "The German foreign minister urged restraint, fearing that Turkey would attack."
    assert dyad(coder, text, "urged")[2] is None


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The US Senate has withdrawn support for Riyadh's war in Yemen.", "SAU"),
        ("Germany ended its support for Turkey's offensive in Syria.", "TUR"),
    ],
)
def test_the_doer_of_an_event_an_objects_event_is_for_is_the_recipient(coder, text, recipient):
    code = dyad(coder, text, "withdrawn" if "withdrawn" in text else "ended")[2]
    assert code is not None and code.startswith(recipient)


def test_an_objects_event_for_a_thing_names_no_recipient(coder):
    text = "Russia suspended its support for the peace plan."
    assert dyad(coder, text, "suspended")[2] is None


def test_the_object_of_a_participle_on_an_event_noun_is_its_recipient(coder):
    text = "The Kenyan president's telephone call congratulating Putin on his victory drew criticism."
    event = on_trigger(code_article(coder, text), "call")
    assert event.recipient is not None and event.recipient.code == "RUSGOV"


def test_who_holds_the_ground_attacked_is_the_recipient_before_the_place(coder):
    text = "Kenyan troops were fighting the last pockets of al-Shabaab fighters on the Somali border."
    event = on_trigger(code_article(coder, text), "fighting")
    assert event.recipient is not None and "border" not in event.recipient.text
