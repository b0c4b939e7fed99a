"""Folium maps of placed events, with every script and style from local files.

The map declares what it needs as data (Leaflet, marker clustering, TopoJSON, country
outlines); `use_assets` then points those needs at the app's static folder ("served") or
inlines them ("inline", for self-contained snapshots). No CDN is ever referenced.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Literal

import folium
from branca.element import Element, MacroElement
from folium.elements import ElementAddToElement, JSCSSMixin
from folium.template import Template

from atlas.model import Article, PlacedEvent
from dashboard import assets
from dashboard.mapdata import STATUS_COLORS, STATUS_ORDER, map_payload, payload_json

BasemapMode = Literal["offline", "auto", "osm"]
AssetMode = Literal["served", "inline"]
BASEMAPS: tuple[BasemapMode, ...] = ("auto", "offline", "osm")
OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = "&copy; OpenStreetMap contributors"
OUTLINES_ATTRIBUTION = "Country outlines: Natural Earth (public domain), via world-atlas"
_HERE = Path(__file__).resolve().parent
_LIBRARY_JS = _HERE / "js" / "atlas_map.js"
_LIBRARY_CSS = _HERE / "css" / "atlas_map.css"

_NEEDS_JS = (assets.LEAFLET_JS, assets.CLUSTER_JS, assets.TOPOJSON_JS)
_NEEDS_CSS = (assets.LEAFLET_CSS, assets.CLUSTER_CSS, assets.CLUSTER_DEFAULT_CSS)


class RawText(Element):
    """Text placed in the page exactly as given.

    branca's `Element(text)` compiles its text as a Jinja template, so a quote holding
    `{{ 7*7 }}` would print 49 and one holding `{% x` would crash the page. Article text
    is data: every element that carries it renders through here instead.
    """

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


def render_raw(element: MacroElement, **kwargs) -> None:
    """MacroElement.render, with the macros' output placed as RawText (never re-templated).

    Also the fast path: compiling a 3 MB payload as a template cost ~200 ms a rerun.
    """
    figure = element.get_root()
    module = element._template.module
    for part in ("header", "html", "script"):
        macro = module.__dict__.get(part)
        if macro is not None:
            getattr(figure, part).add_child(RawText(macro(element, kwargs)),
                                            name=element.get_name())
    for child in element._children.values():
        child.render(**kwargs)


class AtlasLibrary(MacroElement):
    """Our own map script and styles, inlined: they are small and change with the code."""

    _template = Template("""
{% macro header(this, kwargs) %}<style>{{ this.css }}</style>{% endmacro %}
{% macro script(this, kwargs) %}{{ this.js }}{% endmacro %}
""")

    def __init__(self) -> None:
        super().__init__()
        self._name = "AtlasLibrary"
        self.js = _LIBRARY_JS.read_text(encoding="utf-8")
        self.css = _LIBRARY_CSS.read_text(encoding="utf-8")

    def render(self, **kwargs) -> None:
        render_raw(self, **kwargs)


class Basemap(MacroElement):
    """Country outlines always (offline), OpenStreetMap tiles on top when asked or reachable."""

    _template = Template("""
{% macro script(this, kwargs) %}
(function () {
  var map = {{ this._parent.get_name() }};
  {% if this.topo_inline %}
  AtlasMap.basemap(map, {{ this.mode_json }}, {{ this.topo_inline }},
                   {{ this.tiles_json }}, {{ this.attribution_json }});
  {% else %}
  fetch({{ this.topo_url_json }}).then(function (r) { return r.json(); })
    .then(function (topo) {
      AtlasMap.basemap(map, {{ this.mode_json }}, topo,
                       {{ this.tiles_json }}, {{ this.attribution_json }});
    })
    .catch(function () {
      AtlasMap.basemap(map, {{ this.mode_json }}, null,
                       {{ this.tiles_json }}, {{ this.attribution_json }});
    });
  {% endif %}
  map.attributionControl.addAttribution({{ this.outline_attribution_json }});
})();
{% endmacro %}
""")

    def __init__(self, mode: BasemapMode = "auto", topo_url: str = assets.COUNTRIES.url,
                 topo_inline: str | None = None) -> None:
        super().__init__()
        if mode not in BASEMAPS:
            raise ValueError(f"basemap must be one of {', '.join(BASEMAPS)}, not {mode!r}")
        self._name = "Basemap"
        self.mode_json = json.dumps(mode)
        self.topo_url_json = json.dumps(topo_url)
        self.topo_inline = topo_inline
        self.tiles_json = json.dumps(OSM_TILES)
        self.attribution_json = json.dumps(OSM_ATTRIBUTION)
        self.outline_attribution_json = json.dumps(OUTLINES_ATTRIBUTION)

    def render(self, **kwargs) -> None:
        render_raw(self, **kwargs)


class Legend(MacroElement):
    """The status colours, drawn by the map itself so that snapshots carry it too."""

    _template = Template("""
{% macro script(this, kwargs) %}
AtlasMap.legend({{ this._parent.get_name() }}, {{ this.statuses }}, {{ this.colors }});
{% endmacro %}
""")

    def __init__(self) -> None:
        super().__init__()
        self._name = "Legend"
        self.statuses = json.dumps(STATUS_ORDER)
        self.colors = json.dumps([STATUS_COLORS[s] for s in STATUS_ORDER])


def layer_payload(placed: Sequence[PlacedEvent], articles: Mapping[str, Article]) -> str:
    """The event layer's data as script-safe JSON."""
    return payload_json(map_payload(placed, articles))


class EventGroup(folium.FeatureGroup):
    """All filtered events as one Leaflet layer drawn from a compact payload.

    It is a FeatureGroup so that streamlit-folium can swap it in an existing map
    (`feature_group_to_add`) without rebuilding the page's map on every filter change.
    """

    _template = Template("""
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = AtlasMap.layer({{ this.payload }}, {{ this.layer_options }});
{% endmacro %}
""")

    def __init__(self, placed: Sequence[PlacedEvent], articles: Mapping[str, Article], *,
                 start: date | None = None, end: date | None = None,
                 keep_view: bool = False, cluster: bool = True,
                 selected: str | None = None,
                 urls: tuple[str, str] | None = None) -> None:
        """With `urls` (tables, rows), the browser fetches the data from the app's static
        folder (see dashboard.workspace) and `placed`/`articles` are not read; otherwise
        the data is inlined, as a self-contained snapshot needs."""
        # The name stays "FeatureGroup": streamlit-folium refers to it by that name.
        super().__init__(name="Events", control=False)
        self.payload = "null" if urls else layer_payload(placed, articles)
        self.layer_options = json.dumps({
            "start": start.isoformat() if start else None,
            "end": end.isoformat() if end else None,
            "keepView": keep_view, "cluster": cluster, "selected": selected,
            "tablesUrl": urls[0] if urls else None, "rowsUrl": urls[1] if urls else None})

    def render(self, **kwargs) -> None:
        # What folium's Layer.render does before MacroElement.render: add to the map.
        if self.show:
            self.add_child(ElementAddToElement(element_name=self.get_name(),
                                               element_parent_name=self._parent.get_name()),
                           name=self.get_name() + "_add")
        render_raw(self, **kwargs)



def base_map(
    *,
    basemap: BasemapMode = "auto",
    center: tuple[float, float] | None = None,
    zoom: int | None = None,
    height: int | str = "100%",
    asset_mode: AssetMode = "served",
    outlines: assets.Asset = assets.COUNTRIES,
) -> folium.Map:
    """The map without events: outlines (and tiles), legend, our script. Stable across
    reruns, so the browser keeps it while the event layer changes."""
    m = folium.Map(location=list(center) if center else [30.0, 10.0], zoom_start=zoom or 2,
                   tiles=None, control_scale=True, height=height, world_copy_jump=True,
                   maxZoom=18, minZoom=1)
    m.add_child(AtlasLibrary())
    topo_inline = assets.asset_text(outlines) if asset_mode == "inline" else None
    m.add_child(Basemap(basemap, topo_url=outlines.url, topo_inline=topo_inline))
    m.add_child(Legend())
    return m


def build_map(
    placed: Sequence[PlacedEvent],
    articles: Mapping[str, Article],
    *,
    basemap: BasemapMode = "auto",
    center: tuple[float, float] | None = None,
    zoom: int | None = None,
    height: int | str = "100%",
    asset_mode: AssetMode = "served",
    start: date | None = None,
    end: date | None = None,
    cluster: bool = True,
    outlines: assets.Asset = assets.COUNTRIES,
) -> folium.Map:
    """A complete map with its events; it fits them unless a centre and zoom are given."""
    m = base_map(basemap=basemap, center=center, zoom=zoom, height=height,
                 asset_mode=asset_mode, outlines=outlines)
    m.add_child(EventGroup(placed, articles, start=start, end=end, cluster=cluster,
                           keep_view=center is not None and zoom is not None))
    use_assets(m, asset_mode)
    return m


def _walk(element: Element):
    yield element
    for child in getattr(element, "_children", {}).values():
        yield from _walk(child)


def use_assets(m: folium.Map, mode: AssetMode) -> None:
    """Replace folium's CDN links with our local copies, served or inlined.

    Instance attributes shadow the class lists, so folium's own defaults (which also pull
    jQuery, Bootstrap and Font Awesome from CDNs) are never rendered.
    """
    for element in _walk(m):
        if isinstance(element, JSCSSMixin):
            element.default_js = []
            element.default_css = []
    if mode == "served":
        m.default_js = [(a.name, a.url) for a in _NEEDS_JS]
        m.default_css = [(a.name, a.url) for a in _NEEDS_CSS]
        return
    root = m.get_root()
    for asset in _NEEDS_CSS:
        root.header.add_child(RawText(f"<style>{assets.asset_text(asset)}</style>"),
                              name=asset.name)
    for asset in _NEEDS_JS:
        code = assets.asset_text(asset).replace("</script", "<\\/script")
        root.header.add_child(RawText(f"<script>{code}</script>"), name=asset.name)


def render_html(m: folium.Map) -> str:
    return m.get_root().render()
