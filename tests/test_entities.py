"""The resolvers' entity look-up gives what spaCy's ``Span.ents`` gives, for any span."""

from __future__ import annotations

from newsevents.entities import entities_in

# Written for this test: entities at the start and end of sentences, next to each
# other, across a sentence boundary, and a sentence without any.
TEXT = (
    "Vladimir Putin met Recep Tayyip Erdogan in Sochi on Wednesday. "
    "The talks lasted three hours. Nothing was agreed. "
    "On 30 September 2021, Turkish troops shelled positions near Afrin, Syria, the ministry said in Ankara"
)


def _described(entities) -> list[tuple]:
    return [(e.start, e.end, e.label_, e.kb_id_, e.id_, e.text) for e in entities]


def test_entities_of_sentences_and_of_any_span_are_spacys(nlp):
    doc = nlp(TEXT)
    assert doc.ents  # the text has entities to find
    for sentence in doc.sents:
        assert _described(entities_in(sentence)) == _described(sentence.ents)
    for start in range(0, len(doc), 3):
        for end in range(start, len(doc) + 1, 4):
            assert _described(entities_in(doc[start:end])) == _described(doc[start:end].ents)


def test_the_entities_found_are_spans_of_the_doc_equal_to_spacys(nlp):
    doc = nlp(TEXT)
    sentence = next(iter(doc.sents))
    assert entities_in(sentence) == list(sentence.ents)
    assert all(entity.doc is doc for entity in entities_in(sentence))


def test_entities_starting_by_a_token_are_spacys_of_that_label(nlp):
    from newsevents.entities import entities_starting_by

    doc = nlp(TEXT)
    for label in ("PERSON", "GPE", "DATE", "EVENT"):
        for position in range(len(doc)):
            expected = [e for e in doc.ents if e.label_ == label and e.start <= position]
            assert _described(entities_starting_by(doc, position, label)) == _described(expected)
