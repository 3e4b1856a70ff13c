"""Parties named inside a noun phrase, where the clause's grammar puts none.

An event noun or the thing it is done to often carries its party in its own
words: the one who holds the ground attacked ("shelled *Isis* positions", "the
last *rebel* redoubt"), the agent of a participle on the event noun ("airstrikes
carried out *by Russian jets*", "sanctions imposed *by Washington*"), the subject of
a relative clause that launched it ("the assault *Erdogan* launched") and the leader
of an event led by a country ("a *Saudi*-led blockade").  The doer of a passive
violent verb is often only the owner of the attack it happened in ("killed in a
*Russian* airstrike", "wounded during *the regime's* bombardment").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.entities import PARTY_LABELS
from newsevents.extract.aimed_places import aimed_at_place
from newsevents.extract.phrases import names_people, noun_phrase
from newsevents.knowledge.actors import load_sector_words
from newsevents.knowledge.words import WordLists

BACKING_PARTICIPLES = {"support", "back", "aid", "assist", "help", "fund", "sponsor"}
LEADING_PARTICIPLES = {"led"}  # "US-led"; not "US-backed": a backer is no doer


def holder(phrase: Span, words: WordLists) -> Span | None:
    """The party whose ground a phrase names, as the one attacked there: "Isis
    positions", "the regime's bases", "Kurdish strongholds", "the last al-Shabaab
    redoubt" (a name the parser may leave untagged, or split into compounds of the
    ground: the whole name)."""
    root = phrase.root
    if root.lemma_.lower() not in words.holding_nouns:
        return None
    for child in root.lefts:
        if child.pos_ == "PRON":
            continue  # "their positions": who "they" are the memory does not say here
        if child.dep_ == "compound" and child.ent_type_ in PARTY_LABELS and child.head == root:
            return _whole_name(child, root)
        if child.dep_ in {"poss", "compound"} and (
            child.ent_type_ in PARTY_LABELS or names_people(child) or child.pos_ == "PROPN"
        ):
            return noun_phrase(child)
        if child.dep_ == "amod" and child.ent_type_ == "NORP":
            return noun_phrase(child)
    return None


def _whole_name(first: Token, ground: Token) -> Span:
    """The name a compound of the ground begins, up to the ground: "al - Shabaab"
    parsed as three compounds of "redoubt"."""
    doc = first.doc
    end = first.i + 1
    while end < ground.i and doc[end].ent_iob_ == "I":
        end += 1
    return noun_phrase(first) if end == first.i + 1 else doc[first.i : end]


def participle_agent(noun: Token) -> Span | None:
    """The agent of a passive participle on an event noun: "attacks carried out *by
    the rebels*", "the sanctions imposed *by Washington*"."""
    for child in noun.children:
        if child.dep_ != "acl" or child.tag_ != "VBN" or child.lemma_.lower() in BACKING_PARTICIPLES:
            continue  # "an offensive supported by coalition airstrikes": a backer is no doer
        for agent in (c for c in child.children if c.dep_ == "agent"):
            party = next((g for g in agent.children if g.dep_ == "pobj"), None)
            if party is not None:
                return noun_phrase(party)
    return None


def launcher(noun: Token, words: WordLists) -> Span | None:
    """Who launched an event noun, named as the subject of a relative clause whose
    object it is: "the assault on Afrin *that Erdogan* launched", "the offensive *the
    army* began in May"; not "the campaign that began in May" (the noun is the
    subject) nor "the war he waged" (a pronoun the memory does not read here).  The
    parser may hang the clause on the noun's target ("the offensive on the valley that
    Ethiopia launched"): a target is never launched."""
    targets = [g for c in noun.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    hosts = [noun, *(t for t in targets if t.lemma_.lower() not in words.event_nouns)]
    relatives = [c for host in hosts for c in host.children if c.dep_ == "relcl"]
    for clause in (c for c in relatives if c.lemma_.lower() in words.campaign_verbs):
        if any(c.dep_ in {"dobj", "nsubjpass"} and c.lower_ not in words.relative_pronouns for c in clause.children):
            continue  # "the offensive, in which the army launched airstrikes": the clause's own object
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ != "PRON" and subject.lower_ not in words.relative_pronouns:
            return noun_phrase(subject)
    return None


def measure_owner(verb: Token, words: WordLists) -> Span | None:
    """Who imposed or lifted a measure, named as its owner, for a participle on it
    with no "by": "sweeping *US* sanctions imposed on Russia", "*Israel's* curfew lifted
    on Monday" (a measure is only ever its owner's act)."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or noun.lemma_.lower() not in words.measure_nouns:
        return None
    return _attack_owner(noun, words)


def leader(noun: Token) -> Span | None:
    """The country or body an event noun is led by: "a Saudi-led blockade", "the
    US-led campaign"."""
    for child in noun.lefts:
        if child.dep_ != "amod" or child.lower_ not in LEADING_PARTICIPLES:
            continue
        named = next((c for c in child.lefts if c.ent_type_ in PARTY_LABELS and c.pos_ != "PRON"), None)
        if named is not None:
            return noun_phrase(named)
    return None


def attack_doer(verb: Token, words: WordLists) -> Span | None:
    """The doer a passive verb without an agent names through the attack it happened
    in: "ten fighters were killed *in a Russian airstrike*", "wounded *during the
    regime's bombardment*", "killed in *US*-led strikes"; None when the attack is no
    one's ("killed in an airstrike", "in their raid": a pronoun the memory cannot
    read here)."""
    for preposition in verb.children:
        if preposition.dep_ != "prep" or preposition.lower_ not in words.attack_setting_prepositions:
            continue
        attack = next((c for c in preposition.children if c.dep_ == "pobj"), None)
        if attack is not None and attack.lemma_.lower() in words.attack_series_nouns | words.attack_period_nouns:
            attack = _of_object(attack)  # "killed in a wave of / the first days of Russian airstrikes"
        if attack is None or attack.lemma_.lower() not in words.attack_nouns:
            continue
        named = _attack_owner(attack, words) or participle_agent(attack) or leader(attack)
        named = named or launcher(attack, words)  # "killed in the assault Turkey launched"
        if named is not None:
            return named
    return None


def _of_object(noun: Token) -> Token | None:
    return next((g for c in noun.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)


def campaign_owner(attack: Token, words: WordLists) -> Span | None:
    """Whose attack an attack noun names, in its own words or as the thing its doer
    launches: "*Turkey's* offensive", "*the US*-led campaign", "*Turkey* launched an
    offensive", "the offensive *Turkey* launched", "*Ankara* announced the start of the
    assault"."""
    named = _attack_owner(attack, words) or participle_agent(attack) or leader(attack) or launcher(attack, words)
    if named is not None:
        return named
    noun = attack
    for _ in range(2):  # "announced the start of the assault": the assault is the start's
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in words.campaign_verbs:
            noun = head.head
            continue
        if noun.dep_ not in {"dobj", "nsubjpass"} or head.lemma_.lower() not in words.campaign_verbs:
            return None
        doers = [c for c in head.children if c.dep_ == "nsubj"]
        doers += [g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        doer = doers[0] if doers else None
        return None if doer is None or doer.pos_ == "PRON" else noun_phrase(doer)
    return None


def undertaking_doer(noun: Token, words: WordLists) -> Token | None:
    """Who undertakes what the infinitive on an undertaking noun tells, named on the
    noun or as the one who launched it: "the Iraqi campaign to retake the city", "the
    army spearheaded an operation to oust the rebels"."""
    if noun.lemma_.lower() not in words.undertaking_nouns:
        return None
    named = campaign_owner(noun, words)
    return named.root if named is not None and named.root.pos_ != "PRON" else None


def _attack_owner(attack: Token, words: WordLists) -> Span | None:
    """The party an attack noun's own words give it: "*Turkey's* offensive", "*Isis*
    attacks", "*army* shelling", "a *Russian* airstrike"."""
    named = naming_owner(attack, words)
    if named is None:
        named = next((c for c in attack.lefts if c.dep_ == "amod" and c.ent_type_ in {"NORP", "GPE"}), None)
    return noun_phrase(named) if named is not None else None


def naming_owner(noun: Token, words: WordLists) -> Token | None:
    """The party an event noun names as its owner or compound: "police firing", "the
    army's raid", "coalition airstrikes"; not its weapon ("a drone strike") nor a thing
    ("the train carnage"), nor the town it is aimed at ("the Afrin offensive")."""
    for child in noun.children:
        if child.lemma_.lower() in words.weapon_nouns or child.pos_ == "PRON" or aimed_at_place(noun, child, words):
            continue
        if child.dep_ in {"poss", "compound"} and (child.ent_type_ in PARTY_LABELS or names_people(child)):
            return child
    return None


def owner(phrase: Span, words: WordLists) -> Span | None:
    """Whose thing a phrase names, as the one an event targets through it: "rejected
    *Putin's* claim", "criticised *the ministry's* decision", "stopped *their* protest",
    "revoked *her* citizenship".  Not the owner of people ("the minister's son" is who
    is done to) nor of ground (``holder``)."""
    root = phrase.root
    if (
        root.pos_ != "NOUN"
        or names_people(root)
        or _people_had(root, words)
        or root.lemma_.lower() in words.holding_nouns
    ):
        return None
    possessor = next((child for child in root.lefts if child.dep_ == "poss" or _marked_possessive(child)), None)
    if possessor is None:
        return None
    if possessor.pos_ == "PRON":
        return phrase.doc[possessor.i : possessor.i + 1]
    return noun_phrase(possessor)


def _marked_possessive(child: Token) -> bool:
    """ "Trump's assessment" parsed with "Trump" as an nmod marked by "'s" (hc4)."""
    return child.dep_ == "nmod" and any(g.tag_ == "POS" for g in child.children)


def _people_had(noun: Token, words: WordLists) -> bool:
    """Whether a noun names people someone has: kin, spouses, captives, allies."""
    lemma = noun.lemma_.lower()
    return lemma in words.owned_people_nouns or lemma in words.relation_nouns or lemma in load_sector_words().kin_nouns
