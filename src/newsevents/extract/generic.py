"""Habits, practices and general truths: words of an event that tell none on a day.

"Governments usually condemn such attacks", "officials tend to meet in private",
"they judge how a country withdraws from a war", "all new recruits are asked to swear
an oath", "captives would often be beaten or tortured": each says what is done in
general, by anyone or whenever, not that something was done.  The parse reader
(extract/parse_reader.py) gives such a verb no event.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract.clauses import SUBJECT_DEPS
from newsevents.knowledge.words import WordLists

# Present-tense auxiliaries of a passive in the simple present ("are asked", "is searched").
PRESENT_PASSIVE = frozenset({"is", "are", "am"})
RELATIVE_PRONOUNS = frozenset({"that", "who", "which"})
MAX_CLAUSE_STEPS = 4  # a conjunct's or a when-clause's verb, up to its main verb


def is_habit(verb: Token, words: WordLists) -> bool:
    """A habit or a general truth, no event on a day: "governments usually condemn such
    attacks", "ministers typically meet twice a year", "they judge how a country withdraws
    from a war" (a manner in the simple present: any withdrawal, none in particular); the
    same of a verb joined to one ("would often be beaten or tortured") and of a present
    when-clause under one ("are usually arrested when they march")."""
    for _ in range(MAX_CLAUSE_STEPS):
        if _habitual(verb, words):
            return True
        head = verb.head
        joined = (
            verb.dep_ == "conj" and verb.tag_ == head.tag_ and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        )
        when_clause = verb.dep_ == "advcl" and verb.tag_ in {"VBZ", "VBP"} and _opens_with_when(verb)
        if head is verb or not (joined or when_clause) or head.pos_ not in {"VERB", "AUX"}:
            return False
        verb = head
    return False


def _habitual(verb: Token, words: WordLists) -> bool:
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    modifiers = [*verb.children, *(g for aux in auxiliaries for g in aux.children)]  # "often get shot"
    if any(
        child.dep_ == "advmod" and (child.lower_ in words.habitual_adverbs or child.lower_ in words.frequency_adverbs)
        for child in modifiers
    ):
        return True
    if (
        _under_habitual_verb(verb, words)
        or _generic_subject(verb, words)
        or _polled(verb, words)
        or _kind_on_kind(verb)
    ):
        return True
    if verb.tag_ not in {"VBZ", "VBP"} or auxiliaries:
        return False
    return any(c.dep_ == "advmod" and c.lower_ in words.manner_adverbs and c.i < verb.i for c in verb.children)


def _opens_with_when(verb: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in {"when", "whenever"} and c.i < verb.i for c in verb.children)


def _under_habitual_verb(verb: Token, words: WordLists) -> bool:
    """ "officials tend to meet in private"; "the people who maintain and repair the tanks
    tend to be contractors": who does it in general, no event."""
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in words.habitual_verbs:
        return True
    return verb.dep_ == "relcl" and head.dep_ == "nsubj" and head.head.lemma_.lower() in words.habitual_verbs


def _polled(verb: Token, words: WordLists) -> bool:
    """A share of a public as the doer ("only 31% of voters support sanctions", "42 per
    cent of respondents said they disapproved"): a poll result, the opinion of no one
    in particular, no event."""
    for _ in range(2):  # the verb, then the verb that reports it
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and _is_share(subject, words):
            return True
        if verb.dep_ != "ccomp" or verb.head is verb:
            return False
        verb = verb.head
    return False


def _is_share(noun: Token, words: WordLists) -> bool:
    """ "31%", "42 per cent", "a proportion" (of someone)."""
    before = noun.doc[noun.i - 1].lower_ if noun.i > 0 else ""
    return noun.lower_ in words.share_nouns or f"{before} {noun.lower_}" in words.share_nouns


def _generic_subject(verb: Token, words: WordLists) -> bool:
    """A simple present whose subject is anyone of a kind ("all new recruits *are asked*
    to swear an oath", "every visitor *is searched*"): a practice.  Not a subject that
    names its members ("all the detainees", "all 40 passengers", "all of them"), nor a
    past or perfect tense ("all recruits were asked")."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.pos_ != "NOUN":
        return False
    determiners = [c for c in subject.children if c.dep_ in {"det", "predet"}]
    if not any(d.lower_ in words.generic_determiners for d in determiners) or len(determiners) > 1:
        return False
    if any(c.dep_ in {"nummod", "poss", "prep"} for c in subject.children):
        return False  # "all 40 passengers", "every one of the hostages"
    return _simple_present(verb)


def _simple_present(verb: Token) -> bool:
    """ "recruit", "are asked": no past, perfect, progressive or modal."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ in {"VBZ", "VBP"}:
        return not auxiliaries
    return verb.tag_ == "VBN" and len(auxiliaries) == 1 and auxiliaries[0].lower_ in PRESENT_PASSIVE


def _kind_on_kind(verb: Token) -> bool:
    """A present passive relative clause between kinds of people, neither named nor
    counted ("the number of farmers who are killed by other farmers"): a general truth
    (hc3).  Not an active present ("protesters chant slogans", "bombers kill dozens":
    captions and headlines tell events so)."""
    if verb.dep_ != "relcl" or verb.tag_ != "VBN" or not _simple_present(verb):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ not in RELATIVE_PRONOUNS:
        return False
    doers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    sufferers = _described(verb.head)  # "Muslims that are killed": the noun the clause describes
    return bool(doers) and all(_bare_plural(party) for party in (sufferers, *doers))


def _described(noun: Token) -> Token:
    """The people a relative clause describes: those of a count or an amount ("the number
    of Muslims who are killed", where the parser hangs the clause on "number")."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return counted if counted is not None and noun.tag_ == "NN" else noun


def _bare_plural(noun: Token) -> bool:
    """ "Muslims", "other Muslims", "young men": a kind, not a group the text names."""
    return noun.tag_ in {"NNS", "NNPS"} and not any(
        c.dep_ in {"det", "poss", "nummod", "predet"} for c in noun.children
    )
