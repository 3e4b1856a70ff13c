"""Read articles from files, folders and standard input, one record at a time.

Nothing here raises for bad user input: a record that cannot be read becomes
an :class:`InputProblem` naming it, and reading goes on with the next one; a
record read with a change (bytes replaced) is preceded by an
:class:`~newsevents.ingest.notes.InputNote` saying so.  See ``docs/input.md``
for what is accepted.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

from newsevents.ingest.encoding import Decoded, decode_page, decode_text, has_utf16_mark
from newsevents.ingest.folders import JSON_LINES_SUFFIXES, NOT_A_FILE, files_below
from newsevents.ingest.html import extract_page
from newsevents.ingest.lines import Line, read_lines
from newsevents.ingest.notes import InputNote
from newsevents.records import Article, InputProblem

HTML_SUFFIXES = frozenset({".html", ".htm"})
OPTIONAL_TEXT_FIELDS = ("title", "url", "source")
# The publication date's field, and the name some feeds give it instead.
DATE_FIELDS = ("published", "date")

Item = Article | InputProblem
# JSON "\ud800" escapes give halves of a UTF-16 pair that no encoder accepts alone
# (a pair written as two escapes is joined by the parser).
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def read_articles(
    sources: Sequence[str],
    default_date: date | None = None,
    stdin: TextIO | None = None,
    max_bytes: int = 5_000_000,
    follow_links: bool = False,
) -> Iterator[Item]:
    """Articles from ``sources`` (files, folders, ``-`` for stdin), in a stable
    order, as they are read; problems come in place of the records they spoil,
    notes before the articles they are about.

    ``default_date`` is the publication date of inputs that carry none.  A text
    or HTML file, a JSON line, or standard input read as one text, larger than
    ``max_bytes`` is refused.  A folder's links are followed only when they
    lead inside it, unless ``follow_links``.
    """
    reader = _Reader(default_date, max_bytes, follow_links)
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
            yield InputProblem(source, NOT_A_FILE)
        else:
            yield InputProblem(source, "no such file or folder")


class _Reader:
    def __init__(self, default_date: date | None, max_bytes: int, follow_links: bool):
        self.default_date = default_date
        self.max_bytes = max_bytes
        self.follow_links = follow_links

    def folder(self, root: Path) -> Iterator[Item]:
        found_any = False
        for item in files_below(root, self.follow_links):
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
                yield from self.json_lines(read_lines(handle, self.max_bytes), origin, id_prefix=name)
            return
        data = self._read_whole(path, origin)
        if isinstance(data, InputProblem):
            yield data
        elif suffix in HTML_SUFFIXES:
            yield from self.html(data, origin, article_id=name)
        else:
            yield from self.text(decode_text(data), origin, article_id=name)

    def stdin(self, stream: TextIO) -> Iterator[Item]:
        # Bytes where there are some, so that stdin is decoded as a file is.
        lines = read_lines(getattr(stream, "buffer", stream), self.max_bytes)
        head: list[Line] = []
        for line in lines:
            head.append(line)
            if line.content is None or line.content.strip():
                break
        first = head[-1].content if head else None
        if first is not None and _opens_an_object(first):
            yield from self.json_lines(_chain(head, lines), "stdin", id_prefix="stdin")
            return
        parts: list[bytes | str] = []
        size = 0
        for line in _chain(head, lines):
            if line.content is None:
                yield InputProblem("stdin", line.stopped or f"too large ({_more_than(self.max_bytes)})")
                return
            size += len(line.content)
            if size > self.max_bytes:
                yield InputProblem("stdin", f"too large ({_more_than(self.max_bytes)})")
                return
            parts.append(line.content)
        if parts and isinstance(parts[0], str):
            yield from self.text(Decoded("".join(str(part) for part in parts)), "stdin", article_id="stdin")
            return
        data = b"".join(part for part in parts if isinstance(part, bytes))
        if _is_binary(data):
            yield InputProblem("stdin", "binary file (not text)")
            return
        yield from self.text(decode_text(data), "stdin", article_id="stdin")

    def text(self, decoded: Decoded, origin: str, article_id: str) -> Iterator[Item]:
        text = _normalise_newlines(decoded.text).strip()
        if not text:
            yield InputProblem(origin, "empty (no text)")
            return
        if "\0" in text:
            yield InputProblem(origin, "binary file (not text)")
            return
        note = decoded.note()
        if note is not None:
            yield InputNote(origin, note)
        yield Article(id=article_id, text=text, published=self.default_date, origin=origin)

    def html(self, data: bytes, origin: str, article_id: str) -> Iterator[Item]:
        decoded = decode_page(data)
        if not decoded.text.strip():
            yield InputProblem(origin, "empty (no text)")
            return
        try:
            page = extract_page(decoded.text)
        except Exception as error:  # the extractor's failures on odd markup are the input's, not ours
            yield InputProblem(origin, f"HTML could not be read ({type(error).__name__}: {error})")
            return
        if page is None:
            yield InputProblem(origin, "no article text found in the HTML")
            return
        fields = {"text": _normalise_newlines(page.text), "title": page.title, "url": page.url, "source": page.source}
        replaced = _replace_lone_surrogates(fields)
        for note in (decoded.note(), replaced):
            if note is not None:
                yield InputNote(origin, note)
        yield Article(
            id=article_id,
            text=fields["text"] or "",
            title=fields["title"],
            url=fields["url"],
            source=fields["source"],
            published=page.published or self.default_date,
            origin=origin,
        )

    def json_lines(self, lines: Iterable[Line], origin: str, id_prefix: str) -> Iterator[Item]:
        """One article per line; blank lines are skipped."""
        for line in lines:
            line_origin = f"{origin}:{line.number}"
            content = line.content
            if content is None:
                yield InputProblem(line_origin, line.stopped or f"line too large ({_more_than(self.max_bytes)})")
            elif _is_binary(content):
                if line.number == 1:  # a binary file, not a text file with one bad line
                    yield InputProblem(line_origin, "binary file (not text)")
                    return
                yield InputProblem(line_origin, "binary data (not text)")
            else:
                decoded = Decoded(content) if isinstance(content, str) else decode_text(content)
                if decoded.text.strip():
                    note = decoded._replace(first_bad_line=None).note()
                    yield from self.json_record(decoded.text, line_origin, f"{id_prefix}:{line.number}", note)

    def json_record(self, line: str, origin: str, default_id: str, note: str | None = None) -> Iterator[Item]:
        """The article of one JSON line, after ``note`` and any other note about it."""
        try:
            record = json.loads(line)
        except RecursionError:
            yield InputProblem(origin, "not valid JSON here (nested too deeply)")
            return
        except ValueError as error:  # JSONDecodeError, or a number too long to convert
            yield InputProblem(origin, f"not valid JSON ({getattr(error, 'msg', error)})")
            return
        problem = self._record_problem(record)
        if problem is not None:
            yield InputProblem(origin, problem)
            return
        fields = {name: record.get(name) for name in ("text", *OPTIONAL_TEXT_FIELDS)}
        fields = {name: (value.strip() or None) if value is not None else None for name, value in fields.items()}
        fields["text"] = _normalise_newlines(fields["text"])
        given_id = record.get("id")
        fields["id"] = str(given_id).strip() if given_id is not None else default_id
        notes = [note, _replace_lone_surrogates(fields)]
        published = self.default_date
        for name in DATE_FIELDS:
            value = record.get(name)
            if value is not None and value != "":
                published = _parse_date(value)
                if published is None:
                    yield InputProblem(origin, f'"{name}" is not a date (YYYY-MM-DD or ISO date-time): {_shown(value)}')
                    return
                break
        yield from (InputNote(origin, note) for note in notes if note is not None)
        yield Article(published=published, origin=origin, **fields)

    @staticmethod
    def _record_problem(record: object) -> str | None:
        """What makes a parsed JSON line unusable as an article, if anything."""
        if not isinstance(record, dict):
            return f"not a JSON object (a JSON {_json_kind(record)})"
        text = record.get("text")
        if not isinstance(text, str):
            missing = "no" if text is None else f"a {_json_kind(text)} as"
            return f'{missing} "text" (a string is required)'
        if not text.strip():
            return 'empty "text"'
        if "\0" in text:
            return 'binary data in "text"'
        article_id = record.get("id")
        if article_id is not None and (
            isinstance(article_id, bool) or not isinstance(article_id, str | int) or not str(article_id).strip()
        ):
            return f'"id" must be a non-empty string or a whole number, not {_shown(article_id)}'
        for name in OPTIONAL_TEXT_FIELDS:
            value = record.get(name)
            if value is not None and not isinstance(value, str):
                return f'"{name}" must be a string, not {_shown(value)}'
        return None

    def _read_whole(self, path: Path, origin: str) -> bytes | InputProblem:
        try:
            with path.open("rb") as handle:
                data = handle.read(self.max_bytes + 1)
        except OSError as error:
            return InputProblem(origin, f"cannot read ({error.strerror})")
        if len(data) > self.max_bytes:
            return InputProblem(origin, f"too large ({_more_than(self.max_bytes)})")
        if _is_binary(data):
            return InputProblem(origin, "binary file (not text)")
        return data


def _shown(value: object, limit: int = 80) -> str:
    """A value as a message quotes it: its repr, cut short (a field may hold megabytes)."""
    shown = repr(value)
    return shown if len(shown) <= limit else shown[: limit - 3] + "..."


def _opens_an_object(line: bytes | str) -> bool:
    text = line.decode("utf-8", errors="replace") if isinstance(line, bytes) else line
    return text.lstrip("\ufeff \t\r\n").startswith("{")  # a UTF-8 byte-order mark may come first


def _is_binary(content: bytes | str) -> bool:
    """NUL bytes mark binary data: text formats never hold them (UTF-16 aside)."""
    if isinstance(content, str):
        return "\0" in content
    return b"\0" in content and not has_utf16_mark(content)


def _replace_lone_surrogates(fields: dict[str, str | None]) -> str | None:
    """Replace, in place, the lone surrogates of the fields by U+FFFD; say where."""
    changed = []
    for name, value in fields.items():
        if value is not None and _LONE_SURROGATE.search(value):
            fields[name] = _LONE_SURROGATE.sub("\ufffd", value)
            changed.append(f'"{name}"')
    if not changed:
        return None
    return f"lone surrogate(s) (\\ud800-\\udfff, half a UTF-16 pair) in {', '.join(changed)} replaced by U+FFFD"


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


def _chain(head: list[Line], rest: Iterator[Line]) -> Iterator[Line]:
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
