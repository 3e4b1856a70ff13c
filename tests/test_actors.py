"""Actor resolution: countries, sectors, people by date, article memory, user tables."""
from __future__ import annotations

from datetime import date

import pytest

from newsevents.resolve.actors import ActorResolver


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver()


def coding(actor):
    return None if actor is None else (actor.country, actor.sector)


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("Turkish troops", ("TUR", "MIL")),
        ("the Kremlin", ("RUS", "GOV")),
        ("U.S. lawmakers", ("USA", "LEG")),
        ("Brazilian police", ("BRA", "COP")),
        ("Ghana's supreme court", ("GHA", "JUD")),
        ("Britain", ("GBR", None)),
        ("Russian and Turkish troops", ("RUS", "MIL")),
        ("the Indian ambassador to Japan", ("IND", "GOV")),
    ],
)
def test_countries_and_sectors(resolver, phrase, expected):
    assert coding(resolver.resolve_phrase(phrase)) == expected


@pytest.mark.parametrize("phrase", ["the S-400 system", "F-35 fighters", "compensation", "the agreement", "talks"])
def test_things_are_not_actors(resolver, phrase):
    assert resolver.resolve_phrase(phrase) is None


def test_unknown_name_claims_nothing(resolver):
    actor = resolver.resolve_phrase("Tobias Quennell-Marsh")
    assert actor is not None and coding(actor) == (None, None)


def test_title_with_country_adjective_codes_an_unknown_name(resolver):
    assert coding(resolver.resolve_phrase("Armenian Prime Minister Nikol Xyzzy")) == ("ARM", "GOV")
