"""Places the gazetteer misses and the parties they place: the project's own place
supplement ("Eastern Ghouta", "Baghuz"), the Arabic article written lower-case
("al-Bab", "al-Qaida"), a shelled district's people, "government forces" of the
state named before, and the police or authorities who arrest in a place."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.resolve.gazetteer import load_gazetteer

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


@pytest.mark.parametrize(
    "text",
    [
        "He was staying at a hotel in southern Turkey when the authorities arrested him.",
        "Armed police raided the flat in Izmir where she was staying.",
    ],
)
def test_those_who_arrest_in_a_place_are_its_own(coder, text):
    found = [e for e in events(coder, text) if e.event == "COERCE"]
    assert found and found[0].actor is not None and found[0].actor.country == "TUR"


@pytest.mark.parametrize(
    ("phrase", "country"),
    [("Shamima Begum", "GBR"), ("Clive Stafford Smith", "GBR"), ("Simon Tisdall", "GBR")],
)
def test_people_in_the_news_of_the_syrian_war(resolver, phrase, country):
    actor = resolver.resolve_phrase(phrase, when=WHEN)
    assert actor is not None and actor.country == country
