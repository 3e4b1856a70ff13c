"""Read articles from files, folders and standard input, one record at a time.

Nothing here raises for bad user input: a record that cannot be read becomes
an :class:`InputProblem` naming it, and reading goes on with the next one.
See ``docs/input.md`` for what is accepted.
"""
from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO, NamedTuple, TextIO

from newsevents.ingest.encoding import decode_page, decode_text, has_utf16_mark
from newsevents.ingest.html import extract_page
from newsevents.records import Article, InputProblem

JSON_LINES_SUFFIXES = frozenset({".jsonl", ".ndjson"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
OPTIONAL_TEXT_FIELDS = ("title", "url", "source")

Item = Article | InputProblem
# How much of an oversized line is read at a time while passing over it.
_SKIP_CHUNK = 1 << 20
# Pipes and devices would block or never end; broken links lead nowhere.
_NOT_A_FILE = "not a regular file (a broken link, a pipe or a device)"


def read_articles(
    sources: Sequence[str],
    default_date: date | None = None,
    stdin: TextIO | None = None,
    max_bytes: int = 5_000_000,
) -> Iterator[Item]:
    """Articles from ``sources`` (files, folders, ``-`` for stdin), in a stable
    order, as they are read; problems come in place of the records they spoil.

    ``default_date`` is the publication date of inputs that carry none.  A text
    or HTML file, a JSON line, or standard input read as one text, larger than
    ``max_bytes`` is refused.
    """
    reader = _Reader(default_date, max_bytes)
    for source in sources:
        if source == "-":
            yield from reader.stdin(stdin if stdin is not None else sys.stdin)
            continue
        path = Path(source)
        if path.is_dir():
            yield from reader.folder(path)
        elif path.is_file():
            yield from reader.file(path, name=path.name)
        elif path.exists():
            yield InputProblem(source, _NOT_A_FILE)
        else:
            yield InputProblem(source, "no such file or folder")


class _Reader:
    def __init__(self, default_date: date | None, max_bytes: int):
        self.default_date = default_date
        self.max_bytes = max_bytes

    def folder(self, root: Path) -> Iterator[Item]:
        found_any = False
        for item in _files_below(root, seen=set()):
            if isinstance(item, InputProblem):
                yield item
                continue
            found_any = True
            yield from self.file(item, name=item.relative_to(root).as_posix())
        if not found_any:
            yield InputProblem(str(root), "folder holds no files to read")

    def file(self, path: Path, name: str) -> Iterator[Item]:
        """The articles of one file; ``name`` is what its ids are made from."""
        origin = str(path)
        suffix = path.suffix.lower()
        if suffix in JSON_LINES_SUFFIXES:
            try:
                handle = path.open("rb")
            except OSError as error:
                yield InputProblem(origin, f"cannot read ({error.strerror})")
                return
            with handle:
                yield from self.json_lines(_lines(handle, self.max_bytes), origin, id_prefix=name)
            return
        data = self._read_whole(path, origin)
        if isinstance(data, InputProblem):
            yield data
        elif suffix in HTML_SUFFIXES:
            yield self.html(data, origin, article_id=name)
        else:
            yield self.text(decode_text(data), origin, article_id=name)

    def stdin(self, stream: TextIO) -> Iterator[Item]:
        # Read bytes where there are some, so that stdin gets the same
        # encoding fallback as a file.
        lines = _lines(getattr(stream, "buffer", stream), self.max_bytes)
        head: list[_Line] = []
        for line in lines:
            head.append(line)
            if line.text is None or line.text.strip():
                break
        first = head[-1].text if head else None
        if first is not None and first.lstrip().startswith("{"):
            yield from self.json_lines(_chain(head, lines), "stdin", id_prefix="stdin")
            return
        parts: list[str] = []
        size = 0
        for line in _chain(head, lines):
            if line.problem is not None:
                yield InputProblem("stdin", line.problem.removeprefix("line "))
                return
            size += len(line.text.encode("utf-8"))
            if size > self.max_bytes:
                yield InputProblem("stdin", f"too large ({_more_than(self.max_bytes)})")
                return
            parts.append(line.text)
        yield self.text("".join(parts), "stdin", article_id="stdin")

    def text(self, text: str, origin: str, article_id: str) -> Item:
        text = _normalise_newlines(text).strip()
        if not text:
            return InputProblem(origin, "empty (no text)")
        return Article(id=article_id, text=text, published=self.default_date, origin=origin)

    def html(self, data: bytes, origin: str, article_id: str) -> Item:
        html = decode_page(data)
        if not html.strip():
            return InputProblem(origin, "empty (no text)")
        try:
            page = extract_page(html)
        except Exception as error:  # the extractor's failures on odd markup are the input's, not ours
            return InputProblem(origin, f"HTML could not be read ({type(error).__name__}: {error})")
        if page is None:
            return InputProblem(origin, "no article text found in the HTML")
        return Article(
            id=article_id,
            text=_normalise_newlines(page.text),
            title=page.title,
            url=page.url,
            source=page.source,
            published=page.published or self.default_date,
            origin=origin,
        )

    def json_lines(self, lines: Iterable[_Line], origin: str, id_prefix: str) -> Iterator[Item]:
        """One article per line; blank lines are skipped."""
        for line in lines:
            line_origin = f"{origin}:{line.number}"
            if line.problem is not None:
                yield InputProblem(line_origin, line.problem)
            elif line.text.strip():
                yield self.json_record(line.text, line_origin, default_id=f"{id_prefix}:{line.number}")

    def json_record(self, line: str, origin: str, default_id: str) -> Item:
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            return InputProblem(origin, f"not valid JSON ({error.msg})")
        if not isinstance(record, dict):
            return InputProblem(origin, f"not a JSON object (a JSON {_json_kind(record)})")
        text = record.get("text")
        if not isinstance(text, str):
            missing = "no" if text is None else f"a {_json_kind(text)} as"
            return InputProblem(origin, f"{missing} \"text\" (a string is required)")
        text = _normalise_newlines(text).strip()
        if not text:
            return InputProblem(origin, 'empty "text"')
        if "\0" in text:
            return InputProblem(origin, 'binary data in "text"')
        article_id = record.get("id")
        if article_id is None:
            article_id = default_id
        elif isinstance(article_id, bool) or not isinstance(article_id, str | int) or not str(article_id).strip():
            return InputProblem(origin, f'"id" must be a non-empty string or a whole number, not {article_id!r}')
        fields: dict[str, str | None] = {}
        for name in OPTIONAL_TEXT_FIELDS:
            value = record.get(name)
            if value is not None and not isinstance(value, str):
                return InputProblem(origin, f'"{name}" must be a string, not {value!r}')
            fields[name] = (value.strip() or None) if value is not None else None
        published = record.get("published")
        if published is None or published == "":
            published_date = self.default_date
        else:
            published_date = _parse_date(published)
            if published_date is None:
                return InputProblem(origin, f'"published" is not a date (YYYY-MM-DD or ISO date-time): {published!r}')
        return Article(
            id=str(article_id).strip(), text=text, published=published_date, origin=origin, **fields
        )

    def _read_whole(self, path: Path, origin: str) -> bytes | InputProblem:
        try:
            with path.open("rb") as handle:
                data = handle.read(self.max_bytes + 1)
        except OSError as error:
            return InputProblem(origin, f"cannot read ({error.strerror})")
        if len(data) > self.max_bytes:
            return InputProblem(origin, f"too large ({_more_than(self.max_bytes)})")
        # NUL bytes mark a binary file: text formats never hold them (UTF-16 aside).
        if b"\0" in data and not has_utf16_mark(data):
            return InputProblem(origin, "binary file (not text)")
        return data


def _files_below(folder: Path, seen: set[Path]) -> Iterator[Path | InputProblem]:
    """Files below ``folder`` in sorted order, hidden ones left out; a folder
    reached twice through links is read once."""
    real = folder.resolve()
    if real in seen:
        return
    seen.add(real)
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        yield InputProblem(str(folder), f"cannot list folder ({error.strerror})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_dir():
            yield from _files_below(path, seen)
        elif entry.is_file():
            yield path
        else:
            yield InputProblem(str(path), _NOT_A_FILE)


class _Line(NamedTuple):
    """A numbered line of input: its text, or the problem that kept it unread."""

    number: int
    text: str | None
    problem: str | None = None


def _lines(stream: BinaryIO | TextIO, max_bytes: int) -> Iterator[_Line]:
    """The lines of a stream of bytes (decoded like a file) or of text.  A line
    longer than ``max_bytes`` is passed over without being held in memory."""
    number = 0
    try:
        for number, line in enumerate(_bounded_lines(stream, max_bytes), start=1):
            if line is None:
                yield _Line(number, None, f"line too large ({_more_than(max_bytes)})")
            elif ("\0" if isinstance(line, str) else b"\0") in line:
                if number == 1:  # a binary file, not a text file with one bad line
                    yield _Line(number, None, "binary file (not text)")
                    return
                yield _Line(number, None, "binary data (not text)")
            else:
                yield _Line(number, line if isinstance(line, str) else decode_text(line))
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not text in the expected encoding"
        yield _Line(number + 1, None, f"cannot read further ({reason})")


def _bounded_lines(stream: BinaryIO | TextIO, limit: int) -> Iterator[bytes | str | None]:
    """Lines as read, or None for a line over ``limit`` (which is skipped)."""
    while line := stream.readline(limit + 1):
        if len(line) > limit and line[-1:] not in ("\n", b"\n"):
            while line and line[-1:] not in ("\n", b"\n"):
                line = stream.readline(_SKIP_CHUNK)
            yield None
        else:
            yield line


def _parse_date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        return None


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _chain(head: list[_Line], rest: Iterator[_Line]) -> Iterator[_Line]:
    yield from head
    yield from rest


def _json_kind(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "object"
    if value is None:
        return "null"
    return "string"


def _more_than(limit: int) -> str:
    return f"more than {limit:,} bytes"
