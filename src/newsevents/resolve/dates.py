"""When an event happened: the time words of its clause, resolved against the
publication date.

The words are the DATE/TIME entities spaCy finds that attach to the event's
trigger (or, for an event noun, to the verb governing it).  Common forms ("on
Wednesday", "next month", "two years ago", "in November", "Sept. 29", "July 7,
2017") are resolved by table look-ups over ``data/dates/time_words.yaml``; the
rest goes to dateparser with the publication date as RELATIVE_BASE.  A date of
lower precision than a day is given as the first day of the period it names
("next month" published 2021-09-30 -> 2021-10-01, precision "month"), except
"N units ago", which counts back from the publication date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from spacy.tokens import Span, Token

from newsevents.entities import entities_in
from newsevents.knowledge.dates import (
    TimeWords,
    clock_hour,
    clock_time_next_to,
    load_time_words,
    without_clock_times,
)
from newsevents.knowledge.words import load_word_lists
from newsevents.nlp import doc_text

TIME_LABELS = {"DATE", "TIME"}
PRECISION_RANK = {"day": 4, "week": 3, "month": 2, "year": 1, "decade": 0}
CLAUSE_HEAD_POS = {"VERB", "AUX"}
SHARED_TIME_DEPS = {"xcomp", "conj"}  # "agreed to meet next month": the time is shared
SUBORDINATE_TIME_DEPS = {"advcl", "conj"}
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100
DIRECT_MODIFIER_STEPS = 2  # "next week" -> verb, or "November" -> "in" -> verb
NOUN_TIME_DEPS = {"poss", "npadvmod"}  # "last week's killing", "the killing last week"
NOUN_POS = {"NOUN", "PROPN"}


@dataclass(frozen=True)
class EventDate:
    """The date of an event: ISO ``date``, the words it came from, and how precise it is."""

    date: str | None
    text: str | None
    precision: str  # day, week, month, year, decade, or "published" (no time words)
    source: str = "clause"  # clause, sentence, paragraph, or publication (docs/places-dates.md)


def resolve_event_date(sentence: Span, trigger: Token, published: date | None, future: bool = False) -> EventDate:
    """The date of the event ``trigger`` names in ``sentence``.

    ``future`` says the event is still to come (a plan, a threat): "on Friday"
    is then the next Friday, not the last one.  A future or modal auxiliary in
    the event's clause says so too.
    """
    future = future or looks_ahead(trigger)
    found = best_date(time_expressions(sentence, trigger), published, future)
    if found is not None:
        return found
    return publication_date(published)


def publication_date(published: date | None) -> EventDate:
    """The last resort: the day the article was published, and said to be no more."""
    return EventDate(published.isoformat() if published else None, None, "published", "publication")


def best_date(
    expressions: list[tuple[int, str]], published: date | None, future: bool, source: str = "clause"
) -> EventDate | None:
    """Of (distance, words) time expressions, the most precise one that resolves;
    a named date ("on June 14") before a relative one ("today") of the same
    precision, then the nearest."""
    resolved = []
    for distance, words in expressions:
        found = resolve_expression(words, published, future)
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
        if entity.label_ not in TIME_LABELS or dates_another_noun(entity, trigger):
            continue
        distance = attachment_distance(entity.root, trigger, anchors)
        if distance is not None:
            found.append((distance, with_clock_time(entity)))
    return found


def dates_another_noun(entity: Span, trigger: Token) -> bool:
    """Whether the time words belong to a noun other than the event's ("fired
    in retaliation for last week's killing": the week is the killing's, not the
    firing's)."""
    root = entity.root
    return root.dep_ in NOUN_TIME_DEPS and root.head.pos_ in NOUN_POS and root.head != trigger


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


def normalise(text: str) -> list[str]:
    """Lower-case words and numbers; a month name written in lower case is kept
    apart ("watch them march away" names no month)."""
    words = re.findall(r"[A-Za-z]+|\d+", text.replace(".", ""))
    months = load_time_words().months
    return [w.lower() if not (w.islower() and w in months) else f"~{w}" for w in words]


def resolve_expression(text: str, published: date | None, future: bool) -> tuple[date | None, str] | None:
    """(date, precision) for a time expression, or None when it names no date.

    A clock time is not a day ("at about 1:30 a.m." alone names none), but one
    in the small hours is read as the small-hours words are."""
    time_words = load_time_words()
    hour = clock_hour(text)
    words = normalise(without_clock_times(text))
    if hour is not None and all(w in time_words.clock_words for w in words):
        return None
    small_hours = (hour is not None and hour < time_words.small_hours_before_hour) or any(
        w in time_words.small_hours_words for w in words
    )
    explicit = explicit_date(words, published, future, time_words)
    if explicit is not None:
        return explicit
    if published is not None:
        relative = relative_date(words, published, future, time_words, small_hours)
        if relative is not None:
            return relative
    if any(w in time_words.duration_units for w in words):
        return None  # "48 hours", "seven-year": a length of time, not a date
    if len(words) == 1 and words[0].isdigit():
        return None  # "He was 16": an age or a count
    if any(w.startswith("~") for w in words):
        return None  # a month name in lower case is a verb or a noun
    return parse_with_dateparser(text, published, future)


def explicit_date(
    words: list[str], published: date | None, future: bool, time_words: TimeWords
) -> tuple[date | None, str] | None:
    """Dates with a month name or a year: "Sept. 29", "July 7, 2017", "in November", "2019"."""
    months = [time_words.months[w] for w in words if w in time_words.months]
    years = [int(w) for w in words if w.isdigit() and EARLIEST_YEAR <= int(w) <= LATEST_YEAR]
    days = [int(w) for w in words if w.isdigit() and 1 <= int(w) <= 31]
    if not months:
        numbers = [w for w in words if w.isdigit()]
        # "12/03/2020" has more numbers than a year: dateparser reads those.
        return (date(years[0], 1, 1), "year") if years and len(numbers) == 1 else None
    month = months[0]
    day = days[0] if days else None
    if years:
        year = years[0]
    elif published is None:
        return None
    else:
        year = year_of_month(month, day, words, published, future, time_words)
    try:
        return (date(year, month, day), "day") if day else (date(year, month, 1), "month")
    except ValueError:  # "Feb. 30"
        return None


def year_of_month(
    month: int, day: int | None, words: list[str], published: date, future: bool, time_words: TimeWords
) -> int:
    """The year of a month named without one: the nearest such month before
    publication for past events, after it for future ones ("last"/"next" decide first)."""
    going_back = not future
    if any(w in time_words.previous_words for w in words):
        going_back = True
    elif any(w in time_words.next_words or w in time_words.until_words for w in words):
        going_back = False
    key = (month, day or 1)
    now = (published.month, published.day if day else 1)
    if going_back:
        return published.year if key <= now else published.year - 1
    return published.year if key >= now else published.year + 1


def relative_date(
    words: list[str], published: date, future: bool, time_words: TimeWords, small_hours: bool = False
) -> tuple[date, str] | None:
    padded = f" {' '.join(words)} "
    for phrase, offset in sorted(time_words.day_words.items(), key=lambda item: -len(item[0])):
        if f" {phrase} " in padded:
            return published + timedelta(days=offset), "day"
    counted = counted_units(words, published, time_words)
    if counted is not None:
        return counted
    for index, word in enumerate(words):
        unit = time_words.units.get(word)
        if unit is None or index == 0:
            continue
        if is_count(words[index - 1], time_words):
            return None  # "over the past six months": a span up to now, not a period
        shift = period_shift(words[:index], time_words)
        if shift is not None:
            return period_start(published, unit, shift), unit
    for word in words:
        if word in time_words.weekdays:
            day = weekday_date(time_words.weekdays[word], words, published, future, time_words, small_hours)
            return day, "day"
    return None


def is_count(word: str, time_words: TimeWords) -> bool:
    return word.isdigit() or (word in time_words.numbers and word not in time_words.article_numbers)


def counted_units(words: list[str], published: date, time_words: TimeWords) -> tuple[date, str] | None:
    """ "two years ago" -> two years before publication; "in three weeks" -> after it."""
    for index in range(len(words) - 1):
        amount = words[index]
        count = int(amount) if amount.isdigit() else time_words.numbers.get(amount)
        unit = time_words.units.get(words[index + 1])
        if count is None or unit is None:
            continue
        rest = words[index + 2 :]
        if rest and rest[0] in time_words.ago_words:
            shifted = shift_by(published, unit, -count)
        elif (rest and rest[0] in time_words.ahead_words) or (
            index > 0 and words[index - 1] in time_words.ahead_prepositions
        ):
            shifted = shift_by(published, unit, count)
        else:
            continue
        return (shifted, unit) if shifted else None
    return None


def period_shift(before: list[str], time_words: TimeWords) -> int | None:
    """-1 for "last week", +1 for "next week", 0 for "this week"/"earlier this week"."""
    for word in reversed(before):
        if word in time_words.previous_words:
            return -1
        if word in time_words.next_words:
            return 1
        if word in time_words.current_words:
            return 0
    return None


def shift_by(day: date, unit: str, count: int) -> date | None:
    """``day`` moved by ``count`` units, or None past the calendar's range ("10,000 years ago")."""
    try:
        if unit in ("day", "week"):
            return day + timedelta(days=count * (7 if unit == "week" else 1))
        months = count * {"month": 1, "year": 12, "decade": 120}[unit]
        year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
        return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
    except (OverflowError, ValueError):
        return None


def period_start(published: date, unit: str, shift: int) -> date:
    """First day of the week/month/year ``shift`` periods from the one of publication."""
    if unit == "day":
        return published + timedelta(days=shift)
    if unit == "week":
        monday = published - timedelta(days=published.weekday())
        return monday + timedelta(weeks=shift)
    if unit == "month":
        year, month = divmod(published.year * 12 + published.month - 1 + shift, 12)
        return date(year, month + 1, 1)
    if unit == "year":
        return date(published.year + shift, 1, 1)
    return date(published.year // 10 * 10 + 10 * shift, 1, 1)


def weekday_date(
    weekday: int, words: list[str], published: date, future: bool, time_words: TimeWords, small_hours: bool = False
) -> date:
    """ "on Wednesday": the latest Wednesday up to publication for past events,
    the first one from publication on for future ones.  The day of publication
    itself counts (wire copy names today by its weekday) unless "last" or "next"
    says otherwise; the small hours of the day after publication are that day
    (``small_hours``: words such as "the early hours of" or a clock time before
    dawn; the page is dated in a zone still on the evening before)."""
    going_back = not future
    # "last Friday" said on a Friday is a week ago, not today.
    skip_today = any(w in time_words.previous_words or w in time_words.next_words for w in words)
    if any(w in time_words.previous_words for w in words):
        going_back = True
    elif any(w in time_words.next_words for w in words):
        going_back = False
    if going_back:
        days_back = (published.weekday() - weekday) % 7
        if days_back == 6 and not skip_today and small_hours:
            return published + timedelta(days=1)  # the small hours after a page dated the evening before
        return published - timedelta(days=days_back or (7 if skip_today else 0))
    days_ahead = (weekday - published.weekday()) % 7
    return published + timedelta(days=days_ahead or (7 if skip_today else 0))


@lru_cache(maxsize=4096)
def parse_with_dateparser(text: str, published: date | None, future: bool) -> tuple[date, str] | None:
    """Forms the tables do not cover ("12/03/2020"); cached, as dateparser is slow.

    Without a publication date only absolute dates are accepted: a relative one
    would be resolved against the day the coder runs."""
    from dateparser.date import (
        DateDataParser,  # imported here: it takes a second to load
    )

    settings: dict[str, Any] = {"PREFER_DATES_FROM": "future" if future else "past"}
    if published is not None:
        settings["RELATIVE_BASE"] = datetime.combine(published, datetime.min.time())
    else:
        settings["REQUIRE_PARTS"] = ["day", "month", "year"]
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    if data.date_obj is None:
        return None
    precision = data.period if data.period in PRECISION_RANK else "day"
    return data.date_obj.date(), precision
