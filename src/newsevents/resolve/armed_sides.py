"""Which side an armed actor phrase names: a state's forces, its armed opponents, a proxy.

Rules over one phrase's lexicon matches (docs/actors.md, "Armed sides"):

- "anti-X" names X's opponents, never X: the match after "anti" owns nothing, and
  the armed opponents of a state's government are that state's rebels
  ("anti-Assad forces": SYR REB; "anti-regime rebels": REB);
- "X's forces" and "pro-X forces" of a head of state or a capital are that
  country's forces ("Assad's forces": SYR MIL), not the person;
- a sponsored force is a proxy of the place, not a state's army ("US-backed
  forces": REB), and so are the forces of a people without a state ("Kurdish-led
  forces": REB);
- a generic name of a group's members ("the jihadists") in an article that has
  named one non-state armed group only is that group (:func:`sole_armed_group`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from newsevents.knowledge.actors import PhraseWords
from newsevents.records import Actor
from newsevents.resolve.actor_rules import ARMED_SECTORS, Match, pick_entry
from newsevents.resolve.definite_bodies import NOT_STATES
from newsevents.resolve.homelands import stateless_force_sector

STATE_SIDE_SECTORS = frozenset({"GOV", "MIL"})
OTHER_SIDE_SECTORS = frozenset({"REB", "OPP", "UAF", "PRM"})


def opposed_matches(tokens: list[str], matches: list[Match], words: PhraseWords) -> list[Match]:
    """The matches right after "anti" ("anti-Assad", "anti-government"): the side fought."""
    return [m for m in matches if m.start > 0 and tokens[m.start - 1].lower() in words.opposed_after]


def opposed_state(opposed: Sequence[Match], when: date | None) -> tuple[bool, str | None]:
    """Whether a state's government is the side fought, and which state's when the
    phrase names it: a GOV or MIL person or body ("anti-Assad": SYR), or a GOV role
    word ("anti-regime", "anti-government": no country)."""
    for match in opposed:
        lexeme = match.lexeme
        if lexeme.entries:
            country, sector, _ = pick_entry(lexeme.entries, when).coding_at(when)
            if sector in STATE_SIDE_SECTORS:
                return True, country
        elif lexeme.sector == "GOV":
            return True, None
    return False, None


def armed_side(
    tokens: list[str],
    matches: list[Match],
    head_end: int,
    entity: Match | None,
    kind: str | None,
    sector: str | None,
    words: PhraseWords,
) -> tuple[str | None, bool]:
    """The sector of a phrase naming an armed side, and whether it names a force that
    a person or a state owns ("Assad's forces") rather than the person: (sector, owned)."""
    last = next((m for m in reversed(matches) if m.end == head_end), None)
    role_sector = last.lexeme.sector if last is not None and not last.lexeme.entries else None
    if role_sector not in ARMED_SECTORS:
        return sector, False
    if entity is None or (kind == "group" and entity.lexeme.entries):
        return sector, False  # "Isis's fighters": the group's own sector
    if entity.start > 0 and tokens[entity.start - 1].lower() in words.supporter_before:
        return ("PRM" if role_sector == "UAF" else role_sector), True  # "pro-Assad militias": PRM
    if tokens[entity.end : entity.end + 1] == ["'s"]:
        return role_sector, True  # "Assad's forces", "Tehran's troops": the state's, MIL
    return sector, False


def proxy_sector(
    tokens: list[str],
    matches: list[Match],
    entity: Match | None,
    country: str | None,
    sector: str | None,
    words: PhraseWords,
) -> str | None:
    """REB for a force that is not a state's own: sponsored ("US-backed forces") or a
    stateless people's where no state of theirs has forces ("Syrian Kurdish forces";
    those the phrase gives no country wait for :func:`~newsevents.resolve.homelands.place_people`).
    Named groups keep their own sector."""
    if sector != "MIL" or (entity is not None and entity.lexeme.entries):
        return sector
    lowered = [token.lower() for token in tokens]
    if any(word in words.state_force_words or word in words.conjunctions for word in lowered):
        return sector  # "Russian-backed Syrian government forces", "US and US-backed forces"
    if any(word in words.provenance_before for word in lowered[1:]):
        return "REB"
    return stateless_force_sector(" ".join(lowered), country, sector)


def is_group_member_noun(tokens: list[str], matches: list[Match], words: PhraseWords) -> bool:
    """Whether a phrase is only a generic name of an armed group's members, with no
    word the tables know but that noun and no name ("the diehard extremists"; not
    "opposition fighters", "Shia fighters", "fighters from Iraq")."""
    return (
        bool(tokens)
        and tokens[-1].lower() in words.group_member_nouns
        and [(m.start, m.end) for m in matches] == [(len(tokens) - 1, len(tokens))]
        and all(token.islower() or token.isdigit() for token in tokens)
    )


def names_other_side(sentence_matches: Sequence[Match]) -> bool:
    """Whether the rest of a sentence names an armed side (a group, "rebels", "the
    opposition"): the generic members there may be either's, or the one fought."""
    return any(
        any(entry.sector in OTHER_SIDE_SECTORS for entry in m.lexeme.entries) or m.lexeme.sector in OTHER_SIDE_SECTORS
        for m in sentence_matches
    )


def sole_armed_group(groups_named: Sequence[Actor]) -> Actor | None:
    """The one non-state armed group (a named REB party with a country) among the
    groups an article resolved so far, when it is one of no state ("IMG": Isis,
    al-Qaida); None when it named none or several.  A state's rebels ("the Taliban",
    AFG) need no such step: their members take the country of the place."""
    groups = {actor.name: actor for actor in groups_named if actor.name and actor.sector == "REB" and actor.country}
    group = next(iter(groups.values())) if len(groups) == 1 else None
    return group if group is not None and group.country in NOT_STATES else None
