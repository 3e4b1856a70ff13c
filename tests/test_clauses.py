"""The structure of event clauses: roles survive passive voice, coordination and
controlling verbs.  Sentences are the project's own."""

from __future__ import annotations

import pytest

from newsevents.extract.clauses import find_clauses
from newsevents.extract.modality import modality_of


def clause_for(nlp, text: str, lemma: str):
    sentence = next(nlp(text).sents)
    matches = [c for c in find_clauses(sentence) if c.predicate.lemma_ == lemma]
    assert matches, f"no clause with predicate {lemma!r} in {[c.predicate.lemma_ for c in find_clauses(sentence)]}"
    return matches[0]


def text_of(span):
    return None if span is None else span.text


def test_active_clause_has_subject_as_actor_and_object_as_recipient(nlp):
    clause = clause_for(nlp, "Kenyan police arrested three opposition leaders in Nairobi on Monday.", "arrest")
    assert text_of(clause.actor) == "Kenyan police"
    assert text_of(clause.recipient) == "three opposition leaders"
    assert not clause.passive


def test_passive_with_agent_makes_the_agent_the_actor(nlp):
    clause = clause_for(nlp, "Greece was criticised by the European Commission for its border policy.", "criticise")
    assert clause.passive
    assert text_of(clause.actor) == "the European Commission"
    assert text_of(clause.recipient) == "Greece"


def test_passive_without_agent_has_no_actor(nlp):
    clause = clause_for(nlp, "Hungary was expelled from the alliance last year.", "expel")
    assert clause.passive
    assert clause.actor is None
    assert text_of(clause.recipient) == "Hungary"


def test_prepositional_object_is_recipient_when_there_is_no_direct_object(nlp):
    clause = clause_for(nlp, "The Brazilian foreign minister met with his Argentine counterpart.", "meet")
    assert text_of(clause.recipient) == "his Argentine counterpart"


def test_controlling_verb_keeps_its_complement(nlp):
    clause = clause_for(nlp, "Japan agreed to lift its export ban on South Korea.", "agree")
    assert clause.complement is not None and clause.complement.lemma_ == "lift"
    assert not [c for c in find_clauses(clause.sentence) if c.predicate.lemma_ == "lift"]


def test_event_noun_takes_the_possessor_and_the_with_phrase(nlp):
    clause = clause_for(nlp, "Macron's talks with Scholz in Berlin ended without a statement.", "talk")
    assert clause.nominal
    assert text_of(clause.actor) == "Macron"
    assert text_of(clause.recipient) == "Scholz"


def test_event_noun_inside_a_prepositional_phrase_takes_the_verbs_subject(nlp):
    clause = clause_for(
        nlp, "The Chilean president returned home from a meeting with the Peruvian president.", "meeting"
    )
    assert text_of(clause.actor) == "The Chilean president"
    assert text_of(clause.recipient) == "the Peruvian president"


def test_coordinated_subject_gives_a_co_actor(nlp):
    clause = clause_for(nlp, "India and Pakistan exchanged prisoners on Sunday.", "exchange")
    assert text_of(clause.actor) == "India"
    assert text_of(clause.co_actor) == "Pakistan"


def test_country_inside_an_object_is_offered_as_recipient(nlp):
    clause = clause_for(nlp, "Egypt bought a French-built warship.", "buy")
    assert [span.text for span in clause.recipient_candidates][-1] == "French"


@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        ("Poland will send tanks to Ukraine.", "send", "future"),
        ("Poland sent tanks to Ukraine.", "send", "asserted"),
        ("Poland did not send tanks to Ukraine.", "send", "negated"),
        ("Poland could send tanks to Ukraine if the talks fail.", "send", "hypothetical"),
        ("Poland might send tanks to Ukraine.", "send", "hypothetical"),
        ("Poland plans to send tanks to Ukraine.", "plan", "future"),
        ("Poland never sent tanks to Ukraine.", "send", "negated"),
        # "would" in reported speech is the future of then ("said: we will send")
        ("The minister said Poland would send tanks to Ukraine.", "send", "future"),
        ("Poland would send tanks to Ukraine if the talks failed.", "send", "hypothetical"),
        ("The two sides expect to meet in Geneva.", "expect", "future"),
        # an attempt is the event attempted, not a plan
        ("Hackers tried to break into the ministry's computers.", "try", "asserted"),
        # an infinitive takes the mood of the verb that governs it
        ("The new bridge could allow the army to cross the river.", "cross", "hypothetical"),
        ("The new bridge allowed the army to cross the river.", "cross", "asserted"),
    ],
)
def test_modality(nlp, text, lemma, expected):
    assert modality_of(clause_for(nlp, text, lemma)).modality == expected


def test_claim_is_attributed_to_the_speaker(nlp):
    clause = clause_for(
        nlp, "Chad's army attacked rebel positions near the border, a government spokesman said.", "attack"
    )
    assert text_of(modality_of(clause).reported_by) == "a government spokesman"


def test_according_to_names_the_source(nlp):
    clause = clause_for(nlp, "Protesters blocked the main road to the airport, according to local police.", "block")
    assert text_of(modality_of(clause).reported_by) == "local police"


def test_purpose_clause_is_not_yet_a_fact(nlp):
    clause = clause_for(nlp, "The sergeant travelled to the village to arrest the smugglers.", "arrest")
    assert modality_of(clause).modality == "future"


def test_talks_a_completed_trip_was_made_for_were_held(nlp):
    clause = clause_for(nlp, "The Kenyan president flew to Addis Ababa to discuss the border dispute.", "discuss")
    assert modality_of(clause).modality == "asserted"
    clause = clause_for(nlp, "The Kenyan president will fly to Addis Ababa to discuss the border dispute.", "discuss")
    assert modality_of(clause).modality == "future"


def test_an_event_told_as_a_prospect_is_not_told_as_done(nlp):
    clause = clause_for(nlp, "The villagers fear the prospect of a renewed attack by the militia.", "attack")
    assert modality_of(clause).modality == "hypothetical"
    # the arrest describes who is meant: it happened
    clause = clause_for(
        nlp, "Officials discussed the possibility of the three men arrested on Monday being freed.", "arrest"
    )
    assert modality_of(clause).modality == "asserted"


def test_a_yes_no_question_asks_and_does_not_tell(nlp):
    clause = clause_for(nlp, "Will Brazil expel the Venezuelan envoy?", "expel")
    assert modality_of(clause).modality == "hypothetical"
    # what a question presupposes is told
    clause = clause_for(nlp, "Did the minister know of any students who were arrested by the police?", "arrest")
    assert modality_of(clause).modality == "asserted"


def test_a_denied_errand_denies_its_purpose(nlp):
    clause = clause_for(nlp, "The sergeant did not travel to the village to arrest anyone.", "arrest")
    assert modality_of(clause).modality == "negated"


def test_object_of_preposition_on_the_direct_object_is_a_recipient(nlp):
    clause = clause_for(nlp, "Canada imposed sanctions on Belarus.", "impose")
    assert "Belarus" in [span.text for span in clause.recipient_candidates]


def test_who_an_event_noun_is_for_is_a_recipient_candidate(nlp):
    sentence = next(nlp("Chinese support for the Cambodian government has grown.").sents)
    nouns = [c for c in find_clauses(sentence) if c.nominal and c.predicate.lower_ == "support"]
    assert [span.text for span in nouns[0].recipient_candidates][0] == "the Cambodian government"


def test_the_threat_of_sanctions_is_one_event_whose_doer_is_the_sanctioning_country(nlp):
    sentence = next(nlp("Despite the threat of new EU sanctions, Serbia held the vote.").sents)
    nouns = [c for c in find_clauses(sentence) if c.nominal]
    assert [c.predicate.lemma_ for c in nouns] == ["threat"]
    assert text_of(nouns[0].actor) == "EU"


def test_a_reporting_verb_is_no_clause_unless_it_reports_an_event_noun(nlp):
    said = next(nlp("\u201cWe paid for the fuel,\u201d said the Nepalese minister.").sents)
    assert "say" not in [c.predicate.lemma_ for c in find_clauses(said)]
    clause = clause_for(nlp, "The European Union announced sanctions against Iran.", "announce")
    assert "Iran" in [span.text for span in clause.recipient_candidates]


def test_an_announced_resignation_is_an_event(coder):
    events = coder.code_text(
        "The Peruvian interior minister, Ana Ruiz, announced her resignation on Friday.", published="2024-03-08"
    )
    assert [(e.event, e.trigger.text) for e in events] == [("CONCEDE", "announced")]  # PLOVER: announced retreat


def test_an_actor_named_in_apposition_takes_the_names_country(coder):
    events = coder.code_text(
        "The president, Recep Tayyip Erdogan, condemned the bombing on Sunday.", published="2019-03-10"
    )
    assert [(e.event, e.actor.code) for e in events] == [("ACCUSE", "TURGOV")]  # the title alone: ---GOV


def test_dates_and_sums_are_not_recipients(nlp):
    clause = clause_for(nlp, "The Chilean delegation arrived on Monday with $3 million.", "arrive")
    assert clause.recipient_candidates == []


def test_reportedly_is_a_report_not_a_possibility(nlp):
    assert modality_of(clause_for(nlp, "Chad reportedly closed its border with Sudan.", "close")).modality == "asserted"
    assert (
        modality_of(clause_for(nlp, "Chad perhaps closed its border with Sudan.", "close")).modality == "hypothetical"
    )


def test_shared_words_are_one_list_read_by_every_stage():
    """Clauses, modality and event typing read the same word lists: the lexicon
    keeps none of the shared concepts (it had its own copies, which disagreed)."""
    from dataclasses import fields

    from newsevents.knowledge.files import read_data_yaml
    from newsevents.knowledge.words import WordLists

    shared = {field.name for field in fields(WordLists)}
    assert not shared & set(read_data_yaml("event_lexicon.yaml"))


def test_a_reduced_passive_makes_the_modified_noun_the_recipient(nlp):
    clause = clause_for(nlp, "The 30 traders arrested on Friday were freed.", "arrest")
    assert clause.passive and clause.actor is None
    assert text_of(clause.passive_subject) == "The 30 traders"


def test_every_coordinated_subject_is_a_co_actor(nlp):
    clause = clause_for(nlp, "Chile, Peru and Bolivia signed the accord.", "sign")
    assert text_of(clause.actor) == "Chile"
    assert [span.text for span in clause.co_actors] == ["Peru", "Bolivia"]


def test_possessor_of_a_decision_is_the_actor_of_what_is_decided(nlp):
    text = "Germany's decision to expel two Russian diplomats surprised Moscow."
    clause = clause_for(nlp, text, "expel")
    assert text_of(clause.actor) == "Germany"
    assert text_of(clause.recipient) == "two Russian diplomats"


def test_role_word_compounded_on_an_event_noun_is_its_actor(nlp):
    clause = clause_for(nlp, "Two villagers died in a rebel ambush near the border.", "ambush")
    assert text_of(clause.actor) == "rebel"  # not the villagers, who died in it
    clause = clause_for(nlp, "Six people were hurt in a police raid on the camp.", "raid")
    assert text_of(clause.actor) == "police"


def test_who_a_demand_is_made_of_is_its_recipient(nlp):
    clause = clause_for(nlp, "Greece demanded that Albania return the stolen icons.", "demand")
    assert text_of(clause.recipient) == "Albania"
