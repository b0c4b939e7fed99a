"""Unit tests of the general rules added for the open errors of fresh batches 21 to 24.

Invented sentences, in several languages where the rule is not tied to one.
"""

from __future__ import annotations

from tests.extract_probes import probes

_found, _pairs = probes("2025-03-12")


def test_pulling_out_of_a_city_closes_the_site() -> None:
    assert ("Cork", "closed") in _pairs("Corvo to open Leeds base, pull out of Cork", "en")


def test_moving_into_an_existing_site() -> None:
    pairs = _pairs("Corvo schließt Schweinfurt. Die Produktion wird in die bestehenden Werke im "
                   "tschechischen Pilsen und im ungarischen Kecskemét verlagert, wo Corvo bereits "
                   "fertigt.", "de")
    assert {("Pilsen", "existing"), ("Kecskemét", "existing")} <= pairs
    assert ("Kecskemét", "opened") not in pairs


def test_the_site_that_takes_over_exists() -> None:
    pairs = _pairs("Corvo fermera ses centres de Lille et de Metz en 2027, et le centre de Nancy "
                   "reprendra leurs activités.", "fr")
    assert ("Nancy", "existing") in pairs and ("Nancy", "closed") not in pairs


def test_a_german_centre_compound_is_a_site() -> None:
    assert ("Erlangen", "opened") in _pairs(
        "Die Entwicklung von Corvo zieht in ein neues Technologiezentrum nach Erlangen.", "de")


def test_a_town_at_the_end_of_a_store_name() -> None:
    assert ("Jerez de la Frontera", "closed") in _pairs(
        "Corvo cerrará en enero las tiendas de Zara de Jerez de la Frontera.", "es")


def test_a_bracket_locating_a_town_is_no_site() -> None:
    pairs = _pairs("Corvo abre en Barcelona. El grupo, con sede en Arteixo (A Coruña), vende.",
                   "es")
    assert ("Coruña", "existing") not in pairs and ("Arteixo", "existing") in pairs


def test_reflexive_preparing_is_no_plan() -> None:
    pairs = _pairs("Corvo abre en Barcelona. Los pedidos se preparan en sus centros logísticos de "
                   "Arteixo y Zaragoza.", "es")
    assert ("Zaragoza", "planned") not in pairs


def test_a_firm_right_before_its_verb_is_another_firm() -> None:
    text = ("Corvo abrió ayer en Barcelona su tienda, dijo Corvo.\n\nMango abre en Madrid su mayor "
            "tienda del mundo")
    assert ("Madrid", "opened") not in _pairs(text, "es")


def test_an_existing_unit_with_a_seat_is_not_announced() -> None:
    pairs = _pairs("Corvo anunció la apertura de una oficina en Lisboa para sus clientes en "
                   "Portugal, donde ya cuenta con una filial con sede en Oporto.", "es")
    assert ("Oporto", "announced") not in pairs


def test_leaving_a_named_headquarters_later_in_the_clause() -> None:
    pairs = _pairs("Corvo quittera au printemps 2026 son siège historique de Roubaix pour "
                   "s'installer à Lille.", "fr")
    assert ("Roubaix", "closed") in pairs and ("Roubaix", "planned") not in pairs


def test_a_building_site_is_a_plan() -> None:
    assert ("Dunkerque", "planned") in _pairs(
        "Corvo lance un chantier de 1,2 milliard d'euros à Dunkerque.", "fr")


def test_an_italian_firm_named_by_its_town() -> None:
    assert ("Rovato", "existing") in _pairs(
        "Corvo apre a Piacenza. L'operatore di Rovato ha investito 45 milioni.", "it")
    # a group named by its town elsewhere is not read in French
    assert ("Shenzhen", "existing") not in _pairs(
        "Corvo ouvre à Montréal. Le groupe de Shenzhen détient 20 % du capital.", "fr")
