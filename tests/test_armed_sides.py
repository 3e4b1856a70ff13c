"""Which side an armed actor is: a state's forces, its armed opponents, a proxy, a named group."""

from __future__ import annotations

from datetime import date

import pytest

IN_2019 = date(2019, 3, 1)


def coded(resolver, text: str) -> tuple[str | None, str | None]:
    actor = resolver.resolve_phrase(text, when=IN_2019)
    assert actor is not None
    return actor.country, actor.sector


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("anti-Maduro rebels", ("VEN", "REB")),  # the leader's armed opponents, not the leader
        ("anti-Maduro forces", ("VEN", "REB")),
        ("anti-government fighters", (None, "REB")),  # not "government forces"
        ("Maduro's troops", ("VEN", "MIL")),  # the head of state's forces, not his office
        ("President Nicolas Maduro's forces", ("VEN", "MIL")),
        ("pro-Maduro militias", ("VEN", "PRM")),
        ("Maduro's government", ("VEN", "GOV")),
    ],
)
def test_a_leader_named_beside_a_force_says_whose_side_it_is(resolver, phrase, expected):
    assert coded(resolver, phrase) == expected


def test_anti_a_group_names_none_of_its_codes(resolver):
    country, sector = coded(resolver, "anti-Taliban fighters")
    assert country != "AFG" or sector != "REB"
    assert coded(resolver, "anti-Maduro protesters")[0] is None  # protesters may march anywhere


def test_a_sponsored_force_is_a_proxy_not_the_sponsors_army(resolver):
    assert coded(resolver, "Iranian-backed forces") == (None, "REB")
    assert coded(resolver, "Iranian-backed Iraqi army") == ("IRQ", "MIL")
    assert coded(resolver, "Iranian and Iranian-backed forces") == ("IRN", "MIL")


def test_a_group_acronym_beside_its_people_keeps_its_code(resolver):
    actor = resolver.resolve_phrase("Kurdish YPG gunmen", when=IN_2019)
    assert actor is not None and (actor.country, actor.sector) == ("SYR", "REB")


def test_kurdish_forces_are_rebels_in_syria_and_the_regions_forces_in_iraq(coder):
    syria = coder.code_text("Kurdish forces captured the village of Tal Samin near Raqqa in Syria on Monday.", IN_2019)
    iraq = coder.code_text("Kurdish forces captured a village near Erbil in Iraq on Monday.", IN_2019)
    assert [(e.actor.country, e.actor.sector) for e in syria if e.actor] == [("SYR", "REB")]
    assert [(e.actor.country, e.actor.sector) for e in iraq if e.actor] == [("IRQ", "MIL")]


def test_generic_fighters_of_the_one_group_an_article_named_are_that_group(coder):
    text = (
        "Isis has held the town of Hajin in eastern Syria for months. "
        "On Tuesday the jihadists shelled a school in the town, killing four children."
    )
    actors = [
        event.actor for event in coder.code_text(text, IN_2019) if event.actor and event.actor.text == "the jihadists"
    ]
    assert actors and actors[0].country == "IMG"


def test_generic_fighters_stay_unnamed_when_the_sentence_names_another_side(coder):
    text = (
        "Isis has held the town of Hajin in eastern Syria for months. "
        "On Tuesday the jihadists shelled a school held by the rebels, killing four children."
    )
    actors = [
        event.actor for event in coder.code_text(text, IN_2019) if event.actor and event.actor.text == "the jihadists"
    ]
    assert all(actor.country != "IMG" for actor in actors)
