"""A dataset plus what the page's reruns reuse, computed once per dataset or filter set.

A rerun after a click or a window move must stay well under 150 ms at 10,000 events, so
everything that depends only on the data (months, lookups) or on the company / country /
status filters (the map layer, the chart's counts) is memoised here. Plain Python: the
app keeps one Workspace per dataset in Streamlit's resource cache, the benchmark and the
tests call it directly.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Callable
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TypeVar

import pandas as pd

from atlas.dataset import Dataset
from atlas.model import PlacedEvent
from atlas.timeline import date_extent, in_window, month_steps
from dashboard.assets import STATIC_DIR
from dashboard.maps import layer_payload
from dashboard.tables import cumulative_frame, events_frame
from dashboard.view import ViewState, event_country, filter_events

T = TypeVar("T")
FilterKey = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
LEAD_IN_MONTHS = 6
PAYLOAD_DIR = STATIC_DIR / "layers"
PAYLOAD_URL = "/app/static/layers"


class _Lru:
    """A small thread-safe LRU: Streamlit serves sessions from several threads."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.items: OrderedDict = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key, make: Callable[[], T]) -> T:
        with self.lock:
            if key in self.items:
                self.items.move_to_end(key)
                return self.items[key]
        value = make()
        with self.lock:
            self.items[key] = value
            while len(self.items) > self.size:
                self.items.popitem(last=False)
        return value


def publish(payload: str, folder: Path = PAYLOAD_DIR, keep: int = 200) -> str:
    """Write a layer payload as a static file named by its hash; return its URL.

    Content-addressed, so sessions share files and a file never changes once written;
    the oldest files beyond `keep` are removed.
    """
    name = hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32] + ".json"
    target = folder / name
    if not target.exists():
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(payload)
        os.replace(tmp, target)
        files = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime)
        for old in files[:-keep]:
            old.unlink(missing_ok=True)
    return f"{PAYLOAD_URL}/{name}"


def filter_key(view: ViewState) -> FilterKey:
    return (view.companies, view.countries, view.statuses)


class Workspace:
    """Memoised views of one dataset; see the module docstring for why."""

    def __init__(self, dataset: Dataset, cache_size: int = 16) -> None:
        self.dataset = dataset
        self._filtered = _Lru(cache_size)
        self._payloads = _Lru(cache_size)
        self._charts = _Lru(cache_size)
        self._tables = _Lru(cache_size)
        self._urls = _Lru(cache_size)

    @cached_property
    def months(self) -> list[date]:
        """Month ends the period slider offers: six months of lead-in, then the data."""
        extent = date_extent(self.dataset.events)
        if extent is None:
            today = date.today()
            return month_steps(date(today.year, 1, 1), today)
        first = extent[0]
        back = first.month - 1 - LEAD_IN_MONTHS
        lead_in = date(first.year + back // 12, back % 12 + 1, 1)
        return month_steps(lead_in, extent[1])

    @cached_property
    def companies(self) -> list[str]:
        return sorted({e.company for e in self.dataset.events})

    @cached_property
    def countries(self) -> list[str]:
        return sorted({c for c in map(event_country, self.dataset.placed) if c})

    @cached_property
    def by_key(self) -> dict[str, PlacedEvent]:
        return {p.event.key: p for p in self.dataset.placed}

    def filtered(self, view: ViewState) -> list[PlacedEvent]:
        """Events passing company, country and status filters (any period)."""
        key = filter_key(view)
        return self._filtered.get(key, lambda: filter_events(
            self.dataset.placed, ViewState(companies=key[0], countries=key[1],
                                           statuses=key[2])))

    def shown(self, view: ViewState) -> list[PlacedEvent]:
        """Events passing every filter, the period included: the table and the caption."""
        return in_window(self.filtered(view), view.window)

    def payload(self, view: ViewState) -> str:
        """The map layer's data; the period is applied in the browser by the same rule."""
        return self._payloads.get(filter_key(view), lambda: layer_payload(
            self.filtered(view), self.dataset.articles))

    def table(self, view: ViewState) -> pd.DataFrame:
        """The events table for the view: built once per filter set, then cut to the
        period and marked with the selection."""
        filtered = self.filtered(view)
        full = self._tables.get(filter_key(view), lambda: events_frame(filtered))
        window = view.window
        rows = [i for i, p in enumerate(filtered) if window.contains(p.event.date)]
        table = full.iloc[rows].reset_index(drop=True)
        if view.selected:
            table[""] = (table["key"] == view.selected).map({True: "●", False: ""})
        return table

    def payload_url(self, view: ViewState) -> str:
        """Where the browser fetches the map layer's data for this filter set.

        The data is written once under the app's static folder, named by its content, so
        reruns send the browser a short URL instead of megabytes of JSON.
        """
        return self._urls.get(filter_key(view), lambda: publish(self.payload(view)))

    def chart(self, view: ViewState) -> pd.DataFrame:
        """Offices per company and month, up to the period's end."""
        full = self._charts.get(filter_key(view), lambda: cumulative_frame(
            self.filtered(view), self.months))
        if view.end is None:
            return full
        return full[full["month"] <= view.end].reset_index(drop=True)
