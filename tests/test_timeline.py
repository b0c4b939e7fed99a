"""Partial dates and the window rule shared by map, chart, snapshot and links."""

from __future__ import annotations

from datetime import date

import pytest

from atlas.dates import DateFormatError, PartialDate, Precision
from atlas.model import Event, Location, PlacedEvent, Status
from atlas.timeline import Window, cumulative_offices, date_extent, in_window, month_steps


@pytest.mark.parametrize(("text", "precision", "label", "span"), [
    ("2024-10-09", Precision.DAY, "9 Oct 2024", (date(2024, 10, 9), date(2024, 10, 9))),
    ("2024-10", Precision.MONTH, "Oct 2024", (date(2024, 10, 1), date(2024, 10, 31))),
    ("2024-02", Precision.MONTH, "Feb 2024", (date(2024, 2, 1), date(2024, 2, 29))),
    ("2025", Precision.YEAR, "2025", (date(2025, 1, 1), date(2025, 12, 31))),
    ("", Precision.UNKNOWN, "date unknown", None),
])
def test_partial_dates(text, precision, label, span):
    parsed = PartialDate.parse(text)
    assert parsed.precision is precision
    assert parsed.label() == label
    assert parsed.span() == span
    assert parsed.iso() == text


@pytest.mark.parametrize("text", ["2024-1", "24", "2024/10", "2024-00", "2023-02-29", "soon"])
def test_bad_dates_are_refused(text):
    with pytest.raises(DateFormatError):
        PartialDate.parse(text)


def _placed(city: str, when: str, status: Status = Status.OPENED, company: str = "Acme",
            geonameid: int | None = None) -> PlacedEvent:
    event = Event(company=company, city=city, status=status, article_id="a", quote="q",
                  date=PartialDate.parse(when))
    return PlacedEvent(event, Location(city, "FR", 48.0, 2.0, geonameid or hash(city) % 1000))


def cities(events):
    return [p.event.city for p in events]


def test_year_event_is_shown_by_any_window_touching_its_year():
    events = [_placed("Munich", "2025")]
    assert cities(in_window(events, Window(date(2025, 12, 1), date(2025, 12, 31)))) == ["Munich"]
    assert cities(in_window(events, Window(date(2024, 1, 1), date(2025, 1, 1)))) == ["Munich"]
    assert in_window(events, Window(date(2024, 1, 1), date(2024, 12, 31))) == []
    assert in_window(events, Window(date(2026, 1, 1), None)) == []


def test_day_event_leaves_when_the_window_ends_the_day_before():
    events = [_placed("Paris", "2024-10-09")]
    assert in_window(events, Window(None, date(2024, 10, 8))) == []
    assert cities(in_window(events, Window(None, date(2024, 10, 9)))) == ["Paris"]


def test_month_event_at_both_edges():
    events = [_placed("Lyon", "2024-10")]
    assert cities(in_window(events, Window(date(2024, 10, 31), None))) == ["Lyon"]
    assert in_window(events, Window(date(2024, 11, 1), None)) == []
    assert cities(in_window(events, Window(None, date(2024, 10, 1)))) == ["Lyon"]


def test_undated_events_are_never_hidden_by_a_window():
    events = [_placed("Nowhere", "")]
    assert cities(in_window(events, Window(date(1990, 1, 1), date(1990, 1, 31)))) == ["Nowhere"]


def test_window_must_not_end_before_it_starts():
    with pytest.raises(ValueError, match="after it ends"):
        Window(date(2025, 1, 1), date(2024, 1, 1))


def test_month_steps_and_extent():
    assert month_steps(date(2024, 11, 15), date(2025, 2, 1)) == [
        date(2024, 11, 30), date(2024, 12, 31), date(2025, 1, 31), date(2025, 2, 28)]
    events = [_placed("a", "2024-10-09").event, _placed("b", "2025").event,
              _placed("c", "").event]
    assert date_extent(events) == (date(2024, 10, 9), date(2025, 12, 31))
    assert date_extent([_placed("c", "").event]) is None


def test_cumulative_offices_follow_the_window_rule_and_closures():
    events = [
        _placed("Paris", "2024-10-09", Status.ANNOUNCED),
        _placed("Brussels", "2024-10-09", Status.PLANNED),
        _placed("Munich", "2025", Status.OPENED),
        _placed("Paris", "2025-03", Status.OPENED),  # same site again: counted once
        _placed("Munich", "2025-06-01", Status.CLOSED),
        _placed("Oslo", "2024-12", Status.OPENED, company="Beta"),
    ]
    steps = month_steps(date(2024, 9, 1), date(2025, 6, 30))
    by_company: dict[str, dict[date, int]] = {}
    for point in cumulative_offices(events, steps):
        by_company.setdefault(point.company, {})[point.day] = point.offices
    acme = by_company["Acme"]
    assert acme[date(2024, 9, 30)] == 0
    assert acme[date(2024, 10, 31)] == 1  # Paris announced; Brussels only planned
    assert acme[date(2025, 1, 31)] == 2  # Munich (2025) counts from January 2025
    assert acme[date(2025, 5, 31)] == 2
    assert acme[date(2025, 6, 30)] == 1  # Munich closed
    assert by_company["Beta"][date(2024, 11, 30)] == 0
    assert by_company["Beta"][date(2024, 12, 31)] == 1


def test_play_frames_start_at_the_first_event_and_grow_monthly():
    from atlas.timeline import play_frames

    frames = play_frames(date(2024, 4, 1), date(2025, 1, 31), date(2024, 10, 9))
    assert frames[0] == (date(2024, 4, 1), date(2024, 10, 31))
    assert frames[-1] == (date(2024, 4, 1), date(2025, 1, 31))
    assert len(frames) == 4
    assert play_frames(date(2024, 4, 1), date(2024, 6, 30), date(2025, 1, 1)) == [
        (date(2024, 4, 1), date(2024, 6, 30))]
    assert len(play_frames(date(2024, 4, 1), date(2024, 6, 30), None)) == 3
