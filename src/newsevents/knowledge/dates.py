"""Time words: what the date resolver reads in ``data/dates/time_words.yaml``,
and the clock times of a text ("5:30 pm", "01:20", "1.30am", "2230 GMT")."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from newsevents.knowledge.files import read_data_yaml

# "5:30 pm", "1.30am", "9 p.m." (12-hour, with its marker); "01:20", "22:30" (24-hour,
# with a colon); "2230 GMT", "1.30 GMT" (with a zone).  "1.30 million" is no clock.
CLOCK_TIME = re.compile(
    r"\b(?P<hour>\d{1,2})(?:[:.](?P<minute>[0-5]\d))?\s*(?P<half>[ap])\.?\s?m\b\.?"
    r"|\b(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)\b"
    r"|\b(?P<hourz>[01]?\d|2[0-3])[.:]?(?P<minutez>[0-5]\d)\s*(?=(?:GMT|UTC|hrs|local)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TimeWords:
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    day_words: Mapping[str, int]
    previous_words: frozenset[str]
    next_words: frozenset[str]
    current_words: frozenset[str]
    units: Mapping[str, str]
    numbers: Mapping[str, int]
    ago_words: frozenset[str]
    ahead_words: frozenset[str]
    narrated_shift_words: Mapping[str, int]
    narrated_next_words: frozenset[str]
    narrated_same_words: frozenset[str]
    containing_prepositions: frozenset[str]
    duration_units: frozenset[str]
    number_lead_words: frozenset[str]
    until_words: frozenset[str]
    perfect_auxiliaries: frozenset[str]
    ahead_prepositions: frozenset[str]
    article_numbers: frozenset[str]
    small_hours_words: frozenset[str]
    evening_words: frozenset[str]
    evening_from_hour: int
    small_hours_before_hour: int
    clock_words: frozenset[str]

    def day_shift_elsewhere(self, text: str | None) -> int:
        """Which neighbouring day the time words of one named day may be in
        another time zone: +1 for an evening ("5:30 pm on Jan. 7", "late on
        Tuesday"), -1 for the small hours ("01:20 on Wednesday", "early
        Wednesday"), 0 otherwise."""
        if not text:
            return 0
        hour = clock_hour(text)
        if hour is not None:
            if hour >= self.evening_from_hour:
                return 1
            return -1 if hour < self.small_hours_before_hour else 0
        words = set(re.findall(r"[a-z]+", text.lower()))
        if words & self.small_hours_words:
            return -1
        return 1 if words & self.evening_words else 0


def clock_hour(text: str) -> int | None:
    """The hour (0-23) of the first clock time in ``text``, or None."""
    match = CLOCK_TIME.search(text)
    if match is None:
        return None
    if match["hour"] is not None:
        hour = int(match["hour"])
        if hour > 12:
            return None  # "13 pm" is no time
        return hour % 12 + (12 if match["half"].lower() == "p" else 0)
    return int(match["hour24"] if match["hour24"] is not None else match["hourz"])


CLOCK_REACH_CHARS = 40  # how far before or after a day its clock time is looked for


def clock_time_next_to(text: str, start: int, end: int, low: int, high: int) -> tuple[int, int]:
    """The span ``text[start:end]`` of time words widened to the clock time that
    stands next to it within ``text[low:high]`` (its sentence), nothing but
    clock words between: "5:30 pm on Jan. 7", "01:20 local time on Wednesday",
    "10.30pm GMT on Tuesday", "on Monday at 9 pm"."""
    if CLOCK_TIME.search(text, start, end):
        return start, end
    clock_words = load_time_words().clock_words
    reach = max(low, start - CLOCK_REACH_CHARS)
    last = next(reversed(list(CLOCK_TIME.finditer(text, reach, start))), None)
    if last is not None and _only_clock_words(text[last.end() : start], clock_words):
        return last.start(), end
    following = CLOCK_TIME.search(text, end, min(high, end + CLOCK_REACH_CHARS))
    if following is not None and _only_clock_words(text[end : following.start()], clock_words):
        return start, following.end() - (1 if text[following.end() - 1] == "." else 0)
    return start, end


def _only_clock_words(text: str, clock_words: frozenset[str]) -> bool:
    return "," not in text and all(word in clock_words for word in re.findall(r"[a-z]+", text.lower()))


def without_clock_times(text: str) -> str:
    """``text`` with its clock times blanked, so their numbers are not read as days."""
    return CLOCK_TIME.sub(" ", text)


@lru_cache(maxsize=1)
def load_time_words() -> TimeWords:
    raw = read_data_yaml("dates", "time_words.yaml")
    fields: dict[str, Any] = {
        key: frozenset(value)
        if isinstance(value, list)
        else value
        if isinstance(value, int)
        else MappingProxyType(dict(value))
        for key, value in raw.items()
    }
    return TimeWords(**fields)
