"""The page's logic through Streamlit's AppTest: filters, period, selection, links."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "dashboard" / "app.py")
MUNICH_KEY = "e41a9a9e57"


def walk(node):
    yield node
    for child in getattr(node, "children", {}).values():
        yield from walk(child)


def html_bodies(at: AppTest) -> list[str]:
    return [n.proto.body for n in walk(at.main) if getattr(n, "type", None) == "html"]


def table_cities(at: AppTest) -> list[str]:
    return list(at.dataframe[0].value["city"])


@pytest.fixture()
def app() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    assert not at.exception, at.exception
    return at


def caption(at: AppTest) -> str:
    return at.caption[0].value


def test_seed_view(app):
    assert caption(app).startswith("6 of 6 events on the map")
    assert table_cities(app) == ["Paris", "Bruxelles", "New York", "Singapour", "Munich",
                                 "Dublin"]
    assert "0 unplaced" in caption(app)


def test_status_and_country_filters(app):
    app.multiselect(key="f_status").set_value(["planned"]).run()
    assert table_cities(app) == ["Bruxelles", "New York", "Singapour"]
    app.multiselect(key="f_country").set_value(["US", "SG", "DE"]).run()
    assert table_cities(app) == ["New York", "Singapour"]
    assert app.query_params["status"] == "planned"
    assert app.query_params["country"] == "US,SG,DE"


def test_period_slider_moves_the_window(app):
    start, _ = app.select_slider[0].value
    app.select_slider[0].set_value((start, date(2024, 9, 30))).run()
    assert caption(app).startswith("0 of 6 events")
    assert table_cities(app) == []
    app.select_slider[0].set_value((start, date(2024, 10, 31))).run()
    assert table_cities(app) == ["Paris", "Bruxelles", "New York", "Singapour"]
    assert app.query_params["until"] == "2024-10"


def test_selected_event_shows_its_paragraph_with_the_quote_marked(app):
    app.session_state["selected"] = MUNICH_KEY
    app.run()
    panel = next(b for b in html_bodies(app) if "atlas-panel" in b)
    assert "<mark" in panel
    assert "premier bureau allemand à Munich.</mark>" in panel
    assert "Ce choix géographique" in panel  # the rest of the paragraph
    assert "Tech Crunch" in panel
    assert app.query_params["event"] == MUNICH_KEY
    assert app.dataframe[0].value.iloc[4][""] == "●"


def test_link_reproduces_the_view():
    at = AppTest.from_file(APP, default_timeout=90)
    at.query_params.update({"status": "opened,existing", "from": "2025-01", "until": "2025-12",
                            "event": MUNICH_KEY, "basemap": "offline"})
    at.run()
    assert not at.exception
    assert table_cities(at) == ["Munich", "Dublin"]
    assert at.selectbox(key="basemap").value == "offline"
    assert any("Munich — OpenAI" in b for b in html_bodies(at))
    assert not at.warning


def test_tampered_link_falls_back_with_a_notice():
    at = AppTest.from_file(APP, default_timeout=90)
    at.query_params.update({"status": "rumoured", "until": "not-a-month", "map": "x"})
    at.run()
    assert not at.exception
    assert caption(at).startswith("6 of 6 events")
    notices = " ".join(w.value for w in at.warning)
    assert "rumoured" in notices and "until" in notices and "map position" in notices


def test_extraction_proposes_candidates_for_review_without_adding_them(app):
    app.selectbox(key="x_article").set_value("openai-munich-2025").run()
    app.button(key="x_run").click().run()
    assert not app.exception
    frame = app.session_state["candidates"]
    assert set(frame["city"]) >= {"Munich"}
    assert not frame["accept"].any()
    # nothing was added to the map until the user accepts
    assert caption(app).startswith("6 of 6 events")


def test_play_steps_month_by_month_to_the_end_of_the_period(app):
    app.session_state["play_seconds"] = 0
    app.button(key="play").click().run()
    assert not app.exception
    frames = app.session_state["play_frames"]
    assert frames[0][1] == date(2024, 10, 31)  # the month of the first event
    assert frames[-1][1] == date(2025, 12, 31)
    assert len(frames) == 15
    assert app.session_state["play_at"] == len(frames) - 1
    assert not app.session_state["playing"]
    assert app.select_slider[0].value[1] == date(2025, 12, 31)
    assert caption(app).startswith("6 of 6 events")


def test_share_section_prepares_an_html_snapshot_of_the_view(app):
    app.multiselect(key="f_status").set_value(["opened"]).run()
    app.button(key="snap_html").click().run()
    assert not app.exception
    kind, view, data = app.session_state["snapshot"]
    assert kind == "html" and view.statuses == ("opened",)
    page = data.decode("utf-8")
    assert "Munich" in page and "Singapour" not in page
    assert any("status=opened" in c.value for c in app.code)



@pytest.mark.browser
def test_share_section_renders_a_png_in_chromium(app):
    app.button(key="snap_png").click().run(timeout=120)
    assert not app.exception
    kind, _, data = app.session_state["snapshot"]
    assert kind == "png"
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1600, 900)
