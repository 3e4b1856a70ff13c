"""The caches that spare the work after the parse give what the work itself gives
(docs/performance.md, "After-parse costs"): the same reading of an actor phrase,
the same verb entry, the same date of a time phrase."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from newsevents.extract.lexicon_lookup import verb_entry
from newsevents.knowledge.lexicon import load_event_lexicon
from newsevents.resolve.time_phrases import resolve_expression

# Written for these tests: phrasal verbs ("called for", "pulled out", "carried out"),
# verbs heading no phrase ("shelled", "condemned"), and the lemmatizer's slips.
SENTENCES = [
    "The opposition called for new elections after police fired on protesters in the capital.",
    "Russian troops pulled out of the town, and the army shelled villages nearby.",
    "The rebels carried out a raid on Tuesday; the government condemned the attack.",
    "Officials said the ministers would meet again and work together on the ceasefire.",
]
PHRASES = ["Turkish President Recep Tayyip Erdogan", "Erdogan", "the Kurdish militia", "police", "it", "the talks"]


def test_a_remembered_reading_is_the_reading_and_each_caller_gets_its_own(resolver):
    when = date(2021, 9, 30)
    for text in PHRASES:
        for proper in (None, True, False):
            fresh = resolver._read(text, when, proper, False)
            first = resolver.read(text, when, proper=proper)
            assert first == fresh and resolver.read(text, when, proper=proper) == fresh
            if first is not None:
                first.country = "XXX"  # a caller changes its copy ...
                assert resolver.read(text, when, proper=proper) == fresh  # ... not the memory's


def test_a_verb_heading_no_phrase_gets_the_entry_the_full_search_gives(nlp):
    lexicon = load_event_lexicon()
    searching = replace(lexicon)
    every_word = {token.lemma_.lower() for sentence in SENTENCES for token in nlp(sentence)}
    searching.__dict__["verb_phrase_heads"] = frozenset(every_word)  # every verb searched for phrases
    verbs = 0
    for sentence in SENTENCES:
        for token in nlp(sentence):  # every word, as the readers ask of nouns and adjectives too
            assert verb_entry(token, lexicon) == verb_entry(token, searching)
            verbs += token.pos_ == "VERB"
    assert verbs >= 8
    assert "call" in lexicon.verb_phrase_heads and "shell" not in lexicon.verb_phrase_heads


def test_a_remembered_date_is_the_date():
    published = date(2021, 9, 30)
    for text in ("on Tuesday", "last month", "30 September 2021", "in the 1990s", "48 hours", "tomorrow"):
        for future in (False, True):
            expected = resolve_expression.__wrapped__(text, published, future)
            assert resolve_expression(text, published, future) == expected
            assert resolve_expression(text, published, future) == expected


def test_the_encounters_found_from_the_word_kinds_are_those_of_every_token(coder):
    doc = coder.nlp(
        "The Meeting ended early. Putin met Erdogan in Sochi, and their meeting was followed by talks "
        "with Macron; the two leaders will MEET again after they held a summit."
    )
    places = coder.places.for_article(doc)
    expected = [token.i for token in doc if places.is_encounter(token)]
    assert len(expected) >= 3 and places._encounter_positions(doc) == expected


def test_a_role_word_is_one_of_some_sector(nlp):
    from newsevents.extract.phrases import is_role_word
    from newsevents.knowledge.actors import load_sector_words

    sectors = load_sector_words().sectors.values()
    found = 0
    for sentence in SENTENCES + ["The president, the ministers and the rebel commanders met soldiers and judges."]:
        for token in nlp(sentence):
            expected = any(token.lemma_.lower() in role_words for role_words in sectors)
            assert is_role_word(token) == expected
            found += expected
    assert found >= 4
