"""An attack on a place that hosts someone is an attack on those it hosts."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.records import Article


def assault_parties(coder, text: str) -> list[tuple[str | None, str | None]]:
    events = coder.code_one(Article(id="h1", text=text, published=date(2022, 3, 2)))
    return [
        (e.actor.country if e.actor else None, e.recipient.country if e.recipient else None)
        for e in events
        if e.event == "ASSAULT"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Armenia fired rockets at two Georgian depots hosting French peacekeepers.",
        "Armenia fired rockets at two depots in Georgia where French peacekeepers are stationed.",
    ],
)
def test_the_hosted_forces_are_the_target_not_the_hosts_country(coder, text):
    assert assault_parties(coder, text) == [("ARM", "FRA")]


def test_a_place_that_hosts_nobody_named_keeps_its_country(coder):
    assert assault_parties(coder, "Armenia fired rockets at two Georgian depots near the border.") == [("ARM", "GEO")]
