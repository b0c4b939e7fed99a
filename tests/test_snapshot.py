"""Snapshots without a browser: content, filters, period plan, escaping, files, CLI."""

from __future__ import annotations

import html
import json
import re
import struct
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from atlas.cli import main
from atlas.dataset import Dataset
from atlas.dates import PartialDate
from atlas.errors import AtlasError
from atlas.model import Article, Event, Location, PlacedEvent, Status
from dashboard import snapshot as snap
from dashboard.view import ViewState

EVIL = '<script>alert(1)</script> "><img src=x onerror=alert(1)>'
MAX_BYTES = 2 * 1024 * 1024


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk (the first chunk, at a fixed offset)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def evil_dataset() -> Dataset:
    """Article text, title, source, URL and company name all trying to become markup.

    Built directly: the article loader already refuses a javascript: URL, and the
    snapshot must stay inert even if such an article slipped through."""
    quote = f"Acme opened in Lyon. {EVIL}"
    bad = Article(id="evil", title=f"Title {EVIL}", text=f"Intro. {quote} End.",
                  source=f"Src {EVIL}", url="javascript:alert(1)")
    good = Article(id="good", title="Acme in Lille", text="Acme announced Lille.",
                   url="https://example.com/news/acme")
    company = 'Acme <img src=x onerror=alert(2)>'
    lyon = Event(company=company, city="Lyon", status=Status.OPENED, article_id="evil",
                 quote=quote, date=PartialDate.parse("2024-10"))
    lille = Event(company=company, city="Lille", status=Status.ANNOUNCED, article_id="good",
                  quote="Acme announced Lille.", date=PartialDate.parse("2024-11-02"))
    placed = [PlacedEvent(lyon, Location("Lyon", "FR", 45.75, 4.85, 2996944)),
              PlacedEvent(lille, Location("Lille", "FR", 50.633, 3.0586, 2998324))]
    return Dataset({"evil": bad, "good": good}, [lyon, lille], placed)


def payload_of(page: str) -> dict:
    match = re.search(r"AtlasMap\.layer\((\{.*?\}), \{", page)
    assert match, "no event payload in the page"
    return json.loads(match.group(1))


def config_of(page: str) -> dict:
    match = re.search(r"AtlasSnapshot\.init\([^,]+, (\{.*?\})\);", page)
    assert match, "no snapshot controls in the page"
    return json.loads(match.group(1))


def cities(page: str) -> list[str]:
    payload = payload_of(page)
    return sorted(payload["strings"][i] for i in payload["city"])


def test_seed_snapshot_is_self_contained_and_small(seed_dataset):
    page = snap.snapshot_html(seed_dataset, ViewState())
    assert len(page.encode("utf-8")) < MAX_BYTES
    assert not re.findall(r'<(?:script|link|img|iframe)[^>]+(?:src|href)=', page)
    # outlines inline, and never tiles: they need the network and tell a server who looks
    assert 'AtlasMap.basemap(map, "offline", {"type":"Topology"' in page
    # the events are inline too: the layer is not told to fetch them from a server
    assert '"rowsUrl": null' in page and '"rowsUrl": "' not in page
    assert cities(page) == sorted(["Paris", "Bruxelles", "New York", "Singapour", "Munich",
                                   "Dublin"])
    assert "<title>Expansion Atlas: OpenAI</title>" in page
    assert 'id="atlas-snap-slider"' in page and 'id="atlas-snap-play"' in page


def test_filters_apply_in_python_and_the_period_in_the_page(seed_dataset):
    view = ViewState(statuses=("planned", "opened"), countries=("BE", "DE", "US"),
                     start=date(2024, 1, 1), end=date(2024, 12, 31))
    page = snap.snapshot_html(seed_dataset, view)
    # Munich (2025) is outside the period but stays in the file: the slider can reach it.
    assert cities(page) == ["Bruxelles", "Munich", "New York"]
    config = config_of(page)
    assert config["start"] == "2024-01-01"
    assert config["steps"][0] == {"end": "2024-01-31", "label": "Jan 2024"}
    assert config["steps"][config["initial"]]["label"] == "Dec 2024"
    assert config["steps"][-1]["label"] == "Dec 2025"
    assert "Jan 2024 – Dec 2024 · 2 of 3 events" in page


def test_default_period_starts_one_empty_month_before_the_data(seed_dataset):
    config = config_of(snap.snapshot_html(seed_dataset, ViewState()))
    labels = [s["label"] for s in config["steps"]]
    assert labels[0] == "Sep 2024" and labels[1] == "Oct 2024" and labels[-1] == "Dec 2025"
    assert len(labels) == 16 and config["initial"] == 15
    assert config["start"] is None


def test_year_precision_event_enters_in_january(seed_dataset):
    view = ViewState(companies=("OpenAI",), end=date(2025, 1, 31))
    page = snap.snapshot_html(seed_dataset, view)
    # Paris, three planned cities, and Munich + Dublin dated "2025"
    assert "Sep 2024 – Jan 2025 · 6 of 6 events" in page
    page = snap.snapshot_html(seed_dataset, ViewState(end=date(2024, 12, 31)))
    assert "Sep 2024 – Dec 2024 · 4 of 6 events" in page


def test_period_outside_the_data_is_clamped_and_empty_views_work(seed_dataset):
    config = config_of(snap.snapshot_html(seed_dataset, ViewState(end=date(2030, 6, 30))))
    assert config["steps"][config["initial"]]["label"] == "Dec 2025"
    page = snap.snapshot_html(seed_dataset, ViewState(statuses=("closed",)))
    assert cities(page) == [] and "All dates · 0 of 0 events" in page
    assert 'id="atlas-snap-slider"' not in page


def test_outlines_are_coarse_for_the_world_and_fine_for_a_region(seed_dataset):
    world = snap.snapshot_html(seed_dataset, ViewState())
    region = snap.snapshot_html(seed_dataset, ViewState(countries=("FR", "DE")))
    assert len(region) - len(world) > 400_000  # 50m outlines instead of 110m


def test_article_text_stays_text_in_the_html():
    dataset = evil_dataset()
    page = snap.snapshot_html(dataset, ViewState(), title=f"My {EVIL}")
    lowered = page.lower()
    assert "<script>alert" not in lowered
    assert "<img src=x" not in lowered
    assert "javascript:" not in lowered
    assert f"<title>My {html.escape(EVIL)}</title>" in page
    assert f'<h1 class="atlas-snap-title">My {html.escape(EVIL)}</h1>' in page
    payload = payload_of(page)
    assert f"Acme opened in Lyon. {EVIL}" in payload["strings"]
    assert payload["strings"][payload["articles"][0][1]] == ""  # no link for javascript:
    assert "https://example.com/news/acme" in payload["strings"]
    default = snap.snapshot_html(dataset, ViewState())
    assert "Expansion Atlas: Acme &lt;img src=x onerror=alert(2)&gt;" in default


def test_template_syntax_in_titles_and_text_is_printed_not_run():
    dataset = evil_dataset()
    page = snap.snapshot_html(dataset, ViewState(), title="Q3 {{ 7*7 }} {% raw %} {#")
    assert "<title>Q3 {{ 7*7 }} {% raw %} {#</title>" in page
    assert '<h1 class="atlas-snap-title">Q3 {{ 7*7 }} {% raw %} {#</h1>' in page


def test_write_snapshot_refuses_to_overwrite(tmp_path):
    target = tmp_path / "sub" / "map.html"
    assert snap.write_snapshot(target, "<p>one</p>", force=False) == target
    with pytest.raises(snap.SnapshotExists, match="--force"):
        snap.write_snapshot(target, "<p>two</p>", force=False)
    assert target.read_text() == "<p>one</p>"
    snap.write_snapshot(target, b"two", force=True)
    assert target.read_bytes() == b"two"
    assert [p.name for p in target.parent.iterdir()] == ["map.html"]  # no temp left
    assert target.stat().st_mode & 0o044, "a shared file must be readable by others"
    with pytest.raises(snap.SnapshotError, match="is a folder"):
        snap.write_snapshot(tmp_path, "x", force=True)


def test_png_errors_are_actionable(seed_dataset, monkeypatch):
    monkeypatch.setattr(snap, "CHROMIUM", "/nonexistent/chromium")
    with pytest.raises(snap.ChromiumMissing, match="make browser"):
        snap.snapshot_png(seed_dataset, ViewState())
    with pytest.raises(snap.SnapshotError, match="at most 16384"):
        snap.snapshot_png(seed_dataset, ViewState(), width=9000, scale=2)
    assert issubclass(snap.SnapshotError, AtlasError)


def test_png_size_reader():
    header = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + struct.pack(">II", 7, 3)
    assert png_size(header + b"\x08\x06\x00\x00\x00") == (7, 3)


# --- the command -------------------------------------------------------------------


def run(*args: str):
    return CliRunner().invoke(main, ["snapshot", *args])


def test_cli_writes_html_and_refuses_to_overwrite(tmp_path):
    out = tmp_path / "map.html"
    result = run("--out", str(out), "--until", "2024-12", "--title", "Seeds")
    assert result.exit_code == 0, result.output
    assert str(out) in result.output and "MB" in result.output
    assert "<title>Seeds</title>" in out.read_text()
    before = out.read_text()
    result = run("--out", str(out), "--title", "Other")
    assert result.exit_code == 1
    assert "already exists" in result.output and "--force" in result.output
    assert out.read_text() == before
    result = run("--out", str(out), "--title", "Other", "--force")
    assert result.exit_code == 0, result.output
    assert "<title>Other</title>" in out.read_text()


@pytest.mark.parametrize(("args", "message"), [
    (["--from", "2024-13"], "is not a month"),
    (["--from", "2025-02", "--until", "2025-01"], "starts (2025-02) after it ends"),
    (["--company", "Nobody"], "the data has: OpenAI"),
    (["--country", "ZZ"], "no events with 'ZZ'"),
    (["--status", "rumoured"], "rumoured"),
    (["--scale", "9"], "--scale"),
])
def test_cli_rejects_bad_option_values(tmp_path, args, message):
    out = tmp_path / "map.html"
    result = run("--out", str(out), *args)
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert not out.exists()


def test_cli_format_comes_from_the_suffix_or_the_option(tmp_path):
    result = run("--out", str(tmp_path / "map.svg"))
    assert result.exit_code == 2 and "--format" in result.output
    result = run("--out", str(tmp_path / "map.txt"), "--format", "html",
                 "--company", "openai", "--country", "fr")
    assert result.exit_code == 0, result.output
    assert cities((tmp_path / "map.txt").read_text()) == ["Paris"]


def test_cli_reports_input_problems_and_keeps_valid_rows(tmp_path):
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    articles = tmp_path / "articles"
    articles.mkdir()
    for article in (seeds / "articles").iterdir():
        (articles / article.name).write_text(article.read_text(encoding="utf-8"))
    (articles / "bad.md").write_text(
        f"---\nid: bad\ntitle: '{EVIL}'\nurl: 'javascript:alert(1)'\n---\nAcme in Lyon.\n")
    events = tmp_path / "events.csv"
    rows = (seeds / "events.csv").read_text(encoding="utf-8").splitlines()
    rows.append("Acme,Lyon,FR,2024-13,opened,office,bad,Acme in Lyon.,")
    events.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "map.html"
    result = run("--out", str(out), "--events", str(events), "--articles", str(articles))
    assert result.exit_code == 0, result.output
    assert "url 'javascript:alert(1)' is not an http(s) address" in result.stderr
    assert "events.csv, row 8" in result.stderr
    assert "the snapshot shows the 6 valid event(s)" in result.stderr
    assert len(cities(out.read_text())) == 6
