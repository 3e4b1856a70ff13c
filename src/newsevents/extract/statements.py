"""Words of an event that state a point, weigh a choice or tell a standing state.

"The senator allows that the deal has merits" grants a point in an argument: no
concession is yielded to anyone.  "Putin must decide whether to send troops" weighs a
choice still open: no demand and no act.  "Washington has long supported the
government" tells a state held for years, not a deed on a day.  "An official, who
requested anonymity" sets a source's terms with the reporter, and "I met one man
who had fled", in the writer's own voice, is the reporting itself.
None is an event;
extract/figurative.py reads such a verb as not meaning its lexicon entry.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract.predicates import is_to_infinitive
from newsevents.knowledge.words import WordLists

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
QUOTATION_MARKS = frozenset({'"', "\u201c", "\u201d", "\u2018", "\u2019", "'"})


def states_no_event(verb: Token, words: WordLists) -> bool:
    """Whether ``verb`` argues a point, deliberates, tells a standing state or sets a
    source's terms with the reporter."""
    return (
        _argues_a_point(verb, words)
        or _deliberates(verb, words)
        or _standing_state(verb, words)
        or _sets_terms_with_reporter(verb, words)
        or _narrators_encounter(verb, words)
    )


def _argues_a_point(verb: Token, words: WordLists) -> bool:
    """ "allows that the deal has merits", "concedes the army was slow": a that-clause
    with its own subject, the point granted."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in words.arguer_verbs:
        return False
    return any(child.dep_ == "ccomp" and _finite_clause(child) for child in verb.children)


def _finite_clause(verb: Token) -> bool:
    """A clause with its own subject and tense ("that the army was slow"), not an
    infinitive of one let do something ("allowed the trucks to enter": a concession)."""
    if not any(child.dep_ in {"nsubj", "nsubjpass", "expl"} for child in verb.children):
        return False
    tensed = {verb, *(child for child in verb.children if child.dep_ in {"aux", "auxpass"})}
    return any(token.tag_ in FINITE_TAGS for token in tensed) and not is_to_infinitive(verb)


def _deliberates(verb: Token, words: WordLists) -> bool:
    """ "must decide whether to send troops", "is weighing if it should strike"."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in words.deliberation_verbs:
        return False
    for child in verb.children:
        if child.dep_ in {"ccomp", "xcomp", "advcl"}:
            opener = child.left_edge
            if opener.lower_ in words.open_question_words or any(
                grand.dep_ in {"mark", "advmod"} and grand.lower_ in words.open_question_words
                for grand in child.children
            ):
                return True
    return False


def _standing_state(verb: Token, words: WordLists) -> bool:
    """ "has long supported the government", "have long been accused of ...": a perfect
    with an adverb of duration tells a state, not a deed."""
    if verb.tag_ != "VBN":
        return False
    children = list(verb.children)
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children)
    return perfect and any(c.dep_ == "advmod" and c.lower_ in words.standing_adverbs for c in children)


def _sets_terms_with_reporter(verb: Token, words: WordLists) -> bool:
    """ "requested anonymity", "agreed to interviews", and what a source "spoke on
    condition of anonymity to discuss": terms between a source and the reporter, not an
    act towards anyone in the news."""
    for child in verb.children:
        if child.dep_ in {"dobj", "attr"} and child.lemma_.lower() in words.sourcing_nouns:
            return True
        if child.dep_ == "prep" and any(
            grand.dep_ == "pobj" and grand.lemma_.lower() in words.sourcing_nouns for grand in child.children
        ):
            return True
    if verb.dep_ in {"xcomp", "advcl"} and is_to_infinitive(verb):
        return any(token.lemma_.lower() in words.sourcing_nouns for token in verb.head.subtree if token.i < verb.i)
    return False


def _narrators_encounter(verb: Token, words: WordLists) -> bool:
    """ "I met one man who had fled", "my colleague has been speaking to Syrians": the
    writer meeting the people the story is about, outside any quotation and report.
    Not a quoted "'I met Putin,' the president said": the speaker's own meeting."""
    if verb.lemma_.lower() not in words.narrator_encounter_verbs:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    mine = any(c.dep_ == "poss" and c.lower_ in {"my", "our"} for c in subject.children)
    narrator = subject.lower_ == "i" or (subject.lemma_.lower() in words.narrator_nouns and mine)
    if not narrator:
        return False
    quoted = any(token.text in QUOTATION_MARKS for token in verb.sent)
    told = any(head.lemma_.lower() in words.reporting_verbs for head in verb.ancestors)
    return not quoted and not told
