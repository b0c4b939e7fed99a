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
    # (while the layer is swapped, the old popup may still be fading out: wait for one)
    frame = map_frame(page)
    frame.wait_for_function("document.querySelectorAll('.atlas-popup mark').length === 1")
    assert frame.locator(".atlas-popup mark").inner_text() == "Munich"
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


def click_marker(page, city: str) -> None:
    frame = map_frame(page)
    point = frame.evaluate("""(city) => {
        const m = window.atlasLayer.markers.find(m => m.atlasRow.city === city);
        const p = window.atlasLayer.map.latLngToContainerPoint(m.getLatLng());
        const box = window.atlasLayer.map.getContainer().getBoundingClientRect();
        return {x: box.left + p.x, y: box.top + p.y};
    }""", city)
    box = page.locator("iframe[title*='st_folium']").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])


def test_a_shared_link_reopens_the_same_view(page, app_url, chromium):
    page.goto(f"{app_url}/?status=opened,existing&from=2025-01&until=2025-12"
              "&event=e41a9a9e57&basemap=offline")
    wait_for_cities(page, {"Munich", "Dublin"})
    page.locator("[data-testid='stHtml']", has_text="premier bureau allemand").wait_for()
    wait_idle(page)
    page.get_by_text("Share this view").click()
    link = page.locator("[data-testid='stCode']").first.inner_text().strip()
    assert link.startswith(app_url) and "event=e41a9a9e57" in link
    other = chromium.new_context(viewport={"width": 1500, "height": 1100}).new_page()
    try:
        other.goto(link)
        wait_for_cities(other, {"Munich", "Dublin"})
        panel = other.locator("[data-testid='stHtml']", has_text="premier bureau allemand")
        panel.wait_for()
        assert "Munich — OpenAI" in panel.inner_text()
        assert other.get_by_text("2 of 6 events on the map").count() == 1
        other.screenshot(path=str(ARTIFACTS / "app-shared-link.png"), full_page=True)
    finally:
        other.context.close()


EVIL = ('<script>alert(1)</script> "><img src=x onerror=alert(1)> '
        '[more](javascript:alert(1)) <a href="javascript:alert(1)">more</a>')


def test_hostile_article_text_stays_inert_in_the_app(page, app_url, tmp_path):
    article = tmp_path / "evil.md"
    title = EVIL.replace("'", "''")
    article.write_text(f"---\nid: evil\ntitle: 'Evil {title}'\nurl: https://example.com/a\n"
                       f"---\nAcme opened an office in Lyon. {EVIL}\n", encoding="utf-8")
    events = tmp_path / "evil.csv"
    events.write_text("company,city,country,date,status,site_kind,article_id,quote,note\n"
                      f'Acme,Lyon,FR,2024-11,opened,office,evil,"Acme opened an office in '
                      f'Lyon. {EVIL.replace(chr(34), chr(34) * 2)}",\n', encoding="utf-8")
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(app_url)
    wait_for_cities(page, SEED_CITIES)
    wait_idle(page)
    uploaders = page.locator("[data-testid='stFileUploaderDropzoneInput']")
    uploaders.nth(1).set_input_files(str(article))
    page.locator("[data-testid='stFileChipName']", has_text="evil.md").wait_for()
    wait_idle(page)
    uploaders.nth(0).set_input_files(str(events))
    page.get_by_text("7 of 7 events on the map").wait_for(timeout=30_000)
    wait_for_cities(page, SEED_CITIES | {"Lyon"})
    wait_idle(page)
    click_marker(page, "Lyon")
    panel = page.locator("[data-testid='stHtml']", has_text="Acme opened an office in Lyon")
    panel.wait_for(timeout=20_000)
    assert EVIL in panel.inner_text()  # shown literally
    assert panel.locator("img, script").count() == 0
    # the only link is the article's own https address
    assert [a.get_attribute("href") for a in panel.locator("a").all()] == [
        "https://example.com/a"]
    frame = map_frame(page)
    frame.wait_for_function("document.querySelectorAll('.atlas-popup').length === 1")
    popup = frame.locator(".atlas-popup")
    assert EVIL in popup.inner_text()
    assert popup.locator("img, script").count() == 0
    assert [a.get_attribute("href") for a in popup.locator("a").all()] == [
        "https://example.com/a"]
    page.screenshot(path=str(ARTIFACTS / "app-hostile-article.png"), full_page=True)
    assert dialogs == []
