"""Things in a recipient's place are no party (extract/things.py), and a passive
participle beside its main clause backs, arms or supports that clause's subject
(extract/relative_gaps.py, ``with_participle_agent``)."""

from __future__ import annotations

from coded_events import code_article, on_trigger


def _code(party):
    return party.code if party is not None else None


def test_a_thing_struck_has_no_recipient(coder):
    event = on_trigger(code_article(coder, "Turkish jets struck a convoy on the road to the border."), "struck")
    assert _code(event.actor) == "TURMIL"
    assert event.recipient is None


def test_the_owner_of_a_thing_is_the_recipient(coder):
    event = on_trigger(code_article(coder, "Israeli troops seized the Hamas equipment in the raid."), "seized")
    assert _code(event.recipient) is not None and "Hamas" in event.recipient.text


def test_a_participle_before_the_clause_backs_its_subject(coder):
    event = on_trigger(
        code_article(coder, "Supported by Iranian militias, the Syrian army retook the city last week."), "Supported"
    )
    assert (_code(event.actor), _code(event.recipient)) == ("IRNUAF", "SYRMIL")


def test_a_participle_after_the_clause_backs_its_subject(coder):
    events = code_article(coder, "Kurdish fighters held the bridge for a week, backed by American warplanes.")
    event = on_trigger(events, "backed")
    assert event.actor is not None and event.actor.country == "USA"
    assert event.recipient is not None and "Kurdish" in event.recipient.text


def test_the_nationality_of_the_means_backs(coder):
    event = on_trigger(
        code_article(coder, "Backed by Russian air power, government forces swept through the south."), "Backed"
    )
    assert event.actor is not None and event.actor.country == "RUS"
    assert event.recipient is not None and event.recipient.sector == "MIL"


def test_what_befell_a_party_is_no_doer(coder):
    events = code_article(coder, "Hit by military setbacks, the rebel groups joined a national army project.")
    assert all(e.actor is None or "setbacks" not in e.actor.text for e in events)


def test_a_participle_on_a_passive_clause_is_not_the_subjects(coder):
    text = "A Russian jet was shot down by Syrian rebels with a missile, allegedly supplied by the US."
    assert all(not (e.event == "AID" and _code(e.recipient) == "RUSMIL") for e in code_article(coder, text))
