"""Tables and chart data for the page, as pandas frames built from placed events."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from datetime import date

import pandas as pd

from atlas.evidence import excerpt
from atlas.model import Article, PlacedEvent
from atlas.timeline import cumulative_offices
from dashboard.mapdata import safe_url

EVENT_COLUMNS = ["", "company", "city", "place", "country", "date", "status", "kind",
                 "article", "check", "key"]


def events_frame(placed: Sequence[PlacedEvent], selected: str | None = None) -> pd.DataFrame:
    """One row per event, in the order given; the first column marks the selection."""
    cols: dict[str, list] = {c: [] for c in EVENT_COLUMNS}
    for p in placed:
        e, loc = p.event, p.location
        cols[""].append("●" if e.key == selected else "")
        cols["company"].append(e.company)
        cols["city"].append(e.city)
        cols["place"].append(loc.name if loc else "(unplaced)")
        cols["country"].append(loc.country_code if loc else e.country.upper())
        cols["date"].append(e.date.label())
        cols["status"].append(e.status.value)
        cols["kind"].append(e.site_kind.value)
        cols["article"].append(e.article_id)
        cols["check"].append(placement_check(p))
        cols["key"].append(e.key)
    return pd.DataFrame(cols, columns=EVENT_COLUMNS)


def placement_check(placed: PlacedEvent) -> str:
    """What a person should verify about where an event was put, or '' when nothing."""
    loc = placed.location
    if loc is None:
        return "unplaced"
    notes = []
    if loc.ambiguous:
        notes.append(f"ambiguous name (confidence {loc.confidence:.2f}); add a country")
    if loc.note:
        notes.append(loc.note)
    return "; ".join(notes)


def unplaced_frame(placed: Sequence[PlacedEvent]) -> pd.DataFrame:
    rows = [{"city": p.event.city, "country hint": p.event.country, "company": p.event.company,
             "date": p.event.date.label(), "status": p.event.status.value,
             "article": p.event.article_id, "row": p.event.row, "reason": p.unplaced_reason}
            for p in placed if not p.placed]
    return pd.DataFrame(rows, columns=["city", "country hint", "company", "date", "status",
                                       "article", "row", "reason"])


def cumulative_frame(placed: Sequence[PlacedEvent], steps: Sequence[date]) -> pd.DataFrame:
    points = cumulative_offices(placed, steps)
    return pd.DataFrame({"month": [p.day for p in points],
                         "company": [p.company for p in points],
                         "offices": [p.offices for p in points]},
                        columns=["month", "company", "offices"])


def evidence_html(placed: PlacedEvent, articles: Mapping[str, Article]) -> str:
    """The side panel: article metadata and the quote's paragraph, every text escaped."""
    e = placed.event
    article = articles.get(e.article_id)
    esc = html.escape
    parts = [f"<div class='atlas-panel'><h4 style='margin:0 0 4px 0'>{esc(e.city)} — "
             f"{esc(e.company)}</h4>",
             f"<div style='color:#4a5563'>{esc(e.status.value)} · {esc(e.date.label())} · "
             f"{esc(e.site_kind.value)}"
             + (f" · {esc(placed.location.name)}, {esc(placed.location.country_code)}"
                if placed.location else " · unplaced") + "</div>"]
    if article is None:
        parts.append(f"<p>Article '{esc(e.article_id)}' is not loaded.</p></div>")
        return "".join(parts)
    ex = excerpt(article, e.quote)
    parts.append(
        "<blockquote style='border-left:3px solid #9aa5b1;margin:8px 0;padding:4px 10px;"
        "background:#f6f7f9'>"
        f"{esc(ex.before)} <mark style='background:#ffe58a'>{esc(ex.quote)}</mark> "
        f"{esc(ex.after)}</blockquote>")
    title = esc(article.title)
    url = safe_url(article.url)
    if url:
        title = (f"<a href='{esc(url, quote=True)}' target='_blank' "
                 f"rel='noopener noreferrer'>{title}</a>")
    meta = [f"<b>{title}</b>"]
    if article.source:
        meta.append(f"source: {esc(article.source)}")
    meta.append(f"published: {esc(article.published.label())}")
    if article.language:
        meta.append(f"language: {esc(article.language)}")
    parts.append("<div>" + " · ".join(meta) + "</div>")
    if e.note:
        parts.append(f"<div style='color:#4a5563;margin-top:4px'>Note: {esc(e.note)}</div>")
    parts.append("</div>")
    return "".join(parts)
