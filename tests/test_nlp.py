"""The parser as the coder reads it: the memoised attribute ruler gives what spaCy's
stock pipeline gives, token for token, its rules over several tokens included."""

from __future__ import annotations

import pytest
import spacy

import newsevents.nlp
from newsevents.nlp import DEFAULT_MODEL, MEMO_LIMIT, MemoisedAttributeRuler

# Written for this test: auxiliaries as main verbs, "there is", contractions,
# "gets/got", spaces, brackets and quotes exercise rules of one and of two tokens.
TEXTS = [
    "There is no doubt that Turkey's army did what it had promised: it got the town back.",
    'They\'ve done it again , the minister said  (in Ankara) on Monday; "we have" no choice.',
    "What gets measured gets done. Who'd have thought it? That is what they do.",
    "\n\nSanctions were imposed on 12 firms -- and there were protests in Kyiv and Kharkiv.\t",
    # rules over two tokens, one of them at the very end of the text
    "Let's go, y'all: we're gonna win, it ain't over and they gotta c'mon. There are talks. Let",
]
ATTRIBUTES = ["ORTH", "TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_TYPE", "ENT_IOB", "SENT_START"]


@pytest.fixture(scope="module")
def stock() -> spacy.Language:
    return spacy.load(DEFAULT_MODEL)


@pytest.mark.parametrize("memo_limit", [MEMO_LIMIT, 5])  # 5: the memo is emptied again and again
def test_the_memoised_attribute_ruler_sets_what_the_stock_one_sets(nlp, stock, memo_limit, monkeypatch):
    monkeypatch.setattr(newsevents.nlp, "MEMO_LIMIT", memo_limit)
    assert isinstance(nlp.get_pipe("attribute_ruler"), MemoisedAttributeRuler)
    # the sentence splitter is ours too (tested below): the stock pipeline has none
    with nlp.select_pipes(disable=["newsevents_split_run_on_sentences"]):
        ours_docs = [list(nlp.pipe(TEXTS)) for _ in range(2)]  # the second pass reads the memo
    for docs in ours_docs:
        for ours, theirs in zip(docs, stock.pipe(TEXTS), strict=True):
            assert ours.to_bytes() == theirs.to_bytes()
            assert [(t.pos_, str(t.morph), t.lemma_) for t in ours] == [
                (t.pos_, str(t.morph), t.lemma_) for t in theirs
            ]
            assert (ours.to_array(ATTRIBUTES) == theirs.to_array(ATTRIBUTES)).all()


def test_the_kept_text_of_a_doc_is_its_own_text(nlp):
    docs = list(nlp.pipe(TEXTS))
    for _ in range(2):  # the second time from user_data
        assert [newsevents.nlp.doc_text(doc) for doc in docs] == [doc.text for doc in docs] == TEXTS


def test_a_blank_line_ends_a_sentence_without_a_stop(nlp):
    # A photo credit above the story has no full stop; the story's first sentence
    # must not begin inside it.
    doc = nlp("Photograph: Ana Pérez/Agency\n\nRebels shelled the airport on Sunday, officials said.")
    assert [sentence.text.strip() for sentence in doc.sents] == [
        "Photograph: Ana Pérez/Agency",
        "Rebels shelled the airport on Sunday, officials said.",
    ]
