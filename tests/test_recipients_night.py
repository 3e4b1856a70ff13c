"""Recipients a sentence names outside the verb's own objects: the owner of what an
event targets ("rejected Putin's claim"), the one a request is made of ("pleaded for
help from Washington"), and pronouns the article's memory codes ("her", "them")."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.records import Article


def parties(coder, text: str) -> list[tuple[str, str | None, str | None]]:
    events = coder.code_one(Article(id="r1", text=text, published=date(2023, 5, 4)))
    return [(e.event, e.actor.code if e.actor else None, e.recipient.code if e.recipient else None) for e in events]


@pytest.mark.parametrize(
    ("text", "event", "recipient"),
    [
        ("The Polish foreign minister rejected Vladimir Putin's claim that the border was closed.", "REJECT", "RUSGOV"),
        ("The Kurdish leaders were pleading for help from the Trump administration.", "REQUEST", "USAGOV"),
        ("Labour MPs asked for a briefing from the Foreign Office.", "REQUEST", "GBRGOV"),
    ],
)
def test_the_owner_or_the_one_asked_is_the_recipient(coder, text, event, recipient):
    assert (event, recipient) in [(found, target) for found, _, target in parties(coder, text)]


def test_a_possessive_pronoun_names_the_woman_named_before(coder):
    text = (
        "Ana Ruiz, a Spanish aid worker, travelled to Syria in 2015. "
        "Last year the British home secretary ordered her citizenship to be revoked."
    )
    recipients = [target for _, actor, target in parties(coder, text) if actor == "GBRGOV"]
    assert recipients and recipients[0] is not None and recipients[0].startswith("ESP")


def test_a_pronoun_let_do_something_is_the_recipient(coder):
    text = "Thousands of Yazidi families fled the camp. The Iraqi army is not allowing them to leave."
    found = [target for _, actor, target in parties(coder, text) if actor == "IRQMIL"]
    assert found and found[0] is not None and found[0].endswith("CVL")


def test_the_actors_own_possessive_is_no_recipient(coder):
    text = "Greek police arrested two men on Monday. The Greek minister defended her decision."
    assert all(target != "GRCGOV" for _, actor, target in parties(coder, text) if actor == "GRCGOV")


def test_a_pronoun_let_that_the_memory_cannot_code_is_no_recipient(coder):
    text = "The Chilean navy is not allowing them to leave the port."
    events = coder.code_one(Article(id="r2", text=text, published=None))
    assert all(event.recipient is None for event in events if event.actor and event.actor.country == "CHL")
