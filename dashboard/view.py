"""What the user is looking at, as plain data: filters, period, selection, map view.

The same `ViewState` drives the page, the share link (query parameters) and snapshots,
so a link reproduces exactly what was on screen. Query parameters are user input:
`from_query` validates each one and reports what it had to ignore instead of failing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from urllib.parse import urlencode

from atlas.model import PlacedEvent, Status
from atlas.timeline import Window, in_window, month_end

BASEMAP_CHOICES = ("auto", "offline", "osm")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_KEY = re.compile(r"^[0-9a-f]{10}$")


@dataclass(frozen=True)
class ViewState:
    companies: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    start: date | None = None  # first day of a month
    end: date | None = None  # last day of a month
    selected: str | None = None
    center: tuple[float, float] | None = None
    zoom: int | None = None
    basemap: str = "auto"
    notices: tuple[str, ...] = field(default=(), compare=False)

    @property
    def window(self) -> Window:
        return Window(self.start, self.end)

    def to_query(self) -> dict[str, str]:
        """Only what differs from the defaults, so links stay short."""
        q: dict[str, str] = {}
        if self.companies:
            q["company"] = ",".join(self.companies)
        if self.countries:
            q["country"] = ",".join(self.countries)
        if self.statuses:
            q["status"] = ",".join(self.statuses)
        if self.start:
            q["from"] = f"{self.start:%Y-%m}"
        if self.end:
            q["until"] = f"{self.end:%Y-%m}"
        if self.selected:
            q["event"] = self.selected
        if self.center is not None and self.zoom is not None:
            q["map"] = f"{self.center[0]:.4f},{self.center[1]:.4f},{self.zoom}"
        if self.basemap != "auto":
            q["basemap"] = self.basemap
        return q


def _month(text: str, last_day: bool) -> date:
    match = _MONTH.match(text)
    if not match:
        raise ValueError
    day = date(int(match.group(1)), int(match.group(2)), 1)
    return month_end(day) if last_day else day


def _names(text: str, allowed: Iterable[str] | None) -> tuple[tuple[str, ...], list[str]]:
    values = [v.strip() for v in text.split(",") if v.strip()]
    if allowed is None:
        return tuple(values), []
    allowed_set = set(allowed)
    return (tuple(v for v in values if v in allowed_set),
            [v for v in values if v not in allowed_set])


def from_query(params: Mapping[str, str], *, companies: Iterable[str] | None = None,
               countries: Iterable[str] | None = None) -> ViewState:
    """Read a share link's parameters; anything invalid falls back to its default."""
    notices: list[str] = []
    view = ViewState()

    def get(name: str) -> str:
        value = params.get(name, "")
        return value if isinstance(value, str) else str(value)

    choices = {"company": ("companies", companies), "country": ("countries", countries),
               "status": ("statuses", [s.value for s in Status])}
    for name, (attribute, allowed) in choices.items():
        if get(name):
            kept, dropped = _names(get(name), allowed)
            if dropped:
                notices.append(f"ignored unknown {name} value(s) in the link: "
                               + ", ".join(dropped[:5]))
            view = replace(view, **{attribute: kept})
    for name, attribute, last in (("from", "start", False), ("until", "end", True)):
        if get(name):
            try:
                view = replace(view, **{attribute: _month(get(name), last)})
            except ValueError:
                notices.append(f"ignored '{name}={get(name)[:20]}': expected YYYY-MM")
    if view.start and view.end and view.start > view.end:
        notices.append("ignored the period in the link: it starts after it ends")
        view = replace(view, start=None, end=None)
    if get("event"):
        if _KEY.match(get("event")):
            view = replace(view, selected=get("event"))
        else:
            notices.append("ignored the selected event in the link: not an event id")
    if get("map"):
        try:
            lat, lon, zoom = get("map").split(",")
            center = (float(lat), float(lon))
            level = int(zoom)
            if not (-90 <= center[0] <= 90 and -180 <= center[1] <= 180 and 1 <= level <= 18):
                raise ValueError
            view = replace(view, center=center, zoom=level)
        except ValueError:
            notices.append("ignored the map position in the link: expected lat,lon,zoom")
    if get("basemap"):
        if get("basemap") in BASEMAP_CHOICES:
            view = replace(view, basemap=get("basemap"))
        else:
            notices.append(f"ignored basemap '{get('basemap')[:20]}': use "
                           + ", ".join(BASEMAP_CHOICES))
    return replace(view, notices=tuple(notices))


def filter_events(placed: Sequence[PlacedEvent], view: ViewState) -> list[PlacedEvent]:
    """Company, country and status filters, then the period window (see atlas.timeline)."""
    companies, countries, statuses = set(view.companies), set(view.countries), set(view.statuses)
    if not (companies or countries or statuses):
        return in_window(placed, view.window)
    kept = [
        p for p in placed
        if (not companies or p.event.company in companies)
        and (not countries or event_country(p) in countries)
        and (not statuses or p.event.status.value in statuses)
    ]
    return in_window(kept, view.window)


def event_country(placed: PlacedEvent) -> str:
    """The resolved country when placed, else the row's own hint (upper-cased)."""
    if placed.location is not None:
        return placed.location.country_code
    return placed.event.country.upper()


def share_link(base_url: str, view: ViewState) -> str:
    """The address that reopens `view`: the page's URL plus the view's parameters."""
    query = urlencode(view.to_query(), safe=",")
    return f"{base_url.split('?')[0]}?{query}" if query else base_url.split("?")[0]
