"""The public fast path (`geo.lookup`, `geo.fold`), the resolve_many progress bar,
and the general rules added after the held-out evaluation."""

from __future__ import annotations

import io

import pytest

import geo
from geo import gazetteer as gazetteer_module
from geo.progress import Progress


# ---- geo.lookup ---------------------------------------------------------
@pytest.mark.parametrize(("name", "country"), [
    ("München", None), ("Portland", None), ("Paris", "US"), ("Cambridge, MA", None),
    ("Londres", None), ("NYC", None),
])
def test_lookup_first_reading_is_what_resolve_returns(gaz: geo.Gazetteer, name: str,
                                                       country: str | None) -> None:
    readings = gaz.lookup(name, country)
    assert readings and readings[0] == gaz.resolve(name, country)


def test_lookup_lists_runner_ups_best_first(gaz: geo.Gazetteer) -> None:
    readings = gaz.lookup("Portland")
    assert [p.admin1 for p in readings[:2]] == ["OR", "ME"]
    assert all(isinstance(p, geo.Place) for p in readings)
    assert readings[0].confidence >= readings[1].confidence >= readings[-1].confidence
    assert len({p.geonameid for p in readings}) == len(readings)


@pytest.mark.parametrize("name", ["Munihc", "Qwzxtown", "Europe", "France", "the", "Google",
                                  "Heathrow", "", "   ", None])
def test_lookup_returns_empty_list_never_raises(gaz: geo.Gazetteer, name: str | None) -> None:
    assert gaz.lookup(name) == []  # type: ignore[arg-type]


def test_lookup_hint_that_rules_everything_out_is_empty(gaz: geo.Gazetteer) -> None:
    assert gaz.lookup("Toronto", "FR") == []
    assert [p.country_code for p in gaz.lookup("Valencia", "Espagne")][:1] == ["ES"]


def test_lookup_skips_the_typo_search(gaz: geo.Gazetteer,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_a: object, **_k: object) -> None:
        raise AssertionError("typo search must not run")
    monkeypatch.setattr(gaz, "_fuzzy", boom)
    assert gaz.lookup("Zukunftsstadtxyz") == []


def test_module_level_lookup_and_fold(gaz: geo.Gazetteer,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gazetteer_module, "_default", gaz)
    assert geo.lookup("Pékin")[0].country_code == "CN"
    assert geo.lookup("Nowhereville") == []
    assert geo.fold("São Paulo") == "sao paulo" == geo.fold("SAO PAULO")
    assert {"lookup", "fold"} <= set(geo.__all__)


# ---- progress bar -------------------------------------------------------
class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_silent_when_fast() -> None:
    out = io.StringIO()
    with Progress(100, stream=out, delay=60) as bar:
        for i in range(1, 101):
            bar.update(i)
    assert out.getvalue() == ""


def test_progress_draws_a_bar_when_slow() -> None:
    out = io.StringIO()
    with Progress(50, stream=out, delay=0) as bar:
        for i in range(1, 51):
            bar.update(i)
    lines = out.getvalue().splitlines()
    assert 2 <= len(lines) <= 11  # one line per 10 % in a log
    assert lines[-1].startswith("geocoding [") and "50/50 (100%)" in lines[-1]
    assert "#" * 30 in lines[-1]


def test_progress_redraws_in_place_on_a_terminal() -> None:
    out = _Tty()
    with Progress(10, stream=out, delay=0) as bar:
        for i in range(1, 11):
            bar.update(i)
    text = out.getvalue()
    assert text.startswith("\r") and text.endswith("\n") and text.count("\n") == 1
    assert "10/10" in text


def test_resolve_many_progress_flag(gaz: geo.Gazetteer, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("geo.progress.DELAY", 0.0)
    gaz.resolve_many(["Paris", "Dublin", "Qwzxtown"], progress=True)
    assert "3/3 (100%)" in capsys.readouterr().err
    gaz.resolve_many(["Paris", "Dublin"])
    assert capsys.readouterr().err == ""


# ---- general rules from the held-out evaluation ------------------------
@pytest.mark.parametrize(("query", "country", "admin1"), [
    ("Cambridge, Mass.", "US", "MA"), ("Princeton, N.J.", "US", "NJ"),
    ("Rochester, Minn.", "US", "MN"), ("Birmingham, Ala.", "US", "AL"),
    ("Richmond, B.C.", "CA", "02"), ("London, Ont.", "CA", "08"),
    ("Springfield", "Ill.", "US"),
])
def test_press_style_abbreviations_as_hints(gaz: geo.Gazetteer, query: str, country: str,
                                            admin1: str) -> None:
    if country == "Ill.":
        place = gaz.resolve(query, country)
        assert (place.country_code, place.admin1) == ("US", "IL")
    else:
        place = gaz.resolve(query)
        assert (place.country_code, place.admin1) == (country, admin1)


def test_abbreviations_are_not_place_names_on_their_own(gaz: geo.Gazetteer) -> None:
    assert gaz.resolve("Alta").country_code == "NO"  # not Alberta


@pytest.mark.parametrize(("query", "name"), [
    ("L.A.", "Los Angeles"), ("D.C.", "Washington"), ("Frankfurt a.M.", "Frankfurt am Main"),
    ("Venecia", "Venice"), ("Odessa", "Odesa"), ("Bruges", "Brugge"),
])
def test_initials_abbreviated_qualifiers_and_cognate_exonyms(gaz: geo.Gazetteer, query: str,
                                                             name: str) -> None:
    assert gaz.resolve(query).name == name


def test_historic_name_does_not_outrank_a_real_city(gaz: geo.Gazetteer) -> None:
    assert gaz.resolve("Waterloo").country_code == "CA"  # not Austin, once "Waterloo"


def test_city_named_like_a_country_in_translation(gaz: geo.Gazetteer) -> None:
    assert gaz.resolve("Granada").country_code == "ES"       # Grenada in Spanish
    assert gaz.resolve("Granada", "Nicaragua").country_code == "NI"
    with pytest.raises(geo.PlaceNotFound):
        gaz.resolve("Mexico")                               # an English country name


def test_exonym_carries_over_to_a_namesake_under_a_hint(gaz: geo.Gazetteer) -> None:
    place = gaz.resolve("Londres (Ontario)")
    assert (place.country_code, place.admin1) == ("CA", "08")
    assert any("London" in note for note in place.notes)
    with pytest.raises(geo.PlaceNotFound):
        gaz.resolve("Berlin", "JP")


@pytest.mark.parametrize("query", ["Heathrow", "Schiphol", "Flughafen München",
                                   "Aéroport de Roissy", "Californie", "Floride", "SAP",
                                   "Samsung", "een", "della"])
def test_more_non_places(gaz: geo.Gazetteer, query: str) -> None:
    with pytest.raises(geo.PlaceNotFound):
        gaz.resolve(query)


@pytest.mark.parametrize("query", ["ULM", "OSLO", "LIMA"])
def test_capitalised_city_names_still_resolve(gaz: geo.Gazetteer, query: str) -> None:
    assert gaz.resolve(query).population >= 100_000
