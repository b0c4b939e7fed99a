"""Result records returned by the gazetteer."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Alternative:
    """A runner-up candidate: enough to show it on a map or offer it to a user."""

    name: str
    country_code: str
    latitude: float
    longitude: float
    population: int
    geonameid: int
    admin1: str = ""

    def label(self) -> str:
        """"Portland, ME, US"-style label used in suggestions and the CLI."""
        parts = [self.name]
        if self.admin1 and not self.admin1.isdigit() and self.country_code in {"US", "GB"}:
            parts.append(self.admin1)
        parts.append(self.country_code)
        return ", ".join(parts)


@dataclass(frozen=True)
class Place:
    """A resolved populated place.

    ``confidence`` (0..1) is the share of the plausible readings this answer
    holds, lowered when only an alternate/romanised name matched, when a hint
    was not understood, or when the match is a typo correction.  ``ambiguous``
    is True when a runner-up elsewhere is within a factor ~10 in rank, so the
    caller should add a country hint.  ``notes`` explains anything unusual
    (fuzzy match, ignored hint, online fallback).
    """

    name: str
    country_code: str
    latitude: float
    longitude: float
    population: int
    geonameid: int
    confidence: float
    ambiguous: bool = False
    alternatives: tuple[Alternative, ...] = ()
    admin1: str = ""
    query: str = ""
    matched: str = ""
    source: str = "offline"
    notes: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """Plain dict (alternatives as labels), handy for DataFrames and JSON."""
        data = asdict(self)
        data["alternatives"] = [alt.label() for alt in self.alternatives]
        data["notes"] = list(self.notes)
        return data

    def label(self) -> str:
        return Alternative(self.name, self.country_code, self.latitude, self.longitude,
                           self.population, self.geonameid, self.admin1).label()
