"""The files below a folder, in sorted order, and how many records inputs hold.

Links are followed only when they lead inside the folder given, unless the
caller asks to follow all of them; either way a folder reached twice (a link
back up, a cycle) is read once, so that a walk always ends.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from newsevents.ingest.notes import InputNote
from newsevents.records import InputProblem

# Pipes and devices would block or never end; broken links lead nowhere.
NOT_A_FILE = "not a regular file (a broken link, a pipe or a device)"
JSON_LINES_SUFFIXES = frozenset({".jsonl", ".ndjson"})
_COUNT_CHUNK = 1 << 20


def files_below(root: Path, follow_links: bool = False) -> Iterator[Path | InputProblem]:
    """Files below ``root`` in sorted order, hidden ones left out; problems and
    notes (a link not followed) come in place of what could not be listed."""
    boundary = Path(os.path.realpath(root))
    yield from _walk(root, boundary, follow_links, seen=set())


def _walk(folder: Path, boundary: Path, follow_links: bool, seen: set[Path]) -> Iterator[Path | InputProblem]:
    real = Path(os.path.realpath(folder))
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
        try:
            if entry.is_symlink() and not follow_links and not _inside(Path(os.path.realpath(path)), boundary):
                yield InputNote(str(path), "a link to outside the folder, not followed (--follow-links follows it)")
                continue
            is_dir, is_file = entry.is_dir(), entry.is_file()
        except OSError as error:  # a link that leads round in a circle, a vanished entry
            reason = "a link that leads back to itself" if error.errno == errno.ELOOP else error.strerror
            yield InputProblem(str(path), f"cannot be read ({reason})")
            continue
        if is_dir:
            yield from _walk(path, boundary, follow_links, seen)
        elif is_file:
            yield path
        else:
            yield InputProblem(str(path), NOT_A_FILE)


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def count_records(sources: Sequence[str], follow_links: bool = False) -> int | None:
    """About how many records (articles or rejected ones) ``sources`` hold: one
    per file, one per line of a JSON Lines file; None when standard input is
    among them.  For a progress bar: one quick pass, no parsing."""
    if "-" in sources:
        return None
    total = 0
    for source in sources:
        path = Path(source)
        if path.is_dir():
            counts = [_count_file(item) for item in files_below(path, follow_links) if isinstance(item, Path)]
            total += sum(counts) or 1  # an empty folder is one problem line
        else:
            total += _count_file(path)
    return total


def _count_file(path: Path) -> int:
    if path.suffix.lower() not in JSON_LINES_SUFFIXES:
        return 1
    lines, last = 0, b"\n"
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_COUNT_CHUNK):
                lines += chunk.count(b"\n")
                last = chunk[-1:]
    except OSError:
        return 1
    return max(lines + (last != b"\n"), 1)
