"""What reruns reuse: per-dataset tables, per-filter rows, published layer files."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from dashboard.mapdata import map_payload
from dashboard.view import ViewState
from dashboard.workspace import PAYLOAD_DIR, Workspace, publish


def read(url: str) -> dict:
    return json.loads((PAYLOAD_DIR / Path(url).name).read_text(encoding="utf-8"))


def cities(payload: dict) -> list[str]:
    return [payload["strings"][i] for i in payload["city"]]


def test_published_tables_and_rows_describe_the_filtered_events(seed_dataset):
    ws = Workspace(seed_dataset)
    view = ViewState(statuses=("planned", "opened"))
    merged = {**read(ws.layer_tables_url), **read(ws.layer_rows_url(view))}
    assert cities(merged) == ["Bruxelles", "New York", "Singapour", "Munich"]
    direct = map_payload(ws.filtered(view), seed_dataset.articles)
    assert cities(direct) == cities(merged)
    assert merged["key"] == direct["key"]
    # the shared tables are published once per dataset, the rows once per filter set
    assert ws.layer_rows_url(view) == ws.layer_rows_url(view)
    assert ws.layer_rows_url(view) != ws.layer_rows_url(ViewState())


def test_table_follows_filters_period_and_selection(seed_dataset):
    ws = Workspace(seed_dataset)
    munich = next(p for p in seed_dataset.placed if p.event.city == "Munich").event.key
    view = ViewState(start=date(2025, 1, 1), end=date(2025, 12, 31), selected=munich)
    table = ws.table(view)
    assert list(table["city"]) == ["Munich", "Dublin"]
    assert list(table[""]) == ["●", ""]
    assert [p.event.city for p in ws.shown(view)] == ["Munich", "Dublin"]
    assert list(ws.table(ViewState(countries=("US",)))["city"]) == ["New York"]


def test_months_start_six_months_before_the_first_event(seed_dataset):
    months = Workspace(seed_dataset).months
    assert months[0] == date(2024, 4, 30) and months[-1] == date(2025, 12, 31)


def test_publish_is_content_addressed_and_pruned(tmp_path):
    first = publish('{"a":1}', tmp_path, keep=2)
    assert publish('{"a":1}', tmp_path, keep=2) == first
    publish('{"a":2}', tmp_path, keep=2)
    publish('{"a":3}', tmp_path, keep=2)
    assert len(list(tmp_path.glob("*.json"))) == 2
    assert first.startswith("/app/static/layers/") and first.endswith(".json")
