"""Parties named by a region ("European partners", "the Gulf states") take the
region's CAMEO code, and the victims of harm whose words give no country take the
country of the places their sentence names (resolve/party_countries.py)."""

from __future__ import annotations

from datetime import date

import pytest

from coded_events import code_article, on_trigger

WHEN = date(2019, 3, 1)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("European partners", "EUR"),
        ("European diplomats", "EURGOV"),
        ("a coalition of Gulf states", "PGS"),  # not Papua New Guinea's Gulf province
        ("the Gulf Arab states", "PGS"),
        ("the European Union", "EUR"),  # the organisation's own entry still wins
        ("the European Court of Human Rights", "IGOJUD"),
    ],
)
def test_regions_are_coded_by_their_region_code(resolver, phrase, expected):
    assert resolver.resolve_phrase(phrase, when=WHEN).code == expected


@pytest.mark.parametrize("phrase", ["the Middle East", "the West", "rebels in western Syria"])
def test_names_of_regions_that_are_also_topics_or_directions_are_no_region(resolver, phrase):
    actor = resolver.resolve_phrase(phrase, when=WHEN)
    assert actor is None or actor.country not in ("MEA", "WST")


def test_victims_are_of_the_one_country_their_sentence_names(coder):
    events = code_article(
        coder,
        "Activists said 40 people were killed as Russian jets pounded rebel-held Idlib for a third day.",
    )
    assert on_trigger(events, "killed").recipient.code == "SYRCVL"


def test_victims_of_a_sentence_naming_a_state_and_an_unknown_district(coder):
    events = code_article(
        coder,
        "More than 60 civilians have been killed in two days of shelling by forces loyal to Syria's president "
        "in the besieged eastern suburbs.",
    )
    assert on_trigger(events, "killed").recipient.code == "SYRCVL"


def test_victims_of_a_sentence_naming_two_countries_stay_unplaced(coder):
    events = code_article(coder, "Activists said 40 people were killed as Russian jets pounded Idlib and Mosul.")
    victims = on_trigger(events, "killed").recipient
    assert victims is not None and victims.country is None


@pytest.mark.parametrize(
    "text",
    [
        "US officials said the two men were captured by the rebels in January.",  # a modifier, not a place
        "Fighters from Lebanon captured the two men on Monday.",  # where the captors came from
    ],
)
def test_a_place_that_tells_no_where_gives_victims_no_country(coder, text):
    victims = on_trigger(code_article(coder, text), "captured").recipient
    assert victims is not None and victims.country is None
