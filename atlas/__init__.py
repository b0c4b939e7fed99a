"""Expansion Atlas domain package: articles, events, validation and timeline logic.

Nothing here imports Streamlit or folium; `geo` is the only lower layer.
"""

from atlas.articles import load_articles, parse_article, read_articles
from atlas.dates import PartialDate, Precision
from atlas.errors import AtlasError, InputError, Problem
from atlas.events import load_events, parse_events_csv, read_events
from atlas.model import Article, Event, Location, PlacedEvent, SiteKind, Status

__all__ = [
    "Article", "AtlasError", "Event", "InputError", "Location", "PartialDate", "PlacedEvent",
    "Precision", "Problem", "SiteKind", "Status", "load_articles", "load_events",
    "parse_article", "parse_events_csv", "read_articles", "read_events",
]
