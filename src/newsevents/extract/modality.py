"""Modality: did the event happen, or is it denied, planned or only possible?

The old coders coded "Turkey will not buy" and "Turkey could buy" as purchases.
Here every clause is marked ``asserted``, ``negated``, ``future`` or
``hypothetical`` (PLOVER's auxiliary modes), and a claim that the sentence
attributes to someone ("..., Erdogan said") names who made it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Span, Token

from newsevents.extract.caused import caused_by_another
from newsevents.extract.clauses import SUBJECT_DEPS, Clause, noun_phrase
from newsevents.extract.denial import absent, denied, scant
from newsevents.extract.figurative import needs_to_do, restricts_movement
from newsevents.extract.planned import PERIOD_DAYS, governing_adjectives, told_as_future
from newsevents.extract.predicates import is_bare_infinitive, is_to_infinitive
from newsevents.extract.refusal import refused_errand, refuses_by_negation
from newsevents.extract.speculation import speculated
from newsevents.knowledge.words import WordLists, load_word_lists

# Verbs through which a wish reaches what is wished ("would like to *see* them leave").
WITNESS_VERBS = frozenset({"see", "watch"})
# Dependencies through which a governing verb's mood reaches what it governs.
# How far above the predicate a reporting verb still reports it.
MAX_REPORTING_STEPS = 8
# (an "acomp" adjective reaches its copula: "would not *be able* to expel".)
GOVERNING_DEPS = frozenset({"xcomp", "ccomp", "conj", "pobj", "prep", "nsubj", "nsubjpass", "dobj", "pcomp", "acomp"})


@dataclass(frozen=True)
class Modality:
    modality: str  # asserted | negated | future | hypothetical
    reported_by: Span | None


def modality_of(
    clause: Clause, words: WordLists | None = None, mode: str | None = None, event: str | None = None
) -> Modality:
    """``mode``: the event's PLOVER mode, when known; a purpose that names the manner
    of what was done ("opened fire *to disperse* the crowd": crowd control) is no plan.
    ``event``: its PLOVER type, when known; a REJECT read from a negation is the refusal
    itself ("will not accept the deal"), which happened."""
    words = words or load_word_lists()
    predicate = clause.predicate
    scope = _scope(predicate, words)
    if speculated(predicate, words) or _wished(predicate, words):
        modality = "hypothetical"  # "fear an attack", "to ensure that X does not attack"
    elif denied(predicate, words) or absent(predicate) or scant(predicate, words):
        modality = "negated"  # "denied that the army had fired", "without US support"
    elif restricts_movement(predicate, words) and not _possible(predicate, words):
        modality = "asserted"  # "is not allowing them to leave": the restriction is a fact
    elif event == "REJECT" and refuses_by_negation(predicate, words):
        modality = "hypothetical" if _possible(predicate, words) else "asserted"
    elif _negated(scope, words) or _negated_purpose(predicate, words):
        modality = "negated"
    elif _hypothetical(scope, words) or _possible(predicate, words) or caused_by_another(predicate, words):
        modality = "hypothetical"  # "could take place", "if they attack", "to force them to leave"
    elif told_as_future(clause, scope, words, mode in words.manner_purpose_modes):
        modality = "hypothetical" if _conjectured(predicate, words) else "future"
    else:
        modality = "asserted"
    reporter = _reporter(clause, words)
    if modality in {"asserted", "future"} and reporter is None and _obliged(predicate, words):
        modality = "hypothetical"  # the writer's "the UK must stop arming them": an opinion, no event
    return Modality(modality, reporter)


def _conjectured(predicate: Token, words: WordLists) -> bool:
    """ "would" that nobody is told to say: the writer's conjecture ("something Assad
    would resist", "would certainly be blocked by Russia"), not anyone's stated intent
    ("said it would withdraw", "I would ask the government", "according to officials,
    Russia would retaliate")."""
    children = list(predicate.children)
    if not any(c.dep_ == "aux" and c.lower_ == "would" for c in children):
        return False  # a "would" of another clause ("such a move would ... and has been criticised")
    if any(c.dep_ == "nsubj" and c.lower_ in {"i", "we"} or c.dep_ == "mark" and c.lower_ == "that" for c in children):
        return False  # "I would ask", and a that-clause is someone's content even when misparsed
    return not _told_by_someone(predicate, words)


def _told_by_someone(predicate: Token, words: WordLists) -> bool:
    """Whether the sentence gives the predicate as someone's word: a reporting verb or
    a noun of stated intent above it ("the pledge that it would withdraw"), or
    "according to X"."""
    telling = words.reporting_verbs | words.stated_intent_nouns
    return any(_lemma(h) in telling for h in predicate.ancestors) or _according_to(predicate.sent) is not None


def _reporting_verb(predicate: Token, words: WordLists) -> Token | None:
    """The nearest reporting verb above the predicate ("..., Erdogan *said*"), within
    a few heads; a reporting verb at the root is its subject's own word ("Canberra
    *announced* sanctions")."""
    heads = list(predicate.ancestors)[:MAX_REPORTING_STEPS]
    if predicate.dep_ == "ROOT":
        heads = [predicate]
    return next((h for h in heads if h.pos_ in {"VERB", "AUX"} and h.lemma_ in words.reporting_verbs), None)


def _according_to(sentence: Span) -> Token | None:
    """The one an "according to X" of the sentence names."""
    for token in sentence:
        if token.lower_ == "according" and token.dep_ == "prep":
            return next(
                (g for c in token.children for g in ([c] if c.dep_ == "pobj" else c.children) if g.dep_ == "pobj"), None
            )
    return None


def _possible(predicate: Token, words: WordLists) -> bool:
    """Inside a condition, a fear or a prospect, or a yes-no question."""
    return _in_condition(predicate, words) or _hedged(predicate, words) or _asked(predicate)


def _scope(predicate: Token, words: WordLists) -> list[Token]:
    """The predicate and the verbs that govern it, up to (not including) a reporting verb:
    "could take place" governs the meeting that is its subject."""
    scope = [predicate]
    current = predicate
    while current.dep_ in GOVERNING_DEPS and current.head is not current:
        head = current.head
        if head.pos_ in {"VERB", "AUX"} and head.lemma_ in words.reporting_verbs:
            break
        if current.dep_ == "ccomp" and not (
            is_to_infinitive(current) or _bare_gerund(current) or is_bare_infinitive(current)
        ):
            break  # a finite complement clause has its own mood ("said it *will* ..."), not "may find them *fighting*"
        if current.dep_ == "conj" and any(child.dep_ in SUBJECT_DEPS for child in current.children):
            break  # "the UK has not decided, but some have been allowed": a clause of its own
        if current.dep_ == "prep" and head.pos_ in {"NOUN", "PROPN"}:
            break  # "will seek compensation for its withdrawal": the withdrawal is past
        if current.dep_ == "nsubj" and _lemma(head) in words.ending_verbs and current.pos_ == "NOUN":
            break  # "the assault would finish within days": under way, only its end to come
        if current.dep_ == "nsubj" and head.lemma_ == "be" and _denies_a_motive(head):
            break  # "the raid was not about revenge": its motive denied, not the raid
        scope.append(head)
        current = head
    return scope


def _bare_gerund(verb: Token) -> bool:
    """A gerund with no auxiliary or subject of its own tense ("find themselves *fighting*")."""
    return verb.tag_ == "VBG" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _denies_a_motive(copula: Token) -> bool:
    """ "was not about revenge", "is not for show": a negated "be" with a phrase."""
    children = list(copula.children)
    return any(c.dep_ == "neg" for c in children) and any(c.dep_ == "prep" for c in children)


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _negated(scope: list[Token], words: WordLists) -> bool:
    negating = words.negating_adjectives | words.reluctance_adjectives
    if any(adjective.lower_ in negating for adjective in governing_adjectives(scope)):
        return True  # "is unable to provide support", "are reluctant to repatriate them"
    for token in scope:
        if token.pos_ not in {"VERB", "AUX", "NOUN", "PROPN"}:
            continue
        for child in token.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ in words.negation_words):
                return True
            if _denied_by_phrase(child, words):
                return True
    return _done_by_none(scope[0])


def _done_by_none(predicate: Token) -> bool:
    """A doer or an object of none ("offered *no* concessions", "*no* country has
    recognised it", "with *no* troops there to press the issue"): nothing of the kind
    was done.  Not a count ("no fewer than 20 people")."""
    parties = [c for c in predicate.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"}]
    if predicate.dep_ in {"relcl", "acl"} and is_to_infinitive(predicate):
        parties.append(predicate.head)  # "no troops there to press": the troops would do it
    return any(
        any(c.dep_ == "det" and c.lower_ == "no" for c in party.children)
        and not any(c.dep_ == "nummod" for c in party.children)
        for party in parties
    )


def _denied_by_phrase(child: Token, words: WordLists) -> bool:
    """A subject "neither X nor Y" ("neither Britain nor France has ratified") or a
    phrase "at no point" ("at no moment have they accepted"): the clause is denied."""
    if child.dep_ in SUBJECT_DEPS:
        return any(c.dep_ in {"preconj", "det"} and c.lower_ in words.paired_negation_words for c in child.children)
    if child.dep_ == "prep" and child.lower_ == "at":
        return any(
            g.dep_ == "pobj"
            and g.lemma_.lower() in words.negated_time_nouns
            and any(d.dep_ == "det" and d.lower_ == "no" for d in g.children)
            for g in child.children
        )
    return False


def _negated_purpose(predicate: Token, words: WordLists) -> bool:
    """ "He did not go there *to kill* people", "refused to send troops *to defend* it":
    denying or refusing the errand denies its purpose."""
    head = purpose_head(predicate)
    return head is not None and (any(child.dep_ == "neg" for child in head.children) or refused_errand(head, words))


def _hypothetical(scope: list[Token], words: WordLists) -> bool:
    for token in governing_adjectives(scope):
        if token.lower_ in words.hypothetical_adverbs:
            return True  # "is likely to launch"
    for token in scope:
        for child in token.children:
            if child.dep_ == "aux" and child.lower_ in words.hypothetical_modals:
                return True
            if child.dep_ == "advmod" and child.lower_ in words.hypothetical_adverbs:
                return True
            if child.dep_ == "mark" and child.lower_ in words.conditional_markers:
                return True
            if child.dep_ == "det" and token.pos_ == "NOUN" and child.lower_ in words.hypothetical_determiners:
                return True  # "any attack on the port would be reckless"
            if child.dep_ == "advcl" and any(
                grand.dep_ == "mark" and grand.lower_ in words.conditional_markers for grand in child.children
            ):
                return True
    return False


def _wished(predicate: Token, words: WordLists) -> bool:
    """A wish: "I hope the two sides *will talk*", "the group wants the prosecutor *to
    charge* him" (someone else's act, only wanted).  "hopes to meet" is the hoper's own
    plan (future)."""
    head = predicate.head
    if _wished_to_see(predicate, words):
        return True
    if head is predicate or head.lemma_.lower() not in words.wish_verbs or head.pos_ not in {"VERB", "AUX"}:
        return False
    if predicate.dep_ == "ccomp":
        return True
    own_subject = any(c.dep_ in SUBJECT_DEPS for c in predicate.children)
    wanted_of = any(c.dep_ == "dobj" for c in head.children) and predicate.dep_ == "xcomp"
    return predicate.dep_ == "xcomp" and (own_subject or wanted_of)


def _wished_to_see(predicate: Token, words: WordLists) -> bool:
    """ "would like to see peacekeepers deployed", "wants to see them leave": what
    someone wishes to see done is wished."""
    witness = predicate.head
    if predicate.dep_ == "acl" and witness.dep_ == "dobj":
        witness = witness.head  # "to see peacekeepers [who are] deployed"
    elif predicate.dep_ not in {"ccomp", "xcomp"}:
        return False
    if witness.lemma_.lower() not in WITNESS_VERBS or witness.dep_ != "xcomp":
        return False
    wisher = witness.head
    return wisher.lemma_.lower() in words.wish_verbs and wisher.pos_ in {"VERB", "AUX"}


def _asked(predicate: Token) -> bool:
    """The verb of a yes-no question ("*Will* Russia hit back?", "Should Britain take them
    back?"): asked, not told.  A wh-question presupposes its event ("Why did the army
    fire?") and a clause inside the question is told ("protesters who were killed")."""
    if predicate.pos_ not in {"VERB", "AUX"} or not any(t.text == "?" for t in predicate.subtree):
        return False
    if any(t.tag_ in {"WRB", "WP", "WDT"} for t in predicate.subtree if t.i < predicate.i):
        return False
    subject = next((c for c in predicate.children if c.dep_ in SUBJECT_DEPS), None)
    auxiliaries = [c for c in predicate.children if c.dep_ in {"aux", "auxpass"}]
    return subject is not None and any(aux.i < subject.i for aux in auxiliaries)


def _hedged(predicate: Token, words: WordLists) -> bool:
    """An event told as a fear, a prospect or a possibility ("the prospect of a Turkish
    *attack*", "concern that refugees are being *pressured*"): not told as done.  Only
    the event the noun governs itself; not "the possibility of the two men *arrested*
    in Kolkata being involved", where the arrest describes who is meant; but "the spectre
    of Arabs *being sent* to fight", a gerund, is what the noun is about."""
    if predicate.dep_ in {"acl", "ccomp"}:
        governor = predicate.head
        gerund = predicate.tag_ == "VBG" or any(c.dep_ == "auxpass" and c.lower_ == "being" for c in predicate.children)
        if gerund and governor.dep_ == "pobj" and governor.head.lower_ == "of":
            governor = governor.head.head  # "the spectre of Arabs being sent"
    elif predicate.dep_ in {"pobj", "pcomp"} and predicate.head.dep_ == "prep":
        governor = predicate.head.head
    else:
        return False
    return governor.pos_ == "NOUN" and governor.lemma_.lower() in words.hedging_nouns


def _in_condition(predicate: Token, words: WordLists) -> bool:
    """Whether the event lies inside a condition, however deep: "*had* the police taken
    note of a clash ..., it would not", "if the talks on a ceasefire fail"."""
    for token in (predicate, *predicate.ancestors):
        if token.dep_ != "advcl":
            continue
        subject = next((child for child in token.children if child.dep_ in SUBJECT_DEPS), None)
        if token.lower_ in words.inverted_conditional_auxiliaries and (subject is None or subject.i > token.i):
            return True  # "had the police taken ...": the parser makes "had" the head
        for child in token.children:
            if child.dep_ == "mark" and child.lower_ in words.conditional_markers:
                return True
            inverted = subject is not None and child.i < subject.i
            if child.dep_ in {"aux", "auxpass"} and inverted and child.lower_ in words.inverted_conditional_auxiliaries:
                return True
    return False


def _reporter(clause: Clause, words: WordLists) -> Span | None:
    """The one a sentence attributes the claim to: the subject of the nearest
    reporting verb above the predicate, or "according to X"."""
    verb = _reporting_verb(clause.predicate, words)
    if verb is not None:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        return noun_phrase(subject) if subject is not None else None
    source = _according_to(clause.sentence)
    return noun_phrase(source) if source is not None else None


def purpose_head(predicate: Token) -> Token | None:
    """The verb a purpose clause serves ("fired tear gas *to disperse* the crowd":
    "fired"), or None when the predicate is no purpose clause."""
    if predicate.dep_ != "advcl" or predicate.head.pos_ not in {"VERB", "AUX"}:
        return None
    if is_to_infinitive(predicate):
        return predicate.head
    return None


# How long before publication an event's period must have ended for the article
# to tell it as background ("in 1958", "last year", "in March" in a December story):
# a month, so that "last week" and "on Monday" stay news.
BACKGROUND_DAYS = 31


def is_background(event_date: str | None, precision: str | None, published: date | None, modality: str) -> bool:
    """Whether an asserted or negated event is told as history: its own time words
    put the whole of its period more than a month before publication."""
    if event_date is None or published is None or precision not in PERIOD_DAYS:
        return False
    if modality in ("future", "hypothetical"):
        return False
    period_end = date.fromisoformat(event_date) + timedelta(days=PERIOD_DAYS[precision])
    return (published - period_end).days > BACKGROUND_DAYS


def _obliged(predicate: Token, words: WordLists) -> bool:
    """What someone must, should or has to do ("the UK must stop arming Turkey", "they
    should have been arrested", "will have to accept"): wanted, or guessed ("must have
    known"), not told as done, nor what is joined to it ("will have to accept it and
    agree on ..."); not a past "had to flee": they fled."""
    while predicate.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in predicate.children):
        predicate = predicate.head
    if any(c.dep_ == "aux" and c.lower_ in words.demand_modals | words.appeal_modals for c in predicate.children):
        return True
    head = predicate.head
    phrase = f"{head.lemma_.lower()} to"
    return (
        predicate.dep_ == "xcomp"
        and is_to_infinitive(predicate)
        and (phrase in words.demand_phrases or phrase in words.appeal_phrases)
        and head.tag_ != "VBD"
        and not any(c.dep_ == "aux" and c.lower_ in {"had", "did"} for c in head.children)
    )


def reported_demand(clause: Clause, words: WordLists) -> bool:
    """Whether the predicate carries a modal of demand or appeal ("must withdraw",
    "should be released") or is a need of an act ("needed to withdraw"): reported, it
    is the speaker's request."""
    modals = words.demand_modals | words.appeal_modals
    predicate = clause.predicate
    return needs_to_do(predicate, words) or any(c.dep_ == "aux" and c.lower_ in modals for c in predicate.children)
