"""PLOVER's choices on real-news phrasings (docs/classifier.md, "Conventions"):
declared withdrawals, appeals for help, advocacy, payments, who an event noun's
"of" names."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.records import Article


def code(coder, text):
    return coder.code_one(Article(id="t", text=text, published=date(2022, 3, 14)))


def events_of(coder, text):
    return [(e.event, e.trigger.text) for e in code(coder, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The president has ordered the country's troops in Mali to leave by the summer.",
        "Canada's prime minister ordered the army to withdraw from the border region.",
        "The president has granted his generals a slower withdrawal.",
    ],
)
def test_an_ordered_or_granted_withdrawal_is_a_concession(coder, text):
    # PLOVER: the declaration of a withdrawal is CONCEDE; the pullback itself RETREAT
    assert [event for event, _ in events_of(coder, text)] == ["CONCEDE"]


def test_a_retreat_told_as_still_to_come_is_the_concession_it_announces(coder):
    # PLOVER: RETREAT + future is coded CONCEDE
    (event,) = code(coder, "A Pentagon official said the French troop pullout would take three months.")
    assert (event.event, event.modality) == ("CONCEDE", "future")


def test_an_announced_withdrawal_is_a_concession(coder):
    (event,) = code(coder, "The French president has announced a rapid troop withdrawal from Mali.")
    assert (event.event, event.modality, event.actor.country) == ("CONCEDE", "asserted", "FRA")


def test_the_pullback_itself_stays_a_retreat(coder):
    assert events_of(coder, "French troops withdrew from the Malian town of Gao on Monday.") == [
        ("RETREAT", "withdrew")
    ]


def test_an_appeal_for_help_is_a_request_to_the_one_asked_and_no_aid(coder):
    events = code(coder, "Poland urged the European Union to come to its aid after the floods.")
    assert [(e.event, e.actor.country, e.recipient.country) for e in events] == [("REQUEST", "POL", "EUR")]


def test_pushing_for_a_deal_is_advocacy_not_a_request_nor_a_deal(coder):
    assert events_of(coder, "The Japanese minister pushed for the trade deal with Australia.") == []
    assert events_of(coder, "The Japanese minister pushed for a ceasefire in the north.") == []


def test_a_payment_is_no_aid_but_money_given_is(coder):
    assert events_of(coder, "Egypt paid $2 billion for the French fighter jets.") == []
    assert events_of(coder, "The United States gave $2 million to the Sudanese refugees.") == [("AID", "gave")]


@pytest.mark.parametrize(
    "text, doer",
    [
        ("The withdrawal of Canada from the treaty angered its allies.", "CAN"),
        ("The retreat of Russian troops from the city began on Monday.", "RUS"),
    ],
)
def test_the_of_of_a_noun_of_leaving_names_who_leaves(coder, text, doer):
    (event,) = code(coder, text)
    assert event.event == "RETREAT"
    assert event.actor.country == doer
    assert event.recipient is None or event.recipient.country != doer


def test_the_of_of_a_noun_of_an_act_on_someone_names_who_it_is_done_to(coder):
    (event,) = code(coder, "The arrest of the Belarusian opposition leader angered his supporters.")
    assert event.event == "COERCE"
    assert event.actor is None and event.recipient.country == "BLR"


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish fighters led a campaign to oust the militants from the border town.",
        "Thousands of soldiers joined the battle to defend Damascus.",
    ],
)
def test_the_aim_of_a_military_campaign_is_its_force(coder, text):
    assert "ASSAULT" in [event for event, _ in events_of(coder, text)]


def test_a_political_campaign_to_oust_a_leader_is_no_assault(coder):
    assert "ASSAULT" not in [
        event for event, _ in events_of(coder, "Activists began a campaign to oust the president.")
    ]


def test_who_gives_in_after_a_blockade_suffered_it(coder):
    events = code(coder, "The Syrian rebels surrendered to Russian troops after a long blockade of the town.")
    blockade = next(e for e in events if e.trigger.text == "blockade")
    assert (blockade.event, blockade.actor.country, blockade.recipient.country) == ("COERCE", "RUS", "SYR")
