"""Snapshots as a recipient sees them: opened from file:// in headless Chromium, offline.

One Chromium for the session (conftest), one page per snapshot file; the PNGs are drawn
by the same browser. Artifacts land in artifacts/ for a person to look at.
"""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pytest

from dashboard.mapdata import STATUS_COLORS
from dashboard.snapshot import image_html, snapshot_html, snapshot_png, write_snapshot
from dashboard.view import ViewState
from tests.browser import ARTIFACTS, block_internet
from tests.test_snapshot import EVIL, evil_dataset, png_size

pytestmark = pytest.mark.browser
SEED_CITIES = ["Bruxelles", "Dublin", "Munich", "New York", "Paris", "Singapour"]

DRAWN_CITIES = """() => window.atlasLayer.markers
  .filter(m => m._path && m._path.isConnected).map(m => m.atlasRow.city).sort()"""


def open_snapshot(browser, page_html: str, name: str, *, width: int = 1400,
                  height: int = 900):
    """Write the file to artifacts/ and open it the way a recipient would: file://."""
    path = ARTIFACTS / name
    write_snapshot(path, page_html, force=True)
    context = browser.new_context(viewport={"width": width, "height": height})
    blocked = block_internet(context)
    page = context.new_page()
    page.errors, page.dialogs, page.blocked, page.requests = [], [], blocked, []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.on("request", lambda request: page.requests.append(request.url))

    def on_dialog(dialog):
        page.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.goto(path.as_uri())
    page.wait_for_function("() => window.atlasSnapshot && window.atlasLayer.map")
    page.wait_for_function(
        "() => document.querySelectorAll('.leaflet-atlasBase-pane path').length > 100")
    return page


@pytest.fixture(scope="module")
def seed_page(chromium, seed_dataset):
    page = open_snapshot(chromium, snapshot_html(seed_dataset, ViewState()), "snapshot.html")
    yield page
    assert not page.errors, page.errors
    assert not page.blocked, page.blocked
    # nothing beside the file is ever asked for, not even a file:// neighbour
    assert page.requests == [(ARTIFACTS / "snapshot.html").as_uri()], page.requests
    page.context.close()


def slide_to(page, label: str) -> list[str]:
    """Move the real slider (value + input event, as a drag does); return drawn cities."""
    index = page.evaluate("l => atlasSnapshot.steps.findIndex(s => s.label === l)", label)
    assert index >= 0, label
    page.locator("#atlas-snap-slider").evaluate(
        "(el, i) => { el.value = String(i); el.dispatchEvent(new Event('input')); }", index)
    return page.evaluate(DRAWN_CITIES)


def test_six_markers_drawn_offline_from_file(seed_page):
    assert seed_page.url.startswith("file://")
    assert seed_page.locator("path.leaflet-interactive").count() == 6
    assert seed_page.evaluate(DRAWN_CITIES) == SEED_CITIES
    assert seed_page.title() == "Expansion Atlas: OpenAI"
    assert seed_page.locator("#atlas-snap-caption").inner_text() == (
        "Sep 2024 – Dec 2025 · 6 of 6 events")


def test_slider_applies_the_overlap_rule(seed_page):
    assert slide_to(seed_page, "Sep 2024") == []  # before Oct 2024: no Paris
    assert seed_page.locator("path.leaflet-interactive").count() == 0
    assert seed_page.locator("#atlas-snap-caption").inner_text() == "Sep 2024 · 0 of 6 events"
    assert slide_to(seed_page, "Oct 2024") == ["Bruxelles", "New York", "Paris", "Singapour"]
    assert slide_to(seed_page, "Dec 2024") == ["Bruxelles", "New York", "Paris", "Singapour"]
    # "2025" may mean any day of 2025: Munich and Dublin enter in January
    assert slide_to(seed_page, "Jan 2025") == SEED_CITIES
    assert seed_page.locator("#atlas-snap-month").inner_text() == "Jan 2025"
    # the keyboard moves it too
    seed_page.locator("#atlas-snap-slider").focus()
    seed_page.keyboard.press("ArrowLeft")
    assert seed_page.locator("#atlas-snap-month").inner_text() == "Dec 2024"
    assert len(seed_page.evaluate(DRAWN_CITIES)) == 4


def test_play_steps_through_every_month(seed_page):
    slide_to(seed_page, "Dec 2025")
    seed_page.evaluate("""() => {
      window.frames_seen = [];
      const layer = window.atlasLayer, set = layer.setWindow.bind(layer);
      layer.setWindow = (s, e) => { const n = set(s, e); frames_seen.push([e, n]); return n; };
      atlasSnapshot.delay = 20;
    }""")
    seed_page.locator("#atlas-snap-play").click()
    seed_page.wait_for_function("() => !atlasSnapshot.playing", timeout=10_000)
    frames = seed_page.evaluate("frames_seen")
    ends = [end for end, _ in frames]
    # from the end it starts over at the first month, then every month once, in order
    assert ends[0] == "2024-09-30" and ends[-1] == "2025-12-31"
    assert ends == sorted(ends) and len(ends) == 16
    counts = dict(frames)
    assert counts["2024-09-30"] == 0 and counts["2024-10-31"] == 4
    assert counts["2024-12-31"] == 4 and counts["2025-01-31"] == 6
    assert seed_page.locator("#atlas-snap-play").inner_text() == "▶ Play"
    assert seed_page.locator("#atlas-snap-slider").input_value() == "15"
    assert seed_page.evaluate(DRAWN_CITIES) == SEED_CITIES


def test_popup_shows_the_quote(seed_page):
    slide_to(seed_page, "Dec 2025")
    seed_page.evaluate("""() => atlasLayer.markers
      .find(m => m.atlasRow.city === 'Paris').fire('click') && null""")
    popup = seed_page.locator(".leaflet-popup-content")
    assert "annoncé l’ouverture de son premier bureau" in popup.inner_text()
    assert popup.locator("mark").inner_text() == "Paris"
    seed_page.screenshot(path=str(ARTIFACTS / "snapshot-html.png"))


def marker_points(browser, page_html: str, width: int, height: int) -> dict[str, tuple]:
    """Where each city's marker centre lands in the image's page (same HTML, viewport)."""
    page = open_snapshot(browser, page_html, "snapshot-image.html", width=width, height=height)
    try:
        return {city: tuple(xy) for city, xy in page.evaluate("""() =>
          atlasLayer.markers.map(m => {
            const p = atlasLayer.map.latLngToContainerPoint(m.getLatLng());
            return [m.atlasRow.city, [p.x, p.y]];
          })""")}
    finally:
        page.context.close()


def assert_colour(image, xy: tuple[float, float], scale: int, hex_colour: str) -> None:
    want = tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    x, y = round(xy[0] * scale), round(xy[1] * scale)
    got = image.getpixel((x, y))[:3]
    assert all(abs(g - w) <= 24 for g, w in zip(got, want, strict=True)), (
        f"pixel at {(x, y)} is {got}, expected about {want} ({hex_colour})")


def test_png_has_the_size_and_the_marker_colours(chromium, seed_dataset):
    from PIL import Image

    points = marker_points(chromium, image_html(seed_dataset, ViewState()), 1600, 900)
    for scale, name in ((1, "snapshot.png"), (2, "snapshot@2x.png")):
        data = snapshot_png(seed_dataset, ViewState(), scale=scale, browser=chromium)
        write_snapshot(ARTIFACTS / name, data, force=True)
        assert png_size(data) == (1600 * scale, 900 * scale)
        image = Image.open(BytesIO(data)).convert("RGB")
        assert_colour(image, points["Paris"], scale, STATUS_COLORS["announced"])
        assert_colour(image, points["Munich"], scale, STATUS_COLORS["opened"])
        assert_colour(image, points["Singapour"], scale, STATUS_COLORS["planned"])


def test_png_period_hides_later_events(chromium, seed_dataset):
    from PIL import Image

    view = ViewState(end=date(2024, 12, 31))
    points = marker_points(chromium, image_html(seed_dataset, view), 800, 500)
    data = snapshot_png(seed_dataset, view, width=800, height=500, browser=chromium)
    assert png_size(data) == (800, 500)
    image = Image.open(BytesIO(data)).convert("RGB")
    assert_colour(image, points["Paris"], 1, STATUS_COLORS["announced"])
    r, g, b = image.getpixel(tuple(round(v) for v in points["Munich"]))
    assert not (g > r + 60 and g > b + 40), "Munich (2025) is drawn before 2025"


def test_hostile_article_text_stays_inert(chromium):
    dataset = evil_dataset()
    page = open_snapshot(chromium, snapshot_html(dataset, ViewState(), title=f"T {EVIL}"),
                         "snapshot-evil.html")
    try:
        assert page.locator("h1.atlas-snap-title").inner_text() == f"T {EVIL}"
        assert page.title() == f"T {EVIL}"
        page.evaluate("""() => atlasLayer.markers
          .find(m => m.atlasRow.city === 'Lyon').fire('click') && null""")
        popup = page.locator(".leaflet-popup-content")
        text = popup.inner_text()
        assert f"Acme opened in Lyon. {EVIL}" in text
        assert f"Title {EVIL}" in text and f"Src {EVIL}" in text
        assert "Acme <img src=x onerror=alert(2)>" in text
        assert popup.locator("a").count() == 0  # javascript: never becomes a link
        page.evaluate("""() => atlasLayer.markers
          .find(m => m.atlasRow.city === 'Lille').fire('click') && null""")
        link = page.locator(".leaflet-popup-content a")
        assert link.get_attribute("href") == "https://example.com/news/acme"
        assert page.locator("img").count() == 0
        assert page.evaluate("() => [...document.querySelectorAll('[onerror]')].length") == 0
        page.wait_for_timeout(200)
        assert page.dialogs == [] and page.errors == []
    finally:
        page.context.close()
    # snapshot_png raises if the page opens any dialog or throws
    data = snapshot_png(dataset, ViewState(), width=900, height=600, title=f"T {EVIL}",
                        browser=chromium)
    write_snapshot(ARTIFACTS / "snapshot-evil.png", data, force=True)
    assert png_size(data) == (900, 600)
