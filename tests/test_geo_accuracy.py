"""Accuracy of the offline gazetteer on the curated case table.

Rows with ``expected=place`` must resolve within 25 km of the expected point in
the expected country; ``expected=none`` rows must raise PlaceNotFound.  Rows
in category "ambiguous" without a hint have no single right answer, so they
are reported but excluded from the rate (the issue's rule); every other row
counts.  The threshold is 97 % and zero non-places may resolve.
"""

from __future__ import annotations

from pathlib import Path

import geo
from tests.geo_cases import TARGET, read_cases, score

DATA = Path(__file__).parent / "data"
CASES = DATA / "geocode_cases.csv"


def test_accuracy_meets_target(gaz: geo.Gazetteer) -> None:
    rows = read_cases(CASES)
    assert rows, "no accuracy cases"
    result = score(gaz, rows)
    print("\n" + result.report("accuracy"))
    assert not result.leaked, f"{len(result.leaked)} non-place(s) resolved"
    assert result.rate >= TARGET, f"accuracy {result.rate:.1%} < {TARGET:.0%}"
