"""What a pronoun goes on with and what it stood for (a mixin of
:class:`resolve.actors.ArticleActors`, docs/actors.md "Inside an article"):

- a subject pronoun that finds no referent near it and continues the same pronoun of
  the sentence before ("He returned to Syria twice. In a call, he described ...") is
  whoever that pronoun was;
- the referents without a country that pronouns took ("Turkish-backed rebels ...
  They hit the hospital") are kept, so that the pronoun's record can be placed as its
  referent's words would be once the event's place is known (resolve/pronoun_countries.py).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsevents.records import Actor
from newsevents.resolve.antecedents import continued_pronoun

# How many sentences back a run of the same subject pronoun is followed.
CHAIN_SENTENCES = 3


class PronounMemory:
    """The pronoun searches of ``ArticleActors`` that look through other pronouns."""

    _chain_depth: int = 0
    _uncountried_doc: object = None
    _uncountried: dict[int, Actor] | None = None  # pronoun's start in the doc -> its referent
    if TYPE_CHECKING:

        def resolve(self, span) -> Actor | None: ...

    def _continued(self, span) -> Actor | None:
        """The coded party the same subject pronoun of the sentence before stood for."""
        if len(span) != 1 or not hasattr(span[0], "dep_") or self._chain_depth >= CHAIN_SENTENCES:
            return None
        earlier = continued_pronoun(span[0])
        if earlier is None:
            return None
        self._chain_depth += 1
        try:
            found = self.resolve(earlier.doc[earlier.i : earlier.i + 1])
        finally:
            self._chain_depth -= 1
        return found if found is not None and found.country is not None else None

    def _note_referent(self, span, referent: Actor) -> None:
        """Keep the referent a pronoun took when it has no country (see the module's doc)."""
        doc = getattr(span, "doc", None)
        if referent.country is None and doc is not None:
            if self._uncountried is None or self._uncountried_doc is not doc:
                self._uncountried_doc, self._uncountried = doc, {}
            self._uncountried[span.start_char] = replace(referent, span=None)

    def referent_at(self, doc, start_char: int) -> Actor | None:
        """The country-less referent of the pronoun starting at ``start_char`` of ``doc``."""
        if self._uncountried is None or self._uncountried_doc is not doc:
            return None
        return self._uncountried.get(start_char)
