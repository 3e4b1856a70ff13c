"""A participle or a relative clause that only describes its noun tells no event:
where a force stands ("where French troops are currently deployed") or what a
charity or a community does as its work ("aid groups supporting UN agencies")
(extract/standing_states.py, hc8); sentences written for these tests."""

from __future__ import annotations

import pytest

from coded_events import coded


def asserted_types(coder, text):
    return {name for name, modality in coded(coder, text) if modality == "asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "The minister criticised the strategy in regions where French troops are currently deployed.",
        "Withdrawing the Dutch soldiers, who are reportedly deployed near the border, would please voters.",
        "Once more the allies, with soldiers deployed in the region, declined to act.",
    ],
)
def test_a_force_told_where_it_stands_is_no_mobilization(coder, text):
    assert "MOBILIZE" not in asserted_types(coder, text), coded(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Germany deployed 300 troops to Lithuania on Tuesday.",
        "Spain's troops are being deployed to Mali.",
        "Portuguese troops were deployed to the border last week.",
    ],
)
def test_a_deployment_that_happened_stays_a_mobilization(coder, text):
    assert "MOBILIZE" in asserted_types(coder, text), coded(coder, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Aid groups supporting UN agencies were told to leave Mosul on Monday.", "SUPPORT"),
        ("The rescue charity, which helps run clinics in northern Yemen, said the shelling continued.", "AID"),
        ("Oxfam said ten of the 30 clinics it supports in Tigray had been looted.", "SUPPORT"),
    ],
)
def test_a_charitys_work_in_a_relative_clause_is_no_event(coder, text, event):
    assert event not in asserted_types(coder, text), coded(coder, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Iran, which backs the Houthi rebels, denied the claim.", "AID"),
        ("The 900 US troops currently helping the Iraqi army will leave.", "AID"),
        ("The charity, which on Monday helped evacuate 40 families from Mosul, warned of shortages.", "AID"),
        ("A Canadian woman fighting alongside Kurdish forces has been killed in Syria.", "COOPERATE"),
    ],
)
def test_a_state_backing_a_side_and_a_dated_act_stay_events(coder, text, event):
    assert event in asserted_types(coder, text), coded(coder, text)
