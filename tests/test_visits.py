"""A hosted visit is the visitor's: PLOVER codes the visitor as the CONSULT actor and
the host as its recipient (extract/visits.py)."""

from __future__ import annotations

import pytest

from coded_events import code_article


def consult_dyads(coder, text: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.actor.code if e.actor else None, e.recipient.code if e.recipient else None)
        for e in code_article(coder, text)
        if e.event == "CONSULT"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Putin hosted Erdogan in Sochi on Monday.",
        "Erdogan visited Putin in Sochi on Monday.",
        "The Russian president received the Turkish president in Sochi on Monday.",
        "Last week the Russian president hosted talks with the Turkish president.",
    ],
)
def test_the_visitor_is_the_actor_and_the_host_the_recipient(coder, text):
    assert consult_dyads(coder, text) == [("TURGOV", "RUSGOV")]


def test_hosting_refugees_is_shelter_not_a_visit(coder):
    events = code_article(coder, "Lebanon hosts a million Syrian refugees.")
    assert [(e.event, e.actor.country if e.actor else None) for e in events] == [("AID", "LBN")]


def test_a_call_received_is_made_by_the_caller(coder):
    assert consult_dyads(coder, "Scholz received a phone call from Macron on Friday.") == [("FRAGOV", "DEUGOV")]


def test_a_guest_named_in_apposition_is_the_visitor(coder):
    events = code_article(coder, "Putin hosted his counterpart, Recep Tayyip Erdogan, in Sochi on Monday.")
    assert [(e.event, e.recipient.code if e.recipient else None) for e in events] == [("CONSULT", "RUSGOV")]


def test_what_a_country_houses_is_no_visitor(coder):
    events = code_article(coder, "Cyprus hosts Britain's military bases in the Mediterranean.")
    assert all(e.actor is None or e.actor.country != "GBR" for e in events)


def test_help_received_from_officials_is_given_by_them(coder):
    events = code_article(coder, "The detained man has received assistance from British consular officials.")
    assert [(e.event, e.actor.code if e.actor else None) for e in events if e.event == "AID"] == [("AID", "GBRGOV")]


def test_a_gathering_hosted_is_no_guest(coder):
    events = code_article(coder, "Putin said he will host a congress of Syrian parties in Sochi in March.")
    assert [e.actor.country for e in events if e.event == "AGREE" and e.actor] == ["RUS"]


def test_hosting_the_displaced_is_no_visit_of_theirs(coder):
    events = code_article(coder, "The villagers of Azaz are hosting the IDPs from Afrin.")
    assert all(e.actor is None or e.actor.sector != "REF" for e in events)
