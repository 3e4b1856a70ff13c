"""Types of words the judged samples met: barring people from entering a country is
PLOVER REJECT, restricting people's own movement stays COERCE (the manual's REJECT and
COERCE notes; event_lexicon.yaml, class entry_bar); a rebuke delivered is ACCUSE and
vengeance vowed THREATEN."""

from __future__ import annotations

from coded_events import coded


def test_an_entry_ban_on_refugees_is_a_rejection(coder):
    assert coded(coder, "The government imposed an entry ban on Syrian refugees.") == [("REJECT", "asserted")]


def test_a_ban_on_leaving_stays_coercion(coder):
    assert coded(coder, "Thirty of the activists were banned from travelling abroad.") == [("COERCE", "asserted")]


def test_a_rebuke_delivered_is_a_condemnation(coder):
    assert coded(coder, "The French foreign minister delivered a rebuke to the Iranian government.") == [
        ("ACCUSE", "asserted")
    ]


def test_vengeance_vowed_is_a_threat(coder):
    assert coded(coder, "The militia vowed revenge against the army.") == [("THREATEN", "asserted")]
