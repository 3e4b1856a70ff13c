"""The signature lines of a letters page: after a letter's last sentence, its
writer's name and place ("Ann Berg Leeds •", or "Ann Berg" and "Leeds" on lines of
their own) before the next letter.  A signature is no sentence to code and no
referent for the next letter's pronouns: its person wrote the letter before it.

Marked while tagging (``nlp.split_run_on_sentences``, one test per bullet or line
end after a full stop), kept as token ranges in ``Doc.user_data``."""

from __future__ import annotations

import bisect

SIGNATURES = "newsevents.signatures"
LETTER_BREAK = "•"  # what a flattened letters page puts between one signature and the next letter
MAX_SIGNATURE_TOKENS = 14  # "William Smith Professor of law, Some University London"
MAX_PLACE_LINE_TOKENS = 6
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def is_signature(tokens) -> bool:
    """Whether tokens standing between a sentence's end and a bullet or line end are a
    name and a place: short, opening with a capitalised name of two words, no finite verb."""
    words = [token for token in tokens if not token.is_space]
    if not 2 <= len(words) <= MAX_SIGNATURE_TOKENS:
        return False
    if not all(word.is_title and word.tag_ == "NNP" for word in words[:2]):
        return False
    return not any(word.tag_ in FINITE_VERB_TAGS for word in words)


def is_place_line(tokens) -> bool:
    """Whether a line after a signature's name line is its place ("Leeds", "Bridport,
    Dorset"): a few capitalised words and commas (a tagger may call a lone place a verb)."""
    words = [token for token in tokens if not token.is_space]
    return 0 < len(words) <= MAX_PLACE_LINE_TOKENS and all(word.is_title or word.text == "," for word in words)


def mark_signature(doc, start: int, end: int) -> None:
    """Make tokens ``start:end`` a sentence of their own, remembered as a signature."""
    doc[start].is_sent_start = True
    if end < len(doc):
        doc[end].is_sent_start = True
    doc.user_data.setdefault(SIGNATURES, []).append((start, end))


def extend_signature(doc, end: int) -> None:
    """Let the last signature run on to ``end`` (its place line)."""
    start, old_end = doc.user_data[SIGNATURES][-1]
    doc[old_end].is_sent_start = False
    if end < len(doc):
        doc[end].is_sent_start = True
    doc.user_data[SIGNATURES][-1] = (start, end)


def note_signature(doc, after_stop: int, index: int) -> bool:
    """At a bullet or line end (token ``index``) with a full stop before it (ending at
    ``after_stop``): mark the tokens between as a signature, or as the place line of
    the signature just before, when they are one; whether they were."""
    start = after_stop
    while start < index and (doc[start].is_punct or doc[start].is_space):
        start += 1  # the quote or bracket closing the letter's last sentence
    line = doc[start:index]
    if any("\n" in token.text for token in line):
        return False
    ranges = doc.user_data.get(SIGNATURES)
    if "\n" in doc[index].text and ranges and ranges[-1][1] == after_stop and is_place_line(line):
        extend_signature(doc, index + 1)
        return True
    if not is_signature(line):
        return False
    mark_signature(doc, start, index + 1)
    return True


def signature_starts(doc) -> frozenset[int]:
    """The first tokens of the doc's signatures."""
    return frozenset(start for start, _ in doc.user_data.get(SIGNATURES, ()))


def last_signature_end(doc, position: int) -> int:
    """The end of the last signature before token ``position`` (0 when there is none):
    text before it is another letter's."""
    ranges = doc.user_data.get(SIGNATURES)
    if not ranges:
        return 0
    found = bisect.bisect_right(ranges, (position, position)) - 1
    while found >= 0 and ranges[found][1] > position:
        found -= 1
    return ranges[found][1] if found >= 0 else 0
