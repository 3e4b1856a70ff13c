"""Events named only as an outlook: hoped for, forecast, feared, defined or argued about.

Comment and analysis name many events inside someone's outlook on them, none of which
says that the event took place: a hope ("they hope that taking the town will open a
corridor"), a forecast ("the plan is likely to face opposition", "it is quite possible
that the army will attack", "help from its ally is less certain"), a fear or a warning
told by a noun ("fears of a military confrontation", "a warning about the continuing
threat from the rebels"), a definition ("a ceasefire means the rebels give up their
weapons", "it means bombing the air bases"), a stance ("his shifting stance on
airstrikes", "a hasty recourse to military strikes"), and what something may turn out to
be ("a benefit might be that they push Moscow to talk").  Each is hypothetical
(extract/speculation.py, extract/modality.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract.predicates import first_conjunct
from newsevents.extract.questions import asked_only
from newsevents.knowledge.words import WordLists

# The dependencies through which a noun of fear or of stance reaches what it is about
# ("fears *of* a clash", "a stance *on* airstrikes").
_ABOUT_DEPS = frozenset({"pobj", "prep", "pcomp", "acl", "xcomp", "compound", "amod"})
# The complements of a verb of meaning that tell what something amounts to.
_MEANT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "pcomp"})
_SUBJECT_DEPS = frozenset({"nsubj", "csubj", "nsubjpass"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# "fears of a clash", "concerns about an attack", "worries over a raid"
_FEARED_PREPOSITIONS = frozenset({"over"})
# "a stance on airstrikes", "recourse to strikes"; not "rebel positions in the enclave"
_STANCE_PREPOSITIONS = frozenset({"on", "to", "towards", "toward", "over", "about", "regarding"})
MAX_ABOUT_STEPS = 5  # "fears of a direct military clash": clash -> of -> fears


def outlook_only(predicate: Token, words: WordLists) -> bool:
    """Whether the event of ``predicate`` is only hoped for, forecast, feared by a noun,
    defined, argued about or asked about."""
    return (
        _hoped_outcome(predicate, words)
        or _forecast(predicate, words)
        or _about_an_outlook(predicate, words)
        or _defined(predicate, words)
        or asked_only(predicate)
        or _judged_in_prospect(predicate, words)
        or _weighed_outcome(predicate, words)
        or _consequence_weighed(predicate, words)
    )


def _consequence_weighed(predicate: Token, words: WordLists) -> bool:
    """A participle clause that tells what a possible or urged deed would bring or go
    with ("fighters who could form a new army, *providing* a lifeline to the rebels",
    "Britain should pursue talks while also *suspending* arms sales"): no more told than
    the deed."""
    if predicate.dep_ != "advcl" or predicate.tag_ != "VBG":
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in predicate.children):
        return False  # a clause of its own ("while they were providing")
    if any(c.dep_ == "mark" and c.lower_ != "while" for c in predicate.children):
        return False  # "before leaving", "after shelling": a time of their own
    # Not "would", often someone's stated intent ("said they would not attend, blaming Turkey").
    return any(c.dep_ == "aux" and c.lower_ in words.hypothetical_modals for c in predicate.head.children)


def _weighed_outcome(predicate: Token, words: WordLists) -> bool:
    """What a copula with a modal says something may turn out to be ("a benefit of the
    sanctions might be that they push Moscow to talk", "the danger would be that they
    retaliate"): weighed, not told."""
    clause = first_conjunct(predicate)
    copula = clause.head
    modals = words.hypothetical_modals | {"would"}
    return (
        clause.dep_ == "ccomp"
        and copula.lemma_ == "be"
        and any(c.dep_ == "aux" and c.lower_ in modals for c in copula.children)
    )


def _hoped_outcome(predicate: Token, words: WordLists) -> bool:
    """The doing that a hoped-for clause tells of ("they hope that *taking* the town
    will open a corridor"): the subject of a that-clause under a verb of wishing."""
    clause = predicate.head
    if predicate.dep_ not in _SUBJECT_DEPS or clause is predicate or clause.dep_ != "ccomp":
        return False
    wisher = clause.head
    return wisher.lemma_.lower() in words.wish_verbs and wisher.pos_ in {"VERB", "AUX"}


def _forecast(predicate: Token, words: WordLists) -> bool:
    """ "it is possible that the army will attack", "it is likely the two will side
    with Ankara", "help from the ally is less certain", "the withdrawal is likely to be
    messy", "presumably they will retake the town": a forecast, not an event ("is
    likely to attack" is read as expected, extract/modality.py)."""
    if _conjectured_by_adverb(predicate, words):
        return True
    if predicate.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in words.forecast_adjectives for c in predicate.children
    ):
        return True  # "with likely support from France", "an inevitable withdrawal"
    head = predicate.head
    if head is predicate:
        return False
    if predicate.dep_ == "ccomp" and head.lemma_ == "be":  # "it is possible that ..."
        return any(c.dep_ == "acomp" and _is_forecast_word(c, words) for c in head.children)
    if predicate.dep_ in _SUBJECT_DEPS:
        return _judged_uncertain(predicate, head, words)  # "help from Turkey is less certain"
    return False


def _conjectured_by_adverb(predicate: Token, words: WordLists) -> bool:
    """ "Presumably Khartoum will remain determined", "they may perhaps withdraw": a
    modal told with an adverb of conjecture, the writer's guess."""
    children = list(predicate.children)
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in children)
    return modal and any(c.dep_ == "advmod" and c.lower_ in words.conjecture_adverbs for c in children)


def _is_forecast_word(word: Token, words: WordLists) -> bool:
    return word.pos_ == "ADJ" and word.lower_ in words.forecast_adjectives


def _judged_uncertain(noun: Token, verb: Token, words: WordLists) -> bool:
    """An event noun said to be unclear or uncertain ("help from its ally is less
    certain", "a deal remains unlikely")."""
    if noun is verb:
        return False
    for complement in verb.children:
        if complement.dep_ != "acomp":
            continue
        if complement.lower_ in words.uncertain_adjectives or _judged_likely(complement, words):
            return True
        if complement.lower_ in words.forecast_adjectives and not list(complement.children):
            return True  # "a clash was likely", "a deal is possible"
        lowered = any(c.lower_ == "less" for c in complement.children)
        if lowered and complement.lower_ in {"certain", "sure", "likely"}:
            return True
    return False


def _judged_likely(adjective: Token, words: WordLists) -> bool:
    """ "the withdrawal is likely to be messy": a forecast of how it will go; not a
    perfect ("is likely to have been the deadliest"), which judges a deed done."""
    if adjective.lower_ not in words.forecast_adjectives:
        return False
    forecast = next((c for c in adjective.children if c.dep_ == "xcomp"), None)
    if forecast is None or forecast.lemma_ != "be":
        return False
    return not any(c.dep_ == "aux" and c.lemma_ == "have" for c in forecast.children)


def _about_an_outlook(predicate: Token, words: WordLists) -> bool:
    """An event noun that a noun of fear or of stance is about: "fears of a military
    confrontation", "a warning about the continuing threat from Isis", "his stance on
    airstrikes", "recourse to military strikes".  A stance on a deed that is someone's
    own or definite ("their position towards Turkey's offensive", "views on the
    operation") refers to what was done; so does a deed told inside what is feared
    ("fears of crossing the border under the travel ban": the ban is in force)."""
    if predicate.pos_ not in {"NOUN", "VERB"}:
        return False
    # "their position towards Turkey's offensive", "views on the operation": a deed done
    referred = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in predicate.children)
    current = predicate
    for _ in range(MAX_ABOUT_STEPS):
        head = current.head
        if head is current or current.dep_ not in _ABOUT_DEPS:
            return False
        if head.pos_ == "NOUN" and current.pos_ == "ADP":
            lemma, preposition = head.lemma_.lower(), current.lower_
            if lemma in words.fear_nouns and preposition in words.warning_prepositions | _FEARED_PREPOSITIONS:
                return True
            if lemma in words.stance_nouns and preposition in _STANCE_PREPOSITIONS:
                return not referred
        elif head.pos_ in {"VERB", "AUX"}:
            return False  # past the feared deed: "fears of crossing the border under the ban"
        current = head
    return False


def _defined(predicate: Token, words: WordLists) -> bool:
    """What something is said to mean or entail ("a ceasefire means the rebels give up
    their weapons", "it means bombing the air bases"): a definition or a consequence
    argued for, no event; and the verb of meaning itself."""
    if predicate.lemma_.lower() in words.defining_verbs and predicate.pos_ == "VERB":
        return any(c.dep_ in _MEANT_DEPS for c in predicate.children)
    current = predicate
    for _ in range(2):  # the event, or the clause it is the subject of
        head = current.head
        if head is current:
            return False
        if current.dep_ in _MEANT_DEPS and head.lemma_.lower() in words.defining_verbs and head.pos_ == "VERB":
            return True
        if current.dep_ not in _SUBJECT_DEPS:
            return False
        current = head
    return False


def _judged_in_prospect(predicate: Token, words: WordLists) -> bool:
    """ "Moscow will continue to find its veto a potent tool", "may consider sanctions
    a useful lever": an event noun judged in a forecast, no deed told (hb6).  A past
    judgment ("found the raid a success") refers to a deed and is left alone."""
    if predicate.pos_ != "NOUN":
        return False
    if predicate.dep_ == "nsubj" and predicate.head.pos_ == "NOUN" and predicate.head.dep_ in {"dobj", "oprd"}:
        verb = predicate.head.head  # "find [its veto a potent tool]": a small clause
    elif predicate.dep_ == "dobj" and any(c.dep_ == "oprd" for c in predicate.head.children):
        verb = predicate.head  # "consider [sanctions] [a lever]"
    else:
        return False
    if verb.lemma_.lower() not in words.judging_verbs:
        return False
    governors = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]  # "will continue to find"
    return any(c.dep_ == "aux" and c.tag_ == "MD" for g in governors for c in g.children)
