"""Commands that do not code start without the parser and the numeric libraries:
`newsevents --help` and the store's commands answer at once (issue 15)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from newsevents.store import EventStore
from synthetic_records import coded, record

HEAVY = ("spacy", "pyarrow", "numpy", "pandas", "matplotlib", "dask", "trafilatura")


def _loaded_after(code: str) -> list[str]:
    """The heavy modules a fresh interpreter holds after running ``code``."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def test_building_the_command_line_and_every_commands_help_loads_no_heavy_module():
    code = (
        "from newsevents.cli import build_parser\n"
        "parser = build_parser()\n"
        "parser.format_help()\n"
        "for action in parser._subparsers._group_actions:\n"
        "    for sub in action.choices.values():\n"
        "        sub.format_help()\n"
    )
    assert _loaded_after(code) == []


def test_query_and_export_load_neither_the_parser_nor_pyarrow(tmp_path: Path):
    db = tmp_path / "events.sqlite"
    with EventStore(db) as store:
        store.add(coded("a1", record("a1")))
    out = tmp_path / "events.jsonl"
    code = (
        "import contextlib, io\n"
        "from newsevents.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    assert main(['query', '--db', {str(db)!r}, '--actor', 'USA']) == 0\n"
        f"assert main(['export', '--db', {str(db)!r}, '--format', 'plover-jsonl', '--out', {str(out)!r}]) == 0\n"
    )
    loaded = _loaded_after(code)
    assert "spacy" not in loaded and "pyarrow" not in loaded and "trafilatura" not in loaded
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


def test_reading_text_and_json_lines_leaves_the_html_extractor_unloaded(tmp_path: Path):
    (tmp_path / "story.txt").write_text("Troops shelled the border town on Monday.\n", encoding="utf-8")
    (tmp_path / "stories.jsonl").write_text(
        json.dumps({"id": "s1", "text": "Protesters marched in the capital.", "published": "2021-09-30"}) + "\n",
        encoding="utf-8",
    )
    code = (
        "from newsevents.ingest import read_articles\n"
        f"read = list(read_articles([{str(tmp_path / 'story.txt')!r}, {str(tmp_path / 'stories.jsonl')!r}]))\n"
        "assert [type(item).__name__ for item in read] == ['Article', 'Article'], read\n"
    )
    assert "trafilatura" not in _loaded_after(code)
