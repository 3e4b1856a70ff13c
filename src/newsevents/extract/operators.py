"""Operators over content: the part of event typing that needs no parse.

A reading is a CAMEO code with the content it was about.  An operator (do,
end, intend, refuse, threaten, demand ...) applied to a reading gives a new
reading, as the lexicon's classes say (``knowledge.lexicon``): "threatened to
impose sanctions" is threaten(sanctions), "refused to lift the embargo" is
refuse(end(sanctions)).  Tense, negation and modals on a predicate are
operators too (:meth:`Operators.modify`).  The parse reader
(``extract.parse_reader``) finds what operates on what; this module decides
the result from words and readings alone, so it is tested without spaCy.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from typing import Any

from newsevents.knowledge.codebooks import Ontology
from newsevents.knowledge.lexicon import (
    DO,
    ContentClass,
    EventLexicon,
    LexiconEntry,
    NewContent,
    OperatorValue,
)
from newsevents.knowledge.words import WordLists

# Operators that commit the actor to what they govern; over a negated conflictual deed
# the commitment is restraint, a promise (CAMEO 030, AGREE); over a refusal, the refusal.
PROMISING_OPERATORS = frozenset({"pledge", "agree", "offer", "intend"})
PROMISE = "030"


@dataclass(frozen=True)
class Reading:
    """One reading of a predicate: a CAMEO code, and the content it was about."""

    cameo: str
    trigger: Any  # the word that decided it (a parse token; opaque to the operators)
    content_class: str | None = None
    event: str | None = None
    mode: str | None = None
    weak: bool = False
    verbal: bool = False  # produced by a speech-act operator: tense does not change it
    bare: bool = False  # a controlling word read with nothing under it
    covered: frozenset[int] = frozenset()  # token indices this reading used
    restrained: bool = False  # a conflictual deed negated ("not to attack"): promised, it is restraint
    refusal: bool = False  # a cooperative deed negated ("would not accept"): promised, still a refusal


class Operators:
    """Applies operators to readings with one lexicon, code book and set of word lists."""

    def __init__(self, lexicon: EventLexicon, ontology: Ontology, words: WordLists):
        self.lexicon = lexicon
        self.ontology = ontology
        self.words = words

    # -- what a reading is ----------------------------------------------------

    def describe(self, reading: Reading) -> tuple[str | None, str | None, str | None]:
        """PLOVER event, mode and context; event None: a statement, no event."""
        code = self.ontology.cameo_codes.get(reading.cameo)
        event = (
            reading.event or (code.plover_event if code else None) or self.ontology.type_without_plover(reading.cameo)
        )
        mode = reading.mode or (code.plover_mode if code and code.plover_event == event else None)
        if not self.ontology.is_mode_of(mode, event):
            # a mode carried over from content of another type ("threatened to arrest": no
            # THREATEN mode from the arrest's entry); the loaders check every written mode
            mode = None
        context = code.plover_context if code else None
        return event, mode, context

    def is_statement(self, reading: Reading) -> bool:
        """A CAMEO statement (comment, condolences, claim of responsibility): no PLOVER event."""
        return self.describe(reading)[0] is None

    def cooperative(self, reading: Reading, content_class: ContentClass) -> bool:
        """The class's polarity; without one, the quad class of the reading's type."""
        if content_class.polarity is not None:
            return content_class.polarity == "coop"
        return self.ontology.is_cooperative(self.describe(reading)[0])

    def ignores(self, operator: str, content: Reading) -> bool:
        """A neutral class is no content for an operator it does not name
        ("withdrew peacekeepers from the border": the border is only a place)."""
        content_class = self.lexicon.content_class(content.content_class)
        return content_class.neutral and not content_class.names(operator)

    # -- building readings ------------------------------------------------------

    def content(self, entry: LexiconEntry, trigger: Any) -> Reading | None:
        """The reading of a content word ("attacked", "sanctions")."""
        content_class = self.lexicon.content_class(entry.content_class)
        code = entry.cameo or content_class.do
        if code is None and content_class.neutral:
            code = ""  # content only for the operators its class names ("kicked out of the programme")
        if code is None:
            return None
        return Reading(
            cameo=code,
            trigger=trigger,
            content_class=entry.content_class,
            # a word's own CAMEO code decides its type; else the class may name one
            event=entry.event or (None if entry.cameo else content_class.event),
            mode=entry.mode or (None if entry.cameo else content_class.mode),
            weak=entry.weak,
        )

    def bare(self, operator: str, trigger: Any, entry: LexiconEntry) -> Reading | None:
        """A controlling word with nothing under it ("Iran threatened")."""
        code = entry.cameo or self.lexicon.operator_defaults[operator].none
        if code is None:
            return None
        return Reading(
            cameo=code,
            trigger=trigger,
            weak=entry.weak,
            event=entry.event,
            mode=entry.mode,
            verbal=operator in self.lexicon.speech_act_operators,
            bare=True,
            content_class=self.lexicon.operator_results.get(operator),
        )

    def bare_demand(self, trigger: Any, covered: frozenset[int]) -> Reading:
        """ "China must drop its barriers": a demand even when what is demanded is unknown."""
        code = self.lexicon.operator_defaults["demand"].none
        return Reading(cameo=code or "", trigger=trigger, verbal=True, bare=True, covered=covered)

    def apply(self, operator: str, content: Reading, trigger: Any, entry: LexiconEntry) -> Reading | None:
        """``operator`` (the entry of ``trigger``) over ``content``."""
        lexicon = self.lexicon
        covered = content.covered
        content_class = lexicon.content_class(content.content_class)

        def the_content_itself() -> Reading:
            return replace(content, trigger=trigger, weak=content.weak and entry.weak, covered=covered)

        if operator == DO or (content.verbal and operator == "offer"):  # "offered scathing criticism"
            return the_content_itself()
        if content.restrained and operator in PROMISING_OPERATORS:
            # "promised not to attack": a commitment of restraint (AGREE), no threat
            return Reading(cameo=PROMISE, trigger=trigger, covered=covered, verbal=True)
        if content.refusal and operator in PROMISING_OPERATORS:
            return the_content_itself()  # "vowed it would never accept the deal": the refusal, no threat
        cooperative = self.cooperative(content, content_class)
        value: OperatorValue | None = content_class.value(operator)
        fallback = lexicon.operator_fallbacks.get(operator)
        if value is None and fallback == DO:  # "sent experts to investigate": the content itself
            return the_content_itself()
        if value is None and fallback and (cooperative or operator != "offer"):
            value = content_class.value(
                fallback
            )  # an offer of cooperation is a promise of it; of force, still an offer
        if isinstance(value, NewContent):
            new_class = lexicon.classes[value.content_class]
            return Reading(
                cameo=new_class.do or "",
                content_class=new_class.name,
                covered=covered,
                trigger=trigger,
                weak=entry.weak and content.weak,
                event=new_class.event,
                mode=new_class.mode,
            )
        if value is None:
            value = lexicon.operator_defaults[operator].for_content(cooperative) or entry.cameo
        if value == DO:
            return the_content_itself()
        if value is None:
            return None
        return Reading(
            cameo=value,
            trigger=trigger,
            covered=covered,
            weak=entry.weak and content.weak,
            verbal=operator in lexicon.speech_act_operators,
            event=entry.event,
            mode=entry.mode,
            content_class=lexicon.operator_results.get(operator),
        )

    def operate(self, reading: Reading, operator: str) -> Reading:
        """An operator that comes from the predicate's own words (tense, "must", "fail to")."""
        content_class = self.lexicon.content_class(reading.content_class)
        if content_class.neutral and not content_class.names(operator):
            return reading  # "a funeral will be held": tense does not make a ceremony a promise
        value = self._code(content_class.value(operator))
        if value is None:
            value = self.lexicon.operator_defaults[operator].for_content(self.cooperative(reading, content_class))
        return replace(reading, cameo=value or "", event=None, mode=None, verbal=True)

    def intend(self, reading: Reading, announced: bool = False) -> Reading:
        """A promise of the content; ``announced``: told in the future tense ("will
        withdraw"), which for some classes PLOVER codes as a concession."""
        if reading.verbal:
            return reading
        promised = self.operate(reading, "intend")
        announced_event = self.lexicon.content_class(reading.content_class).announced_event
        if announced and announced_event:
            return replace(promised, event=announced_event, mode=None)
        return promised

    def protest(self, reading: Reading) -> Reading:
        """What protesters denounce or demand, read as their protest (PROTEST demo)."""
        code = self.lexicon.content_class("protest").do or ""
        return replace(reading, cameo=code, content_class="protest", event=None, mode=None, verbal=False)

    def asking_operator(self, modals: AbstractSet[str], governing_phrase: str) -> str | None:
        """ "must withdraw", "has to withdraw": a demand; "should", "needs to": an appeal.
        ``governing_phrase`` is "<lemma> to" of a verb governing the predicate, or ""."""
        words = self.words
        if modals & words.demand_modals or governing_phrase in words.demand_phrases:
            return "demand"
        if modals & words.appeal_modals or governing_phrase in words.appeal_phrases:
            return "appeal"
        return None

    def modify(
        self,
        reading: Reading,
        modals: AbstractSet[str],
        governing_phrase: str = "",
        going_to: bool = False,
        past_denial: bool = False,
    ) -> Reading:
        """Negation, future tense and "must" among the predicate's own ``modals``
        (its auxiliaries, negation and adverbs, lower-cased).  ``past_denial``: the
        negation tells a past act that did not take place ("did not sign the letter"),
        no refusal (extract/modality.py); the act stays itself, its modality negated."""
        lexicon = self.lexicon
        content_class = lexicon.content_class(reading.content_class)
        if modals & self.words.negation_words:
            if self.cooperative(reading, content_class) and not past_denial:
                code = self._code(content_class.value("refuse")) or lexicon.operator_defaults["refuse"].coop
                refusal = replace(reading, cameo=code or "", content_class=None, event=None, mode=None, verbal=True)
                return replace(refusal, refusal=True)
            return replace(reading, restrained=True)
        asking = self.asking_operator(modals, governing_phrase)
        if asking and self.describe(reading)[0] != "REQUEST":
            return self.operate(reading, asking)
        if reading.verbal:
            return reading
        if modals & self.words.future_auxiliaries or going_to:
            return self.intend(reading, announced=True)
        if modals & self.words.threat_modals and not self.cooperative(reading, content_class):
            return self.intend(reading)
        return reading

    def _code(self, value: OperatorValue | None) -> str | None:
        """A class's value as a CAMEO code: a new content gives the code of doing it."""
        if isinstance(value, NewContent):
            return self.lexicon.classes[value.content_class].do
        return value
