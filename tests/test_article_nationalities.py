"""A person the article places anywhere (a nationality word, a home town, a
citizenship) keeps that country for every mention of the name, before or after the
description; kin "of" a described person take that person's country, not that of
the place a clause after it names; and the police who arrest in a place the sentence
names are of that place, not of the country the article is mostly about."""

from __future__ import annotations

from dataclasses import replace

from newsevents.records import Actor, Span
from newsevents.resolve.party_countries import with_party_countries
from synthetic_records import record


def event_in(events, word: str):
    found = [event for event in events if word in event.sentence]
    assert found, f"no event in a sentence with {word!r}"
    return found[0]


def coded(party) -> tuple[str | None, str | None]:
    return (None, None) if party is None else (party.country, party.sector)


def test_a_home_town_told_later_places_the_earlier_mentions(coder):
    events = coder.code_text(
        "Thomas Holloway, 29, was arrested by Greek police on Monday."
        " Holloway accused the police of lying."
        " Holloway, who is from Leeds, had volunteered at a refugee camp on Lesbos.",
        "2024-05-02",
    )
    assert coded(event_in(events, "accused").actor) == ("GBR", "CVL")


def test_the_pronoun_of_a_name_placed_later_takes_its_country(coder):
    events = coder.code_text(
        "Thomas Holloway, 29, was detained in Athens in March."
        " He begged the British government for help."
        " Holloway, who was born in Leeds, is a carpenter.",
        "2024-05-02",
    )
    assert coded(event_in(events, "begged").actor) == ("GBR", "CVL")


def test_a_relative_with_the_same_surname_does_not_unplace_the_man(coder):
    events = coder.code_text(
        "Thomas Holloway, 29, from Leeds, was detained in Athens in March."
        " Susan Holloway, a teacher, criticised the Greek authorities."
        " Holloway accused the police of lying.",
        "2024-05-02",
    )
    assert coded(event_in(events, "lying").actor) == ("GBR", "CVL")


def test_a_home_town_after_the_role_beside_the_name_gives_its_country(coder):
    events = coder.code_text(
        "Imogen Tallis, 27, a nurse from Swansea, was kidnapped by gunmen in Mali. Tallis condemned her captors.",
        "2024-05-02",
    )
    assert coded(event_in(events, "condemned").actor) == ("GBR", "CVL")


def test_a_citizenship_noun_told_later_gives_the_country_named_before_it(coder):
    events = coder.code_text(
        "Dale Kinnersley, 35, had fought with the militia for a year."
        " Kinnersley accused the prosecutors of lying."
        " Prosecutors said Kinnersley, a US national, would be tried in May.",
        "2024-05-02",
    )
    assert coded(event_in(events, "accused").actor) == ("USA", "CVL")


def test_the_family_of_a_described_person_takes_that_persons_country(coder):
    events = coder.code_text(
        "The family of a Danish aid worker detained in Iran has urged the prime minister to intervene.",
        "2024-05-02",
    )
    appeal = next(event for event in events if event.event == "REQUEST")
    assert appeal.actor.country == "DNK"


def test_an_arrest_abroad_in_a_story_of_a_briton_is_by_the_place_s_police(nlp):
    text = "He was on holiday in Bodrum, Turkey, when the police arrested him at his hotel."
    doc = nlp(text)
    start = text.index("the police")
    police = Actor("the police", Span(start, start + 10, "the police"), None, "COP")
    raid = replace(record("t", event="COERCE", actor=None, recipient=None, sentence=text), actor=police)
    # the article's other events are of Britain: its own police, had the sentence named no place
    briton = Actor("Joe Hale", Span(0, 2, "He"), "GBR", "GOV")
    home = [replace(record("t", event="REQUEST", actor=None, recipient=None, sentence=text), actor=briton)] * 3
    assert with_party_countries([raid, *home], doc)[0].actor.country == "TUR"
