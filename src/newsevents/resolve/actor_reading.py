"""Reading one actor phrase: lexicon matches, its head, its owner, its sector.

:class:`PhraseReader` holds the lexicons; :meth:`PhraseReader.read` gives what
a phrase says about its actor before the article's memory is consulted (see
docs/actors.md, "How a phrase is read").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from newsevents.knowledge.actors import load_phrase_words, normalize, tokenize
from newsevents.knowledge.gazetteer import ARABIC_ARTICLES
from newsevents.knowledge.words import load_word_lists
from newsevents.resolve.actor_lexicon import Lexeme, Lexicon
from newsevents.resolve.actor_rules import (
    ARMED_SECTORS,
    Match,
    adjective_before,
    after,
    agentive,
    choose_sector,
    common_word_reading,
    drop_name_fragments,
    entity_heading,
    first_entity,
    followed_by,
    long_title_case,
    matches_any_actor,
    noun_country,
    only_a_place,
    phrase_kind,
    pick_entry,
    trailing_name,
)
from newsevents.resolve.armed_sides import (
    armed_side,
    is_group_member_noun,
    opposed_matches,
    opposed_state,
    proxy_sector,
)

# Readings remembered per reader: a phrase's reading depends only on its words, the
# date and the parser's two flags, and an article names the same phrases again and again.
READING_MEMO_LIMIT = 50_000

MODEL_CODE = re.compile(r"\b[A-Z][A-Za-z]{0,3}[- ]?\d{1,4}[A-Za-z]?s?\b")  # S-400, F-35s, MiG-29


@dataclass
class Reading:
    """What a phrase says about its actor, before the article memory is consulted."""

    country: str | None = None
    sector: str | None = None
    name: str | None = None
    kind: str | None = None  # "person", "group", or None when the phrase does not tell
    name_tokens: tuple[str, ...] = ()  # the proper name in the phrase, for later mentions
    known: bool = False  # a table entry or a country named it
    plural: bool = False  # "protesters" (they), not "the ministry" (it)
    members_only: bool = False  # a generic name of a group's members ("the jihadists")


class PhraseReader:
    """Reads actor phrases against the built-in lexicon and the user's (which wins)."""

    def __init__(self, builtin: Lexicon, user: Lexicon | None) -> None:
        self.builtin = builtin
        self.user = user
        self.longest = max(builtin.longest, user.longest if user else 1)
        self.phrase_words = load_phrase_words()
        self._readings: dict[tuple[str, date | None, bool | None, bool], Reading | None] = {}

    def lookup(self, table: str, key: str) -> Lexeme | None:
        builtin = getattr(self.builtin, table).get(key)
        user = getattr(self.user, table).get(key) if self.user is not None else None
        if user is None:
            return builtin
        return user if builtin is None else user.merged(builtin)

    # --- reading one phrase ------------------------------------------------

    def scan(self, tokens: list[str]) -> list[Match]:
        """Longest lexicon matches, left to right."""
        lowered = [token.lower() for token in tokens]
        shouting = all(not token.isalpha() or token.isupper() for token in tokens)
        matches: list[Match] = []
        position = 0
        while position < len(tokens):
            for length in range(min(self.longest, len(tokens) - position), 0, -1):
                key = " ".join(lowered[position : position + length])
                lexeme = self.lookup("words", key)
                if length == 1 and (tokens[position].isupper() or shouting or long_title_case(tokens[position])):
                    acronym = self.lookup("acronyms", tokens[position].upper())
                    if acronym is not None:
                        lexeme = acronym if lexeme is None or not shouting else acronym.merged(lexeme)
                if lexeme is not None and not (shouting or _capitalised_name(tokens, position, length)):
                    lexeme = common_word_reading(lexeme)
                if lexeme is not None:
                    matches.append(Match(position, position + length, lexeme))
                    position += length
                    break
            else:
                position += 1
        return drop_name_fragments(tokens, matches, self.phrase_words.name_suffixes)

    def read(
        self, text: str, when: date | None, proper: bool | None = None, person_name: bool = False
    ) -> Reading | None:
        """The reading of a phrase, or None when it names no actor (a weapon, a thing, a time).

        ``proper`` says whether the phrase holds a proper noun (from the parser);
        without a parser capitalised words stand in for it.  ``person_name``: the
        parser says the phrase is a person's name, so a town in it is not a place
        ("Kennedy").  Each caller gets its own copy, which it may change.
        """
        key = (text, when, proper, person_name)
        if key in self._readings:
            known = self._readings[key]
            return None if known is None else replace(known)
        reading = self._read(text, when, proper, person_name)
        if len(self._readings) >= READING_MEMO_LIMIT:
            self._readings.clear()  # a long run meets new phrases for ever: bound what it keeps
        self._readings[key] = None if reading is None else replace(reading)
        return reading

    def _read(self, text: str, when: date | None, proper: bool | None, person_name: bool) -> Reading | None:
        words = self.phrase_words
        tokens = self._core_tokens(text)
        if not tokens:
            return None
        matches = self.scan(tokens)
        if person_name:
            matches = [match for match in matches if not only_a_place(match.lexeme)]
        matches = self._opposed_words_apart(tokens, matches)
        opposed = opposed_matches(tokens, matches, words)  # "anti-Assad": the side fought, no owner
        matches = [match for match in matches if match not in opposed]
        inside = {i for match in matches for i in range(match.start + 1, match.end)}
        head_end = next(
            (i for i, token in enumerate(tokens) if token.lower() in words.head_enders and i > 0 and i not in inside),
            len(tokens),
        )
        if tokens[head_end - 1].lower() in load_word_lists().relation_nouns:
            # "Assad's main backers", "the allies of Russia": the owner is someone else
            matches = [m for m in matches if m.end <= head_end and tokens[m.end : m.end + 1] != ["'s"]]
        head = [match for match in matches if match.end <= head_end]
        rest = [match for match in matches if match.start >= head_end]
        owned = [
            match
            for match in matches
            if not after(tokens, match, words.not_owner_after, words.determiners)
            and not followed_by(tokens, match, words.provenance_before)
        ]

        # "Russian and Turkish troops", "Turkish and US leaders": the first conjunct speaks
        conjunction = next(
            (i for i, token in enumerate(tokens[:head_end]) if token.lower() in words.conjunctions and i not in inside),
            None,
        )
        first_conjunct = [match for match in head if conjunction is not None and match.end <= conjunction]
        if any(match.lexeme.countries or match.lexeme.entries for match in first_conjunct):
            head_entity = entity_heading(first_conjunct)
        else:
            head_entity = entity_heading(head)
        entity = head_entity or first_entity(rest, tokens, words)
        if entity is not None and followed_by(tokens, entity, words.provenance_before):
            entity = None
        country_mentions = [match for match in owned if match.lexeme.countries]
        if proper is None:
            proper = any(token[:1].isupper() for token in tokens if token.lower() not in words.determiners)

        unmatched_name = trailing_name(tokens, matches, head_end)
        if not self._names_actor(tokens, head_end, head, entity, country_mentions, proper, unmatched_name):
            return None

        reading = Reading(name_tokens=tuple(unmatched_name))
        entity_sector = None
        in_office = False
        town_named = False
        if entity is not None and entity.lexeme.entries:
            chosen = pick_entry(entity.lexeme.entries, when)
            reading.country, entity_sector, in_office = chosen.coding_at(when)
            reading.name = chosen.name
            reading.kind = chosen.kind
            reading.known = True
            reading.name_tokens = tuple(tokens[entity.start : entity.end])
            modifier = adjective_before(matches, entity)
            if modifier is not None and chosen.kind == "group":
                reading.country = modifier  # "the Saudi National Guard": the adjective says whose
        elif entity is not None:
            iso, form = noun_country(entity.lexeme)
            reading.country = iso
            reading.known = True
            if form in ("capital", "metonym") and entity is head_entity:
                entity_sector = "GOV"  # "Tehran said": the capital speaks for the government
            town_named = form == "place" and entity is head_entity
        if reading.country is None and country_mentions:
            reading.country = country_mentions[0].lexeme.countries[0][0]
            reading.known = True

        is_person = entity is not None and reading.kind == "person"
        reading.sector = choose_sector(head, rest, entity_sector, in_office, is_person)
        reading.sector, owned_force = armed_side(tokens, head, head_end, entity, reading.kind, reading.sector, words)
        if owned_force:  # "Assad's forces" are Syria's, not Assad
            reading.name, reading.kind, reading.name_tokens = None, "group", ()
        reading.sector = proxy_sector(tokens, matches, entity, reading.country, reading.sector, words)
        fights_state, state = opposed_state(opposed, when)
        if fights_state and reading.sector in ARMED_SECTORS:
            reading.country, reading.sector = reading.country or state, "REB"  # "anti-Assad rebels"
        reading.members_only = reading.sector == "REB" and is_group_member_noun(tokens, matches, words)
        if reading.sector is None and town_named:
            reading.sector = "CVL"  # "Mariupol": a town stands for the people in it
        if reading.kind is None:
            reading.kind = phrase_kind(tokens, head, head_end, unmatched_name)
        if head_entity is None or head_entity.end != head_end:
            last_word = tokens[head_end - 1].lower()
            reading.plural = last_word in self.builtin.irregular_plurals or (
                last_word.endswith("s") and not last_word.endswith("ss")
            )
        if reading.name is None and unmatched_name:
            reading.name = " ".join(unmatched_name)
        return reading

    def _opposed_words_apart(self, tokens: list[str], matches: list[Match]) -> list[Match]:
        """Matches with the word after "anti" read by itself: "anti-government forces"
        fight the government, they are forces (not "government forces")."""
        split: list[Match] = []
        for match in matches:
            if match.end - match.start > 1 and match in opposed_matches(tokens, [match], self.phrase_words):
                for start, end in ((match.start, match.start + 1), (match.start + 1, match.end)):
                    split += [Match(m.start + start, m.end + start, m.lexeme) for m in self.scan(tokens[start:end])]
            else:
                split.append(match)
        return split

    def _core_tokens(self, text: str) -> list[str]:
        """The phrase's words without leading determiners, a count's bounds ("up to") and
        counts of a group ("hundreds of the ...", "15 members of the family")."""
        tokens = _joined_numbers(tokenize(text))
        while True:
            while tokens and tokens[0].lower() in self.phrase_words.determiners:
                tokens = tokens[1:]
            tokens = self._without_count_bound(tokens)
            counted = tokens[:1] and (tokens[0].lower() in self.builtin.quantifiers or tokens[0].isdigit())
            if counted and len(tokens) > 2 and tokens[1].lower() == "of":
                tokens = tokens[2:]
            elif counted and len(tokens) > 3 and [token.lower() for token in tokens[1:3]] == ["members", "of"]:
                tokens = tokens[3:]
            else:
                return tokens

    def _without_count_bound(self, tokens: list[str]) -> list[str]:
        """The words without a leading bound of the count after it ("up to 500 ...")."""
        for length in (2, 3):
            bound = " ".join(token.lower() for token in tokens[:length])
            if bound in self.phrase_words.count_bounds and len(tokens) > length + 1:
                following = tokens[length]
                if following.isdigit() or following.lower() in self.builtin.quantifiers:
                    return tokens[length:]
        return tokens

    def _names_actor(
        self,
        tokens: list[str],
        head_end: int,
        head: list[Match],
        entity: Match | None,
        country_mentions: list[Match],
        proper: bool,
        unmatched_name: list[str],
    ) -> bool:
        owner = entity is not None or bool(country_mentions)
        head_word = tokens[head_end - 1].lower()
        last_head = head[-1] if head else None
        if last_head is not None and last_head.end == head_end:
            lexeme = last_head.lexeme
            if lexeme.non_actor and lexeme.sector is None and not lexeme.entries and not lexeme.countries:
                return False
            if lexeme.equipment and not owner:
                return False
        elif head_word in self.phrase_words.determiners:
            return False
        elif not head and head_end < len(tokens) and not any(t[:1].isupper() for t in tokens[:head_end]):
            return False  # "the use of the Russian system": an unknown common noun heads it
        elif (
            tokens[head_end - 1].islower()
            and not agentive(head_word, self.phrase_words)
            and not any(m.lexeme.sector for m in head)
        ):
            return False  # "the US drawdown", "Syrian war crimes": a thing named after someone
        if MODEL_CODE.search(normalize(" ".join(tokens[:head_end]))) and not owner:
            return False
        if matches_any_actor(head) or owner or unmatched_name:
            return True
        return proper


def _joined_numbers(tokens: list[str]) -> list[str]:
    """ "20,000" as one word: its comma is no head ender ("20,000 Peshmerga fighters")."""
    joined: list[str] = []
    for token in tokens:
        if len(joined) >= 2 and joined[-1] == "," and joined[-2].isdigit() and len(token) == 3 and token.isdigit():
            joined[-2:] = [joined[-2] + token]
        else:
            joined.append(token)
    return joined


def _capitalised_name(tokens: list[str], position: int, length: int) -> bool:
    """Whether a match starts as a name does: a capital or digit, or a lower-case
    Arabic article before a capitalised word ("al-Qaida", "al-Nusra")."""
    first = tokens[position]
    if first[:1].isupper() or first[:1].isdigit():
        return True
    return length > 1 and first in ARABIC_ARTICLES and tokens[position + 1][:1].isupper()
