"""Generic actors whose country the text makes clear: a people living across
borders placed by the event, its paragraph or the article ("Kurdish forces" in a
story set in Syria), and a legislature named without its country ("Congress",
"MPs") in an article that named just one of the countries that have one."""

from __future__ import annotations

import pytest

from newsevents.resolve.homelands import leading, people_countries


def codes(coder, text: str, event_type: str, role: str = "actor") -> list[str | None]:
    found = coder.code_text(text, published="2019-03-01")
    parties = [getattr(event, role) for event in found if event.event == event_type]
    return [None if party is None else party.code for party in parties]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Kurdish fighters", ("SYR", "IRQ", "TUR", "IRN")),
        ("a Kurdish-led alliance", ("SYR", "IRQ", "TUR", "IRN")),
        ("Kurdish peshmerga units", ("IRQ",)),  # the narrower list speaks
        ("Yazidi villagers", ("IRQ",)),
        ("pro-Kurdish deputies", ()),  # someone else's cause, not the people
        ("Kurdish and Baloch fighters", ()),  # two peoples of different lands: which?
        ("village elders", ()),
    ],
)
def test_the_countries_a_people_lives_in(phrase, expected):
    assert people_countries(phrase) == expected


def test_only_a_clear_leader_among_the_homelands_counts():
    from collections import Counter

    homes = ("SYR", "IRQ", "TUR", "IRN")
    assert leading(Counter({"SYR": 3, "IRQ": 1, "USA": 9}), homes) == "SYR"  # the USA is none of them
    assert leading(Counter({"SYR": 2, "IRQ": 2}), homes) is None
    assert leading(Counter({"USA": 4}), homes) is None


def test_a_peoples_forces_take_the_country_the_story_is_set_in(coder):
    text = (
        "Fighting went on near Hasakah and Qamishli in north-eastern Syria on Monday. "
        "Kurdish forces detained two men accused of smuggling weapons, a spokesman said."
    )
    assert codes(coder, text, "COERCE") == ["SYRREB"]  # in Syria no Kurdish state body's forces: rebels (hc1)


def test_a_peoples_forces_take_no_country_the_story_does_not_give(coder):
    text = "Kurdish forces detained two men accused of smuggling weapons, a spokesman in London said."
    assert codes(coder, text, "COERCE") == ["---MIL"]


def test_the_people_itself_as_recipient(coder):
    text = "Turkish jets bombed villages near Duhok in northern Iraq. Ankara has threatened the Kurds for years."
    assert codes(coder, text, "THREATEN", "recipient") == ["IRQ"]


def test_congress_takes_the_country_the_article_named(coder):
    text = "Trump met Pentagon officials in Washington. Congress urged the White House to keep troops in Syria."
    assert codes(coder, text, "REQUEST") == ["USALEG"]


def test_congress_takes_no_country_when_two_with_one_were_named(coder):
    text = "Peru's president met Trump on Monday. Congress urged the president to resign."
    assert codes(coder, text, "REQUEST") == ["---LEG"]


def test_mps_of_a_british_story(coder):
    text = "Theresa May spoke in London on Monday. MPs demanded a vote on the strikes."
    assert codes(coder, text, "REQUEST") == ["GBRLEG"]
