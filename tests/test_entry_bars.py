"""Barring people from entering a country is PLOVER REJECT; restricting people's own
movement stays COERCE (the manual's REJECT and COERCE notes; event_lexicon.yaml,
class entry_bar)."""

from __future__ import annotations

from coded_events import coded


def test_an_entry_ban_on_refugees_is_a_rejection(coder):
    assert coded(coder, "The government imposed an entry ban on Syrian refugees.") == [("REJECT", "asserted")]


def test_a_ban_on_leaving_stays_coercion(coder):
    assert coded(coder, "Thirty of the activists were banned from travelling abroad.") == [("COERCE", "asserted")]
