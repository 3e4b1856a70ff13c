"""The parties of an event as the record gives them: a phrase resolved to an actor
with its words and span in the sentence, the further members of a compound party,
whether actor and recipient are the same party, and the phrases in a party's place
that are none (a place, a venue, the actor's own forces moved: extract/non_parties.py)."""

from __future__ import annotations

from spacy.tokens import Span

from newsevents.extract.clauses import Clause, apposition, noun_phrase
from newsevents.extract.forum_names import names_forum
from newsevents.extract.lexicon_lookup import noun_entry
from newsevents.extract.non_parties import (
    is_gathering,
    is_moved,
    is_site,
    is_topic,
    is_unnamed_place,
    is_venue,
    names_place,
)
from newsevents.extract.noun_parties import holder, owner
from newsevents.extract.phrases import names_people
from newsevents.extract.predicates import prepositional_objects
from newsevents.extract.roles import event_party
from newsevents.extract.things import can_name_party, names_thing, names_unowned_thing, thing_owner
from newsevents.knowledge.lexicon import load_event_lexicon
from newsevents.knowledge.words import WordLists, load_word_lists
from newsevents.records import Actor
from newsevents.records import Span as TextSpan
from newsevents.resolve.actors import ArticleActors, names_better
from newsevents.resolve.gazetteer import load_gazetteer
from newsevents.resolve.struck_places import is_taken_ground, struck_people

FORCE_CLASS = "force"  # the lexicon's class of the uses of force
# Event types whose object is often the doer's own people, moved about.
MOVING_EVENT_TYPES = {"RETREAT", "CONCEDE", "MOBILIZE", "AGREE", "REQUEST"}
# Event types whose recipient is never the doer's own country or forces (a withdrawal
# leaves the other side; "pulling America's troops out" is no act on America).
OWN_SIDE_EVENT_TYPES = {"RETREAT", "CONCEDE"}
# Sectors that act for a state: their country's forces are their own side.
STATE_SECTORS = {None, "GOV", "MIL"}
# Sectors of the people a government moves about (its troops, police, spies, envoys).
MOVED_SECTORS = {"MIL", "COP", "SPY", "GOV"}
# A name no actor table knows is taken for a town when the gazetteer has one of
# this size by that name: not the hamlets that share surnames ("Robinson", "Jones").
TOWN_POPULATION = 20_000
PERSON_POSSESSIVES = {"his", "her"}
# Names before an act that make it their own ("a UN attempt", "the Russian proposal");
# not a place's ("the Syria plan").
ACT_OWNER_ENTITIES = {"ORG", "NORP", "PERSON"}  # the possessives the memory resolves to a named person


def text_span(phrase: Span) -> TextSpan:
    """The phrase's place in its sentence, as the record's evidence gives it."""
    sentence = phrase.sent
    return TextSpan(phrase.start_char - sentence.start_char, phrase.end_char - sentence.start_char, phrase.text)


def members(phrases: list[Span], article_actors: ArticleActors) -> list[Actor]:
    """The further members of a compound party that name someone (an unresolved
    "them" does not)."""
    found = (resolved(phrase, article_actors) for phrase in phrases)
    return [member for member in found if member is not None and (member.code or member.name)]


def resolved(phrase: Span, article_actors: ArticleActors) -> Actor | None:
    """The party a phrase names, with its words and span; a name in apposition wins
    when it says more ("his Turkish counterpart, Recep Tayyip Erdogan"), and the name a
    description is in apposition to when the description names no one coded ("the
    SDF, an alliance backed by the US")."""
    actor = article_actors.resolve(phrase)
    named = apposition(phrase)
    by_name = article_actors.resolve(named) if named is not None else None
    if by_name is not None and names_better(by_name, actor):
        actor = by_name
    root = phrase.root
    if root.dep_ == "appos" and root.head.pos_ == "PROPN" and (actor is None or actor.code is None):
        if names_people(root) or root.lemma_.lower() in load_word_lists().organisation_nouns:
            # "the SDF, an alliance backed by the US": the alliance is the SDF; not
            # "Ghouta, a charge refuted by Russia"
            actor = article_actors.resolve(noun_phrase(root.head)) or actor
    if actor is not None and actor.country is None:
        origin = _origin(phrase, article_actors)
        if origin is not None:
            actor.country = origin.country  # "investigators from the OPCW": IGO
    if actor is not None:
        actor.span = text_span(phrase)
        actor.text = phrase.text
    return actor


def _origin(phrase: Span, article_actors: ArticleActors) -> Actor | None:
    """The body or country a phrase's people come "from" ("a delegation from Syria",
    "investigators from the OPCW"), when the tables code it.  A "from" on the verb
    of an object phrase ("welcome investigators from the OPCW") counts only for a
    named body: "withdrew troops from Syria" are not Syria's."""
    root = phrase.root
    if not names_people(root):
        return None  # "a troop withdrawal from Syria": a thing, not people
    attached = [(child, False) for child in root.rights]
    if root.dep_ == "dobj":
        attached += [(child, True) for child in root.head.rights if child.i > root.i]
    for child, on_verb in attached:
        if child.dep_ != "prep" or child.lower_ != "from":
            continue
        source = next((grand for grand in child.children if grand.dep_ == "pobj"), None)
        if source is None or source.pos_ != "PROPN":
            continue
        found = article_actors.resolve(noun_phrase(source))
        if found is not None and found.country is not None and (found.name is not None or not on_verb):
            return found
    return None


def partner_is_recipient(clause: Clause, event: str, cameo: str, words: WordLists) -> bool:
    """Whether the further member of a joint doer is the event's other side: for a
    meeting, a cooperation or an agreement ("Turkey and Russia met"), unless the joint
    doers act together on others ("Russia and Turkey brokered the deal": mediators),
    and for a verb of two sides that names no other party ("Israel and Iran clashed on
    the border").
    A one-sided act keeps them all as doers ("Amnesty and the Red Cross called for a
    ceasefire", "Germany and France repatriated their citizens")."""
    if event in words.reciprocal_event_types:
        return cameo not in words.joint_doer_cameo_codes
    return clause.predicate.lemma_.lower() in words.reciprocal_verbs


def same_party(actor: Actor, recipient: Actor) -> bool:
    """Whether the actor and the recipient read are one party (the event then has
    no recipient)."""
    if actor.name and actor.name == recipient.name:
        return True
    if actor.country and recipient.country and actor.country != recipient.country:
        return False  # "the two leaders": one phrase, two parties
    return actor.text.lower() == recipient.text.lower()


def is_no_party(phrase: Span, party: Actor, actor: Actor | None, event: str, words: WordLists) -> bool:
    """Whether ``phrase``, resolved to ``party``, stands in the recipient's place
    without being a party to the event: a place (named, or by its noun alone: "left the
    city"), a venue, a gathering ("gave a press conference") or a place it is named after
    ("the Sochi conference"), a topic, or the actor's own forces moved or its own side left.
    Violence done to a place the tables code keeps its people as the recipient ("shelled
    Kharkiv": UKR civilians, docs/actors.md); a name they do not code is only the place
    ("captured Afrin"), and violence set *in* a place ("fought Isis in Idlib province")
    is not done to it, nor is ground taken ("took the city": taken from its holder)."""
    violence = event in words.uncoded_patient_types and party.code is not None
    place = is_place(phrase, party) or is_unnamed_place(phrase, words)
    taken = is_taken_ground(phrase, words) and party.sector in {None, "CVL"}  # not "rebel-held areas"
    if place and (not violence or is_site(phrase, words) or taken):
        return True  # "left the city", "fought Isis in Idlib province": where, not whom
    if is_venue(phrase, words) or is_topic(phrase, words) or is_gathering(phrase, words):
        return True
    if names_forum(phrase, party, words):
        return True  # "dismissed the Sochi conference", "backs the Astana process": not the town
    return is_moved_force(phrase, party, actor, event, words) or is_own_side(party, actor, event)


def first_recipient(
    clause: Clause, article_actors: ArticleActors, actor: Actor | None, event: str, words: WordLists
) -> tuple[Actor | None, Span | None, list[Span]]:
    """The first recipient candidate that names an actor (not an event, a place, a
    venue, a topic or the actor's own forces moved), or whose event or ground names
    its party; and the phrases passed over as no party (an event with one has no
    recipient to miss)."""
    passed: list[Span] = []
    struck: tuple[Actor, Span] | None = None  # a town's people, unless a party is named after it
    for phrase in clause.recipient_candidates:
        if within(phrase, passed):
            continue  # "withdraw US troops": nor is the troops' "US"
        event_named = names_event(phrase, words)  # "backed the military campaign": no party itself
        recipient = None if event_named else resolved(phrase, article_actors)
        party_phrase = phrase
        own_event = clause.passive_subject is not None and phrase.root == clause.passive_subject.root
        if recipient is None:
            found = holder(phrase, words) or (None if own_event else event_party(phrase, words))
            if found is not None:  # "Isis positions": Isis; "an incursion by the army": the army
                party_phrase, recipient = found, resolved(found, article_actors)
            else:  # "seized the Hamas arms": Hamas; "rejected Putin's claim": Putin
                party_phrase, recipient = _thing_party(phrase, article_actors, words)
            if recipient is None:
                party_phrase, recipient = _owner_party(phrase, article_actors, actor, words)
            if recipient is None and actor is not None:  # "fought every UN attempt": the UN
                party_phrase, recipient = _named_owner_party(phrase, article_actors, words)
        listed_thing = recipient is not None and recipient.code is None and names_thing(party_phrase, words)
        unowned = recipient is not None and names_unowned_thing(party_phrase, recipient, actor, words)
        if listed_thing or unowned:
            party_phrase, recipient = _thing_party(party_phrase, article_actors, words)
            if recipient is None:
                passed.append(phrase)  # "a clinic was hit", "cancelled a press briefing": a thing, no party
                continue
        if recipient is not None and phrase.root.pos_ == "PRON" and phrase.root.dep_ == "nsubj":
            if not _other_side(recipient, actor):
                continue  # "not allowing them to leave": not the actor's own people, nor unknown
        if (
            struck is None
            and recipient is not None
            and (actor is None or actor.code)
            and is_place(party_phrase, recipient)
        ):
            people = struck_people(party_phrase, recipient, event, words, TOWN_POPULATION)
            struck = None if people is None else (people, party_phrase)  # "shelled Afrin": its people, docs/actors.md
        if recipient is not None and not is_no_party(party_phrase, recipient, actor, event, words):
            return recipient, party_phrase, passed
        if recipient is not None:
            passed.append(phrase)
    if struck is not None:
        return struck[0], struck[1], passed
    return None, None, passed


def _thing_party(phrase: Span, article_actors: ArticleActors, words: WordLists) -> tuple[Span, Actor | None]:
    """The coded owner of a thing in the recipient's place ("the regime's hospitals",
    "a Kurdish convoy"), else no party (extract/things.py)."""
    owned = thing_owner(phrase, words)
    party = resolved(owned, article_actors) if owned is not None else None
    if owned is None or party is None or party.code is None:
        return phrase, None
    return owned, party


def _owner_party(
    phrase: Span, article_actors: ArticleActors, actor: Actor | None, words: WordLists
) -> tuple[Span, Actor | None]:
    """The coded owner of what an event targets ("rejected Putin's claim": Putin).  A
    possessive pronoun counts only for a person named before and not the actor
    ("revoked her citizenship", "demanded his removal"): "its"/"their" are most often
    the actor's own ("their response"), and the memory cannot tell."""
    owned = owner(phrase, words)
    party = resolved(owned, article_actors) if owned is not None else None
    if owned is None or party is None or party.code is None:
        return phrase, None
    if owned.root.pos_ == "PRON":
        own = actor is not None and party.code == actor.code
        if owned.root.lower_ not in PERSON_POSSESSIVES or party.name is None or own:
            return phrase, None
    return owned, party


def _named_owner_party(phrase: Span, article_actors: ArticleActors, words: WordLists) -> tuple[Span, Actor | None]:
    """The coded party whose act or whose property a phrase names, as the one the
    event targets: the body, person or nation named before or "by" an act of theirs
    ("fought every UN attempt to ...", "refused SDF participation", "spurned efforts by
    the UN"), or the person, body or people a thing, an act or a state is "of" ("targeted
    the email accounts of Sergei Skripal", "opposed the attendance of the Kurdish groups",
    "guarantee the security of its allies").  Only for what the event acts on (its object), and not a place's
    name ("the Syria plan" may be anyone's), a text's ("a UN resolution") nor an event's
    ("agreed at a Security Council meeting": where; ``event_party`` reads events)."""
    root = phrase.root
    lemma = root.lemma_.lower()
    if root.pos_ != "NOUN" or names_people(root) or lemma in words.event_nouns | words.gathering_nouns:
        return phrase, None
    if lemma in words.topic_nouns:
        return phrase, None  # "vetoed a UN resolution": a text of the forum, on its topic
    if root.dep_ not in {"dobj", "nsubjpass"} or names_thing(phrase, words):
        return phrase, None  # "to the surprise of Bolton": not what is acted on; a thing: things.py
    named = [c for c in root.lefts if c.dep_ in {"compound", "nmod", "amod"} and c.ent_type_ in ACT_OWNER_ENTITIES]
    if lemma in words.party_act_nouns:
        named += prepositional_objects(root, {"by", "of"})
    owners = [
        g
        for g in prepositional_objects(root, {"of"})
        if g.ent_type_ in {"PERSON", "ORG"} or (names_people(g) and can_name_party(g, words))  # not "chemical agents"
    ]
    for token in [*named, *owners]:
        if token.pos_ == "PRON" or not (token.ent_type_ in ACT_OWNER_ENTITIES | {"GPE"} or names_people(token)):
            continue
        party = resolved(noun_phrase(token), article_actors)
        person = token in owners and token.ent_type_ == "PERSON"  # a name, coded or not; not "TPIM orders"
        known = party is not None and (party.code or (person and party.name))
        if party is not None and known and not _is_locality(party):
            return noun_phrase(token), party
    return phrase, None


def _other_side(party: Actor, actor: Actor | None) -> bool:
    """Whether a pronoun's party is coded and not the actor's side (same country, or
    the same sector where neither has one)."""
    if party.code is None or actor is None:
        return party.code is not None
    if actor.country and party.country:
        return actor.country != party.country
    return bool(actor.country or party.country) or actor.sector != party.sector


def names_event(phrase: Span, words: WordLists) -> bool:
    """Whether a phrase names an event, not a party: "the campaign", or a use of force
    in the lexicon ("military action", "an invasion"), though a role word modifies it."""
    root = phrase.root
    if root.pos_ != "NOUN":
        return False
    if root.lemma_.lower() in words.event_nouns | words.undertaking_nouns:
        return True
    entry = noun_entry(root, load_event_lexicon())[0]
    return entry is not None and entry.content_class == FORCE_CLASS


def within(phrase: Span, others: list[Span]) -> bool:
    """Whether a phrase is one of ``others`` or inside one ("US" in "US troops")."""
    return any(other.start <= phrase.start and phrase.end <= other.end for other in others)


def struck_place(clause: Clause, article_actors: ArticleActors) -> bool:
    """Whether a clause's event is done to a named place ("a chemical attack on
    Douma"): a violent event then stands, though the place is no party."""
    found = ((phrase, resolved(phrase, article_actors)) for phrase in clause.recipient_candidates)
    return any(is_place(phrase, party or Actor(text=phrase.text)) for phrase, party in found)


def _is_locality(party: Actor) -> bool:
    """Whether a party is coded as a place's people only (not a state, a government
    or a named person): "Sochi", RUS CVL from the gazetteer."""
    return party.name is None and party.sector in {None, "CVL"} and not (party.country and party.sector is None)


def is_place(phrase: Span, party: Actor) -> bool:
    """Whether a phrase names a place rather than a party: a named town, region or
    building ("Geneva", "the town of Manbij", "Idlib province") that the tables give
    no government or armed sector, or a name they do not know that the gazetteer has
    as a town (and the article not as a person's: "Kotey" after "Alexanda Kotey").
    A country ("Syria", coded with no sector) and a capital for its government
    ("Moscow", RUS GOV) are parties; so are a place's people ("the residents of Idlib")."""
    if party.sector not in {None, "CVL"} or (party.country is not None and party.sector is None):
        return False
    if names_place(phrase):
        return True
    root = phrase.root
    if root.pos_ != "PROPN":
        return False
    if party.code is not None:  # placed by the gazetteer ("Geneva": CHE CVL), or a person ("Begum")
        return root.ent_type_ == "GPE" and is_town_name(phrase)
    return party.name in {None, _bare(phrase).text} and is_town_name(phrase)


def is_town_name(phrase: Span) -> bool:
    """Whether a proper name is a town or region of some size in the gazetteer."""
    if phrase.root.pos_ != "PROPN":
        return False
    return any(place.population >= TOWN_POPULATION for place, _ in load_gazetteer().candidates(_bare(phrase).text))


def _bare(phrase: Span) -> Span:
    return phrase[1:] if len(phrase) > 1 and phrase[0].pos_ == "DET" else phrase


def moved_side(clause: Clause, article_actors: ArticleActors, event: str, words: WordLists) -> Actor | None:
    """The forces a passive moves, when no one is said to move them: the side that
    withdraws or deploys ("US troops were pulled out of Syria": the US retreats)."""
    moved = clause.passive_subject
    side = resolved(moved, article_actors) if moved is not None else None
    if moved is None or side is None or not is_moved_people(moved, side, event, words):
        return None
    side.span = text_span(moved)
    return side


def is_own_side(party: Actor, actor: Actor | None, event: str) -> bool:
    """Whether a withdrawal's or a concession's recipient is the actor's own country or
    its forces ("pulling America's troops out of Syria", "we will withdraw them",
    "ending all US operations in Syria"): the side that withdraws, not the other side."""
    if event not in OWN_SIDE_EVENT_TYPES or actor is None or actor.country is None:
        return False
    if party.country != actor.country:
        return False
    # the state's own forces; not the other side of a civil war ("the towns surrendered
    # to the regime's forces", "the rebels withdrew before the army")
    return party.sector is None or (party.sector in MOVED_SECTORS and actor.sector in STATE_SECTORS)


def is_moved_force(phrase: Span, party: Actor, actor: Actor | None, event: str, words: WordLists) -> bool:
    """Whether a phrase is the actor's own forces, moved by a withdrawal or a
    deployment ("Trump will withdraw US troops from Syria", "Moscow sent its air
    force"): no recipient of their own government.  Forces of another country stay
    ("Pakistan returned the Indian soldiers")."""
    if not is_moved_people(phrase, party, event, words):
        return False
    own_country = actor.country if actor is not None else None
    return party.country is None or own_country is None or party.country == own_country


def is_moved_people(phrase: Span, party: Actor, event: str, words: WordLists) -> bool:
    """Whether the event moves the phrase's people about, as a government moves its
    troops, police, spies or envoys ("withdrew its troops", "sent police")."""
    return event in MOVING_EVENT_TYPES and party.sector in MOVED_SECTORS and is_moved(phrase, words)
