"""Wire datelines: the "ANKARA, Turkey (AP) —" that opens an agency story.

The coder skips the dateline when it splits sentences (it is not part of the
first sentence) and the place resolver falls back on its place for events
that name no place of their own.

Three shapes are recognised at the very start of the text, or at the start of
its second paragraph when the first is a headline (one short line with no
sentence-final stop, as copies of wire stories often carry):

* a place, perhaps a date, then an agency credit in brackets, perhaps a dash:
  ``ANKARA, Turkey (AP) —``, ``MOSCOW, Sept. 29 (Reuters) -``, and the
  machine-garbled ``Turkey, Ankara (AP)``;
* a place whose first part is in capitals, perhaps a date, then a dash:
  ``LONDON —``, ``SAN FRANCISCO - ``, ``KYIV, Ukraine --``;
* a place in title case, then a dash, when it is the name of a country or of
  a city of the gazetteer: ``Harare, Zimbabwe - ``, ``Washington — ``.

Everything else is left alone: an ordinary first sentence ("Turkey will seek
...", "In Washington, officials said ...") has neither a credit nor a place
followed by a dash.  The credits, month names, lower-case place words and
capitalised labels that are not places are in ``data/datelines.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsevents.knowledge.datelines import load_dateline_words
from newsevents.knowledge.gazetteer import known_place_names

# Upper-case letters of the Latin alphabets, for place words such as "ÉVORA".
_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
_PLACE_WORD = rf"[{_UPPER}][{_UPPER}{_LOWER}'’.\-]*"
_CAPITALS_WORD = rf"[{_UPPER}][{_UPPER}'’.\-]*"
# A dateline is a short line: longer openings are sentences.
_MAX_PLACE_CHARS = 60
_MAX_WORDS_PER_PART = 5


@dataclass(frozen=True)
class Dateline:
    """The dateline as written, its place words, and where it starts and ends
    (the story is the text before ``start``, a headline, and after ``end``)."""

    text: str
    place: str
    start: int
    end: int


def find_dateline(text: str) -> Dateline | None:
    """The wire dateline that opens ``text`` or the paragraph after its headline,
    or None when it has none."""
    found = _dateline_at(text, 0)
    if found is None:
        headline = _HEADLINE.match(text)
        if headline is not None:
            found = _dateline_at(text, headline.end())
    return found


# A headline: one line of at most 160 characters that ends without a stop, then
# a line break; a first sentence ends with one.
_HEADLINE = re.compile(r"[ \t]*[^\n]{1,160}(?<![.!?\"”’'])[ \t]*\n(?=\s*\S)")


def _dateline_at(text: str, start: int) -> Dateline | None:
    shapes = _shapes()
    candidates = (
        (shapes.with_credit, False),
        (shapes.capitals_with_dash, False),
        (shapes.title_case_with_dash, True),
    )
    for pattern, needs_known_place in candidates:
        match = pattern.match(text, start)
        if match is None:
            continue
        # Of several cities the first stands for the story's place.
        place = match.group("place").split("/")[0].strip()
        if len(place) > _MAX_PLACE_CHARS or place.split()[0].lower() in shapes.not_places:
            continue
        # A title-case word before a dash is a dateline only when it names a
        # country or a city of the gazetteer: "Erdogan - ..." is not a place.
        if needs_known_place and place.split(",")[0].strip() not in known_place_names():
            continue
        # The headline keeps its line break, so it stays a sentence of its own.
        opening = len(match.group(0)) - len(match.group(0).lstrip())
        return Dateline(text=match.group(0).strip(), place=place, start=start + opening, end=match.end())
    return None


@dataclass(frozen=True)
class _Shapes:
    with_credit: re.Pattern[str]
    capitals_with_dash: re.Pattern[str]
    title_case_with_dash: re.Pattern[str]
    not_places: frozenset[str]


@lru_cache(maxsize=1)
def _shapes() -> _Shapes:
    words = load_dateline_words()
    connector = _alternatives(words.place_connectors)
    month = _alternatives(words.months)
    agency = _alternatives(words.agencies)

    def part(word: str) -> str:
        more = rf"(?:[ \t]+(?:{word}|{connector}))"
        return rf"{word}{more}{{0,{_MAX_WORDS_PER_PART - 1}}}"

    def place(word: str) -> str:
        # Several cities ("WASHINGTON/LONDON (Reuters) -"), then region and country;
        # a stray credit before them ("Reuters KHARTOUM (Reuters)") is not a place.
        cities = rf"{part(word)}(?:[ \t]*/[ \t]*{part(word)}){{0,3}}"
        return rf"[ \t\n]*(?:(?i:{agency})[ \t]+)?(?P<place>{cities}(?:,[ \t]*{part(_PLACE_WORD)}){{0,2}})"

    day = rf"(?:,[ \t]*(?i:{month})\.?[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?)?"
    credit = rf"\([ \t]*(?i:{agency})(?:[ \t]*[/,][ \t]*(?i:{agency}))*[ \t]*\)"
    # Old AP copy put "_" where the dash now is; some agencies put a colon.
    after_credit = r"(?:[ \t]*(?:—|–|--?|_|:))?\s*"
    dash = r"(?:[ \t]*(?:—|–|--)|[ \t]+-[ \t])\s*"
    # The story must start with a word, a number or a quote, not mid-sentence.
    story = r"(?=[\"“‘'\d" + _UPPER + "])"
    return _Shapes(
        with_credit=re.compile(place(_PLACE_WORD) + day + rf"[ \t]*{credit}" + after_credit + story),
        capitals_with_dash=re.compile(place(_CAPITALS_WORD) + day + dash + story),
        title_case_with_dash=re.compile(place(_PLACE_WORD) + day + dash + story),
        not_places=words.not_places,
    )


def _alternatives(phrases: tuple[str, ...]) -> str:
    # Longest first, so that "Associated Press" wins over "AP"-like prefixes.
    escaped = (re.escape(phrase).replace(r"\ ", "[ \t]+") for phrase in sorted(phrases, key=len, reverse=True))
    return "(?:" + "|".join(escaped) + ")"
