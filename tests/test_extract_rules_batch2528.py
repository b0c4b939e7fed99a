"""Unit tests of the general rules added for the open errors of fresh batches 25 to 28,
most of them about precision. Invented sentences in several languages.
"""

from __future__ import annotations

from tests.extract_probes import probes

_found, _pairs = probes("2025-03-12")


def test_a_keyword_line_is_no_sentence() -> None:
    text = "Corvo opens Boston hub\n\nCorvo, Swindon, manufacturing, Boston, R&D, layoffs"
    assert ("Swindon", "existing") not in _pairs(text, "en")


def test_a_customer_with_its_own_plant_is_not_the_company() -> None:
    text = ("Corvo baut ein Werk in Pécs, sagte Corvo. Zu den Kunden zählen Autohaus Nord mit "
            "seinem Werk in Zwickau.")
    assert ("Zwickau", "existing") not in _pairs(text, "de")
    text = ("Corvo abre en Madrid, dijo Corvo. Astral, con su gran centro de Getafe, compite con "
            "Corvo.")
    assert ("Getafe", "existing") not in _pairs(text, "es")


def test_a_firm_bought_with_a_seat_is_not_the_company() -> None:
    text = ("Corvo ouvre un centre à Lille. Corvo a bouclé le rachat d'un spécialiste américain "
            "de l'analyse de données basé à Chicago.")
    assert ("Chicago", "existing") not in _pairs(text, "fr")
    assert ("Lima", "opened") in _pairs(
        "Corvo inició operaciones este lunes en Perú a través de una filial con sede en Lima.",
        "es")


def test_open_to_clients_is_no_opening() -> None:
    pairs = _pairs("Corvo ouvre à Lille. Des centres ouverts aux clients fonctionnent déjà à "
                   "Toulouse et à Nantes.", "fr")
    assert ("Toulouse", "opened") not in pairs


def test_a_subsidiary_said_operational_after_its_seat() -> None:
    assert ("Tokyo", "opened") in _pairs(
        "Corvo sbarca in Giappone. La filiale Corvo Japan, con sede a Tokyo, è operativa da ieri.",
        "it")


def test_cutting_jobs_is_no_building() -> None:
    pairs = _pairs("Corvo eröffnet in Dresden. Zugleich baut Corvo in anderen Sparten Stellen ab, "
                   "etwa im Werk Hildesheim.", "de")
    assert ("Hildesheim", "planned") not in pairs


def test_orders_moving_to_a_town_are_no_site() -> None:
    pairs = _pairs("Corvo plant für 2027 eine Montage in Oława. Wenn aber Aufträge nach Oława "
                   "wandern, streiken wir.", "de")
    assert ("Oława", "opened") not in pairs


def test_commuting_is_no_site() -> None:
    pairs = _pairs("Corvo opened a hub in Sheffield. Many staff were commuting to Leeds.", "en")
    assert ("Leeds", "existing") not in pairs


def test_a_site_closed_after_a_relative_describing_it() -> None:
    assert ("Ponferrada", "closed") in _pairs(
        "Corvo abrirá en León. Corvo cerrará el almacén satélite que tiene alquilado en "
        "Ponferrada.", "es")


def test_work_moved_into_the_group_plants_in_towns() -> None:
    pairs = _pairs("Corvo ferme Guingamp. La production sera transférée vers les deux autres "
                   "usines françaises du groupe, à Quimper.", "fr")
    assert ("Quimper", "existing") in pairs and ("Quimper", "opened") not in pairs


def test_a_site_weighed_but_dropped() -> None:
    pairs = _pairs("Corvo schließt Neckarsulm. Ein Standort im rumänischen Timișoara war ebenfalls "
                   "geprüft, aber verworfen worden.", "de")
    assert not any(city == "Timișoara" for city, _status in pairs)


def test_continuing_and_employing_are_no_plans() -> None:
    pairs = _pairs("Corvo moves to Austin. Its European headquarters in Dublin will continue to "
                   "handle customers. The Austin centre would employ 300 people.", "en")
    assert ("Dublin", "planned") not in pairs


def test_an_exit_from_a_city_closes_the_site() -> None:
    assert ("San Francisco", "closed") in _pairs(
        "Corvo's Texas move, inside a firm's exit from San Francisco", "en")


def test_things_that_arise_in_a_town_are_no_plan() -> None:
    pairs = _pairs("Corvo schließt Neckarsulm. Corvo produziert in Zwickau, wo vor allem "
                   "Komponenten entstehen.", "de")
    assert ("Zwickau", "planned") not in pairs
