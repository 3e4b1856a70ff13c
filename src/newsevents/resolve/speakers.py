"""Who speaks: the speaker of a quote or of a reported statement, read from the parse.

A first-person pronoun ("I", "we", "our") in what a speaker reports ("X said we
would ...", "'We are ready,' said the minister") or in a quote that an adjacent
quote of the same run attributes ("'We are ready. We will go,' he said.") is the
speaker's; a subject "it", "they", "he" or "she" of a reported clause may stand for
the speaker's side.  This module only finds the speaker phrase; what its pronoun
then is (the speaker, their side, nobody) is decided in ``resolve/actors.py``
(docs/actors.md, "Speakers").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsevents.extract.phrases import noun_phrase
from newsevents.knowledge.words import WordLists

OPENING_QUOTES = frozenset({"“", "«", "„"})
CLOSING_QUOTES = frozenset({"”", "»"})
STRAIGHT_QUOTE = '"'
REPORT_DEPS = frozenset({"ccomp", "parataxis"})  # a reporting verb's clause of what is said
SUBJECT_CHAIN_DEPS = frozenset({"conj", "xcomp", "advcl"})  # "said it would try to impose ...": still the report
SUBJECT_CHAIN_STEPS = 4


class QuoteSpeakers:
    """The speakers of one doc's quotes and reported statements."""

    def __init__(self, doc: Doc, words: WordLists) -> None:
        self.doc = doc
        self.words = words
        self._speaker_at: dict[int, Token] = {}  # a quoted token's index -> the speaker token
        self._attribute_quotes()

    def speaker_of_first_person(self, pronoun: Token) -> Span | None:
        """Who an "I"/"we"/"our" belongs to: the subject of the nearest reporting verb whose
        clause holds it, else the speaker its quote is attributed to."""
        speaker = self._reporting_subject(pronoun, subject_only=False)
        if speaker is None:
            speaker = self._speaker_at.get(pronoun.i)
        return self._named(speaker, depth=2)

    def speaker_of_subject(self, pronoun: Token) -> Span | None:
        """The speaker of the clause a subject pronoun heads, when that clause is what
        the speaker reports ("the envoy said it will not allow ...")."""
        if pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return None
        return self._named(self._reporting_subject(pronoun, subject_only=True), depth=2)

    def _named(self, speaker: Token | None, depth: int) -> Span | None:
        """The speaker's phrase; a first-person speaker ("I told them we ...") is
        whoever speaks the quote it stands in."""
        if speaker is None:
            return None
        if speaker.lower_ in ("i", "we") and depth > 0:
            return self._named(self._speaker_at.get(speaker.i), depth - 1)
        return noun_phrase(speaker)

    def _reporting_subject(self, pronoun: Token, subject_only: bool) -> Token | None:
        current = pronoun.head if pronoun.dep_ != "ROOT" else pronoun
        steps = 0
        while current.head.i != current.i:  # spaCy makes a new Token on each access: compare places
            head = current.head
            if current.dep_ in REPORT_DEPS and head.lemma_ in self.words.reporting_verbs:
                subject = _subject(head, self.words)
                if subject is not None and not _inside(subject, current):
                    return subject
                return None
            steps += 1
            if subject_only and (current.dep_ not in SUBJECT_CHAIN_DEPS or steps >= SUBJECT_CHAIN_STEPS):
                return None
            current = head
        return None

    def _attribute_quotes(self) -> None:
        quotes = _quote_segments(self.doc)
        if not quotes:
            return
        sentence_of = _sentence_indices(self.doc)
        quoted = {i for start, end in quotes for i in range(start, end)}
        sentences = list(self.doc.sents)
        speakers: list[Token | None] = []
        for start, end in quotes:
            touched = sentences[sentence_of[start] : sentence_of[end - 1] + 1]
            speakers.append(self._attribution(touched, start, end, quoted))
        first = [sentence_of[start] for start, _ in quotes]
        last = [sentence_of[end - 1] for _, end in quotes]
        # an unattributed quote next to one of the same run is the same speaker's:
        # "'We are ready.' (new sentence) 'We will go,' he said."
        for k in range(1, len(quotes)):
            if speakers[k] is None and first[k] <= last[k - 1] + 1:
                speakers[k] = speakers[k - 1]
        for k in range(len(quotes) - 2, -1, -1):
            if speakers[k] is None and first[k + 1] <= last[k] + 1:
                speakers[k] = speakers[k + 1]
        for (start, end), speaker in zip(quotes, speakers, strict=True):
            if speaker is not None:
                self._speaker_at.update(dict.fromkeys(range(start, end), speaker))

    def _attribution(self, sentences: list[Span], start: int, end: int, quoted: set[int]) -> Token | None:
        """The subject, outside any quote, of the reporting verb outside the quote
        nearest to it in the sentences the quote touches ("..., said the minister")."""
        found: list[tuple[int, Token]] = []
        for sentence in sentences:
            for token in sentence:
                if token.i in quoted or token.lemma_ not in self.words.reporting_verbs or token.pos_ != "VERB":
                    continue
                subject = _subject(token, self.words)
                if subject is not None and subject.i not in quoted:
                    distance = start - token.i if token.i < start else token.i - end
                    found.append((distance, subject))
        return min(found, key=lambda pair: pair[0])[1] if found else None


def _subject(verb: Token, words: WordLists) -> Token | None:
    subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in words.relative_pronouns and verb.dep_ == "relcl":
        return verb.head  # "the regime, which said it ..."
    return subject


def _inside(token: Token, clause: Token) -> bool:
    return clause.left_edge.i <= token.i <= clause.right_edge.i


def _quote_segments(doc: Doc) -> list[tuple[int, int]]:
    """The token ranges inside quotation marks; a paragraph break ends an open quote
    (a quote running over paragraphs opens each one again)."""
    segments: list[tuple[int, int]] = []
    opened: int | None = None
    strings = doc.vocab.strings
    # the words' texts from the token array: no Token made for each word of the article
    texts: list[str] = [strings[orth] for orth in doc.to_array("ORTH").tolist()]
    for index, text in enumerate(texts):
        closes = text in CLOSING_QUOTES or (text == STRAIGHT_QUOTE and opened is not None)
        if opened is not None and (closes or "\n" in text or text in OPENING_QUOTES):
            if index > opened:
                segments.append((opened, index))
            opened = None
            if closes:
                continue
        if text in OPENING_QUOTES or text == STRAIGHT_QUOTE:
            opened = index + 1
    if opened is not None and len(doc) > opened:
        segments.append((opened, len(doc)))
    return segments


def _sentence_indices(doc: Doc) -> list[int]:
    """Each token's sentence number."""
    indices: list[int] = []
    for number, sentence in enumerate(doc.sents):
        indices.extend([number] * len(sentence))
    return indices
