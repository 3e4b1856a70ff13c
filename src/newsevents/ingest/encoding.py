"""Bytes to text: UTF-8 first, the page's own declaration for HTML, else Latin-1.

A text that is UTF-8 but for a few bad bytes (a damaged download, two files
pasted together) stays UTF-8, with each bad byte sequence replaced by U+FFFD,
rather than being read as Latin-1 throughout; :class:`Decoded` says how many
were replaced so that the reader can say so.
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

# Browsers read a page declared as Latin-1 (or ASCII) as Windows-1252, and so do
# the pages' authors: the two differ only in bytes 0x80-0x9F (curly quotes, dashes).
_READ_AS_WINDOWS_1252 = frozenset({"iso8859-1", "ascii"})
# HTML requires the declaration within the first 1024 bytes.
_DECLARATION_WINDOW = 1024
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
REPLACEMENT = "\ufffd"
_ENCODED_REPLACEMENT = REPLACEMENT.encode("utf-8")


class Decoded(NamedTuple):
    text: str
    replaced: int = 0  # byte sequences that were not valid in the encoding, now U+FFFD
    first_bad_line: int | None = None  # the line of the first of them

    def note(self) -> str | None:
        """One line saying what was replaced, or None when nothing was."""
        if not self.replaced:
            return None
        where = f" (the first on line {self.first_bad_line})" if self.first_bad_line else ""
        return f"not valid text throughout: {self.replaced:,} invalid byte sequence(s) replaced by U+FFFD{where}"


def decode_text(data: bytes) -> Decoded:
    """UTF-16 when marked; UTF-8 (with or without a byte-order mark), its bad
    bytes replaced when it is mostly UTF-8; else Latin-1."""
    if has_utf16_mark(data):
        return _decoded(data, "utf-16")
    try:
        return Decoded(data.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        first_bad = error.start
    text = data.decode("utf-8-sig", errors="replace")
    bad = text.count(REPLACEMENT) - data.count(_ENCODED_REPLACEMENT)
    valid_non_ascii = len(text) - len(text.encode("ascii", "ignore")) - bad
    # A Latin-1 text has (almost) no valid UTF-8 sequences of two or more bytes;
    # a UTF-8 text with a few bad bytes has more valid ones than bad ones.
    if valid_non_ascii > 0 and valid_non_ascii >= bad:
        return Decoded(text, bad, data.count(b"\n", 0, first_bad) + 1)
    return Decoded(data.decode("latin-1"))


def decode_page(data: bytes) -> Decoded:
    """An HTML page's text: UTF-8 when it is valid UTF-8, else the character set
    the page declares, else as :func:`decode_text`."""
    if has_utf16_mark(data):
        return decode_text(data)
    try:
        return Decoded(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass
    declared = _DECLARED_CHARSET.search(data[:_DECLARATION_WINDOW])
    if declared is not None:
        try:
            name = codecs.lookup(declared.group(1).decode("ascii")).name
        except LookupError:
            name = None
        if name is not None and name != "utf-8":
            return _decoded(data, "cp1252" if name in _READ_AS_WINDOWS_1252 else name)
    return decode_text(data)


def has_utf16_mark(data: bytes) -> bool:
    return data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _decoded(data: bytes, encoding: str) -> Decoded:
    try:
        return Decoded(data.decode(encoding))
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
        return Decoded(text, max(text.count(REPLACEMENT), 1))
