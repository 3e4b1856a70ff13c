"""A toll told right after an attack ("Russian jets struck the market. Twelve civilians
were killed") takes that attack's doer (resolve/toll_doers.py).  Sentences are the
project's own."""

from __future__ import annotations

import pytest

from coded_events import code_article as code
from coded_events import on_trigger


def country(party):
    return None if party is None else party.country


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            "Russian jets struck the covered market in the town on Sunday. At least 12 shoppers were killed and 40 wounded.",
            "killed",
            "RUS",
        ),
        (
            "Syrian government forces pounded the rebel suburbs with artillery on Tuesday. Nine children were killed"
            " in strikes on a school.",
            "killed",
            "SYR",
        ),
        (
            "Islamic State fighters stormed the village at dawn. Dozens of farmers were rounded up and shot.",
            "shot",
            "IMG",
        ),
        ("Russian jets struck the covered market on Sunday. A young boy was killed.", "killed", "RUS"),
        # the army telling of its own dead is no other party to the toll
        (
            "Islamic State fighters attacked the Iraqi army post at dawn. The Iraqi army said four Iraqi soldiers were"
            " killed.",
            "killed",
            "IMG",
        ),
    ],
)
def test_a_toll_right_after_an_attack_takes_its_doer(coder, text, trigger, doer):
    event = on_trigger(code(coder, text), trigger)
    assert country(event.actor) == doer
    assert event.actor_source == "earlier_sentence"
    assert event.actor.span is None  # the doer's words are in the sentence before


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a fight: the dead may be of either side
        ("Government troops fought the rebels near the dam on Sunday. At least ten people were killed.", "killed"),
        # a new deed of its own
        ("Russian jets struck the market on Sunday. Twelve shoppers were killed in a second strike.", "killed"),
        ("Russian jets struck the market on Sunday. Twelve shoppers were killed during another raid.", "killed"),
        # another attacker told in between
        (
            "Russian jets struck the market on Sunday. Rebel fighters shelled a village. Six people were killed.",
            "killed",
        ),
        # the doer's own side
        ("Turkish jets bombed the village on Sunday. Two Turkish soldiers were killed.", "killed"),
        # told two sentences on, in another paragraph
        (
            "Russian jets struck the market on Sunday.\n\nThe mayor toured the port. Twelve shoppers were killed.",
            "killed",
        ),
        # a running total: the dead of many deeds
        ("Russian jets struck the market on Sunday. Over 300 shoppers have been killed since January.", "killed"),
    ],
)
def test_a_toll_not_plainly_of_the_attack_before_keeps_no_doer(coder, text, trigger):
    assert on_trigger(code(coder, text), trigger).actor is None
