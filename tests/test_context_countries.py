"""A sector-only party takes the country its own context makes plain: a place further
down its phrase, the state that arrests it at home, the state body a home body deals
with (resolve/context_countries.py)."""

from __future__ import annotations

from coded_events import code_article, on_trigger


def party_codes(event):
    return [party.code for party in (event.recipient, *event.co_recipients) if party is not None]


def test_a_place_further_down_the_phrase_places_the_party(coder):
    events = code_article(coder, "Officials from ministries in Kandahar and Herat met the envoy on Monday.")
    assert on_trigger(events, "met").actor.code == "AFGGOV"


def test_places_of_two_countries_further_down_the_phrase_place_nothing(coder):
    events = code_article(coder, "Officials from ministries in Kandahar and Lahore met the envoy on Monday.")
    assert on_trigger(events, "met").actor.country is None


def test_a_state_arrests_its_own_lawmakers_and_reporters(coder):
    events = code_article(coder, "The Kenyan government arrested two lawmakers and several reporters on Monday.")
    assert party_codes(on_trigger(events, "arrested")) == ["KENLEG", "KENMED"]


def test_an_arrest_in_a_place_of_another_country_is_not_at_home(coder):
    events = code_article(coder, "The Kenyan government arrested dozens of activists in Somalia on Monday.")
    assert on_trigger(events, "arrested").recipient.country != "KEN"


def test_a_home_body_dealing_with_a_state_body_is_of_its_country(coder):
    events = code_article(coder, "Senators will question Brazil's finance minister on Tuesday.")
    assert on_trigger(events, "question").actor.code == "BRALEG"


def test_a_home_body_beside_a_place_of_another_country_is_not_the_other_partys(coder):
    events = code_article(coder, "In Oslo, the opposition praised the Brazilian government on Tuesday.")
    assert on_trigger(events, "praised").actor.country != "BRA"
