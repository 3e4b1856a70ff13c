"""What a time expression means: its words resolved against the publication date.

Common forms ("on Wednesday", "next month", "two years ago", "in November",
"Sept. 29", "July 7, 2017") are resolved by table look-ups over
``data/dates/time_words.yaml``; the rest goes to dateparser with the
publication date as RELATIVE_BASE.  A date of lower precision than a day is
given as the first day of the period it names ("next month" published
2021-09-30 -> 2021-10-01, precision "month"); "N units ago" counts back from the
publication date and is only as precise as its unit ("22 years ago" is a year,
not the day 22 years before publication).  Which expression dates an event is
``resolve.dates``' business.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from newsevents.knowledge.dates import (
    TimeWords,
    clock_hour,
    load_time_words,
    without_clock_times,
)

PRECISION_RANK = {"day": 4, "week": 3, "month": 2, "year": 1, "decade": 0}
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100
COUNTED_PRECISION = {"decade": "year"}
SUNDAY = 6  # date.weekday()
DATE_SEPARATOR = re.compile(r"\d\s*[/.-]\s*\d")  # "12/03/2020", "2020-03-12"


def normalise(text: str) -> list[str]:
    """Lower-case words and numbers; a month name written in lower case is kept
    apart ("watch them march away" names no month)."""
    words = re.findall(r"[A-Za-z]+|\d+", text.replace(".", ""))
    months = load_time_words().months
    return [w.lower() if not (w.islower() and w in months) else f"~{w}" for w in words]


@lru_cache(maxsize=4096)  # an article asks for its sentences' dates once per event again
def resolve_expression(
    text: str, published: date | None, future: bool, narrated: tuple[date, str] | None = None
) -> tuple[date | None, str] | None:
    """(date, precision) for a time expression, or None when it names no date.

    A clock time is not a day ("at about 1:30 a.m." alone names none), but one
    in the small hours is read as the small-hours words are.  ``narrated`` is the
    (date, precision) the article named last before the expression: "two days
    later", "the next year" count from it, and name no date without it."""
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
    offset = narrated_offset(words, time_words)
    if offset is not None:
        return from_narrated(offset, narrated) if narrated is not None else None
    if published is not None:
        relative = relative_date(words, published, future, time_words, small_hours)
        if relative is not None:
            return relative
    if any(w in time_words.duration_units for w in words):
        return None  # "48 hours", "seven-year": a length of time, not a date
    if (
        not DATE_SEPARATOR.search(text)
        and any(w.isdigit() for w in words)
        and all(w.isdigit() or w in time_words.number_lead_words for w in words)
    ):
        return None  # "He was 16", "died at 49": an age or a count, not the year 1949
    if any(w.startswith("~") for w in words):
        return None  # a month name in lower case is a verb or a noun
    return parse_with_dateparser(text, published, future)


def explicit_date(
    words: list[str], published: date | None, future: bool, time_words: TimeWords
) -> tuple[date | None, str] | None:
    """Dates with a month name or a year: "Sept. 29", "July 7, 2017", "in November", "2019"."""
    decade = decade_named(words, published)
    if decade is not None:
        return decade
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


def decade_named(words: list[str], published: date | None) -> tuple[date, str] | None:
    """ "the 1990s", "in the late 90s": the decade, a short one the latest before
    publication.  A short one only after "the": "in her late 30s" is an age."""
    for index, (number, suffix) in enumerate(zip(words, words[1:], strict=False)):
        if suffix != "s" or not number.isdigit() or int(number) % 10:
            continue
        if len(number) == 4 and EARLIEST_YEAR <= int(number) <= LATEST_YEAR:
            return date(int(number), 1, 1), "decade"
        if len(number) == 2 and published is not None and "the" in words[max(0, index - 2) : index]:
            year = published.year // 100 * 100 + int(number)
            return date(year if year <= published.year else year - 100, 1, 1), "decade"
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
        if shift == 0 and word != unit:
            return None  # "in earlier years", "in later months": other periods than this one, no date
        if shift is not None:
            if unit == "week" and shift == -1 and published.weekday() == SUNDAY:
                shift = 0  # a Sunday paper's "last week" is the week ending that day
            return period_start(published, unit, shift), unit
    for word in words:
        if word in time_words.weekdays:
            day = weekday_date(time_words.weekdays[word], words, published, future, time_words, small_hours)
            return day, "day"
    return None


def narrated_offset(words: list[str], time_words: TimeWords) -> tuple[str, int] | None:
    """(unit, count) of a time told from the story's time: "two days later" (day, 2),
    "a year earlier" (year, -1), "the next day" (day, 1), "later that month" (month, 0)."""
    for index, word in enumerate(words[:-1]):
        unit = time_words.units.get(words[index + 1])
        if unit is None:
            continue
        count = int(word) if word.isdigit() else time_words.numbers.get(word)
        after = words[index + 2] if index + 2 < len(words) else ""
        if count is not None and after in time_words.narrated_shift_words:
            return unit, count * time_words.narrated_shift_words[after]
        if word in time_words.narrated_next_words and index > 0 and words[index - 1] == "the":
            return unit, 1
        if word in time_words.narrated_same_words:
            return unit, 0
    return None


def from_narrated(offset: tuple[str, int], narrated: tuple[date, str]) -> tuple[date, str] | None:
    """The story's date moved by ``offset``, no more precise than that date is
    known ("in 2014 ... two days later" is 2014, not a day)."""
    unit, count = offset
    base, base_precision = narrated
    shifted = shift_by(base, unit, count)
    if shifted is None:
        return None
    precision = COUNTED_PRECISION.get(unit, unit)
    if PRECISION_RANK.get(precision, -1) > PRECISION_RANK.get(base_precision, -1):
        precision = base_precision
    return start_of(shifted, precision), precision


def is_count(word: str, time_words: TimeWords) -> bool:
    return word.isdigit() or (word in time_words.numbers and word not in time_words.article_numbers)


def counted_units(words: list[str], published: date, time_words: TimeWords) -> tuple[date, str] | None:
    """ "two years ago" -> the year two years before publication's; "in three weeks" -> three weeks after it."""
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
        # "a decade ago" counts back to about a year, not to the whole of a decade
        return (start_of(shifted, unit), COUNTED_PRECISION.get(unit, unit)) if shifted else None
    return None


def start_of(day: date, unit: str) -> date:
    """The first day of the month or year ``day`` is in, for a count of months,
    years or decades: "22 years ago" tells the year, not the day of publication's
    anniversary."""
    if unit == "month":
        return day.replace(day=1)
    if unit in ("year", "decade"):
        return date(day.year, 1, 1)
    return day


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
    if published is None and not any(character.isdigit() for character in text):
        return None  # an absolute date has a year, in digits: no need to load dateparser (a second)
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
