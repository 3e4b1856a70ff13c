"""The doer of an attack its clause does not name: the owner of the attack it happened
in (extract/noun_parties.py, ``attack_doer``), the doer of a deed of its kind told in its
sentence (resolve/told_attackers.py) and the doer the article gave the campaign it is
told through (resolve/campaign_doers.py).  Sentences are the project's own."""

from __future__ import annotations

import pytest

from coded_events import code_article as code
from coded_events import on_trigger
from newsevents.records import EventRecord


def country(party):
    return None if party is None else party.country


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("Eleven fighters were killed in a Russian airstrike near the village on Monday.", "killed", "RUS"),
        ("Four guards were wounded during Israel's raid on the camp.", "wounded", "ISR"),
        ("Twelve villagers were killed in the first days of Ethiopia's offensive.", "killed", "ETH"),
    ],
)
def test_a_passive_attack_is_done_by_the_owner_of_the_attack_it_happened_in(coder, text, trigger, doer):
    event = on_trigger(code(coder, text), trigger)
    assert country(event.actor) == doer
    assert event.actor_source is None  # the clause's own words name it


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Forty recruits were killed in the Tikrit offensive, the ministry said.", "killed"),
        ("Nine medics were wounded during the Kandahar operation last spring.", "wounded"),
    ],
)
def test_a_town_named_before_the_attack_is_where_it_was_aimed_not_its_doer(coder, text, trigger):
    event = on_trigger(code(coder, text), trigger)
    assert event.actor is None or "Tikrit" not in event.actor.text and "Kandahar" not in event.actor.text


@pytest.mark.parametrize(
    "text",
    [
        "A day after the Kandahar assault, the militia claimed a bombing in the south.",
        "Inspectors took samples after the Kandahar nerve agent attack.",  # nor the weapon's words
        "Inspectors took samples after the Kandahar market attack.",  # nor the target's
    ],
)
def test_a_town_named_before_an_attack_noun_is_not_its_doer(coder, text):
    events = code(coder, text)
    assert not any(e.event == "ASSAULT" and e.actor is not None and e.actor.text != "the militia" for e in events)


def test_a_country_named_before_the_attack_stays_its_doer(coder):
    event = on_trigger(code(coder, "Six drivers were killed in Iraqi airstrikes near Tikrit."), "killed")
    assert country(event.actor) == "IRQ"
    event = on_trigger(code(coder, "Six drivers were killed in the Hamas attack near the crossing."), "killed")
    assert event.actor is not None and "Hamas" in event.actor.text


def test_attacks_counted_in_a_series_give_their_owner(coder):
    events = code(coder, "Thirty shepherds were killed in a wave of Russian airstrikes on the valley.")
    assert events and all(country(e.actor) == "RUS" for e in events)  # no record left without its doer


def test_an_attack_that_is_no_ones_gives_no_doer(coder):
    event = on_trigger(code(coder, "A shopkeeper was killed in an airstrike near the market."), "killed")
    assert event.actor is None


def test_a_later_mention_of_the_campaign_takes_the_doer_the_article_gave_it(coder):
    events = code(
        coder,
        "Turkey launched a ground offensive against Kurdish fighters in the border town on Sunday. "
        "Aid groups said the roads were closed. "
        "Dozens of villagers have been killed in the offensive, a monitoring group said.",
    )
    event = on_trigger(events, "killed")
    assert country(event.actor) == "TUR"
    assert event.actor_source == "article"
    assert event.actor.span is None  # "Turkey" is in the first sentence, not in this one
    assert EventRecord.from_dict(event.to_dict()).actor_source == "article"


def test_a_campaign_given_two_countries_doers_carries_none(coder):
    events = code(
        coder,
        "Russia launched an offensive on the northern province in May. "
        "Ukraine launched an offensive near the southern city in June. "
        "Dozens of villagers have been killed in the offensive, a monitoring group said.",
    )
    assert on_trigger(events, "killed").actor is None


def test_a_campaign_does_not_carry_its_doer_to_its_own_side(coder):
    events = code(
        coder,
        "Turkey launched a ground offensive against Kurdish fighters in the border town on Sunday. "
        "Three Turkish soldiers were killed in the offensive, the ministry said.",
    )
    assert country(on_trigger(events, "killed").actor) != "TUR"


def test_an_attack_without_a_campaign_noun_carries_no_doer_across_sentences(coder):
    events = code(
        coder,
        "Turkey launched a ground offensive against Kurdish fighters in the border town on Sunday. "
        "Dozens of villagers have been killed since March, a monitoring group said.",
    )
    assert on_trigger(events, "killed").actor is None


def test_the_campaigns_doer_may_be_named_in_a_sentence_that_codes_no_event(coder):
    events = code(
        coder,
        "Analysts expect Turkey's offensive to last for months. "
        "Dozens of villagers have been killed in the offensive, a monitoring group said.",
    )
    event = on_trigger(events, "killed")
    assert (country(event.actor), event.actor_source) == ("TUR", "article")


def test_the_one_who_launches_a_campaign_is_its_doer(coder):
    event = on_trigger(code(coder, "Ankara announced the start of the assault on the town in March."), "assault")
    assert (country(event.actor), event.actor_source) == ("TUR", "sentence")


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("Thirty villagers died in the assault on Marib that the Houthis launched in February.", "assault", "YEM"),
        ("The offensive on the valley that Ethiopia launched in March killed dozens of farmers.", "killed", "ETH"),
        ("Eleven guards were killed in the raid the Kenyan army began at dawn.", "killed", "KEN"),
    ],
)
def test_the_one_a_relative_clause_says_launched_an_attack_did_it(coder, text, trigger, doer):
    assert country(on_trigger(code(coder, text), trigger).actor) == doer


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        ("The Kenyan army responded with three hours of strikes from drones on the gunmen.", "strikes", "KEN"),
        ("Pakistani troops came under fire and retaliated with artillery strikes on Indian posts.", "strikes", "PAK"),
    ],
)
def test_an_attack_given_as_an_answer_is_done_by_the_one_who_answered(coder, text, trigger, doer):
    assert country(on_trigger(code(coder, text), trigger).actor) == doer


def test_an_attack_one_is_met_with_is_not_ones_own(coder):
    events = code(coder, "The Nigerian convoy was met with gunfire near the bridge.")
    assert all(country(e.actor) != "NGA" for e in events if e.trigger.text == "gunfire")


def test_an_attack_said_only_to_begin_names_no_doer(coder):
    event = on_trigger(code(coder, "Dozens of farmers died in the offensive that began in March."), "offensive")
    assert event.actor is None


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        # the attack told first does what the agentless clause after it tells
        ("Nigerian troops shelled the market on Monday and three traders were killed.", "killed", "NGA"),
        # the occasion told after it: "killed ... as troops shelled"
        ("Three traders were killed on Monday as Nigerian troops shelled the market.", "killed", "NGA"),
        # a detention from an arrest
        ("Two students were detained on Friday after the Egyptian police arrested the organisers.", "detained", "EGY"),
    ],
)
def test_an_agentless_deed_takes_the_doer_of_the_deed_of_its_kind_in_its_sentence(coder, text, trigger, doer):
    event = on_trigger(code(coder, text), trigger)
    assert country(event.actor) == doer
    assert event.actor_source == "sentence"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # an arrest is no killing: the police did not kill them
        ("Two students were killed on Friday after the Egyptian police arrested the organisers.", "killed"),
        # a deed told after as background describes a party, it is no occasion
        ("A farmer was killed on Monday near the camp of Nigerian troops, who in 1998 shelled the town.", "killed"),
        # a deed told in the words naming who was struck describes them: they did not strike
        ("Two guards were wounded in the strikes on camps of a Kenyan-led force fighting the rebels.", "strikes"),
    ],
)
def test_a_deed_of_another_kind_or_by_no_armed_party_gives_no_doer(coder, text, trigger):
    assert on_trigger(code(coder, text), trigger).actor is None
