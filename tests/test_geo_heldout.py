"""Accuracy of the offline gazetteer on the held-out case table.

`tests/data/geocode_heldout.csv` was written independently of
`geocode_cases.csv` (different queries, chosen without running the resolver;
see tests/data/README.md), to catch rules that only fit the curated set.
Scoring is the accuracy test's: ``place`` rows must land within 25 km in the
expected country, unhinted ``ambiguous`` rows are reported but not scored,
every ``none`` row must raise PlaceNotFound.  Target: 97 %, zero leaks.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import geo
from tests.test_geo_accuracy import TARGET, _check

HELDOUT = Path(__file__).parent / "data" / "geocode_heldout.csv"


def _rows() -> list[dict[str, str]]:
    with open(HELDOUT, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="session")
def gaz(tmp_path_factory: pytest.TempPathFactory) -> geo.Gazetteer:
    gazetteer = geo.Gazetteer(tmp_path_factory.getbasetemp() / "geo-index")
    gazetteer.open()
    return gazetteer


def test_heldout_table_is_well_formed() -> None:
    rows = _rows()
    assert len(rows) >= 250
    assert sum(r["expected"] == "none" for r in rows) >= 40
    for row in rows:
        assert row["expected"] in {"place", "none"}, row
        if row["expected"] == "place":
            assert len(row["country"]) == 2 and row["source"].startswith("GeoNames "), row
            float(row["latitude"]), float(row["longitude"])
        else:
            assert not row["country"] and row["source"].startswith("n/a"), row
    keys = [(r["query"], r["country_hint"]) for r in rows]
    assert len(keys) == len(set(keys)), "duplicate query/hint pairs"


def test_heldout_accuracy_meets_target(gaz: geo.Gazetteer) -> None:
    rows = _rows()
    scored = [r for r in rows if r["expected"] == "place"
              and not (r["category"] == "ambiguous" and not r["country_hint"].strip())]
    nonplaces = [r for r in rows if r["expected"] == "none"]
    unscored = [r for r in rows if r["expected"] == "place" and r not in scored]

    failures = [(r, why) for r in scored if (why := _check(gaz, r))]
    leaked = [(r, why) for r in nonplaces if (why := _check(gaz, r))]
    informative = [(r, why) for r in unscored if (why := _check(gaz, r))]

    rate = 1 - len(failures) / len(scored)
    print(f"\nheld-out accuracy {rate:.1%} on {len(scored)} scored rows "
          f"({len(failures)} failures); "
          f"{len(nonplaces) - len(leaked)}/{len(nonplaces)} non-places rejected; "
          f"{len(unscored) - len(informative)}/{len(unscored)} unhinted ambiguous rows "
          "matched the table's pick (not scored)")
    for row, why in failures + leaked:
        print(f"  FAIL [{row['category']}] {row['query']!r} hint={row['country_hint']!r}: {why}")
    for row, why in informative:
        print(f"  info [ambiguous] {row['query']!r}: {why}")
    assert not leaked, f"{len(leaked)} non-place(s) resolved"
    assert rate >= TARGET, f"held-out accuracy {rate:.1%} < {TARGET:.0%}"
