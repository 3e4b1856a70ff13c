"""Denials, contingent clauses, practices and wishes told as no event (extract/denial.py,
extract/speculation.py, extract/generic.py, extract/modality.py), and PLOVER's reductions
of announced, scheduled and promised acts (extract/event_context.py); sentences written
for these tests."""

from __future__ import annotations

import pytest

from coded_events import coded


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The Kenyan foreign minister denied that Kenyan troops had attacked the Somali village.", "ASSAULT"),
        ("The militants denied they had detained the Malian journalist.", "COERCE"),
        ("The army denied reports that it had arrested the opposition leader.", "COERCE"),
        ("The government rejected allegations that its police had tortured the detainees.", "ASSAULT"),
    ],
)
def test_what_a_denial_denies_is_negated(unrealised_coder, text, event):
    events = coded(unrealised_coder, text)
    assert (event, "negated") in events, events
    assert (event, "asserted") not in events, events


def test_a_denial_not_made_leaves_the_claim_told(unrealised_coder):
    events = coded(unrealised_coder, "The Kenyan minister did not deny that Kenyan troops had attacked the village.")
    assert ("ASSAULT", "asserted") in events, events


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The moment those troops are pulled out, the militia will return to the valley.", "RETREAT"),
        ("When the peacekeepers leave, the rebels will attack the city of Bunia.", "RETREAT"),
    ],
)
def test_a_present_clause_waiting_on_a_future_one_is_hypothetical(unrealised_coder, text, event):
    events = coded(unrealised_coder, text)
    assert (event, "hypothetical") in events, events


def test_a_past_clause_of_time_is_told(unrealised_coder):
    events = coded(unrealised_coder, "When the peacekeepers left Bunia, the rebels attacked the city.")
    assert ("ASSAULT", "asserted") in events, events


@pytest.mark.parametrize(
    "text",
    [
        "All new recruits are asked to swear an oath to the militia.",
        "Prisoners would often be beaten or tortured by the guards.",
        "Protesters are usually arrested when they march in the capital.",
    ],
)
def test_practices_and_habits_are_no_event(unrealised_coder, text):
    assert coded(unrealised_coder, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "All the hostages were freed by the Malian army on Sunday.",
        "All 40 detainees were released by the Ugandan police on Monday.",
    ],
)
def test_a_subject_that_names_its_members_keeps_the_event(unrealised_coder, text):
    assert any(modality == "asserted" for _, modality in coded(unrealised_coder, text)), text


def test_what_someone_would_like_to_see_done_is_wished(unrealised_coder):
    events = coded(unrealised_coder, "We would like to see peacekeepers deployed along the border with Rwanda.")
    assert events and {modality for _, modality in events} == {"hypothetical"}, events


@pytest.mark.parametrize(
    "text",
    [
        "Canada plans to withdraw its troops from Latvia next year.",
        "The Dutch minister intends to resign next month.",
        "The Canadian pullout, announced on Monday, surprised Nato allies.",
    ],
)
def test_a_planned_or_announced_withdrawal_is_a_concession(unrealised_coder, text):
    events = [event for event, _ in coded(unrealised_coder, text)]
    assert "CONCEDE" in events and "RETREAT" not in events and "AGREE" not in events, events


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministers of Chile and Peru are due to hold talks in Lima next month.",
        "The Kenyan president is set to host a summit of East African leaders.",
    ],
)
def test_a_scheduled_meeting_is_agree(unrealised_coder, text):
    events = coded(unrealised_coder, text)
    assert ("AGREE", "future") in events and not any(event == "CONSULT" for event, _ in events), events


def test_a_purpose_is_not_a_promise(unrealised_coder):
    events = coded(unrealised_coder, "The Kenyan envoy travelled to Addis Ababa to discuss the border dispute.")
    assert ("CONSULT", "asserted") in events, events  # the talks the trip was made for were held


def test_acting_to_do_force_in_the_future_is_a_threat(unrealised_coder):
    events = coded(unrealised_coder, "The United States would work with its allies to expel the militias from Iraq.")
    assert ("THREATEN", "future") in events, events


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The government is unable to provide support to its citizens in Yemen.", "AID"),
        ("Jordan is unwilling to take any more refugees from Syria.", "AID"),
    ],
)
def test_a_denied_ability_or_will_is_negated(unrealised_coder, text, event):
    events = coded(unrealised_coder, text)
    assert (event, "negated") in events and (event, "asserted") not in events, events


def test_a_motive_denied_leaves_the_act_told(unrealised_coder):
    events = coded(unrealised_coder, "The Israeli air raid on the port was not about revenge, the minister said.")
    assert ("ASSAULT", "asserted") in events, events


def test_what_a_course_of_action_would_allow_is_hypothetical(unrealised_coder):
    events = coded(unrealised_coder, "This would allow the Kurdish rebels to fight the army on equal terms.")
    assert events and {modality for _, modality in events} == {"hypothetical"}, events


def test_the_first_to_visit_is_a_fact_not_a_purpose(unrealised_coder):
    events = coded(unrealised_coder, "Johnson became the first British foreign secretary to visit the Gambia.")
    assert ("CONSULT", "asserted") in events, events


def test_a_meeting_still_to_come_is_agree(unrealised_coder):
    events = coded(unrealised_coder, "Before those talks, the EU will host a meeting of donors in New York.")
    assert events and {event for event, _ in events} == {"AGREE"}, events


def test_days_later_in_a_past_story_is_no_future(unrealised_coder):
    events = coded(unrealised_coder, "Five to seven days later the Kenyan president called the Somali leader again.")
    assert ("CONSULT", "asserted") in events, events


def test_what_is_only_supposed_is_hypothetical(unrealised_coder):
    events = coded(unrealised_coder, "It is reasonable to assume the Kenyan envoy has met the Somali president.")
    assert events and {modality for _, modality in events} == {"hypothetical"}, events


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Kenyan troops must leave the camp in case the army attacks it.", "ASSAULT"),
        ("The minister would be grateful as long as the rebels are detained by the police.", "COERCE"),
        ("I was worried in case the Ugandan militia raided the house.", "ASSAULT"),
    ],
)
def test_a_clause_of_condition_is_hypothetical(unrealised_coder, text, event):
    events = coded(unrealised_coder, text)
    assert (event, "hypothetical") in events, events


def test_a_condition_on_the_reader_leaves_the_event_told(unrealised_coder):
    events = coded(unrealised_coder, "In case you missed it, the Ugandan army shelled the camp on Monday.")
    assert ("ASSAULT", "asserted") in events, events


def test_an_event_whose_end_is_to_come_is_under_way(unrealised_coder):
    events = coded(
        unrealised_coder, "A final army assault on the rebel town of Gao would finish within days, the general said."
    )
    assert ("ASSAULT", "asserted") in events, events


def test_a_move_to_withdraw_is_the_announcement(unrealised_coder):
    events = coded(
        unrealised_coder, "The senator condemned the Canadian government's move to withdraw its troops from Latvia."
    )
    assert ("CONCEDE", "asserted") in events, events
