"""Who a pronoun stands for in what someone says or reports: "I"/"we" in a quote are
its speaker and the speaker's side, "it"/"she" the subject of what an official or a
role reports (a mixin of :class:`resolve.actors.ArticleActors`; the quote grammar is
``resolve/speakers.py``)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span

from newsevents.knowledge.words import load_word_lists
from newsevents.records import Actor
from newsevents.resolve.antecedents import told_addressee
from newsevents.resolve.span_facts import is_person_entity, sentence_span
from newsevents.resolve.speakers import QuoteSpeakers

if TYPE_CHECKING:
    from newsevents.resolve.actors import ActorResolver

# The sectors of officials who speak for their state: "it" in what they report is the state.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY"})


class SpokenReferents:
    """The speaker-based searches of ``ArticleActors`` (which gives ``resolve`` and ``resolver``)."""

    _quotes: QuoteSpeakers | None = None  # the speakers of the last doc asked
    if TYPE_CHECKING:
        resolver: ActorResolver

        def resolve(self, span) -> Actor | None: ...

    def _first_person(self, span, side: bool) -> Actor | None:
        """ "I"/"me"/"my" are the speaker of the quote or report they stand in; "we"/"us"/
        "our" are the speaker's side: its country and sector, not the person.  Only for an
        official of a state (``STATE_SECTORS``) with a country, and "I" also for a named
        person with a country ("the Iraqi expert Nadia Farouk"): what others say of
        their side is mostly their own story or opinion, no event of a party; None then."""
        location = sentence_span(span)
        speaker = self._speaker(span, QuoteSpeakers.speaker_of_first_person)
        said = self.resolve(speaker) if speaker is not None else None
        if said is None or said.country is None:
            return None
        if said.sector not in STATE_SECTORS and (side or not is_person_entity(speaker)):
            return None
        if side:
            return Actor(text=span.text, span=location, country=said.country, sector=said.sector)
        return replace(said, text=span.text, span=location)

    def _reporting_official(self, span) -> Actor | None:
        """For a subject "it" of what an official reports ("the US envoy said it will not
        allow ..."): the state the official speaks for (a body speaker is the pipeline's,
        ``extract.roles.speaker_of``)."""
        speaker = self._speaker(span, QuoteSpeakers.speaker_of_subject)
        if speaker is None or speaker.root.tag_ in ("NNS", "NNPS") or told_addressee(span[0]) is not None:
            return None
        said = self.resolve(speaker)
        if said is None or said.country is None or said.sector not in STATE_SECTORS:
            return None
        return Actor(text=span.text, country=said.country, sector=said.sector)

    def _reporting_role(self, span) -> Actor | None:
        """For a subject "he"/"she" of what a role reports with no name nearby ("the
        home secretary said she would ..."): that role, not the last person named."""
        speaker = self._speaker(span, QuoteSpeakers.speaker_of_subject)
        if speaker is None or is_person_entity(speaker) or speaker.root.tag_ in ("NNS", "NNPS"):
            return None
        if self.resolver.pronoun_kind(speaker.text) is not None:
            return None
        said = self.resolve(speaker)
        return said if said is not None and said.country is not None else None

    def _speaker(self, span, find) -> Span | None:
        """The speaker phrase ``find`` (a ``QuoteSpeakers`` method) gives for a one-word span."""
        doc = getattr(span, "doc", None)
        if doc is None or len(span) != 1 or not doc.has_annotation("DEP"):
            return None
        if self._quotes is None or self._quotes.doc is not doc:
            self._quotes = QuoteSpeakers(doc, load_word_lists())
        speaker = find(self._quotes, span[0])
        if speaker is None or self.resolver.pronoun_kind(speaker.text) in ("speaker", "side"):
            return None
        return speaker
