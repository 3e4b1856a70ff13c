"""Ingest: articles in, from text, HTML and JSON Lines files, folders and stdin.

:func:`read_articles` yields :class:`~newsevents.records.Article` records (or an
:class:`~newsevents.records.InputProblem` for a record it cannot read);
:func:`~newsevents.ingest.dateline.find_dateline` finds the wire dateline that
opens an article; :func:`sample_paths` lists the sample articles that ship with
the package (kept, like all shipped data, by ``knowledge``).  What is accepted:
``docs/input.md``.
"""

from __future__ import annotations

from newsevents.ingest.readers import read_articles
from newsevents.knowledge.samples import sample_paths

__all__ = ["read_articles", "sample_paths"]
