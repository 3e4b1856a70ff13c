"""Parties in and out of a recipient's place: the places, venues and moved forces that
are no party (extract/non_parties.py), and the parties an event's noun phrase names
itself (extract/noun_parties.py).  Sentences are the project's own."""

from __future__ import annotations

from datetime import date

import pytest

from coded_events import on_trigger
from newsevents.records import Article


def code(coder, text):
    return coder.code_one(Article(id="t", text=text, published=date(2024, 3, 5)))


def only(events, event_type):
    matches = [e for e in events if e.event == event_type]
    assert matches, f"no {event_type} among {[(e.event, e.trigger.text) for e in events]}"
    return matches[0]


def code_of(party):
    return None if party is None else party.code


@pytest.mark.parametrize(
    ("text", "event_type", "left"),
    [
        ("The president will withdraw US troops from Syria.", "CONCEDE", "SYR"),
        ("Washington withdrew its troops from Syria last year.", "RETREAT", "SYR"),
        ("Oslo will send a delegation to the talks.", "AGREE", None),
    ],
)
def test_the_actors_own_forces_moved_are_no_recipient(coder, text, event_type, left):
    event = only(code(coder, text), event_type)
    assert code_of(event.recipient) == left  # the country left, or nobody; never the troops


def test_forces_of_another_country_stay_the_recipient(coder):
    event = only(code(coder, "Pakistan returned the Indian soldiers to India."), "MOBILIZE")
    assert code_of(event.recipient) == "INDMIL"


@pytest.mark.parametrize(
    "text", ["Turkish troops captured Afrin on Sunday.", "Rebels seized Raqqa after a long siege."]
)
def test_a_town_the_tables_do_not_code_is_the_location_not_the_recipient(coder, text):
    event = only(code(coder, text), "ASSAULT")
    assert event.actor is not None and event.actor.code is not None
    assert event.recipient is None and event.location is not None


def test_violence_on_a_coded_place_hits_its_people(coder):
    event = only(code(coder, "Russian troops shelled Kharkiv on Monday."), "ASSAULT")
    assert code_of(event.recipient) == "UKRCVL"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Iran will send a delegation to Geneva.", "AGREE"),
        ("The UN envoy visited the town of Kafr Nabl.", "CONSULT"),
        ("The UN envoy visited Idlib province.", "CONSULT"),
    ],
)
def test_a_place_is_no_recipient_of_diplomacy(coder, text, event_type):
    assert only(code(coder, text), event_type).recipient is None  # nor "a delegation" (moved), nor the town


@pytest.mark.parametrize(
    ("text", "event_type", "people"),
    [
        ("Turkish jets shelled Afrin on Monday.", "ASSAULT", "SYRCVL"),  # a town the tables do not code
        ("The rebels attacked Kunduz at dawn.", "ASSAULT", "AFGCVL"),
        ("A chemical attack on Douma shocked the world.", "ASSAULT", "SYRCVL"),
        ("The army besieged Aleppo for months.", "COERCE", "SYRCVL"),
    ],
)
def test_violence_on_a_named_town_hits_its_countrys_people(coder, text, event_type, people):
    event = only(code(coder, text), event_type)
    assert code_of(event.recipient) == people


def test_the_struck_town_stays_the_location(coder):
    event = only(code(coder, "Turkish jets shelled Afrin on Monday."), "ASSAULT")
    assert event.location is not None and event.location.name == "Afrin"


def test_violence_set_in_a_town_is_not_done_to_it(coder):
    event = only(code(coder, "Kurdish fighters attacked Isis positions in Raqqa."), "ASSAULT")
    assert code_of(event.recipient) != "SYRCVL"


def test_a_government_capital_stays_a_party(coder):
    event = only(code(coder, "Washington imposed sanctions on Moscow."), "SANCTION")
    assert code_of(event.recipient) == "RUSGOV"


def test_the_venue_of_a_meeting_is_no_recipient(coder):
    event = only(code(coder, "Nato will host a meeting at the UN general assembly."), "AGREE")
    assert event.recipient is None


@pytest.mark.parametrize(
    "text",
    ["Kurdish fighters attacked Isis positions near the river.", "The army stormed the last Isis redoubt."],
)
def test_the_holder_of_the_ground_attacked_is_the_recipient(coder, text):
    event = only(code(coder, text), "ASSAULT")
    assert event.recipient is not None and event.recipient.country == "IMG"


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The Kenyan army captured 12 positions held by al-Shabaab.", "SOMREB"),
        ("Ethiopian troops pushed deep into areas controlled by the Tigrayan rebels.", "ETHREB"),
        ("Officials said a final Kenyan assault on the last al-Shabaab redoubt would end within days.", "SOMREB"),
    ],
)
def test_the_holder_named_after_the_ground_or_in_a_split_name_is_the_recipient(coder, text, holder):
    event = only(code(coder, text), "ASSAULT")
    assert code_of(event.recipient) == holder


def test_captives_held_by_a_group_stay_the_ones_done_to(coder):
    events = code(coder, "Kenyan commandos freed two Italian hostages held by al-Shabaab.")
    assert [e.recipient.country if e.recipient else None for e in events] == ["ITA"]


def test_the_agent_of_a_participle_on_an_event_noun_does_it(coder):
    event = only(code(coder, "Airstrikes carried out by Russian jets hit the market."), "ASSAULT")
    assert event.actor is not None and event.actor.country == "RUS"


def test_a_country_leading_an_event_does_it(coder):
    event = only(code(coder, "A Saudi-led blockade of Qatar began in June."), "COERCE")
    assert code_of(event.actor) == "SAU" and code_of(event.recipient) == "QAT"


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        ("Broad EU sanctions imposed on Belarus in June hit its potash exports.", "EUR", "BLR"),
        ("New US tariffs imposed on Mexico in May angered farmers.", "USA", "MEX"),  # "US" is no recipient
    ],
)
def test_the_owner_of_a_measure_imposed_imposed_it(coder, text, doer, target):
    event = on_trigger(code(coder, text), "imposed")
    assert code_of(event.actor) == doer and code_of(event.recipient) == target


def test_a_measure_imposed_with_no_owner_names_no_doer(coder):
    event = on_trigger(code(coder, "The restrictions imposed on the market town angered traders."), "imposed")
    assert event.actor is None


def test_a_backer_is_not_the_doer(coder):
    events = code(coder, "A US-backed offensive on the town began in June.")
    assert all(e.actor is None or e.actor.country != "USA" for e in events if e.event == "ASSAULT")


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Russia vetoed a UN resolution on Syria.", "REJECT"),
        ("The minister criticised the report on Ukraine.", "ACCUSE"),
    ],
)
def test_the_topic_of_a_text_is_no_recipient(coder, text, event_type):
    assert only(code(coder, text), event_type).recipient is None


def test_the_target_of_a_deed_told_in_the_passive_is_the_recipient(coder):
    event = only(code(coder, "The sanctions on Cuba were imposed by Washington in 1962."), "SANCTION")
    assert code_of(event.actor) == "USAGOV" and code_of(event.recipient) == "CUB"


def test_an_event_noun_doing_its_verbs_event_is_one_event(coder):
    events = [
        e for e in code(coder, "A car bombing claimed by the rebels killed four soldiers.") if e.event == "ASSAULT"
    ]
    assert len(events) == 1 and events[0].recipient is not None


def test_an_event_is_no_recipient_but_its_doer_is(coder):
    event = only(code(coder, "The rebels resisted Turkey's recent military incursion."), "REJECT")
    assert code_of(event.recipient) == "TUR"
    threat = only(code(coder, "Russia threatened military action against Ukraine."), "THREATEN")
    assert code_of(threat.recipient) == "UKR"


def test_forces_moved_in_a_passive_are_the_side_that_moves(coder):
    retreat = only(code(coder, "Chilean troops were pulled out of Haiti on Monday."), "RETREAT")
    assert code_of(retreat.actor) == "CHLMIL" and code_of(retreat.recipient) != "CHLMIL"
