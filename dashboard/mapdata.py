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


def highlight_span(quote: str, *names: str) -> tuple[int, int] | None:
    """Where the city first appears in the quote (case-insensitive), to mark it."""
    folded = quote.casefold()
    for name in names:
        name = name.strip()
        if not name:
            continue
        at = folded.find(name.casefold())
        if at >= 0:
            return at, at + len(name)
    return None


def safe_url(url: str) -> str:
    """Only http(s) links are ever built; anything else becomes no link at all."""
    return url if re.match(r"^https?://[^\s<>\"'`]+$", url or "", re.IGNORECASE) else ""


def tooltip_label(placed: PlacedEvent) -> str:
    """The tooltip text a person reads; the browser appends the hidden event key to it."""
    e = placed.event
    return f"{e.city} · {e.company} · {e.date.label()} · {e.status.value}"


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
    """The columns the map script reads: one entry per placed event, in the given order."""
    strings = _Strings({}, [])
    cols: dict[str, list] = {k: [] for k in (
        "key", "lat", "lon", "status", "company", "city", "place", "date", "start", "end",
        "quote", "hl", "article", "tip")}
    article_rows: dict[str, int] = {}
    article_list: list[list] = []
    for p in placed:
        if p.location is None:
            continue
        e = p.event
        if e.article_id not in article_rows:
            art = articles.get(e.article_id)
            article_rows[e.article_id] = len(article_list)
            article_list.append([
                strings.add(art.title if art else e.article_id),
                strings.add(safe_url(art.url) if art else ""),
                strings.add(art.source if art else ""),
            ])
        span = e.date.span()
        cols["key"].append(e.key)
        cols["lat"].append(round(p.location.latitude, 5))
        cols["lon"].append(round(p.location.longitude, 5))
        cols["status"].append(STATUS_ORDER.index(e.status.value))
        cols["company"].append(strings.add(e.company))
        cols["city"].append(strings.add(e.city))
        cols["place"].append(strings.add(f"{p.location.name}, {p.location.country_code}"))
        cols["date"].append(strings.add(e.date.label()))
        cols["start"].append(span[0].isoformat() if span else None)
        cols["end"].append(span[1].isoformat() if span else None)
        cols["quote"].append(strings.add(e.quote))
        cols["hl"].append(highlight_span(e.quote, e.city, p.location.name))
        cols["article"].append(article_rows[e.article_id])
        cols["tip"].append(strings.add(tooltip_label(p)))
    return {
        "strings": strings.items,
        "statuses": STATUS_ORDER,
        "colors": [STATUS_COLORS[s] for s in STATUS_ORDER],
        "articles": article_list,
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
