"""Optional online geocoding through geopy, with the offline gazetteer as safety net.

Why opt-in: the offline index answers in microseconds and never leaks queries;
online providers are slower, rate-limited and need a real user agent.  When a
caller does ask (``geo.resolve(q, provider="nominatim", user_agent=...)`` or
:class:`OnlineGeocoder`), we

* throttle with geopy's ``RateLimiter`` at the provider's published policy
  (Nominatim: one request per second) -- clock and sleep are injectable so
  tests never wait;
* keep a persistent SQLite cache (JSON payloads, never pickle) keyed by
  provider + folded query + hint, so a query costs one request ever, and a
  "nothing found" answer is cached too;
* fall back to the offline answer when the provider times out or errors, and
  say so in ``Place.notes`` (``source`` becomes ``"offline (fallback)"``).

Any geopy geocoder works by name (``get_geocoder_for_service``) or by class.
"""

from __future__ import annotations

import contextlib
import inspect
import json
import math
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import get_geocoder_for_service

from geo.countries import country_code
from geo.exc import OnlineError, PlaceNotFound
from geo.gazetteer import Gazetteer, default_gazetteer
from geo.index import default_cache_dir
from geo.normalize import fold
from geo.place import Place

# Seconds between requests, from each provider's usage policy; unknown: 1 s.
MIN_DELAY_SECONDS: dict[str, float] = {
    "nominatim": 1.0, "photon": 1.0, "openmapquest": 1.0, "pickpoint": 1.0,
    "geonames": 1.0, "arcgis": 0.2, "googlev3": 0.02, "bing": 0.2, "here": 0.2,
    "mapbox": 0.1, "opencage": 1.0, "tomtom": 0.2,
}
DEFAULT_MIN_DELAY = 1.0
AGREE_KM = 25.0
CACHE_FILE = "online-geocode.sqlite"
_NEEDS_REAL_AGENT = {"nominatim", "photon", "openmapquest"}


class _Limiter(RateLimiter):
    """geopy's RateLimiter with an injectable clock and sleep (tests never wait)."""

    def __init__(self, func: Callable[..., Any], *, clock: Callable[[], float],
                 sleep: Callable[[float], Any], min_delay_seconds: float) -> None:
        super().__init__(func, min_delay_seconds=min_delay_seconds, max_retries=0,
                         error_wait_seconds=min_delay_seconds, swallow_exceptions=False)
        self._clock_fn = clock
        self._sleep_fn = sleep

    def _clock(self) -> float:
        return self._clock_fn()

    def _sleep(self, seconds: float) -> None:
        self._sleep_fn(seconds)


class _Cache:
    """Tiny persistent key -> JSON store (SQLite), safe across threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = self._connect()

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, check_same_thread=False)
            conn.execute("CREATE TABLE IF NOT EXISTS answers (provider TEXT, key TEXT,"
                         " payload TEXT, stored REAL, PRIMARY KEY (provider, key))")
            return conn
        except sqlite3.DatabaseError:  # corrupt file: it is only a cache, start over
            self.path.unlink(missing_ok=True)
            conn = sqlite3.connect(self.path, check_same_thread=False)
            conn.execute("CREATE TABLE answers (provider TEXT, key TEXT,"
                         " payload TEXT, stored REAL, PRIMARY KEY (provider, key))")
            return conn

    def get(self, provider: str, key: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._conn.execute("SELECT payload FROM answers WHERE provider=? AND key=?",
                                     (provider, key)).fetchone()
        if row is None:
            return None
        try:
            return json.loads(row[0])
        except ValueError:
            return None

    def put(self, provider: str, key: str, payload: dict[str, Any]) -> None:
        with self._lock:
            self._conn.execute("INSERT OR REPLACE INTO answers VALUES (?,?,?,?)",
                               (provider, key, json.dumps(payload), time.time()))
            self._conn.commit()

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


class OnlineGeocoder:
    """Resolve through a geopy provider, cached on disk, offline fallback on failure.

    ``provider`` is a geopy service name ("nominatim", "arcgis", ...) or a geopy
    geocoder class.  ``user_agent`` is required for OpenStreetMap-based
    services (their policy forbids the library default).  ``clock``/``sleep``
    drive the rate limiter; tests pass fakes.
    """

    def __init__(self, provider: str | type = "nominatim", *, user_agent: str | None = None,
                 cache_dir: str | Path | None = None, timeout: float = 10.0,
                 min_delay_seconds: float | None = None, gazetteer: Gazetteer | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], Any] = time.sleep, **geocoder_options: Any) -> None:
        if isinstance(provider, str):
            self.provider = provider.lower()
            try:
                cls = get_geocoder_for_service(self.provider)
            except GeopyError as exc:
                raise OnlineError(f"unknown geocoding provider {provider!r}: {exc}") from exc
        else:
            cls, self.provider = provider, provider.__name__.lower()
        if self.provider in _NEEDS_REAL_AGENT and not (user_agent and user_agent.strip()):
            raise OnlineError(f"{self.provider} requires a real user_agent "
                              "(e.g. 'expansion-atlas/0.1 you@example.com')")
        options = dict(geocoder_options)
        if user_agent:
            options["user_agent"] = user_agent
        self.geocoder = cls(timeout=timeout, **options)
        delay = (min_delay_seconds if min_delay_seconds is not None
                 else MIN_DELAY_SECONDS.get(self.provider, DEFAULT_MIN_DELAY))
        self._geocode = _Limiter(self.geocoder.geocode, clock=clock, sleep=sleep,
                                 min_delay_seconds=delay)
        self._params = set(inspect.signature(self.geocoder.geocode).parameters)
        base = Path(cache_dir) if cache_dir is not None else default_cache_dir()
        self.cache = _Cache(base / CACHE_FILE)
        self.gazetteer = gazetteer
        self.requests = 0  # provider calls actually made (cache misses)

    def _offline(self) -> Gazetteer:
        return self.gazetteer if self.gazetteer is not None else default_gazetteer()

    @staticmethod
    def cache_key(query: str, country: str | None) -> str:
        hint = (country_code(country) or fold(country)) if country else ""
        return f"{fold(query)}|{hint}"

    def resolve(self, query: str, country: str | None = None) -> Place:
        """Provider answer (cached), else the offline answer with a note saying why."""
        offline: Place | PlaceNotFound
        try:
            offline = self._offline().resolve(query, country)
        except PlaceNotFound as exc:
            offline = exc
        key = self.cache_key(query, country)
        payload = self.cache.get(self.provider, key)
        source = f"{self.provider} (cached)"
        if payload is None:
            source = self.provider
            try:
                payload = self._ask(query, country)
            except (GeopyError, OSError) as exc:
                return self._fallback(offline, f"{self.provider} failed "
                                               f"({type(exc).__name__}: {exc})")
            self.cache.put(self.provider, key, payload)
        if not payload.get("found"):
            return self._fallback(offline, f"{self.provider} found nothing")
        return self._place(query, payload, offline, source)

    def _ask(self, query: str, country: str | None) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"exactly_one": True}
        text = query
        code = country_code(country) if country else None
        if "addressdetails" in self._params:
            kwargs["addressdetails"] = True
        if country:
            if code and "country_codes" in self._params:
                kwargs["country_codes"] = code.lower()
            else:
                text = f"{query}, {country}"
        self.requests += 1
        location = self._geocode(text, **kwargs)
        if location is None:
            return {"found": False}
        raw = location.raw if isinstance(getattr(location, "raw", None), dict) else {}
        address = raw.get("address") if isinstance(raw.get("address"), dict) else {}
        return {"found": True, "address": location.address,
                "latitude": float(location.latitude), "longitude": float(location.longitude),
                "country_code": str(address.get("country_code") or "").upper()}

    def _place(self, query: str, payload: dict[str, Any], offline: Place | PlaceNotFound,
               source: str) -> Place:
        lat, lon = payload["latitude"], payload["longitude"]
        agrees = (isinstance(offline, Place)
                  and _km(lat, lon, offline.latitude, offline.longitude) <= AGREE_KM)
        name = str(payload.get("address") or query).split(",")[0].strip()
        code = payload.get("country_code") or (offline.country_code if agrees else "")
        if agrees:
            assert isinstance(offline, Place)
            return replace(offline, latitude=lat, longitude=lon, source=source,
                           confidence=max(offline.confidence, 0.9), country_code=code)
        return Place(name=name, country_code=code, latitude=lat, longitude=lon, population=0,
                     geonameid=0, confidence=0.7, query=query, matched=name, source=source,
                     notes=(f"address: {payload.get('address')}",))

    def _fallback(self, offline: Place | PlaceNotFound, why: str) -> Place:
        if isinstance(offline, PlaceNotFound):
            raise PlaceNotFound(offline.query, f"{offline.reason}; {why}", offline.suggestions)
        return replace(offline, source="offline (fallback)",
                       notes=(*offline.notes, f"{why}; offline answer used"))

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.cache.close()


_instances: dict[tuple, OnlineGeocoder] = {}
_instances_lock = threading.Lock()


def get_online(provider: str, **options: Any) -> OnlineGeocoder:
    """Shared :class:`OnlineGeocoder` per (provider, options), so the rate limit
    holds across ``geo.resolve(..., provider=...)`` calls."""
    key = (provider, tuple(sorted((k, repr(v)) for k, v in options.items())))
    with _instances_lock:
        if key not in _instances:
            _instances[key] = OnlineGeocoder(provider, **options)
        return _instances[key]
