"""Events -> placed events: each city as written is resolved through `geo`.

An event whose city cannot be placed is kept, with the reason, so the dashboard can list
it; nothing is dropped between the events table and the map.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import geo
from atlas.model import Event, Location, PlacedEvent

Resolver = Callable[..., object]


def place_events(events: Iterable[Event], resolve: Resolver | None = None) -> list[PlacedEvent]:
    """Resolve every event's city (with its country hint); same city+hint is looked up once."""
    resolve = resolve or geo.resolve
    memo: dict[tuple[str, str], Location | str] = {}
    placed: list[PlacedEvent] = []
    for event in events:
        key = (event.city.strip(), event.country.strip())
        if key not in memo:
            try:
                place = resolve(key[0], country=key[1] or None)
            except geo.GeoError as exc:
                memo[key] = str(exc) or f"'{event.city}' could not be placed"
            else:
                memo[key] = Location(
                    name=place.name, country_code=place.country_code,
                    latitude=place.latitude, longitude=place.longitude,
                    geonameid=place.geonameid, confidence=place.confidence,
                    ambiguous=place.ambiguous, note="; ".join(getattr(place, "notes", ())),
                )
        found = memo[key]
        if isinstance(found, Location):
            placed.append(PlacedEvent(event, found))
        else:
            placed.append(PlacedEvent(event, None, unplaced_reason=found))
    return placed
