"""The country of an actor named only by a people living across borders.

"Kurdish forces", "the Kurds", "Yazidi men": the tables give no country, but
the people lives in a few (``knowledge/data/actors/homelands.yaml``), and the
text says which: the event's place, else the places of its paragraph, else
those of the whole article, when one of the people's countries leads there.
No country is given when the text places it in none of them.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Span

from newsevents.knowledge.actors import load_phrase_words, load_sector_words, word_forms
from newsevents.knowledge.homelands import load_homelands
from newsevents.records import Actor, Location

WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def people_countries(text: str) -> tuple[str, ...]:
    """The countries of the people a phrase is named by ("Kurdish-led units"); ()
    when it names none, or only as someone else's cause ("pro-Kurdish lawmakers").
    Of two peoples' lists the narrower, when it lies inside the other ("Kurdish
    peshmerga"); none when they differ ("Kurdish and Baloch fighters")."""
    homelands = load_homelands()
    found: list[tuple[str, ...]] = []
    for compound in WORD.findall(text.lower()):
        parts = compound.split("-")
        for position, part in enumerate(parts):
            countries = homelands.countries_of.get(part)
            if countries is None:
                continue
            if position > 0 and parts[position - 1] in homelands.other_side_prefixes:
                return ()
            found.append(countries)
    if not found:
        return ()
    narrowest = min(found, key=len)
    return narrowest if all(set(narrowest) <= set(countries) for countries in found) else ()


def leading(counts: Counter[str], homes: tuple[str, ...]) -> str | None:
    """The one of ``homes`` named most often, when it is named more than any other of them."""
    ranked = sorted(((counts[home], home) for home in homes if counts[home]), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
        return None
    return ranked[0][1]


def place_people(actor: Actor | None, sentence: Span, location: Location | None, article_places) -> None:
    """Give an actor named by a stateless people the country of theirs the text
    places it in (see the module's doc); ``article_places`` is the article's
    :class:`~newsevents.resolve.places.ArticlePlaces`."""
    if actor is None or not _named_by_people_alone(actor.name):
        return
    lowered = f" {actor.text.lower()} "
    if any(f" {foreign} " in lowered for foreign in load_sector_words().foreign_role_words):
        return
    homes = people_countries(actor.text)
    if not homes:
        return
    if actor.country is None and location is not None and location.country in homes:
        actor.country = location.country
    elif actor.country is None:
        actor.country = _leading_in_text(sentence, homes, article_places)
    actor.sector = stateless_force_sector(actor.text, actor.country, actor.sector)  # "Kurdish forces": REB


def _leading_in_text(sentence: Span, homes: tuple[str, ...], article_places) -> str | None:
    """The one of a people's countries leading the places of the sentence's paragraph, else of the article."""
    paragraph = article_places.paragraph_of(sentence)
    in_paragraph = Counter(place.country3 for at, _, place, _ in article_places.mentions if at == paragraph)
    alpha3 = article_places.gazetteer.alpha3
    in_article = Counter(
        {alpha3[code]: count for code, count in article_places.context.countries.items() if code in alpha3}
    )
    return leading(in_paragraph, homes) or leading(in_article, homes)


def stateless_force_sector(text: str, country: str | None, sector: str | None) -> str | None:
    """REB for the forces ("MIL") of a people without a state in a country where no
    state of theirs has its own ("Kurdish forces" in Syria; not Iraq's peshmerga)."""
    words = WORD.findall(text.lower().replace("-", " "))
    ender = next((i for i, word in enumerate(words) if word in load_phrase_words().head_enders), len(words))
    if sector != "MIL" or country is None or not ender or words[ender - 1] not in _force_nouns():
        return sector  # "the Kurdish enclave of Afrin, where Turkish troops ...": no Kurdish force
    if not people_countries(" ".join(words[:ender])):
        return sector
    state_forces_in = load_homelands().state_forces_in
    own = any(country in state_forces_in.get(word, ()) for word in words[:ender])
    return sector if own else "REB"


@lru_cache(maxsize=1)
def _force_nouns() -> frozenset[str]:
    """The words of the MIL role list and their forms ("troops", "forces")."""
    return frozenset(form for word in load_sector_words().sectors["MIL"] for form in word_forms(word))


def _named_by_people_alone(name: str | None) -> bool:
    """Whether the actor's name, if it has one, is only a people's ("Kurds"), not a person's or group's."""
    return name is None or all(word in load_homelands().countries_of for word in WORD.findall(name.lower()))
