"""Who a bare office title stands for ("the prime minister", "the president", "the
foreign secretary": `office_titles` in sectors.yaml), read from the article's text
when its memory of parties holds no one holder: the nearest mention before it of
that office with a country ("Turkish President Erdogan", "the prime minister, Theresa
May", "Britain's foreign secretary"), else the one country of every mention of that
office in the article.  Papers name a holder once in full and then by office alone,
and the full mention is often no party to any event, so the memory never saw it
(docs/actors.md, "Inside an article")."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from newsevents.extract.phrases import noun_phrase
from newsevents.knowledge.actors import load_sector_words, tokenize
from newsevents.records import Actor
from newsevents.resolve.span_facts import has_proper_noun

if TYPE_CHECKING:
    from newsevents.resolve.actor_reading import PhraseReader

# Words before a title that make another office of it: a vice president is not "the
# president", nor the then or shadow prime minister the one in office.
LESSER_OFFICE_WORDS = frozenset({"vice", "deputy", "assistant", "under", "former", "ex", "then", "shadow"})
# A former holder is no referent of the office held now.
FORMER_SECTOR = "ELI"


def holds_title(words: list[str], title: list[str]) -> bool:
    """Whether a phrase holds the title itself, not a lesser office named by it ("Vice
    President Mike Pence" holds no "president"; "Kenya's foreign minister" a "minister")."""
    lowered = [word.lower() for word in words]
    return any(
        lowered[i : i + len(title)] == title and (i == 0 or lowered[i - 1] not in LESSER_OFFICE_WORDS)
        for i in range(len(lowered) - len(title) + 1)
    )


def bare_office(text: str) -> list[str] | None:
    """The office's words of a bare "the" + office title ("the prime minister":
    ["prime", "minister"]), else None."""
    words = [word.lower() for word in tokenize(text)]
    if len(words) < 2 or words[0] != "the" or " ".join(words[1:]) not in load_sector_words().office_titles:
        return None
    return words[1:]


def office_holder_in_text(reader: PhraseReader, span, when: date | None) -> Actor | None:
    """For a bare office title: the holder the nearest mention of that office before
    it names with a country, else the holder of the one country all the article's
    later mentions of it name; None when the text names none, or several countries' holders
    none of which comes before."""
    title = bare_office(span.text)
    doc = getattr(span, "doc", None)
    if title is None or doc is None or not doc.has_annotation("DEP"):
        return None
    starts = _title_starts(doc, title)
    for start in reversed([start for start in starts if start + len(title) <= span.start]):
        holder = _mention_holder(reader, doc, start + len(title) - 1, when)
        if holder is not None:
            return holder
    holders = [_mention_holder(reader, doc, start + len(title) - 1, when) for start in starts if start >= span.end]
    found = [holder for holder in holders if holder is not None]
    if not found or len({holder.country for holder in found}) > 1:
        return None
    names = {holder.name for holder in found}
    return Actor(
        text=found[0].text,
        country=found[0].country,
        sector=found[0].sector,
        name=names.pop() if len(names) == 1 else None,
    )


def names_holder(span) -> bool:
    """Whether the title's own phrase names its holder beside it ("the prime minister,
    Theresa May"; "May, the prime minister"): that name says who, not the text before."""
    root = getattr(span, "root", None)
    return root is not None and any(partner.pos_ == "PROPN" for partner in _set_beside(root))


def _set_beside(root) -> list:
    """The words in apposition to a noun, either way round."""
    partners = [child for child in root.children if child.dep_ == "appos"]
    return [*partners, root.head] if root.dep_ == "appos" else partners


def _title_starts(doc, title: list[str]) -> list[int]:
    """Where the doc writes the office itself (not a lesser one named by it)."""
    size = len(title)
    return [
        i
        for i in range(len(doc) - size + 1)
        if doc[i].lower_ == title[0]
        and [token.lower_ for token in doc[i : i + size]] == title
        and (i == 0 or doc[i - 1].lower_ not in LESSER_OFFICE_WORDS)
    ]


def _mention_holder(reader: PhraseReader, doc, last, when: date | None) -> Actor | None:
    """The holder a mention of an office names with a country: by the phrase the title
    is in ("British Prime Minister Theresa May", "the President of Turkey") or the name
    set beside it ("the prime minister, Theresa May"; "Erdogan, the president")."""
    root = doc[last]
    while root.dep_ in ("compound", "flat") and root.head.i != root.i:
        root = root.head  # "Prime Minister" in "British Prime Minister Theresa May": May
    phrases = [(noun_phrase(root), False), *((noun_phrase(partner), True) for partner in _set_beside(root))]
    for phrase, beside in phrases:
        reading = reader.read(phrase.text, when, proper=has_proper_noun(phrase))
        if reading is None or reading.country is None or reading.plural or reading.sector == FORMER_SECTOR:
            continue
        if not beside or reading.kind == "person":  # beside the title, only a person's name says who holds it
            return Actor(text=phrase.text, country=reading.country, sector=reading.sector, name=reading.name)
    return None
