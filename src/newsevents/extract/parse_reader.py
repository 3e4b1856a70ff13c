"""Reading a predicate off the dependency parse: what operates on what.

From a token, the reader finds its lexicon entry, what it governs (complements,
objects, purpose clauses, "that" clauses of reporting verbs) and the words that
modify it (auxiliaries, negation), and hands the pieces to
:class:`~newsevents.extract.operators.Operators`, which decides the reading.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsevents.extract.denial import denies_a_report
from newsevents.extract.figurative import asks_a_question, is_literal, is_meeting, is_verbal_fight, restricts_movement
from newsevents.extract.generic import is_habit
from newsevents.extract.judged_senses import tells_no_event
from newsevents.extract.lexicon_lookup import complement_objects, noun_entry, verb_entry
from newsevents.extract.military_senses import backs_an_armed_party, military_sense
from newsevents.extract.operators import Operators, Reading
from newsevents.extract.refusal import declines_to_disclose, denies_past_act
from newsevents.extract.set_phrases import in_set_phrase, talks_of_a_topic
from newsevents.extract.standing_states import stands_placed
from newsevents.extract.verb_forms import expels_a_country, going_to, has_acomp, is_infinitive, is_object, modal_words
from newsevents.extract.views import agrees_with_a_view
from newsevents.extract.word_senses import (
    class_by_sense,
    deed_objects,
    described_noun,
    tries,
    wrong_sense,
)
from newsevents.knowledge.lexicon import DO, NO_CLASS, LexiconEntry

# What protesters say is their protest: "protesters denouncing the election" is PROTEST.
PROTESTERS_SPEECH = frozenset({"condemn", "accuse", "demand"})
MAX_DEPTH = 5  # operator chains are short ("said it would refuse to lift"); guards odd parses
MEMBERSHIP = "membership"  # the class of programmes and alliances one is expelled from
FORCE = "force"
MOVEMENT_RESTRICTION = "blockade"  # its "do" is CAMEO 191, restrict movement


class ParseReader:
    """Reads predicates of a parse into readings, with one set of operators."""

    def __init__(self, operators: Operators):
        self.operators = operators
        self.lexicon = operators.lexicon
        self.words = operators.words

    def read(self, token: Token, depth: int, standalone: bool = False, as_verb: bool = False) -> Reading | None:
        """The reading of ``token`` and what it governs (None: nothing the lexicon knows);
        ``as_verb``: a verb the parser tagged as a noun (extract/headlines.py)."""
        if depth > MAX_DEPTH:
            return None
        lemma = token.lemma_.lower()
        is_verb = as_verb or token.pos_ in {"VERB", "AUX"}
        entry, used = (
            verb_entry(token, self.lexicon, self.words.event_nouns) if is_verb else noun_entry(token, self.lexicon)
        )
        if is_verb and restricts_movement(token, self.words):
            reading = self.operators.content(LexiconEntry(content_class=MOVEMENT_RESTRICTION), token)
            return None if reading is None else replace(reading, covered=frozenset(t.i for t in token.subtree))
        if is_verb and self._no_event(token):
            return None
        if is_verb and not used and not is_literal(token, self.words):
            return None  # "left in limbo", "called the plan reckless" ("left seven people
            # dead" is a phrase of its own)
        if is_verb and tries(token, self.words):
            entry = None  # "sought to limit the war": the plan it governs
        if entry is None and is_verb:
            return self._read_through(token, depth, lemma) or self._bare_demand(token)
        words, lexicon = self.words, self.lexicon
        if (
            is_verb
            and entry is not None
            and (wrong_sense(token, entry, words, lexicon) or tells_no_event(token, entry, words, lexicon))
        ):
            return None  # "received assistance", "fought to keep" (extract/word_senses.py, judged_senses.py)
        sense = is_verb and entry is not None and military_sense(token, entry, self.words, self.lexicon)
        if is_verb and entry is not None and (sense := sense or class_by_sense(token, entry, self.words, self.lexicon)):
            entry = LexiconEntry(content_class=sense, weak=entry.weak)  # "fought alongside", "defended X from"
        if entry is None or (standalone and entry.object_only):
            return None
        if entry.operator:
            complement = self._complement(token, entry, depth)
            if complement is None and entry.object_operator and deed_objects(token):
                return None  # "committed crimes", "the atrocities Isis committed": no deed the lexicon knows
            operator = entry.operator
            if complement is not None and entry.object_operator and complement.trigger.pos_ != "VERB":
                operator = entry.object_operator
            reading = self._apply(operator, complement, token, entry)
        else:
            reading = self._content(entry, token)
            if reading is not None and not reading.cameo and standalone:
                return None  # "clashes broke out", "left for Brussels": no event of its own
        if reading is None and is_verb:
            # "announced that ...": a verb that reports as well as acts
            return self._read_through(token, depth, lemma) or self._bare_demand(token)
        if reading is None:
            return None
        reading = replace(reading, covered=reading.covered | {token.i, *(t.i for t in used)})
        if (
            is_verb
            and entry.operator in PROTESTERS_SPEECH
            and self._actor_among(token, self.lexicon.protester_actor_nouns)
        ):
            reading = self.operators.protest(reading)  # protesters denouncing, demanding: a protest
        if standalone and not is_verb:  # an event noun with no verb over it: weaker evidence
            reading = replace(reading, weak=True)
        return self._modify(token, reading) if is_verb else reading

    def _no_event(self, verb: Token) -> bool:
        """A habit ("usually condemn"), a question asked ("'Why?' she asked") or a meeting
        of no one ("met the deadline"): words of an event that tell none."""
        words = self.words
        if declines_to_disclose(verb, words):
            return True  # "refused to be named", "declined to comment": a source's terms (CAMEO 011)
        if in_set_phrase(verb, words) or talks_of_a_topic(verb, words) or denies_a_report(verb, words):
            return True  # "held sway over", "talked about the shutdown", "denied reports that" (hb6)
        if is_habit(verb, words) or stands_placed(verb, words):  # "where troops are deployed": a state (hc8)
            return True
        return asks_a_question(verb, words) or not is_meeting(verb, words)

    def read_noun(self, token: Token, depth: int) -> Reading | None:
        """A noun's reading, else that of its purpose ("an operation to detain ...")
        or of what it counts ("hundreds of troops")."""
        reading = self.read(token, depth)
        if reading is not None and not reading.weak:
            return reading
        if depth > MAX_DEPTH:
            return reading
        for child in token.children:
            if child.dep_ == "acl" and is_infinitive(child):
                purpose = self.read(child, depth + 1)
                if purpose is not None:
                    return purpose
        if reading is not None:
            return reading
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        reading = self.read(grandchild, depth + 1)
                        if reading is not None:
                            return reading
        return None

    def _read_through(self, token: Token, depth: int, lemma: str) -> Reading | None:
        """Verbs that are not events themselves: speech ("said that ..."), expectations
        ("expects to ..."), evidence ("shows ...") and plans ("plans to ..."), read
        through to what they govern."""
        lexicon, words = self.lexicon, self.words
        if lemma in words.reporting_verbs or lemma in words.expectation_verbs or lemma in words.evidence_verbs:
            for child in token.children:
                if (
                    lemma in lexicon.claiming_verbs
                    and child.dep_ == "ccomp"
                    and any(g.dep_ == "nsubj" and g.pos_ == "PRON" for g in child.children)
                ):
                    return Reading(
                        cameo=lexicon.claiming_verbs[lemma],
                        trigger=token,
                        verbal=True,
                        covered=frozenset(t.i for t in token.subtree),
                    )
                if child.dep_ in {"ccomp", "parataxis"} or (child.dep_ == "xcomp" and child.pos_ == "VERB"):
                    reading = self.read(child, depth + 1)
                    if reading is not None:
                        return self._reported_as(token, replace(reading, covered=reading.covered | {token.i}))
            for child in token.children:  # "reiterated its support for ...", "announced sanctions"
                if child.dep_ == "dobj" and child.pos_ == "NOUN":
                    reading = self.read_noun(child, depth + 1)
                    if reading is not None and reading.cameo:
                        return replace(reading, trigger=token, covered=reading.covered | {token.i})
            return None
        for child in token.children:
            if child.dep_ == "acomp" and child.lemma_.lower() in lexicon.statement_adjectives:
                # "was responsible for mass killings": the killings are what is reported
                for prep in child.children:
                    if prep.dep_ == "prep" and prep.lower_ in words.blame_prepositions:
                        for governed in prep.children:
                            reading = (
                                self.read(governed, depth + 1)
                                if governed.pos_ == "VERB"
                                else self.read_noun(governed, depth + 1)
                            )
                            if (
                                reading is not None
                                and reading.cameo
                                and not self.operators.cooperative(reading, NO_CLASS)
                            ):
                                return replace(reading, covered=reading.covered | {token.i, child.i})
                return Reading(
                    cameo=lexicon.statement_adjectives[child.lemma_.lower()],
                    trigger=token,
                    verbal=True,
                    covered=frozenset({token.i, *(t.i for t in child.subtree)}),
                )
        refusal = lemma in words.refusal_governors
        if refusal or lemma in words.future_governors or has_acomp(token, words.future_governors):
            for child in [*token.children, *(c for a in token.children if a.dep_ == "acomp" for c in a.children)]:
                if child.dep_ == "xcomp" and child.pos_ in {"VERB", "AUX"}:
                    reading = self.read(child, depth + 1)
                    if reading is not None:
                        reading = (
                            self.operators.operate(reading, "refuse") if refusal else self.operators.intend(reading)
                        )
                        reading = replace(reading, trigger=token, covered=reading.covered | {token.i})
                        return self._modify(token, reading)
        return None

    def _reported_as(self, verb: Token, reading: Reading) -> Reading:
        """ "reiterated its demand that Israel ease ...": the object noun of a reporting
        verb says what kind of speech act the reported clause is."""
        for child in verb.children:
            if child.dep_ == "dobj" and child.pos_ == "NOUN":
                entry = noun_entry(child, self.lexicon)[0]
                if entry is not None and entry.operator and entry.operator != DO:
                    applied = self._apply(entry.operator, reading, child, entry)
                    if applied is not None:
                        return replace(applied, covered=applied.covered | {child.i, verb.i})
        return reading

    def _bare_demand(self, token: Token) -> Reading | None:
        if modal_words(token) & self.words.demand_modals:
            return self.operators.bare_demand(token, frozenset({token.i}))
        return None

    def _apply(self, operator: str, content: Reading | None, token: Token, entry: LexiconEntry) -> Reading | None:
        if content is not None and self.operators.ignores(operator, content):
            content = None
        if operator == "expel" and self._actor_among(token, self.lexicon.armed_actor_nouns):
            # troops driving fighters out of an area: force, not an expulsion
            return self.operators.content(LexiconEntry(content_class=FORCE), token)
        result_class = self.lexicon.content_class(self.lexicon.operator_results.get(operator))
        armed = self.lexicon.armed_actor_nouns
        if result_class.armed_actor and (
            self._actor_among(token, armed) or backs_an_armed_party(token, self.words, armed)
        ):
            # "forces backing Assad", "backed the militia": backing in arms is material aid (PLOVER AID)
            return self.operators.content(LexiconEntry(content_class=result_class.armed_actor), token)
        if content is None and operator == "expel" and expels_a_country(token):
            # a country is expelled from an organisation (SANCTION), people from a country
            content = self.operators.content(LexiconEntry(content_class=MEMBERSHIP), token)
        if content is not None:
            return self.operators.apply(operator, content, token, entry)
        if entry.content_class:  # "withdrew" with nothing withdrawn: the verb's own content
            return self._content(entry, token)
        if entry.transitive and not any(is_object(child) for child in token.children):
            return None
        if agrees_with_a_view(token):
            return None  # "agreed it was highly likely that ...": a view shared, no agreement
        if entry.weak and any(child.dep_ == "xcomp" for child in token.children):
            return None  # "we needed to move on": a weak word over an unknown deed says nothing
        return self.operators.bare(operator, token, entry)

    def _modify(self, token: Token, reading: Reading) -> Reading:
        """Negation, future tense and "must" on the predicate itself."""
        head = token.head
        phrase = f"{head.lemma_.lower()} to" if token.dep_ == "xcomp" and head.i != token.i else ""
        if head.tag_ == "VBD" and head.lemma_.lower() == "have":
            phrase = ""  # "police had to fire": an obligation met is the deed, not a demand
        announced = going_to(token) or self._announced_step(token, reading)
        past_denial = denies_past_act(token, self.words)
        return self.operators.modify(reading, modal_words(token), phrase, announced, past_denial)

    def _announced_step(self, verb: Token, reading: Reading) -> bool:
        """A retreat or resignation a decision announces ("the decision *to withdraw*
        its troops"): told as done, it is the announcement PLOVER codes CONCEDE."""
        if verb.dep_ != "acl" or not is_infinitive(verb) or verb.head.lemma_.lower() not in self.words.announcing_nouns:
            return False
        return self.lexicon.content_class(reading.content_class).announced_event is not None

    def _content(self, entry: LexiconEntry, token: Token) -> Reading | None:
        """A content word's reading; soldiers or protesters doing it may change its class."""
        lexicon = self.lexicon
        content_class = lexicon.content_class(entry.content_class)
        armed = lexicon.armed_actor_nouns
        if content_class.armed_actor and (
            self._actor_among(token, armed | self.words.armed_operation_nouns)  # "the invasion toppled"
            or self._military_kind(token)
            or backs_an_armed_party(token, self.words, armed)
        ):
            entry = LexiconEntry(content_class=content_class.armed_actor, weak=entry.weak)
            content_class = lexicon.content_class(entry.content_class)
        if content_class.protester_actor and self._actor_among(token, lexicon.protester_actor_nouns):
            entry = LexiconEntry(content_class=content_class.protester_actor, weak=entry.weak)
        reading = self.operators.content(entry, token)
        if reading is not None and entry.content_class == FORCE and is_verbal_fight(token, self.words):
            criticism = self.operators.bare("condemn", token, LexiconEntry(operator="condemn"))
            return None if criticism is None else replace(criticism, covered=reading.covered)
        return None if reading is None else self._peacekeeping(reading, token)

    def _complement(self, token: Token, entry: LexiconEntry, depth: int) -> Reading | None:
        """What a controlling word governs, read as content."""
        preps = set(entry.complement_prepositions)
        candidates = complement_objects(token, preps, {"prep", "agent"}, {"pobj", "pcomp"})
        clausal = ({"xcomp"}, {"ccomp"}) if entry.operator != DO else ({"xcomp"},)
        for deps in clausal:
            candidates.extend(child for child in token.children if child.dep_ in deps)
        objects = []
        for child in token.children:
            if child.dep_ in {"dobj", "nsubjpass", "attr", "oprd"} or (child.dep_ == "nsubj" and is_object(child)):
                objects.extend([child, *child.conjuncts])  # "sent teams and medical supplies"
        # "sworn to fight": an infinitive the parser hung as an adverbial clause; for verbs
        # of sending, the purpose says what kind of event it is ("sent a team to investigate")
        adverbial = [
            child
            for child in token.children
            if child.dep_ == "advcl" and (entry.purpose or (entry.operator != DO and is_infinitive(child)))
        ]
        candidates.extend([*adverbial, *objects] if entry.purpose else [*objects, *adverbial])
        if token.pos_ in {"NOUN", "PROPN"}:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in self.words.noun_complement_prepositions:
                    candidates.extend(g for g in child.children if g.dep_ in {"pobj", "pcomp"})
                elif (
                    child.dep_ in {"acl", "ccomp", "relcl"} and child.pos_ == "VERB"
                ):  # "its demand that Israel ease ..."
                    candidates.append(child)
        described = described_noun(token)
        if entry.object_operator and described is not None:  # "massacres committed by the army"
            candidates.append(described)
        # "urged Japan to lift": the infinitive may hang under the object
        for child in token.children:
            if child.dep_ in {"dobj", "pobj"}:
                candidates.extend(g for g in child.children if g.dep_ == "acl" and is_infinitive(g))
        for candidate in candidates:
            reading = (
                self.read(candidate, depth + 1)
                if candidate.pos_ in {"VERB", "AUX"}
                else self.read_noun(candidate, depth + 1)
            )
            if reading is None:
                continue
            if entry.operator is not None and self.operators.ignores(entry.operator, reading):
                continue  # "withdrew peacekeepers from the border": the border is only a place
            if entry.conflict_only and self.operators.cooperative(
                reading, self.lexicon.content_class(reading.content_class)
            ):
                continue  # "used the money to ...": using is an event only with force or arms
            return self._peacekeeping(reading, token)
        return None

    def _actor_among(self, token: Token, nouns: frozenset[str]) -> bool:
        """Whether the subject (or passive agent) of the verb is one of ``nouns``
        (soldiers, protesters ...)."""
        verb = token if token.pos_ in {"VERB", "AUX"} else token.head
        if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"}:  # "protesters denouncing ..."
            return verb.head.lemma_.lower() in nouns or verb.head.lower_ in nouns
        if verb.dep_ in {"advcl", "xcomp", "conj"} and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head  # "poured into the streets, denouncing ...": the subject it shares
        for child in verb.children:
            phrases = (
                [child]
                if child.dep_ == "nsubj"
                else [g for g in child.children if g.dep_ == "pobj"]
                if child.dep_ == "agent"
                else []
            )
            for phrase in phrases:
                if any(t.lemma_.lower() in nouns or t.lower_ in nouns for t in phrase.subtree):
                    return True
        return False

    def _military_kind(self, noun: Token) -> bool:
        """An event noun the words before it make military ("US air support",
        "logistical support", "military cooperation")."""
        return noun.pos_ == "NOUN" and any(
            child.dep_ in {"amod", "compound"} and child.lower_ in self.words.military_kind_modifiers
            for child in noun.children
        )

    def _peacekeeping(self, reading: Reading, scope: Token) -> Reading:
        """Troops sent to a peacekeeping force are aid (074), not a show of force."""
        if reading.content_class != "mobilize":
            return reading
        verb = scope if scope.pos_ in {"VERB", "AUX"} else scope.head
        subjects = [t for child in verb.children if child.dep_ in {"nsubj", "nsubjpass"} for t in child.subtree]
        for token in [*scope.subtree, *subjects]:
            entry = noun_entry(token, self.lexicon)[0]
            if entry is not None and entry.content_class == "peacekeeping":
                peacekeeping = self.lexicon.content_class("peacekeeping")
                return replace(
                    reading, cameo=peacekeeping.do or "", content_class="peacekeeping", event=None, mode=None
                )
        return reading
