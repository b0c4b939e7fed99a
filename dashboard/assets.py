"""Map assets (Leaflet, marker clustering, country outlines) installed from npm.

The app must work with no internet, so nothing is loaded from a CDN: `npm ci` puts the
packages pinned in package.json under node_modules/, `install_assets` copies the few
files the map needs into the app's static folder (served by Streamlit at
/app/static/), and snapshots inline the same files. Nothing here is committed to git.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from atlas.errors import AtlasError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
NODE_MODULES = PROJECT_ROOT / "node_modules"
STATIC_DIR = Path(__file__).resolve().parent / "static"
VENDOR_DIR = STATIC_DIR / "vendor"
STATIC_URL = "/app/static/vendor"


@dataclass(frozen=True)
class Asset:
    """One file from an npm package, and where the app serves it."""

    name: str
    package_path: str  # relative to node_modules/
    kind: str  # "js", "css" or "data"

    @property
    def vendor_path(self) -> Path:
        return VENDOR_DIR / self.package_path

    @property
    def url(self) -> str:
        return f"{STATIC_URL}/{self.package_path}"


LEAFLET_JS = Asset("leaflet", "leaflet/dist/leaflet.js", "js")
LEAFLET_CSS = Asset("leaflet_css", "leaflet/dist/leaflet.css", "css")
CLUSTER_JS = Asset("markercluster", "leaflet.markercluster/dist/leaflet.markercluster.js", "js")
CLUSTER_CSS = Asset("markercluster_css", "leaflet.markercluster/dist/MarkerCluster.css", "css")
CLUSTER_DEFAULT_CSS = Asset("markercluster_default_css",
                            "leaflet.markercluster/dist/MarkerCluster.Default.css", "css")
TOPOJSON_JS = Asset("topojson", "topojson-client/dist/topojson-client.min.js", "js")
COUNTRIES = Asset("countries", "world-atlas/countries-50m.json", "data")
# Coarser outlines (~110 KB instead of ~750 KB) for world-scale snapshots, which are shared.
COUNTRIES_110M = Asset("countries_110m", "world-atlas/countries-110m.json", "data")

ALL_ASSETS = (LEAFLET_JS, LEAFLET_CSS, CLUSTER_JS, CLUSTER_CSS, CLUSTER_DEFAULT_CSS,
              TOPOJSON_JS, COUNTRIES, COUNTRIES_110M)


class AssetsMissing(AtlasError, FileNotFoundError):
    """The npm assets are not installed; the message says how to install them."""


def install_assets(node_modules: Path = NODE_MODULES, vendor_dir: Path = VENDOR_DIR) -> list[Path]:
    """Copy the map's files from node_modules into the static folder; return what was copied."""
    missing = [a.package_path for a in ALL_ASSETS if not (node_modules / a.package_path).is_file()]
    if missing:
        raise AssetsMissing(
            f"{len(missing)} map asset(s) missing from {node_modules} ({', '.join(missing)}); "
            "run `make assets` (npm ci) first"
        )
    copied = []
    for asset in ALL_ASSETS:
        target = vendor_dir / asset.package_path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(node_modules / asset.package_path, target)
        copied.append(target)
    # Leaflet's stylesheet points at its own images folder (layer control icons).
    images = node_modules / "leaflet/dist/images"
    if images.is_dir():
        shutil.copytree(images, vendor_dir / "leaflet/dist/images", dirs_exist_ok=True)
    return copied


def asset_file(asset: Asset) -> Path:
    """The installed file for an asset, or a message saying how to install it."""
    for candidate in (asset.vendor_path, NODE_MODULES / asset.package_path):
        if candidate.is_file():
            return candidate
    raise AssetsMissing(
        f"map asset '{asset.package_path}' is not installed; run `make assets` and retry"
    )


def check_served(vendor_dir: Path = VENDOR_DIR) -> None:
    """Raise AssetsMissing unless every file the app serves is in its static folder."""
    missing = [a.package_path for a in ALL_ASSETS
               if not (vendor_dir / a.package_path).is_file()]
    if missing:
        raise AssetsMissing(
            f"the map's files are not installed ({', '.join(missing[:3])}"
            f"{'…' if len(missing) > 3 else ''}); run `make assets` (or `make run`) and "
            "reload the page")


def asset_text(asset: Asset) -> str:
    return asset_file(asset).read_text(encoding="utf-8")


if __name__ == "__main__":
    for path in install_assets():
        print(f"installed {path.relative_to(PROJECT_ROOT)}")
