"""The sample articles that ship with the package (``newsevents demo``, the throughput benchmark)."""

from __future__ import annotations

from pathlib import Path

from newsevents.knowledge.files import data_path


def sample_paths() -> list[Path]:
    """The bundled sample files (JSON Lines and HTML), in a stable order, as paths
    the readers of ``ingest`` accept."""
    folder = data_path("samples")
    return sorted(Path(str(entry)) for entry in folder.iterdir() if entry.name.startswith("sample_"))
