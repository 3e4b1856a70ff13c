"""Event words that tell no event between parties (hf4, judged on Guardian samples).

Each check looks at one candidate's trigger and the words around it in the parse:

* A refused private act: "the man refused to eat", "refused to sleep in the tent"
  turn down no one's demand (``private_act_verbs``).
* A promise to the press: "promised to release more details", "vowed to disclose the
  figures" is a source's word about what it will tell, no agreement with anyone.
* A person's vow to a cause: "she committed herself to fighting prejudice" pledges a
  life's work, not a deed to a party; "Kenya committed itself to a ceasefire" stays.
* Harm brought on oneself: "the penalty she has brought upon herself", "as Begum has
  invited upon herself" name the self as the cause, no party acts on another.
* Ruling out what others might do: "ruled out a war between India and Pakistan" is a
  forecast of two other sides, no refusal of anything asked of the speaker.
* A standing stance: "the general, who now opposes the Kremlin" describes a person's
  side, no act of rejection on a day (``stance_verbs``).
* A harm warded off: "protection from an Israeli attack", "shields them against
  airstrikes" name what is feared, not an attack that took place ("protected the
  town from the attack" tells one that came, and stays).
* A deed reacted to: "his men cheered at every explosion" do not explode anything.
* Alternatives: "they gave us a plane or gave us money", the same verb twice joined
  by "or", lists what should have been, not what was.
* What a law allows: "the law allows Britain to revoke citizenship" says what may be
  done, not that it was.
* A figure flagged as one: "he has, in a sense, signed a death warrant for the
  alliance", "metaphorically stabbed them" (``figure_adverbs``, ``figure_nouns``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.knowledge.words import WordLists

SELF_PREPOSITIONS = frozenset({"upon", "on"})
WARDED_PREPOSITIONS = frozenset({"from", "against"})
GOVERNED_DEPS = frozenset({"xcomp", "ccomp"})
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def tells_no_event(trigger: Token, words: WordLists) -> bool:
    """Whether the candidate whose deciding word is ``trigger`` tells no event at all."""
    if trigger.pos_ in {"VERB", "AUX"}:
        return (
            _refuses_private_act(trigger, words)
            or _promises_to_disclose(trigger, words)
            or _vows_to_a_cause(trigger, words)
            or _brought_on_oneself(trigger, words)
            or _rules_out_others(trigger, words)
            or _standing_stance(trigger, words)
            or _alternative(trigger)
            or _allowed_by_law(trigger, words)
            or _told_as_a_figure(trigger, words)
        )
    return _warded_off(trigger, words) or _reacted_to(trigger, words)


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _governed(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in GOVERNED_DEPS]


def _refuses_private_act(verb: Token, words: WordLists) -> bool:
    return _lemma(verb) in words.refusal_verbs and any(_lemma(c) in words.private_act_verbs for c in _governed(verb))


def _promises_to_disclose(verb: Token, words: WordLists) -> bool:
    """ "promised to release more details", "vowed to disclose the figures"."""
    if _lemma(verb) not in words.pledging_verbs:
        return False
    for act in _governed(verb):
        if _lemma(act) in words.disclosure_verbs:
            return True
        if _lemma(act) in words.publishing_verbs and any(
            c.dep_ == "dobj" and c.lower_ in words.publication_nouns for c in act.children
        ):
            return True
    return False


def _vows_to_a_cause(verb: Token, words: WordLists) -> bool:
    """A person committing herself to an ongoing cause told by a gerund ("committed
    herself to fighting prejudice"); a named leader's vow stays a pledge."""
    if _lemma(verb) not in words.pledging_verbs or not any(
        c.dep_ == "dobj" and c.lower_ in words.person_reflexive_pronouns for c in verb.children
    ):
        return False
    if any(c.dep_ == "nsubj" and _lemma(c) in words.public_office_nouns for c in verb.children):
        return False  # "the minister committed himself to holding talks": a pledge of office
    return any(
        c.dep_ == "prep" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children) for c in verb.children
    )


def _brought_on_oneself(verb: Token, words: WordLists) -> bool:
    if _governed(verb):
        return False  # "took it upon himself to negotiate": the negotiation is the deed
    return any(
        c.dep_ == "prep"
        and c.lower_ in SELF_PREPOSITIONS
        and any(g.dep_ == "pobj" and g.lower_ in words.reflexive_pronouns for g in c.children)
        for c in verb.children
    )


def _rules_out_others(verb: Token, words: WordLists) -> bool:
    """ "ruled out a war between India and Pakistan": an event of two other sides; a
    veto of "a mechanism between the OPCW and the UN" refuses a thing asked for."""
    if _lemma(verb) not in words.ruling_out_verbs:
        return False
    return any(
        c.dep_ == "dobj" and any(g.dep_ == "prep" and g.lower_ == "between" for g in c.children) for c in verb.children
    )


def _standing_stance(verb: Token, words: WordLists) -> bool:
    """A relative clause in the simple present of a stance ("who now opposes the
    Kremlin"): the side its noun is on."""
    if verb.dep_ != "relcl" or _lemma(verb) not in words.stance_verbs or verb.tag_ not in {"VBZ", "VBP"}:
        return False
    return not any(c.dep_ in {"aux", "auxpass", "neg"} for c in verb.children)


def _alternative(verb: Token) -> bool:
    """The same verb twice joined by "or" ("gave us a plane or gave us money")."""
    first = verb if verb.dep_ != "conj" else verb.head
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in first.children):
        return False
    return any(c.dep_ == "conj" and _lemma(c) == _lemma(first) for c in first.children)


def _allowed_by_law(verb: Token, words: WordLists) -> bool:
    """ "The law allows Britain to revoke ...": what a rule permits is not done."""
    head = verb.head
    if verb.dep_ not in GOVERNED_DEPS or _lemma(head) not in words.permission_verbs:
        return False
    return any(c.dep_ == "nsubj" and _lemma(c) in words.enactment_nouns for c in head.children)


def _warded_off(noun: Token, words: WordLists) -> bool:
    """ "protection from an Israeli attack", "shield the city against airstrikes"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in WARDED_PREPOSITIONS:
        return False
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) for c in noun.children):
        return False  # "protected the town from the attack": one that came
    holder = prep.head  # the parser may hang "from" on the verb: "offers them protection from"
    return _lemma(holder) in words.protection_words or any(
        c.dep_ == "dobj" and _lemma(c) in words.protection_words for c in holder.children
    )


def _reacted_to(noun: Token, words: WordLists) -> bool:
    """ "cheered at every explosion": the noun is what someone reacted to; "applauded
    at the summit" names where they were, and the summit stays."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or _lemma(noun) in words.gathering_nouns:
        return False
    return _lemma(prep.head) in words.reaction_verbs


def _told_as_a_figure(verb: Token, words: WordLists) -> bool:
    """ "in a sense, signed a death warrant", "figuratively stabbed"."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in words.figure_adverbs:
            return True
        if child.dep_ == "prep" and child.lower_ == "in":
            if any(g.dep_ == "pobj" and _lemma(g) in words.figure_nouns for g in child.children):
                return True
    return False
