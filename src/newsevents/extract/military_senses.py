"""Military senses of event verbs that the words around them decide (judged Guardian
samples; PLOVER manual):

* Backing an armed side is military aid (AID 072), not verbal support: "supports the
  YPG militia", "forces backed by the US", "its support for the rebels"; so is backing
  told by its military means or manner ("backed by Turkish artillery", "supported the
  group with airstrikes", "covertly backed the opposition", "armed and supported"), or
  the purpose of forces sent ("sent military advisers to support the regime").
* Training a force is military aid too ("trained the rebels", "fighters trained and
  equipped by the US"); training together or in a place ("the rebel who trained in
  Turkey") stays military cooperation.
* Taking ground by force is an assault (ASSAULT 190), not a seizure of property
  (COERCE 171) nor an abduction (181): "seized the town", "captured Raqqa", "the
  territory it seized", "took control of the city"; holding it is an occupation
  ("occupied the town", COERCE 192), seizing goods or people stays what it was.
* Targeting e-mail accounts, websites or servers is a cyber operation (COERCE
  `cyber`), no attack of arms.
* Weapons or snipers holding a force back ("snipers and mines held back the army") tell
  the fire that did it (ASSAULT), no refusal (hc4).
* A person fighting "with" an armed group fights on its side ("volunteers who fought
  with the YPG"): military cooperation with it, no attack on it (extract/side_fights.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.entities import PLACE_LABELS
from newsevents.extract.side_fights import fights_on_a_side
from newsevents.knowledge.lexicon import EventLexicon, LexiconEntry
from newsevents.knowledge.words import WordLists

WARRING_ENTITIES = frozenset({"PERSON", "ORG"})  # named sides: "Assad", "the YPG"
SEIZURE_CLASSES = frozenset({"seize", "abduct", "occupation"})
CONQUEST = "conquest"
MILITARY_AID = "military_aid"
MILITARY_COOPERATION = "military_coop"
ARMED_FORCE = "force"
CYBER = "cyber"
CONTROL = "control"
TAKE = "take"


def military_sense(verb: Token, entry: LexiconEntry, words: WordLists, lexicon: EventLexicon) -> str | None:
    """The content class a verb has by its military sense, when not its entry's."""
    if (entry.content_class in SEIZURE_CLASSES or _lemma(verb) in words.ground_taking_verbs) and takes_ground(
        verb, words
    ):
        return CONQUEST
    if entry.content_class == MILITARY_COOPERATION and trains_a_force(verb, words, lexicon.armed_actor_nouns):
        return MILITARY_AID
    if entry.content_class == ARMED_FORCE and _hits_accounts(verb, words):
        return CYBER
    if entry.content_class == ARMED_FORCE and fights_on_a_side(verb, words, lexicon):
        return MILITARY_COOPERATION
    if hinders_by_fire(verb, words):
        return ARMED_FORCE
    return None


def hinders_by_fire(verb: Token, words: WordLists) -> bool:
    """ "snipers and mines held back the army", "rockets are preventing the militia from
    advancing": weapons or marksmen stopping a force tell the fire (ASSAULT, hc4), no
    refusal or coercion ("troops prevented the march" stays coercion)."""
    lemma = _lemma(verb)
    phrasal = {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in {"prt", "advmod"}}  # "held back"
    if lemma not in words.hindering_verbs and not phrasal & words.hindering_verbs:
        return False
    fire = words.weapon_nouns | words.marksman_nouns
    return any(_lemma(s) in fire for c in verb.children if c.dep_ == "nsubj" for s in (c, *c.conjuncts))


def takes_ground(verb: Token, words: WordLists) -> bool:
    """ "seized the town", "captured 41 positions", "the land they had seized", "took
    control of Afrin", "seizing control from Kurdish forces": ground taken, not held
    ("occupied", "controls") nor goods or people seized."""
    if _lemma(verb) not in words.ground_taking_verbs or any(c.dep_ == "neg" for c in verb.children):
        return False
    taken = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if verb.dep_ in {"relcl", "acl"} and verb.head.pos_ in {"NOUN", "PROPN"} and not taken:
        taken.append(verb.head)  # "the territory it seized", "the town captured by the rebels"
    for thing in taken:
        if _lemma(verb) == TAKE and _lemma(thing) in words.stance_nouns_taken:
            continue  # "took positions", "taking his White House position": a stance or a post
        if _lemma(thing) == CONTROL:
            return _controls_ground(thing, words)
        if _lemma(thing) in words.taken_ground_nouns or (thing.ent_type_ in PLACE_LABELS and thing.pos_ == "PROPN"):
            return True
    return False


def _controls_ground(control: Token, words: WordLists) -> bool:
    """ "control of the city", "control of Deraa", "control from Kurdish forces"."""
    for prep in control.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ == "from":
            return True
        if prep.lower_ == "of":
            return any(
                _lemma(g) in words.taken_ground_nouns or g.ent_type_ in PLACE_LABELS
                for g in prep.children
                if g.dep_ == "pobj"
            )
    return any(c.dep_ == "prep" and c.lower_ == "from" for c in control.head.children)


def trains_a_force(verb: Token, words: WordLists, armed_nouns: frozenset[str]) -> bool:
    """ "trained the rebels", "units trained and equipped by the US", "have trained
    them": a force trained by another; "trained in Turkey", "trained together" train no
    one, and "children were trained to lie" no force."""
    trained = [c for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ in {"dobj", "nsubjpass"}]
    if verb.tag_ == "VBN" and verb.dep_ in {"acl", "amod"}:
        trained.append(verb.head)  # "fighters trained by the US"
    force_nouns = armed_nouns | words.trained_force_nouns
    return any(
        word.pos_ == "PRON" or _lemma(word) in force_nouns or word.lower_ in force_nouns
        for party in trained
        for word in (party, *party.conjuncts)
    )


def _hits_accounts(verb: Token, words: WordLists) -> bool:
    """ "targeted the email accounts of", "targeted government websites"."""
    for thing in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}):
        for word in (thing, *(c for c in thing.lefts if c.dep_ in {"compound", "amod", "nmod"})):
            if _lemma(word) in words.cyber_target_nouns or word.lower_ in words.cyber_target_nouns:
                return True
    return False


def backs_an_armed_party(token: Token, words: WordLists, armed_nouns: frozenset[str]) -> bool:
    """ "the US supports the YPG militia", "Kurdish forces backed by the US", "its support
    for the rebels", "backed by Turkish artillery", "covertly backed", "armed and
    supported the separatists": backing an armed side, or backing in arms, is military
    aid (PLOVER AID, judged Guardian samples), not verbal SUPPORT ("backs military
    intervention" is)."""
    if token.lemma_.lower() not in words.backing_words:
        return False
    if token.pos_ in {"VERB", "AUX"} and _sent_force_to(token, words, armed_nouns):
        return True
    if token.pos_ in {"VERB", "AUX"}:
        parties = [o for c in token.children if c.dep_ in {"dobj", "nsubjpass"} for o in (c, *c.conjuncts)]
        described = token.head if token.dep_ in {"acl", "relcl"} and token.head.pos_ in {"NOUN", "PROPN"} else None
        parties += [described] if described is not None and token.tag_ == "VBN" else []
        if _backs_in_arms(token, words, armed_nouns):
            return True
    else:
        parties = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children]
    if any(
        word.lemma_.lower() in armed_nouns or word.lower_ in armed_nouns
        for party in parties
        for word in (party, *_armed_modifiers(party, words))
    ):
        return True
    # an operation told as backed ("the offensive, backed by the coalition") is backed in
    # arms; one backed as a policy ("the senator supported the invasion") is not
    passive = [p for p in parties if p.dep_ != "dobj"] if token.pos_ in {"VERB", "AUX"} else []
    if any(is_armed_operation(party, words, armed_nouns) for party in passive):
        return True
    # a group's modifiers name it ("the opposition groups"); a thing's do not ("the UN call")
    sides = [
        word
        for party in parties
        for word in (party, *(_armed_modifiers(party, words) if _lemma(party) in words.armed_group_nouns else ()))
    ]
    return any(_warring_side(side, words) for side in sides) and _about_a_war(token, words)


def is_armed_operation(noun: Token, words: WordLists, armed_nouns: frozenset[str]) -> bool:
    """ "the offensive", "the invasion", "the ground campaign", "the SDF's drive for
    Raqqa": an operation of force (hb7); "a drive to recruit voters" is none."""
    if _lemma(noun) in words.armed_operation_nouns:
        return True
    if _lemma(noun) not in words.operation_nouns:
        return False
    return any(
        (c.dep_ in {"amod", "compound"} and c.lower_ in words.military_kind_modifiers)
        or (c.dep_ == "poss" and (_lemma(c) in armed_nouns or c.ent_type_ in WARRING_ENTITIES))
        for c in noun.children
    )


def _warring_side(party: Token, words: WordLists) -> bool:
    """A side that may be backed in a war: a named leader, group or people ("Assad",
    "the YPG", "the Kurds"), or a government, regime or opposition."""
    if (party.ent_type_ in WARRING_ENTITIES and party.pos_ == "PROPN") or party.ent_type_ == "NORP":
        return True
    return _lemma(party) in words.warring_side_nouns


def _about_a_war(token: Token, words: WordLists) -> bool:
    """Whether the backing word's sentence is about a war ("in the war", "on the
    battlefield", "the conflict")."""
    return any(_lemma(t) in words.war_context_nouns for t in token.sent if t.pos_ == "NOUN")


def _armed_modifiers(party: Token, words: WordLists) -> list[Token]:
    """The words that may name a party armed: its compounds ("the YPG militia"), and
    the adjectives of a group ("jihadist groups"), not of a policy ("backs military
    intervention" is verbal support)."""
    grouped = _lemma(party) in words.armed_group_nouns
    return [c for c in party.lefts if c.dep_ == "compound" or (grouped and c.dep_ == "amod")]


def _sent_force_to(verb: Token, words: WordLists, armed_nouns: frozenset[str]) -> bool:
    """ "sent military advisers to support Assad", "deployed troops to back the army":
    backing by forces sent for it is military aid."""
    head = verb.head
    if verb.dep_ not in {"advcl", "xcomp"} or head.lemma_.lower() not in words.force_sending_verbs:
        return False
    sent = [o for c in head.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    force_nouns = armed_nouns | words.trained_force_nouns
    return any(_lemma(o) in force_nouns or o.lower_ in force_nouns for o in sent)


def _backs_in_arms(verb: Token, words: WordLists, armed_nouns: frozenset[str]) -> bool:
    """Backing told by its means, its manner or a military deed beside it: "backed by US
    airpower", "supported the group with airstrikes", "covertly backing", "armed and
    supported", "backed and later armed"."""
    if any(c.dep_ == "advmod" and c.lower_ in words.covert_backing_adverbs for c in verb.children):
        return True
    linked = [*verb.conjuncts, *(c for c in verb.children if c.dep_ == "conj")]
    if any(_lemma(other) in words.arming_verbs for other in linked):
        return True
    means = [
        g
        for c in verb.children
        if (c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in {"with", "by"}))
        for g in c.children
        if g.dep_ == "pobj"
    ]
    military = words.military_means_nouns | armed_nouns
    return any(_lemma(word) in military for m in means for word in (m, *m.conjuncts))


def _lemma(token: Token) -> str:
    return token.lemma_.lower()
