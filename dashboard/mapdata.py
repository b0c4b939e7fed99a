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
from dataclasses import dataclass

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


@dataclass
class _Strings:
    index: dict[str, int]
    items: list[str]

    def add(self, text: str) -> int:
        at = self.index.get(text)
        if at is None:
            at = self.index[text] = len(self.items)
            self.items.append(text)
        return at


def map_payload(placed: Sequence[PlacedEvent], articles: Mapping[str, Article]) -> dict:
    """The columns the map script reads: one entry per placed event, in the given order.

    Repeated values (strings, places, dates, articles) are stored once in tables and
    referenced by index; tooltips and highlights are derived in the browser.
    """
    strings = _Strings({}, [])
    tables: dict[str, dict] = {"article": {}, "place": {}, "date": {}}
    rows: dict[str, list] = {"article": [], "place": [], "date": []}
    cols: dict[str, list] = {k: [] for k in (
        "key", "status", "company", "city", "quote", "article", "place", "date")}

    def index(table: str, key: object, make) -> int:
        at = tables[table].get(key)
        if at is None:
            at = tables[table][key] = len(rows[table])
            rows[table].append(make())
        return at

    for p in placed:
        if p.location is None:
            continue
        e, loc = p.event, p.location

        def article_row(e=e) -> list:
            art = articles.get(e.article_id)
            return [strings.add(art.title if art else e.article_id),
                    strings.add(safe_url(art.url) if art else ""),
                    strings.add(art.source if art else "")]

        def date_row(e=e) -> list:
            span = e.date.span()
            return [strings.add(e.date.label()), span[0].isoformat() if span else None,
                    span[1].isoformat() if span else None]

        cols["key"].append(e.key)
        cols["status"].append(STATUS_ORDER.index(e.status.value))
        cols["company"].append(strings.add(e.company))
        cols["city"].append(strings.add(e.city))
        cols["quote"].append(strings.add(e.quote))
        cols["article"].append(index("article", e.article_id, article_row))
        cols["place"].append(index(
            "place", (loc.latitude, loc.longitude, loc.name, loc.country_code),
            lambda loc=loc: [round(loc.latitude, 5), round(loc.longitude, 5),
                             strings.add(f"{loc.name}, {loc.country_code}")]))
        cols["date"].append(index("date", e.date, date_row))
    return {
        "strings": strings.items,
        "statuses": STATUS_ORDER,
        "colors": [STATUS_COLORS[s] for s in STATUS_ORDER],
        "articles": rows["article"],
        "places": rows["place"],
        "dates": rows["date"],
        **cols,
    }


def payload_json(payload: dict) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' from the data appears raw."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def key_from_tooltip(tooltip: str | None) -> str | None:
    """The event key the map appended to a clicked marker's tooltip text, if any."""
    if not tooltip:
        return None
    match = KEY_PATTERN.search(tooltip)
    return match.group(1) if match else None
