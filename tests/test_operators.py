"""The operator logic on readings built by hand: no parse, no spaCy."""

from __future__ import annotations

import subprocess
import sys

import pytest

from newsevents.extract.operators import Operators, Reading
from newsevents.knowledge.lexicon import LexiconEntry, load_event_lexicon
from newsevents.knowledge.words import load_word_lists
from newsevents.ontology import load_ontology


@pytest.fixture(scope="module")
def operators():
    return Operators(load_event_lexicon(), load_ontology(), load_word_lists())


def content(operators, content_class, word="it"):
    return operators.content(LexiconEntry(content_class=content_class), word)


def verb(operators, lemma):
    return operators.lexicon.verbs[lemma]


def test_the_operator_module_needs_no_parser():
    code = "import sys, newsevents.extract.operators; sys.exit('spacy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_operators_compose(operators):
    sanctions = content(operators, "sanctions", "impose")
    threatened = operators.apply("threaten", sanctions, "threatened", verb(operators, "threaten"))
    assert (threatened.cameo, operators.describe(threatened)[0]) == ("1312", "THREATEN")
    assert threatened.trigger == "threatened" and threatened.verbal
    lifted = operators.apply("end", sanctions, "lift", verb(operators, "lift"))
    assert (lifted.cameo, lifted.content_class) == ("085", "ease_sanctions")  # ending sanctions eases them
    refused = operators.apply("refuse", lifted, "refused", verb(operators, "refuse"))
    assert (refused.cameo, operators.describe(refused)[0]) == ("1244", "REJECT")


def test_an_offer_is_a_promise_of_what_is_offered(operators):
    aid = operators.apply("offer", content(operators, "economic_aid"), "offered", verb(operators, "offer"))
    assert (aid.cameo, operators.describe(aid)[0]) == ("0331", "AGREE")


@pytest.mark.parametrize(
    "modals, cameo, event",
    [
        ({"not"}, "125", "REJECT"),  # not meeting is refusing to meet
        ({"will"}, "036", "AGREE"),  # future cooperation is a promise
        ({"must"}, "106", "REQUEST"),
        ({"should"}, "026", "REQUEST"),
        ({"could"}, "040", "CONSULT"),  # a possible meeting is no threat
    ],
)
def test_modals_over_cooperation(operators, modals, cameo, event):
    reading = operators.modify(content(operators, "meet"), modals)
    assert (reading.cameo, operators.describe(reading)[0]) == (cameo, event)


@pytest.mark.parametrize(
    "modals, event",
    [({"not"}, "ASSAULT"), ({"will"}, "THREATEN"), ({"could"}, "THREATEN"), ({"must"}, "REQUEST")],
)
def test_modals_over_force(operators, modals, event):
    # negated force is left to modality (coded "negated"), not turned into a refusal
    reading = operators.modify(content(operators, "force"), modals)
    assert operators.describe(reading)[0] == event


def test_tense_does_not_change_a_speech_act(operators):
    threat = operators.apply("threaten", content(operators, "sanctions"), "threatened", verb(operators, "threaten"))
    assert operators.modify(threat, {"will"}) == threat


def test_going_to_and_governing_phrases(operators):
    meeting = content(operators, "meet")
    assert operators.modify(meeting, set(), going_to=True).cameo == "036"
    assert operators.modify(meeting, set(), governing_phrase="have to").cameo == "106"
    assert operators.modify(meeting, set(), governing_phrase="need to").cameo == "026"
    assert operators.asking_operator(set(), "want to") is None


def test_a_neutral_class_is_content_only_for_operators_it_names(operators):
    ceremony = content(operators, "ceremony")
    assert operators.ignores("threaten", ceremony)
    assert operators.operate(ceremony, "intend") == ceremony  # "a funeral will be held"


def test_a_controlling_word_with_nothing_under_it(operators):
    bare = operators.bare("threaten", "threatened", verb(operators, "threaten"))
    assert (bare.cameo, bare.bare, bare.verbal) == ("130", True, True)
    assert operators.bare("do", "did", LexiconEntry(operator="do")) is None


@pytest.mark.parametrize("cameo, event", [("0253", "REQUEST"), ("016", "REJECT"), ("010", None), ("190", "ASSAULT")])
def test_appeals_and_denials_have_a_type_other_statements_none(operators, cameo, event):
    assert operators.describe(Reading(cameo=cameo, trigger=None))[0] == event
    assert operators.is_statement(Reading(cameo=cameo, trigger=None)) == (event is None)


def test_a_mode_always_belongs_to_the_type(operators):
    # threatening an arrest is THREATEN: the arrest's mode is not carried over
    arrest = content(operators, "arrest", "detain")
    threatened = operators.apply("threaten", arrest, "threatened", verb(operators, "threaten"))
    event, mode, _ = operators.describe(threatened)
    assert event == "THREATEN" and operators.ontology.is_mode_of(mode, event)
    # a reading whose own mode is another type's keeps its type and drops the mode
    odd = Reading(cameo="190", trigger="x", mode="demo")
    assert operators.describe(odd)[:2] == ("ASSAULT", None)


def test_announced_retreats_are_concessions_and_willingness_is_agreement(operators):
    withdrawal = content(operators, "withdrawal", "withdraw")
    announced = operators.modify(withdrawal, {"will"})
    assert operators.describe(announced)[0] == "CONCEDE"
    willing = operators.intend(withdrawal)  # "is willing to withdraw"
    assert operators.describe(willing)[0] == "AGREE"
    # other cooperation told in the future stays a promise
    meeting = operators.modify(content(operators, "meet", "meet"), {"will"})
    assert operators.describe(meeting)[0] == "AGREE"


def test_a_protest_reading(operators):
    denounced = operators.apply(
        "condemn", content(operators, "force", "attack"), "denounced", verb(operators, "denounce")
    )
    assert operators.describe(operators.protest(denounced))[:2] == ("PROTEST", "demo")


def test_weapons_dropped_are_used(operators):
    bombs = content(operators, "explosive_weapon", "bombs")
    dropped = operators.apply("end", bombs, "dropped", verb(operators, "drop"))
    assert operators.describe(dropped)[:2] == ("ASSAULT", "explosives")
