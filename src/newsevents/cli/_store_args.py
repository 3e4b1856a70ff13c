"""Arguments that the store's commands (query, export, dyad) share, checked
into one-line errors."""

from __future__ import annotations

import argparse
import calendar
import functools
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pycountry

from newsevents.cli import UserError
from newsevents.knowledge.actors import load_country_table
from newsevents.ontology import load_ontology

if TYPE_CHECKING:  # the store (and numpy) load when a command opens it, not to build the parser
    from newsevents.store import EventQuery, EventStore

_CODE = re.compile(r"^(?:[A-Z]{3})+$")
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?$")


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        required=True,
        metavar="FILE",
        help="the SQLite event store written by `newsevents code --db`",
    )


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--actor", metavar="CODE", help="actor country (TUR) or country and sector code (TURGOV)")
    parser.add_argument("--recipient", metavar="CODE", help="recipient country or code, as --actor")
    parser.add_argument("--event", metavar="TYPE", help="PLOVER event type (SANCTION) or CAMEO code prefix (163)")
    parser.add_argument("--since", metavar="DATE", help="events on or after this day (YYYY[-MM[-DD]])")
    parser.add_argument("--until", metavar="DATE", help="events on or before this day (YYYY[-MM[-DD]])")
    parser.add_argument(
        "--country-of-place", metavar="CODE", help="events located in this country (ISO alpha-3, e.g. SYR)"
    )


def open_store(path: Path) -> EventStore:
    from newsevents.store import EventStore, StoreError

    try:
        return EventStore(path, create=False)
    except StoreError as error:
        raise UserError(f"event store {path}: {error}") from None


def store_command(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """A command's ``run`` whose store problems found while reading (a damaged
    page, a bad row) end it with one line naming the store."""

    @functools.wraps(run)
    def run_reporting_store_errors(args: argparse.Namespace) -> int:
        from newsevents.store import StoreError

        try:
            return run(args)
        except StoreError as error:
            raise UserError(f"event store {args.db}: {error}") from None

    return run_reporting_store_errors


def country_code(text: str, option: str, store: EventStore, *, with_sector: bool = True) -> str:
    """A country code (TUR), or with ``with_sector`` a country+sector code (TURGOV)."""
    code = text.strip().upper()
    problem = _code_problem(code, store, with_sector)
    if problem is None:
        return code
    named = _named_country(text)
    if named is not None:
        raise UserError(f"{option} {text!r}: a country's name, not a code: give {named}")
    raise UserError(f"{option} {text!r}: {problem}")


def _code_problem(code: str, store: EventStore, with_sector: bool) -> str | None:
    if not _CODE.match(code) or (not with_sector and len(code) != 3):
        form = "a code like TUR or TURGOV" if with_sector else "an ISO alpha-3 code like SYR"
        return f"not a country code (give {form})"
    country = code[:3]
    if pycountry.countries.get(alpha_3=country) is None and country not in store.known_countries():
        return f"unknown country code {country} (neither ISO 3166 alpha-3 nor any country in the store)"
    sectors = [code[i : i + 3] for i in range(3, len(code), 3)]
    unknown = [sector for sector in sectors if sector not in store.known_sectors()]
    if unknown:  # "TURKEY" reads as TUR + KEY
        return (
            f"not an actor code: it would be country {country} with sector {unknown[0]}, and no actor in"
            f" the store has sector {unknown[0]} (for all of {country}'s actors give {country})"
        )
    return None


def _named_country(text: str) -> str | None:
    """The ISO alpha-3 code of the country ``text`` names (Russia: RUS), if any."""
    name = text.strip()
    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        pass
    # the names news use that ISO lacks (Turkey, Britain), from the coder's own country table
    for code, forms in load_country_table().countries.items():
        if name.casefold() in (n.casefold() for n in forms.names):
            return code
    try:
        country = pycountry.countries.search_fuzzy(name)[0]
    except LookupError:
        return None
    names = (getattr(country, field, None) or "" for field in ("name", "common_name", "official_name"))
    # only a name that starts so ("Syria": Syrian Arab Republic), not a hit on another of its words
    return country.alpha_3 if any(full.lower().startswith(name.lower()) for full in names) else None


def day_bound(text: str, option: str, *, end: bool) -> str:
    """An ISO date; a year or month means its first day, or with ``end`` its last."""
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    match = _PARTIAL_DATE.match(text.strip())
    try:
        if not match:
            raise ValueError(text)
        year, month = int(match.group(1)), int(match.group(2)) if match.group(2) else None
        if not end:
            return date(year, 1 if month is None else month, 1).isoformat()
        last_month = 12 if month is None else month
        return date(year, last_month, calendar.monthrange(year, last_month)[1]).isoformat()
    except ValueError:  # no date at all, month 13, year 0
        raise UserError(f"{option} {text!r}: not a date (give YYYY-MM-DD, YYYY-MM or YYYY, from year 1)") from None


def event_type(text: str) -> str:
    ontology = load_ontology()
    if text.isdigit():
        if not any(code.startswith(text) for code in ontology.cameo_codes):
            raise UserError(f"--event {text!r}: no CAMEO code starts with it")
        return text
    plover_type = text.strip().upper()
    if plover_type not in ontology.plover_types:
        raise UserError(f"--event {text!r}: not a PLOVER event type (one of {', '.join(ontology.plover_types)})")
    return plover_type


def event_query(args: argparse.Namespace, store: EventStore) -> EventQuery:
    from newsevents.store import EventQuery

    since = day_bound(args.since, "--since", end=False) if args.since else None
    until = day_bound(args.until, "--until", end=True) if args.until else None
    if since and until and since > until:
        raise UserError(f"--since {args.since} is after --until {args.until}")
    return EventQuery(
        actor=country_code(args.actor, "--actor", store) if args.actor else None,
        recipient=country_code(args.recipient, "--recipient", store) if args.recipient else None,
        event=event_type(args.event) if args.event else None,
        since=since,
        until=until,
        place_country=(
            country_code(args.country_of_place, "--country-of-place", store, with_sector=False)
            if args.country_of_place
            else None
        ),
    )
