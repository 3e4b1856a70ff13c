"""Sector-only parties ("the rebels", "officials", "the government") take the
country their sentence ties them to, or, for a home body, the country an article
about one country is about (resolve/party_countries.py)."""

from __future__ import annotations

import pytest

from coded_events import code_article, on_trigger
from newsevents.records import Actor, Span
from newsevents.resolve.party_countries import is_home_body

ONE_COUNTRY_ARTICLE = (
    "Kenyan police arrested two opposition leaders in Nairobi on Monday. "
    "Kenyan President William Ruto praised the Kenyan police. "
    "The Kenyan government accused Kenyan opposition leaders of incitement. "
    "Lawmakers criticised the arrests."
)


def test_officials_in_a_city_are_of_its_country(coder):
    events = code_article(coder, "Dozens of families were evacuated by officials in Mosul on Tuesday.")
    assert on_trigger(events, "evacuated").actor.country == "IRQ"


def test_civilians_in_a_country_are_of_it(coder):
    events = code_article(coder, "Rescuers said civilians in Yemen were killed in the shelling on Friday.")
    assert on_trigger(events, "killed").recipient.code == "YEMCVL"


def test_home_bodies_take_the_country_of_a_one_country_article(coder):
    events = code_article(coder, ONE_COUNTRY_ARTICLE)
    assert on_trigger(events, "criticised").actor.code == "KENLEG"


@pytest.mark.parametrize(
    ("text", "sector", "home"),
    [
        ("the government", "GOV", True),
        ("riot police", "COP", True),
        ("Lawmakers", "LEG", True),  # capitalised at the start of its sentence
        ("governments", "GOV", False),  # many governments, not the article's
        ("the regime", "GOV", False),  # mostly another country's rulers
        ("she", "GOV", False),  # a pronoun is its antecedent's
        ("Ryan Holt", "GOV", False),  # a name the tables do not know: of any country
        ("three people", "CVL", False),  # victims abroad as often as at home
    ],
)
def test_which_parties_may_take_the_article_country(text, sector, home):
    party = Actor(text=text, span=Span(0, len(text), text), sector=sector)
    assert is_home_body(party) is home
