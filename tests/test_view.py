"""Share links: a view survives the trip through query parameters; bad ones fall back."""

from __future__ import annotations

from datetime import date

from atlas.dates import PartialDate
from atlas.model import Event, Location, PlacedEvent, Status
from dashboard.view import ViewState, filter_events, from_query

COMPANIES = {"OpenAI", "Acme"}
COUNTRIES = {"FR", "DE"}


def test_view_round_trips_through_query_parameters():
    view = ViewState(companies=("OpenAI",), countries=("DE", "FR"), statuses=("opened",),
                     start=date(2024, 10, 1), end=date(2025, 3, 31), selected="e41a9a9e57",
                     center=(48.1374, 11.5755), zoom=6, basemap="offline")
    query = view.to_query()
    assert query == {"company": "OpenAI", "country": "DE,FR", "status": "opened",
                     "from": "2024-10", "until": "2025-03", "event": "e41a9a9e57",
                     "map": "48.1374,11.5755,6", "basemap": "offline"}
    again = from_query(query, companies=COMPANIES, countries=COUNTRIES)
    assert again == view
    assert again.notices == ()


def test_default_view_has_an_empty_query():
    assert ViewState().to_query() == {}
    assert from_query({}) == ViewState()


def test_tampered_parameters_fall_back_with_notices():
    view = from_query({"company": "OpenAI,<script>", "status": "opened,rumoured",
                       "from": "2024-13", "until": "yesterday", "event": "../../etc",
                       "map": "999,1,4", "basemap": "javascript:alert(1)"},
                      companies=COMPANIES, countries=COUNTRIES)
    assert view.companies == ("OpenAI",)
    assert view.statuses == ("opened",)
    assert (view.start, view.end, view.selected, view.center, view.zoom) == (
        None, None, None, None, None)
    assert view.basemap == "auto"
    joined = " | ".join(view.notices)
    for word in ("company", "status", "from", "until", "selected event", "map position",
                 "basemap"):
        assert word in joined
    assert len(view.notices) == 7


def test_reversed_period_is_dropped():
    view = from_query({"from": "2025-05", "until": "2024-01"})
    assert (view.start, view.end) == (None, None)
    assert "starts after it ends" in view.notices[0]


def _placed(city, country, company="Acme", status=Status.OPENED, when="2025-01"):
    event = Event(company=company, city=city, status=status, article_id="a", quote="q",
                  date=PartialDate.parse(when), country=country)
    return PlacedEvent(event, Location(city, country, 1.0, 2.0, 1))


def test_filters_combine_company_country_status_and_window():
    events = [_placed("Paris", "FR"), _placed("Munich", "DE", company="OpenAI"),
              _placed("Lyon", "FR", status=Status.PLANNED),
              _placed("Nice", "FR", when="2023-05")]
    view = ViewState(countries=("FR",), statuses=("opened", "planned"),
                     start=date(2024, 1, 1), end=date(2025, 12, 31))
    assert [p.event.city for p in filter_events(events, view)] == ["Paris", "Lyon"]
    assert [p.event.city for p in filter_events(events, ViewState(companies=("OpenAI",)))] == [
        "Munich"]


def test_share_link_holds_the_view_and_nothing_else():
    from dashboard.view import share_link

    view = ViewState(statuses=("opened", "existing"), start=date(2025, 1, 1),
                     end=date(2025, 12, 31))
    link = share_link("http://localhost:8501/?old=1", view)
    assert link == "http://localhost:8501/?status=opened,existing&from=2025-01&until=2025-12"
    assert share_link("http://h/", ViewState()) == "http://h/"
