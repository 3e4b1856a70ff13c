"""Who a named person or body is, carried through an article: the role set beside a
person's first mention goes with the surname said later; "the regime" is the one the
story named; the people table knows office holders by their terms."""

from __future__ import annotations

from datetime import date

import pytest


def event_in(events, word: str):
    found = [event for event in events if word in event.sentence]
    assert found, f"no event in a sentence with {word!r}"
    return found[0]


def test_a_spokesmans_body_in_apposition_goes_with_the_surname_later(coder):
    events = coder.code_text(
        "Thomas Merrick, the spokesman for the US-led coalition, said the strikes had hit a depot."
        " On Tuesday Merrick accused the militants of hiding among civilians.",
        "2018-04-10",
    )
    assert event_in(events, "accused").actor.country == "USA"


def test_a_group_word_before_the_name_goes_with_the_surname_later(coder):
    events = coder.code_text(
        "Turkish prosecutors charged Islamic State suspect Karim Douadi with murder. A court in Ankara later freed Douadi.",
        "2018-04-10",
    )
    assert event_in(events, "freed").recipient.country == "IMG"


def test_a_role_of_someone_elses_name_is_not_passed_on(coder):
    events = coder.code_text(
        "Karim Douadi, the driver of Bashar al-Assad, was seen in Beirut. On Friday police arrested Douadi in a raid.",
        "2018-04-10",
    )
    recipient = event_in(events, "arrested").recipient
    assert recipient is None or recipient.country is None


def test_the_regime_is_the_one_the_story_named_paragraphs_before(coder):
    events = coder.code_text(
        "The Assad regime has used barrel bombs for years, aid workers in Gaziantep say."
        " Diplomats in Moscow and Ankara met on Monday to discuss a ceasefire."
        " Farmers had planted wheat in the spring. The harvest was poor and prices rose."
        " Many families left for the coast. Schools closed in the autumn."
        " On Thursday the regime shelled a market.",
        "2018-04-10",
    )
    assert (event_in(events, "market").actor.country, event_in(events, "market").actor.sector) == ("SYR", "GOV")


def test_the_regime_of_a_story_naming_two_regimes_stays_uncoded(resolver, nlp):
    doc = nlp(
        "The Syrian regime and the Iranian regime signed a pact in 2017. Farmers planted wheat. The harvest was poor."
        " Prices rose. Families left. Schools closed. The regime then shelled the crossing."
    )
    start = [token.i for token in doc if token.lower_ == "regime"][-1] - 1
    actor = resolver.for_article(None).resolve(doc[start : start + 2])
    assert actor is None or actor.country is None


def test_the_cabinet_is_the_government_of_the_head_of_government_named_just_before(resolver, nlp):
    doc = nlp(
        "The prime minister, Theresa May, chaired a meeting in London on Thursday."
        " Cabinet agreed to take action against the use of chemical weapons."
    )
    start = [token.i for token in doc if token.text == "Cabinet"][0]
    actor = resolver.for_article(date(2018, 4, 12)).resolve(doc[start : start + 1])
    assert (actor.country, actor.sector) == ("GBR", "GOV")


def test_the_cabinet_after_two_countries_leaders_stays_uncoded(resolver, nlp):
    doc = nlp("Donald Trump spoke to Recep Tayyip Erdogan by phone. The cabinet later rejected the proposal.")
    start = [token.i for token in doc if token.text == "The"][0]
    actor = resolver.for_article(date(2018, 4, 12)).resolve(doc[start : start + 2])
    assert actor is None or actor.country is None


def test_the_president_of_the_republic_is_the_head_of_the_republic_the_story_named(coder):
    events = coder.code_text(
        "Emmanuel Macron spoke to Vladimir Putin on Sunday about Syria."
        " “The president of the republic called for dialogue with Russia,” a statement said.",
        "2018-04-10",
    )
    assert event_in(events, "called for").actor.country == "FRA"


@pytest.mark.parametrize(
    ("phrase", "when", "code"),
    [
        ("Cuomo", date(2019, 5, 1), ("USA", "GOV")),  # governor of New York
        ("Michael Fallon", date(2016, 5, 1), ("GBR", "GOV")),  # defence secretary
        ("Michael Fallon", date(2021, 5, 1), ("GBR", "ELI")),  # out of parliament since 2019
        ("Mrs May", date(2018, 4, 10), ("GBR", "GOV")),
        ("David Miliband", date(2009, 3, 1), ("GBR", "GOV")),  # foreign secretary
        ("David Miliband", date(2016, 3, 1), ("NGO", "NGO")),  # heads a relief charity
        ("Jihadi John", date(2015, 3, 1), ("GBR", "REB")),
        ("Nusra fighters", date(2015, 3, 1), ("SYR", "REB")),
        ("the HNC", date(2017, 11, 1), ("SYR", "OPP")),  # the Syrian opposition's negotiators
    ],
)
def test_the_tables_know_office_holders_by_their_terms_and_syrias_armed_groups(resolver, phrase, when, code):
    actor = resolver.resolve_phrase(phrase, when=when)
    assert (actor.country, actor.sector) == code


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("a cross-party group of MPs", "LEG"),  # members of parliament of several parties, not a party
        ("the cross-party committee", "LEG"),
    ],
)
def test_parliamentary_groups_are_legislators_not_a_party(resolver, phrase, sector):
    assert resolver.resolve_phrase(phrase).sector == sector


def test_an_outgoing_office_holder_still_holds_the_office(resolver):
    actor = resolver.resolve_phrase("the outgoing chairman of the Senate foreign relations committee")
    assert actor.sector == "LEG"
