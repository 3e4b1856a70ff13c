"""Word senses and PLOVER type choices read from the words around a trigger (issue 11,
patterns of the judged Guardian samples; extract/word_senses.py, figurative.py,
lexicon_lookup.py); sentences written for these tests."""

from __future__ import annotations

import pytest


def events_of(coder, text):
    return {(event.event, event.cameo) for event in coder.code_text(text, "2024-05-02")}


def types_of(coder, text):
    return {event for event, _ in events_of(coder, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The two boys were taken to Lebanon by their father in 2016.",  # carried, no protest
        "The wounded man was taken to hospital in the capital.",
        "The gang committed many crimes in the province.",  # a deed the lexicon does not know
        "Shocked by the atrocities committed by the gang, the villagers left.",
        "The envoy admitted he had received no new guidance.",
        "He said he had received positive answers from his counterpart.",
        "She called the overhaul an economic necessity.",
        "The opposition leader challenged the president to a televised debate.",
        "Chile was among the countries targeted by the new visa rules.",
        "The officials destroyed evidence of the fraud.",
        "Speaking to the Observer, the minister said the plan had failed.",
        "The rebels released a video of the ceremony on Friday.",
        "Figures released by the agency show a rise in arrivals.",
        "The party used the scandal as a pretext for new elections.",
        "Maria Lopez left Spain in 2015 with two school friends.",
        "Left in limbo by their governments, the children wait in the camp.",
        "It is a position he has occupied for a decade.",
        "The tourists entered the old town through the main gate.",
        "Thousands of families were forced from their homes.",
        "The pharmacist was struck off the register last year.",
        "The ministry failed to meet its commitment to cut emissions.",
        "Washington has sought to limit its war aims in the region.",  # an attempt, no appeal
        "A resident, who asked not to be named, said the shelling went on.",
        "I asked them if they knew the commander.",
        "The minister was asked about her plans on the show.",
        "This account was supported by senior regional officials.",  # corroborated
        "The minister did not provide evidence for the claim.",
        "The tycoon bought a football helmet using foundation money.",
        "Countries less invested in such an outcome will not help.",
        "The Labour party will take control of the council in May.",
    ],
)
def test_a_word_in_another_sense_is_no_event(coder, text):
    assert events_of(coder, text) == set()


@pytest.mark.parametrize(
    "text, event, cameo",
    [
        # PLOVER COERCE seize: occupying territory (CAMEO 192), not ASSAULT
        ("Israeli forces occupied the hilltop village on Sunday.", "COERCE", "192"),
        # taking or retaking ground is a fight, as the PLOVER sets code it (h75: judged
        # Guardian samples, "taking a city by force is ASSAULT, not COERCE seize")
        ("The rebels seized control of the border crossing.", "ASSAULT", "190"),
        ("Syrian troops recaptured the town of Saraqib on Monday.", "ASSAULT", "190"),
        # protesters occupying a station block it
        ("Students occupied the university library for three days.", "PROTEST", "144"),
        # PLOVER: easing restrictions is a concession, as lifting a curfew is
        ("The United States lifted sanctions on Venezuela's oil sector.", "CONCEDE", "085"),
        # PLOVER COERCE restrict: keeping people from leaving, not a refusal
        ("The militia refused to let residents leave the town.", "COERCE", "191"),
        ("The fighters left the city under a deal struck by the army with the tribal leaders.", "SUPPORT", "057"),
        ("A deal was struck by the Malian army with the tribal leaders last week.", "SUPPORT", "057"),
        ("The rebels called a unilateral ceasefire on Sunday.", "CONCEDE", "0871"),  # declared (hb7)
        ("The prime minister has called an emergency cabinet meeting.", "CONSULT", "040"),
        ("The lawyer has called for her to be released.", "REQUEST", "0253"),
        ("Her family will take the minister to court over the decision.", "ACCUSE", "115"),
        ("Moscow strongly challenged the British assertion that it was responsible.", "ACCUSE", "111"),
        ("The senator has launched repeated attacks on the governor over the budget.", "ACCUSE", "111"),
        ("The massacres committed by the army shocked the world.", "ASSAULT", "1823"),
        ("The militia released the two journalists on Friday.", "RETREAT", "0841"),
        ("The militants used the villagers as human shields.", "ASSAULT", "184"),
        ("Erdogan received a phone call from Putin on Friday.", "CONSULT", "041"),
        ("Government troops entered the town after the rebels withdrew.", "ASSAULT", "190"),
        ("Thousands of students took to the streets of the capital on Friday.", "PROTEST", "141"),
        ("The envoy sought to strike a deal with the rebels.", "AGREE", "030"),
        ("The government sought help from its neighbours.", "REQUEST", "023"),
        # PLOVER AID: military and police assistance; backing an armed side is material
        ("Washington supports the Kurdish militia in the north.", "AID", "072"),
        ("The senator supported the new budget plan.", "SUPPORT", "051"),
        ("The cabinet backs military intervention in the region.", "SUPPORT", "051"),
        ("Turkey bought advanced missiles from Russia.", "COOPERATE", "061"),
        ("Britain shared intelligence with France on the plot.", "COOPERATE", "064"),
    ],
)
def test_the_sense_its_words_give(coder, text, event, cameo):
    coded = events_of(coder, text)
    assert (event, cameo) in coded, coded


@pytest.mark.parametrize(
    "text, absent",
    [
        ("The senator has launched repeated attacks on the governor over the budget.", "ASSAULT"),
        ("The militia refused to let residents leave the town.", "REJECT"),
        ("The United States lifted sanctions on Venezuela's oil sector.", "RETREAT"),
        ("Israeli forces occupied the hilltop village on Sunday.", "ASSAULT"),
    ],
)
def test_not_the_type_the_word_alone_suggests(coder, text, absent):
    assert absent not in types_of(coder, text)


def test_a_plane_kept_out_is_a_refused_entry_not_restricted_movement(coder):
    coded = types_of(coder, "Italy and Spain refused to allow the plane to enter their air space.")
    assert "COERCE" not in coded, coded


def test_leaving_office_and_troops_leaving_are_still_events(coder):
    assert types_of(coder, "The rebels left the town on Sunday.") == {"RETREAT"}
    assert "RETREAT" in types_of(coder, "It would be hard for them to stay after the US has left.")
