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


def test_a_bare_count_after_a_first_count_stands_for_the_same_people(coder):
    found = dyads(coder, "The Ethiopian army killed five Eritrean soldiers and wounded 12 others.")
    assert [recipient for event, _, recipient in found if event == "ASSAULT"] == ["ERIMIL"]


def test_a_count_of_a_different_kind_keeps_its_own_people(coder):
    found = dyads(coder, "Kenyan police detained two of the Somali students and freed the others.")
    assert all(recipient != "SOMMIL" for _, _, recipient in found)


def test_against_hung_on_the_place_of_an_operation_names_its_target(coder):
    found = dyads(coder, "Kenya launched an operation last week in the Gedo region of Somalia against al-Shabaab.")
    assert ("ASSAULT", "KEN", "SOMREB") in found


def test_against_in_a_deed_a_verb_is_set_in_is_not_the_verbs_recipient(coder):
    found = dyads(coder, "Qatar sent money, providing a lifeline in their battle against Assad.")
    assert all(recipient != "SYRGOV" for _, _, recipient in found)


def test_a_struck_convoy_of_fighters_hits_the_fighters(coder):
    found = dyads(coder, "Ethiopian jets struck a convoy of Eritrean soldiers near the border.")
    assert ("ASSAULT", "ETHMIL", "ERIMIL") in found


def test_a_boat_carrying_people_is_an_attack_on_them(coder):
    found = dyads(coder, "Ugandan troops fired on a boat carrying Congolese refugees.")
    assert [recipient for event, _, recipient in found if event == "ASSAULT"] == ["CODREF"]


def test_the_one_riding_in_a_struck_car_is_its_recipient(coder):
    text = "Omar Haddad, a Lebanese journalist, died when the car he was driving was hit by an Israeli missile."
    found = dyads(coder, text)
    assert [recipient for event, _, recipient in found if event == "ASSAULT"] == ["LBNMED"]


def test_a_convoy_of_aid_trucks_carries_no_party(coder):
    found = dyads(coder, "Ethiopian jets struck a convoy of aid trucks near the border.")
    assert [recipient for event, _, recipient in found if event == "ASSAULT"] in ([], [None])


def test_a_backing_participle_hung_on_a_deed_backs_the_party_its_words_end_with(coder):
    text = "The rebels are drifting towards a ceasefire with the Ethiopian government, backed by Moscow, keeping their weapons."
    found = dyads(coder, text)
    assert ("SUPPORT", "RUSGOV", "ETHGOV") in found


def test_a_town_threatened_with_attack_is_its_peoples_threat(coder):
    found = dyads(coder, "Ethiopia threatened to bomb Mekelle.")
    assert ("THREATEN", "ETH", "ETHCVL") in found
