"""Words of force and of departure used figuratively.

Fighting words: "the senator's attacks on the president", "clashed with the
governor over the budget", "hit back at the comments".

Long-form reporting and comment use the words of force for political dispute.  A
fight is read as words (a criticism), not as ASSAULT, when what it is aimed at is
something said or decided (comments, a policy), when the noun says so ("verbal
attacks"), or when both sides are people of public office or named persons and no
armed party is among them.  A fight aimed at a place, a group or a building stays
a fight: "the army attacked the governor's convoy" keeps its ASSAULT.

Departures: "leave" is a withdrawal only when someone leaves a place, a post or a
body ("left Raqqa", "will leave office", "the exiles are leaving"); not when
something is left in a state ("left in limbo", "nowhere left to run", "leave them
vulnerable", "left their mark", "leave the decision to the council").

Needs: "the help they need", "people need assistance" state a need, and ask no one;
and "demonstrating its new clout" shows something, it is no protest.

Naming: "the senator called the decision a disgrace" is no phone call; a verb of
naming with an object predicate says what something is, and no event of its own.

Refused permission to move: "the militia is not allowing the villagers to leave" is
no refusal and no withdrawal, but the militia restricting their movement (PLOVER
COERCE restrict); the leaving it forbids did not happen.

Questions: "'Why now?' she asked", "asked whether the troops would stay" ask a
question and appeal for nothing.

Asides: "let alone secure more gains", "let's say", "let us suppose" are turns of
speech, no permission given.

Meeting without meeting anyone: "met the demands", "failed to meet the deadline",
"the plan was met with criticism", "the bravest officer I ever met" are no talks.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.extract.predicates import is_to_infinitive
from newsevents.extract.statements import states_no_event
from newsevents.knowledge.words import WordLists

TOPIC_PREPOSITIONS = frozenset({"over", "about"})
TARGET_PREPOSITIONS = frozenset({"on", "at", "with", "against"})


def is_verbal_fight(trigger: Token, words: WordLists) -> bool:
    """Whether the fighting word ``trigger`` (a verb or an event noun) is a dispute in words."""
    if any(child.dep_ == "amod" and child.lower_ in words.verbal_fight_modifiers for child in trigger.children):
        return True  # "verbal assaults", "rhetorical attacks"
    # "clashed with Macron at the summit": the forum is where, not whom
    targets = [t for t in _targets(trigger) if t.lemma_.lower() not in words.gathering_nouns]
    if any(target.lemma_.lower() in words.statement_nouns for target in targets):
        return True  # "hit back at the comments", "attacked the new policy"
    doers = _doers(trigger)
    if doers and not targets and _disputes_a_topic(trigger):  # "Erdogan and Putin clashed over ..." (hc4)
        targets = [other for doer in doers for other in doer.conjuncts] or [d for d in doers if d.tag_ == "NNS"]
    return bool(doers and targets) and all(public_person(party, words) for party in (*doers, *targets))


def _disputes_a_topic(trigger: Token) -> bool:
    """ "clashed over the budget", "fought about the deal": a quarrel's topic."""
    return any(c.dep_ == "prep" and c.lower_ in TOPIC_PREPOSITIONS for c in trigger.children)


def _targets(trigger: Token) -> list[Token]:
    found = [child for child in trigger.children if child.dep_ in {"dobj", "nsubjpass"}]
    for child in trigger.children:
        holders = [child, *(g for g in child.children if g.dep_ == "prep")] if child.dep_ in {"prep", "prt"} else []
        for prep in holders:
            if prep.dep_ == "prep" and prep.lower_ in TARGET_PREPOSITIONS:
                found.extend(g for g in prep.children if g.dep_ == "pobj")
    return found


def _doers(trigger: Token) -> list[Token]:
    """The subject or agent of a verb; the possessor or "by" phrase of a noun."""
    found = [child for child in trigger.children if child.dep_ in {"nsubj", "poss"}]
    for child in trigger.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by" and trigger.pos_ == "NOUN"):
            found.extend(g for g in child.children if g.dep_ == "pobj")
    if not found and trigger.dep_ in {"xcomp", "conj"} and trigger.head.pos_ in {"VERB", "AUX"}:
        return _doers(trigger.head)  # "has clashed and argued with ...": the shared subject
    if not found and trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.pos_ == "VERB":
        return _doers(trigger.head)  # "the senator launched attacks on ...": the verb's subject
    return found


def public_person(token: Token, words: WordLists) -> bool:
    """A named person or a person of public office ("the senator", "the Tennessee Republican")."""
    if token.ent_type_ == "PERSON":
        return True
    return token.lemma_.lower() in words.public_office_nouns or token.lower_ in words.public_office_nouns


def is_literal(verb: Token, words: WordLists) -> bool:
    """Whether a verb means the event its lexicon entry codes, not a figure of speech."""
    if verb.lemma_.lower() in words.naming_verbs and any(c.dep_ == "oprd" for c in verb.children):
        return False  # "called the plan reckless"
    if states_a_need(verb, words) or shows_something(verb, words) or _aside(verb, words):
        return False
    if states_no_event(verb, words):  # "allows that ...", "must decide whether ..."
        return False
    return is_departure(verb, words)


def _aside(verb: Token, words: WordLists) -> bool:
    """ "let alone secure more gains", "let's say", "let us suppose": no one let anyone do anything."""
    if verb.lemma_.lower() != "let":
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "alone" for c in verb.children):
        return True
    return any(
        c.dep_ in {"ccomp", "xcomp"}
        and c.lemma_.lower() in words.aside_verbs
        and any(s.dep_ == "nsubj" and s.lower_ in {"us", "'s", "’s"} for s in c.children)
        for c in verb.children
    )


def shows_something(verb: Token, words: WordLists) -> bool:
    """ "demonstrating Russia's new clout", "it demonstrates how reckless they are",
    "as the president demonstrates daily": showing, no protest ("protesters
    demonstrated outside the station")."""
    if verb.lemma_.lower() not in words.showing_verbs:
        return False
    if any(c.dep_ in {"dobj", "ccomp"} for c in verb.children):
        return True
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def states_a_need(verb: Token, words: WordLists) -> bool:
    """ "the help they need", "13 million people need assistance", "Isis needed conquest":
    a need stated, asked of no one; so is what a party "needs to" do when nobody is told
    to say it ("evidence that Canada needed to keep refugees out"): its own duty, no
    demand it makes (hc3, judged Guardian samples).  Said by someone ("the president
    said Kenya needed to withdraw"), it is the speaker's demand (extract/modality.py);
    a need of an act told without its doer ("action was needed") is read as a demand."""
    if verb.lemma_.lower() not in words.need_verbs:
        return False
    if needs_to_do(verb, words):
        return not any(h.pos_ in {"VERB", "AUX"} and h.lemma_ in words.reporting_verbs for h in verb.ancestors)
    if any(c.dep_ in {"auxpass", "nsubjpass", "xcomp", "ccomp"} for c in verb.children):
        return False
    return any(c.dep_ == "dobj" for c in verb.children) or verb.dep_ == "relcl"


def needs_to_do(verb: Token, words: WordLists) -> bool:
    """ "Kenya needed to withdraw": a need of the needer's own act; not "needed money to
    rebuild", a need of a thing."""
    if verb.lemma_.lower() not in words.need_verbs or any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(c.dep_ in {"xcomp", "advcl"} and is_to_infinitive(c) for c in verb.children)


def restricts_movement(verb: Token, words: WordLists) -> bool:
    """ "is not allowing them to leave", "won't let anyone cross", "refused to let the
    residents leave": a verb of permission, negated or refused, over a verb of moving."""
    lemma = verb.lemma_.lower()
    if lemma in words.refusal_verbs:
        return any(c.dep_ == "xcomp" and _permits_a_move(c, words) for c in verb.children)
    return _permits_a_move(verb, words) and (
        any(c.dep_ == "neg" for c in verb.children)
        or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in words.refusal_verbs)
    )


def _permits_a_move(verb: Token, words: WordLists) -> bool:
    """A verb of permission over people's moving ("let the residents leave"; not "allow
    the plane to enter", a refused entry, PLOVER REJECT)."""
    if verb.lemma_.lower() not in words.permission_verbs:
        return False
    moves = [child for child in verb.children if _forbidden_move(child, words)]
    movers = [c for c in (*verb.children, *(g for move in moves for g in move.children)) if c.dep_ in {"dobj", "nsubj"}]
    if any(c.lemma_.lower() in words.vehicle_nouns or c.lemma_.lower() in words.craft_nouns for c in movers):
        return False
    return bool(moves)


def _forbidden_move(child: Token, words: WordLists) -> bool:
    return child.dep_ in {"ccomp", "xcomp"} and child.lemma_.lower() in words.movement_verbs


def is_departure(verb: Token, words: WordLists) -> bool:
    """Whether a verb of leaving (``words.departure_verbs``) is someone going away, and
    no move that a refused permission forbids."""
    if _forbidden_move(verb, words) and restricts_movement(verb.head, words):
        return False
    if verb.lemma_.lower() not in words.departure_verbs:
        return True
    participle = verb.dep_ in {"acl", "amod", "pcomp"} or (
        verb.dep_ == "advcl" and not any(c.dep_ in {"nsubj", "aux"} for c in verb.children)
    )
    if verb.tag_ == "VBN" and (participle or any(c.dep_ == "auxpass" for c in verb.children)):
        return False  # "were left to suffer", "fighters left in the city", "Left in limbo by ..."
    if any(c.dep_ in {"oprd", "acomp", "xcomp", "ccomp"} for c in verb.children):
        return False  # "leave them vulnerable", "leaving the children to die"
    if any(c.dep_ == "prt" and c.lower_ == "behind" for c in verb.children):
        return False  # "the families left behind": abandoned, not withdrawn from
    leavers = _leavers(verb)
    if any(_is_civilian(person, words) for person in leavers):
        return False  # "let the residents leave": civilians going is no retreat of theirs
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(_private_person(p, words) for p in leavers) and not any(_lemma(o) in words.post_nouns for o in objects):
        return False  # "she left the UK in 2015": a person going away; "he left office" resigns
    return all(_place_or_post(obj, words) for obj in objects)


def _leavers(verb: Token) -> list[Token]:
    """Who leaves: the subject, the noun a relative clause hangs on ("villagers who
    left"), or the "for" phrase of an infinitive ("a corridor for families to leave")."""
    leavers = [c for c in verb.children if c.dep_ == "nsubj"]
    governor = verb
    while not leavers and governor.dep_ in {"xcomp", "acomp"} and governor.head.i != governor.i:
        governor = governor.head  # "the women had been able to leave": who was able
        leavers = [c for c in governor.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and any(c.lower_ in {"who", "that"} for c in leavers):
        leavers.append(verb.head)
    for aux in verb.children:
        before = verb.doc[aux.i - 1] if aux.dep_ == "aux" and aux.lower_ == "to" and aux.i > 0 else None
        if before is not None and before.dep_ == "pobj" and before.head.lower_ == "for":
            leavers.append(before)
    counted = [g for leaver in leavers for p in leaver.children if p.lower_ == "of" for g in p.children]
    return leavers + counted  # "thousands of residents"


def _private_person(token: Token, words: WordLists) -> bool:
    """A named person or a personal pronoun, not a public office ("the envoy left")."""
    if token.pos_ == "PRON":
        return token.lower_ in words.personal_pronouns
    return token.ent_type_ == "PERSON" and not any(t.lemma_.lower() in words.public_office_nouns for t in token.subtree)


def _is_civilian(token: Token, words: WordLists) -> bool:
    return token.lemma_.lower() in words.civilian_nouns or token.lower_ in words.civilian_nouns


def _place_or_post(token: Token, words: WordLists) -> bool:
    if token.ent_type_ in {"GPE", "LOC", "FAC", "ORG", "NORP"}:
        return True
    return token.lemma_.lower() in words.departure_objects or token.lower_ in words.departure_objects


def is_meeting(verb: Token, words: WordLists) -> bool:
    """Whether a verb of meeting (``words.encounter_verbs``) is parties meeting: not
    "met the demands", "the plan was met with criticism", "the first officer I met"."""
    if verb.lemma_.lower() not in words.encounter_verbs:
        return True
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    objects += [g for o in objects for p in o.children if p.lower_ == "of" for g in p.children]  # "few of the terms"
    if any(_lemma(obj) in words.unmet_objects for obj in objects):
        return False  # "met the demands", "the deadline was not met"
    received = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
    if any(g.dep_ == "pobj" and _lemma(g) in words.reception_nouns for g in received):
        return False  # "was met with criticism", "the plan met with anger"
    return not _acquaintance(verb, words)


def _acquaintance(verb: Token, words: WordLists) -> bool:
    """ "the bravest officer I ever met", "the first fighter she met": a person one
    came to know, told as a memory, not a meeting of parties."""
    if verb.dep_ != "relcl":
        return False
    if any(c.dep_ == "advmod" and c.lower_ in words.acquaintance_modifiers for c in verb.children):
        return True
    modifiers = [c for c in verb.head.children if c.dep_ == "amod"]
    return any(m.tag_ == "JJS" or m.lower_ in words.acquaintance_modifiers for m in modifiers)


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def asks_a_question(verb: Token, words: WordLists) -> bool:
    """A verb of asking that reports a question ("'Tomorrow?' he asked", "asked whether
    the army would stay"), not an appeal ("asked Chile to release them")."""
    if verb.lemma_.lower() not in words.question_verbs:
        return False
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children):
        return False  # "asked them to leave", "asked for help": an appeal
    if any(c.dep_ == "prep" and c.lower_ == "about" for c in verb.children):
        return True  # "was asked about her plans": an interviewer's question
    for child in verb.children:
        if child.dep_ != "ccomp":
            continue
        first = child.left_edge
        if first.lower_ in words.question_markers or first.tag_ in {"WRB", "WP", "WDT"}:
            return True  # "asked whether ...", "asked why ..."
        if any(t.text == "?" for t in child.subtree):
            return True  # '"Where is the bus?" he asked'
    if any(c.dep_ == "dobj" for c in verb.children):
        return False  # "asked Chile to release them" (the infinitive under the object)
    # the quoted question may be parsed as a sentence of its own: look just before it
    return any(t.text == "?" for t in verb.doc[max(verb.sent.start - 2, 0) : verb.i])
