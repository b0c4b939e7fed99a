"""Scoring a geocoding case table (tests/data/geocode_*.csv), shared by the accuracy tests.

Rows with ``expected=place`` must resolve within 25 km of the expected point in the
expected country; ``expected=none`` rows must raise PlaceNotFound. Unhinted rows in
category "ambiguous" have no single right answer: they are reported, not scored.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from pathlib import Path

import geo

MAX_KM = 25.0
TARGET = 0.97


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def read_cases(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def check(gaz: geo.Gazetteer, row: dict[str, str]) -> str:
    """'' when the row passes, else a description of the failure."""
    query, hint = row["query"], row["country_hint"].strip() or None
    try:
        place = gaz.resolve(query, hint)
    except geo.PlaceNotFound as exc:
        return "" if row["expected"] == "none" else f"not found: {exc}"
    got = f"{place.name}, {place.country_code} ({place.latitude:.3f},{place.longitude:.3f})"
    if row["expected"] == "none":
        return f"non-place resolved to {got}"
    off = km(place.latitude, place.longitude, float(row["latitude"]), float(row["longitude"]))
    if place.country_code != row["country"] or off > MAX_KM:
        return f"got {got}, {off:.0f} km from expected {row['country']}"
    return ""


@dataclass
class Score:
    scored: int
    failures: list[tuple[dict, str]]
    nonplaces: int
    leaked: list[tuple[dict, str]]
    unscored: int
    informative: list[tuple[dict, str]]

    @property
    def rate(self) -> float:
        return 1 - len(self.failures) / self.scored

    def report(self, name: str) -> str:
        lines = [f"{name}: {self.rate:.1%} on {self.scored} scored rows "
                 f"({len(self.failures)} failures); {self.nonplaces - len(self.leaked)}/"
                 f"{self.nonplaces} non-places rejected; "
                 f"{self.unscored - len(self.informative)}/{self.unscored} unhinted "
                 "ambiguous rows matched the table's pick (not scored)"]
        for row, why in self.failures + self.leaked:
            lines.append(f"  FAIL [{row['category']}] {row['query']!r} "
                         f"hint={row['country_hint']!r}: {why}")
        lines += [f"  info [ambiguous] {row['query']!r}: {why}"
                  for row, why in self.informative]
        return "\n".join(lines)


def score(gaz: geo.Gazetteer, rows: list[dict[str, str]]) -> Score:
    scored = [r for r in rows if r["expected"] == "place"
              and not (r["category"] == "ambiguous" and not r["country_hint"].strip())]
    nonplaces = [r for r in rows if r["expected"] == "none"]
    unscored = [r for r in rows if r["expected"] == "place" and r not in scored]
    return Score(
        scored=len(scored), failures=[(r, w) for r in scored if (w := check(gaz, r))],
        nonplaces=len(nonplaces), leaked=[(r, w) for r in nonplaces if (w := check(gaz, r))],
        unscored=len(unscored),
        informative=[(r, w) for r in unscored if (w := check(gaz, r))])
