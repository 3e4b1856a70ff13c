"""A bare office title ("the prime minister", "the president") is the holder the
article named with that office: the nearest mention before it, else the one country
all its mentions name (resolve/office_holders.py); and a lord is a British peer for
his later mentions (resolve/nationality.py).  Sentences are the project's own."""

from __future__ import annotations

from coded_events import code_article


def event_in(events, word: str):
    found = [event for event in events if word in event.sentence]
    assert found, f"no event in a sentence with {word!r}: {[e.sentence for e in events]}"
    return found[0]


def test_the_bare_title_is_the_holder_named_before_in_no_event(coder):
    events = code_article(
        coder,
        "Crowds gathered as Danish Prime Minister Lars Vendelbo arrived in Oslo."
        " The prime minister accused Russia of sabotage on Tuesday.",
    )
    actor = event_in(events, "accused").actor
    assert (actor.country, actor.sector) == ("DNK", "GOV")


def test_the_bare_title_is_the_nearest_holder_of_that_office(coder):
    events = code_article(
        coder,
        "The visit was praised by the Kenyan president, Amani Otieno, and later by Ghana's president."
        " On Wednesday the president condemned the raid on the border post.",
    )
    assert event_in(events, "condemned").actor.country == "GHA"


def test_the_bare_title_takes_the_one_country_the_article_names_for_it_later(coder):
    events = code_article(
        coder,
        "The prime minister criticised Iran over the seizure of the tanker."
        " Aides to the Dutch prime minister, Pieter Hoeksma, said the talks would go on.",
    )
    assert event_in(events, "criticised").actor.country == "NLD"


def test_a_lesser_office_named_by_the_title_is_not_its_holder(coder):
    events = code_article(
        coder,
        "Reporters waited for the Kenyan vice president, Amani Otieno."
        " The president criticised Uganda over the border dispute.",
    )
    assert event_in(events, "criticised").actor.country is None


def test_the_bare_title_with_no_holder_named_stays_unplaced(coder):
    events = code_article(coder, "The prime minister criticised Iran over the seizure of the tanker.")
    actor = event_in(events, "criticised").actor
    assert (actor.country, actor.sector) == (None, "GOV")


def test_a_lord_is_a_british_peer_for_his_surname_later(coder):
    events = code_article(
        coder,
        "Lord Pembury, a former reviewer of terrorism laws, spoke to the Guardian on Monday."
        " Pembury criticised the Home Office over the deportations.",
    )
    assert event_in(events, "criticised").actor.country == "GBR"


def test_a_name_beside_a_national_office_is_of_that_office_s_country(coder):
    events = code_article(
        coder,
        "Britain has refused to take the women back. Jane Pellow, the shadow home secretary, spoke on Monday."
        " Pellow criticised the government over the decision.",
    )
    actor = event_in(events, "Pellow criticised").actor
    assert (actor.country, actor.sector) == ("GBR", "OPP")


def test_a_title_with_its_holder_named_beside_it_is_that_holder(coder):
    events = code_article(
        coder,
        "Danish Prime Minister Lars Vendelbo arrived in Oslo on Monday."
        " The prime minister, Theresa May, accused Russia of sabotage on Tuesday.",
    )
    actor = event_in(events, "accused").actor
    assert (actor.country, actor.name) == ("GBR", "Theresa May")
