"""How a pair of countries' relations move: events per period by quad class,
and their mean Goldstein score."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

QUAD_CLASS_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
PERIODS = ("month", "week")


@dataclass(frozen=True)
class DyadPeriod:
    """The events from one actor country to one recipient country in one period."""

    period: str  # "2021-09" by month, "2021-W39" (ISO week) by week
    counts: tuple[int, int, int, int]  # events in quad classes 1..4
    mean_goldstein: float | None  # None when the period has no event

    @property
    def total(self) -> int:
        return sum(self.counts)


def _start(day_text: str, by: str) -> date | None:
    """The first day of the period a date falls in; None when the date is too vague."""
    try:
        if by == "month":
            return date.fromisoformat(day_text[:7] + "-01") if len(day_text) >= 7 else None
        day = date.fromisoformat(day_text[:10])
    except ValueError:
        return None
    return day - timedelta(days=day.weekday())


def _label(start: date, by: str) -> str:
    if by == "month":
        return start.strftime("%Y-%m")
    year, week, _ = start.isocalendar()
    return f"{year}-W{week:02d}"


def _next(start: date, by: str) -> date:
    if by == "week":
        return start + timedelta(days=7)
    return date(start.year + start.month // 12, start.month % 12 + 1, 1)


def dyad_series(rows: Iterable[tuple[str, int, float]], by: str = "month") -> list[DyadPeriod]:
    """Aggregate (date, quad class, Goldstein) rows into consecutive periods,
    from the first event's to the last's, empty periods included.

    Events dated less precisely than the period (a year, or a month when counting
    by week) are left out: they belong to no single period.
    """
    if by not in PERIODS:
        raise ValueError(f"unknown period {by!r} (one of {', '.join(PERIODS)})")
    buckets: dict[date, list[tuple[int, float]]] = {}
    for day_text, quad_class, goldstein in rows:
        start = _start(day_text, by)
        if start is not None:
            buckets.setdefault(start, []).append((quad_class, goldstein))
    if not buckets:
        return []
    series = []
    start, last = min(buckets), max(buckets)
    while start <= last:
        events = buckets.get(start, [])
        quads = [quad for quad, _ in events]
        counts = (quads.count(1), quads.count(2), quads.count(3), quads.count(4))
        scores = [score for _, score in events if score is not None]
        mean = sum(scores) / len(scores) if scores else None
        series.append(DyadPeriod(_label(start, by), counts, mean))
        start = _next(start, by)
    return series
