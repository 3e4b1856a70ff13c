"""newsevents: political event data from news, with the evidence for every record.

::

    import newsevents
    events = newsevents.code("Russian troops shelled Kharkiv on Monday.", published="2023-05-02")
    coder = newsevents.Coder()                      # reuse for many articles
    results = coder.code_many(articles)             # one CodingResult per Article
    store = newsevents.open_store("events.sqlite")  # query the store, as the CLI does

Importing the package is cheap: the names below are loaded on first use, so the
parser (spaCy) loads only when something is coded.  docs/python.md documents them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> the module that defines it
_PUBLIC = {
    "code": "newsevents.api",
    "open_store": "newsevents.api",
    "Coder": "newsevents.pipeline",
    "CoderConfig": "newsevents.pipeline",
    "Article": "newsevents.records",
    "Actor": "newsevents.records",
    "CodingResult": "newsevents.records",
    "EventRecord": "newsevents.records",
    "InputProblem": "newsevents.records",
    "Location": "newsevents.records",
    "Span": "newsevents.records",
    "StoredEvent": "newsevents.records",
    "EventQuery": "newsevents.store",
    "EventStore": "newsevents.store",
    "StoreError": "newsevents.store",
}

__all__ = ["__version__", *_PUBLIC]


def __getattr__(name: str) -> Any:
    if name not in _PUBLIC:
        raise AttributeError(f"module 'newsevents' has no attribute {name!r}")
    return getattr(importlib.import_module(_PUBLIC[name]), name)


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:  # what type checkers and editors see (the "as" marks a re-export)
    from newsevents.api import (
        code as code,
    )
    from newsevents.api import (
        open_store as open_store,
    )
    from newsevents.pipeline import (
        Coder as Coder,
    )
    from newsevents.pipeline import (
        CoderConfig as CoderConfig,
    )
    from newsevents.records import (
        Actor as Actor,
    )
    from newsevents.records import (
        Article as Article,
    )
    from newsevents.records import (
        CodingResult as CodingResult,
    )
    from newsevents.records import (
        EventRecord as EventRecord,
    )
    from newsevents.records import (
        InputProblem as InputProblem,
    )
    from newsevents.records import (
        Location as Location,
    )
    from newsevents.records import (
        Span as Span,
    )
    from newsevents.records import (
        StoredEvent as StoredEvent,
    )
    from newsevents.store import (
        EventQuery as EventQuery,
    )
    from newsevents.store import (
        EventStore as EventStore,
    )
    from newsevents.store import (
        StoreError as StoreError,
    )
