"""Events named but not told as done (extract/speculation.py), refusals told by a
negation and past acts that did not take place (extract/modality.py), and word senses
of "strike" and "share"; sentences written for these tests."""

from __future__ import annotations

import pytest

from coded_events import coded


@pytest.mark.parametrize(
    "text",
    [
        "The possible withdrawal of Chilean troops from Haiti has alarmed aid workers in Port-au-Prince.",
        "Diplomats argue that a Chilean pullout from Haiti would leave the capital open to the gangs.",
        "Villagers fear an attack by the Malian army on the town.",
        "The Kenyan elders reject the plan, fearing it will lead to a massacre of herders.",
        '"We want monitors on the border to ensure that Ethiopia does not attack," the envoy said.',
        "Ghana has not yet confirmed that its delegation will attend the talks in Lome.",
    ],
)
def test_feared_possible_sought_or_unconfirmed_events_are_hypothetical(unrealised_coder, text):
    events = coded(unrealised_coder, text)
    assert events, text
    # the elders' rejection of the plan is told as done; the massacre is only feared
    named = [modality for event, modality in events if event != "REJECT"]
    assert named and set(named) == {"hypothetical"}, events


@pytest.mark.parametrize(
    "text",
    [
        "Chile withdrew its troops from Haiti on Monday.",
        "The Malian army attacked the town on Sunday.",
        "The observers ensured that the Ethiopian army withdrew from Mekele.",
        "Ghana confirmed that its delegation will attend the talks in Lome.",
    ],
)
def test_events_told_as_done_or_planned_stay_so(coder, text):
    assert any(modality in {"asserted", "future"} for _, modality in coded(coder, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Togo will not accept the deal, its president said.",
        "The Chadian rebels who had not accepted the deal were disarmed.",
        "Niger cannot accept a French base on its soil, the junta said.",
    ],
)
def test_a_refusal_told_by_a_negation_is_an_asserted_reject(coder, text):
    assert ("REJECT", "asserted") in coded(coder, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The Peruvian president did not sign the letter.", "SUPPORT"),
        ("Ecuador was not consulted by Peru before the summit in Lima.", "CONSULT"),
    ],
)
def test_a_past_act_that_did_not_happen_is_negated_not_a_refusal(unrealised_coder, text, event):
    events = coded(unrealised_coder, text)
    assert (event, "negated") in events
    assert "REJECT" not in {e for e, _ in events}


def test_a_verb_of_refusal_keeps_its_negation(unrealised_coder):
    assert coded(unrealised_coder, "Peru did not reject the plan.") == [("REJECT", "negated")]


def test_a_decision_taken_is_not_a_plan(coder):
    events = coded(coder, "Bolivia criticised Peru's decision to expel its ambassador.")
    assert ("SANCTION", "future") not in events
    assert any(e == "SANCTION" and m == "asserted" for e, m in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Egypt struck a deal with Sudan on Monday.",
        "Egypt has not struck a rapprochement with Sudan.",
    ],
)
def test_striking_a_deal_is_no_strike(unrealised_coder, text):
    events = coded(unrealised_coder, text)
    assert events and "ASSAULT" not in {e for e, _ in events}


@pytest.mark.parametrize(
    "text",
    [
        "The Greek minister said he shared Cyprus's view on the talks.",
        "Greece and Cyprus share the aim of reuniting the island.",
        "The 300-mile border that Greece shares with Turkey is closed.",
    ],
)
def test_sharing_a_view_an_aim_or_a_border_is_no_cooperation(coder, text):
    assert "COOPERATE" not in {e for e, _ in coded(coder, text)}


def test_sharing_information_is_cooperation(coder):
    assert "COOPERATE" in {e for e, _ in coded(coder, "Greece shared intelligence with Cyprus.")}


@pytest.mark.parametrize(
    "text",
    [
        "The refugees in the camp cannot get the help they need.",
        "More than two million people in Yemen need humanitarian assistance, the UN says.",
        '"Thank God," the Chilean nurse said.',
        "Putin travelled to Cairo, demonstrating Russia's new clout in Egypt.",
        "As the Peruvian president demonstrates daily, facts no longer matter.",
        "The people who inspect, repair and provide the Greek tanks with spare parts tend to be contractors.",
        "Finnish and Swedish officials tend to meet in private.",
    ],
)
def test_needs_exclamations_showing_and_general_habits_are_no_events(coder, text):
    assert coded(coder, text) == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("About 100 protesters demonstrated outside the station in Leeds.", "PROTEST"),
        ("The Finnish and Swedish foreign ministers met in Helsinki on Monday.", "CONSULT"),
        ("The Somali president said Kenya needed to withdraw its troops.", "REQUEST"),
    ],
)
def test_the_same_words_telling_an_event_keep_it(coder, text, event):
    assert event in {e for e, _ in coded(coder, text)}


def test_a_purpose_inside_a_purpose_is_not_yet_done(unrealised_coder):
    # nor the militants' plan: they are only to be made to leave (extract/caused.py)
    events = coded(unrealised_coder, "Turkey needs more time to force the militants to leave.")
    assert events and all(modality == "hypothetical" for _, modality in events)


@pytest.mark.parametrize(
    "text",
    [
        "The Kurds had led a campaign to oust the militants from Raqqa, a battle that ended in the autumn.",
        "It was a very serious attempt to kill or capture the Chilean envoy.",
    ],
)
def test_a_campaign_or_attempt_made_is_asserted(coder, text):
    assert "asserted" in {m for _, m in coded(coder, text)}


def test_a_decision_not_yet_made_is_still_to_come(coder, unrealised_coder):
    text = "We have not yet made any decision to launch strikes on Syria."
    events = coded(unrealised_coder, text)
    assert events and all(modality != "asserted" for _, modality in events)
    assert coded(coder, text) == []  # strikes still to come are no event yet


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Chileans were killed in a US drone strike near the border on Monday.", "asserted"),
        ("An anticipated US military strike in Syria worries Moscow.", "future"),
    ],
)
def test_a_military_strike_is_force_not_a_walkout(unrealised_coder, text, modality):
    assert ("ASSAULT", modality) in coded(unrealised_coder, text)


def test_an_event_noun_under_a_purpose_is_told_not_planned(coder):
    text = "Russia sent in aircraft to attack the province of Idlib in its first major assault for months."
    assert ("ASSAULT", "asserted") in coded(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        '"A withdrawal of Kenyan troops from Somalia would be a grave mistake," the senator said.',
        '"Withdrawal of the Nigerian force from Mali would be a huge error," the minister said.',
        "The envoy said the path to a nationwide ceasefire between Sudan and the rebels would be the next step.",
        "A Ghanaian boycott of the summit in Lome would be disastrous for the region.",
    ],
)
def test_an_event_noun_only_judged_by_would_be_is_hypothetical(unrealised_coder, text):
    events = coded(unrealised_coder, text)
    assert events and {modality for _, modality in events} == {"hypothetical"}, events


def test_a_judged_refusal_with_its_doer_is_still_told(coder):
    """The refusal happened; "would be in breach" is a legal judgement of it."""
    text = "Ghana's refusal to extradite the Togolese dissident would be a breach of the treaty, lawyers argue."
    assert "REJECT" in {event for event, _ in coded(coder, text)}
