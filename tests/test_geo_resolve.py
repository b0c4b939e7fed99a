"""Offline resolution against the real GeoNames-based index.

The index is built once per test session into pytest's temp dir (other geo test
modules reuse the same path, so only the first one pays ~15 s).
"""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

import geo
from geo import gazetteer as gazetteer_module


@pytest.mark.parametrize(("query", "name", "country"), [
    ("Paris", "Paris", "FR"),
    ("Bruxelles", "Brussels", "BE"),
    ("New York", "New York City", "US"),
    ("Singapour", "Singapore", "SG"),
    ("Munich", "Munich", "DE"),
    ("Dublin", "Dublin", "IE"),
])
def test_seed_cities(gaz: geo.Gazetteer, query: str, name: str, country: str) -> None:
    place = gaz.resolve(query)
    assert (place.name, place.country_code) == (name, country)
    assert not place.ambiguous and place.confidence >= 0.85


@pytest.mark.parametrize("query", ["MUNICH", "Muenchen", "München", "Munich", "munchen",
                                   "Muních", "Monaco di Baviera", "Мюнхен", "ミュンヘン"])
def test_spellings_of_munich(gaz: geo.Gazetteer, query: str) -> None:
    assert gaz.resolve(query).geonameid == 2867714


@pytest.mark.parametrize(("query", "name"), [
    ("Londres", "London"), ("Varsovie", "Warsaw"), ("Pékin", "Beijing"), ("Peking", "Beijing"),
    ("NYC", "New York City"), ("São Paulo", "São Paulo"), ("Sao Paulo", "São Paulo"),
    ("Venise", "Venice"), ("Rom", "Rome"), ("Köln", "Köln"), ("Cologne", "Köln"),
    ("Zuerich", "Zürich"), ("Washington, D.C.", "Washington"),
])
def test_exonyms_and_aliases(gaz: geo.Gazetteer, query: str, name: str) -> None:
    assert gaz.resolve(query).name == name


@pytest.mark.parametrize(("query", "country", "admin1"), [
    ("Paris, TX", "US", "TX"), ("Paris, Texas", "US", "TX"), ("Paris (France)", "FR", "11"),
    ("Paris Texas", "US", "TX"), ("Cambridge, MA", "US", "MA"), ("Cambridge, UK", "GB", "ENG"),
    ("Cambridge UK", "GB", "ENG"), ("Cambridge, England", "GB", "ENG"),
    ("Portland, Maine", "US", "ME"), ("London, Ontario", "CA", "08"),
    ("Frankfurt, Deutschland", "DE", "05"), ("Valencia (Espagne)", "ES", "60"),
])
def test_hints_in_query(gaz: geo.Gazetteer, query: str, country: str, admin1: str) -> None:
    place = gaz.resolve(query)
    assert (place.country_code, place.admin1) == (country, admin1)
    assert not place.ambiguous


@pytest.mark.parametrize(("query", "hint", "country"), [
    ("Paris", "US", "US"), ("Paris", "Allemagne", None), ("Valencia", "Espagne", "ES"),
    ("Valencia", "ES", "ES"), ("Córdoba", "Spanien", "ES"), ("Cambridge", "Royaume-Uni", "GB"),
    ("Cambridge", "USA", "US"), ("San Jose", "CA", None), ("London", "CA", "CA"),
    ("Springfield", "Illinois", "US"),
])
def test_country_hint_parameter(gaz: geo.Gazetteer, query: str, hint: str,
                                country: str | None) -> None:
    if country is None:
        with pytest.raises(geo.PlaceNotFound, match="hint"):
            gaz.resolve(query, hint)
    else:
        assert gaz.resolve(query, hint).country_code == country


def test_hint_that_rules_out_everything_lists_what_exists(gaz: geo.Gazetteer) -> None:
    with pytest.raises(geo.PlaceNotFound) as err:
        gaz.resolve("Toronto", "FR")
    assert any("Toronto" in s for s in err.value.suggestions)


def test_unknown_hint_is_ignored_with_a_note(gaz: geo.Gazetteer) -> None:
    place = gaz.resolve("Paris", "Narnia")
    assert place.country_code == "FR"
    assert any("Narnia" in note for note in place.notes)
    assert place.confidence < gaz.resolve("Paris").confidence


@pytest.mark.parametrize(("query", "winner", "other"), [
    ("Portland", "US", ("ME", "US")), ("Cambridge", "GB", ("MA", "US")),
    ("Valencia", "VE", ("60", "ES")), ("Córdoba", "AR", ("51", "ES")),
    ("San José", "US", ("08", "CR")),
])
def test_ambiguous_names_are_flagged(gaz: geo.Gazetteer, query: str, winner: str,
                                     other: tuple[str, str]) -> None:
    place = gaz.resolve(query)
    assert place.country_code == winner
    assert place.ambiguous and place.confidence <= 0.6
    assert other in {(a.admin1, a.country_code) for a in place.alternatives}


def test_clear_majority_is_not_ambiguous(gaz: geo.Gazetteer) -> None:
    paris = gaz.resolve("Paris")
    assert not paris.ambiguous and paris.confidence > 0.9
    assert any(a.country_code == "US" for a in paris.alternatives)  # runners-up kept


@pytest.mark.parametrize("query", [
    "the", "and", "via", "los", "bei", "TUM", "Station F", "Isar Valley", "Europe",
    "Bavaria", "Bavière", "France", "Allemagne", "Deutschland", "Texas", "Google", "Lundi",
    "Asia", "   ", "Mexico",
])
def test_non_places_fail_cleanly(gaz: geo.Gazetteer, query: str) -> None:
    with pytest.raises(geo.PlaceNotFound) as err:
        gaz.resolve(query)
    assert isinstance(err.value, LookupError) and isinstance(err.value, geo.GeoError)
    assert err.value.query.strip() == query.strip()
    assert str(err.value)


def test_city_states_and_region_named_cities_resolve(gaz: geo.Gazetteer) -> None:
    assert gaz.resolve("Luxembourg").country_code == "LU"
    assert gaz.resolve("Washington").admin1 == "DC"
    assert gaz.resolve("LA").name == "Los Angeles"
    with pytest.raises(geo.PlaceNotFound):
        gaz.resolve("la")  # the French article, not Los Angeles


@pytest.mark.parametrize("typo", ["Mnuich", "Munihc", "Muncih"])
def test_typos_fail_with_suggestions(gaz: geo.Gazetteer, typo: str) -> None:
    with pytest.raises(geo.PlaceNotFound) as err:
        gaz.resolve(typo)
    assert "Munich, DE" in err.value.suggestions
    assert "Munich" in str(err.value)


def test_fuzzy_opt_in_corrects_with_low_confidence(gaz: geo.Gazetteer) -> None:
    place = gaz.resolve("Barcleona", fuzzy=True)
    assert place.name == "Barcelona" and place.confidence <= 0.5
    assert any("typo" in note for note in place.notes)


def test_place_is_frozen_and_serialisable(gaz: geo.Gazetteer) -> None:
    place = gaz.resolve("Portland")
    with pytest.raises(dataclasses.FrozenInstanceError):
        place.name = "x"  # type: ignore[misc]
    data = place.as_dict()
    assert data["geonameid"] == place.geonameid and isinstance(data["alternatives"], list)


def test_resolve_many_keeps_order_and_accepts_pandas(gaz: geo.Gazetteer) -> None:
    frame = pd.DataFrame({"city": ["Paris", "Qwzxtown", "Paris", None],
                          "country": ["US", None, "FR", "FR"]})
    results = gaz.resolve_many(frame["city"], frame["country"])
    assert [type(r).__name__ for r in results] == ["Place", "PlaceNotFound", "Place",
                                                   "PlaceNotFound"]
    assert (results[0].country_code, results[2].country_code) == ("US", "FR")
    assert [r.country_code for r in gaz.resolve_many(["Paris", "Dublin"], "US")] == ["US", "US"]
    with pytest.raises(geo.GeoError):
        gaz.resolve_many(["Paris"], ["US", "FR"])


def test_module_level_api_uses_default_instance(gaz: geo.Gazetteer,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gazetteer_module, "_default", gaz)
    assert geo.resolve("München").country_code == "DE"
    assert geo.resolve("Paris", country="US").country_code == "US"
    assert isinstance(geo.resolve_many(["Europe"])[0], geo.PlaceNotFound)


@pytest.mark.parametrize(("query", "hint", "name", "country"), [
    ("San Sebastián", None, "Donostia / San Sebastián", "ES"),  # bilingual primary name
    ("Halle", "DE", "Halle (Saale)", "DE"),                     # qualified primary name
    ("Frankfurt", None, "Frankfurt am Main", "DE"),             # curated reading still wins
    ("Valence (Drôme)", None, "Valence", "FR"),                 # ISO 3166-2 département as hint
    ("Cambridge, Cambridgeshire", None, "Cambridge", "GB"),
    ("Zug", None, "Zug", "CH"),                                 # canton named after its town
    ("Lucerne", None, "Luzern", "CH"),
])
def test_blind_run_rules_resolve(gaz: geo.Gazetteer, query: str, hint: str | None,
                                 name: str, country: str) -> None:
    place = gaz.resolve(query, hint)
    assert (place.name, place.country_code) == (name, country)


@pytest.mark.parametrize("query", [
    "Bretagne", "Normandie", "Lombardia", "Andalucía", "Tirol", "Ticino",  # ISO regions
    "Golfe", "Maghreb",                                                    # macro-regions
    "Seit", "Selon", "Après", "Inoltre", "Volgens", "Durante",             # function words
])
def test_blind_run_non_places_fail(gaz: geo.Gazetteer, query: str) -> None:
    with pytest.raises(geo.PlaceNotFound):
        gaz.resolve(query)


@pytest.mark.parametrize(("query", "country"), [("Canterbury", "GB"), ("Yuma", "US")])
def test_a_city_named_like_another_countrys_region_still_resolves(gaz, query, country):
    assert gaz.resolve(query).country_code == country


@pytest.mark.parametrize(("query", "expected"), [
    ("Tuscany", None), ("Lorraine", None), ("Flanders", None),  # regions as news writes them
    ("Moulins", "FR"),  # a quarter of Monaco is not a region that hides a French town
])
def test_region_exonyms_and_town_sized_subdivisions(gaz, query, expected):
    if expected is None:
        with pytest.raises(geo.PlaceNotFound, match="region"):
            gaz.resolve(query)
    else:
        assert gaz.resolve(query).country_code == expected
