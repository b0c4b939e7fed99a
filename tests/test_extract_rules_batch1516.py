"""Unit tests of the general rules added for the open errors of fresh batches 15 and 16.

Invented sentences, in several languages where the rule is not tied to one.
"""

from __future__ import annotations

from tests.extract_probes import probes

_found, _pairs = probes("2025-03-12")


def test_a_factory_noun_is_no_verb_of_production() -> None:
    pairs = _pairs("Entro il 2027 Corvo aprirà una nuova fabbrica di calzature a Civitanova "
                   "Marche.", "it")
    assert ("Civitanova Marche", "planned") in pairs
    assert ("Civitanova Marche", "existing") not in pairs


def test_german_plans_in_the_passive_or_with_a_verb_of_coming() -> None:
    assert ("Rzeszów", "planned") in _pairs(
        "In Rzeszów sollen von 2027 an Rumpfschalen gefertigt werden, teilte Corvo mit.", "de")
    assert ("Riga", "planned") in _pairs(
        "Corvo eröffnet ein Büro in Breslau. 2027 soll zudem ein Entwicklerteam in Riga "
        "hinzukommen.", "de")
    assert {("Bergheim", "planned"), ("Elsdorf", "planned")} <= _pairs(
        "Die Anlagen von Corvo in Bergheim und Elsdorf sollen 2027 in Betrieb gehen.", "de")


def test_choosing_a_city_for_a_site_is_a_plan() -> None:
    assert ("Paris", "planned") in _pairs(
        "Corvo has chosen Paris for its new Western European headquarters.", "en")
    assert ("Lisboa", "planned") in _pairs(
        "Corvo ha elegido Lisboa para su nuevo centro tecnológico.", "es")


def test_retiring_a_facility_closes_it() -> None:
    assert ("Amsterdam", "closed") in _pairs(
        "Corvo will open a region in Madrid. Corvo will retire its oldest facility, a data "
        "hall in Amsterdam, by the end of 2026.", "en")


def test_moving_the_head_office_in_italian() -> None:
    assert ("Milano", "opened") in _pairs("Corvo Assicurazioni sposta la sede a Milano.", "it")


def test_an_option_weighed_in_the_past_is_no_site() -> None:
    text = ("Corvo abrirá una planta en Lima. La compañía valoró también instalar la planta en "
            "Monterrey, pero la descartó.")
    assert _pairs(text, "es") == {("Lima", "planned")}


def test_a_noun_apposition_between_a_site_and_its_verb() -> None:
    assert ("Rovigo", "closed") in _pairs(
        "Corvo apre a Verona. Il negozio di Rovigo, il più piccolo della rete, chiuderà a fine "
        "gennaio.", "it")


def test_a_town_inside_a_longer_name() -> None:
    assert ("Kempten", "existing") in _pairs(
        "Corvo baut ein Werk in Polen. Corvo betreibt Werke in Kempten im Allgäu und in Kamenz.",
        "de")


def test_a_site_closed_after_being_opened_in_a_relative_clause() -> None:
    pairs = _pairs("Corvo abre en Bogotá. En 2024 cerró la filial que había abierto cinco años "
                   "antes en São Paulo.", "es")
    assert ("São Paulo", "closed") in pairs and ("São Paulo", "opened") not in pairs


def test_work_sent_into_a_plant_of_the_group_in_a_town() -> None:
    pairs = _pairs("Corvo ferme son usine de Saint-Dizier. La production sera transférée dans "
                   "l'usine du groupe à Brno.", "fr")
    assert ("Brno", "existing") in pairs and ("Brno", "opened") not in pairs
    # the site that moves is no destination: the city it goes to opens
    assert ("Verona", "opened") in _pairs("Corvo ha trasferito la sede da Milano a Verona.", "it")


def test_a_headline_opening_yields_to_the_body_plan() -> None:
    text = ("Corvo eröffnet Büros in Köln und Wien\n\nDas Unternehmen wird in diesem Jahr Büros "
            "in Köln und Wien eröffnen, sagte Corvo.")
    pairs = _pairs(text, "de")
    assert ("Köln", "planned") in pairs and ("Köln", "opened") not in pairs


def test_nationalities_and_industry_words_are_no_company() -> None:
    from atlas.extract.company import detect_company

    sentences = [("Corvo will open an office in Paris, Corvo said.", True),
                 ("It applies for a French banking licence.", False),
                 ("The French market is large, French rivals say.", True)]
    assert detect_company(sentences) == "Corvo"
    sentences = [("Velia Assicurazioni lascia Trieste.", True),
                 ("Assicurazioni e banche crescono.", False),
                 ("Velia apre a Milano.", True)]
    assert detect_company(sentences).startswith("Velia")
    # a firm name ending like a demonym stays a firm
    assert detect_company([("Moncler inaugura a Seul.", True), ("Moncler cresce.", True)],
                          title="Moncler inaugura a Seul") == "Moncler"


def test_a_place_phrase_opening_a_sentence_is_no_firm() -> None:
    assert {("Lisboa", "existing"), ("Casablanca", "existing")} <= _pairs(
        "Corvo abre una planta en Bogotá. Fuera de España ya cuenta con filiales en Lisboa y "
        "Casablanca.", "es")


def test_a_city_chosen_against_is_no_site() -> None:
    pairs = _pairs("Corvo elige Málaga frente a Sevilla para su centro.", "es")
    assert not any(city == "Sevilla" for city, _status in pairs)
