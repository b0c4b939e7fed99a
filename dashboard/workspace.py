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
from dashboard.mapdata import payload_columns, payload_json, payload_parts
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
        self._positions = _Lru(cache_size)
        self._charts = _Lru(cache_size)
        self._column_urls = _Lru(cache_size)

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

    def positions(self, view: ViewState) -> list[int]:
        """Where the filtered events sit in the dataset, for cutting per-dataset tables."""
        return self._positions.get(filter_key(view), lambda: [
            self._position[id(p)] for p in self.filtered(view)])

    @cached_property
    def _position(self) -> dict[int, int]:
        return {id(p): i for i, p in enumerate(self.dataset.placed)}

    @cached_property
    def _all_events_frame(self) -> pd.DataFrame:
        return events_frame(self.dataset.placed)

    def table(self, view: ViewState) -> pd.DataFrame:
        """The events table for the view: cut from one table of the whole dataset, by
        filters and period, then marked with the selection."""
        window = view.window
        dated = self.dataset.placed
        rows = [i for i in self.positions(view) if window.contains(dated[i].event.date)]
        table = self._all_events_frame.iloc[rows].reset_index(drop=True)
        if view.selected:
            table[""] = (table["key"] == view.selected).map({True: "●", False: ""})
        return table

    @cached_property
    def _layer_parts(self) -> tuple[dict, list]:
        return payload_parts(self.dataset.placed, self.dataset.articles)

    def _layer_columns(self, view: ViewState) -> dict:
        rows = self._layer_parts[1]
        return payload_columns([rows[i] for i in self.positions(view) if rows[i] is not None])

    @cached_property
    def layer_tables_url(self) -> str:
        """The dataset's shared tables (strings, places, dates, articles), published once."""
        return publish(payload_json(self._layer_parts[0]))

    def layer_rows_url(self, view: ViewState) -> str:
        """This filter set's rows (indices into the tables), published once per set.

        Files under the app's static folder, named by their content: a rerun sends the
        browser two short URLs instead of megabytes of JSON, and a filter change costs
        only the rows. The period is applied in the browser by the same overlap rule.
        """
        return self._column_urls.get(filter_key(view), lambda: publish(
            payload_json(self._layer_columns(view))))

    def chart(self, view: ViewState) -> pd.DataFrame:
        """Offices per company and month, up to the period's end."""
        full = self._charts.get(filter_key(view), lambda: cumulative_frame(
            self.filtered(view), self.months))
        if view.end is None:
            return full
        return full[full["month"] <= view.end].reset_index(drop=True)
