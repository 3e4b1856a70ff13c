"""Bytes to text: UTF-8 first, the page's own declaration for HTML, else Latin-1."""
from __future__ import annotations

import codecs
import re

# Browsers read a page declared as Latin-1 (or ASCII) as Windows-1252, and so do
# the pages' authors: the two differ only in bytes 0x80-0x9F (curly quotes, dashes).
_READ_AS_WINDOWS_1252 = frozenset({"iso8859-1", "ascii"})
# HTML requires the declaration within the first 1024 bytes.
_DECLARATION_WINDOW = 1024
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without a byte-order mark), UTF-16 when marked, else Latin-1."""
    if has_utf16_mark(data):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def decode_page(data: bytes) -> str:
    """An HTML page's text: UTF-8 when it is valid UTF-8, else the character set
    the page declares, else Latin-1."""
    if has_utf16_mark(data):
        return decode_text(data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = _DECLARED_CHARSET.search(data[:_DECLARATION_WINDOW])
    if declared is not None:
        try:
            name = codecs.lookup(declared.group(1).decode("ascii")).name
        except LookupError:
            name = None
        if name is not None:
            return data.decode("cp1252" if name in _READ_AS_WINDOWS_1252 else name, errors="replace")
    return data.decode("latin-1")


def has_utf16_mark(data: bytes) -> bool:
    return data[:2] in (b"\xff\xfe", b"\xfe\xff")
