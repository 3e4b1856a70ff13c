"""The entities of a parse, looked up by span.

spaCy's ``Span.ents`` builds every entity of the whole article each time it is
asked; the resolvers ask once per sentence and per place phrase, which made it
the largest cost after the parse.  The entities are read once per Doc instead,
kept as numbers in ``Doc.user_data`` (so the Doc holds no reference to itself
and still serialises), and each question bisects them.  No spaCy import here:
the actor tables are used without the parser too.
"""

from __future__ import annotations

import bisect
from typing import Any

ENTITY_ROWS = "newsevents.entity_rows"
# The entity labels that can name a party: a person, a body, a country or a people.
PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# The entity labels of a named place (a country, a region, a building).
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def entities_in(span: Any) -> list[Any]:
    """``span.ents``: the entities wholly inside ``span``, in text order, as Spans
    equal to spaCy's own.  The Doc's entities must be final (the pipeline has run):
    they are read on the first question and not again."""
    doc = span.doc
    rows = _rows(doc)
    found = []
    for position in range(bisect.bisect_left(rows, (span.start,)), len(rows)):
        if rows[position][1] > span.end:
            break  # entities do not overlap: none after this one ends inside the span
        found.append(_entity(doc, rows[position]))
    return found


def entities_starting_by(doc: Any, position: int, label: str) -> list[Any]:
    """The entities of ``label`` that start at or before token ``position``, in text
    order: ``[e for e in doc.ents if e.label_ == label and e.start <= position]``."""
    rows = _rows(doc)
    wanted = doc.vocab.strings[label]
    return [_entity(doc, row) for row in rows[: bisect.bisect_left(rows, (position + 1,))] if row[2] == wanted]


def _rows(doc: Any) -> list[tuple[int, int, int, int, int]]:
    rows = doc.user_data.get(ENTITY_ROWS)
    if rows is None:
        rows = doc.user_data[ENTITY_ROWS] = [(e.start, e.end, e.label, e.kb_id, e.id) for e in doc.ents]
    return rows


def _entity(doc: Any, row: tuple[int, int, int, int, int]) -> Any:
    start, end, label, kb_id, span_id = row
    entity = doc[start:end]
    entity.label, entity.kb_id, entity.id = label, kb_id, span_id
    return entity
