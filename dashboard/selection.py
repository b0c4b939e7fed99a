"""Which event a map click or a table row means, decided without Streamlit."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from atlas.model import PlacedEvent
from dashboard.mapdata import key_from_tooltip


def event_from_click(click: Mapping | None, tooltip: str | None, zoom: float | None,
                     shown: Sequence[PlacedEvent]) -> str | None:
    """The key of the clicked marker, or None for a click on a cluster or the sea.

    streamlit-folium keeps the last tooltip it saw, even when the next click lands on a
    cluster; so the tooltip's key is trusted only if the click fell on that marker.
    """
    key = key_from_tooltip(tooltip)
    if not click or key is None:
        return None
    for p in shown:
        if p.event.key == key and p.location is not None:
            tolerance = click_tolerance_degrees(zoom, p.location.latitude)
            near = (abs(p.location.latitude - float(click.get("lat", 1e9))) <= tolerance
                    and abs(p.location.longitude - float(click.get("lng", 1e9))) <= tolerance)
            return key if near else None
    return None


def click_tolerance_degrees(zoom: float | None, latitude: float, pixels: float = 14) -> float:
    """How far (in degrees) a click may land from a marker's centre at this zoom."""
    zoom = 2 if zoom is None else zoom
    metres_per_pixel = 156543.03 * max(math.cos(math.radians(latitude)), 0.01) / 2 ** zoom
    return pixels * metres_per_pixel / 111_320
