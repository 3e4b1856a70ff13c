"""Events a sentence names without telling that they happened.

Long-form reporting and comment name many events that nobody says took place:
feared ("residents fear an attack", "fearing it will lead to a massacre"),
warned of ("warned of a bloodbath"), only possible ("the possible withdrawal"),
imagined for an argument ("a pullout would leave the region exposed"), sought as
the outcome of something else ("observers to ensure that the army does not
attack"), claimed by no one ("has not yet confirmed that its delegation will
attend"), conditioned ("in case the army attacks", "as long as they are
detained"), supposed ("it is reasonable to assume they have been talking"), or waited
on by what will follow it ("when the troops leave, the militia will return", "the
moment those forces are withdrawn, their allies will be exposed"), only within
someone's power or right ("its ability to strike", "the right to protest"), what
something else depends on ("will depend on talks between them"), only aimed at ("its
stated strategy of containing Iran", "a policy to deter attacks": a policy's goal, no
act), or what a party is only exposed to ("left the town vulnerable to attack", "the town is
under threat from Turkey"), pictured ("could envisage a US force helping"), or awaited
by a negated modal ("a deal could not be signed until the UK had withdrawn"), or only
judged by a "would be" ("a withdrawal would be a mistake": extract/weighed_events.py).
Each is hypothetical (extract/modality.py), whether it is negated or not: "to ensure
that the army does not attack" denies no attack, it wants none.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract.no_doers import is_unmade_threat
from newsevents.extract.outlooks import outlook_only
from newsevents.extract.predicates import first_conjunct, is_to_infinitive
from newsevents.extract.stated_aims import named_as_aim
from newsevents.extract.weighed_events import weighed_by_would
from newsevents.knowledge.words import WordLists

# Dependencies through which a verb of fearing or of warning reaches what it is about.
_ABOUT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "pobj", "prep", "pcomp"})
# Dependencies through which a reporting verb reaches the claim it reports.
_CLAIM_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})
_FORESEEING_MODALS = frozenset({"will", "would", "could", "might", "may"})  # "an attack will come"
_WEIGHING_MODALS = frozenset({"would", "could", "might", "should", "must"})  # "toppling the regime would be easier"
_OUTCOME_ADJECTIVES = frozenset({"sure", "certain"})  # "make sure that ..."
# Subjects that stand for a course of action argued about ("this would allow them to
# fight"); demonstratives, not the relative "a deal that would allow them to leave".
_ARGUED_SUBJECTS = frozenset({"this", "that"})
MAX_CONSEQUENCE_STEPS = 3  # "this would allow them to fight": fight -> allow
# Dependencies through which what a verb of depending depends on reaches an event:
# "depends on talks", "hinges on whether the army withdraws", "on Ecuador withdrawing".
_DEPENDED_DEPS = frozenset({"pobj", "pcomp", "prep", "ccomp", "conj"})
_DEPENDED_PREPOSITIONS = frozenset({"on", "upon"})


def speculated(predicate: Token, words: WordLists) -> bool:
    """Whether the event of ``predicate`` is only feared, possible, imagined, sought or unclaimed."""
    return (
        _possible_noun(predicate, words)
        or _imagined_cause(predicate, words)
        or _feared(predicate, words)
        or _sought_outcome(predicate, words)
        or _unconfirmed(predicate, words)
        or _contingent(predicate, words)
        or _argued_consequence(predicate)
        or _supposed(predicate, words)
        or _conditioned(predicate, words)
        or _capacity(predicate, words)
        or _depended_on(predicate, words)
        or _aimed_at(predicate, words)
        or _exposed_to(predicate, words)
        or _envisaged(predicate, words)
        or _in_danger_of(predicate, words)
        or is_unmade_threat(predicate, words)
        or _awaited(predicate, words)
        or _believed(predicate, words)
        or outlook_only(predicate, words)
        or named_as_aim(predicate, words)
        or weighed_by_would(predicate, words)
    )


def _possible_noun(predicate: Token, words: WordLists) -> bool:
    """ "the possible withdrawal", "a feared massacre", "a potential attack"."""
    return predicate.pos_ == "NOUN" and any(
        child.dep_ == "amod" and child.lower_ in words.hypothetical_adjectives for child in predicate.children
    )


def _imagined_cause(predicate: Token, words: WordLists) -> bool:
    """An event noun as the subject of what it "would" bring about ("a pullout would
    leave the region open", "an attack would be a disaster"): the event is imagined to
    argue its consequence.  Not the noun's own occurrence or end ("the summit would be
    held in Tehran", a plan: future; "the assault would finish within days"), nor a
    judgement of it ("hoped the meeting would be productive")."""
    if predicate.tag_ == "VBG" and predicate.dep_ in {"csubj", "csubjpass"}:
        return _imagined_doing(predicate)  # "toppling the regime would be easier"
    if predicate.pos_ != "NOUN" or predicate.tag_ != "NN" or predicate.dep_ not in {"nsubj", "csubj"}:
        return False  # not "threats of military action would only lead to chaos": made
    lemma = predicate.head.lemma_.lower()
    if lemma in words.occurrence_verbs or lemma in words.passive_occurrence_verbs or lemma in words.completion_verbs:
        return False  # "the assault would finish within days": under way
    if lemma == "be":
        return False  # "hoped the meeting would be productive": a judgement of the event
    verb = predicate.head
    return any(child.dep_ == "aux" and child.lower_ == "would" for child in verb.children)


def _imagined_doing(gerund: Token) -> bool:
    """A gerund as the subject of what it "would", "could" or "should" be or bring
    ("toppling the regime would be much easier", "sending troops could be a mistake",
    "lifting the ban should be discussed"): weighed or urged, not done."""
    return any(c.dep_ == "aux" and c.lower_ in _WEIGHING_MODALS for c in gerund.head.children)


def _feared(predicate: Token, words: WordLists) -> bool:
    """ "residents fear an attack", "fearing it will lead to a massacre", "warned of a
    bloodbath": what a fear or a warning is about has not happened."""
    if predicate.lemma_.lower() in words.fear_verbs and predicate.pos_ == "VERB":
        return True  # "fear an attack": event typing reads the feared noun through the verb
    current = _foreseen_doing(predicate)
    while current.dep_ in _ABOUT_DEPS and current.head is not current:
        head = current.head
        lemma = head.lemma_.lower()
        if head.pos_ == "VERB" and lemma in words.fear_verbs:
            return True  # "fearing it will lead to a massacre"
        if head.pos_ == "ADJ" and head.lower_ in words.fear_adjectives:  # not "afraid following the murder"
            return current.dep_ == "ccomp" or current.lower_ in words.warning_prepositions
        if head.pos_ == "VERB" and lemma in words.warning_verbs and current.dep_ == "prep":
            return current.lower_ in words.warning_prepositions  # "warned of", not "warned in May that"
        current = head
    return False


def _foreseen_doing(noun: Token) -> Token:
    """The verb an event noun is the subject of when that verb is still to come ("another
    attack *will hit* the market"), so that a fear over the verb reaches the noun; else
    the noun itself ("officials fear the attack killed dozens": the attack happened)."""
    verb = noun.head
    if noun.dep_ == "nsubj" and any(c.dep_ == "aux" and c.lower_ in _FORESEEING_MODALS for c in verb.children):
        return verb
    return noun


def _sought_outcome(predicate: Token, words: WordLists) -> bool:
    """The that-clause of "to ensure", "ensuring" or "make sure": an outcome wanted,
    not one told ("sent observers to ensure that the army does not attack").  A finite
    "ensured that the convoy reached the town" tells what happened."""
    if predicate.dep_ != "ccomp":
        return False
    head = predicate.head
    if head.lower_ in _OUTCOME_ADJECTIVES and head.head.lemma_.lower() == "make":
        head = head.head  # "making sure that ..."
    elif head.lemma_.lower() not in words.outcome_verbs:
        return False
    return head.tag_ in {"VB", "VBG"}


def _unconfirmed(predicate: Token, words: WordLists) -> bool:
    """A claim that its reporting verb denies making ("has not yet confirmed that its
    delegation will attend", "did not say whether"): nobody tells it as a fact."""
    current = predicate
    while current.dep_ in _CLAIM_DEPS and current.head is not current:
        head = current.head
        if head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() in words.reporting_verbs:
            return any(child.dep_ == "neg" for child in head.children)
        current = head
    return False


def _contingent(predicate: Token, words: WordLists) -> bool:
    """A present-tense clause of time under a main clause still to come ("when the
    troops leave, the militia will return", "once the army withdraws, the rebels would
    move in", "the moment those forces are withdrawn, their allies will be exposed"):
    it has not happened, and may not.  A past one ("when the troops left, the militia
    returned") or one under a present main clause ("when police arrive, crowds
    scatter": a habit, extract/generic.py) is not this."""
    if predicate.dep_ == "advcl":
        opened = any(
            child.dep_ in {"advmod", "mark"} and child.lower_ in words.contingent_markers and child.i < predicate.i
            for child in predicate.children
        )
        main = predicate.head
    elif predicate.dep_ == "relcl" and predicate.head.lemma_.lower() in words.contingent_time_nouns:
        time_noun = predicate.head
        opened = time_noun.dep_ == "npadvmod" and any(c.lower_ == "the" for c in time_noun.children)
        main = time_noun.head
    else:
        return False
    if not opened or main.pos_ not in {"VERB", "AUX"}:
        return False
    verbs = [predicate, *(child for child in predicate.children if child.dep_ in {"aux", "auxpass"})]
    if any(verb.tag_ in {"VBD", "MD"} for verb in verbs):
        return False
    return any(child.dep_ == "aux" and child.lower_ in words.future_auxiliaries for child in main.children)


def _argued_consequence(predicate: Token) -> bool:
    """What a course of action "would" bring about ("this would allow the rebels to
    fight on equal terms", "that would force them to withdraw"): imagined, to argue
    for or against it, as an event noun's consequence is (``_imagined_cause``)."""
    current = predicate
    for _ in range(MAX_CONSEQUENCE_STEPS):
        subject = next((c for c in current.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        would = any(c.dep_ == "aux" and c.lower_ == "would" for c in current.children)
        if would and subject is not None and subject.lower_ in _ARGUED_SUBJECTS and subject.tag_ == "DT":
            return True
        if current.dep_ not in {"xcomp", "ccomp"} or current.head is current:
            return False
        current = current.head
    return False


def _supposed(predicate: Token, words: WordLists) -> bool:
    """The clause of a verb of supposing ("it is reasonable to assume they have been
    talking", "one can only imagine the army would fire"): a guess, not a report."""
    head = predicate.head
    return predicate.dep_ == "ccomp" and head.pos_ == "VERB" and head.lemma_.lower() in words.supposition_verbs


def _conditioned(predicate: Token, words: WordLists) -> bool:
    """A clause opened by a phrase of condition ("leave in case the army attacks", "as
    long as they are detained", "in case Isis raided the house"), just before the
    clause or at its start, however the parser splits and attaches the phrase."""
    if predicate.dep_ == "ROOT" or predicate.pos_ not in {"VERB", "AUX"}:
        return False
    doc, left, sentence_start = predicate.doc, predicate.left_edge.i, predicate.sent.start
    for phrase in words.conditional_phrases:
        parts = phrase.split()
        for start in range(left - len(parts), left + 1):  # the phrase ends at or just after the edge
            end = start + len(parts)
            if start >= sentence_start and end <= predicate.i and [t.lower_ for t in doc[start:end]] == parts:
                return True
    return False


def _capacity(predicate: Token, words: WordLists) -> bool:
    """An infinitive after a noun of ability, power or right ("Peru's ability to bomb
    the villages", "the right to protest", "gave him the power to expel them", "the
    capacity to strike and destroy"): what could be done, not what was."""
    verb = first_conjunct(predicate)  # "to strike and destroy"
    return _infinitive_of(verb) in words.capacity_nouns


def _aimed_at(predicate: Token, words: WordLists) -> bool:
    """What a policy, a strategy or an aim is to achieve ("its stated strategy of
    containing Iran and curbing its influence", "a policy to deter attacks", "whose aim
    is to topple the president"): a goal pursued over years, no act on a day.  Only
    the goal itself: "the policy was announced", an act on the policy, stays an event."""
    verb = first_conjunct(predicate)
    if _infinitive_of(verb) in words.aim_nouns:
        return True  # "a policy to deter attacks"
    head = verb.head
    if verb.dep_ in {"pcomp", "pobj"} and head.lower_ == "of" and head.dep_ == "prep":
        return head.head.pos_ == "NOUN" and head.head.lemma_.lower() in words.aim_nouns  # "strategy of containing"
    if _aimed_at_by_verb(verb):
        return True
    if verb.dep_ in {"xcomp", "attr"} and is_to_infinitive(verb) and head.lemma_ == "be":
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        return subject is not None and subject.lemma_.lower() in words.aim_nouns  # "whose aim is to topple"
    return False


def _aimed_at_by_verb(verb: Token) -> bool:
    """ "talks aimed at finding a compromise", "a campaign aimed at forcing them to leave"
    (leave -> forcing -> aimed at): what something is aimed at is not told as done."""
    for _ in range(MAX_CONSEQUENCE_STEPS):
        head = verb.head
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.lower_ == "at" and head.head.lemma_.lower() == "aim":
            return True
        if verb.dep_ != "xcomp" or head is verb:
            return False
        verb = head
    return False


def _exposed_to(predicate: Token, words: WordLists) -> bool:
    """An event noun after an adjective of exposure ("left the SDF vulnerable to a
    Turkish attack", "towns prone to raids"): what could befall a party, not what did."""
    head = predicate.head
    return (
        predicate.pos_ == "NOUN"
        and predicate.dep_ == "pobj"
        and head.lower_ == "to"
        and head.head.pos_ == "ADJ"
        and head.head.lower_ in words.exposure_adjectives
    )


def _envisaged(predicate: Token, words: WordLists) -> bool:
    """What a verb of picturing pictures: its clause ("foresees that they will leave"), or
    the act of its object ("could envisage a US force *helping*", "hard to imagine a
    scenario where Peru *attacks* Chile"): pictured, not told as done."""
    head = predicate.head
    if predicate.dep_ in {"acl", "relcl"} and head.dep_ == "dobj":
        head = head.head
    elif predicate.dep_ not in {"ccomp", "xcomp"}:
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in words.envisaging_verbs


def _in_danger_of(predicate: Token, words: WordLists) -> bool:
    """A threat that a party is "under" ("the town is under growing threat from Turkey"):
    the danger it is in, told as a state; no threat was made on a day."""
    head = predicate.head
    return (
        predicate.pos_ == "NOUN"
        and predicate.dep_ == "pobj"
        and head.lower_ == "under"
        and predicate.lemma_.lower() in words.danger_nouns
    )


def _awaited(predicate: Token, words: WordLists) -> bool:
    """The clause a negated modal waits on ("a deal could not be signed *until* the UK
    had withdrawn", "will not release aid until elections are held"): a condition, not
    told as done.  Not a past "did not leave until the police fired": the firing came."""
    if predicate.dep_ != "advcl" or not any(
        child.dep_ == "mark" and child.lower_ in words.awaited_time_markers for child in predicate.children
    ):
        return False
    children = list(predicate.head.children)
    return any(c.dep_ == "neg" for c in children) and any(
        c.dep_ == "aux" and c.lower_ in words.awaiting_modals for c in children
    )


def _infinitive_of(verb: Token) -> str | None:
    """The lemma of the noun a to-infinitive completes ("the right *to protest*"), if any."""
    if verb.dep_ in {"acl", "relcl"} and is_to_infinitive(verb) and verb.head.pos_ == "NOUN":
        return verb.head.lemma_.lower()
    return None


def _depended_on(predicate: Token, words: WordLists) -> bool:
    """What a verb of depending depends on ("what follows will depend on negotiations
    between them", "the truce hinges on whether the army withdraws"): still open."""
    current = predicate
    while current.dep_ in _DEPENDED_DEPS and current.head is not current:
        head = current.head
        if head.lower_ in _DEPENDED_PREPOSITIONS and head.head.lemma_.lower() in words.dependence_verbs:
            return True
        current = head
    return False


def _believed(predicate: Token, words: WordLists) -> bool:
    """The modal clause a verb of belief holds ("officials believe the militants would
    use the hospital", "thinks Russia will retaliate"): a guess at what may come.  A
    past "believe the militants used it" is an allegation, left to the claim."""
    head = predicate.head
    if predicate.dep_ != "ccomp" or head.pos_ != "VERB" or head.lemma_.lower() not in words.belief_verbs:
        return False
    return any(child.dep_ == "aux" and child.lower_ in words.belief_modals for child in predicate.children)
