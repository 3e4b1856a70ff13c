"""Which phrases of a clause are parties to its event, even when no table codes them.

The actor tables code the parties they know ("Kenyan police" -> KEN COP).  A
clear event whose party the tables do not know ("about 150 party workers were
arrested", "jitendra pandya has been arrested" in lowercased text) is still an
event: its record keeps the words and their span, with a null code.  An
unknown *doer* is not taken this way (a thing does things too: "the agreement
led to ..."); the one done to is, when grammar says so: the subject of a
passive verb, or a named person as the object.  A pair named by number ("the two
leaders") is the last two parties of different countries the article named.  Pronouns are never parties on
their own ("we", "they"): an unresolved pronoun would flood the output with
events no analyst can count.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from newsevents.extract.addressed_requests import without_asked_objects
from newsevents.extract.asked_parties import with_asked_parties
from newsevents.extract.backed_sides import with_backed_side
from newsevents.extract.clauses import SUBJECT_DEPS, Clause, further_conjuncts, noun_phrase
from newsevents.extract.culprits import with_culprit
from newsevents.extract.event_type import EventTypeGuess
from newsevents.extract.missed_passives import with_missed_passive
from newsevents.extract.non_parties import names_place
from newsevents.extract.noun_parties import (
    attack_doer,
    launcher,
    leader,
    measure_owner,
    naming_owner,
    participle_agent,
)
from newsevents.extract.object_events import with_object_event_parties
from newsevents.extract.phrase_doers import led_body, nested_owner, striking_attack, weapon_shooter
from newsevents.extract.phrases import is_role_word
from newsevents.extract.received import with_giver, with_loser
from newsevents.extract.relative_gaps import with_participle_agent, with_participle_patient, with_relative_gap
from newsevents.extract.response_doers import with_responder
from newsevents.extract.sent_forces import with_purpose_targets
from newsevents.extract.visits import with_visitor_as_doer
from newsevents.knowledge.words import WordLists

# Entity labels that are never a party ("on Monday", "$3 million").
NOT_PARTY_ENTITIES = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
NAME_ENTITIES = {"PERSON", "ORG", "NORP", "GPE"}


def is_uncoded_patient(phrase: Span, passive_subject: bool, words: WordLists) -> bool:
    """Whether a phrase no table codes is still the one an event is done to.

    ``passive_subject``: the phrase is the subject of a passive verb ("40
    protesters were detained"), which grammar makes the patient; otherwise only
    a named person or body counts ("police arrested Jitendra Pandya")."""
    head = phrase.root
    if head.lemma_.lower() in words.quantity_nouns:  # "a large quantity of weapons were seized": weapons
        head = next((g for c in head.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), head)
    if passive_subject and head.lower_ in words.people_demonstratives and any(c.dep_ == "acl" for c in head.children):
        return True  # "those arrested on Friday": the people arrested
    if head.pos_ in {"PRON", "PUNCT"} or head.ent_type_ in NOT_PARTY_ENTITIES:
        return False
    if head.lemma_.lower() in words.event_nouns:
        return False  # "the meeting was held": the event itself, not a party to it
    if head.lemma_.lower() in words.instrument_nouns:
        return False  # "five rounds were fired": what was used
    if head.lemma_.lower() in words.measure_nouns:
        return False  # "the restrictions imposed in the town": what was imposed
    if names_place(phrase):
        return False  # "Turkish troops captured the town of Kafr Nabl": where (extract/non_parties.py)
    if passive_subject:
        return True  # (whatever the tagger calls the word: lowercased names are often mis-tagged)
    return head.pos_ == "PROPN" or head.ent_type_ in NAME_ENTITIES


def pair_kind(phrase: Span, words: WordLists) -> str | None:
    """The kind of pair a phrase names by number: "people" for "the two leaders",
    "countries" for "both countries", None for no pair."""
    head = phrase.root
    if head.tag_ != "NNS" or head.ent_type_ in NAME_ENTITIES:
        return None  # "the two Koreas": the phrase names them itself
    if not any(token.lower_ in words.pair_words and token.i < head.i for token in phrase):
        return None
    return "countries" if head.lemma_.lower() in words.pair_country_nouns else "people"


def unknown_doer(phrase: Span, words: WordLists) -> str | None:
    """What an actor phrase that no table codes is, for a violent event:
    "instrument" for the weapon or the attack itself ("a grenade attack killed
    seven", "five mortar shells hit the base": the doer is not named), "party"
    for people the tables do not know ("two suicide bombers killed ...", a name),
    None for anything else ("a chemical leak killed ten", a pronoun, a date)."""
    head = phrase.root
    if head.pos_ in {"PRON", "PUNCT"} or head.ent_type_ in NOT_PARTY_ENTITIES:
        return None
    lemma = head.lemma_.lower()
    if lemma in words.vehicle_nouns:
        return None  # "struck by a bulk carrier": a collision
    if lemma in words.weapon_nouns or lemma in words.event_nouns:
        return "instrument"
    if head.pos_ == "PROPN" or head.ent_type_ in NAME_ENTITIES or head.lower_.endswith(words.agent_noun_endings):
        return "party"
    if lemma in words.crowd_nouns:
        return "party"  # "thousands of people", "a crowd"
    return None


def is_said_to_happen(clause: Clause, words: WordLists) -> bool:
    """Whether the event noun itself is said to have happened ("protests took place
    in the town", "a rally was held"): an event with no named party that still stands."""
    noun = clause.predicate
    if not clause.nominal:
        subject = clause.passive_subject
        if subject is None or subject.root.lemma_.lower() not in words.event_nouns:
            return False
        noun = subject.root
    verb = noun.head
    if noun.dep_ == "nsubjpass" and verb.lemma_.lower() in words.passive_occurrence_verbs:
        return True  # "arrests were made"; not "arrests made up the bulk of the data"
    return noun.dep_ in {"nsubj", "nsubjpass"} and verb.lemma_.lower() in words.occurrence_verbs


def stands_without_party(clause: Clause, guess: EventTypeGuess, unknown_party: bool, words: WordLists) -> bool:
    """Whether an event stands with no coded party: a crowd protests ("some 400
    supporters staged a demonstration"), a protest said to happen, and arrests "were
    made" (only the authorities make arrests)."""
    if guess.event in words.crowd_event_types and (unknown_party or is_said_to_happen(clause, words)):
        return True
    return guess.mode in words.authority_modes and is_said_to_happen(clause, words)


def context_doer(clause: Clause, guess: EventTypeGuess, words: WordLists) -> Span | None:
    """Who did what a clause names no doer for, when its context says: the event it
    happened in ("killed in police firing", "looted during the riots"), the party a
    member was expelled from, the doer of an event said to be carried out ("Sunday's
    attack by the rebels was carried out")."""
    if clause.actor is not None:
        return None
    mode = guess.mode
    if guess.event in words.uncoded_patient_types and mode != "arrest":  # the police arrest, not the riots
        found = setting_doer(clause, words)
        if found is None and mode in words.expulsion_modes:
            found = expelling_body(clause, words)
        if found is not None:
            return found
    subject = clause.passive_subject
    if subject is not None and is_said_to_happen(clause, words):
        return event_party(subject, words)
    return None


def setting_doer(clause: Clause, words: WordLists) -> Span | None:
    """Who did an agentless act of violence, from the event it happened in: "three
    men were killed in police firing" (the police), "... in a clash with the army"
    (the army), "shops looted during the riots" (the rioters, named by "the riots":
    a riot's or a clash's doers are its crowds, not an unnamed police)."""
    if clause.actor is not None or clause.nominal:
        return None
    setting = _setting_noun(clause, words)
    if setting is None:
        return None
    if setting.dep_ == "acl":
        return noun_phrase(setting.head)  # "in police firing" parsed as "police (who are) firing"
    party = _named_party(setting, words)
    if party is not None:
        return noun_phrase(party)
    if setting.lemma_.lower() in words.group_violence_nouns:
        return noun_phrase(setting)
    return None


def _setting_noun(clause: Clause, words: WordLists) -> Token | None:
    """The event noun a predicate happened in or during ("killed in the clashes",
    "the clashes in which three were killed"), else the clash or riot the sentence
    is about ("the worst clashes were reported in the town, where two died")."""
    predicate = clause.predicate
    for child in predicate.children:
        if child.dep_ != "prep" or child.lower_ not in words.setting_prepositions:
            continue
        for noun in child.children:
            if noun.dep_ != "pobj":
                continue
            if noun.lower_ in words.relative_pronouns and predicate.dep_ == "relcl":
                noun = predicate.head  # "the clashes in which ..."
            if _is_setting(noun, words):
                return noun
            gerund = next((c for c in noun.children if c.dep_ == "acl" and _is_setting(c, words)), None)
            if gerund is not None and is_role_word(noun):
                return gerund
    for token in clause.sentence:
        if token.lemma_.lower() in words.group_violence_nouns and token.pos_ == "NOUN" and token.dep_ in SUBJECT_DEPS:
            return token
    return None


def _is_setting(noun: Token, words: WordLists) -> bool:
    if noun.pos_ not in {"NOUN", "PROPN"} and noun.tag_ != "VBG":
        return False  # "in police firing" is often tagged a gerund
    names = {noun.lemma_.lower(), noun.lower_}
    return bool(names & words.event_nouns or names & words.group_violence_nouns)


def _named_party(noun: Token, words: WordLists) -> Token | None:
    """The party an event noun names itself: "police firing", "the army's raid", a
    clash "with the army" or "between the police and protesters", an attack "by" rebels."""
    owner = naming_owner(noun, words)
    if owner is not None:
        return owner  # "police firing", "the army's raid", "coalition airstrikes"
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in words.setting_party_prepositions:
            party = next((grand for grand in child.children if grand.dep_ == "pobj"), None)
            if party is not None:
                return party
    return None


def expelling_body(clause: Clause, words: WordLists) -> Span | None:
    """Who expelled someone, when the sentence says only that it happened: the party or
    body, or the country, it was "from", or the party the sentence names ("his party
    suffered after the expulsion of the former chief minister"): not an unnamed state."""
    if clause.actor is not None:
        return None
    for child in clause.predicate.children:
        if child.dep_ == "prep" and child.lower_ == "from":
            body = next((grand for grand in child.children if grand.dep_ == "pobj"), None)
            if body is not None and body.lemma_.lower() in words.member_body_nouns:
                return noun_phrase(body)
            if body is not None and (body.ent_type_ == "GPE" or body.pos_ == "PROPN"):
                return noun_phrase(body)  # "deported from the UAE": the UAE deported him
    body = next((t for t in clause.sentence if t.pos_ == "NOUN" and t.lemma_.lower() in words.member_body_nouns), None)
    return noun_phrase(body) if body is not None else None


def with_implied_doer(clause: Clause, words: WordLists) -> Clause:
    """The clause with the doer its own words name: a role word on a gerund ("a youth
    perished in *police* firing": the police fire, not the youth), or the subject of a
    raising passive ("the president is expected to meet Putin": the president meets);
    with the parties asked or let that its grammar leaves out (extract/asked_parties.py),
    and the parties of an event its object names (extract/object_events.py)."""
    clause = with_missed_passive(clause, words)  # "the reporter taken hostage by Isis" (missed_passives.py)
    clause = with_object_event_parties(with_asked_parties(clause, words), words)  # extract/object_events.py
    clause = without_asked_objects(clause, words)  # "urged Ankara to free them": Ankara (addressed_requests.py)
    clause = with_purpose_targets(clause, words)  # "sent troops to fight the militias" (extract/sent_forces.py)
    clause = with_loser(with_giver(clause, words), words)  # extract/received.py
    clause = with_visitor_as_doer(clause, words)  # "Putin hosted Erdogan": Erdogan visits
    clause = with_backed_side(with_participle_patient(clause), words)  # "the army and rebels backed by Ankara"
    clause = with_responder(with_culprit(with_participle_agent(clause), words), words)  # culprits, response_doers
    predicate = clause.predicate
    if predicate.tag_ == "VBG":  # a gerund with a compound is used as a noun
        role = next((c for c in predicate.children if c.dep_ == "compound" and is_role_word(c)), None)
        before = predicate.doc[predicate.i - 1] if predicate.i > 0 else predicate
        if role is None and before.dep_ == "pobj" and is_role_word(before):
            role = before  # "perished in police firing" parsed as "in police, firing"
        if role is not None:
            return replace(clause, actor=noun_phrase(role), co_actors=[])
    gapped = with_relative_gap(clause, words)  # "the Kurds it had backed" (extract/relative_gaps.py)
    if gapped is not clause:
        return gapped
    if _forum_named(clause, words):
        return replace(clause, actor=None, co_actors=[])
    if clause.nominal and clause.actor is None:
        named = participle_agent(predicate) or leader(predicate) or launcher(predicate, words)
        if named is not None:  # "attacks carried out by the rebels", "a Saudi-led blockade"
            return replace(clause, actor=named, co_actors=further_conjuncts(named.root))
    if clause.passive and clause.actor is None and (named := attack_doer(predicate, words)) is not None:
        return replace(clause, actor=named, co_actors=further_conjuncts(named.root))  # "killed in a Russian airstrike"
    if clause.passive and clause.actor is None and (named := measure_owner(predicate, words)) is not None:
        # "US sanctions imposed on Russia": the US imposes them, on Russia (the sanctions are no party)
        measure = range(predicate.head.left_edge.i, predicate.head.i + 1)
        others = [p for p in clause.recipient_candidates if p.root.i not in measure]
        recipient = others[0] if others else None
        return replace(clause, actor=named, co_actors=[], recipient=recipient, recipient_candidates=others)
    if clause.passive and clause.actor is None and (named := _striking_doer(predicate, words)) is not None:
        return replace(clause, actor=named, co_actors=[])  # "killed when a coalition airstrike hit the house"
    departure = predicate.lemma_.lower() in words.departure_nouns  # "the withdrawal from Syria"
    if clause.nominal and clause.actor is None and clause.recipient_candidates and not departure:
        source = next((p for p in clause.recipient_candidates if p.root.head.lower_ == "from"), None)
        if source is not None and source.root.head.head == predicate:
            # "a threat from armed fighters", "pressure from Moscow": where it comes from does it
            others = [p for p in clause.recipient_candidates if p is not source]
            return replace(clause, actor=source, recipient=others[0] if others else None, recipient_candidates=others)
    adjective = predicate.head
    if clause.actor is None and predicate.dep_ == "xcomp" and adjective.pos_ == "ADJ" and adjective.dep_ == "acomp":
        # "Turkey is likely to launch an offensive": Turkey launches it
        subject = next((c for c in adjective.head.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        if subject is not None:
            return replace(clause, actor=noun_phrase(subject), co_actors=further_conjuncts(subject))
    return _raised_subject(clause, words)


def _striking_doer(verb: Token, words: WordLists) -> Span | None:
    """Who did the attack whose strike a passive harm followed ("were killed after a
    coalition bombing raid struck the building": the coalition)."""
    attack = striking_attack(verb, words)
    return event_party(attack, words) if attack is not None else None


def _forum_named(clause: Clause, words: WordLists) -> bool:
    """Whether the clause's doer is only the forum a gathering is named after: "hopes
    to meet Biden *at the G20 meeting*" (the G20 is where they meet, not who meets)."""
    predicate = clause.predicate
    if not clause.nominal or clause.actor is None or predicate.lemma_.lower() not in words.gathering_nouns:
        return False
    forum = clause.actor.root
    venue = predicate.dep_ == "pobj" and predicate.head.lower_ in words.shared_subject_prepositions
    return venue and forum.head == predicate and forum.dep_ in {"compound", "nmod"} and forum.ent_type_ == "ORG"


def _raised_subject(clause: Clause, words: WordLists) -> Clause:
    subject = clause.passive_subject
    complement = clause.complement
    if subject is None or clause.actor is not None or complement is None or complement.dep_ != "xcomp":
        return clause
    if clause.predicate.lemma_.lower() not in words.raising_verbs:
        return clause
    inside = range(subject.root.left_edge.i, subject.root.right_edge.i + 1)
    others = [phrase for phrase in clause.recipient_candidates if phrase.root.i not in inside]
    return replace(
        clause,
        actor=subject,
        passive=False,
        passive_subject=None,
        recipient=others[0] if others else None,
        recipient_candidates=others,
        co_actors=further_conjuncts(subject.root),
    )


def speaker_of(phrase: Span, words: WordLists) -> Span | None:
    """The named speaker a pronoun subject of a reported clause stands for: "the regime
    said *it* would boycott the talks", "'*We* will not withdraw,' the minister said"
    (the minister's side).  None when the pronoun is no such subject, or the speaker
    cannot be it ("it" for a person, "they" for one body)."""
    pronoun = phrase.root
    kind = words.speaker_pronouns.get(pronoun.lower_)
    if len(phrase) != 1 or kind is None or pronoun.dep_ not in SUBJECT_DEPS:
        return None
    current = pronoun.head
    for _ in range(4):  # "said it would try to impose ...": a short chain up to the report
        head = current.head
        if current.dep_ in {"ccomp", "parataxis"} and head.lemma_ in words.reporting_verbs:
            return _speaker(head, kind, words)
        if head is current or current.dep_ not in {"conj", "xcomp", "advcl"}:
            return None
        current = head
    return None


def _speaker(verb: Token, kind: str, words: WordLists) -> Span | None:
    subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in words.relative_pronouns and verb.dep_ == "relcl":
        subject = verb.head  # "the regime, which said it ..."
    if subject is None or subject.pos_ == "PRON":
        return None
    plural = subject.tag_ in {"NNS", "NNPS"}
    body = subject.ent_type_ in {"ORG", "GPE", "NORP"} or subject.lemma_.lower() in words.body_nouns
    if (kind == "one body" and (plural or not body)) or (kind == "bodies" and not plural):
        return None  # "it" is no person ("the engineer said it needs to act"), "they" no one body
    return noun_phrase(subject)


def event_party(phrase: Span, words: WordLists) -> Span | None:
    """Who did the event a recipient phrase names, as the recipient: fighting "against
    an incursion by the Turkish military", protesting "against the army's raids"."""
    noun = phrase.root
    if noun.dep_ == "pobj" and noun.head.lower_ in words.setting_prepositions | {"at"}:
        return None  # "agreed at a security council meeting": where the doer was
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in words.convening_verbs:
        return None  # "held a cabinet meeting": the doer's own meeting
    shooter = weapon_shooter(noun, words)
    if shooter is not None:
        return shooter  # "a shell fired by government forces killed two"
    if noun.lemma_.lower() not in words.event_nouns:
        if not noun.lower_.endswith(words.action_noun_endings):
            return None  # "met with anger by the families": "by" is the verb's, misplaced
        # an act's noun with a "by" agent or an owner ("an incursion by the Turkish military",
        # "Turkey's incursion")
        agent = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        party = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        party = party or next((c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        return noun_phrase(party) if party is not None else None
    led = led_body(noun)
    if led is not None:
        return led  # "a US-led coalition strike"
    party = _named_party(noun, words) or nested_owner(noun, words)
    if party is None:
        party = next((c for c in noun.lefts if c.dep_ == "amod" and c.ent_type_ in {"NORP", "GPE"}), None)
    if party is None:
        # "airstrikes carried out by Russian jets", "the offensive the army launched"
        return participle_agent(noun) or leader(noun) or launcher(noun, words)
    return noun_phrase(party)
