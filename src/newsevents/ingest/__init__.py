"""Ingest: articles in, from text, HTML and JSON Lines files, folders and stdin.

:func:`read_articles` yields :class:`~newsevents.records.Article` records (or an
:class:`~newsevents.records.InputProblem` for a record it cannot read);
:func:`~newsevents.ingest.dateline.find_dateline` finds the wire dateline that
opens an article; :func:`sample_paths` lists the sample articles that ship with
the package.  What is accepted: ``docs/input.md``.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

from newsevents.ingest.readers import read_articles

__all__ = ["read_articles", "sample_paths"]


def sample_paths() -> list[Path]:
    """The bundled sample files (JSON Lines and HTML), in a stable order."""
    folder = resources.files("newsevents").joinpath("samples")
    return sorted(Path(str(entry)) for entry in folder.iterdir() if entry.name.startswith("sample_"))
