"""What the readers (and the coder) say about a record they still read."""

from __future__ import annotations

from newsevents.records import InputProblem


class InputNote(InputProblem):
    """Something said about a record that is still read (its article follows),
    or about an input left out on purpose: bytes replaced, a link not followed,
    an article cut at the size bound.  Not a rejection: a run whose only
    messages are notes has coded everything it was given.

    It is an :class:`InputProblem` so that code which skips problems when it
    wants articles skips notes too.
    """
