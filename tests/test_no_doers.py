"""Phrases in the doer's place that name no one who acts, and threats nobody made
(extract/no_doers.py)."""

from __future__ import annotations

from coded_events import code_article, on_trigger


def _types(events):
    return [(e.event, e.trigger.text) for e in events]


def test_a_danger_seen_is_no_threat(coder):
    events = code_article(coder, "Ankara regards the Kurdish militia in Syria as a terrorist threat.")
    assert "THREATEN" not in [e.event for e in events], _types(events)


def test_a_continuing_threat_from_a_group_is_no_threat_it_made(coder):
    events = code_article(coder, "The general warned on Monday about the continuing threat from Islamic State in Iraq.")
    assert ("THREATEN", "threat") not in _types(events)


def test_a_threat_someone_made_stays(coder):
    event = on_trigger(code_article(coder, "Erdogan's threat against the Kurds in Syria alarmed Washington."), "threat")
    assert event.event == "THREATEN"
    assert event.actor is not None and event.actor.country == "TUR"


def test_a_threat_to_act_stays(coder):
    events = code_article(coder, "Damascus issued a threat to attack the Turkish troops near Manbij.")
    assert "THREATEN" in [e.event for e in events], _types(events)


def test_a_kind_adjective_is_no_doer(coder):
    event = on_trigger(code_article(coder, "A military offensive on Afrin killed 20 civilians on Sunday."), "killed")
    assert event.actor is None or event.actor.code not in {"---MIL"}
    assert event.recipient is not None and "civilians" in event.recipient.text


def test_a_nationality_before_the_deed_stays_its_doer(coder):
    event = on_trigger(code_article(coder, "Russian airstrikes on Idlib killed 12 people on Friday."), "killed")
    assert event.actor is not None and event.actor.country == "RUS"


def test_a_course_of_action_is_no_doer_of_the_attack(coder):
    event = on_trigger(code_article(coder, "Relentless campaigns targeted civilians in Aleppo in 2016."), "targeted")
    assert event.actor is None
    assert event.recipient is not None and event.recipient.country == "SYR"


def test_a_held_thing_makes_no_demand(coder):
    events = code_article(
        coder, "Under the new rules a foreign spouse would need a residence permit, which would require a passport."
    )
    assert "REQUEST" not in [e.event for e in events], _types(events)


def test_action_said_to_be_needed_is_no_doer(coder):
    events = code_article(coder, "The former spy chief said military action was needed to restore the ban.")
    assert all(e.actor is None or "action" not in e.actor.text for e in events), _types(events)


def test_the_town_talks_are_named_after_is_no_side(coder):
    events = code_article(coder, "The Geneva talks received a further boost on Tuesday when Russia agreed to attend.")
    assert all(e.actor is None or e.actor.text != "Geneva" for e in events), _types(events)


def test_the_countries_talks_are_named_after_are_their_sides(coder):
    event = on_trigger(code_article(coder, "The Russia-Turkey talks ended without a deal on Monday."), "talks")
    assert event.actor is not None and event.actor.country in {"RUS", "TUR"}


def test_a_danger_is_kept_as_hypothetical_when_asked_for(unrealised_coder):
    events = unrealised_coder.code_text("Ankara regards the Kurdish militia as a terrorist threat.", "2024-05-02")
    assert {e.modality for e in events if e.event == "THREATEN"} <= {"hypothetical"}
