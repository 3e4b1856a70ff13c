"""Two verbs joined by "and" share the object the parse hangs on the last one."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.extract.shared_objects import shared_object
from newsevents.knowledge.words import load_word_lists
from newsevents.records import Article


def dyads(coder, text: str) -> list[tuple[str, str | None, str | None]]:
    events = coder.code_one(Article(id="s1", text=text, published=date(2022, 5, 4)))
    return [(e.event, e.actor.code if e.actor else None, e.recipient.code if e.recipient else None) for e in events]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kenyan police shot and wounded two Somali fishermen.", ("ASSAULT", "KEN", "SOM")),
        ("Iran had armed and supported several Iraqi Shia militias.", ("AID", "IRN", "IRQ")),
    ],
)
def test_the_first_verb_is_done_to_the_shared_object(coder, text, expected):
    event, actor, recipient = expected
    found = dyads(coder, text)
    assert found, text
    assert all(e == event and a and a.startswith(actor) and r and r.startswith(recipient) for e, a, r in found)


def test_a_verb_with_its_own_parts_keeps_them(coder):
    found = dyads(coder, "Kenyan police detained two protesters in Nairobi and charged the Somali journalist.")
    detained = [(a, r) for e, a, r in found if e == "COERCE"]
    assert all(r is None or not r.startswith("SOM") for _, r in detained)


@pytest.mark.parametrize(
    "text, verb, shared",
    [
        ("Rebels captured and killed three soldiers.", "captured", "soldiers"),
        ("Kenya sent fewer troops than Washington demanded and ignored the Somali request.", "demanded", None),
        ("The militia fled and joined the rebels.", "fled", None),
        ("They met the envoy on Monday and praised the Somali president.", "met", None),
    ],
)
def test_only_a_verb_joined_straight_to_the_next_shares_its_object(nlp, text, verb, shared):
    doc = nlp(text)
    found = shared_object(next(t for t in doc if t.text == verb), load_word_lists())
    assert (found.text if found is not None else None) == shared
