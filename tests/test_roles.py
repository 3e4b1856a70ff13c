"""Who did it to whom on real-news forms: unknown parties, coordinated parties, pairs
named by number, purposes and background.  Sentences are the project's own."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.extract.clauses import find_clauses
from newsevents.extract.modality import modality_of
from newsevents.extract.roles import is_uncoded_patient, pair_kind
from newsevents.knowledge.words import load_word_lists
from newsevents.records import Article, EventRecord


def code(coder, text, published=date(2023, 5, 10)):
    return coder.code_one(Article(id="t", text=text, published=published))


def only(events, event_type):
    matches = [e for e in events if e.event == event_type]
    assert matches, f"no {event_type} among {[(e.event, e.trigger.text) for e in events]}"
    return matches[0]


def test_an_agentless_passive_on_an_unknown_party_is_kept_with_its_words(coder):
    text = "nikhil rao has also been arrested in the town."
    event = only(code(coder, text), "COERCE")
    assert event.actor is None
    assert event.recipient.text == "nikhil rao" and event.recipient.code is None
    assert text[event.recipient.span.start : event.recipient.span.end] == "nikhil rao"


@pytest.mark.parametrize(
    "text",
    [
        "They were arrested on Monday.",  # an unresolved pronoun is nothing to count
        "Seven rounds were fired in the air.",  # what was used, not who was hit
        "We arrested nobody.",
    ],
)
def test_pronouns_and_instruments_are_no_uncoded_parties(coder, text):
    assert [e for e in code(coder, text) if e.modality == "asserted"] == []


def test_uncoded_patient_rules(nlp):
    words = load_word_lists()
    sentence = next(nlp("The meeting was held and twelve traders were detained.").sents)
    by_lemma = {c.predicate.lemma_: c for c in find_clauses(sentence, words)}
    held, detained = by_lemma["hold"], by_lemma["detain"]
    assert not is_uncoded_patient(held.passive_subject, True, words)  # the event itself
    assert is_uncoded_patient(detained.passive_subject, True, words)
    assert not is_uncoded_patient(detained.passive_subject, False, words)  # only names as objects


def test_what_is_imposed_is_no_party(coder):
    events = code(coder, "The tough curbs were imposed across the district on Tuesday.")
    assert not [e for e in events if e.event == "COERCE" and e.recipient is not None], events
    detained = only(code(coder, "Twenty shopkeepers were detained across the district on Tuesday."), "COERCE")
    assert detained.recipient is not None and detained.recipient.text == "Twenty shopkeepers"


def test_every_coordinated_party_is_kept(coder):
    event = only(code(coder, "Canada and Norway condemned Belarus and Iran over the detentions."), "ACCUSE")
    assert (event.actor.country, event.recipient.country) == ("CAN", "BLR")
    assert [a.country for a in event.co_actors] == ["NOR"]
    assert [r.country for r in event.co_recipients] == ["IRN"]


def test_a_joint_subject_of_a_meeting_gives_both_sides(coder):
    event = only(code(coder, "Macron and Scholz held talks in Berlin."), "CONSULT")
    assert {event.actor.country, event.recipient.country} == {"FRA", "DEU"}


def test_a_joint_subject_of_a_one_sided_event_is_no_recipient(coder):
    text = "Chad and Niger are supporting the other side in the conflict."
    for event in code(coder, text):
        assert event.recipient is None or event.recipient.country not in {"TCD", "NER"}


def test_the_two_leaders_are_the_last_two_named(coder):
    text = (
        "Kenyan President William Ruto welcomed Ethiopian Prime Minister Abiy Ahmed in Nairobi. "
        "The two leaders held talks on the border."
    )
    talks = [e for e in code(coder, text) if e.sentence_index == 1 and e.event == "CONSULT"]
    assert talks
    assert {talks[0].actor.country, talks[0].recipient.country} == {"KEN", "ETH"}


def test_pair_kind(nlp):
    words = load_word_lists()
    doc = nlp(
        "The two leaders met. Both countries agreed. The leaders met. The two Koreas met. The two Nato allies met."
    )
    subjects = [next(t for t in s if t.dep_ == "nsubj") for s in doc.sents]
    kinds = [pair_kind(doc[t.left_edge.i : t.i + 1], words) for t in subjects]
    assert kinds == ["people", "countries", None, None, "people"]


def test_a_purpose_of_a_coded_event_is_no_second_event(coder):
    events = code(coder, "Police fired tear gas to disperse the crowd in the capital.")
    assert [e.event for e in events] == ["ASSAULT"]
    assert events[0].modality == "asserted" and events[0].trigger.text == "fired"


def test_a_purpose_of_a_journey_stays_a_plan(coder, unrealised_coder):
    event = only(code(unrealised_coder, "Kenyan police flew to Mombasa to arrest the smugglers."), "COERCE")
    assert event.modality == "future"
    # talks are held where the trip ends
    event = only(code(coder, "The Kenyan president flew to Addis Ababa to discuss the border dispute."), "CONSULT")
    assert event.modality == "asserted"


@pytest.mark.parametrize(
    ("text", "background", "year"),
    [
        ("In 1974 the army overthrew the emperor.", True, "1974"),
        ("Two years ago Ghana expelled two Nigerian diplomats.", True, "2021"),
        ("On Monday Ghana expelled two Nigerian diplomats.", False, "2023"),
        ("Ghana expelled two Nigerian diplomats.", False, "2023"),
    ],
)
def test_history_keeps_its_own_date_and_is_marked_background(coder, text, background, year):
    events = code(coder, text)
    assert events, text
    assert all(e.background is background and e.date.startswith(year) for e in events)


def test_new_fields_survive_the_record_round_trip(coder):
    event = only(code(coder, "Canada and Norway condemned Belarus and Iran over the detentions."), "ACCUSE")
    back = EventRecord.from_dict(event.to_dict())
    assert back == event
    assert event.to_dict()["co_actors"][0]["code"] == "NOR"


def test_a_weapon_as_subject_keeps_the_attack_with_no_doer(coder):
    event = only(code(coder, "Three mortar shells hit the market in the town on Sunday."), "ASSAULT")
    assert event.actor is None


def test_an_unknown_attacker_keeps_its_words(coder):
    event = only(code(coder, "Two gunmen killed four traders in the market on Sunday."), "ASSAULT")
    assert event.actor.text == "Two gunmen" or event.actor.code is not None


def test_a_thing_that_kills_is_no_attacker(coder):
    assert not [e for e in code(coder, "A gas leak at the plant killed ten workers.") if e.event == "ASSAULT"]


def test_a_name_given_in_apposition_codes_the_party(coder):
    event = only(code(coder, "Blinken met his counterpart, Sergei Lavrov, in Geneva."), "CONSULT")
    assert event.recipient.country == "RUS" and event.recipient.text == "his counterpart"


def test_a_coordinated_clause_with_its_own_subject_keeps_its_own_mood(nlp):
    sentence = next(nlp("The UK has not decided, but twelve citizens have been allowed to return.").sents)
    allowed = next(c for c in find_clauses(sentence) if c.predicate.lemma_ == "allow")
    assert modality_of(allowed).modality == "asserted"


def test_a_reported_demand_is_the_speakers_request(unrealised_coder):
    event = only(
        code(unrealised_coder, "Kenya must withdraw its troops from Somalia, the Somali president said."), "REQUEST"
    )
    assert (event.actor.country, event.recipient.country) == ("SOM", "KEN")
    assert event.modality == "asserted"
    appeal = only(
        code(unrealised_coder, "The detainees should be released at once, Amnesty International said."), "REQUEST"
    )
    assert appeal.actor.text == "Amnesty International" and appeal.recipient is None


def test_what_a_demand_asks_for_has_not_happened(unrealised_coder):
    events = code(unrealised_coder, "The union demanded that the detained workers be released at once.")
    release = only(events, "RETREAT")
    assert release.modality == "future", release
    done = only(code(unrealised_coder, "The detained workers were released on Monday."), "RETREAT")
    assert done.modality == "asserted", done


def test_a_crowd_no_table_codes_still_protests(coder):
    protest = only(code(coder, "Some 400 supporters of the mayor rallied outside the town hall on Monday."), "PROTEST")
    assert protest.actor is not None and "supporters" in protest.actor.text
    assert not [e for e in code(coder, "The report says it will take effect on Saturday.") if e.event == "PROTEST"]


def test_a_protest_said_to_happen_stands_without_a_party(coder):
    only(code(coder, "Peaceful protests took place in the northern town on Friday."), "PROTEST")
    only(code(coder, "Massive demonstrations were held across the country on Sunday."), "PROTEST")
    assert not [e for e in code(coder, "Months of protests have shaped the campaign.") if e.event == "PROTEST"]


def test_a_vehicle_is_no_doer_of_violence(coder):
    assert not [e for e in code(coder, "The ferry was struck by an oil tanker off the coast.") if e.event == "ASSAULT"]
    assault = only(code(coder, "The ferry was struck by a missile off the coast."), "ASSAULT")
    assert assault.actor is None


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("two shopkeepers were wounded in police firing near the market.", "police"),
        ("four villagers were killed in a clash with the army on Sunday.", "the army"),
    ],
)
def test_an_agentless_attack_takes_its_doer_from_the_event_it_happened_in(coder, text, doer):
    event = only(code(coder, text), "ASSAULT")
    assert event.actor is not None and event.actor.text == doer
    assert text[event.actor.span.start : event.actor.span.end] == doer


def test_what_is_done_in_a_riot_is_done_by_its_crowds_not_by_nobody(coder):
    # a missing doer reads as "someone unnamed, perhaps the state"; a riot names its doers
    text = "Dozens of houses burnt during the riots were rebuilt by the council."
    events = [e for e in code(coder, text) if e.event in ("ASSAULT", "COERCE")]
    assert events and all(e.actor is not None and e.actor.text == "the riots" for e in events)


def test_an_arrest_in_a_riot_is_still_done_by_an_unnamed_police(coder):
    event = only(code(coder, "Forty men were arrested during the riots in the old town."), "COERCE")
    assert event.actor is None


def test_an_expulsion_from_a_party_is_the_partys(coder):
    event = only(code(coder, "The former mayor was expelled from the party for indiscipline."), "COERCE")
    assert event.actor is not None and event.actor.sector == "PTY"


@pytest.mark.parametrize(
    "text",
    [
        "Had the army stormed the compound, dozens of hostages would have died.",
        "If the rebels had shelled the town, the mission would have ended.",
    ],
)
def test_events_inside_a_condition_are_hypothetical(unrealised_coder, text):
    violent = [e for e in code(unrealised_coder, text) if e.event == "ASSAULT"]
    assert violent and all(e.modality == "hypothetical" for e in violent)


def test_arrests_said_to_be_made_are_an_arrest_with_no_named_party(coder):
    event = only(code(coder, "Since Monday more than 200 arrests have been made in the district."), "COERCE")
    assert event.mode == "arrest" and event.modality == "asserted" and event.actor is None


def test_those_arrested_are_the_ones_done_to(coder):
    event = only(code(coder, "Those detained on Monday included two local traders."), "COERCE")
    assert event.recipient is not None and event.recipient.text.lower() == "those"


def test_an_operation_carried_out_is_no_one_it_is_done_to(coder):
    events = code(coder, "Search operations were carried out in three villages overnight.")
    assert not [e for e in events if e.event == "ASSAULT" and e.modality == "asserted"]


def test_a_number_of_people_names_those_people(coder):
    event = only(code(coder, "Two of the gunmen were killed by soldiers near the border."), "ASSAULT")
    assert event.recipient is not None and event.recipient.text == "the gunmen"


def test_the_subject_of_a_raising_passive_does_what_is_expected(coder):
    # a meeting still to come is AGREE (PLOVER; extract/event_context.py)
    event = only(code(coder, "The Kenyan president is expected to meet Ethiopian officials next week."), "AGREE")
    assert event.actor is not None and event.actor.country == "KEN"
    assert event.modality == "future"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Turkish government said it would impose sanctions on Syria.", "TUR"),
        ('"We will not withdraw our troops," the Kenyan defence minister said.', "KEN"),
    ],
)
def test_a_pronoun_in_a_report_stands_for_the_speaker(coder, text, country):
    events = [e for e in code(coder, text) if e.actor is not None and e.actor.text.lower() in ("it", "we")]
    assert events and all(e.actor.country == country for e in events)


def test_a_pronoun_in_a_report_is_not_a_speaker_of_another_kind(nlp):
    # "they" cannot be one ministry: left to the article's memory
    from newsevents.extract.roles import speaker_of

    words = load_word_lists()
    sentence = next(nlp("The ministry said they would attack the town.").sents)
    pronoun = next(token for token in sentence if token.lower_ == "they")
    assert speaker_of(sentence[pronoun.i : pronoun.i + 1], words) is None


def test_what_is_awaited_until_a_present_tense_clause_is_future(unrealised_coder):
    event = only(code(unrealised_coder, "The coalition expects hard days ahead until Raqqa is retaken."), "ASSAULT")
    assert event.trigger.text == "retaken" and event.modality == "future"


def test_a_recipient_event_gives_its_doer_as_the_recipient(coder):
    event = only(code(coder, "Local militias are fighting against an incursion by the Turkish military."), "ASSAULT")
    assert event.recipient is not None and event.recipient.code == "TURMIL"


def test_a_counterpart_named_in_apposition_is_that_person(coder):
    event = only(code(coder, "Putin met his Turkish counterpart, Recep Tayyip Erdogan, in Sochi."), "CONSULT")
    assert event.recipient is not None and event.recipient.country == "TUR" and event.recipient.name


def test_the_doer_of_an_event_said_to_be_carried_out_does_it(coder):
    event = only(code(coder, "Sunday's attack by Houthi rebels was carried out near the port."), "ASSAULT")
    assert event.actor is not None and event.actor.sector == "REB"
    assert event.recipient is None or event.recipient.text != event.actor.text


def test_a_meeting_of_a_body_is_not_a_meeting_with_it(coder):
    event = only(code(coder, "The Kenyan government held a long cabinet meeting on Monday."), "CONSULT")
    assert event.recipient is None or "cabinet" not in event.recipient.text


def test_a_role_word_on_a_gerund_is_its_doer_not_the_victim(coder):
    events = code(coder, "a teenage boy perished in police firing in the market.")
    firing = [e for e in events if e.trigger.text == "firing"]
    assert firing and firing[0].actor is not None and firing[0].actor.sector == "COP"


def test_a_bare_number_held_in_the_passive_is_people(coder):
    event = only(code(coder, "Another 30 were detained near the bus stand."), "COERCE")
    assert event.recipient is not None and event.recipient.text == "Another 30"


def test_a_quantity_of_things_seized_is_no_party(coder):
    events = code(coder, "A large quantity of weapons and ammunition was seized on Tuesday.")
    assert not [e for e in events if e.modality == "asserted" and e.event == "COERCE"]


def test_the_subject_of_likely_does_what_is_likely_and_only_possibly(unrealised_coder):
    event = only(code(unrealised_coder, "Kenya is likely to launch an offensive against the militants."), "ASSAULT")
    assert event.actor is not None and event.actor.country == "KEN"
    assert event.modality == "hypothetical"


def test_a_crowd_control_purpose_is_the_act_not_a_plan(coder):
    # the lexicon may not know the verb it serves; dispersing is what the firing did
    event = only(code(coder, "Police resorted to firing in the air to disperse the stone-pelting crowd."), "ASSAULT")
    assert event.modality == "asserted"


def test_a_purpose_is_a_plan_unless_its_mode_names_the_manner(nlp):
    sentence = next(nlp("The police flew to Nairobi to arrest the smugglers.").sents)
    arrest = next(c for c in find_clauses(sentence) if c.predicate.lemma_ == "arrest")
    assert modality_of(arrest, mode="crowd-control").modality == "asserted"
    assert modality_of(arrest).modality == "future"


@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        ("The delay is partly due to the army's attacks on the port.", "attack", "asserted"),  # "due to": because of
        ("A summit of the three leaders to be held in Nairobi was announced.", "hold", "future"),
    ],
)
def test_due_to_and_infinitives_no_verb_governs(nlp, text, lemma, expected):
    sentence = next(nlp(text).sents)
    clause = next(c for c in find_clauses(sentence) if c.predicate.lemma_ == lemma)
    assert modality_of(clause).modality == expected


def test_the_noun_a_relative_clause_modifies_is_its_object(coder):
    event = only(code(coder, "The Kenyan officers the rebels had kidnapped were freed on Monday."), "ASSAULT")
    assert event.recipient is not None and event.recipient.country == "KEN"


def test_where_a_threat_comes_from_does_it_but_not_where_troops_withdraw_from(coder, unrealised_coder):
    # "under threat" is a danger told as a state (hypothetical), kept here to test its role
    threat = only(code(unrealised_coder, "Aid convoys are under constant threat from armed rebels."), "THREATEN")
    assert threat.actor is not None and threat.actor.sector == "REB"
    events = code(coder, "The French withdrawal from Mali was completed in August.")
    assert all(e.actor is None or e.actor.country != "MLI" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "They fought near Kismayo, where the Kenyan army had camped.",
        "The family I travelled with reached the Kenyan border.",
    ],
)
def test_no_object_gap_for_places_or_stranded_prepositions(nlp, text):
    from newsevents.extract.roles import with_implied_doer

    words = load_word_lists()
    sentence = next(nlp(text).sents)
    relatives = [c for c in find_clauses(sentence, words) if c.predicate.dep_ == "relcl"]
    assert relatives
    for clause in relatives:
        assert with_implied_doer(clause, words).recipient_candidates == clause.recipient_candidates
