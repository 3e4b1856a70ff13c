"""Descriptions of parties: an owner who is someone else, and the sectors of common descriptions."""

from __future__ import annotations

import pytest

from newsevents.resolve.actors import ActorResolver


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver()


def coding(actor):
    return None if actor is None else (actor.country, actor.sector)


@pytest.mark.parametrize("phrase", ["Belarus's closest allies", "the backers of Maduro", "Venezuela's critics"])
def test_those_tied_to_an_owner_are_not_the_owner(resolver, phrase):
    actor = resolver.resolve_phrase(phrase)
    assert actor is None or actor.country is None


def test_an_owned_force_is_the_owners(resolver):
    assert coding(resolver.resolve_phrase("Egypt's navy")) == ("EGY", "MIL")


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("Yemeni government forces", ("YEM", "MIL")),
        ("regime troops", (None, "MIL")),
        ("the local authorities", (None, "GOV")),
        ("a local official", (None, "GOV")),
        ("EU member states", ("EUR", "GOV")),
        ("foreign volunteers", (None, "REB")),
        ("volunteer fighters", (None, "REB")),
    ],
)
def test_sectors_of_common_descriptions(resolver, phrase, expected):
    assert coding(resolver.resolve_phrase(phrase)) == expected
