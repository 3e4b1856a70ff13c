"""Finding a word's lexicon entry in the parse: phrasal verbs ("call on",
"pull out"), compounds ("peace talks", "cease-fire"), "X of Y" nouns."""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.knowledge.lexicon import DO, EventLexicon, LexiconEntry

# The walkout class, whose noun "strike" is also a blow of arms (its class's armed sense).
WALKOUT = "strike"
# A force's own drill (MOBILIZE), and the cooperation a drill held with a partner is.
DRILL = "military_drill"
MILITARY_COOPERATION = "military_coop"
ALLIANCE_NOUNS = frozenset({"ally", "allies", "alliance", "coalition", "partner", "nato"})
JOINT_MODIFIERS = frozenset({"joint", "combined", "bilateral", "trilateral", "multinational", "allied"})
STATE_ENTITIES = {"GPE", "NORP"}  # "US", "Israeli": a state makes war, not walkouts

# Dependents of a verb that may complete a multi-word entry ("called *on*", "held *talks*",
# "a deal was *struck*": the passive subject as the object).
# Prepositions of place that are also particles of phrases ("give in"): with an object
# after the verb's own object they only say where.
_PLACE_PREPOSITIONS = frozenset({"in"})
_PHRASE_DEPS = {"prt", "prep", "dobj", "nsubjpass", "advmod", "oprd", "acomp", "ccomp", "compound:prt"}


def verb_entry(
    token: Token, lexicon: EventLexicon, event_nouns: frozenset[str] = frozenset()
) -> tuple[LexiconEntry | None, list[Token]]:
    """The entry of a verb and the other words of its phrase; an event noun the verb
    describes completes it too ("a deal struck with", "the truce they struck")."""
    lemma = token.lemma_.lower()
    if lemma.partition(" ")[0] not in lexicon.verb_phrase_heads:
        return _one_word_entry(token, lemma, lexicon), []  # no phrase of several words starts with it
    children = list(token.children)
    has_complement = any(c.dep_ == "xcomp" for c in children)
    for child in sorted(children, key=lambda c: c.dep_ != "prt"):  # particles first
        if child.dep_ in _PHRASE_DEPS:
            if child.dep_ == "prep" and any(g.ent_type_ in {"DATE", "TIME"} for g in child.children):
                continue  # "called on Sunday" is no "call on"
            if child.dep_ == "prep" and any(c.dep_ == "xcomp" and c.i < child.i for c in children):
                continue  # "agreed to lift ... with strings attached" is no "agree with"
            if child.lower_ in _PLACE_PREPOSITIONS and _placed_after_an_object(child, children):
                continue  # "gave a speech in Cairo", "have given birth in the camps": no "give in"
            if child.dep_ == "prep":  # "took to the streets" (not "taken to hospital")
                for place in (g for g in child.children if g.dep_ == "pobj"):
                    entry = lexicon.verbs.get(f"{lemma} {child.lower_} {place.lemma_.lower()}")
                    if entry is not None:
                        return entry, [child, place]
            entry = lexicon.verbs.get(f"{lemma} {child.lower_}")
            if entry is not None and not (entry.operator is None and child.dep_ == "prep" and has_complement):
                return entry, [child]  # but "agreed with Cuba to repatriate ..." is no "agree with"
    for clause in (c for c in children if c.dep_ in {"advcl", "ccomp", "xcomp"} and _infinitive(c)):
        for mark in (m for m in clause.children if m.dep_ == "mark" and m.i < clause.i):
            entry = lexicon.verbs.get(f"{lemma} {mark.lower_}")  # "called for her to be freed"
            if entry is not None and entry.operator is not None:
                return entry, [mark]
    for child in children:  # "left seven people dead": the object's predicate completes the phrase
        if child.dep_ == "dobj":
            for grand in child.rights:
                if grand.dep_ in {"amod", "acomp", "oprd"} and grand.pos_ == "ADJ":
                    entry = lexicon.verbs.get(f"{lemma} {grand.lower_}")
                    if entry is not None:
                        return entry, [grand]
    if token.dep_ in {"acl", "relcl"} and token.head.lemma_.lower() in event_nouns:
        entry = lexicon.verbs.get(f"{lemma} {token.head.lemma_.lower()}")
        if entry is not None:
            return entry, []
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and following.pos_ in {"ADV", "ADP", "PART"}:  # "worked together", parsed elsewhere
        entry = lexicon.verbs.get(f"{lemma} {following.lower_}")
        if entry is not None:
            return entry, [following]
    return _one_word_entry(token, lemma, lexicon), []


def _one_word_entry(token: Token, lemma: str, lexicon: EventLexicon) -> LexiconEntry | None:
    entry = lexicon.verbs.get(lemma)
    for stem in () if entry is not None or token.pos_ == "AUX" else _regular_stems(token.lower_):
        entry = lexicon.verbs.get(stem)  # the lemmatizer's slips: "raped" -> "rap"
        if entry is not None:
            break
    return entry


def _placed_after_an_object(prep: Token, children: list[Token]) -> bool:
    """A preposition with its own object after the verb's direct object places the
    deed; a particle that completes a phrase ("gave in") takes no object there."""
    return any(g.dep_ == "pobj" for g in prep.children) and any(c.dep_ == "dobj" and c.i < prep.i for c in children)


def _infinitive(verb: Token) -> bool:
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)


# A regular inflection and the stems it may come from ("raped": rape; "looted": loot).
_REGULAR_ENDINGS = (("ed", ("", "e")), ("ing", ("", "e")), ("es", ("", "e")), ("s", ("",)))


def _regular_stems(word: str) -> list[str]:
    for ending, restores in _REGULAR_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return [word[: -len(ending)] + restore for restore in restores]
    return []


def _plural_stems(word: str) -> list[str]:
    if word.endswith("es") and len(word) > 4:
        return [word[:-1], word[:-2]]  # "bases": base; "marches": march
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return [word[:-1]]
    return []


def noun_entry(token: Token, lexicon: EventLexicon) -> tuple[LexiconEntry | None, list[Token]]:
    """The entry of a noun and the other words of its phrase."""
    entry, phrase = _noun_entry(token, lexicon)
    if entry is not None and entry.content_class == DRILL and _held_with_a_partner(token):
        return LexiconEntry(content_class=MILITARY_COOPERATION, weak=entry.weak), phrase
    return entry, phrase


def _noun_entry(token: Token, lexicon: EventLexicon) -> tuple[LexiconEntry | None, list[Token]]:
    lemma = token.lemma_.lower()
    lower = token.lower_
    doc = token.doc
    if token.ent_type_ in {"DATE", "TIME"}:
        return None, []  # "in March", "the march 15 deadline": a month, not a protest
    if token.i >= 2 and doc[token.i - 1].text == "-":  # "cease-fire", split by the tokenizer
        entry = lexicon.nouns.get(f"{doc[token.i - 2].lower_}-{lower}")
        if entry is not None:
            return entry, [doc[token.i - 2]]
    if token.ent_type_ == "MONEY":  # "gave $2 million"
        if _paid(token, lexicon):
            return None, []
        return LexiconEntry(content_class="economic_aid", object_only=True), []
    # the lemmatizer's slips on plurals ("bases" -> "basis"): the regular singular too
    singulars = [] if lexicon.nouns.get(lower) or lexicon.nouns.get(lemma) else _plural_stems(lower)
    for child in token.lefts:
        if child.dep_ in {"compound", "amod", "nmod"}:
            keys = [f"{child.lemma_.lower()} {lemma}", f"{child.lower_} {lower}"]
            keys += [f"{child.lower_} {singular}" for singular in singulars]
            for key in keys:
                entry = lexicon.nouns.get(key)
                if entry is not None:
                    return entry, [child]
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            for grandchild in child.children:
                entry = lexicon.nouns.get(f"{lemma} of {grandchild.lemma_.lower()}")
                if entry is not None:
                    return entry, [child, grandchild]
    entry = lexicon.nouns.get(lower) or lexicon.nouns.get(lemma)
    for singular in singulars:
        entry = entry or lexicon.nouns.get(singular)
    if entry is not None and entry.content_class == WALKOUT and _armed_strike(token, lexicon):
        return LexiconEntry(content_class=lexicon.content_class(WALKOUT).armed_actor, weak=entry.weak), []
    if entry is None and lemma in lexicon.route_nouns:
        return LexiconEntry(content_class="route", object_only=True), []
    if entry is None:  # "an aid programme", "the relief operation": the modifier names the content
        for child in token.lefts:
            if child.dep_ == "compound" and child.pos_ == "NOUN":
                modifier = lexicon.nouns.get(child.lemma_.lower())
                if modifier is not None and modifier.content_class and not modifier.weak:
                    return modifier, [child]
    return entry, []


def _held_with_a_partner(drill: Token) -> bool:
    """ "joint exercises", "drills with the US navy", "US and Korean forces held
    exercises": a drill shared with a partner is military cooperation (COOPERATE 062)."""
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in JOINT_MODIFIERS for c in drill.lefts):
        return True
    while drill.dep_ == "pobj" and drill.head.lower_ == "of" and drill.head.head.pos_ == "NOUN":
        drill = drill.head.head  # "launched ten days of war games": the days are held
    holders = [drill, drill.head] if drill.dep_ in {"dobj", "nsubjpass"} else [drill]
    if any(c.dep_ == "prep" and c.lower_ in {"with", "alongside"} for h in holders for c in h.children):
        return True
    verb = drill.head
    holders_named = [c for c in verb.children if c.dep_ == "nsubj"] if drill.dep_ == "dobj" else []
    if drill.dep_ == "nsubjpass":  # "the war game was staged by US marines and Jordanian forces"
        holders_named = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(_several(holder) for holder in holders_named)


def _several(party: Token) -> bool:
    """ "the US and its allies", "American and Korean forces", "the armies of Brazil and
    Argentina": more than one party."""
    if party.conjuncts or any(m.dep_ in {"amod", "compound"} and m.conjuncts for m in party.lefts):
        return True
    if party.lemma_.lower() in ALLIANCE_NOUNS:
        return True  # "Nato", "the allies" hold a drill together
    return any(g.conjuncts for c in party.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)


def _armed_strike(noun: Token, lexicon: EventLexicon) -> bool:
    """Whether "strike" is a blow of arms, not a walkout: one a state or an armed
    force makes ("a US strike", "Israeli strikes", "a strike by rebels") or one aimed
    *on* a target ("its strike on the camp").  A walkout has neither; a labour
    strike is named by its own compounds ("general strike", "rail strike")."""
    for child in noun.children:
        if child.dep_ in {"compound", "amod", "nmod", "poss"} and _armed_or_state(child, lexicon):
            return True
        targets = [target for target in child.children if target.dep_ == "pobj"]
        if child.dep_ == "prep" and child.lower_ == "on":
            if any(target.ent_type_ not in {"DATE", "TIME"} for target in targets):
                return True
        if child.lower_ == "by" and any(_armed_or_state(target, lexicon) for target in targets):
            return True  # "a strike by US forces"
    return False


def _armed_or_state(party: Token, lexicon: EventLexicon) -> bool:
    return party.ent_type_ in STATE_ENTITIES or party.lemma_.lower() in lexicon.armed_actor_nouns


def _paid(money: Token, lexicon: EventLexicon) -> bool:
    """A sum under a verb of doing ("we paid $1.4 billion") is a price, not aid:
    money is aid only given ("gave", "pledged", "sent $2 million")."""
    verb = money.head
    entry = lexicon.verbs.get(verb.lemma_.lower()) if verb.pos_ == "VERB" and money.dep_ == "dobj" else None
    return entry is not None and entry.operator == DO


def complement_objects(
    token: Token, prepositions: set[str], preposition_deps: set[str], object_deps: set[str]
) -> list[Token]:
    """The objects of an entry's complement prepositions on ``token`` ("come *to* the
    aid"), also one step down ("claimed responsibility *for* the attack", "out of the
    programme"), in the parse's order."""
    found: list[Token] = []
    for child in token.children:
        if child.dep_ in preposition_deps and child.lower_ in prepositions:
            found.extend(g for g in child.children if g.dep_ in object_deps)
        elif child.dep_ in {"prep", "prt", "advmod", "dobj"}:
            for inner in child.children:
                if inner.dep_ == "prep" and inner.lower_ in prepositions:
                    found.extend(g for g in inner.children if g.dep_ in object_deps)
    return found
