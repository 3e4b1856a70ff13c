"""The lines of a stream (a JSON Lines file, standard input), one at a time,
each bounded in size, as bytes or, for a text stream or UTF-16 input, as text."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any, BinaryIO, NamedTuple, TextIO, cast

from newsevents.ingest.encoding import has_utf16_mark

# How much of an oversized line is read at a time while passing over it.
_SKIP_CHUNK = 1 << 20


class Line(NamedTuple):
    """A numbered line of input as read: its content, None for a line over the
    size bound (passed over unread), or the reason reading stopped there."""

    number: int
    content: bytes | str | None
    stopped: str | None = None


def read_lines(stream: BinaryIO | TextIO, max_bytes: int) -> Iterator[Line]:
    """The lines of ``stream``.  Bytes that open with a UTF-16 byte-order mark
    are decoded as UTF-16 here, since their lines cannot be split as bytes."""
    if isinstance(stream, io.TextIOBase):
        yield from _numbered(stream, max_bytes)
        return
    # something with peek (a BufferedReader, a GzipFile) is read as it is
    buffered = cast(io.BufferedReader, stream if hasattr(stream, "peek") else io.BufferedReader(cast(Any, stream)))
    if not has_utf16_mark(buffered.peek(2)[:2]):
        yield from _numbered(buffered, max_bytes)
        return
    text = io.TextIOWrapper(buffered, encoding="utf-16", errors="replace", newline="")
    try:
        yield from _numbered(text, max_bytes)
    finally:
        text.detach()  # the stream stays open for whoever gave it


def _numbered(stream: BinaryIO | TextIO, max_bytes: int) -> Iterator[Line]:
    number = 0
    try:
        for number, line in enumerate(_bounded_lines(stream, max_bytes), start=1):
            yield Line(number, line)
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not text in the expected encoding"
        yield Line(number + 1, None, f"cannot read further ({reason})")


def _bounded_lines(stream: BinaryIO | TextIO, limit: int) -> Iterator[bytes | str | None]:
    """Lines as read, or None for a line over ``limit`` (which is skipped)."""
    while line := stream.readline(limit + 1):
        if len(line) > limit and line[-1:] not in ("\n", b"\n"):
            while line and line[-1:] not in ("\n", b"\n"):
                line = stream.readline(_SKIP_CHUNK)
            yield None
        else:
            yield line
