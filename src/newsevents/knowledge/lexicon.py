"""The event lexicon (``data/event_lexicon.yaml``), typed and checked when it is read.

The file's comments explain the model (a content class, and operators over it).
Every field of an entry becomes a named attribute here, and an entry with an
unknown field, an unknown class or operator, a CAMEO code missing from
``cameo.csv`` or a PLOVER type that does not exist raises :class:`LexiconError`
naming the file and the entry, so a typo in the data cannot silently read as
"no event".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from types import MappingProxyType
from typing import Any

from newsevents.knowledge.codebooks import Ontology, load_ontology
from newsevents.knowledge.files import read_data_yaml

LEXICON_FILE = "event_lexicon.yaml"
DO = "do"  # the operator of doing the content; as an operator's value, "the content itself"
POLARITIES = frozenset({"coop", "conflict", "neutral"})
_CLASS_FIELDS = frozenset({"polarity", "do", "event", "mode", "context", "armed_actor", "protester_actor", "announced"})
_ENTRY_FIELDS = frozenset(
    {
        "class",
        "op",
        "comp",
        "cameo",
        "event",
        "mode",
        "weak",
        "object_op",
        "transitive",
        "purpose",
        "object",
        "conflict_only",
    }
)


class LexiconError(ValueError):
    """A malformed lexicon entry; the message names the file and the entry."""


@dataclass(frozen=True)
class NewContent:
    """An operator's value that makes a new content: ending sanctions is easing them."""

    content_class: str


OperatorValue = str | NewContent  # a CAMEO code, DO (the content itself), or a new content


@dataclass(frozen=True)
class OperatorDefaults:
    """An operator's CAMEO code where a class does not name it."""

    coop: str | None  # over cooperative content
    conflict: str | None  # over conflictual content (may be DO: an order to coerce is coercion)
    none: str | None  # with nothing under it

    def for_content(self, cooperative: bool) -> str | None:
        return self.coop if cooperative else self.conflict


@dataclass(frozen=True)
class ContentClass:
    """What an event is about, and the CAMEO code of each operator over it."""

    name: str
    polarity: str | None  # coop | conflict | neutral; None: from the CAMEO code's quad class
    do: str | None  # the code of doing it
    operators: Mapping[str, OperatorValue]  # every other operator the class names
    event: str | None = None  # PLOVER type, when PLOVER reads the class differently from CAMEO
    mode: str | None = None
    context: str | None = None
    armed_actor: str | None = None  # the class it becomes when soldiers do it
    protester_actor: str | None = None  # the class it becomes when protesters do it
    announced_event: str | None = None  # PLOVER type of announcing it in the future tense

    @property
    def neutral(self) -> bool:
        """A neutral class is content only for the operators it names."""
        return self.polarity == "neutral"

    def names(self, operator: str) -> bool:
        return self.do is not None if operator == DO else operator in self.operators

    def value(self, operator: str) -> OperatorValue | None:
        return self.do if operator == DO else self.operators.get(operator)


NO_CLASS = ContentClass(name="", polarity=None, do=None, operators=MappingProxyType({}))


@dataclass(frozen=True)
class LexiconEntry:
    content_class: str | None = None
    operator: str | None = None
    complement_prepositions: tuple[str, ...] = ()
    cameo: str | None = None
    event: str | None = None
    mode: str | None = None
    weak: bool = False
    object_operator: str | None = None  # the operator when what is governed is a noun ("ordered patrols")
    transitive: bool = False  # an event only with a direct object ("returned the artefacts")
    purpose: bool = False  # reads its purpose clause as content ("called him to congratulate him")
    object_only: bool = False  # a thing ("troops", "aid supplies"), an event only under a verb
    conflict_only: bool = False  # governs only conflictual content ("used rockets"; not "used the money")


@dataclass(frozen=True)
class EventLexicon:
    operator_defaults: Mapping[str, OperatorDefaults]
    operator_fallbacks: Mapping[str, str]
    operator_results: Mapping[str, str]
    speech_act_operators: frozenset[str]
    classes: Mapping[str, ContentClass]
    verbs: Mapping[str, LexiconEntry]
    nouns: Mapping[str, LexiconEntry]
    armed_actor_nouns: frozenset[str]
    protester_actor_nouns: frozenset[str]
    audience_nouns: frozenset[str]
    claiming_verbs: Mapping[str, str]
    non_political_subjects: frozenset[str]
    non_political_cues: frozenset[str]
    political_actor_nouns: frozenset[str]
    route_nouns: frozenset[str]
    statement_adjectives: Mapping[str, str]
    non_political_objects: frozenset[str]
    disaster_cues: frozenset[str]
    disaster_subjects: frozenset[str]
    causative_verbs: frozenset[str]

    @cached_property
    def verb_phrase_heads(self) -> frozenset[str]:
        """The first words of the verb entries of several words ("call" of "call on"):
        a verb that heads none is looked up alone."""
        return frozenset(key.partition(" ")[0] for key in self.verbs if " " in key)

    def content_class(self, name: str | None) -> ContentClass:
        """The class of that name; NO_CLASS for a reading without one."""
        return self.classes.get(name or "", NO_CLASS)


@lru_cache(maxsize=1)
def load_event_lexicon() -> EventLexicon:
    """Read and check the lexicon once per process."""
    return parse_event_lexicon(read_data_yaml(LEXICON_FILE), LEXICON_FILE, load_ontology())


def parse_event_lexicon(data: Mapping[str, Any], source: str, ontology: Ontology) -> EventLexicon:
    """The lexicon in ``data`` (as read from ``source``), checked against the code books."""
    check = _Checker(source, ontology)
    defaults = {name: check.defaults(name, spec) for name, spec in check.section(data, "operator_defaults").items()}
    check.operators = frozenset(defaults)
    check.classes = frozenset(check.section(data, "classes"))
    classes = {name: check.content_class(name, spec) for name, spec in data["classes"].items()}
    return EventLexicon(
        operator_defaults=MappingProxyType(defaults),
        operator_fallbacks=MappingProxyType(check.operator_map(data, "operator_fallbacks", values_are_operators=True)),
        operator_results=MappingProxyType(check.operator_map(data, "operator_results", values_are_operators=False)),
        speech_act_operators=frozenset(check.operator_list(data, "speech_act_operators")),
        classes=MappingProxyType(classes),
        verbs=MappingProxyType(
            {key: check.entry("verbs", key, spec) for key, spec in check.section(data, "verbs").items()}
        ),
        nouns=MappingProxyType(
            {key: check.entry("nouns", key, spec) for key, spec in check.section(data, "nouns").items()}
        ),
        armed_actor_nouns=check.words(data, "armed_actor_nouns"),
        protester_actor_nouns=check.words(data, "protester_actor_nouns"),
        audience_nouns=check.words(data, "audience_nouns"),
        claiming_verbs=MappingProxyType(check.codes_of_words(data, "claiming_verbs")),
        non_political_subjects=check.words(data, "non_political_subjects"),
        non_political_cues=check.words(data, "non_political_cues"),
        political_actor_nouns=check.words(data, "political_actor_nouns"),
        route_nouns=check.words(data, "route_nouns"),
        statement_adjectives=MappingProxyType(check.codes_of_words(data, "statement_adjectives")),
        non_political_objects=check.words(data, "non_political_objects"),
        disaster_cues=check.words(data, "disaster_cues"),
        disaster_subjects=check.words(data, "disaster_subjects"),
        causative_verbs=check.words(data, "causative_verbs"),
    )


class _Checker:
    """Builds typed values from the raw YAML, raising LexiconError at the first fault."""

    def __init__(self, source: str, ontology: Ontology):
        self.source = source
        self.ontology = ontology
        self.operators: frozenset[str] = frozenset()
        self.classes: frozenset[str] = frozenset()

    def fail(self, where: str, problem: str) -> LexiconError:
        return LexiconError(f"{self.source}: {where}: {problem}")

    def section(self, data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
        value = data.get(key)
        if not isinstance(value, Mapping):
            raise self.fail(key, "missing, or not a mapping")
        return value

    def words(self, data: Mapping[str, Any], key: str) -> frozenset[str]:
        value = data.get(key)
        if not isinstance(value, list) or not all(isinstance(word, str) for word in value):
            raise self.fail(key, "missing, or not a list of words")
        return frozenset(value)

    def code(self, where: str, value: Any, allow_do: bool = False) -> str | None:
        if value is None or (allow_do and value == DO):
            return value
        if not isinstance(value, str) or value not in self.ontology.cameo_codes:
            raise self.fail(where, f"{value!r} is not a CAMEO code of cameo.csv")
        return value

    def plover_type(self, where: str, value: Any) -> str | None:
        if value is not None and value not in self.ontology.plover_types:
            raise self.fail(where, f"{value!r} is not a PLOVER event type")
        return value

    def type_of_code(self, code: Any) -> str | None:
        known = self.ontology.cameo_codes.get(code) if isinstance(code, str) else None
        return known.plover_event if known else None

    def mode(self, where: str, mode: Any, plover_type: str | None) -> None:
        """A written mode must be one of PLOVER's for the entry's type (any type's, when
        the entry's type is only known from what it governs)."""
        if mode is None:
            return
        types = [plover_type] if plover_type else list(self.ontology.modes_of_type)
        if not any(self.ontology.is_mode_of(mode, name) for name in types):
            raise self.fail(where, f"{mode!r} is not a PLOVER mode of {plover_type or 'any type'}")

    def known(self, where: str, value: Any, names: frozenset[str], kind: str) -> str | None:
        if value is not None and value not in names:
            raise self.fail(where, f"unknown {kind} {value!r}")
        return value

    def codes_of_words(self, data: Mapping[str, Any], key: str) -> dict[str, str]:
        return {word: str(self.code(f"{key} entry {word!r}", code)) for word, code in self.section(data, key).items()}

    def operator_map(self, data: Mapping[str, Any], key: str, values_are_operators: bool) -> dict[str, str]:
        mapping = {}
        for name, value in self.section(data, key).items():
            where = f"{key} entry {name!r}"
            self.known(where, name, self.operators, "operator")
            self.known(
                where,
                value,
                self.operators if values_are_operators else self.classes,
                "operator" if values_are_operators else "class",
            )
            mapping[name] = value
        return mapping

    def operator_list(self, data: Mapping[str, Any], key: str) -> frozenset[str]:
        names = self.words(data, key)
        for name in names:
            self.known(key, name, self.operators, "operator")
        return names

    def defaults(self, name: str, spec: Any) -> OperatorDefaults:
        where = f"operator_defaults entry {name!r}"
        if not isinstance(spec, Mapping) or set(spec) != {"coop", "conflict", "none"}:
            raise self.fail(where, "needs exactly the fields coop, conflict and none")
        return OperatorDefaults(
            coop=self.code(where, spec["coop"], allow_do=True),
            conflict=self.code(where, spec["conflict"], allow_do=True),
            none=self.code(where, spec["none"], allow_do=True),
        )

    def content_class(self, name: str, spec: Any) -> ContentClass:
        where = f"classes entry {name!r}"
        if not isinstance(spec, Mapping):
            raise self.fail(where, "not a mapping")
        polarity = spec.get("polarity")
        if polarity is not None and polarity not in POLARITIES:
            raise self.fail(where, f"polarity {polarity!r} is not one of {', '.join(sorted(POLARITIES))}")
        operators: dict[str, OperatorValue] = {}
        for key, value in spec.items():
            if key in _CLASS_FIELDS:
                continue
            self.known(where, key, self.operators, "field or operator")
            if isinstance(value, Mapping):
                if set(value) != {"class"}:
                    raise self.fail(where, f"operator {key!r}: a new content is written {{class: NAME}}")
                operators[key] = NewContent(str(self.known(where, value["class"], self.classes, "class")))
            else:
                operators[key] = str(self.code(f"{where}, operator {key!r}", value, allow_do=True))
        event = self.plover_type(where, spec.get("event")) or self.type_of_code(spec.get("do"))
        self.mode(where, spec.get("mode"), event)
        return ContentClass(
            name=name,
            polarity=polarity,
            do=self.code(where, spec.get("do")),
            operators=MappingProxyType(operators),
            event=self.plover_type(where, spec.get("event")),
            mode=spec.get("mode"),
            context=spec.get("context"),
            armed_actor=self.known(where, spec.get("armed_actor"), self.classes, "class"),
            protester_actor=self.known(where, spec.get("protester_actor"), self.classes, "class"),
            announced_event=self.plover_type(where, spec.get("announced")),
        )

    def entry(self, section: str, key: str, spec: Any) -> LexiconEntry:
        where = f"{section} entry {key!r}"
        if not isinstance(spec, Mapping):
            raise self.fail(where, "not a mapping")
        unknown = sorted(set(spec) - _ENTRY_FIELDS)
        if unknown:
            raise self.fail(where, f"unknown field {unknown[0]!r} (fields: {', '.join(sorted(_ENTRY_FIELDS))})")
        for flag in ("weak", "transitive", "purpose", "object", "conflict_only"):
            if not isinstance(spec.get(flag, False), bool):
                raise self.fail(where, f"{flag} must be true or false")
        prepositions = spec.get("comp", [])
        if not isinstance(prepositions, list):
            raise self.fail(where, "comp must be a list of prepositions")
        self.mode(where, spec.get("mode"), spec.get("event") or self.type_of_code(spec.get("cameo")))
        return LexiconEntry(
            content_class=self.known(where, spec.get("class"), self.classes, "class"),
            operator=self.known(where, spec.get("op"), self.operators, "operator"),
            complement_prepositions=tuple(prepositions),
            cameo=self.code(where, spec.get("cameo")),
            event=self.plover_type(where, spec.get("event")),
            mode=spec.get("mode"),
            weak=spec.get("weak", False),
            object_operator=self.known(where, spec.get("object_op"), self.operators, "operator"),
            transitive=spec.get("transitive", False),
            purpose=spec.get("purpose", False),
            object_only=spec.get("object", False),
            conflict_only=spec.get("conflict_only", False),
        )
