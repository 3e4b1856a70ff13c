"""Whose side a party is on: the group a member belongs to, the body people come
from, the sponsor that is not the owner, the body a bare noun points back to, a
named person's family, and a gathering's forum that is no party at all."""

from __future__ import annotations

from datetime import date

import pytest

WHEN = date(2019, 3, 1)


def coding(actor):
    return None if actor is None else (actor.country, actor.sector)


def events(coder, text: str):
    return coder.code_text(text, published="2019-03-01")


def party_code(party):
    return None if party is None else party.code


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Isis fighters", ("IMG", "REB")),  # the project codes the Islamic State IMG REB wherever it fights
        ("Peshmerga fighters", ("IRQ", "MIL")),  # a member noun takes its group's sector
        ("Taliban fighters", ("AFG", "REB")),
        ("40,000 Peshmerga troops", ("IRQ", "MIL")),  # the comma of a number ends no head
        ("a Bolivian Isis fighter", ("BOL", "REB")),  # the nationality says whose the person is
        ("US-backed Kurdish fighters", (None, "REB")),  # a sponsor is not the owner
        ("Iranian-funded militias", (None, "UAF")),
        ("the US-led coalition", ("USA", None)),
        ("Russian armed forces", ("RUS", "MIL")),
        ("OPCW inspectors", ("IGO", None)),
    ],
)
def test_whose_a_phrase_is(resolver, phrase, expected):
    assert coding(resolver.resolve_phrase(phrase, when=WHEN)) == expected


@pytest.mark.parametrize("phrase", ["Egypt's new partners", "Ghana's partners in the bloc", "Macron's counterparts"])
def test_partners_are_not_the_owner(resolver, phrase):
    actor = resolver.resolve_phrase(phrase, when=WHEN)
    assert actor is None or actor.country is None


def test_a_sentence_opening_acronym_in_title_case_is_still_the_group(coder):
    found = events(coder, "Isis militants ambushed an Iraqi army patrol near Tikrit on Sunday.")
    assert [party_code(event.actor) for event in found if event.event == "ASSAULT"] == ["IMGREB"]


def test_people_from_a_named_body_are_of_that_body(coder):
    found = events(coder, "Damascus said it would welcome inspectors from the OPCW next week.")
    assert any(event.recipient is not None and event.recipient.country == "IGO" for event in found)


def test_the_coalition_points_back_to_the_one_named(coder):
    text = (
        "The US-led coalition has carried out hundreds of strikes in Syria this year. "
        "Twelve civilians were killed in two coalition airstrikes near Hajin on Tuesday. "
        "The coalition denied the report."
    )
    actors = [party_code(event.actor) for event in events(coder, text)]
    assert actors[1:] == ["USA", "USA"]


def test_a_plural_or_a_title_does_not_point_back(resolver, nlp):
    article = resolver.for_article(WHEN)
    doc = nlp("Turkish-backed forces entered the town. Later the forces withdrew.")
    article.resolve(doc[0:4])
    later = article.resolve(doc[7:9])
    assert later is not None and later.country is None


def test_a_named_persons_family_is_of_the_persons_country(coder):
    text = (
        "Kurdish forces detained the British student Amira Holloway in January. "
        "Holloway's family have appealed to the government. Her parents asked the Home Office for help."
    )
    requesters = [event.actor for event in events(coder, text) if event.event == "REQUEST"]
    assert [coding(actor) for actor in requesters] == [("GBR", "CVL"), ("GBR", "CVL")]


def test_the_family_of_a_group_takes_no_country_from_it(resolver, nlp):
    article = resolver.for_article(WHEN)
    doc = nlp("Isis members surrendered. Their families were taken to a camp.")
    article.resolve(doc[0:2])
    families = article.resolve(doc[4:6])
    assert families is not None and families.country is None


def test_an_object_them_is_not_the_subject_of_its_verb(coder):
    found = events(coder, "The Kurds have held Kobani since 2015. Turkey accused them of terrorism.")
    accusation = next(event for event in found if event.event == "ACCUSE")
    assert accusation.recipient is None or accusation.recipient.country != "TUR"


def test_a_forum_is_no_party_to_the_meeting(coder):
    found = events(coder, "Ramaphosa hopes to meet Modi at the G20 summit in Osaka.")
    assert all(party_code(event.actor) != "IGO" for event in found)


def test_fighting_it_out_leaves_the_opponent_as_recipient(coder):
    found = events(coder, "Iraqi troops have been fighting it out with Isis in the old city of Mosul.")
    assault = next(event for event in found if event.event == "ASSAULT")
    assert party_code(assault.recipient) == "IMGREB"


def test_a_militia_of_a_people_takes_the_country_it_is_in(coder):
    found = events(coder, "Kurdish militias attacked a Turkish convoy near Afrin in northern Syria.")
    assert [party_code(event.actor) for event in found if event.event == "ASSAULT"] == ["SYRUAF"]


def test_gunmen_stay_unplaced(coder):
    found = events(coder, "Gunmen attacked a police post near Afrin in northern Syria.")
    assert all(event.actor is None or event.actor.country is None for event in found)


def test_foreign_nationals_do_not_take_the_articles_country(coder):
    text = (
        "Syrian troops shelled Daraa, in southern Syria, on Sunday. Police in Damascus detained 300 foreign nationals."
    )
    found = events(coder, text)
    detained = [event.recipient for event in found if event.recipient is not None and event.trigger.text == "detained"]
    assert detained and all(party.country != "SYR" for party in detained)


def test_the_foreign_minister_still_takes_the_articles_country(coder):
    found = events(coder, "In Tehran, Iran, the foreign minister condemned the strikes on Monday.")
    assert [party_code(event.actor) for event in found if event.event == "ACCUSE"] == ["IRNGOV"]


def test_a_body_owned_by_a_pronoun_takes_the_owners_country(coder):
    found = events(coder, "Peru said its delegation would attend the talks in Quito.")
    assert [party_code(event.actor) for event in found] == ["PERGOV"]


def test_an_insurgency_is_the_war_not_a_party(coder):
    found = events(coder, "The ELN has fought an insurgency against the Colombian state since 1964.")
    assert all(event.recipient is None or event.recipient.sector != "REB" for event in found)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("up to 300 civilians", (None, "CVL")),  # the bound's "to" ends no head
        ("close to 40 people", (None, "CVL")),
        ("14 members of the same family", (None, "CVL")),  # counted members are of the body
        ("Syria's Kafr airbase", ("SYR", "MIL")),  # a military base is the military's
        ("the Russian naval base", ("RUS", "MIL")),
    ],
)
def test_bounded_counts_and_bases_read_their_sector(resolver, phrase, expected):
    assert coding(resolver.resolve_phrase(phrase, when=WHEN)) == expected


def test_bounded_victims_of_a_placed_strike_take_its_country(coder):
    found = events(coder, "Up to 30 civilians were killed by airstrikes on Aleppo in Syria on Monday.")
    victims = [event.recipient for event in found if event.event == "ASSAULT" and event.recipient is not None]
    assert [party_code(victim) for victim in victims] == ["SYRCVL"]
