"""The date of each event of one article: from its clause, else its sentence,
else the paragraph's running date, else (a last resort, and said so) the
publication date.

Conflict reports give the day once ("... killed in Bijapur District on April
26, reports Zee News. The encounter occurred ...") and let the next sentences
run on it; a sentence with no time words of its own takes the latest date of
the sentences before it in its paragraph.  ``EventDate.source`` says which.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from newsevents.entities import entities_in
from newsevents.nlp import doc_text, paragraph_breaks
from newsevents.resolve.dates import (
    CLAUSE_HEAD_POS,
    EventDate,
    best_date,
    dates_another_noun,
    looks_ahead,
    names_a_time,
    publication_date,
    resolve_event_date,
    with_clock_time,
)


class ArticleDates:
    """Dates events of one article, asked for in the order of the text."""

    def __init__(self, doc: Doc, published: date | None) -> None:
        self.published = published
        self.breaks = paragraph_breaks(doc_text(doc))
        # A text without blank lines (a page whose paragraphs were flattened) gives no
        # paragraphs: a date then runs on for a news paragraph's length only.
        self.reach = None if self.breaks else UNMARKED_PARAGRAPH_SENTENCES
        self.sentence_starts: list[int] = []
        # (start of the sentence, its paragraph, its own date) for sentences naming a date
        self.sentence_dates: list[tuple[int, int, EventDate]] = []
        # the story's time each sentence's "two days later" counts from: a date the
        # sentence names itself ("buried on Thursday, killed a day earlier"), else the
        # last one before it in the paragraph
        self.story_times: dict[int, tuple[date, str] | None] = {}
        for sentence in doc.sents:
            self.sentence_starts.append(sentence.start_char)
            before = self.narrated_before(sentence)
            # the sentence's running date may come from any of its clauses ("Aksoy, who
            # was killed in Raqqa in September, ... The base was hit by an attack")
            found = self.sentence_date(sentence, sentence.root, False, None, event_only=False)
            self.story_times[sentence.start_char] = story_time(found) or before
            if found is None:
                found = self.sentence_date(sentence, sentence.root, False, before, event_only=False)
            if found is not None:
                self.sentence_dates.append((sentence.start_char, self.paragraph(sentence), found))

    def paragraph(self, sentence: Span) -> int:
        return bisect.bisect(self.breaks, sentence.start_char)

    def within_reach(self, dated_start: int, sentence: Span) -> bool:
        """Whether the sentence starting at ``dated_start`` is near enough before
        ``sentence`` for its date to run on to an event not told in the past
        ("Kurdish forces fighting inside Turkey", "have repatriated", "hope that
        taking the enclave"); always in a marked paragraph."""
        if self.reach is None:
            return True
        between = bisect.bisect_left(self.sentence_starts, sentence.start_char) - bisect.bisect_left(
            self.sentence_starts, dated_start
        )
        return between <= self.reach

    def narrated_before(self, sentence: Span) -> tuple[date, str] | None:
        """(date, precision) the paragraph named last before ``sentence``: the story's
        time, which "two days later" or "the next year" counts from."""
        paragraph = self.paragraph(sentence)
        for start, in_paragraph, found in reversed(self.sentence_dates):
            if start < sentence.start_char and in_paragraph == paragraph:
                return story_time(found)
        return None

    def sentence_date(
        self,
        sentence: Span,
        trigger: Token,
        future: bool,
        narrated: tuple[date, str] | None,
        event_only: bool = True,
    ) -> EventDate | None:
        """The best time expression anywhere in the sentence, the nearest to the trigger
        first; ``event_only``: not a month or year of a relative clause the event is not in."""
        entities = [
            entity
            for entity in entities_in(sentence)
            if names_a_time(entity) and not dates_another_noun(entity, trigger)
        ]
        found = best_date(self._expressions(entities, trigger), self.published, future, "sentence", narrated)
        if found is None or found.precision not in PERIOD_PRECISIONS or not event_only:
            return found
        # "Aksoy, who moved to Britain 22 years ago, was killed": a month or year of a
        # relative clause the event is not in dates that clause (a day there, as in
        # conflict reports, is usually the event's too)
        own = [entity for entity in entities if not in_another_relative_clause(entity, trigger)]
        return best_date(self._expressions(own, trigger), self.published, future, "sentence", narrated)

    @staticmethod
    def _expressions(entities: list[Span], trigger: Token) -> list[tuple[int, str]]:
        return [(abs(entity.root.i - trigger.i), with_clock_time(entity)) for entity in entities]

    def date_event(self, sentence: Span, trigger: Token, future: bool = False) -> EventDate:
        narrated = self.story_times.get(sentence.start_char)
        found = resolve_event_date(sentence, trigger, self.published, future, narrated)
        if found.source != "publication":
            return found
        if future or looks_ahead(trigger) or is_present(trigger) or describes_a_noun(trigger):
            # "will not deny", "the US opposes", "a deal brokered by Russia": not at a
            # date told for something else
            return found
        in_sentence = self.sentence_date(sentence, trigger, future, narrated)
        if in_sentence is not None:
            return in_sentence
        if looks_back(trigger):
            return found
        paragraph = self.paragraph(sentence)
        earlier = [
            found for start, in_paragraph, found in self.sentence_dates
            if in_paragraph == paragraph and start < sentence.start_char
            and (told_in_past(trigger) or self.within_reach(start, sentence))
        ]  # fmt: skip
        if earlier and earlier[-1].precision in ERA_PRECISIONS:
            return publication_date(self.published)
        if earlier and not (told_in_present(trigger) and earlier[-1].precision in PERIOD_PRECISIONS):
            return replace(earlier[-1], source="paragraph")
        return publication_date(self.published)


# How many sentences a date runs on in a text whose paragraphs are not marked: a news
# paragraph is one to three sentences ("... killed on April 26. The encounter occurred ...").
UNMARKED_PARAGRAPH_SENTENCES = 2
PRESENT_TAGS = {"VBZ", "VBP"}
PAST_TAG = "VBD"
PAST_PARTICIPLE_TAG = "VBN"
NOUN_MODIFIER_CLAUSE = "acl"
PARTICIPLE_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "dobj"})
CONJUNCT = "conj"
AUXILIARY_DEPS = {"aux", "auxpass"}
RELATIVE_CLAUSE = "relcl"
GOVERNED_DEPS = {"xcomp", "acomp"}
# A paragraph's month or year ("in 2014 the group seized the city") is a period a
# present perfect, progressive or passive told after it runs on from, not its date
# ("... forces have been fighting it since", "four men are accused of ..."); a day
# ("on April 26") still dates the next sentences.
PERIOD_PRECISIONS = {"month", "year", "decade"}
# A decade ("in the 1990s") tells an era, not the date the next sentences run on.
ERA_PRECISIONS = {"decade"}
BACKWARD_WORDS = {"since"}
NOUN_UNDER_PREPOSITION = "pobj"


def looks_back(trigger: Token) -> bool:
    """Whether the event is told as earlier than the sentences around it, so
    the paragraph's running date is not its: since something ("has shelled
    the city since the invasion"), or as a noun under a preposition ("the
    agreement led to the withdrawal", "after the coup": the sentence is about
    something else and names the event in passing).  The past perfect is not
    enough: "the militants had planted the devices" is the same day's news."""
    if trigger.pos_ == "NOUN" and trigger.dep_ == NOUN_UNDER_PREPOSITION:
        return True
    clause = trigger
    while clause.pos_ not in CLAUSE_HEAD_POS and clause.head != clause:
        clause = clause.head
    return any(child.lower_ in BACKWARD_WORDS for child in (*clause.children, *trigger.children))


def is_present(trigger: Token) -> bool:
    """Whether the event's clause is in the simple present ("opposes", "says")."""
    clause = trigger
    while clause.pos_ not in CLAUSE_HEAD_POS and clause.head != clause:
        clause = clause.head
    return clause.tag_ in PRESENT_TAGS


def story_time(found: EventDate | None) -> tuple[date, str] | None:
    """(first day, precision) of a date, as "two days later" counts from it."""
    if found is None or found.date is None:
        return None
    return date.fromisoformat(found.date), found.precision


def describes_a_noun(trigger: Token) -> bool:
    """Whether the event is a past participle describing a noun ("a deal brokered
    by Russia", "pictures of others killed in the struggle"): named to say what the
    noun is, at a time of its own, not at the time the sentence tells."""
    return (
        trigger.dep_ == NOUN_MODIFIER_CLAUSE
        and trigger.tag_ == PAST_PARTICIPLE_TAG
        # "the news that they had attacked the village", "bombers linked to the group
        # killed 57": a clause of its own, or a verb the parser took for a participle
        and not any(child.dep_ in PARTICIPLE_CLAUSE_DEPS for child in trigger.children)
    )


def told_in_past(trigger: Token) -> bool:
    """Whether the event's clause is in a past tense ("negotiated", "was killed",
    "had agreed"): a narrative the paragraph's date runs on through ("In 2011 they
    went to a demonstration ... They stormed the building")."""
    clause = trigger
    while (clause.pos_ not in CLAUSE_HEAD_POS or clause.dep_ == CONJUNCT) and clause.head != clause:
        clause = clause.head  # "delivered activists into prisons and released jihadists": the first verb's tense
    return clause.tag_ == PAST_TAG or any(
        child.dep_ in AUXILIARY_DEPS and child.tag_ == PAST_TAG for child in clause.children
    )


def told_in_present(trigger: Token) -> bool:
    """Whether the event's clause has a present auxiliary: the present perfect ("have
    been fighting", "has been killed"), progressive ("are providing") or passive ("are
    accused"): told up to now, not at an earlier sentence's time."""
    clause = trigger
    while (clause.pos_ not in CLAUSE_HEAD_POS or clause.dep_ in GOVERNED_DEPS) and clause.head != clause:
        clause = clause.head  # "has been unwilling to accede": the tense of what governs it
    return any(child.dep_ in AUXILIARY_DEPS and child.tag_ in PRESENT_TAGS for child in clause.children)


def in_another_relative_clause(entity: Span, trigger: Token) -> bool:
    """Whether the time words sit in a relative clause the event is not in ("Aksoy,
    who moved to Britain 22 years ago, was killed": the years date the move); one on
    the event noun itself tells its time ("an assault that last month drove ...")."""
    for ancestor in entity.root.ancestors:
        if ancestor.dep_ == RELATIVE_CLAUSE and ancestor.pos_ in CLAUSE_HEAD_POS:
            return ancestor.head.i != trigger.i and not ancestor.left_edge.i <= trigger.i <= ancestor.right_edge.i
    return False
