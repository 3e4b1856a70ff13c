"""The country of a town violence is done to (resolve/struck_places.py): the one
country whose town by the name is far the largest, none when two compete."""

from __future__ import annotations

from newsevents.resolve.struck_places import town_country

TOWN = 20_000


def test_a_town_known_in_one_country_gives_it():
    assert town_country("Kunduz", TOWN) == "AFG"


def test_an_unknown_name_gives_no_country():
    assert town_country("Zzyzxqville", TOWN) is None
