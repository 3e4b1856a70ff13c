"""Recipients a sentence names outside the verb's own object: the speaker of a
statement an event acts on, those "under attack", and an object two verbs share
with an adverb between them."""

from __future__ import annotations

from datetime import date

from newsevents.records import Article


def dyads(coder, text: str) -> list[tuple[str, str | None, str | None]]:
    events = coder.code_one(Article(id="n1", text=text, published=date(2021, 5, 4)))
    return [(e.event, e.actor.code if e.actor else None, e.recipient.code if e.recipient else None) for e in events]


def test_a_rebuke_of_comments_is_aimed_at_whoever_made_them(coder):
    found = dyads(coder, "The Iranian president hit back at comments made by Vladimir Putin.")
    assert ("ACCUSE", "IRNGOV", "RUSGOV") in found


def test_a_rejected_claim_made_by_a_government_has_that_government_as_recipient(coder):
    found = dyads(coder, "The Egyptian foreign ministry rejected claims made by Moscow.")
    assert [(event, recipient) for event, _, recipient in found] == [("REJECT", "RUSGOV")]


def test_a_statement_by_no_party_gives_no_recipient(coder):
    found = dyads(coder, "The Iranian president hit back at comments made in the newspaper.")
    assert [recipient for _, _, recipient in found] == [None]


def test_people_under_attack_from_a_party_are_the_attack_recipients(coder):
    text = "Civilians under attack from the Ethiopian army fled to the hills."
    events = coder.code_one(Article(id="n2", text=text, published=date(2021, 5, 4)))
    attacks = [e for e in events if e.event == "ASSAULT"]
    assert [(e.actor.code if e.actor else None, e.recipient.text if e.recipient else None) for e in attacks] == [
        ("ETHMIL", "Civilians")
    ]


def test_an_agreement_people_live_under_is_not_done_to_them(coder):
    found = dyads(coder, "Villagers under the Kenyan ceasefire agreement returned to their farms.")
    assert all(recipient != "---CVL" for event, _, recipient in found if event != "RETREAT")


def test_two_verbs_with_an_adverb_between_share_the_second_ones_object(coder):
    found = dyads(coder, "Iran has funded and later armed the Houthis.")
    assert ("AID", "IRN", "YEMREB") in found
    assert all(recipient is not None for _, _, recipient in found)


def test_a_relative_clause_verb_shares_the_object_of_the_verb_after_it(coder):
    found = dyads(coder, "Iran, which funded and trained the Houthis, denied the charge.")
    assert ("AID", "IRN", "YEMREB") in found
    assert [recipient for event, _, recipient in found if event == "AID"] == ["YEMREB"]
