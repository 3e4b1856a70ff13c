"""Events told as still to come: planned, promised, scheduled, aimed at or awaited.

"will meet", "is due to sign", "hopes to meet Biden", "travelled to Syria to fight
Isis" (a purpose), "a summit to be held on Friday", "demanded that they be released",
"until Raqqa is retaken": the modality ``future`` (extract/modality.py).  Not a step
told as taken ("his decision to revoke her citizenship", "the first minister to visit
the country"), nor a date that points back ("five days later"), nor the talks a
completed trip was made for ("flew to Cairo to meet Sisi": they were held there).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract.clauses import Clause
from newsevents.extract.predicates import is_to_infinitive
from newsevents.knowledge.words import WordLists

# Dependencies of a noun phrase in a verb's scope (a subject, an object, a preposition's).
NOMINAL_DEPS = frozenset({"pobj", "pcomp", "prep", "dobj", "nsubj", "nsubjpass"})
# Periods a date word can name, with their length in days (also the background test of
# extract/modality.py).
PERIOD_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366, "decade": 3653}


def governing_adjectives(scope: list[Token]) -> list[Token]:
    """The adjectives that govern an infinitive of the scope ("likely *to attack*"); not
    "due to Russia's vetoes", where "due to" is a preposition."""
    return [head for verb, head in zip(scope, scope[1:], strict=False) if head.pos_ == "ADJ" and verb.dep_ == "xcomp"]


def told_as_future(clause: Clause, scope: list[Token], words: WordLists, manner: bool = False) -> bool:
    """Whether the predicate of ``clause``, governed by the verbs of ``scope``, is told as
    still to come; ``manner``: a purpose naming the manner of the act it serves ("opened
    fire to disperse the crowd") is no plan."""
    if any(token.lower_ in words.future_adjectives for token in governing_adjectives(scope)):
        return True  # "is due to sign", "is ready to talk"
    for token in scope:
        for child in token.children:
            if child.dep_ == "aux" and child.lower_ in words.future_auxiliaries:
                return True
            if child.dep_ == "amod" and child.lower_ in words.future_adjectives:
                return True
            if child.ent_type_ == "DATE" and any(_points_forward(t, words) for t in child.subtree):
                return True
        if token is not clause.predicate and _governs_future(token, words):
            return True
    if any(_dated_ahead(verb, words) for verb in (clause.predicate, _governing_verb(clause))):
        return True  # "is convening talks in Vienna next week" (the convening, and the talks)
    # "travelled to Syria to fight Isis": a purpose is not yet a fact (unless it is the
    # manner of what was done: a governing "will fire" still makes it future above)
    predicate = clause.predicate
    if _talks_on_arrival(predicate, words):
        return False
    decided = next((t for t in scope if t.dep_ == "acl" and is_to_infinitive(t) and _undertaken(t.head, words)), None)
    if decided is not None:
        # "his decision to revoke her citizenship", "an attempt to kill or capture him":
        # the step taken, the attempt made, unless they are still to come
        return not _decision_taken(decided.head, words)
    if any(
        is_to_infinitive(t) and (t.dep_ == "advcl" or (t is not predicate and t.dep_ in {"acl", "relcl"}))
        for t in _verb_chain(scope)
        if not _ranked(t, words)
    ):
        return not manner  # also "needs time *to force* them *to leave*": the leaving is the purpose
    if (
        predicate.dep_ in {"acl", "relcl", "csubj", "csubjpass"}
        and is_to_infinitive(predicate)
        and not _ranked(predicate, words)
    ):
        return True  # "a summit to be held in Tehran on Friday": an infinitive no verb governs
    if _mandated(predicate, words) or _awaited(predicate, words):
        return True
    # "hopes to meet Biden": the governed event is only planned
    governs_plan = clause.complement is not None and clause.complement.dep_ == "xcomp"
    return governs_plan and _governs_future(clause.predicate, words)


def _talks_on_arrival(predicate: Token, words: WordLists) -> bool:
    """ "Erdogan travelled to Sochi to discuss Syria", "has flown to Cairo to meet Sisi":
    the talks a trip was made for are held when the trip is told as done; a trip still
    to come ("will travel ... to discuss") is caught before, by its own auxiliary."""
    trip = predicate.head
    if predicate.dep_ != "advcl" or not is_to_infinitive(predicate) or _lemma(predicate) not in words.talk_verbs:
        return False
    if _lemma(trip) not in words.trip_verbs or trip.tag_ not in {"VBD", "VBN"}:
        return False
    return not any(c.dep_ == "neg" or c.lower_ in words.negation_words for c in trip.children)


def _ranked(infinitive: Token, words: WordLists) -> bool:
    """An infinitive after a ranked noun tells a fact, not a purpose: "became the first
    foreign secretary *to visit* the country", "the only party to sign"."""
    head = infinitive.head
    nouns = [head] if infinitive.dep_ in {"acl", "relcl"} else [c for c in head.children if c.dep_ in {"attr", "dobj"}]
    return any(c.dep_ == "amod" and c.lower_ in words.ranking_modifiers for noun in nouns for c in noun.children)


def _points_forward(token: Token, words: WordLists) -> bool:
    """ "next week", "later this month"; not "five days later", told from a past day."""
    if token.lower_ not in words.future_date_words:
        return False
    previous = token.nbor(-1) if token.i > token.sent.start else None
    return not (token.lower_ == "later" and previous is not None and previous.lemma_.lower() in PERIOD_DAYS)


def _dated_ahead(predicate: Token, words: WordLists) -> bool:
    """A date pointing forward in the predicate's own phrase, however the parser hangs
    it there ("is convening talks between them in Vienna *next week*"); not a date of
    a clause below it ("met to prepare next week's summit") or of a noun ("next week's
    talks"), and not a verb told in the past."""
    if predicate.tag_ in {"VBD", "VBN"}:
        return False
    for token in predicate.subtree:
        if token.ent_type_ != "DATE" or not _points_forward(token, words):
            continue
        date_head = next((t for t in token.ancestors if t.ent_type_ != "DATE"), None)
        date_root = token if date_head is None else next(t for t in date_head.children if token in t.subtree)
        if date_root.dep_ in {"npadvmod", "pobj"} and not _below_a_verb(date_root, predicate):
            return True
    return False


def _governing_verb(clause: Clause) -> Token:
    """The verb an event noun is the object of ("is convening two days *of talks*"); the
    predicate itself for a verb."""
    token = clause.predicate
    while clause.nominal and token.pos_ not in {"VERB", "AUX"} and token.head.i != token.i:
        token = token.head
    return token


def _below_a_verb(token: Token, predicate: Token) -> bool:
    """Whether a verb other than the predicate stands between the token and it."""
    head = token.head
    while head.i != predicate.i and head.head.i != head.i:
        if head.pos_ in {"VERB", "AUX"}:
            return True
        head = head.head
    return False


def _verb_chain(scope: list[Token]) -> list[Token]:
    """The verbs the predicate is governed by through verbs alone ("to force them *to
    leave*"), up to the first noun phrase: a purpose above "sent aircraft to attack
    Idlib in its first *assault*" is not the assault's, which is told."""
    chain = []
    for token in scope:
        chain.append(token)
        if token.dep_ in NOMINAL_DEPS:
            break
    return chain


def _undertaken(noun: Token, words: WordLists) -> bool:
    """A decision, campaign or attempt, whose infinitive says what was decided or tried."""
    return _lemma(noun) in words.announcing_nouns or _lemma(noun) in words.undertaking_nouns


def _decision_taken(decision: Token, words: WordLists) -> bool:
    """Whether a decision (or campaign) was taken: not "the expected decision to
    withdraw", "any attempt to deny", "have not made a decision to launch"."""
    for child in decision.children:
        if child.dep_ == "amod" and child.lower_ in words.future_adjectives:
            return False
        if child.dep_ == "det" and child.lower_ in words.negation_words | words.hypothetical_determiners:
            return False
    verb = decision.head
    verb_modals = {c.lower_ for c in verb.children if c.dep_ in {"aux", "neg"}}
    # "have not made a decision to", "will launch an offensive to", "an excuse to launch"
    return not (verb_modals & (words.negation_words | words.future_auxiliaries | words.hypothetical_modals | {"to"}))


def _awaited(predicate: Token, words: WordLists) -> bool:
    """A present-tense "until" or "before" clause ("hard days ahead until Raqqa *is*
    retaken", "before the troops withdraw"): what is awaited has not happened."""
    if predicate.dep_ != "advcl":
        return False
    if not any(child.dep_ == "mark" and child.lower_ in words.awaiting_markers for child in predicate.children):
        return False
    verbs = [predicate, *(child for child in predicate.children if child.dep_ in {"aux", "auxpass"})]
    return not any(verb.tag_ in {"VBD", "MD"} for verb in verbs) and predicate.head.tag_ != "VBD"


def _mandated(predicate: Token, words: WordLists) -> bool:
    """A bare-form that-clause of a verb of demand ("demanded that they *be* released",
    "urged that he *resign*"): the event is wanted, not done."""
    if predicate.dep_ != "ccomp" or predicate.head.lemma_ not in words.mandative_verbs:
        return False
    if is_to_infinitive(predicate):
        return False
    verbs = [predicate, *(child for child in predicate.children if child.dep_ in {"aux", "auxpass"})]
    bare = [verb for verb in verbs if verb.tag_ == "VB" or verb.lower_ == "be"]  # "be" is never finite
    finite = [verb for verb in verbs if verb.tag_ in {"VBD", "VBZ", "VBP", "MD"} and verb not in bare]
    return bool(bare) and not finite


def _governs_future(verb: Token, words: WordLists) -> bool:
    """A verb of intention or expectation, or the "going" of "is going to"."""
    return verb.lemma_ in words.future_governors or verb.lemma_ in words.expectation_verbs or verb.lower_ == "going"


def _lemma(token: Token) -> str:
    return token.lemma_.lower()
