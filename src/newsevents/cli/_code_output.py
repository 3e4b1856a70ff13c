"""Where ``newsevents code`` puts what it codes: the store, ``--out`` or stdout.

* An article already in the store (``--db``) is not coded again; its stored
  events still go to ``--out``, so a re-run or a resumed run writes the same
  output as one uninterrupted run.  An id that the store (or this input) has
  for a *different* text is refused with one line: ids name one article.
* Results go to the store before stdout: a closed stdout (``| head``) stops
  the writing to stdout, never the store's.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from newsevents.cli import UserError
from newsevents.records import Article, CodingResult, EventRecord, InputProblem

if TYPE_CHECKING:  # the store (numpy) loads when `code --db` opens it, not to build the parser
    from newsevents.store import EventStore

STORED_PART = "part-stored.parquet"  # with --engine dask: the events of articles stored before


def check_parts_dir(path: Path) -> None:
    """A folder that ``--engine dask`` may write its parts to: new or empty,
    so that no part of an earlier run is read back with this one's."""
    if path.exists() and not path.is_dir():
        raise UserError(f"--out {path} is a file: with --engine dask, --out is a folder for Parquet parts")
    if path.is_dir():
        earlier = sorted(entry.name for entry in path.iterdir())
        if earlier:
            raise UserError(
                f"--out {path} is not empty (it holds {earlier[0]}{' ...' if len(earlier) > 1 else ''}):"
                " give a new or empty folder, so that no part of an earlier run mixes with this one's"
            )


class KnownArticles:
    """Which articles of the input the store already has: from an earlier
    run, or earlier in this input."""

    def __init__(self, store: EventStore) -> None:
        self.store = store
        self.stored = 0  # articles coded by an earlier run
        self.stored_events = 0  # their events
        self.repeated = 0  # articles given twice in this input

    def check(self, article: Article) -> list[EventRecord] | InputProblem | None:
        """Before coding: None when the article is new; its stored records when
        the store has it; an InputProblem when its id names another text."""
        stored = self.store.stored_as(article)
        if stored is None:
            return None
        stored_id, same_text = stored
        if not same_text:
            return _id_clash(article, f"another article in the store {self.store.path}")
        records = self.store.article_records(stored_id)
        self.stored += 1
        self.stored_events += len(records)
        return records

    def refused(self, article: Article) -> InputProblem | None:
        """After the store refused a coded article (one of this input stored
        it while this one was being coded): why."""
        stored = self.store.stored_as(article)
        if stored is not None and not stored[1]:
            return _id_clash(article, "an earlier article of this input")
        self.repeated += 1
        return None

    def add(self, result: CodingResult) -> bool:
        """Store a coded article; False when the store already has it."""
        from newsevents.store import StoreError

        try:
            return self.store.add(result)
        except StoreError as error:
            raise UserError(f"event store {self.store.path}: {error}") from None

    def summary(self, output: EventOutput) -> list[str]:
        """One line each on the articles that were not coded again, and on a closed stdout."""
        lines = []
        if self.stored:
            line = f"{self.stored} article(s) already in the store {self.store.path} were not coded again"
            if output.stored_destination:
                line += f"; their {self.stored_events} stored event(s) were written to {output.stored_destination}"
            lines.append(line)
        if self.repeated:
            lines.append(f"{self.repeated} article(s) repeated in the input (same id or same text) were stored once")
        if output.closed:
            lines.append(f"standard output was closed; every article was still coded into {self.store.path}")
        return lines


def _id_clash(article: Article, holder: str) -> InputProblem:
    return InputProblem(
        article.origin or article.id,
        f"id {article.id!r} is already the id of {holder} with a different text;"
        " not coded (give each article its own id)",
    )


class EventOutput:
    """The JSON Lines output (a file or stdout), or with ``--engine dask`` the
    folder of parts, which then takes only the stored events."""

    def __init__(self, out: TextIO | None, path: Path | None = None, parts_dir: Path | None = None) -> None:
        self.out = out
        self.path = path  # of --out; None for stdout
        self.parts_dir = parts_dir
        self.closed = False  # stdout was closed by its reader
        self._stored: list[EventRecord] = []

    @property
    def stored_destination(self) -> str | None:
        """Where the stored events of articles not coded again go (for the summary)."""
        if self.parts_dir is not None:
            return str(self.parts_dir / STORED_PART)
        if self.path is not None:
            return str(self.path)
        return None if self.closed else "standard output"

    def write(self, events: Iterable[EventRecord]) -> None:
        if self.out is None or self.closed:
            return
        try:
            for event in events:
                self.out.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
            if self.out is sys.stdout:
                self.out.flush()  # find out now, not at exit, that the reader has gone
        except BrokenPipeError:
            self._reader_gone()

    def write_stored(self, events: list[EventRecord]) -> None:
        if self.parts_dir is not None:
            self._stored.extend(events)
        else:
            self.write(events)

    def finish(self) -> None:
        """Write what is kept for the end: the stored events, as one more part."""
        if self.parts_dir is not None and self._stored:
            from newsevents.export.parquet import write_parquet

            write_parquet(self._stored, self.parts_dir / STORED_PART)

    def _reader_gone(self) -> None:
        self.closed = True
        # Later writes, and Python's flush at exit, go nowhere instead of failing.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
