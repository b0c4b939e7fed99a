"""The plain records that flow through the atlas: articles, events, placed events.

They are frozen dataclasses with no behaviour tied to Streamlit or folium, so every
stage (loading, extraction, geocoding, map building) is a function a test can call.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from atlas.dates import PartialDate, Precision


class Status(StrEnum):
    """What the evidence says about a site, in the order a site usually lives through."""

    PLANNED = "planned"
    ANNOUNCED = "announced"
    OPENED = "opened"
    EXISTING = "existing"
    CLOSED = "closed"


class SiteKind(StrEnum):
    OFFICE = "office"
    RESEARCH_HUB = "research hub"
    DATA_CENTRE = "data centre"
    SUBSIDIARY = "subsidiary"
    HEADQUARTERS = "headquarters"


@dataclass(frozen=True)
class Article:
    """A source text as received, plus what it states about itself."""

    id: str
    title: str
    text: str
    language: str = ""
    source: str = ""
    url: str = ""
    published: PartialDate = field(default_factory=PartialDate)
    path: str = ""


@dataclass(frozen=True)
class Event:
    """One claim about one site: who, where (as written), when, in what state, and the proof."""

    company: str
    city: str
    status: Status
    article_id: str
    quote: str
    date: PartialDate = field(default_factory=PartialDate)
    country: str = ""
    site_kind: SiteKind = SiteKind.OFFICE
    note: str = ""
    row: int | None = None

    @property
    def precision(self) -> Precision:
        return self.date.precision

    @cached_property
    def key(self) -> str:
        """A stable identifier, used to select an event across reruns and in share links."""
        raw = "|".join(
            [self.company, self.city, self.date.iso(), self.status.value, self.article_id,
             self.quote]
        )
        return hashlib.blake2s(raw.encode("utf-8"), digest_size=5).hexdigest()


@dataclass(frozen=True)
class Location:
    """Where an event's city resolved to."""

    name: str
    country_code: str
    latitude: float
    longitude: float
    geonameid: int | None = None
    confidence: float = 1.0
    ambiguous: bool = False
    note: str = ""  # what the geocoder wants a person to check (ignored hint, fallback…)


@dataclass(frozen=True)
class PlacedEvent:
    """An event with its location, or with the reason it could not be placed."""

    event: Event
    location: Location | None = None
    unplaced_reason: str = ""

    @property
    def placed(self) -> bool:
        return self.location is not None
