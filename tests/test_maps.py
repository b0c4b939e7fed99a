"""Map building: local assets only, compact payload, article text kept inert."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest

from atlas.articles import parse_article
from atlas.dates import PartialDate
from atlas.model import Event, Location, PlacedEvent, Status
from dashboard.mapdata import (
    key_from_tooltip,
    map_payload,
    payload_json,
    safe_url,
)
from dashboard.maps import build_map, render_html
from dashboard.selection import event_from_click

EVIL = '</script><script>alert(1)</script> "><img src=x onerror=alert(1)>'


@pytest.fixture()
def evil():
    article = parse_article(
        f"---\nid: evil\ntitle: '{EVIL}'\nurl: https://example.com/a\n---\n"
        f"Acme opened in Lyon. {EVIL}\n", "evil.md")
    event = Event(company="Acme <b>", city="Lyon", status=Status.OPENED, article_id="evil",
                  quote=f"Acme opened in Lyon. {EVIL}", date=PartialDate.parse("2024-10"))
    return {"evil": article}, [PlacedEvent(event, Location("Lyon", "FR", 45.75, 4.85, 2996944))]


def test_rendered_map_references_no_remote_script_or_style(seed_dataset):
    html = render_html(build_map(seed_dataset.placed, seed_dataset.articles))
    links = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', html)
    assert links, "the map should load Leaflet from the app's static folder"
    assert all(link.startswith("/app/static/vendor/") for link in links), links
    assert "cdn" not in html.lower()
    assert "jquery" not in html.lower() and "bootstrap" not in html.lower()


def test_inline_map_needs_nothing_beside_it(seed_dataset):
    html = render_html(build_map(seed_dataset.placed, seed_dataset.articles,
                                 asset_mode="inline", basemap="offline"))
    assert not re.findall(r'<(?:script|link)[^>]+(?:src|href)=', html)
    assert "L.markerClusterGroup" in html and "topojson" in html
    assert '"type":"Topology"' in html.replace(" ", "")


def test_payload_holds_each_placed_event_once(seed_dataset):
    payload = map_payload(seed_dataset.placed, seed_dataset.articles)
    strings = payload["strings"]
    assert sorted(strings[i] for i in payload["city"]) == sorted(
        ["Paris", "Bruxelles", "New York", "Singapour", "Munich", "Dublin"])
    # the shared quote of the three planned cities is stored once
    shared = [q for q in payload["quote"] if "Singapour" in strings[q]]
    assert len(shared) == 3 and len(set(shared)) == 1
    munich = payload["city"].index(strings.index("Munich"))
    label, start, end = payload["dates"][payload["date"][munich]]
    assert (strings[label], start, end) == ("2025", "2025-01-01", "2025-12-31")
    assert payload["statuses"][payload["status"][munich]] == "opened"
    lat, lon, place = payload["places"][payload["place"][munich]]
    assert strings[place] == "Munich, DE" and round(lat) == 48 and round(lon) == 12
    # the four events of 9 Oct 2024 share one date entry
    assert len(payload["dates"]) == 2


def test_unplaced_events_are_not_in_the_map_payload(evil):
    articles, placed = evil
    lost = PlacedEvent(placed[0].event, None, "no such place")
    assert map_payload([lost], articles)["key"] == []


def test_article_text_cannot_close_the_script(evil):
    articles, placed = evil
    text = payload_json(map_payload(placed, articles))
    assert "</script" not in text.lower()
    assert json.loads(text)["strings"].count(f"Acme opened in Lyon. {EVIL}") == 1
    html = render_html(build_map(placed, articles))
    assert "<script>alert(1)" not in html
    assert "<img src=x" not in html


def test_only_http_links_survive():
    assert safe_url("https://example.com/x?a=1") == "https://example.com/x?a=1"
    for bad in ("javascript:alert(1)", "data:text/html,x", "//evil.com", "https://a b",
                'https://x.com/"onmouseover=', ""):
        assert safe_url(bad) == ""


def test_click_on_a_marker_selects_it_and_a_click_elsewhere_does_not(evil):
    _, placed = evil
    key = placed[0].event.key
    tooltip = f"Lyon · Acme · Oct 2024 · opened [{key}]"
    assert key_from_tooltip(tooltip) == key
    assert event_from_click({"lat": 45.7501, "lng": 4.8502}, tooltip, 6, placed) == key
    # streamlit-folium repeats the last tooltip when a cluster is clicked far away
    assert event_from_click({"lat": 48.85, "lng": 2.35}, tooltip, 6, placed) is None
    assert event_from_click({"lat": 45.75, "lng": 4.85}, "no key here", 6, placed) is None


@pytest.mark.parametrize("text", ["{{ 7*7 }}", "{% if %}", "{# x", "{{ cycler.__init__ }}"])
def test_article_text_is_never_run_as_a_template(evil, text):
    from streamlit_folium import _get_feature_group_string

    from dashboard.maps import EventGroup, base_map

    articles, placed = evil
    event = placed[0].event
    quoted = replace(event, quote=f"Acme opened in Lyon. {text}")
    article = replace(articles["evil"], text=f"Acme opened in Lyon. {text}\n")
    placed = [replace(placed[0], event=quoted)]
    html = render_html(build_map(placed, {"evil": article}))
    assert json.dumps(text)[1:-1] in html
    # the path streamlit-folium takes in the app
    layer_js = _get_feature_group_string(EventGroup(placed, {"evil": article}), base_map())
    assert json.dumps(text)[1:-1] in layer_js


def test_missing_assets_say_how_to_install_them(tmp_path):
    from dashboard import assets

    with pytest.raises(assets.AssetsMissing, match="make assets"):
        assets.check_served(tmp_path)
    copied = assets.install_assets(vendor_dir=tmp_path)
    assert len(copied) == len(assets.ALL_ASSETS)
    assets.check_served(tmp_path)  # now complete
    with pytest.raises(assets.AssetsMissing, match="npm ci"):
        assets.install_assets(node_modules=tmp_path / "nowhere", vendor_dir=tmp_path)
