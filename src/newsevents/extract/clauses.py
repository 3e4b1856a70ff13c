"""Event clauses: who does what to whom in one sentence, read off the dependency parse.

A clause is a predicate (a verb, or a noun that names an event such as "talks" or
"sanctions") with the phrase that does it and the phrase it is done to.  Whether
a clause is a political event, and of which type, is decided later
(``extract.event_type``); this module only finds the structure, so that passive
voice keeps its roles and a controlling verb keeps what it governs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from newsevents.extract.adjunct_doers import gave_in_or_died, shares_clause_subject, suffered_by_subject
from newsevents.extract.aimed_places import aimed_at_place
from newsevents.extract.headlines import HeadlinePredicate, headline_predicate
from newsevents.extract.light_verbs import deed_nouns, light_verb_of
from newsevents.extract.misread_verbs import misread_subject
from newsevents.extract.noun_parties import undertaking_doer
from newsevents.extract.phrase_doers import clause_subject_read_as_object, shared_agent
from newsevents.extract.phrases import (
    apposition,
    candidate_phrases,
    conjuncts,
    further_conjuncts,
    modifier_conjuncts,
    noun_phrase,
)
from newsevents.extract.predicates import (
    SUBJECT_DEPS,
    caused_doer,
    is_event_noun,
    is_gerund_event,
    is_passive,
    is_verb_predicate,
    only_reports,
    prepositional_objects,
)
from newsevents.extract.word_senses import defends_ground_from_a_foe
from newsevents.knowledge.actors import load_sector_words
from newsevents.knowledge.lexicon import load_event_lexicon
from newsevents.knowledge.words import WordLists, load_word_lists

__all__ = ["SUBJECT_DEPS", "Clause", "apposition", "find_clauses", "further_conjuncts", "noun_phrase"]


@dataclass
class Clause:
    sentence: Span
    predicate: Token
    particles: list[Token]
    complement: Token | None
    actor: Span | None
    recipient: Span | None
    passive: bool
    nominal: bool
    # Every phrase that may be the recipient, best first: the pipeline keeps the
    # first one that names an actor (a weapon or a programme is not a recipient).
    recipient_candidates: list[Span] = field(default_factory=list)
    # The further conjuncts of the subject ("Turkey and Russia agreed"): the other
    # party of a reciprocal event when nothing else is the recipient, else more
    # members of a compound actor.
    co_actors: list[Span] = field(default_factory=list)
    # The subject of a passive verb: the one the event is done to by grammar,
    # a party even when no table codes it ("40 protesters were detained").
    passive_subject: Span | None = None
    # A headline verb the parser tagged as a noun ("Police detain protesters"):
    # the predicate is read as the verb it is (extract/headlines.py).
    headline: bool = False

    @property
    def co_actor(self) -> Span | None:
        return self.co_actors[0] if self.co_actors else None

    @property
    def trigger_tokens(self) -> list[Token]:
        return sorted([self.predicate, *self.particles], key=lambda token: token.i)


def find_clauses(sentence: Span, words: WordLists | None = None) -> list[Clause]:
    """Candidate event clauses of a sentence, in the order of their predicates."""
    words = words or load_word_lists()
    clauses = []
    headline = headline_predicate(sentence, load_event_lexicon(), words)
    if headline is not None:
        clauses.append(_headline_clause(sentence, headline))
    for token in sentence:
        if is_gerund_event(token, words):
            clauses.append(_noun_clause(sentence, token, words))
        elif is_verb_predicate(token, words) and not only_reports(token, words):
            clauses.append(_verb_clause(sentence, token, words))
        elif is_event_noun(token, words):
            clauses.append(_noun_clause(sentence, token, words))
    return clauses


def _headline_clause(sentence: Span, headline: HeadlinePredicate) -> Clause:
    done_to = [headline.done_to] if headline.done_to is not None else []
    return Clause(
        sentence=sentence,
        predicate=headline.verb,
        particles=[],
        complement=None,
        actor=headline.doer,
        recipient=done_to[0] if done_to else None,
        passive=False,
        nominal=False,
        recipient_candidates=done_to,
        headline=True,
    )


def _subject(verb: Token, words: WordLists) -> tuple[Token | None, bool]:
    """The subject of a verb, following shared subjects of coordinated verbs,
    controllers of infinitives and the noun a relative clause modifies."""
    current = verb
    shares_voice = True  # a coordinated verb shares its head's voice; a controlled one does not
    participle = False  # "was gang-raped", parsed as "was" with an adjectival complement
    for _ in range(6):  # chains are short; the bound guards against odd parses
        for child in current.children:
            if child.dep_ in SUBJECT_DEPS:
                passive = participle or (shares_voice and child.dep_.endswith("pass"))
                if child.lower_ in words.relative_pronouns and current.dep_ == "relcl":
                    return current.head, passive
                return child, passive
        for auxiliary in (c for c in current.children if c.dep_ in {"aux", "auxpass"}):
            # "80 workers were on wednesday taken into custody": the parser hung the
            # subject on the auxiliary
            subject = next((g for g in auxiliary.children if g.dep_ in SUBJECT_DEPS), None)
            if subject is not None:
                return subject, shares_voice and auxiliary.dep_ == "auxpass"
        if current.dep_ == "relcl" or (current.dep_ == "acl" and current.tag_ == "VBG"):
            return current.head, False
        misread = misread_subject(current)
        if misread is not None:
            return misread, False  # "The US-led coalition bombed Raqqa.": parsed as a modifier
        if current.dep_ == "acl" and current.tag_ == "VBN":
            return current.head, shares_voice  # "the people arrested": a reduced passive
        if current.dep_ == "acl" and current.tag_ == "VB":
            # "Trump's decision to withdraw troops": the possessor does what is decided
            owner = next((c for c in current.head.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
            owner = owner or undertaking_doer(current.head, words)  # "the Iraqi campaign to retake"
            if owner is not None:
                return owner, False
        caused = caused_doer(current)
        if caused is not None:
            return caused, False
        if current.dep_ == "acomp" and current.tag_ == "VBN" and current.head.lemma_ == "be":
            participle = True
            current = current.head
            continue
        read_as_object = clause_subject_read_as_object(current)
        if read_as_object is not None:
            return read_as_object, False  # "died after a raid struck the market": the raid struck
        if current.dep_ in {"conj", "xcomp", "advcl"} and current.head.pos_ in {"VERB", "AUX"}:
            shares_voice = shares_voice and current.dep_ == "conj"
            current = current.head
            continue
        if current.dep_ == "pcomp" and current.head.head.pos_ in {"VERB", "AUX"}:
            shares_voice = False
            current = current.head.head
            continue
        break
    return None, False


def _counted(head: Token) -> Token:
    """The people or things a number or quantifier counts ("400 *of the supporters*",
    "dozens *of shops*", "some *of the protesters*"): they are the party, not the number."""
    if head.pos_ not in {"NUM", "DET", "PRON"} and head.ent_type_ not in {"CARDINAL", "QUANTITY"}:
        return head
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            counted = next((g for g in child.children if g.dep_ == "pobj" and g.pos_ in {"NOUN", "PROPN"}), None)
            if counted is not None:
                return counted
    return head


def _prepositional_objects(head: Token, words: WordLists) -> list[Token]:
    found: list[Token] = []
    for child in head.children:
        if child.dep_ in {"prep", "dative"} and child.lower_ in words.recipient_prepositions:
            found.extend(grand for grand in child.children if grand.dep_ == "pobj")
    return found


def _objects_after(verb: Token, prepositions: frozenset[str]) -> list[Token]:
    return [g for c in verb.children if c.lower_ in prepositions for g in c.children if g.dep_ == "pobj"]


def _particles(verb: Token) -> list[Token]:
    return [child for child in verb.children if child.dep_ == "prt"]


def _complement(verb: Token, words: WordLists) -> Token | None:
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ in {"VERB", "AUX"}:
            return child
    if verb.lemma_ in words.reporting_verbs:
        return None  # what is reported is a clause of its own, not the reporting verb's event
    for child in verb.children:
        if child.dep_ == "ccomp":
            return child
    return None


def _object_candidates(verb: Token, words: WordLists) -> list[Token]:
    """Who a verb acts on, best first: indirect object, direct object, then the
    object of a preposition on the verb or on its (non-actor) direct object."""
    datives = [c for c in verb.children if c.dep_ == "dative" and c.pos_ in {"NOUN", "PROPN", "PRON"}]
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    candidates = datives + objects
    candidates += _prepositional_objects(verb, words)
    if verb.lemma_ in words.ally_verbs:  # "fought alongside the Kurds": the ally (extract/word_senses.py)
        candidates += _objects_after(verb, words.ally_prepositions)
    if defends_ground_from_a_foe(verb, words, load_event_lexicon()):  # "defended Kobane from Isis": foe first
        foes = _objects_after(verb, words.defence_prepositions)
        candidates = foes + [c for c in candidates if c not in foes]
    for obj in objects:
        candidates += _prepositional_objects(obj, words)
    if verb.lemma_ in words.mandative_verbs | words.permission_verbs | words.accusation_verbs:
        # "demanded that Turkey withdraw": Turkey is asked; "not allowing the villagers to leave";
        # "alleged that the colonel ordered it": the colonel is accused
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        candidates += [g for c in clauses for g in c.children if g.dep_ == "nsubj" and g.pos_ in {"NOUN", "PROPN"}]
    complement = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if complement is not None:  # "agreed to meet Biden": Biden is who it concerns
        candidates += _object_candidates(complement, words)
    return candidates


def _verb_clause(sentence: Span, verb: Token, words: WordLists) -> Clause:
    subject, subject_passive = _subject(verb, words)
    subject = _counted(subject) if subject is not None else None
    passive = is_passive(verb) or subject_passive
    object_heads = _object_candidates(verb, words)
    deeds = deed_nouns(verb)
    for noun in deeds:  # "came to the aid *of the rebels*": the deed's parties
        object_heads += _prepositional_objects(noun, words) + _beneficiaries(noun, words)
        if noun.lemma_.lower() not in words.self_moving_nouns:  # "a withdrawal of troops" moves them
            object_heads += _of_objects(noun)
    object_heads = [head for head in object_heads if head not in deeds]  # the deed is no party
    actor_head = subject
    co_actors: list[Span] = []
    if passive:
        actor_head = shared_agent(verb)  # "detained and tortured by the militia": both by it
        if subject is not None:
            object_heads = [subject, *object_heads]
    candidates = candidate_phrases(object_heads, words)
    actor = noun_phrase(actor_head) if actor_head is not None else None
    if actor_head is not None:
        co_actors = further_conjuncts(actor_head)
    return Clause(
        sentence=sentence,
        predicate=verb,
        particles=_particles(verb),
        complement=_complement(verb, words),
        actor=actor,
        recipient=candidates[0] if candidates else None,
        passive=passive,
        nominal=False,
        recipient_candidates=candidates,
        co_actors=co_actors,
        passive_subject=noun_phrase(subject) if passive and subject is not None else None,
    )


def _noun_clause(sentence: Span, noun: Token, words: WordLists) -> Clause:
    actor_head = None
    recipients: list[Token] = []
    co_actors: list[Span] = []
    parties_named = False  # "between A and B" names both parties
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in {"PROPN", "NOUN", "PRON"}:
            actor_head = child
    for child in [*noun.children, *_occurrence_preps(noun, words)]:
        if child.dep_ == "prep" and child.lower_ == "between":
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                parties = conjuncts(pobj)
                modifiers = modifier_conjuncts(pobj)
                if len(parties) > 1:
                    actor_head, recipients = parties[0], parties[1:2]
                    parties_named = True
                elif len(modifiers) > 1:
                    # "between Turkish and US leaders": both are leaders
                    actor_head = pobj
                    parties_named = True
        elif child.dep_ == "prep" and child.lower_ == "by":
            actor_head = next((g for g in child.children if g.dep_ == "pobj"), actor_head)
    if actor_head is None:
        # "US sanctions", "a Russian offensive", "the threat of US sanctions":
        # a country word before the noun (or before the event noun it governs) does it
        for head in [
            noun,
            *(
                g
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj" and g.lemma_.lower() in words.event_nouns
            ),
        ]:
            actor_head = next((c for c in head.lefts if c.ent_type_ in {"GPE", "NORP", "ORG"}), None)
            if actor_head is not None:
                break
    aimed = actor_head is not None and aimed_at_place(actor_head.head, actor_head, words)
    if aimed:
        actor_head = None  # "the Afrin offensive", "the Berlin market attack": the target's words
    if actor_head is None and not aimed:
        # "a police raid", "a rebel ambush": a role word compounded on the event noun does it
        actor_head = next((c for c in noun.lefts if c.dep_ in {"compound", "amod"} and _is_role_word(c)), None)
    of_objects = _of_objects(noun)
    if actor_head is None and of_objects and noun.lemma_.lower() in words.self_moving_nouns:
        # "the withdrawal of Turkey from the programme": Turkey withdraws
        actor_head, of_objects = of_objects[0], of_objects[1:]
    sufferer = None
    if actor_head is None:
        actor_head = _governing_subject(noun, words)
        if actor_head is not None and suffered_by_subject(noun.head.head, words):
            # "surrendered to regime forces after blockades", "died in an ambush", "after
            # being wounded in an ambush": suffered it
            sufferer, actor_head = actor_head, _yielded_to(noun.head.head)
    if not parties_named:
        recipients = _prepositional_objects(noun, words)
        recipients += of_objects
        if sufferer is not None:
            recipients.insert(0 if gave_in_or_died(noun.head.head, words) else len(recipients), sufferer)
        recipients += _beneficiaries(noun, words)
    candidates = candidate_phrases(recipients, words)
    if actor_head is not None:
        co_actors = further_conjuncts(actor_head)
    actor = noun_phrase(actor_head) if actor_head is not None else None
    return Clause(
        sentence=sentence,
        predicate=noun,
        particles=[],
        complement=None,
        actor=actor,
        recipient=candidates[0] if candidates else None,
        passive=False,
        nominal=True,
        recipient_candidates=candidates,
        co_actors=co_actors,
    )


def _of_objects(noun: Token) -> list[Token]:
    return prepositional_objects(noun, {"of"})


def _beneficiaries(noun: Token, words: WordLists) -> list[Token]:
    """Who an event noun is for: "Russian support *for* the regime", "US aid for the rebels"."""
    return prepositional_objects(noun, words.beneficiary_prepositions)


def _occurrence_preps(noun: Token, words: WordLists) -> list[Token]:
    """The prepositions of the verb that says an event noun happened, which carry
    its parties: "clashes *broke out between* police and protesters"."""
    verb = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass"} or verb.lemma_.lower() not in words.occurrence_verbs:
        return []
    return [child for child in verb.children if child.dep_ == "prep" and child.lower_ == "between"]


def _is_role_word(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return any(lemma in role_words for role_words in load_sector_words().sectors.values())


def _yielded_to(verb: Token) -> Token | None:
    """Whom a verb of giving in yields to: "surrendered *to regime forces*"."""
    return next(
        (g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"),
        None,
    )


def _governing_subject(noun: Token, words: WordLists) -> Token | None:
    """The subject of the verb of doing whose event the noun names (extract/light_verbs.py),
    or of the verb an event noun hangs from through a preposition of place or time
    ("Erdogan spoke ... *from* a meeting with Putin"), when the event is the subject's
    (extract/adjunct_doers.py: "resigned after the arrest of two aides" is not)."""
    verb = light_verb_of(noun)
    if verb is not None:  # "came to the aid of the rebels": who came gives the aid
        subject, passive = _subject(verb, words)
        return None if passive else subject
    if shares_clause_subject(noun, words):
        subject, passive = _subject(noun.head.head, words)
        return None if passive else subject
    return None
