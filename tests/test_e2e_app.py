"""The dashboard as a person sees it: real server, real headless Chromium, no internet."""

from __future__ import annotations

import re

import pytest

from tests.browser import ARTIFACTS, block_internet, running_app

pytestmark = pytest.mark.browser
SEED_CITIES = {"Paris", "Bruxelles", "New York", "Singapour", "Munich", "Dublin"}


@pytest.fixture(scope="module")
def app_url():
    with running_app() as url:
        yield url


@pytest.fixture()
def page(chromium):
    context = chromium.new_context(viewport={"width": 1500, "height": 1100})
    blocked = block_internet(context)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.blocked, page.errors = blocked, errors
    page.map_frames_created = 0

    def count_map_frames(frame):
        page.map_frames_created += 1

    page.on("frameattached", count_map_frames)
    yield page
    context.close()


def map_frame(page):
    """The streamlit-folium iframe, once its markers are drawn."""
    page.wait_for_selector("iframe[title*='st_folium']", timeout=60_000)
    for _ in range(200):
        for frame in page.frames:
            if "streamlit_folium" in frame.url:
                try:
                    if frame.evaluate("!!(window.atlasLayer && window.atlasLayer.rows)"):
                        return frame
                except Exception:
                    pass
        page.wait_for_timeout(150)
    raise AssertionError("the map never drew its event layer")


def drawn_cities(frame) -> set[str]:
    """Cities whose marker is drawn as an SVG path in the map right now."""
    return set(frame.evaluate("""() => window.atlasLayer.markers
        .filter(m => m._path && m._path.isConnected)
        .map(m => m.atlasRow.city)"""))


def wait_for_cities(page, expected: set[str]):
    seen: set[str] = set()
    for _ in range(100):
        frame = map_frame(page)
        seen = drawn_cities(frame)
        if seen == expected:
            return frame
        page.wait_for_timeout(200)
    raise AssertionError(f"markers on the map: {sorted(seen)}, expected {sorted(expected)}")


def wait_idle(page, quiet_ms: int = 800, timeout_ms: int = 30_000) -> None:
    """Wait until Streamlit has not been running a script for `quiet_ms`."""
    page.wait_for_function(
        """([quiet]) => {
            const busy = !!document.querySelector('[data-testid="stStatusWidget"]');
            const now = performance.now();
            if (busy || window.__atlasBusyAt === undefined) { window.__atlasBusyAt = now; }
            return !busy && now - window.__atlasBusyAt > quiet;
        }""", arg=[quiet_ms], timeout=timeout_ms, polling=100)


def test_seed_cities_render_as_markers_offline(page, app_url):
    page.goto(app_url)
    frame = wait_for_cities(page, SEED_CITIES)
    assert frame.locator("path.leaflet-interactive").count() == 6
    # the offline basemap drew country outlines from the npm data package
    frame.wait_for_function(
        "() => document.querySelectorAll('.leaflet-atlasBase-pane path').length > 100")
    page.screenshot(path=str(ARTIFACTS / "app-seeds.png"), full_page=True)
    # the auto basemap probed for tiles, failed, and kept the offline outlines
    assert page.blocked and all(url.startswith("https://tile.openstreetmap.org/")
                                for url in page.blocked), page.blocked
    assert page.errors == []


def test_moving_the_window_before_october_2024_removes_paris(page, app_url):
    page.goto(app_url)
    wait_for_cities(page, SEED_CITIES)
    wait_idle(page)
    thumbs = page.get_by_role("slider")
    end_thumb = thumbs.nth(1)
    end_thumb.focus()
    # from Dec 2025 back to Sep 2024 is 15 months
    for _ in range(15):
        end_thumb.press("ArrowLeft")
        page.wait_for_timeout(300)  # each step reruns the script, as a person's would
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-testid=stSliderThumbValue]')]"
        ".some(e => e.textContent.includes('Sep 2024'))", timeout=20_000)
    wait_for_cities(page, set())
    page.get_by_text("0 of 6 events on the map").wait_for()
    page.wait_for_url(re.compile(r"until=2024-09"))
    page.screenshot(path=str(ARTIFACTS / "app-before-oct-2024.png"), full_page=True)
    # one month later, the Paris announcement and its planned openings are back
    end_thumb.press("ArrowRight")
    wait_for_cities(page, {"Paris", "Bruxelles", "New York", "Singapour"})


def test_clicking_munich_shows_its_quote_in_the_side_panel(page, app_url):
    page.goto(app_url)
    frame = wait_for_cities(page, SEED_CITIES)
    wait_idle(page)
    point = frame.evaluate("""() => {
        const m = window.atlasLayer.markers.find(m => m.atlasRow.city === 'Munich');
        const p = window.atlasLayer.map.latLngToContainerPoint(m.getLatLng());
        const box = window.atlasLayer.map.getContainer().getBoundingClientRect();
        return {x: box.left + p.x, y: box.top + p.y};
    }""")
    box = page.locator("iframe[title*='st_folium']").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    panel = page.locator("[data-testid='stHtml']", has_text="premier bureau allemand")
    panel.wait_for(timeout=20_000)
    text = panel.inner_text()
    assert "Munich — OpenAI" in text
    assert "opened · 2025" in text
    mark = panel.locator("mark")
    assert mark.inner_text().startswith("Moins d'un an après")
    page.wait_for_url(re.compile(r"event=[0-9a-f]{10}"))
    # the map keeps the selected event's popup open, the city marked in its quote
    popup_mark = map_frame(page).locator(".atlas-popup mark")
    popup_mark.wait_for()
    assert popup_mark.inner_text() == "Munich"
    page.screenshot(path=str(ARTIFACTS / "app-munich-selected.png"), full_page=True)


def test_uploading_a_bad_csv_lists_the_row_errors(page, app_url, tmp_path):
    bad = tmp_path / "my-events.csv"
    bad.write_text(
        "company,city,country,date,status,site_kind,article_id,quote,note\n"
        "Acme,Lyon,FR,2024-13,opened,office,openai-paris-2024,Not in the text,\n"
        "Acme,Lyon,FR,2024,rumoured,office,nope,x,\n", encoding="utf-8")
    page.goto(app_url)
    wait_for_cities(page, SEED_CITIES)
    wait_idle(page)
    page.locator("[data-testid='stFileUploaderDropzoneInput']").first.set_input_files(str(bad))
    page.locator("[data-testid='stFileChipName']", has_text="my-events.csv").wait_for()
    page.get_by_text("my-events.csv, row 2, field 'date'").wait_for(timeout=30_000)
    body = page.inner_text("body")
    assert "my-events.csv, row 2, field 'quote'" in body
    assert "my-events.csv, row 3, field 'status'" in body
    assert "my-events.csv, row 3, field 'article_id'" in body
    # the seed events are still all there
    assert "6 of 6 events on the map" in body
    page.screenshot(path=str(ARTIFACTS / "app-bad-upload.png"), full_page=True)
