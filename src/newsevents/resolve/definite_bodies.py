"""Who a bare definite noun for a body stands for: "the regime", "the government" and
"the group" point back to the body the text named just before ("the Syrian regime ...
the regime", "Hezbollah ... the group"), as a pronoun would (docs/actors.md, "Inside an
article").  The text is searched, not only the article's memory, because the earlier
name need not have been a party to any event ("after the Assad regime deployed sarin,
... the regime has used jets")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from newsevents.entities import entities_in
from newsevents.knowledge.actors import tokenize
from newsevents.knowledge.words import load_word_lists
from newsevents.records import Actor
from newsevents.resolve.antecedents import window_before
from newsevents.resolve.span_facts import has_proper_noun

if TYPE_CHECKING:
    from newsevents.resolve.actor_reading import PhraseReader

# How many sentences back a body noun looks: an article names "the Syrian government"
# once and says "the government" for paragraphs after.
BODY_WINDOW_SENTENCES = 4
GOVERNMENT_SECTOR = "GOV"
MILITARY_SECTOR = "MIL"
# A story says "the Syrian government" and "the regime" of the same rulers; not so "the
# administration" (mostly Washington's) or "the cabinet".
SAME_RULERS = {"regime": {"regime", "government"}, "government": {"government", "regime"}}
# "The regime" is the one a story names as "the Assad regime" however far back: a story
# has one regime in view, and calls its other states by their names.
ARTICLE_WIDE_BODY = "regime"
# Bodies named after the one who leads them: "Theresa May ... Cabinet agreed", "Trump ...
# the administration".  Not "the government", which a story names beside foreign leaders
# ("Putin ... Yanukovych ... the government used violence": Ukraine's).
RULED_BODIES = frozenset({"cabinet", "administration"})
# Office holders of bodies that are no state: a UN envoy named before "the government" is not its head.
NOT_STATES = frozenset({"IGO", "UNO", "EUR", "NGO", "IMG", "MNC"})


def body_named_before(resolver: PhraseReader, span, when: date | None) -> Actor | None:
    """For "the regime"/"the government" (``state_body_nouns``): the government of the
    country the nearest earlier "<country> regime/government" names, when every such
    mention in the window names that one country.  For "the group"/"the movement"
    (``organisation_nouns``): the nearest organisation named before, known to the
    tables with a name and a country.  None otherwise: an unresolved body is better
    than a wrong one."""
    words = load_word_lists()
    forces = _state_forces(resolver, span, words.state_body_nouns)
    if forces is not None:
        found = _state_named_before(resolver, span, forces, when)
        return None if found is None else replace(found, sector=MILITARY_SECTOR)
    head = _bare_definite_head(span)
    if head is None:
        return None
    if head in words.state_body_nouns:
        return _state_named_before(resolver, span, head, when)
    if head in words.organisation_nouns:
        return _organisation_named_before(resolver, span, when)
    return None


def _state_forces(resolver: PhraseReader, span, state_nouns: frozenset[str]) -> str | None:
    """The state noun of "government forces", "the regime's troops" (a state body
    noun before one military word), lower-cased; None for any other phrase."""
    words = [word.lower() for word in tokenize(span.text) if word.lower() not in ("the", "'s", "’s")]
    if len(words) != 2 or words[0] not in state_nouns or getattr(span, "doc", None) is None:
        return None
    forces = resolver.read(words[1], None)
    return words[0] if forces is not None and forces.sector == MILITARY_SECTOR and forces.country is None else None


def _bare_definite_head(span) -> str | None:
    """The noun of "the regime" / "Cabinet" (two words with "the", or one), lower-cased."""
    doc = getattr(span, "doc", None)
    if doc is None or not doc.has_annotation("SENT_START") or not doc.has_annotation("DEP"):
        return None
    words = [word.lower() for word in tokenize(span.text)]
    if len(words) == 2 and words[0] == "the":
        return words[1]
    if len(words) == 1 and (span[0].tag_ == "NN" or words[0] in load_word_lists().state_body_nouns):
        return words[0]  # "Cabinet agreed": the body by its name
    return None


def _state_named_before(resolver: PhraseReader, span, head: str, when: date | None) -> Actor | None:
    window = window_before(span, BODY_WINDOW_SENTENCES)
    found = _state_named_in(resolver, window, SAME_RULERS.get(head, {head}), when)
    if found is None and head in RULED_BODIES:
        found = _ruler_named_in(resolver, window, when)
    if found is None and head == ARTICLE_WIDE_BODY:
        found = _state_named_in(resolver, span.doc[: span.start], {head}, when)
    return None if found is None else Actor(text=span.text, country=found, sector=GOVERNMENT_SECTOR)


def _state_named_in(resolver: PhraseReader, window, heads: set[str], when: date | None) -> str | None:
    """The one country whose "<country> regime/government" the window names; None
    when it names none or several."""
    countries: list[str] = []
    for token in window:
        if token.lower_ not in heads or token.dep_ == "compound" or token.left_edge.i < window.start:
            continue
        phrase = window.doc[token.left_edge.i : token.i + 1]  # "the Syrian government" of "...'s decision" too
        if len(phrase) < 2:
            continue
        reading = resolver.read(phrase.text, when, proper=has_proper_noun(phrase))
        if reading is not None and reading.country is not None and reading.sector == GOVERNMENT_SECTOR:
            countries.append(reading.country)
    if not countries or len(set(countries)) > 1:
        return None  # none named, or "the Syrian government ... the Turkish government": which?
    return countries[-1]


def _ruler_named_in(resolver: PhraseReader, window, when: date | None) -> str | None:
    """The one country whose office holders in government the window names ("Theresa
    May ... Cabinet agreed": GBR); None when it names none, or those of two countries
    ("Trump spoke to Erdogan ... the government": whose?)."""
    countries: set[str] = set()
    for entity in entities_in(window):
        if entity.label_ != "PERSON":
            continue
        reading = resolver.read(entity.text, when, proper=True)
        if reading is None or reading.kind != "person" or reading.name is None or reading.country is None:
            continue
        if reading.sector == GOVERNMENT_SECTOR:
            countries.add(reading.country)
    return countries.pop() if len(countries) == 1 and not countries & NOT_STATES else None


def _organisation_named_before(resolver: PhraseReader, span, when: date | None) -> Actor | None:
    for entity in reversed(entities_in(window_before(span))):
        if entity.label_ not in ("ORG", "NORP", "PERSON", "GPE") or _one_of_several_or_foe(entity.root):
            continue
        reading = resolver.read(entity.text, when, proper=True)
        if reading is None or reading.kind != "group" or reading.name is None or reading.country is None:
            continue
        if reading.sector == GOVERNMENT_SECTOR or reading.plural:
            continue  # a state's body is no "group"; "the Kurds" are a people
        return Actor(text=span.text, country=reading.country, sector=reading.sector, name=reading.name)
    return None


def _one_of_several_or_foe(root) -> bool:
    """Whether a name is one of coordinated names ("al-Qaida and the Taliban": "the
    group" may be either) or the foe of a campaign ("the offensive against Isis"):
    "the group" after them is mostly the side the sentence is about."""
    if root.conjuncts:
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "against"


def names_thing(resolver: PhraseReader, phrase, when: date | None) -> bool:
    """Whether a noun phrase names a thing: a common noun the tables do not know as a
    party, nor another name of a body named before ("the group": Isis)."""
    if phrase.root.pos_ != "NOUN" or resolver.read(phrase.text, when) is not None:
        return False
    return body_named_before(resolver, phrase, when) is None
