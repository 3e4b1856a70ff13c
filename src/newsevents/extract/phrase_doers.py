"""Doers a sentence names in a place the clause reader does not look: the "by" agent
of the last of coordinated passives ("were detained and tortured by the militia"),
the subject of a clause the parser read as a preposition's object ("died after a
bombing raid struck the market"), and whoever fired a weapon ("a rocket fired by the
rebels hit the base")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsevents.extract.noun_parties import leader, naming_owner, participle_agent
from newsevents.extract.phrases import noun_phrase
from newsevents.knowledge.words import WordLists

# Prepositions that also open a clause ("after the raid struck"); the parser may hang
# the clause's subject on them as their object.
CLAUSE_PREPOSITIONS = {"after", "before", "until", "since"}
# Entity types a "by" names as a deadline or an amount, not as a doer ("by June", "by 40%").
NOT_DOER_ENTITIES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL"})


def agent(verb: Token) -> Token | None:
    """The object of a passive verb's own "by" ("killed by the militia"), or of a "by"
    the parser hung one word lower (``misplaced_agent``)."""
    for child in verb.children:
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    return misplaced_agent(verb)


def misplaced_agent(verb: Token) -> Token | None:
    """The doer in a passive's "by" the parser hung on the word after the verb:
    on an adverb ("used most often *by the regime*") or on a prepositional object
    ("jailed for her poems *by the junta*").  Times ("by May") are no doers."""
    for child in (c for c in verb.rights if c.dep_ in {"advmod", "prep"}):
        hosts = [child] if child.dep_ == "advmod" else [g for g in child.children if g.dep_ == "pobj"]
        for host in hosts:
            for by in (c for c in host.children if c.dep_ == "prep" and c.lower_ == "by"):
                doer = next((g for g in by.children if g.dep_ == "pobj"), None)
                if doer is not None and doer.ent_type_ not in NOT_DOER_ENTITIES:
                    return doer
    return None


def shared_agent(verb: Token) -> Token | None:
    """The agent of a passive verb, or else the one of the passive verbs coordinated after
    it: "were detained and forcibly disappeared *by Isis*", "beaten, robbed and killed
    *by the gang*" (the "by" is written once, on the last verb)."""
    own = agent(verb)
    if own is not None:
        return own
    later = sorted(
        (c for c in verb.conjuncts if c.i > verb.i and c.tag_ == "VBN" and _shares_subject(c)), key=lambda c: c.i
    )
    for conjunct in later:
        found = agent(conjunct)
        if found is not None:
            return found
    return None


def _shares_subject(verb: Token) -> bool:
    """Whether a coordinated verb has no subject of its own ("detained and tortured",
    not "men were abused, and others had been detained by the militia")."""
    return not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children)


def clause_subject_read_as_object(verb: Token) -> Token | None:
    """The subject of a clause the parser took for a preposition's object: in "20 people
    died after a bombing raid struck the market" "raid" is parsed as "after"'s object
    and "struck" as a clause of "died", so the raid, not the dead, struck."""
    if verb.dep_ != "advcl" or any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in verb.children):
        return None
    for preposition in verb.head.children:
        if preposition.dep_ != "prep" or preposition.lower_ not in CLAUSE_PREPOSITIONS:
            continue
        noun = next((c for c in preposition.children if c.dep_ == "pobj"), None)
        if noun is not None and noun.pos_ in {"NOUN", "PROPN"} and noun.right_edge.i == verb.i - 1:
            return noun
    return None


def weapon_shooter(noun: Token, words: WordLists) -> Span | None:
    """Who fired a weapon the sentence names as what struck: "a shell fired *by
    government forces*", "a missile launched from *Russian jets*" (aircraft only: "fired
    from the hills" says where, not who)."""
    if noun.lemma_.lower() not in words.weapon_nouns | words.instrument_nouns:
        return None
    named = participle_agent(noun)
    if named is not None:
        return named
    owner = naming_owner(noun, words)
    if owner is not None and owner.dep_ == "poss":
        return noun_phrase(owner)  # "the regime's barrel bombs killed ten"; not "an RPG round"
    for participle in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        for source in (c for c in participle.children if c.dep_ == "prep" and c.lower_ == "from"):
            craft = next((g for g in source.children if g.dep_ == "pobj"), None)
            if craft is not None and craft.lemma_.lower() in words.craft_nouns:
                return noun_phrase(craft)
    return None


def led_body(noun: Token) -> Span | None:
    """The led body an event noun is named after, with its leader: "a US-led coalition
    strike" is the US-led coalition's ("US-led" hangs on "strike" in the parse, so the
    owner "coalition" alone would lose whose coalition it is)."""
    leading = leader(noun)
    if leading is None:
        return None
    body = next((c for c in noun.lefts if c.dep_ == "compound" and c.i > leading.start), None)
    if body is None or body.pos_ != "NOUN":
        return None
    return noun.doc[leading.start : body.i + 1]


def nested_owner(noun: Token, words: WordLists) -> Token | None:
    """The owner named on an event noun that itself modifies one: "a coalition bombing
    raid" (the coalition's bombing raid), "a police firing incident"."""
    for child in noun.children:
        if child.dep_ == "compound" and child.lemma_.lower() in words.event_nouns:
            found = naming_owner(child, words)
            if found is not None:
                return found
    return None


# Verbs a weapon or an attack does to what it hits ("after an airstrike hit the school").
STRIKING_VERBS = {"hit", "strike", "slam", "pound", "destroy", "flatten"}


def striking_attack(verb: Token, words: WordLists) -> Span | None:
    """The attack or weapon whose strike a passive verb of harm followed: "were killed
    when a coalition airstrike hit their house", "... after a drone strike struck the
    car"; its doer did the harm (``roles.event_party`` says who that is)."""
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in STRIKING_VERBS):
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        subject = subject or clause_subject_read_as_object(clause)
        if subject is None:
            continue
        lemma = subject.lemma_.lower()
        if lemma in words.weapon_nouns or lemma in words.instrument_nouns or lemma in words.event_nouns:
            return noun_phrase(subject)
    return None
