"""Who a pronoun or a short name stands for, looked up in the text before it and in
the article's memory: the searches of :class:`resolve.actors.ArticleActors`
(docs/actors.md, "Inside an article").  Where a referent may stand is the grammar
of ``resolve/antecedents.py``; what a quote's speaker is, ``resolve/speakers.py``."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from newsevents.entities import entities_in
from newsevents.extract.phrases import noun_phrase
from newsevents.knowledge.actors import load_sector_words, tokenize
from newsevents.knowledge.words import load_word_lists
from newsevents.records import Actor
from newsevents.resolve.actor_reading import Reading
from newsevents.resolve.antecedents import (
    adjunct_owners,
    can_be_group,
    can_be_it,
    clause_subjects,
    fronted_clause_subject,
    governing_subject,
    own_subject_words,
    previous_main_subject,
    relative_clause_heads,
    relative_clause_owner,
    subjects_above,
    told_addressee,
    window_before,
)
from newsevents.resolve.definite_bodies import body_named_before, names_thing
from newsevents.resolve.genders import agrees, entity_sex, pronoun_sex, shows_sex
from newsevents.resolve.nationality import described_country, described_elsewhere
from newsevents.resolve.span_facts import has_proper_noun

if TYPE_CHECKING:
    from newsevents.resolve.actors import ActorResolver


SUBJECTS = ("nsubj", "nsubjpass")


@dataclass
class Remembered:
    actor: Actor
    kind: str | None
    name_tokens: frozenset[str]
    plural: bool = False


class TextReferents:
    """The article's memory of who was named, and the searches of the text before a
    pronoun; the base of ``ArticleActors``."""

    def __init__(self, resolver: ActorResolver, when: date | None) -> None:
        self.resolver = resolver
        self.when = when
        self.remembered: list[Remembered] = []
        # the last doc asked, its noun chunks and their starts
        self._chunks: tuple[object, list, list[int]] = (None, [], [])

    def _person_in_text_before(self, span) -> Actor | None:
        """For he/she/his: the named person just before it in the text, a grammatical subject first.

        Looks at the pronoun's sentence and the two before it, so the answer
        does not depend on the order in which the pipeline asks.
        """
        doc = getattr(span, "doc", None)
        if doc is None or not doc.has_annotation("SENT_START"):
            return None
        sex = pronoun_sex(span.text)
        ahead = self._fronted_person(span[0]) if len(span) == 1 else None
        if ahead is not None:
            return ahead
        # "she" is no man named before it, "he" no woman: a name of the other sex is passed over
        # a name after "the" is a body's, not a person's ("the French Foreign Legion")
        named = [e for e in entities_in(window_before(span)) if e.label_ == "PERSON" or e[0].lower_ != "the"]
        candidates = [entity for entity in named if entity_sex(entity) in (None, sex)]
        passed_over = len(candidates) < len(named)
        pronoun = span[0] if len(span) == 1 else None
        owner = relative_clause_owner(pronoun) if pronoun is not None and pronoun.dep_ in (*SUBJECTS, "poss") else None
        owners = [entity for entity in candidates if owner is not None and entity.root.i == owner.i]
        if owners and owners[0].label_ == "PERSON":  # "Putin, who has said he ...": Putin, whoever else is near
            return self._person_named(owners[0]) or Actor(text=owners[0].text)
        # a subject "he" may be a name beside the subject ("the secretary, Jane Doe, said he");
        # for "his"/"her" that name is too often the other party ("Doe revoked her passport")
        appositive = pronoun is not None and pronoun.dep_ in SUBJECTS
        candidates.sort(key=lambda entity: (_is_subject(entity, appositive), entity.start), reverse=True)
        if pronoun is not None:
            # "Erdogan, who urged him", "Trump criticised him": not Erdogan, not Trump
            bound = relative_clause_heads(pronoun) | clause_subjects(pronoun)
            candidates = [entity for entity in candidates if entity.root.i not in bound]
        governing = governing_subject(pronoun) if appositive else None
        for entity in candidates:
            person = self._person_named(entity)
            if person is not None and not agrees(span.text, person.text, person.name):
                passed_over = True
            elif person is not None:
                return person
            if governing is not None and entity.root.i == governing.i and self._unplaced(entity):
                # "Farah, 19, was told by the home secretary, Jane Doe, that she ...": the
                # subject of the verb above, whom the tables do not know, not the known name after it
                return Actor(text=entity.text)
            if person is None and entity.label_ == "PERSON" and _is_subject(entity, True) and self._unplaced(entity):
                # "Erdogan spoke. Ayla Demir, a teacher, said he ...": the nearer subject
                # the tables do not know, uncoded, not the known person named before her
                return Actor(text=entity.text, name=entity.text)
        # a "she" after men only: someone the text has not named nearby, not the
        # article's last person of no known sex
        return Actor(text=span.text) if passed_over else None

    def _fronted_person(self, pronoun) -> Actor | None:
        """The person named as the main subject after the fronted phrase a he/his stands
        in ("In his talks with May, Erdogan said"), when of the pronoun's sex."""
        subject = fronted_clause_subject(pronoun)
        entity = (
            next((e for e in pronoun.doc.ents if e.start <= subject.i < e.end), None) if subject is not None else None
        )
        if entity is None or entity_sex(entity) not in (None, pronoun_sex(pronoun.text)):
            return None
        # spaCy may call a known person's bare name an ORG ("Although he denied it, Tillerson ...")
        person = self._person_named(entity) if entity.label_ == "PERSON" else self._known_person(entity.text)
        if person is None:
            return Actor(text=entity.text, name=entity.text) if entity.label_ == "PERSON" else None
        return person if agrees(pronoun.text, person.text, person.name) else None

    def _unplaced(self, entity) -> bool:
        """Whether a name is a person's the tables cannot place (spaCy may call it an ORG: "Begum, 19,")."""
        if entity.label_ not in ("PERSON", "ORG") or entity.root.pos_ != "PROPN":
            return False  # "the foreign secretary" (an ORG to spaCy) is a role, placed elsewhere
        reading = self.resolver.read(entity.text, self.when)
        return reading is None or reading.country is None

    def _person_named(self, entity) -> Actor | None:
        """The person an entity names, known or described beside it ("X, a Dutch convert")."""
        person = self._known_person(entity.text)
        if person is None and entity.label_ == "PERSON":
            tokens = frozenset(word.lower() for word in tokenize(entity.text))
            described = described_country(self.resolver, entity, self.when) or described_elsewhere(
                self.resolver, entity, tokens, self.when
            )
            if described is not None:
                person = Actor(text=entity.text, country=described[0], sector=described[1])
        return person

    def _organisation_in_text_before(self, span) -> Actor | None:
        """For it/its: the nearest singular country, organisation or group named before
        it in the text (its sentence and the two before), else None: an unresolved
        party is better than a wrong one.  A predicate noun ("Turkey is a Nato
        member, its ...") and a nationality adjective ("Syrian Kurds") are no referent.
        """
        doc = getattr(span, "doc", None)
        if doc is None or not doc.has_annotation("SENT_START") or not doc.has_annotation("DEP"):
            return None
        owner = self._statement_owner(span[0])
        if owner is not None:
            return owner
        # "Iran condemned Israel after the killing of its general": Iran's
        owner = next(filter(None, map(self._placed_party, adjunct_owners(span[0]))), None)
        if owner is not None:
            return owner
        # a subject "it" continues the subject before it: of the verb above ("Ankara
        # found that, by working with the US, it ..."), else of the sentence before
        # when its own names none first ("The EU backs the deal despite Iran's
        # programme. It has ..."); then the nearest phrase
        if span[0].dep_ in SUBJECTS:
            for subject in (told_addressee(span[0]) or governing_subject(span[0]), previous_main_subject(span[0])):
                party = self._placed_party(subject) if subject is not None else None
                if party is not None:
                    return party
            before = previous_main_subject(span[0])
            if before is not None and names_thing(self.resolver, noun_phrase(before), self.when):
                # "The UN's resolution ... It called for": the UN's deed; "Obama's
                # hesitation gave Putin an opening. It fitted ...": a thing, no party
                owner = next((child for child in before.children if child.dep_ == "poss"), None)
                return self._placed_party(owner) if owner is not None else None
        window = window_before(span)
        candidates = [e for e in entities_in(window) if e.label_ != "PERSON"] + self._noun_chunks_in(window)
        candidates.sort(key=lambda phrase: (phrase.end, -phrase.start), reverse=True)
        own_subjects = subjects_above(span[0]) | relative_clause_heads(span[0])
        for phrase in candidates:
            if not can_be_it(phrase) or phrase.root.i in own_subjects:
                continue
            reading = self.resolver.read(phrase.text, self.when, proper=has_proper_noun(phrase))
            if reading is not None and reading.kind != "person" and not reading.plural and reading.country:
                return Actor(text=phrase.text, country=reading.country, sector=reading.sector, name=reading.name)
            if reading is None or reading.country is None:
                body = body_named_before(self.resolver, phrase, self.when)  # "the group ... it": Isis
                if body is not None:
                    return body
            owner_named = any(child.dep_ == "poss" for child in phrase.root.children)
            # "Russia dismissed its call. The US backs it": an owned thing, for an "it" done to
            owner_named = owner_named and span[0].dep_ not in ("dobj", "pobj", "nsubjpass", "dative")
            unknown_noun = reading is None and phrase.root.pos_ == "NOUN" and not owner_named
            if unknown_noun and _thing_named(phrase.root, span[0]):
                return None  # "the film ... it", "urged it to attend" after "the council": a thing
        return None

    def _placed_party(self, token) -> Actor | None:
        """The singular country, organisation or group a subject token's phrase names
        with a country; None for a person, a plural, a thing or one of several subjects."""
        phrase = noun_phrase(token)
        if phrase.root.tag_ in ("NNS", "NNPS") or _in_coordination(phrase.root):
            return None
        reading = self.resolver.read(phrase.text, self.when, proper=has_proper_noun(phrase))
        if reading is None or reading.kind == "person" or reading.plural or not reading.country:
            return None
        return Actor(text=phrase.text, country=reading.country, sector=reading.sector, name=reading.name)

    def _statement_owner(self, pronoun) -> Actor | None:
        """For "it" in what a country's statement says ("a US announcement that it would
        train a force", "Turkey's claim that it had ..."): that country, or the body that
        owns the statement; never a person ("Trump's remark that it ..." is about a thing)."""
        if getattr(pronoun, "dep_", "") not in SUBJECTS:
            return None
        clause = pronoun.head
        statement = clause.head
        words = load_word_lists()
        statement_nouns = words.statement_nouns | words.announcing_nouns
        if clause.dep_ not in ("acl", "ccomp") or statement.lower_ not in statement_nouns:
            return None
        for owner in statement.children:
            if owner.dep_ not in ("poss", "compound", "amod") or owner.i > statement.i:
                continue
            phrase = owner.doc[owner.left_edge.i : owner.i + 1]
            reading = self.resolver.read(phrase.text, self.when, proper=has_proper_noun(phrase))
            if reading is not None and reading.kind != "person" and not reading.plural and reading.country:
                return Actor(text=phrase.text, country=reading.country, sector=reading.sector, name=reading.name)
        return None

    def _group_in_text_before(self, span) -> Actor | None:
        """For they/them: the nearest plural group named before it in the text (its
        sentence and the two before), not the subject of its own verb ("Turkey accused
        them"); an uncoded Actor when the nearest is something the tables do not know
        ("the defenders ... they"), None when the text names none (the memory decides)."""
        doc = getattr(span, "doc", None)
        if doc is None or not doc.has_annotation("SENT_START") or not doc.has_annotation("DEP"):
            return None
        window = window_before(span)
        candidates = [e for e in entities_in(window) if e.label_ in ("NORP", "ORG")] + self._noun_chunks_in(window)
        candidates.sort(key=lambda phrase: (phrase.end, -phrase.start), reverse=True)
        own_subjects = clause_subjects(span[0]) | relative_clause_heads(span[0])
        generic: Actor | None = None  # "the extremists": a sector without a country
        for phrase in candidates:
            if not can_be_group(phrase) or phrase.root.i in own_subjects:
                continue
            reading = self.resolver.read(phrase.text, self.when, proper=has_proper_noun(phrase))
            if reading is not None and reading.kind != "person":
                found = Actor(text=phrase.text, country=reading.country, sector=reading.sector, name=reading.name)
                if generic is None and found.country is None and found.sector is not None:
                    generic = found  # maybe another name of a group named before: look on
                elif generic is None or (found.country is not None and found.sector == generic.sector):
                    return found
            elif generic is None and reading is None and phrase.root.dep_ in ("nsubj", "nsubjpass"):
                if phrase.root.pos_ == "NOUN":
                    return Actor(text=phrase.text)  # "the talks ... they", "the defenders ... them": uncoded
        if generic is None or generic.sector in load_sector_words().people_sectors:
            return generic  # "residents ... they": people, not another name of a group
        return self._named_group_of_sector(generic.sector, own_subject_words(span)) or generic

    def _named_group_of_sector(self, sector: str | None, own_subjects: set[str]) -> Actor | None:
        """The group the article named with a country and the given sector, when it named
        one country's only (not the subject of the pronoun's own verb): "the extremists
        ... they" is Isis in a story of Isis, nobody in one of Isis and the SDF."""
        found = [
            earlier.actor
            for earlier in self.remembered
            if earlier.kind == "group" and earlier.actor.country is not None and earlier.actor.sector == sector
            if not own_subjects & {word.lower() for word in tokenize(earlier.actor.text)}
        ]
        return found[-1] if found and len({actor.country for actor in found}) == 1 else None

    def named_party(self, phrase) -> Actor | None:
        """The party a name stands for, from the memory or the tables ("Mrs May": the
        Theresa May named before); None for a phrase with no proper noun."""
        if not has_proper_noun(phrase):
            return None
        person = self._known_person(phrase.text)
        if person is not None:
            return person
        reading = self.resolver.read(phrase.text, self.when, proper=True)
        if reading is None or reading.country is None:
            return None
        return Actor(text=phrase.text, country=reading.country, sector=reading.sector, name=reading.name)

    def _noun_chunks_in(self, window) -> list:
        """The noun chunks inside a window, from the doc's once: a span's own
        ``noun_chunks`` walks the whole doc each time a pronoun asks."""
        doc = window.doc
        if self._chunks[0] is not doc:
            chunks = list(doc.noun_chunks)
            self._chunks = (doc, chunks, [chunk.start for chunk in chunks])
        _, chunks, starts = self._chunks
        # the chunks do not overlap and come in order: those starting in the window
        first, last = bisect.bisect_left(starts, window.start), bisect.bisect_left(starts, window.end)
        return [chunk for chunk in chunks[first:last] if chunk.end <= window.end]

    def _known_person(self, text: str) -> Actor | None:
        reading = self.resolver.read(text, self.when)
        if reading is None:
            return None
        earlier = self._same_name(reading)
        if earlier is not None:
            return earlier.actor
        if reading.kind == "person" and reading.known:
            return Actor(text=text, country=reading.country, sector=reading.sector, name=reading.name)
        return None

    def _same_name(self, reading: Reading) -> Remembered | None:
        """An earlier mention whose name contains this one's ("Erdogan" in "Recep Tayyip Erdogan")."""
        if not reading.name_tokens or (reading.country is not None and reading.kind != "person"):
            return None
        tokens = {token.lower() for token in reading.name_tokens}
        matching = [e for e in reversed(self.remembered) if e.kind == "person" and tokens <= e.name_tokens]
        if reading.known and reading.name is not None:
            # "Ambassador Yakovenko ... On Salisbury Yakovenko ... Yakovenko": the known one the tables name
            known = next((earlier for earlier in matching if earlier.actor.name == reading.name), None)
            if known is not None:
                return known
        # an earlier "Diane Abbott" the tables do not know beats the table's Tony Abbott;
        # of two named so, the one the article placed: "Robinson" after "Joe Robinson, from
        # Leeds" and his mother "Sharon Robinson" is the man the story is about
        placed = next((earlier for earlier in matching if earlier.actor.country is not None), None)
        return placed or (matching[0] if matching else None)

    def _antecedent(self, pronoun_kind: str, own_subjects: set[str], pronoun: str = "") -> Actor | None:
        """The most recently resolved compatible actor: a person for he/she (of the
        pronoun's sex, where the names show one), a group for they (none when that group
        has no country: a "they" named nowhere near is no sector guessed); for an object
        pronoun not the subject of its own verb ("Turkey accused them": not Turkey,
        that would be "themselves")."""
        wanted = "person" if pronoun_kind == "person" else "group"
        passed_over = False  # once a "she" passed a man, only a name shown to be a woman's will do
        for earlier in reversed(self.remembered):
            if earlier.kind == wanted and not (wanted == "person" and earlier.plural):  # "the women": no "she"
                if own_subjects & {word.lower() for word in tokenize(earlier.actor.text)}:
                    continue
                if not agrees(pronoun, earlier.actor.text, earlier.actor.name):
                    passed_over = True
                    continue
                if passed_over and not shows_sex(pronoun_sex(pronoun), None, earlier.actor.text, earlier.actor.name):
                    continue
                if wanted == "group" and earlier.actor.country is None:
                    return None  # "his family", "the children" far back: a guess at a sector, not a party
                return earlier.actor
        return None


def _thing_named(root, pronoun) -> bool:
    """Whether a noun the tables do not know, nearer than any party, is what a later
    "it" names: a subject ("The report said it ..."), or, for an "it" done to ("urging
    it to attend", "before it was invaded"), an object made definite ("defended the
    city", "backed the council"); a subject "it" that acts more often goes on with the
    party the text is about ("Isis changed its tactics. It has resurfaced ...")."""
    if root.dep_ in SUBJECTS:
        return True
    done_to = pronoun.dep_ in ("dobj", "pobj", "nsubjpass", "dative")
    definite = any(
        (child.dep_ == "det" and child.lower_ in ("the", "this", "that")) or child.dep_ == "poss"
        for child in root.children
    )
    return done_to and definite and root.dep_ in ("dobj", "pobj")


def _in_coordination(root) -> bool:
    """Whether a noun is one of several joined by "and" ("Russia, Iran and Turkey")."""
    return root.dep_ == "conj" or any(child.dep_ == "conj" for child in root.children)


def _is_subject(phrase, appositive: bool) -> bool:
    """A subject, or (``appositive``) a name in apposition to one ("the foreign secretary, Jane Doe, said")."""
    root = phrase.root
    return root.dep_ in SUBJECTS or (appositive and root.dep_ == "appos" and root.head.dep_ in SUBJECTS)
