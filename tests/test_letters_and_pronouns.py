"""A letters page's signature lines (a writer's name and place between two letters)
are no sentence and no referent; "it" told it must do something is the one told;
"it" after a thing is that thing, not a party named near it."""

from __future__ import annotations

from coded_events import code_article, on_trigger
from newsevents.ingest.letters import SIGNATURES
from resolved_words import resolve_word

LETTERS = (
    "Ministers keep selling arms to the region. Nobody asks who pays. Olga Brandt Thornby, Kent • "
    "Ecuador has said it will expel the diplomats within a week. Tomas Reyna Leeds • "
    "Join the debate – email the editor"
)


def _sentences(nlp, text):
    return [sentence.text.strip() for sentence in nlp(text).sents]


def test_a_signature_before_a_bullet_is_a_sentence_of_its_own(nlp):
    sentences = _sentences(nlp, LETTERS)
    assert "Olga Brandt Thornby, Kent •" in sentences
    assert "Ecuador has said it will expel the diplomats within a week." in sentences


def test_a_signature_on_lines_of_its_own_is_a_sentence_of_its_own(nlp):
    doc = nlp("The talks must go on.\nPia Lund\nOrebro\nThe border stays shut, and the army waits.")
    assert [doc[start:end].text.strip() for start, end in doc.user_data[SIGNATURES]] == ["Pia Lund\nOrebro"]


def test_a_sentence_without_a_stop_before_a_bullet_is_no_signature(nlp):
    doc = nlp("Key facts • Peru Chile talks resumed on Monday • Bolivia stayed away.")
    assert not doc.user_data.get(SIGNATURES)


def test_the_letter_after_a_signature_is_coded_without_the_signer(coder):
    expel = on_trigger(code_article(coder, LETTERS), "expel")
    assert expel.actor is not None and expel.actor.country == "ECU"
    assert "Brandt" not in expel.sentence


def test_a_pronoun_after_a_signature_does_not_look_into_the_letter_before(resolver, nlp):
    doc = nlp("Chile broke the treaty. Ana Ruiz Valparaiso • Surely it cannot be allowed to stand?")
    actor = resolve_word(resolver, doc, "it")
    assert actor is None or actor.country != "CHL"


def test_it_told_it_must_act_is_the_one_told(coder):
    events = code_article(coder, "Norway has told Peru it must release the fishermen held in Callao.")
    release = on_trigger(events, "release")
    assert release.recipient is not None and release.recipient.country == "PER"


def test_it_told_it_would_act_stays_the_speakers_state(coder):
    events = code_article(coder, "The Chilean minister told Bolivia it would close the border crossings.")
    close = on_trigger(events, "close")
    assert close.actor is not None and close.actor.country == "CHL"


def test_an_it_after_a_thing_as_subject_is_the_thing(resolver, nlp):
    doc = nlp("The senator's long hesitation gave Kenya an opening. It fitted the plans of its army.")
    actor = resolve_word(resolver, doc, "it")
    assert actor is None or actor.country is None


def test_an_it_after_a_bodys_document_is_that_body(resolver, nlp):
    doc = nlp("The EU's long-awaited trade proposal is narrow in scope. It demanded quotas on steel.")
    assert resolve_word(resolver, doc, "it").country == "EUR"


def test_an_object_it_after_an_owned_thing_is_the_thing(resolver, nlp):
    doc = nlp("The court issued a ruling on the dam. Egypt has rejected its ruling. Sudan supports it.")
    actor = resolve_word(resolver, doc, "it", occurrence=0)
    assert actor is None or actor.country is None
