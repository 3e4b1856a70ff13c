"""The coder end to end, on the project's own sentences and articles."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.pipeline import Coder, CoderConfig
from newsevents.records import Article


def code(coder, text, published=date(2023, 5, 10), article_id="t"):
    return coder.code_one(Article(id=article_id, text=text, published=published))


def only(events, event_type):
    matches = [e for e in events if e.event == event_type]
    assert matches, f"no {event_type} among {[(e.event, e.trigger.text) for e in events]}"
    return matches[0]


def test_record_carries_its_evidence(coder):
    text = "Kenyan police arrested twelve opposition supporters in Nairobi on Monday."
    event = only(code(coder, text), "COERCE")
    assert event.sentence == text
    assert text[event.trigger.start : event.trigger.end] == event.trigger.text == "arrested"
    assert text[event.actor.span.start : event.actor.span.end] == event.actor.text
    assert (event.actor.country, event.actor.sector) == ("KEN", "COP")
    assert event.goldstein < 0 and event.quad_class == 4
    assert event.cameo.startswith("17")


def test_passive_voice_keeps_the_roles(coder):
    with_agent = code(coder, "Hungary was expelled from the bloc by the European Union.")
    assert len(with_agent) == 1
    assert with_agent[0].event == "SANCTION"  # PLOVER: expulsion from a group
    assert with_agent[0].actor.text.endswith("European Union") and with_agent[0].actor.country is not None
    assert with_agent[0].recipient.country == "HUN"
    without_agent = code(coder, "Hungary was expelled from the bloc.")
    assert without_agent and all(e.actor is None and e.recipient.country == "HUN" for e in without_agent)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Russia will send troops to Belarus next month.", "future"),
        ("Russia could send troops to Belarus if the crisis deepens.", "hypothetical"),
        ("Russia did not send troops to Belarus.", "negated"),
        ("Russia sent troops to Belarus on Tuesday.", "asserted"),
    ],
)
def test_modality_is_marked_never_silently_asserted(unrealised_coder, text, modality):
    events = code(unrealised_coder, text)
    assert events, text
    assert {e.modality for e in events} == {modality}


@pytest.mark.parametrize(
    "text", ["Russia could send troops to Belarus if the crisis deepens.", "Russia did not send troops to Belarus."]
)
def test_what_did_not_happen_is_left_out_of_the_event_data(coder, text):
    assert code(coder, text) == []


def test_a_deed_only_expected_is_left_out_but_a_commitment_to_one_is_kept(coder, unrealised_coder):
    forecast = "The army is expected to launch an offensive on Gao next week."
    assert code(coder, forecast) == []
    assert {(e.event, e.modality) for e in code(unrealised_coder, forecast)} == {("ASSAULT", "future")}
    promise = code(coder, "Ghana said it will meet Togo's foreign minister next week.")
    assert [(e.event, e.actor.country, e.recipient.country) for e in promise] == [("AGREE", "GHA", "TGO")]


def test_a_statement_needs_who_made_it_but_an_attack_does_not(coder):
    assert code(coder, "The minister was sharply criticised in Accra on Monday.") == []
    attack = code(coder, "Two soldiers were shot dead in Kidal on Monday.")
    assert [(e.event, e.actor) for e in attack] == [("ASSAULT", None)]


def test_weapons_are_neither_actor_nor_recipient(coder):
    events = code(coder, "The Patriot missiles were delivered to Poland, and the missiles shot down a drone.")
    for event in events:
        for party in (event.actor, event.recipient):
            assert party is None or "missile" not in party.text.lower()


def test_no_more_events_per_sentence_than_asked(nlp):
    text = (
        "Iran accused Israel of the attack, threatened to retaliate against Israel, demanded an inquiry "
        "by the United Nations, recalled its ambassador from Jordan and condemned Saudi Arabia."
    )
    for limit in (1, 2):
        events = Coder(CoderConfig(max_events_per_sentence=limit)).code_one(Article(id="x", text=text))
        assert 1 <= len(events) <= limit


def test_a_name_seen_earlier_keeps_its_coding(coder):
    text = (
        "Brazilian President Luiz Inacio Lula da Silva arrived in Buenos Aires on Monday. "
        "Lula met Argentine President Alberto Fernandez for talks on trade."
    )
    meeting = only(code(coder, text), "CONSULT")
    assert (meeting.actor.country, meeting.actor.sector) == ("BRA", "GOV")
    assert meeting.recipient.country == "ARG"


def test_wire_dateline_is_not_a_sentence(coder):
    text = "NAIROBI, Kenya (AP) — Kenyan police arrested twelve opposition supporters on Monday."
    events = code(coder, text)
    assert events and all(not e.sentence.startswith("NAIROBI") for e in events)


def test_sentences_without_politics_give_no_events(coder):
    text = (
        "Heavy rain is expected across the north on Saturday. The home side won the cup final 2-1 "
        "after extra time. Shares in the retailer rose four percent."
    )
    assert code(coder, text) == []


def test_an_overlong_article_is_coded_in_part_and_says_so(coder, monkeypatch):
    import newsevents.pipeline as pipeline

    monkeypatch.setattr(pipeline, "MAX_ARTICLE_CHARS", 80)
    text = "Kenyan police arrested twelve opposition supporters in Nairobi on Monday. " * 3
    result = next(coder.code_many([Article(id="long", text=text, origin="long.txt")]))
    assert result.events and "only the first 80" in str(result.problem)
    assert str(result.problem).startswith("long.txt")


def test_an_attack_with_no_doer_takes_the_attacker_its_sentence_names(coder):
    events = code(coder, "Ugandan airstrikes killed dozens of rebels near Beni, but three civilians were also killed.")
    civilians = [e for e in events if e.recipient is not None and e.recipient.text == "three civilians"]
    assert [e.actor.country for e in civilians] == ["UGA"]
    assert civilians[0].actor.span.text in civilians[0].sentence


def test_an_attacker_is_not_carried_onto_its_own_side_or_from_a_fight_into_the_next_sentence(coder):
    own = code(coder, "The rebels attacked the army base in Gao and two rebels were killed.")
    assert [e.actor for e in own if e.recipient is not None and e.recipient.text == "two rebels"] == [None]
    # a fight's dead may be of either side; the toll of a strike is the striker's (test_toll_doers.py)
    later = code(coder, "Malian troops fought the rebels near the camp on Monday. Two children were killed.")
    assert [e.actor for e in later if e.sentence_index == 1] == [None]


def test_a_speculation_holds_its_slot_though_it_is_left_out(coder):
    """What did not happen is left out of the event data, but it still holds its slot
    among the sentence's best: the weaker reading beside a speculation is no event
    to put in its place."""
    import copy
    from dataclasses import replace

    text = "Britain could expel Iranian diplomats after Iran arrested two British journalists in Tehran."
    one_a_sentence = copy.copy(coder)
    one_a_sentence.config = replace(coder.config, max_events_per_sentence=1, keep_unrealised=True)
    kept = one_a_sentence.code_text(text, "2024-05-02")
    assert [(e.event, e.modality, e.actor.code) for e in kept] == [("THREATEN", "hypothetical", "GBR")]
    one_a_sentence.config = replace(one_a_sentence.config, keep_unrealised=False)
    assert one_a_sentence.code_text(text, "2024-05-02") == []
    one_a_sentence.config = replace(one_a_sentence.config, max_events_per_sentence=2)
    events = one_a_sentence.code_text(text, "2024-05-02")
    assert [(e.event, e.modality, e.actor.code) for e in events] == [("COERCE", "asserted", "IRN")]
