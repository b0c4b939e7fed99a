"""Online providers through geopy, with a fake geocoder: never the network, never sleeps."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import pytest
from geopy.exc import GeocoderTimedOut
from geopy.geocoders import Nominatim
from geopy.location import Location

import geo
from geo import online
from geo.exc import OnlineError


class FakeGeocoder:
    """Stands in for a geopy geocoder class: records calls, answers from a table."""

    answers: ClassVar[dict[str, tuple[str, float, float, str] | None]] = {
        "Munich": ("München, Bayern, Deutschland", 48.1371, 11.5754, "de"),
        "Station F": ("Station F, Paris, France", 48.8341, 2.3708, "fr"),
        "Nowhere": None,
    }
    fail_with: Exception | None = None

    def __init__(self, *, timeout: float, user_agent: str | None = None) -> None:
        self.timeout = timeout
        self.user_agent = user_agent
        self.calls: list[tuple[str, dict]] = []

    def geocode(self, query: str, *, exactly_one: bool = True, addressdetails: bool = False,
                country_codes: str | None = None) -> Location | None:
        self.calls.append((query, {"country_codes": country_codes}))
        if self.fail_with is not None:
            raise self.fail_with
        hit = self.answers.get(query)
        if hit is None:
            return None
        address, lat, lon, cc = hit
        raw = {"address": {"country_code": cc}} if addressdetails else {}
        return Location(address, (lat, lon), raw)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def make(gaz: geo.Gazetteer, tmp_path: Path, clock: FakeClock | None = None,
         **kwargs) -> online.OnlineGeocoder:
    clock = clock or FakeClock()
    return online.OnlineGeocoder(FakeGeocoder, user_agent="atlas-tests/1.0", cache_dir=tmp_path,
                                 gazetteer=gaz, clock=clock, sleep=clock.sleep,
                                 min_delay_seconds=1.0, **kwargs)


def test_provider_answer_is_used_and_cached(gaz: geo.Gazetteer, tmp_path: Path) -> None:
    coder = make(gaz, tmp_path)
    first = coder.resolve("Munich")
    assert first.source == "fakegeocoder" and first.country_code == "DE"
    assert (first.latitude, first.longitude) == (48.1371, 11.5754)
    assert first.geonameid == 2867714  # agrees with the offline answer, keeps its id
    second = coder.resolve("MUNICH")  # same folded key
    assert second.source == "fakegeocoder (cached)"
    assert len(coder.geocoder.calls) == 1 and coder.requests == 1


def test_cache_persists_across_instances(gaz: geo.Gazetteer, tmp_path: Path) -> None:
    make(gaz, tmp_path).resolve("Station F")
    again = make(gaz, tmp_path)
    place = again.resolve("Station F")
    assert again.geocoder.calls == [] and place.country_code == "FR"
    assert (tmp_path / online.CACHE_FILE).exists()


def test_cache_key_includes_the_hint(gaz: geo.Gazetteer, tmp_path: Path) -> None:
    coder = make(gaz, tmp_path)
    coder.resolve("Munich")
    coder.resolve("Munich", "Allemagne")
    coder.resolve("Munich", "DE")  # same hint, other spelling: cached
    assert len(coder.geocoder.calls) == 2
    assert coder.geocoder.calls[1][1]["country_codes"] == "de"


def test_timeout_falls_back_to_offline_with_a_note(gaz: geo.Gazetteer, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(FakeGeocoder, "fail_with", GeocoderTimedOut("too slow"))
    coder = make(gaz, tmp_path)
    place = coder.resolve("Bruxelles")
    assert place.name == "Brussels" and place.source == "offline (fallback)"
    assert any("GeocoderTimedOut" in note for note in place.notes)
    monkeypatch.setattr(FakeGeocoder, "fail_with", None)
    again = coder.resolve("Bruxelles")  # errors are not cached: asked again
    assert len(coder.geocoder.calls) == 2
    assert "found nothing" in again.notes[-1]


def test_network_error_on_non_place_reports_both(gaz: geo.Gazetteer, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(FakeGeocoder, "fail_with", OSError("network unreachable"))
    with pytest.raises(geo.PlaceNotFound, match="network unreachable"):
        make(gaz, tmp_path).resolve("Isar Valley")


def test_nothing_found_is_cached_and_falls_back(gaz: geo.Gazetteer, tmp_path: Path) -> None:
    coder = make(gaz, tmp_path)
    with pytest.raises(geo.PlaceNotFound, match="found nothing"):
        coder.resolve("Nowhere")
    with pytest.raises(geo.PlaceNotFound):
        coder.resolve("Nowhere")
    assert len(coder.geocoder.calls) == 1


def test_rate_limiter_waits_on_the_replaced_clock(gaz: geo.Gazetteer, tmp_path: Path) -> None:
    clock = FakeClock()
    coder = make(gaz, tmp_path, clock)
    coder.resolve("Munich")
    coder.resolve("Station F")  # second request in the same instant: must wait 1 s
    coder.resolve("Munich")  # cached: no request, no wait
    assert clock.sleeps == [pytest.approx(1.0)]


def test_nominatim_by_name_needs_a_real_user_agent(tmp_path: Path) -> None:
    with pytest.raises(OnlineError, match="user_agent"):
        online.OnlineGeocoder("nominatim", cache_dir=tmp_path)
    coder = online.OnlineGeocoder("nominatim", user_agent="atlas-tests/1.0", cache_dir=tmp_path)
    assert isinstance(coder.geocoder, Nominatim)  # built via get_geocoder_for_service
    assert coder._geocode.min_delay_seconds == 1.0  # Nominatim policy: 1 request/s


def test_unknown_provider_is_a_geo_error(tmp_path: Path) -> None:
    with pytest.raises(geo.GeoError, match="unknown geocoding provider"):
        online.OnlineGeocoder("no-such-service", cache_dir=tmp_path)


def test_corrupt_online_cache_starts_over(gaz: geo.Gazetteer, tmp_path: Path) -> None:
    (tmp_path / online.CACHE_FILE).write_bytes(b"garbage" * 50)
    assert make(gaz, tmp_path).resolve("Munich").country_code == "DE"


def test_geo_resolve_with_provider_shares_one_rate_limited_instance(
        gaz: geo.Gazetteer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(online, "_instances", {})
    clock = FakeClock()
    options = {"user_agent": "atlas-tests/1.0", "cache_dir": tmp_path, "gazetteer": gaz,
               "clock": clock, "sleep": clock.sleep, "min_delay_seconds": 1.0}
    assert geo.resolve("Munich", provider=FakeGeocoder, **options).source == "fakegeocoder"
    assert geo.resolve("Station F", provider=FakeGeocoder, **options).country_code == "FR"
    assert len(online._instances) == 1 and clock.sleeps == [pytest.approx(1.0)]
