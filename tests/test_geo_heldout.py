"""Accuracy of the offline gazetteer on the held-out case table.

`tests/data/geocode_heldout.csv` was written independently of
`geocode_cases.csv` (different queries, chosen without running the resolver;
see tests/data/README.md), to catch rules that only fit the curated set.
Scoring is the accuracy test's: ``place`` rows must land within 25 km in the
expected country, unhinted ``ambiguous`` rows are reported but not scored,
every ``none`` row must raise PlaceNotFound.  Target: 97 %, zero leaks.
"""

from __future__ import annotations

from pathlib import Path

import geo
from tests.geo_cases import TARGET, read_cases, score

HELDOUT = Path(__file__).parent / "data" / "geocode_heldout.csv"


def _rows() -> list[dict[str, str]]:
    return read_cases(HELDOUT)



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
    result = score(gaz, _rows())
    print("\n" + result.report("held-out accuracy"))
    assert not result.leaked, f"{len(result.leaked)} non-place(s) resolved"
    assert result.rate >= TARGET, f"held-out accuracy {result.rate:.1%} < {TARGET:.0%}"
