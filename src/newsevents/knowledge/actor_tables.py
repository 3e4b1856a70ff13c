"""Reading actor tables: the built-in CSV tables and the user's ``--actors`` files.

A user's table is the project's YAML or CSV format (docs/actors.md) or a
PETRARCH/TABARI dictionary (:mod:`newsevents.knowledge.petrarch`).  It is the
user's file, so anything wrong with it is an :class:`ActorTableError` whose one
line names the file and the entry or line: not UTF-8, not YAML, a field too
long for CSV, a date that is no date, ``roles`` that is not a list.  YAML
aliases are refused: a few hundred bytes of nested aliases ("billion laughs")
expand to gigabytes, and a table has no use for them.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

import yaml

from newsevents.knowledge import petrarch
from newsevents.knowledge.actors import (
    ActorTableError,
    Role,
    RoleWord,
    TableEntry,
    make_entry,
)
from newsevents.knowledge.files import open_data_text

DATE_FORMS = "YYYY-MM-DD, YYYY-MM or YYYY"


class _UserTableLoader(yaml.SafeLoader):
    """Safe YAML without aliases; dates and booleans as in YAML 1.2 word lists.

    Dates stay strings, so a bad one ("2020-13-01") is reported by
    :func:`parse_date` with its entry; only true/false are booleans, as in
    ``knowledge.files.load_yaml`` ("no" is a word).  The pure-Python loader is
    used because the C one cannot be stopped at an alias.
    """

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            raise yaml.YAMLError(f"line {mark.line + 1}: YAML aliases (*name) are not allowed in an actor table")
        return super().compose_node(parent, index)


_DROPPED_TAGS = ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")
_UserTableLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in _DROPPED_TAGS]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_UserTableLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def parse_date(value: object, where: str) -> date | None:
    """A table date: ISO ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; empty means open."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        if re.fullmatch(r"\d{4}", text):
            return date(int(text), 1, 1)
        if re.fullmatch(r"\d{4}-\d{2}", text):
            return date(int(text[:4]), int(text[5:]), 1)
        return date.fromisoformat(text)
    except ValueError:
        raise ActorTableError(f"{where}: {text!r} is not a date ({DATE_FORMS})") from None


def read_user_text(path: Path) -> str:
    """A user's table as text; not UTF-8 is an error naming the line."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ActorTableError(f"{path}: cannot read the actor table ({error.strerror})") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ActorTableError(f"{path}:{line}: not UTF-8 text (byte {error.start}); save the table as UTF-8") from None


def read_user_table(path: Path) -> tuple[list[TableEntry], list[RoleWord]]:
    """(named entries, role words) from one user table, chosen by its suffix."""
    if not path.is_file():
        raise ActorTableError(f"{path}: no such actor table")
    suffix, stem = path.suffix.lower(), path.stem.lower()
    # PETRARCH ships its dictionaries as .txt files named "..._actors_..." / "..._agents_..."
    if suffix == ".actors" or (suffix == ".txt" and "actors" in stem):
        return petrarch.read_actors(path), []
    if suffix == ".agents" or (suffix == ".txt" and "agents" in stem):
        return petrarch.read_agents(path)
    if suffix in (".yaml", ".yml"):
        return _yaml_entries(read_user_text(path), str(path), "group"), []
    if suffix == ".csv":
        return _csv_entries(io.StringIO(read_user_text(path), newline=""), str(path), "group"), []
    raise ActorTableError(f"{path}: unknown actor table type {suffix!r} (use .yaml, .csv, .actors or .agents)")


@lru_cache(maxsize=1)
def builtin_entries() -> tuple[TableEntry, ...]:
    """The organisations and people of the built-in tables."""
    loaded = []
    for name, kind in (("organizations.csv", "group"), ("people.csv", "person")):
        with open_data_text("actors", name) as handle:
            loaded += _csv_entries(handle, f"knowledge/data/actors/{name}", kind)
    return tuple(loaded)


def _split_aliases(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(alias).strip() for alias in value if str(alias).strip()]
    return [alias.strip() for alias in str(value).split(";") if alias.strip()]


def _code(value: object) -> str | None:
    text = str(value or "").strip().upper()
    return text or None


def _kind(value: object, default_kind: str, where: str) -> str:
    kind = value or default_kind
    if kind not in ("person", "group"):
        raise ActorTableError(f"{where}: kind must be 'person' or 'group', not {kind!r}")
    return str(kind)


def _csv_entries(handle: IO[str], name: str, default_kind: str) -> list[TableEntry]:
    """One row per role; rows with the same name (and kind) make one entry."""
    # (name, kind) -> aliases, undated country and sector, roles; frozen at the end
    drafts: dict[tuple[str, str], tuple[list[str], list[str | None], list[Role]]] = {}
    rows = csv.DictReader(line for line in handle if not line.startswith("#"))
    number = 1
    try:
        if rows.fieldnames is None or "name" not in rows.fieldnames:
            raise ActorTableError(f"{name}: a CSV actor table needs a header with at least a 'name' column")
        for number, row in enumerate(rows, start=2):
            where = f"{name}:{number}"
            entry_name = (row.get("name") or "").strip()
            if not entry_name:
                raise ActorTableError(f"{where}: empty name")
            kind = _kind((row.get("kind") or "").strip(), default_kind, where)
            aliases, undated, roles = drafts.setdefault((entry_name, kind), ([], [None, None], []))
            aliases.extend(_split_aliases(row.get("aliases")))
            country, sector = _code(row.get("country")), _code(row.get("sector"))
            start, end = parse_date(row.get("start"), where), parse_date(row.get("end"), where)
            if start is None and end is None:
                undated[0] = undated[0] or country
                undated[1] = undated[1] or sector
            else:
                roles.append(Role(country=country, sector=sector, start=start, end=end))
    except csv.Error as error:
        raise ActorTableError(f"{name}:{number + 1}: not readable as CSV ({error})") from None
    return [
        (make_entry(entry_name, kind, aliases, undated[0], undated[1], roles), tuple(aliases))
        for (entry_name, kind), (aliases, undated, roles) in drafts.items()
    ]


def _yaml_entries(text: str, name: str, default_kind: str) -> list[TableEntry]:
    try:
        items = yaml.load(text, Loader=_UserTableLoader) or []  # noqa: S506 - a safe loader subclass
    except yaml.YAMLError as error:
        raise ActorTableError(f"{name}: not valid YAML ({' '.join(str(error).split())})") from None
    if not isinstance(items, list):
        raise ActorTableError(f"{name}: a YAML actor table is a list of entries")
    result = []
    for number, item in enumerate(items, start=1):
        where = f"{name}: entry {number}"
        if not isinstance(item, dict) or not item.get("name"):
            raise ActorTableError(f"{where}: each entry needs a 'name'")
        kind = _kind(item.get("kind"), default_kind, where)
        listed = item.get("roles") or []
        if not isinstance(listed, list):
            raise ActorTableError(f"{where}: 'roles' is a list of mappings with country/sector/start/end")
        roles = []
        for role in listed:
            if not isinstance(role, dict):
                raise ActorTableError(f"{where}: each role is a mapping with sector/start/end")
            roles.append(
                Role(
                    country=_code(role.get("country")),
                    sector=_code(role.get("sector")),
                    start=parse_date(role.get("start"), where),
                    end=parse_date(role.get("end"), where),
                )
            )
        aliases = _split_aliases(item.get("aliases"))
        entry = make_entry(
            str(item["name"]), kind, aliases, _code(item.get("country")), _code(item.get("sector")), roles
        )
        result.append((entry, tuple(aliases)))
    return result
