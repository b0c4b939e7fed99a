"""Placed events -> the compact payload the map's script draws from.

The payload is columnar with a shared string table: ten thousand events repeat the same
companies, statuses, dates and article titles, and sending each string once is what keeps
the map page small (see bench/bench_map.py). Everything here is plain data; the browser
inserts it with textContent, so article text is never parsed as HTML.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence

from atlas.model import Article, PlacedEvent, Status

STATUS_COLORS: dict[str, str] = {
    Status.OPENED.value: "#1b9e4b",
    Status.ANNOUNCED.value: "#2b6cb0",
    Status.PLANNED.value: "#e08a00",
    Status.EXISTING.value: "#6b6f76",
    Status.CLOSED.value: "#c53030",
}
STATUS_ORDER = [s.value for s in Status]
KEY_PATTERN = re.compile(r"\[([0-9a-f]{10})\]\s*$")


def safe_url(url: str) -> str:
    """Only http(s) links are ever built; anything else becomes no link at all."""
    return url if re.match(r"^https?://[^\s<>\"'`]+$", url or "", re.IGNORECASE) else ""


COLUMNS = ("key", "status", "company", "city", "quote", "article", "place", "date")
Row = tuple  # one event's values, in COLUMNS order (indices into the tables)


def payload_parts(placed: Sequence[PlacedEvent], articles: Mapping[str, Article]
                  ) -> tuple[dict, list[Row | None]]:
    """The shared tables and one row per event (None for an unplaced one).

    Repeated values (strings, places, dates, articles) are stored once in tables and
    referenced by index; tooltips and highlights are derived in the browser. Splitting
    tables from rows lets the app build the tables once per dataset and answer a filter
    change with rows only. The loop is flat on purpose: it runs for every event.
    """
    string_at: dict[str, int] = {}
    strings: list[str] = []

    def text(value: str) -> int:
        at = string_at.get(value)
        if at is None:
            at = string_at[value] = len(strings)
            strings.append(value)
        return at

    article_at: dict[str, int] = {}
    place_at: dict[tuple, int] = {}
    date_at: dict[object, int] = {}
    article_rows: list[list] = []
    place_rows: list[list] = []
    date_rows: list[list] = []
    status_at = {status: i for i, status in enumerate(STATUS_ORDER)}
    rows: list[Row | None] = []
    for p in placed:
        loc = p.location
        if loc is None:
            rows.append(None)
            continue
        e = p.event
        a = article_at.get(e.article_id)
        if a is None:
            art = articles.get(e.article_id)
            a = article_at[e.article_id] = len(article_rows)
            article_rows.append([text(art.title if art else e.article_id),
                                 text(safe_url(art.url) if art else ""),
                                 text(art.source if art else "")])
        place_key = (loc.latitude, loc.longitude, loc.name, loc.country_code)
        where = place_at.get(place_key)
        if where is None:
            where = place_at[place_key] = len(place_rows)
            place_rows.append([round(loc.latitude, 5), round(loc.longitude, 5),
                               text(f"{loc.name}, {loc.country_code}")])
        when = date_at.get(e.date)
        if when is None:
            when = date_at[e.date] = len(date_rows)
            span = e.date.span()
            date_rows.append([text(e.date.label()), span[0].isoformat() if span else None,
                              span[1].isoformat() if span else None])
        rows.append((e.key, status_at[e.status.value], text(e.company), text(e.city),
                     text(e.quote), a, where, when))
    tables = {
        "strings": strings,
        "statuses": STATUS_ORDER,
        "colors": [STATUS_COLORS[s] for s in STATUS_ORDER],
        "articles": article_rows,
        "places": place_rows,
        "dates": date_rows,
    }
    return tables, rows


def payload_columns(rows: Sequence[Row]) -> dict[str, list]:
    """Rows turned into the columns the map script reads."""
    if not rows:
        return {name: [] for name in COLUMNS}
    transposed = zip(*rows, strict=True)
    return {name: list(values) for name, values in zip(COLUMNS, transposed, strict=True)}


def map_payload(placed: Sequence[PlacedEvent], articles: Mapping[str, Article]) -> dict:
    """Tables and columns in one document: one entry per placed event, in order."""
    tables, rows = payload_parts(placed, articles)
    return {**tables, **payload_columns([r for r in rows if r is not None])}


def payload_json(payload: dict) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' from the data appears raw.

    ASCII output: the encoder's fast path (twice as fast at 10k events), and U+2028/2029,
    which some parsers treat as line ends, come out escaped as well.
    """
    text = json.dumps(payload, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def key_from_tooltip(tooltip: str | None) -> str | None:
    """The event key the map appended to a clicked marker's tooltip text, if any."""
    if not tooltip:
        return None
    match = KEY_PATTERN.search(tooltip)
    return match.group(1) if match else None
