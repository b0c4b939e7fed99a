"""Name folding and country-name recognition (no index needed)."""

from __future__ import annotations

import pytest

import geo
from geo.countries import is_continent, region_options
from geo.normalize import fold, index_keys


@pytest.mark.parametrize(("raw", "key"), [
    ("MUNICH", "munich"),
    ("München", "munchen"),
    ("São Paulo", "sao paulo"),
    ("Sao  Paulo", "sao paulo"),
    ("Pékin", "pekin"),
    ("Frankfurt-am-Main", "frankfurt am main"),
    ("St. Gallen", "saint gallen"),
    ("L'Aquila", "laquila"),
    ("Düsseldorf", "dusseldorf"),
    ("Straße", "strasse"),
    ("北京", "beijing"),
    ("", ""),
])
def test_fold(raw: str, key: str) -> None:
    assert fold(raw) == key


def test_umlaut_names_get_both_german_spellings() -> None:
    assert index_keys("München") == {"munchen", "muenchen"}
    assert index_keys("Zürich") == {"zurich", "zuerich"}
    assert index_keys("Paris") == {"paris"}


@pytest.mark.parametrize(("name", "code"), [
    ("Allemagne", "DE"), ("Deutschland", "DE"), ("Germany", "DE"), ("Alemania", "DE"),
    ("Germania", "DE"), ("DEU", "DE"), ("de", "DE"), ("États-Unis", "US"), ("USA", "US"),
    ("Royaume-Uni", "GB"), ("UK", "GB"), ("Espagne", "ES"), ("Suisse", "CH"),
    ("the Netherlands", "NL"), ("Pays-Bas", "NL"), ("Singapour", "SG"),
    ("Atlantis", None), ("", None), ("Bavaria", None),
])
def test_country_code(name: str, code: str | None) -> None:
    assert geo.country_code(name) == code


def test_region_codes_are_read_every_way() -> None:
    assert ("US", "CA") in region_options("CA")
    assert region_options("Texas") == (("US", "TX"),)
    assert ("DE", "02") in region_options("Bayern")
    assert ("GB", "SCT") in region_options("Scotland")
    assert region_options("Atlantis") == ()


def test_continents() -> None:
    assert is_continent("Europe") and is_continent("Asie") and is_continent("EMEA")
    assert not is_continent("Paris")
