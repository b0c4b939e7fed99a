"""Imports point down only: geo uses neither atlas nor the UI; atlas never loads the UI."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
import {module}
loaded = sorted(m for m in ("streamlit", "folium", "branca", "dashboard", {extra})
                if m in sys.modules)
print(",".join(loaded))
"""


def loaded_after_import(module: str, extra: str = "") -> str:
    code = CHECK.format(module=module, extra=extra)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    return out.stdout.strip()


def test_geo_loads_no_atlas_and_no_ui():
    assert loaded_after_import("geo", extra='"atlas"') == ""


def test_atlas_and_its_cli_load_no_ui():
    assert loaded_after_import("atlas") == ""
    assert loaded_after_import("atlas.cli") == ""
    assert loaded_after_import("atlas.extract") == ""
