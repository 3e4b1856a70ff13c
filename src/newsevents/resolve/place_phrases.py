"""Finding place phrases in the parse: the places attached to an event trigger.

Only a place phrase syntactically attached to the event trigger or its clause
counts ("met Putin in Sochi", "the meeting in Rome"); a place inside an actor
phrase ("Syrian President") or a recipient ("attacked Turkey") does not.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from newsevents.entities import PLACE_LABELS, entities_in
from newsevents.knowledge.places import PlaceWords
from newsevents.resolve.gazetteer import AREAS, CITY, COUNTRY
from newsevents.resolve.place_ranking import PlaceMention

# Entities that are never places.  Other labels are trusted less than the
# syntax: the small model calls towns persons or groups ("visited Kyiv",
# "captured Kidal"), so such a name counts unless it looks like an acronym ("UN").
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
REPORTED_DEPS = {"ccomp", "parataxis"}
CLAUSE_SEARCH_DEPTH = 8
ACRONYM_LENGTH = 5  # tree steps below the clause head
TIME_AND_NUMBER_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


class PlacePhrases:
    """Reads place phrases off the parse; ``resolves`` says whether a phrase names a known place."""

    def __init__(
        self, words: PlaceWords, resolves: Callable[[PlaceMention], object], is_capital: Callable[[str], bool]
    ) -> None:
        self.words = words
        self.resolves = resolves
        self.is_capital = is_capital

    def mention_at(self, token: Token, depth: int = 0) -> PlaceMention | None:
        """The place phrase headed by ``token`` (the object of "in", "at"...)."""
        words = self.words
        entity = next(
            (e for e in entities_in(token.sent) if e.start <= token.i < e.end and e.label_ in PLACE_LABELS),
            None,
        )
        name: str | None = None
        area = False
        if entity is not None:
            name = entity.text
            if any(word.pos_ == "ADP" for word in entity):
                # "Kasi Road of Quetta" as one entity: each head names its own part
                name = token.doc[max(entity.start, token.left_edge.i) : token.i + 1].text
        elif token.pos_ == "PROPN" and token.ent_type_ not in TIME_AND_NUMBER_LABELS:
            if not token.ent_type_ or not token.text.isupper():
                name = compound_text(token)
        elif token.lemma_.lower() in words.area_nouns:
            names = [child for child in token.children if child.dep_ == "compound" and child.pos_ == "PROPN"]
            area = True
            if names:
                name = compound_text(token, include_head=False)
        if name is not None and name.islower() and not token.sent.text.islower():
            name = None  # "off its east coast": a common noun, unless the whole text is lower case
        if name is not None and name.lower() in words.actor_words:
            name = None
        if (
            name is not None
            and (entity is None or entity.label_ != "GPE")
            and (len(name) <= 2 or (name.isupper() and len(name) <= ACRONYM_LENGTH))
        ):
            name = None  # "ASI", "SWA", "Al": titles and acronyms, not towns
        qualifiers = []
        of_object = None  # "the resort of Sochi", "the state of Borno"
        if depth < 3:
            for child in token.children:
                child_lemma = child.lemma_.lower()
                # An apposition qualifies ("Paris, Texas"); a conjunct is another
                # place of a list ("touring Washington, Paris and London").
                if child.dep_ == "appos" and (child.pos_ == "PROPN" or child.ent_type_):
                    found = self.mention_at(child, depth + 1)
                elif child.dep_ == "prep" and child_lemma in words.locative_prepositions:
                    found = self.objects_mention(child, depth + 1)
                elif child.dep_ == "prep" and child_lemma == "of" and token.lemma_.lower() in words.container_nouns:
                    of_object = self.objects_mention(child, depth + 1)
                    continue
                elif (
                    child.dep_ == "amod" and child.ent_type_ == "NORP" and token.lemma_.lower() in words.container_nouns
                ):
                    # "the Nigerian state of ...": in Nigeria
                    found = PlaceMention(child.text, features=frozenset({COUNTRY}))
                else:
                    continue
                if found is not None:
                    qualifiers.append(found)
        if name is None and of_object is not None:
            return replace(of_object, area=of_object.area or area, within=of_object.within + qualifiers)
        if of_object is not None:
            qualifiers.append(of_object)  # "Satellite Town of Quetta" lies in Quetta
        if name is None and not qualifiers:
            return None
        return PlaceMention(name, area, qualifiers)

    def object_is_container(self, preposition: Token) -> bool:
        return any(c.dep_ == "pobj" and c.lemma_.lower() in self.words.container_nouns for c in preposition.children)

    def objects_mention(self, preposition: Token, depth: int) -> PlaceMention | None:
        objects = [child for child in preposition.children if child.dep_ == "pobj"]
        return self.mention_at(objects[0], depth) if objects else None

    def mentions_of(self, head: Token, with_objects: bool) -> list[PlaceMention]:
        """Place phrases that modify ``head`` (and, if asked, its direct object)."""
        words = self.words
        lemma = head.lemma_.lower()
        found = []
        for child in head.children:
            child_lemma = child.lemma_.lower()
            if child.dep_ == "prep" and (
                child_lemma in words.locative_prepositions
                or (child_lemma in words.destination_prepositions and lemma in words.movement_words)
                or (child_lemma in words.surface_prepositions and self.object_is_container(child))
            ):
                mention = self.objects_mention(child, 0)
            elif child.dep_ in ("dobj", "npadvmod") and lemma in words.place_object_words:
                mention = self.mention_at(child)
            elif child.dep_ == "dobj" and lemma in words.seizure_words:
                mention = self.mention_at(child)
                if mention is not None:
                    mention = replace(mention, features=frozenset({CITY}) | AREAS)
            elif child.dep_ == "advmod" and child.ent_type_ in PLACE_LABELS:
                mention = self.mention_at(child)
            else:
                continue
            if mention is not None:
                found.append(mention)
        if with_objects and not any(map(self.resolves, found)):
            # The parser often hangs "in Sochi" on the person met:
            # "met [Putin in Sochi]", "talks with [Putin in Sochi]".
            verbal = lemma in words.statement_words
            for partner in self.partner_tokens(head):
                if not verbal or partner.ent_type_ == "PERSON" or (partner.pos_ == "PROPN" and not partner.ent_type_):
                    found.extend(self.mentions_of(partner, with_objects=False))
        return found

    def nearest_in_clause(self, head: Token) -> list[PlaceMention]:
        """Place phrases anywhere below ``head`` (its clause, subordinate clauses,
        the modifiers of its nouns), nearest first: "killed near a checkpoint on
        the main road of the old town in X", "an ambush in the forests of X".
        The subject's phrase is left out ("Police in Lagos" is the actor) unless
        it names the incident ("an explosion at X killed ...")."""
        words = self.words
        found = []
        frontier = [
            child for child in head.children
            if child.dep_ not in SUBJECT_DEPS or child.lemma_.lower() in words.incident_nouns
        ]  # fmt: skip
        for _ in range(CLAUSE_SEARCH_DEPTH):
            following: list[Token] = []
            for token in frontier:
                if token.dep_ in REPORTED_DEPS and not is_trailer(token.head):
                    continue  # what someone said happened is another event
                lemma = token.lemma_.lower()
                if token.dep_ == "prep" and (
                    lemma in words.locative_prepositions
                    or lemma in words.destination_prepositions
                    or lemma in words.origin_prepositions
                    or self.object_is_container(token)
                    or (lemma == "of" and token.head.lemma_.lower() in words.container_nouns)
                ):
                    mention = self.objects_mention(token, 0)
                    if mention is not None and self.is_government_capital(token, mention):
                        continue
                    if mention is not None and lemma in words.origin_prepositions:
                        # "bought the system from Russia": a country of origin is a party, not a place
                        mention = replace(mention, features=frozenset({CITY}) | AREAS)
                    if mention is not None:
                        found.append(mention)
                following.extend(token.children)
            frontier = following
        return found

    def is_government_capital(self, preposition: Token, mention: PlaceMention) -> bool:
        """ "resources from Washington", "agreed to Moscow taking charge": a capital
        that something comes from or goes to, other than by travel ("flew to
        Moscow"), stands for its government, not for where the event happened."""
        words = self.words
        lemma = preposition.lower_
        return (
            (lemma in words.origin_prepositions or lemma in words.destination_prepositions)
            and preposition.head.lemma_.lower() not in words.movement_words
            and mention.name is not None
            and self.is_capital(mention.name)
        )

    @staticmethod
    def partner_tokens(trigger: Token) -> list[Token]:
        """The direct object and the "with" objects: who was met, attacked, talked to."""
        partners: list[Token] = []
        for child in trigger.children:
            if child.dep_ == "prep" and child.lower_ == "with":
                partners.extend(c for c in child.children if c.dep_ == "pobj")
            elif child.dep_ == "dobj":
                partners.append(child)
        for partner in list(partners):
            partners.extend(c for c in partner.children if c.dep_ == "conj")
        return partners


def is_trailer(verb: Token) -> bool:
    """ "..., reports Dawn": a reporting verb after what it reports, its subject after it."""
    return any(child.dep_ == "nsubj" and child.i > verb.i for child in verb.children)


def compound_text(head: Token, include_head: bool = True) -> str:
    """ "Black Sea Resort" from its head; "Idlib" from "Idlib province"; not
    "provincial capital Quetta"."""
    parts = [
        child for child in head.children if child.dep_ == "compound" and child.i < head.i and child.pos_ == "PROPN"
    ]
    if not parts:
        return head.text
    start = min(part.left_edge.i for part in parts)
    end = head.i + 1 if include_head else max(part.i for part in parts) + 1
    return head.doc[start:end].text
