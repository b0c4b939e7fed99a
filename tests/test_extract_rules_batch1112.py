"""Unit tests of the general rules added for the open errors of fresh batches 11 and 12.

Most of them are about precision: places a sentence names that are not the company's
sites. Invented sentences, in several languages where the rule is not tied to one.
"""

from __future__ import annotations

from tests.extract_probes import probes

_found, _pairs = probes("2025-03-12")


def test_an_opening_noun_does_not_reach_a_far_city() -> None:
    text = ("Corvo a inauguré mardi à Singapour son premier bureau en Asie. L'inauguration "
            "s'est faite en présence de la ministre, en tournée dans la région, qui l'a aussi "
            "menée à Jakarta et à Kuala Lumpur.")
    assert _pairs(text, "fr") == {("Singapour", "opened")}


def test_plans_as_a_noun_after_an_adjective_is_no_plan() -> None:
    text = ("Corvo opened a plant in Brussels. Corvo will update investors on its manufacturing "
            "plans at a capital markets day in London in September.")
    assert _pairs(text, "en") == {("Brussels", "opened")}


def test_a_spokesperson_city_is_no_site() -> None:
    text = ("Corvo will seine Callcenter in Kassel und Chemnitz bis Ende 2026 schließen, wie "
            "ein Unternehmenssprecher in Düsseldorf bestätigte.")
    pairs = _pairs(text, "de")
    assert ("Düsseldorf", "closed") not in pairs and ("Kassel", "closed") in pairs


def test_a_german_sentence_with_another_firm_after_the_verb() -> None:
    text = ("Corvo hat am Donnerstag ein Werk in Kecskemét eingeweiht. Corvo beschäftigt dort "
            "300 Menschen. In Szeged baut Autohaus Nord seit 2012 Fahrzeuge, und Fahrwerk Süd "
            "hat in Debrecen ein Werk hochgefahren.")
    assert _pairs(text, "de") == {("Kecskemét", "opened")}


def test_providers_described_by_a_relative_clause_are_not_the_company() -> None:
    text = ("Corvo schließt sein Callcenter in Kassel, sagte Corvo. Gespräche laufen mit zwei "
            "Anbietern, die Callcenter in Istanbul und im portugiesischen Porto betreiben.")
    assert _pairs(text, "de") == {("Kassel", "closed")}


def test_jobs_moved_to_a_city_in_german_are_no_site() -> None:
    text = ("Corvo schließt sein Callcenter in Kassel. Dann werden die Arbeitsplätze nach "
            "Istanbul verlagert.")
    assert _pairs(text, "de") == {("Kassel", "closed")}


def test_places_looked_at_before_the_choice_are_no_sites() -> None:
    text = ("Corvo will build a lab in Leeds. Corvo, which employs 9,000 people, had "
            "looked at sites in Raleigh and San Diego before settling on Leeds.")
    assert _pairs(text, "en") == {("Leeds", "planned")}


def test_a_purpose_clause_does_not_take_the_opening_verb() -> None:
    text = ("Corvo ouvrira en 2027 un plateau à Montpellier, pour ne plus avoir à louer ce "
            "type d'équipement à Londres ou à Bruxelles.")
    assert _pairs(text, "fr") == {("Montpellier", "planned")}


def test_a_site_that_could_make_sense_later_is_no_event() -> None:
    text = ("Corvo a ouvert un bureau à Montréal. Un bureau à Tokyo « pourrait avoir du sens "
            "plus tard », glisse le dirigeant.")
    assert _pairs(text, "fr") == {("Montréal", "opened")}


def test_work_going_to_an_existing_site_keeps_it_existing() -> None:
    pairs = _pairs("Corvo ferme son usine d'Oyonnax. Une partie des opérations partira vers son "
                   "site tunisien de Sousse.", "fr")
    assert ("Sousse", "existing") in pairs and ("Sousse", "planned") not in pairs
    pairs = _pairs("Corvo schließt das Werk in Hameln. Die Produktion soll in das bestehende "
                   "Werk im tschechischen Pilsen verlagert werden.", "de")
    assert ("Pilsen", "existing") in pairs and ("Pilsen", "opened") not in pairs


def test_an_acquired_site_closing_is_closed_only() -> None:
    pairs = _pairs("Corvo apre a Brescia. Lo stabilimento di Villa Carcina, rilevato nel 2019 "
                   "da un concorrente, chiuderà a marzo.", "it")
    assert ("Villa Carcina", "closed") in pairs and ("Villa Carcina", "existing") not in pairs


def test_reporting_to_a_city_is_no_plan() -> None:
    assert ("Paris", "planned") not in _pairs(
        "Corvo a inauguré un bureau à Singapour. Le bureau reportera à la direction de Paris.",
        "fr")


def test_a_compass_point_is_no_place() -> None:
    assert _pairs("Corvo apre a Bari e punta sul Sud. Il piano prevede 200 assunzioni nelle "
                  "nuove sedi del Sud.", "it") == {("Bari", "opened")}


def test_an_announced_closure_is_a_closure() -> None:
    pairs = _pairs("Le fabricant Corvo a annoncé mardi aux représentants du personnel, lors d'un "
                   "comité extraordinaire, la fermeture de son usine d'Oyonnax d'ici à juin "
                   "2026.", "fr")
    assert ("Oyonnax", "closed") in pairs and ("Oyonnax", "announced") not in pairs
