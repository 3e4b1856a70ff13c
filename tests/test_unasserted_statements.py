"""Aims, priorities, hopes, weighed outcomes, refused errands, duties and general
truths name events without telling that they happened (hc3: extract/stated_aims.py,
extract/outlooks.py, extract/modality.py, extract/generic.py, extract/figurative.py);
sentences written for these tests."""

from __future__ import annotations

import pytest

from coded_events import code_article, coded


def _modalities(coder, text, trigger):
    return {e.modality for e in coder.code_text(text, "2024-05-02") if e.trigger.text == trigger}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # an aim or a priority, named by a copula or a colon
        ("Defeating the cartel and arresting its leaders are the new Peruvian president's priorities.", "arresting"),
        ("Japan and Korea share another aim: curbing Chinese influence in Asia.", "curbing"),
        # a hope told by a noun
        ("Lima sent an envoy to Quito, with hopes that Ecuador will sign the trade pact.", "sign"),
        # what a modal copula weighs
        (
            "An advantage of the sanctions could be that they encourage Nicolas Maduro to free the prisoners.",
            "encourage",
        ),
        # a clash only judged likely
        ("The minister said he did not think a military clash with Ecuador was likely.", "clash"),
        # a consequence of what could be done
        (
            "Venezuela has armed thousands of fighters who could form a new militia, providing support to the rebels.",
            "providing",
        ),
        # what goes with urged advice
        ("The senator said Chile should keep talking while also suspending arms sales to Peru.", "suspending"),
    ],
)
def test_aims_hopes_and_weighed_outcomes_are_not_asserted(unrealised_coder, text, trigger):
    modalities = _modalities(unrealised_coder, text, trigger)
    assert modalities and modalities <= {"hypothetical", "negated"}, coded(unrealised_coder, text)


def test_what_is_denied_after_help_stays_denied(unrealised_coder):
    text = "The raid was meant to punish the smugglers, not to help Peruvian police arrest the gang or assist the army."
    assert _modalities(unrealised_coder, text, "assist") == {"negated"}, coded(unrealised_coder, text)


def test_the_purpose_of_a_refused_act_is_no_deed(unrealised_coder):
    text = "Brazil has refused to lift a finger to defend Paraguay."
    assert _modalities(unrealised_coder, text, "defend") == {"negated"}, coded(unrealised_coder, text)
    assert "REJECT" in [name for name, _ in coded(unrealised_coder, text)]


def test_what_a_party_needs_to_do_is_no_demand_it_makes(coder):
    for text in (
        "Critics saw the case as proof that Chile needed to close its border to migrants.",
        "Commentators cited the case as evidence that Peru needed to keep migrants out.",
    ):
        assert "REQUEST" not in [e.event for e in code_article(coder, text)], text


def test_a_need_someone_states_is_their_demand_of_the_needer(coder):
    events = code_article(coder, "The Chilean president said Peru needed to withdraw its troops.")
    requests = [e for e in events if e.event == "REQUEST"]
    assert requests, [(e.event, e.trigger.text) for e in events]
    assert requests[0].actor is not None and requests[0].actor.country == "CHL"
    assert requests[0].recipient is not None and requests[0].recipient.country == "PER"


def test_a_general_truth_between_kinds_of_people_is_no_event(coder):
    for text in (
        "The number of farmers who are killed by other farmers over water is rising.",
        "The amount of Christians who are killed by other Christians is shocking.",
        "If these smugglers try to cross the river they often get shot.",
    ):
        assert "ASSAULT" not in [e.event for e in code_article(coder, text)], text


@pytest.mark.parametrize(
    ("text", "trigger", "event"),
    [
        # the deed itself, told as done, stays
        ("Peruvian troops arrested the cartel's leaders in Cusco on Monday.", "arrested", "COERCE"),
        # a refusal stays the refusal
        ("Brazil refused to send soldiers to the border on Tuesday.", "refused", "REJECT"),
        # help told as given keeps its helper's mood
        ("Chile helped Peruvian police arrest the gang leaders in Arica on Friday.", "arrest", "COERCE"),
        # a named group's killing, in the past, is no general truth
        ("The rebels killed three farmers in Cusco on Sunday.", "killed", "ASSAULT"),
    ],
)
def test_deeds_told_as_done_stay_asserted(coder, text, trigger, event):
    events = [e for e in code_article(coder, text) if e.trigger.text == trigger]
    assert events and events[0].event == event and events[0].modality == "asserted", [
        (e.event, e.trigger.text, e.modality) for e in code_article(coder, text)
    ]
