"""Package boundaries: `geo` stays independent of the app and import is side-effect free."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_geo_never_imports_atlas_streamlit_or_folium(tmp_path: Path) -> None:
    code = (
        "import sys, geo, geo.online, geo.index, geo.gazetteer\n"
        "bad = sorted({m.split('.')[0] for m in sys.modules} & {'atlas', 'streamlit', 'folium'})\n"
        "print(','.join(bad))\n"
    )
    env = {"ATLAS_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, env=env, check=True)
    assert out.stdout.strip() == ""
    assert not (tmp_path / "cache").exists()  # importing builds nothing


def test_public_api_names() -> None:
    import geo

    for name in ("resolve", "resolve_many", "country_code", "Place", "PlaceNotFound",
                 "GeoError", "Gazetteer"):
        assert hasattr(geo, name), name
    assert issubclass(geo.PlaceNotFound, geo.GeoError)
    assert issubclass(geo.PlaceNotFound, LookupError)
    err = geo.PlaceNotFound("Mnuich", suggestions=["Munich, DE"])
    assert "Mnuich" in str(err) and "Munich, DE" in str(err) and err.suggestions == ["Munich, DE"]
