"""Senses of event verbs that the words around them decide (issue 11, judged Guardian
samples): the lexicon entry of a verb is its event only when its objects fit.

* Receiving: "the minister received the delegation" hosts a visit (CONSULT 043),
  "received a phone call", "received aid", "the aid they received" are the call and the aid; "received no new
  guidance", "received positive answers" are no visit and no event.
* Calling: "called the ambassador", "they called again" are phone calls, "called an
  emergency meeting", "called a general strike" convene or declare them; "called the overhaul a necessity", "called the
  elections early" call no one.
* Challenging: "challenged the ruling", "challenged its assertion" dispute something
  said or decided (ACCUSE); "challenged the president to a debate", "challenge the
  US" contest a rival, no accusation.
* Targeting: "the countries targeted by the travel ban", "targeted in the new rules"
  are aimed at by a policy, no attack.
* Occupying a post or a seat ("the position he has occupied") holds it, and taking
  control of a chamber ("of the House") wins a majority: no ground taken.
* Destroying: "destroyed the evidence" hides a record, no attack on anyone;
  releasing: "released a video", "figures released by the agency" publish, free no one.
* Seeking to do something tries it ("sought to limit the war": the plan, if the lexicon
  knows it, else nothing), no appeal; "asked not to be named" asks for anonymity.
* Pressure by no one: "were forced from their homes", "was forced into a run-off",
  "was forced to accept the refugees" name no one who forced: no demand.
* Buying or investing is a trade only with a seller, a sum or goods states trade ("bought
  missiles", "bought oil from Iran"): "bought a helmet", "invested heavily in the
  strategy" are no cooperation; evidence given for a claim shares nothing.
* Supporting an account ("the account was supported by officials") corroborates it.
* Backing an armed side is military aid (extract/military_senses.py).
* Taking or bringing soldiers "out of" a country or "home" withdraws them (RETREAT), no
  mobilisation; "took out the radar", "brought home the message" withdraw no one.
* "picked up by police" is an arrest; "picked up by his family" or "by a delegation"
  collects a person.  "was given access" names no giver: no event of the receiver's;
  "gave them the power to arrest" grants a power and arrests no one.
* Doing a deed the lexicon does not know: "committed crimes", "the atrocities
  committed by the militia" are no pledge ("committed to holding talks" is).
* Standing states: "the 2,000 troops stationed in the north-east", "US forces are
  stationed there" tell where forces are, no deployment ("Russia stationed missiles in
  Kaliningrad", with its doer, is one).
* Holding ground told as a state: "the group still holds territory there", "Idlib is
  controlled by the militia", "forces controlling the north-east", "the area occupied
  by the rebels" say who holds what, no taking of it ("occupied the town on Monday",
  "took control of the city", "were occupying the square" stay events).
* Idioms and domestic acts: "stole the show", "grabbed the headlines" seize only
  attention; "signed an executive order", "signed the bill into law" enact, agree with no
  one (SUPPORT 057 is an agreement concluded); "providing a live stream", "provided
  coverage" broadcast, aid no one.
* Defending ground: "defended Kobane from Isis" fights the foe (ASSAULT); "Afrin,
  defended by the YPG", "the youth who defended the city" tell who held it, no fight
  with anyone; "defended his decision" stays support.
* Fighting beside an ally: "fought alongside the Kurds", "fought with US forces against
  Isis" cooperate with them in arms (COOPERATE 062), attack no one of theirs.
* Seeking a goal rather than something one is given: "sought an outright victory",
  "seeks dominance in the region" pursue an aim, ask no one ("sought help" asks).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.entities import PLACE_LABELS
from newsevents.extract.enabling_things import enabled_by_a_thing
from newsevents.extract.hosted_people import ASYLUM, HOSTING, hosts_the_displaced
from newsevents.extract.left_bodies import MEMBERSHIP_WITHDRAWAL, leaves_a_body
from newsevents.extract.lexicon_lookup import noun_entry
from newsevents.extract.predicates import is_to_infinitive, prepositional_objects
from newsevents.knowledge.lexicon import EventLexicon, LexiconEntry
from newsevents.knowledge.words import WordLists

PARTY_ENTITIES = frozenset({"PERSON", "NORP", "GPE", "ORG"})
PHONE_CALL = "041"
HOST_VISIT = "043"
SIGNING = "057"
# What one calls, convening or declaring it: "called an emergency meeting", "called a
# general strike"; "called the threat of a strike dangerous" names a threat, no call.
CALLED_CLASSES = frozenset({"meet", "negotiate", "phone", "strike", "protest", "boycott", "ceasefire"})
ARMED_FORCE = "force"
# Places defended: with a foe named, any place entity ("defended Kobane from Isis"); with
# none, only land and sites ("the town, defended by the militia"), not a country one can
# defend in words ("defended Russia over the claims").
HELD_PLACES = frozenset({"LOC", "FAC"})
MILITARY_COOPERATION = "military_coop"
DESTRUCTION = "destroy"
RELEASE = "release"
OCCUPATION = "occupation"
ECONOMIC = "economic"
CONTROL = "control"
WITHDRAWAL = "withdrawal"
ARREST = "arrest"
GIVING = "give"


def wrong_sense(verb: Token, entry: LexiconEntry, words: WordLists, lexicon: EventLexicon) -> bool:
    """Whether the verb's entry names an event that its objects show it is not."""
    lemma = verb.lemma_.lower()
    objects = [o for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} for o in (c, *c.conjuncts)]
    if entry.cameo == HOST_VISIT and objects:
        return not any(is_party(obj, words, lexicon) or _names_an_event(obj, lexicon) for obj in objects)
    if entry.cameo == PHONE_CALL and lemma in words.naming_verbs:  # "called a meeting" convenes it
        things = [c for c in verb.children if c.dep_ == "dobj" and not is_party(c, words, lexicon)]
        return any(_content_class(c, lexicon) not in CALLED_CLASSES for c in things)
    if lemma in words.standing_state_verbs and _passive(verb) and not is_to_infinitive(verb):
        return not any(c.dep_ == "agent" for c in verb.children)  # "troops stationed there", not "to be stationed"
    held_as_state = lemma in words.holding_verbs and _told_as_state(verb, words.change_adverbs)
    if held_as_state and not _by_protesters(verb, lexicon):
        return lemma != "hold" or any(_lemma(obj) in words.held_ground_nouns for obj in objects)
    goals = [c for c in verb.children if c.dep_ == "dobj" and _lemma(c) in words.sought_goals]
    if lemma in words.attempt_verbs and goals:
        return True  # "sought an outright victory": an aim, asked of no one
    if lemma in words.question_verbs and any(_asks_anonymity(c, words) for c in verb.children):
        return True  # "asked not to be named"
    if lemma in words.backing_words and any(_lemma(obj) in words.account_nouns for obj in objects):
        return True  # "the account was supported by officials": corroborated, no political support
    if entry.content_class == WITHDRAWAL and lemma in words.removal_verbs:
        return not _takes_forces_away(verb, objects, lexicon)
    if entry.content_class == ARREST and lemma == "pick":
        return not _arresting_doer(verb, words)
    if entry.operator == GIVING and _given_by_no_one(verb):
        return True  # "UN troops were given access to the base": no troops sent, no giver named
    if entry.operator == GIVING and any(_lemma(obj) in words.capacity_nouns for obj in objects):
        return True  # "gave prosecutors the power to arrest him": a power granted, no arrest
    if lemma in words.defending_verbs and _defended_ground(verb, words, HELD_PLACES) and not _defence_foes(verb, words):
        return True  # "Afrin, defended by the YPG", "the youth who defended the city": held, no fight told
    if any(_lemma(obj) in words.attention_nouns for obj in objects):
        return True  # "stole the show", "grabbed the headlines": noticed, no one seized
    if entry.cameo == SIGNING and objects and all(_lemma(obj) in words.enactment_nouns for obj in objects):
        return True  # "signed an executive order": a domestic act, no agreement with anyone
    if entry.operator == GIVING and any(_lemma(obj) in words.broadcast_nouns for obj in objects):
        return True  # "is providing a live stream of the briefing": coverage, no aid
    if any(_controls_a_chamber(obj, words) for obj in objects):
        return True  # "Democrats take control of the House": a majority won, no ground taken
    if entry.content_class == ECONOMIC and lemma in words.trading_verbs:
        return not _trades(verb, objects, words)
    if any(_substantiates(obj, words) for obj in objects):
        return True  # "did not provide evidence for the claim": no information shared with anyone
    if lemma in words.disputing_verbs:
        return not any(_said_or_decided(obj, words) for obj in objects)
    if entry.content_class == ARMED_FORCE and lemma in words.aiming_verbs:
        return any(_said_or_decided(g, words) for g in _prepositional_objects(verb, {"in", "by"}))
    if entry.content_class == DESTRUCTION:
        return any(_lemma(obj) in words.record_nouns for obj in objects)
    described = described_noun(verb)
    affected = objects if described is None else [*objects, described]  # "the video released by"
    if entry.content_class == OCCUPATION:  # "a position he has occupied for a decade"
        return any(_lemma(obj) in words.post_nouns for obj in affected)
    if entry.content_class == RELEASE:
        return any(_lemma(obj) in words.publication_nouns or obj.lower_ in words.publication_nouns for obj in affected)
    if entry.operator and entry.weak and lemma in lexicon.causative_verbs:
        return _passive(verb) and not any(c.dep_ == "agent" for c in verb.children)
    return enabled_by_a_thing(verb, entry, words)  # "it allowed the army to arrest ...": no concession


def fights_alongside(verb: Token, words: WordLists, lexicon: EventLexicon) -> bool:
    """ "fought alongside the Kurds", "fought with US forces against Isis", "fighting with
    the rebels in the battle against the army": a fight beside an ally, whose foe is
    named apart or not at all, is military cooperation with the ally (COOPERATE 062), no
    attack on it.  "fought Isis alongside the Kurds" names its foe: the attack."""
    if verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return False
    partners = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in words.ally_prepositions]
    if partners:
        return True
    allies = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
        if g.dep_ == "pobj" and is_party(g, words, lexicon)  # not "retaliated with an attack against"
    ]
    foe_named = any(t.dep_ == "prep" and t.lower_ in words.foe_prepositions for t in verb.subtree)
    return bool(allies) and foe_named


def class_by_sense(verb: Token, entry: LexiconEntry, words: WordLists, lexicon: EventLexicon) -> str | None:
    """The content class a verb has by the words around it, when not its entry's:
    fighting beside an ally is military cooperation, defending ground from a foe a
    fight, and "the assistance the rebels received from the US" the assistance."""
    if entry.content_class == ARMED_FORCE and fights_alongside(verb, words, lexicon):
        return MILITARY_COOPERATION
    if defends_ground_from_a_foe(verb, words, lexicon):
        return ARMED_FORCE
    if entry.content_class == WITHDRAWAL and leaves_a_body(verb, words):
        return MEMBERSHIP_WITHDRAWAL  # "left the EU": SANCTION withdraw, no pullback
    if entry.content_class == HOSTING and hosts_the_displaced(verb, lexicon):
        return ASYLUM  # "hosts 600,000 refugees": shelter (AID), no visit
    described = described_noun(verb)
    if (
        entry.cameo == HOST_VISIT
        and verb.dep_ == "relcl"
        and described is not None
        and not is_party(described, words, lexicon)
        and not any(c.dep_ == "dobj" for c in verb.children)  # "hostilities through which they received aid"
    ):
        received = noun_entry(described, lexicon)[0]
        return None if received is None else received.content_class
    return None


def defends_ground_from_a_foe(verb: Token, words: WordLists, lexicon: EventLexicon) -> bool:
    """ "defended Kobane from Isis", "defending the town against the army": a fight
    against the foe (ASSAULT), no verbal support of the place."""
    return (
        verb.lemma_.lower() in words.defending_verbs
        and _defended_ground(verb, words, PLACE_LABELS)
        and any(is_party(foe, words, lexicon) for foe in _defence_foes(verb, words))
    )


def _defended_ground(verb: Token, words: WordLists, places: frozenset[str]) -> bool:
    """A place defended: a town, a region ("defended the city"), or a place entity of
    ``places``; a country defended with no foe named ("defended Russia over claims")
    is defended in words, so only held places count there."""
    grounds = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    grounds += [described] if (described := described_noun(verb)) is not None else []
    if verb.dep_ == "acl" and verb.head.pos_ == "PROPN":
        grounds.append(verb.head)  # "Afrin, defended by the YPG"
    return any(g.ent_type_ in places or _lemma(g) in words.held_ground_nouns for g in grounds)


def _defence_foes(verb: Token, words: WordLists) -> list[Token]:
    return prepositional_objects(verb, words.defence_prepositions)


def tries(verb: Token, words: WordLists) -> bool:
    """ "sought to limit the war", "Iran seeks to build militias": a verb of asking over
    an infinitive is an attempt, read as the plan it governs, no appeal ("sought help")."""
    return verb.lemma_.lower() in words.attempt_verbs and any(
        c.dep_ == "xcomp" and c.pos_ == "VERB" for c in verb.children
    )


def _asks_anonymity(child: Token, words: WordLists) -> bool:
    return child.dep_ == "xcomp" and child.lemma_.lower() in words.anonymity_verbs and _passive(child)


def deed_objects(verb: Token) -> list[Token]:
    """What a verb of doing does: its objects, or the noun it describes ("the
    atrocities committed by", "the crimes they committed"); none when a clause says
    it ("ordered Rampal to appear")."""
    if any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children):
        return []
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.pos_ == "NOUN"]
    described = described_noun(verb)
    return objects if described is None else [*objects, described]


def described_noun(verb: Token) -> Token | None:
    """The noun a participle or relative clause describes ("the atrocities *committed*")."""
    return verb.head if verb.dep_ in {"acl", "relcl"} and verb.head.pos_ == "NOUN" else None


def _trades(verb: Token, objects: list[Token], words: WordLists) -> bool:
    """ "bought S-400 missiles", "bought oil from Iran", "invested $2bn in the port": a
    trade; "bought a helmet", "had heavily invested in the strategy" are no cooperation."""
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
        return True
    if any(t.ent_type_ == "MONEY" for t in verb.subtree):
        return True
    return any(_lemma(obj) in words.traded_goods or obj.lower_ in words.traded_goods for obj in objects)


def _takes_forces_away(verb: Token, objects: list[Token], lexicon: EventLexicon) -> bool:
    """ "took its soldiers out of Mali", "bring the troops home": soldiers moved away."""
    path = any(
        (c.dep_ in {"prep", "prt"} and c.lower_ == "out" and any(g.lower_ == "of" for g in c.children))
        or (c.dep_ == "advmod" and c.lower_ == "home")
        for c in verb.children
    )
    armed = lexicon.armed_actor_nouns
    return path and any(_lemma(obj) in armed or obj.lower_ in armed for obj in objects)


def _arresting_doer(verb: Token, words: WordLists) -> bool:
    """Whether who "picked up" a person can arrest: police, soldiers, fighters; or no
    one named ("he was picked up on Monday").  A family or a delegation collects."""
    doers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    doers += [c for c in verb.children if c.dep_ == "nsubj"]
    if not doers:
        return True
    return any(
        _lemma(word) in words.arresting_nouns or word.lower_ in words.arresting_nouns
        for doer in doers
        for word in (doer, *(c for c in doer.lefts if c.dep_ in {"compound", "amod"}))
    )


def _given_by_no_one(verb: Token) -> bool:
    """A passive "give" with a retained object and no agent ("were given access"): its
    subject received, and no giver is named."""
    return (
        _passive(verb)
        and any(c.dep_ == "dobj" for c in verb.children)
        and any(c.dep_ == "nsubjpass" for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    )


def _controls_a_chamber(noun: Token, words: WordLists) -> bool:
    if _lemma(noun) != CONTROL:
        return False
    held = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    return any(_lemma(g) in words.chamber_nouns for g in held)


def _substantiates(noun: Token, words: WordLists) -> bool:
    """ "evidence for the claim", "evidence of proof": evidence given for an argument."""
    if _lemma(noun) not in words.proof_nouns:
        return False
    backed = [g for p in noun.children if p.dep_ == "prep" and p.lower_ in {"for", "of"} for g in p.children]
    return any(_lemma(g) in words.account_nouns or _lemma(g) in words.proof_nouns for g in backed)


def is_party(token: Token, words: WordLists, lexicon: EventLexicon) -> bool:
    """A person or a political body: someone one can host or phone."""
    if token.pos_ == "PRON":
        return token.lower_ not in {"it", "this", "that", "what", "which"}
    if any(t.ent_type_ in PARTY_ENTITIES for t in token.subtree if t.i <= token.i):
        return True
    lemma = _lemma(token)
    return lemma in lexicon.political_actor_nouns or lemma in words.public_office_nouns or lemma in words.visitor_nouns


def _content_class(noun: Token, lexicon: EventLexicon) -> str | None:
    entry = noun_entry(noun, lexicon)[0]
    return None if entry is None else entry.content_class


def _names_an_event(noun: Token, lexicon: EventLexicon) -> bool:
    """ "received a phone call", "received aid", "received a mission of observers": what
    is received is an event of its own, read as the verb's content."""
    counted = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    return any(noun_entry(word, lexicon)[0] is not None for word in (noun, *counted))


def _said_or_decided(token: Token, words: WordLists) -> bool:
    return _lemma(token) in words.statement_nouns or token.lower_ in words.statement_nouns


def _prepositional_objects(verb: Token, prepositions: set[str]) -> list[Token]:
    found: list[Token] = []
    for child in verb.children:
        if (child.dep_ == "prep" and child.lower_ in prepositions) or child.dep_ == "agent":
            found.extend(g for g in child.children if g.dep_ == "pobj")
    return found


def _by_protesters(verb: Token, lexicon: EventLexicon) -> bool:
    """ "students occupying the campus": a sit-in, an act of protest, not ground held."""
    holders = [c for c in verb.children if c.dep_ == "nsubj"]
    holders += [described] if (described := described_noun(verb)) is not None else []
    return any(_lemma(h) in lexicon.protester_actor_nouns for h in holders)


def _told_as_state(verb: Token, change_adverbs: frozenset[str]) -> bool:
    """A simple present ("holds territory", "is controlled by"), or a participle with no
    auxiliary that describes a noun or a party ("forces controlling the north-east",
    "the area occupied by the rebels", "..., occupying much of the north-east"); not one
    that tells a change ("now control")."""
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(c.dep_ == "advmod" and c.lower_ in change_adverbs for c in verb.children):
        return False  # "rebels now control the valley": control newly won, the news
    if verb.tag_ in {"VBZ", "VBP"}:
        return not auxiliaries
    if verb.tag_ in {"VBG", "VBN"} and verb.dep_ in {"acl", "advcl"}:
        return not auxiliaries
    return verb.tag_ == "VBN" and auxiliaries in (["is"], ["are"])


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children) or (verb.tag_ == "VBN" and verb.dep_ in {"acl", "amod"})


def _lemma(token: Token) -> str:
    return token.lemma_.lower()
