"""Period windows over partial dates, defined once for the map, chart, snapshot and links.

The rule: an event is in a window when the span its date may mean *overlaps* the
window. An event dated `2025` is therefore visible in any window that touches 2025, and
enters a month-by-month replay in January 2025, the first month it may have happened.
It never vanishes because a window edge falls inside its span, and it never jumps to an
arbitrary day. Undated events have no span: they are in every window and are counted
apart, so that a window never hides them silently.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from atlas.dates import PartialDate
from atlas.model import Event, PlacedEvent, Status


@dataclass(frozen=True)
class Window:
    """A closed period [start, end]; either side may be open (None)."""

    start: date | None = None
    end: date | None = None

    def __post_init__(self) -> None:
        if self.start and self.end and self.start > self.end:
            raise ValueError(f"window starts ({self.start}) after it ends ({self.end})")

    def contains(self, when: PartialDate) -> bool:
        span = when.span()
        if span is None:
            return True
        first, last = span
        if self.start is not None and last < self.start:
            return False
        return not (self.end is not None and first > self.end)


def in_window(events: Iterable[PlacedEvent], window: Window) -> list[PlacedEvent]:
    return [p for p in events if window.contains(p.event.date)]


def date_extent(events: Iterable[Event]) -> tuple[date, date] | None:
    """Earliest and latest day the events' dates may mean; None when none is dated."""
    spans = [s for s in (e.date.span() for e in events) if s is not None]
    if not spans:
        return None
    return min(s[0] for s in spans), max(s[1] for s in spans)


def month_end(day: date) -> date:
    return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])


def month_steps(start: date, end: date) -> list[date]:
    """Last day of each month from start's month to end's month: the Play control's frames."""
    steps = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        steps.append(date(year, month, calendar.monthrange(year, month)[1]))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return steps


# A site counts as an office from the first event that says it exists in any form.
_COUNTS_AS_OFFICE = {Status.ANNOUNCED, Status.OPENED, Status.EXISTING}


@dataclass(frozen=True)
class CountPoint:
    company: str
    day: date
    offices: int


def cumulative_offices(events: Sequence[PlacedEvent], steps: Sequence[date]
                       ) -> list[CountPoint]:
    """Offices per company at each step, by the same overlap rule as the map.

    A site (company + place) counts from the first step whose window [-inf, step] shows
    an announced/opened/existing event for it, and stops counting once a `closed` event
    for it is shown. Planned sites are not offices yet. Undated events count from the
    first step, as they are shown in every window.
    """
    firsts: dict[tuple[str, str], date] = {}
    closes: dict[tuple[str, str], date] = {}
    for placed in events:
        event = placed.event
        site = (event.company, _site_id(placed))
        span = event.date.span()
        first = span[0] if span else date.min
        if event.status in _COUNTS_AS_OFFICE:
            firsts[site] = min(first, firsts.get(site, date.max))
        elif event.status is Status.CLOSED:
            closes[site] = min(first, closes.get(site, date.max))
    changes: dict[str, list[tuple[date, int]]] = {}
    for site, first in firsts.items():
        changes.setdefault(site[0], []).append((first, 1))
        if site in closes:
            changes[site[0]].append((max(first, closes[site]), -1))
    points = []
    for company in sorted(changes):
        deltas = sorted(changes[company])
        count, i = 0, 0
        for step in steps:
            while i < len(deltas) and deltas[i][0] <= step:
                count += deltas[i][1]
                i += 1
            points.append(CountPoint(company, step, count))
    return points


def _site_id(placed: PlacedEvent) -> str:
    if placed.location is not None and placed.location.geonameid is not None:
        return f"geonames:{placed.location.geonameid}"
    return placed.event.city.casefold()


def play_frames(start: date, end: date, first_event: date | None) -> list[tuple[date, date]]:
    """The windows a replay shows: from `start`, growing one month at a time up to `end`.

    Months before the first event would show an empty map, so the replay begins with the
    month of the earliest event (or `start`, when that is later).
    """
    begin = max(start, first_event) if first_event else start
    if begin > end:
        return [(start, end)]
    return [(start, step) for step in month_steps(begin, end)]
