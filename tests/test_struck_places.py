"""The country of a town violence is done to (resolve/struck_places.py): the one
country whose town by the name is far the largest, none when two compete."""

from __future__ import annotations

from newsevents.resolve.struck_places import town_country

TOWN = 20_000


def test_a_town_known_in_one_country_gives_it():
    assert town_country("Kunduz", TOWN) == "AFG"


def test_an_unknown_name_gives_no_country():
    assert town_country("Zzyzxqville", TOWN) is None


def test_towns_of_like_size_in_two_countries_give_none():
    assert town_country("Hyderabad", TOWN) is None  # India's and Pakistan's


def test_a_far_larger_namesake_wins():
    assert town_country("Tripoli", TOWN) == "LBY"  # not Lebanon's
