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


def map_payload(placed: Sequence[PlacedEvent], articles: Mapping[str, Article]) -> dict:
    """The columns the map script reads: one entry per placed event, in the given order.

    Repeated values (strings, places, dates, articles) are stored once in tables and
    referenced by index; tooltips and highlights are derived in the browser. The loop is
    written flat on purpose: it runs for every event on every filter change.
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
    cols: dict[str, list] = {k: [] for k in (
        "key", "status", "company", "city", "quote", "article", "place", "date")}
    keys, statuses, companies, cities = cols["key"], cols["status"], cols["company"], cols["city"]
    quotes, article_col, place_col, date_col = (cols["quote"], cols["article"], cols["place"],
                                                cols["date"])
    for p in placed:
        loc = p.location
        if loc is None:
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
        keys.append(e.key)
        statuses.append(status_at[e.status.value])
        companies.append(text(e.company))
        cities.append(text(e.city))
        quotes.append(text(e.quote))
        article_col.append(a)
        place_col.append(where)
        date_col.append(when)
    return {
        "strings": strings,
        "statuses": STATUS_ORDER,
        "colors": [STATUS_COLORS[s] for s in STATUS_ORDER],
        "articles": article_rows,
        "places": place_rows,
        "dates": date_rows,
        **cols,
    }


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
