"""Wire datelines: the "ANKARA, Turkey (AP) —" that opens an agency story.

The coder skips the dateline when it splits sentences (it is not part of the
first sentence) and the place resolver falls back on its place for events
that name no place of their own.

Two shapes are recognised at the very start of the text:

* a place, perhaps a date, then an agency credit in brackets, perhaps a dash:
  ``ANKARA, Turkey (AP) —``, ``MOSCOW, Sept. 29 (Reuters) -``, and the
  machine-garbled ``Turkey, Ankara (AP)``;
* a place whose first part is in capitals, perhaps a date, then a dash:
  ``LONDON —``, ``SAN FRANCISCO - ``, ``KYIV, Ukraine --``.

Everything else is left alone: an ordinary first sentence ("Turkey will seek
...", "In Washington, officials said ...") has neither a credit nor a
capitalised place followed by a dash.  The credits, month names and
lower-case place words are in ``data/datelines.yaml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

# Upper-case letters of the Latin alphabets, for place words such as "ÉVORA".
_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
_PLACE_WORD = rf"[{_UPPER}][{_UPPER}{_LOWER}'’.\-]*"
_CAPITALS_WORD = rf"[{_UPPER}][{_UPPER}'’.\-]*"
_DASH = r"(?:—|–|--?)"
# A dateline is a short line: longer openings are sentences.
_MAX_PLACE_CHARS = 60
_MAX_WORDS_PER_PART = 5


@dataclass(frozen=True)
class Dateline:
    """The dateline as written, its place words, and where the story starts."""

    text: str
    place: str
    end: int


def find_dateline(text: str) -> Dateline | None:
    """The wire dateline that opens ``text``, or None when it has none."""
    patterns, not_places = _patterns()
    for pattern in patterns:
        match = pattern.match(text)
        if match is None:
            continue
        place = match.group("place").strip()
        story_start = match.end()
        if len(place) > _MAX_PLACE_CHARS or place.split()[0].lower() in not_places:
            continue
        return Dateline(text=match.group(0).strip(), place=place, end=story_start)
    return None


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], ...], frozenset[str]]:
    """The two dateline shapes, and the labels that are not places."""
    words = yaml.safe_load(
        resources.files("newsevents.ingest").joinpath("data", "datelines.yaml").read_text("utf-8")
    )
    connector = _alternatives(words["place_connectors"])
    month = _alternatives(words["months"])
    agency = _alternatives(words["agencies"])

    def part(word: str) -> str:
        more = rf"(?:[ \t]+(?:{word}|{connector}))"
        return rf"{word}{more}{{0,{_MAX_WORDS_PER_PART - 1}}}"

    later_parts = rf"(?:,[ \t]*{part(_PLACE_WORD)}){{0,2}}"
    day = rf"(?:,[ \t]*(?i:{month})\.?[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?)?"
    credit = rf"\([ \t]*(?i:{agency})(?:[ \t]*[/,][ \t]*(?i:{agency}))*[ \t]*\)"
    # The story must start with a word, a number or a quote, not mid-sentence.
    story = r"(?=[\"“‘'\d" + _UPPER + "])"

    with_credit = (
        rf"[ \t\n]*(?P<place>{part(_PLACE_WORD)}{later_parts}){day}[ \t]*{credit}"
        rf"(?:[ \t]*{_DASH})?\s*{story}"
    )
    with_dash = (
        rf"[ \t\n]*(?P<place>{part(_CAPITALS_WORD)}{later_parts}){day}"
        rf"(?:[ \t]*(?:—|–|--)|[ \t]+-[ \t])\s*{story}"
    )
    not_places = frozenset(label.lower() for label in words["not_places"])
    return (re.compile(with_credit), re.compile(with_dash)), not_places


def _alternatives(phrases: list[str]) -> str:
    # Longest first, so that "Associated Press" wins over "AP"-like prefixes.
    escaped = (re.escape(phrase).replace(r"\ ", "[ \t]+") for phrase in sorted(phrases, key=len, reverse=True))
    return "(?:" + "|".join(escaped) + ")"
