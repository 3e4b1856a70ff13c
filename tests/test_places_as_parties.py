"""Places the gazetteer misses and the parties they place: the project's own place
supplement ("Eastern Ghouta", "Baghuz"), the Arabic article written lower-case
("al-Bab", "al-Qaida"), a shelled district's people, "government forces" of the
state named before, and the police or authorities who arrest in a place."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from newsevents.records import Actor, Span
from newsevents.resolve.gazetteer import load_gazetteer
from newsevents.resolve.party_countries import with_party_countries
from synthetic_records import record

WHEN = date(2018, 3, 1)


def events(coder, text: str):
    return coder.code_text(text, published="2018-03-01")


def code(party):
    return None if party is None else party.code


@pytest.mark.parametrize(
    ("name", "country"),
    [("Eastern Ghouta", "SYR"), ("Ghouta", "SYR"), ("Baghuz", "SYR"), ("Arsal", "LBN"), ("Zaatari camp", "JOR")],
)
def test_the_supplement_gives_places_geonames_lacks(name, country):
    places = [place for place, _ in load_gazetteer().candidates(name)]
    assert places and max(places, key=lambda place: place.population).country3 == country


def test_a_supplement_town_outranks_a_smaller_namesake():
    places = [place for place, _ in load_gazetteer().candidates("Palmyra")]
    assert max(places, key=lambda place: place.population).country3 == "SYR"


@pytest.mark.parametrize(("hyphened", "spaced"), [("al-Bab", "Al Bab"), ("al-Mayadin", "Al Mayadin")])
def test_a_hyphened_arabic_article_finds_the_spaced_name(hyphened, spaced):
    assert [p for p, _ in load_gazetteer().candidates(hyphened)] == [p for p, _ in load_gazetteer().candidates(spaced)]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("al-Qaida", ("IMG", "REB")),  # the article lower-case, as the Guardian writes it
        ("al-Qaeda fighters", ("IMG", "REB")),
        ("Jeysh al-Islam", ("SYR", "REB")),
        ("Falaq al-Rahman", ("SYR", "REB")),
        ("eastern Ghouta", ("SYR", "CVL")),  # a place the tables code stands for its people
    ],
)
def test_names_with_a_lower_case_article(resolver, phrase, expected):
    actor = resolver.resolve_phrase(phrase, when=WHEN)
    assert actor is not None and (actor.country, actor.sector) == expected


def test_the_article_needs_a_capitalised_name_after_it(resolver):
    # names match only when capitalised; the article is let in only before a capital
    actor = resolver.resolve_phrase("al qaida", when=WHEN)
    assert actor is None or actor.name is None


def test_shelling_a_district_hits_its_people(coder):
    found = events(coder, "Syrian jets pounded Eastern Ghouta for a third day on Tuesday.")
    assert [(e.event, code(e.recipient)) for e in found] == [("ASSAULT", "SYRCVL")]


def test_the_victims_of_a_strike_in_a_supplement_village_are_of_its_country(coder):
    found = events(coder, "An airstrike killed 14 civilians in Baghuz on Sunday.")
    assert [code(e.recipient) for e in found if e.event == "ASSAULT"] == ["SYRCVL"]


def test_government_forces_are_of_the_government_named_before(coder):
    text = "The Lebanese government closed the border crossing. Government forces later fired on smugglers near Arsal."
    found = [e for e in events(coder, text) if e.event == "ASSAULT"]
    assert [code(e.actor) for e in found] == ["LBNMIL"]


def test_government_forces_without_a_named_government_stay_unplaced(coder):
    found = [e for e in events(coder, "Government forces attacked the rebels at dawn.") if e.event == "ASSAULT"]
    assert found and found[0].actor is not None and found[0].actor.country is None


def _unplaced_doer_of(nlp, text: str, doer: str, event: str):
    """``text`` parsed, and a record of ``event`` whose doer is the words ``doer``
    (a sector, no country) and whose place the pipeline did not find."""
    doc = nlp(text)
    start = text.index(doer)
    sector = resolved_sector(doer)
    party = Actor(doer, Span(start, start + len(doer), doer), None, sector)
    found = replace(record("t", event=event, actor=None, recipient=None, sentence=text), actor=party)
    return found, doc


def resolved_sector(phrase: str) -> str | None:
    from newsevents.resolve.actors import ActorResolver

    actor = ActorResolver().resolve_phrase(phrase, when=WHEN)
    return None if actor is None else actor.sector


@pytest.mark.parametrize(
    ("text", "doer", "event", "country"),
    [
        (
            "He was on holiday at a resort in southern Turkey, when the authorities arrested him.",
            "the authorities",
            "COERCE",
            "TUR",
        ),
        ("She was staying in Bodrum when armed police raided the villa.", "armed police", "COERCE", "TUR"),
        ("The town near Idlib was shelled for hours by government forces.", "government forces", "ASSAULT", "SYR"),
    ],
)
def test_the_place_of_an_arrest_or_a_state_s_attack_gives_the_doer_s_country(nlp, text, doer, event, country):
    found, doc = _unplaced_doer_of(nlp, text, doer, event)
    assert with_party_countries([found], doc)[0].actor.country == country


@pytest.mark.parametrize(
    ("text", "doer", "event"),
    [
        ("Soldiers detained two men near Izmir on Monday.", "Soldiers", "COERCE"),  # troops go abroad
        ("The authorities thanked the volunteers near Izmir.", "The authorities", "COOPERATE"),  # no arrest
        ("Government forces fought Russia-backed separatists.", "Government forces", "ASSAULT"),  # a backer is no where
    ],
)
def test_other_doers_and_backers_give_no_country(nlp, text, doer, event):
    found, doc = _unplaced_doer_of(nlp, text, doer, event)
    assert with_party_countries([found], doc)[0].actor.country is None


@pytest.mark.parametrize(
    ("phrase", "country"),
    [("Shamima Begum", "GBR"), ("Clive Stafford Smith", "GBR"), ("Simon Tisdall", "GBR")],
)
def test_people_in_the_news_of_the_syrian_war(resolver, phrase, country):
    actor = resolver.resolve_phrase(phrase, when=WHEN)
    assert actor is not None and actor.country == country
