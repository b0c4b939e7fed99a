"""Shareable snapshots of a view: one self-contained HTML file, or a PNG image of it.

A snapshot must still work when it is mailed, archived or opened on a plane: the HTML
file inlines Leaflet, our map script, the country outlines and the filtered events, and
references nothing beside it (no CDN, no tiles, no fetch). The company, country and
status filters are applied here; the period is applied in the browser, by the same
overlap rule as the app (atlas.timeline), so the file's slider and Play button can show
every month of the data. The PNG is that same page drawn by headless Chromium, with the
controls hidden and clustering off, so what the image shows is what the file shows.

Every piece of article text reaches the page either through the map payload (JSON
escaped for <script>, drawn with textContent) or through `html.escape`.
"""

from __future__ import annotations

import html
import os
import secrets
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from branca.element import MacroElement
from folium.template import Template

from atlas.dataset import Dataset
from atlas.dates import MONTHS_SHORT
from atlas.errors import AtlasError
from atlas.model import PlacedEvent
from atlas.timeline import Window, date_extent, month_steps
from dashboard import assets
from dashboard.mapdata import payload_json
from dashboard.maps import EventGroup, RawText, build_map, render_html, render_raw
from dashboard.view import ViewState, filter_events

if TYPE_CHECKING:  # Playwright is only needed for PNG snapshots.
    from playwright.sync_api import Browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ("--headless", "--no-sandbox", "--disable-gpu",
                 "--disable-background-networking", "--disable-component-update",
                 "--no-first-run")
PLAY_DELAY_MS = 700
DRAW_TIMEOUT_MS = 60_000
MAX_PIXELS_PER_SIDE = 16_384  # Chromium's largest texture: bigger screenshots come out blank
_CONTROLS_JS = Path(__file__).resolve().parent / "js" / "snapshot_controls.js"
# Above this geographic span the map fits at world scale, where the 110m outlines are as
# good as the 50m ones at a seventh of the size; a regional view keeps the finer ones.
_REGIONAL_SPAN_DEGREES = 40.0

_STYLE = """
html, body { font: 14px/1.4 system-ui, "DejaVu Sans", sans-serif; color: #1d232b; }
.atlas-snap-head { position: fixed; top: 10px; left: 50%; transform: translateX(-50%);
  z-index: 1000; max-width: 70%; text-align: center; background: rgba(255,255,255,0.94);
  padding: 8px 16px; border-radius: 8px; box-shadow: 0 1px 5px rgba(0,0,0,0.3); }
.atlas-snap-title { margin: 0; font-size: 20px; font-weight: 650; line-height: 1.25;
  overflow-wrap: anywhere; }
.atlas-snap-caption { margin-top: 2px; color: #3d4754; font-size: 14px; }
.atlas-snap-controls { position: fixed; bottom: 28px; left: 50%; transform: translateX(-50%);
  z-index: 1000; display: flex; align-items: center; gap: 10px;
  background: rgba(255,255,255,0.94); padding: 6px 12px; border-radius: 8px;
  box-shadow: 0 1px 5px rgba(0,0,0,0.3); }
.atlas-snap-controls input[type=range] { width: min(420px, 40vw); }
.atlas-snap-controls button { font: inherit; padding: 3px 10px; cursor: pointer; }
.atlas-snap-month { min-width: 6.5em; font-variant-numeric: tabular-nums; }
"""
# The image has nothing to click: no controls, no zoom buttons.
_IMAGE_STYLE = """
.atlas-snap-controls, .leaflet-control-zoom { display: none !important; }
"""


class SnapshotError(AtlasError):
    """A snapshot could not be made; the message says what to do about it."""


class SnapshotExists(SnapshotError, FileExistsError):
    """The output file is already there and overwriting was not asked for."""


class ChromiumMissing(SnapshotError):
    """PNG snapshots need Debian's Chromium (and Playwright to drive it)."""


class SnapshotRenderError(SnapshotError):
    """Chromium started but did not produce the image."""


@dataclass(frozen=True)
class _Plan:
    """What a snapshot shows: the filtered, placed events and the period controls."""

    placed: list[PlacedEvent]
    title: str
    steps: list[date]  # last day of each month the slider offers
    initial: int  # the step the view's period ends on
    undated: int


def month_label(day: date) -> str:
    """'Oct 2024', independent of the machine's locale so snapshots are reproducible."""
    return f"{MONTHS_SHORT[day.month - 1]} {day.year}"


def default_title(placed: Sequence[PlacedEvent], view: ViewState) -> str:
    """Name the companies shown, so a forwarded file or image says what it is about."""
    companies = list(view.companies) or sorted({p.event.company for p in placed})
    if not companies:
        return "Expansion Atlas"
    if len(companies) > 3:
        return f"Expansion Atlas: {len(companies)} companies"
    return "Expansion Atlas: " + ", ".join(companies)


def _plan(dataset: Dataset, view: ViewState, title: str | None) -> _Plan:
    # Filters here, period in the browser: the file can then replay the whole extent.
    placed = [p for p in filter_events(dataset.placed, replace(view, start=None, end=None))
              if p.location is not None]
    extent = date_extent(p.event for p in placed)
    steps: list[date] = []
    initial = 0
    if extent is not None:
        # One empty month before the first event, so Play starts from an empty map and
        # the first offices visibly appear; a chosen start is kept as it is.
        lead_in = date(extent[0].year - (extent[0].month == 1), (extent[0].month - 2) % 12 + 1, 1)
        first = view.start or min(lead_in, view.end or lead_in)
        last = max(first, extent[1])
        steps = month_steps(first, last)
        # A period ending after the data shows the same events as one ending with it.
        end = min(max(view.end or last, first), last)
        initial = next(i for i, step in enumerate(steps) if step >= end)
    undated = sum(1 for p in placed if p.event.date.span() is None)
    return _Plan(placed, title if title is not None else default_title(placed, view),
                 steps, initial, undated)


def _caption(plan: _Plan, view: ViewState) -> str:
    """The same words the page script writes (it rewrites them as the slider moves)."""
    if plan.steps:
        end = plan.steps[plan.initial]
        last = month_label(end)
        first = month_label(view.start or plan.steps[0])
        text = last if first == last else f"{first} \u2013 {last}"
        window = Window(view.start, end)
    else:
        text = "Selected period" if view.start or view.end else "All dates"
        window = view.window
    shown = sum(1 for p in plan.placed if window.contains(p.event.date))
    text += f" \u00b7 {shown} of {len(plan.placed)} events"
    if plan.undated:
        text += f" ({plan.undated} undated, shown in every period)"
    return text


def _outlines(plan: _Plan, view: ViewState) -> assets.Asset:
    if view.zoom is not None:
        return assets.COUNTRIES if view.zoom >= 4 else assets.COUNTRIES_110M
    if not plan.placed:
        return assets.COUNTRIES_110M
    lats = [p.location.latitude for p in plan.placed if p.location]
    lons = [p.location.longitude for p in plan.placed if p.location]
    span = max(max(lats) - min(lats), max(lons) - min(lons))
    return assets.COUNTRIES if span < _REGIONAL_SPAN_DEGREES else assets.COUNTRIES_110M


class _Controls(MacroElement):
    """Starts the slider and Play button once the event layer exists."""

    _template = Template("""
{% macro script(this, kwargs) %}
{{ this.js }}
AtlasSnapshot.init({{ this.group }}.atlas, {{ this.config }});
{% endmacro %}
""")

    def __init__(self, group: str, config: dict[str, Any]) -> None:
        super().__init__()
        self._name = "SnapshotControls"
        self.group = group
        self.js = _CONTROLS_JS.read_text(encoding="utf-8").replace("</script", "<\\/script")
        self.config = payload_json(config)

    def render(self, **kwargs) -> None:
        render_raw(self, **kwargs)


def _document(dataset: Dataset, view: ViewState, title: str | None, *, image: bool) -> str:
    plan = _plan(dataset, view, title)
    end = plan.steps[plan.initial] if plan.steps else view.end
    keep_view = view.center is not None and view.zoom is not None
    m = build_map(plan.placed, dataset.articles, basemap="offline",
                  center=view.center if keep_view else None,
                  zoom=view.zoom if keep_view else None,
                  asset_mode="inline", start=view.start, end=end, cluster=not image,
                  outlines=_outlines(plan, view))
    group = next(c for c in m._children.values() if isinstance(c, EventGroup))
    config = {
        "steps": [{"end": s.isoformat(), "label": month_label(s)} for s in plan.steps],
        "initial": plan.initial,
        "start": view.start.isoformat() if view.start else None,
        # With no start the window is open, and the first step is the data's first month.
        "startLabel": (month_label(view.start or plan.steps[0]) if plan.steps
                       else month_label(view.start) if view.start else None),
        "end": end.isoformat() if end else None,
        "total": len(plan.placed), "undated": plan.undated, "delay": PLAY_DELAY_MS,
    }
    m.add_child(_Controls(group.get_name(), config))
    root = m.get_root()
    root.header.add_child(RawText(f"<title>{html.escape(plan.title)}</title>"),
                          name="snapshot_title")
    root.header.add_child(RawText(f"<style>{_STYLE}{_IMAGE_STYLE if image else ''}</style>"),
                          name="snapshot_style")
    head = (f'<div class="atlas-snap-head"><h1 class="atlas-snap-title">'
            f"{html.escape(plan.title)}</h1>"
            f'<div class="atlas-snap-caption" id="atlas-snap-caption">'
            f"{html.escape(_caption(plan, view))}</div></div>")
    root.html.add_child(RawText(head), name="snapshot_head")
    if plan.steps and not image:
        last = len(plan.steps) - 1
        controls = (
            '<div class="atlas-snap-controls">'
            '<button type="button" id="atlas-snap-play">\u25b6 Play</button>'
            f'<input type="range" id="atlas-snap-slider" min="0" max="{last}" step="1" '
            f'value="{plan.initial}" aria-label="Show events up to this month">'
            f'<span class="atlas-snap-month" id="atlas-snap-month">'
            f"{html.escape(month_label(plan.steps[plan.initial]))}</span></div>")
        root.html.add_child(RawText(controls), name="snapshot_controls")
    return render_html(m)


def snapshot_html(dataset: Dataset, view: ViewState, *, title: str | None = None) -> str:
    """One HTML file that shows the view with no network and nothing beside it.

    It holds the events that pass the view's company/country/status filters; the view's
    period becomes the slider's starting position, so the recipient can still replay
    the months. The basemap is always the inlined outlines: tiles would need the network
    and would tell a tile server who opened the file.
    """
    return _document(dataset, view, title, image=False)


def image_html(dataset: Dataset, view: ViewState, *, title: str | None = None) -> str:
    """The page a PNG is shot from: the snapshot without controls and without clustering.

    A still image cannot expand a cluster, and a cluster bubble hides the status colours,
    so every event is drawn as its own marker.
    """
    return _document(dataset, view, title, image=True)


def _check_size(width: int, height: int, scale: int) -> None:
    if width < 1 or height < 1 or scale < 1:
        raise SnapshotError(f"image size {width}x{height} at scale {scale} is not possible; "
                            "width, height and scale must be positive")
    if max(width, height) * scale > MAX_PIXELS_PER_SIDE:
        raise SnapshotError(
            f"{width * scale}x{height * scale} pixels is more than Chromium can draw "
            f"(at most {MAX_PIXELS_PER_SIDE} per side); lower --width/--height or --scale")


def render_png(page_html: str, *, width: int = 1600, height: int = 900, scale: int = 1,
               browser: Browser | None = None) -> bytes:
    """Draw a snapshot page in headless Chromium, offline, and return the screenshot.

    With no `browser`, Chromium is started for this one image, in a worker thread: the
    Playwright sync API refuses to run where an asyncio loop is running (Streamlit,
    Jupyter, another Playwright session). Pass a running browser to reuse it.
    """
    _check_size(width, height, scale)
    if browser is not None:
        return _shoot(browser, page_html, width, height, scale)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="snapshot-png") as pool:
        return pool.submit(_launch_and_shoot, page_html, width, height, scale).result()


def _launch_and_shoot(page_html: str, width: int, height: int, scale: int) -> bytes:
    if not Path(CHROMIUM).exists():
        raise ChromiumMissing(
            f"PNG snapshots are drawn by Chromium, and {CHROMIUM} is missing: install "
            "Debian's chromium (`make browser`, or `apt-get install chromium`), or make an "
            "HTML snapshot instead (--format html)")
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        raise ChromiumMissing(
            "PNG snapshots need the Python package playwright to drive Chromium; install "
            "the project's dependencies (`pip install -e .`) and retry") from exc
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
            try:
                return _shoot(browser, page_html, width, height, scale)
            finally:
                browser.close()
    except PlaywrightError as exc:
        first = (str(exc).strip().splitlines() or ["unknown error"])[0]
        raise SnapshotRenderError(
            f"Chromium could not draw the snapshot ({first}); check that {CHROMIUM} starts "
            f"(`{CHROMIUM} --headless --no-sandbox --version`) and retry") from exc


def _local_only(route) -> None:
    """A snapshot needs nothing from the network; asking for anything is a bug."""
    if route.request.url.startswith(("file:", "data:", "blob:", "about:")):
        route.continue_()
    else:
        route.abort("internetdisconnected")


_DRAWN = """() => {
  const layer = window.atlasLayer, snap = window.atlasSnapshot;
  if (!layer || !snap || !layer.loaded) { return false; }
  const outlines = document.querySelectorAll('.leaflet-atlasBase-pane path').length;
  const shown = layer.markers.filter(m => layer.inner.hasLayer(m));
  return outlines > 0 && shown.every(m => m._path && m._path.isConnected);
}"""
_PAINTED = """() => document.fonts.ready.then(() => new Promise(done =>
  requestAnimationFrame(() => requestAnimationFrame(() => done(true)))))"""


def _shoot(browser: Browser, page_html: str, width: int, height: int, scale: int) -> bytes:
    from playwright.sync_api import Error as PlaywrightError

    context = browser.new_context(viewport={"width": width, "height": height},
                                  device_scale_factor=scale, accept_downloads=False)
    trouble: list[str] = []
    with tempfile.TemporaryDirectory(prefix="atlas-snapshot-") as folder:
        path = Path(folder) / "snapshot.html"
        path.write_text(page_html, encoding="utf-8")
        try:
            context.route("**/*", _local_only)
            page = context.new_page()
            page.on("pageerror", lambda exc: trouble.append(f"script error: {exc}"))

            def on_dialog(dialog) -> None:
                # Nothing in a snapshot opens a dialog: one means injected script ran.
                trouble.append(f"the page opened a {dialog.type} dialog")
                dialog.dismiss()

            page.on("dialog", on_dialog)
            page.goto(path.as_uri(), wait_until="load")
            try:
                page.wait_for_function(_DRAWN, timeout=DRAW_TIMEOUT_MS)
            except PlaywrightError as exc:
                raise SnapshotRenderError(
                    f"the map was not drawn within {DRAW_TIMEOUT_MS // 1000} s"
                    + (f" ({trouble[0]})" if trouble else "")
                    + "; run `make assets` if the map files are missing") from exc
            page.evaluate(_PAINTED)
            image = page.screenshot(type="png", full_page=False, animations="disabled",
                                    caret="hide")
        finally:
            context.close()
    if trouble:
        raise SnapshotRenderError("the snapshot page misbehaved: " + "; ".join(trouble)
                                  + " (please report this with the input files)")
    return image


def snapshot_png(dataset: Dataset, view: ViewState, *, width: int = 1600, height: int = 900,
                 scale: int = 1, title: str | None = None,
                 browser: Browser | None = None) -> bytes:
    """A PNG of the view, `width` x `height` CSS pixels at `scale` device pixels each.

    It is the HTML snapshot drawn offline with its title, legend and period caption, so
    the same view always gives the same image (no tiles, no network timing).
    """
    _check_size(width, height, scale)
    return render_png(image_html(dataset, view, title=title), width=width, height=height,
                      scale=scale, browser=browser)


def write_snapshot(path: str | os.PathLike[str], data: bytes | str, force: bool) -> Path:
    """Write a snapshot file; never replace an existing file unless `force` is set.

    Without force the file is created exclusively (no race can clobber it); with force
    it is written beside the target and renamed, so a reader never sees half a file.
    """
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    if target.is_dir():
        raise SnapshotError(f"{target} is a folder; give a file name for the snapshot, "
                            f"e.g. {target / 'snapshot.html'}")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SnapshotError(f"cannot create the folder {target.parent}: "
                            f"{exc.strerror or exc}; choose another --out") from exc
    try:
        if not force:
            with target.open("xb") as out:
                out.write(payload)
            return target
        # Not mkstemp: its files are private (0600), and a snapshot is meant to be shared.
        temp = target.parent / f".{target.name}.{secrets.token_hex(6)}.tmp"
        try:
            with temp.open("xb") as out:
                out.write(payload)
            os.replace(temp, target)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
    except FileExistsError:
        raise SnapshotExists(f"{target} already exists; pass --force to overwrite it, or "
                             "choose another --out") from None
    except OSError as exc:
        raise SnapshotError(f"cannot write {target}: {exc.strerror or exc}; check the folder "
                            "exists and is writable, or choose another --out") from exc
    return target


def snapshot_summary(path: Path, size: int) -> str:
    """'artifacts/x.html (1.02 MB, 1,020,331 bytes)': what the CLI prints."""
    return f"{path} ({size / 1e6:.2f} MB, {size:,} bytes)"


__all__ = ["ChromiumMissing", "SnapshotError", "SnapshotExists", "SnapshotRenderError",
           "default_title", "image_html", "month_label", "render_png",
           "snapshot_html", "snapshot_png", "snapshot_summary", "write_snapshot"]
