"""When an event happened: the time words of its clause, resolved against the
publication date.

The words are the DATE/TIME entities spaCy finds that attach to the event's
trigger (or, for an event noun, to the verb governing it); what each one means
is ``resolve.time_phrases``' business.  A date known only to its month or year is
written as such in the record ("2014", "2014-06"): never as a day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span, Token

from newsevents.entities import entities_in
from newsevents.knowledge.dates import clock_time_next_to, load_time_words
from newsevents.knowledge.words import load_word_lists
from newsevents.nlp import doc_text
from newsevents.resolve.time_phrases import PRECISION_RANK, normalise, resolve_expression

TIME_LABELS = {"DATE", "TIME"}
CLAUSE_HEAD_POS = {"VERB", "AUX"}
SHARED_TIME_DEPS = {"xcomp", "conj"}  # "agreed to meet next month": the time is shared
SUBORDINATE_TIME_DEPS = {"advcl", "conj"}
DIRECT_MODIFIER_STEPS = 2  # "next week" -> verb, or "November" -> "in" -> verb
NOUN_TIME_DEPS = {"poss", "npadvmod"}  # "last week's killing", "the killing last week"
NAME_TIME_DEPS = frozenset({"nummod", "compound", "amod"})  # "the 2015 deal", "the September 11 attacks"
OBJECT_DEPS = frozenset({"dobj", "attr", "dative", "oprd"})
YEAR_DIGITS = 4
NOUN_POS = {"NOUN", "PROPN"}
ISO_LENGTH = {"month": 7, "year": 4, "decade": 4}  # characters of the ISO date kept


@dataclass(frozen=True)
class EventDate:
    """The date of an event: ISO ``date``, the words it came from, and how precise it is."""

    date: str | None
    text: str | None
    precision: str  # day, week, month, year, decade, or "published" (no time words)
    source: str = "clause"  # clause, sentence, paragraph, or publication (docs/places-dates.md)

    @property
    def iso(self) -> str | None:
        """The date as the record writes it: as precise as it is known ("2014" for
        "in 2014", "2014-06" for "in June 2014"), a day otherwise (a week by its Monday)."""
        if self.date is None:
            return None
        return self.date[: ISO_LENGTH.get(self.precision, len(self.date))]


def resolve_event_date(
    sentence: Span,
    trigger: Token,
    published: date | None,
    future: bool = False,
    narrated: tuple[date, str] | None = None,
) -> EventDate:
    """The date of the event ``trigger`` names in ``sentence``.

    ``future`` says the event is still to come (a plan, a threat): "on Friday"
    is then the next Friday, not the last one.  A future or modal auxiliary in
    the event's clause says so too.  ``narrated``: the date the article named
    last before the sentence, which "two days later" counts from.
    """
    future = future or looks_ahead(trigger)
    found = best_date(time_expressions(sentence, trigger), published, future, narrated=narrated)
    if found is not None:
        return found
    return publication_date(published)


def publication_date(published: date | None) -> EventDate:
    """The last resort: the day the article was published, and said to be no more."""
    return EventDate(published.isoformat() if published else None, None, "published", "publication")


def best_date(
    expressions: list[tuple[int, str]],
    published: date | None,
    future: bool,
    source: str = "clause",
    narrated: tuple[date, str] | None = None,
) -> EventDate | None:
    """Of (distance, words) time expressions, the most precise one that resolves;
    a named date ("on June 14") before a relative one ("today") of the same
    precision, then the nearest."""
    resolved = []
    for distance, words in expressions:
        found = resolve_expression(words, published, future, narrated)
        if found is not None:
            named = bool(set(normalise(words)) & set(load_time_words().months))
            resolved.append((found, distance, words, named))
    if not resolved:
        return None
    (day, precision), _, words, _ = max(resolved, key=lambda r: (PRECISION_RANK.get(r[0][1], -1), r[3], -r[1]))
    return EventDate(day.isoformat() if day else None, words, precision, source)


def looks_ahead(trigger: Token) -> bool:
    """True when the event's clause has a future or modal auxiliary ("will meet",
    "the meeting could take place"), not a perfect one ("could have met")."""
    clause = trigger
    while clause.pos_ not in CLAUSE_HEAD_POS and clause.head != clause:
        clause = clause.head
    auxiliaries = [c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")]
    words = load_word_lists()
    ahead = words.future_auxiliaries | words.hypothetical_modals
    return any(a in ahead for a in auxiliaries) and not any(
        a in load_time_words().perfect_auxiliaries for a in auxiliaries
    )


def time_expressions(sentence: Span, trigger: Token) -> list[tuple[int, str]]:
    """(distance in the parse, text) of the time entities attached to the trigger's clause."""
    anchors = {trigger: 0}
    if trigger.pos_ not in CLAUSE_HEAD_POS:
        governor = trigger.head
        steps = 1
        while governor.pos_ not in CLAUSE_HEAD_POS and governor.head != governor:
            governor, steps = governor.head, steps + 1
        if governor.pos_ in CLAUSE_HEAD_POS:
            anchors.setdefault(governor, steps)
    elif trigger.dep_ in SHARED_TIME_DEPS and trigger.head != trigger:
        anchors.setdefault(trigger.head, 1)
    # A subordinate clause of the event ("were injured when the bomb went off on
    # April 16"), or the clause a "when" clause hangs on, tells the same time.
    clause = next(iter(anchors)) if trigger.pos_ in CLAUSE_HEAD_POS else None
    if clause is not None:
        for child in clause.children:
            if child.dep_ in SUBORDINATE_TIME_DEPS and child.pos_ in CLAUSE_HEAD_POS:
                anchors.setdefault(child, 2)
        if clause.dep_ == "advcl" and clause.head != clause:
            anchors.setdefault(clause.head, 2)
    found = []
    for entity in entities_in(sentence):
        if not names_a_time(entity) or dates_another_noun(entity, trigger):
            continue
        distance = attachment_distance(entity.root, trigger, anchors)
        if distance is not None:
            found.append((distance, with_clock_time(entity)))
    return found


def names_a_time(entity: Span) -> bool:
    """Whether a DATE/TIME entity is time words, not a surname spelt as a month
    after a given name ("Theresa May", "Brian May" are no month)."""
    if entity.label_ not in TIME_LABELS:
        return False
    if len(entity) != 1 or entity.root.lower_ not in load_time_words().months:
        return True
    before = entity.start - 1
    return not (before >= entity.sent.start and entity.doc[before].pos_ == "PROPN" and entity.doc[before].is_title)


def dates_another_noun(entity: Span, trigger: Token) -> bool:
    """Whether the time words belong to a noun other than the event's ("fired
    in retaliation for last week's killing": the week is the killing's, not the
    firing's), or name a thing the event is done to ("withdrew from the 2015
    deal", "criticised the 1997 treaty": the year is part of the name).  The year
    of the event's subject ("the 2003 invasion toppled Saddam") or of what it
    happened in ("in the 2014 offensive, militants seized the city") is its own."""
    root = entity.root
    head = root.head
    if head.pos_ not in NOUN_POS or head == trigger:
        return False
    if root.dep_ in NOUN_TIME_DEPS:
        return True
    return root.dep_ in NAME_TIME_DEPS and names_a_year_or_month(entity) and is_thing_done_to(head)


def names_a_year_or_month(entity: Span) -> bool:
    """ "2015", "September 11": words a thing is named by; a weekday ("Thursday
    night", "the Friday call") dates what it stands on."""
    time_words = load_time_words()
    words = normalise(entity.text)
    if any(word in time_words.weekdays for word in words):
        return False
    return any(word in time_words.months or (word.isdigit() and len(word) == YEAR_DIGITS) for word in words)


def is_thing_done_to(noun: Token) -> bool:
    """Whether ``noun`` is an object, or the object of a preposition other than
    one an event happens in ("during the 2006 war")."""
    if noun.dep_ in OBJECT_DEPS:
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ not in load_time_words().containing_prepositions


def with_preposition(entity: Span) -> str:
    """ "in two weeks" rather than "two weeks": the preposition tells a date from a length."""
    before = entity.start - 1
    if before >= entity.sent.start and entity.root.head.i == before and entity.root.dep_ == "pobj":
        return entity.doc[before : entity.end].text
    return entity.text


def with_clock_time(entity: Span) -> str:
    """The time words with their preposition and the clock time next to them
    ("5:30 pm on Jan. 7", "on Monday at 9 pm"): the hour says whether the day
    may be another one elsewhere."""
    words = with_preposition(entity)
    sentence = entity.sent
    text = doc_text(entity.doc)
    start, end = clock_time_next_to(
        text, entity.end_char - len(words), entity.end_char, sentence.start_char, sentence.end_char
    )
    return text[start:end]


def attachment_distance(token: Token, trigger: Token, anchors: dict[Token, int]) -> int | None:
    """Steps from ``token`` up to an anchor, or None when a clause boundary comes first.

    The time of a borrowed anchor (the governing verb) must modify it directly
    ("will hold talks next week"), not one of its other nouns ("spoke after a
    meeting on Wednesday, and will not deny..." gives "deny" no date)."""
    steps = 0
    while True:
        if token in anchors:
            if token != trigger and steps > DIRECT_MODIFIER_STEPS:
                return None
            return steps + anchors[token]
        if token.head == token:
            return None
        token, steps = token.head, steps + 1
        if token.pos_ in CLAUSE_HEAD_POS and token not in anchors:
            return None
