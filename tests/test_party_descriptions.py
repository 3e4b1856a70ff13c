"""Descriptions of parties: an owner who is someone else, the sectors of common descriptions, the accused."""

from __future__ import annotations

import pytest

from newsevents.extract.clauses import find_clauses


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


def test_the_subject_of_an_alleged_act_is_the_accused(nlp):
    sentence = next(nlp("The Kenyan government has alleged that Omondi secretly funded the militia.").sents)
    alleging = next(clause for clause in find_clauses(sentence) if clause.predicate.lemma_ == "allege")
    assert "Omondi" in [candidate.text for candidate in alleging.recipient_candidates]
