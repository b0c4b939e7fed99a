"""Unit tests of the general rules added for the open errors of fresh batches 13 and 14.

Invented sentences, in several languages where the rule is not tied to one.
"""

from __future__ import annotations

from atlas.extract.company import detect_company
from tests.extract_probes import probes

_found, _pairs = probes("2025-03-12")


def test_slower_than_planned_is_no_plan() -> None:
    text = ("Corvo baut ein Werk in Zerbst. Andere fahren die Fertigung in Salzgitter langsamer "
            "hoch als geplant.")
    assert ("Salzgitter", "planned") not in _pairs(text, "de")


def test_firms_given_as_examples_are_not_the_company() -> None:
    text = ("Corvo baut ein Werk in Zerbst, sagte Corvo. Asiatische Hersteller wie Voltana in "
            "Arnstadt dominieren den Markt.")
    assert _pairs(text, "de") == {("Zerbst", "planned")}
    text = ("Corvo will build a plant in Leeds. Rivals such as Voltana in Sheffield already "
            "run plants.")
    assert ("Sheffield", "existing") not in _pairs(text, "en")


def test_a_former_headquarters_is_closed() -> None:
    assert ("Utrecht", "closed") in _pairs(
        "Corvo opened its new headquarters in Boston. The move brings together teams from the "
        "company's former headquarters in Utrecht.", "en")


def test_a_coordinated_verb_ends_the_first_verb_reach() -> None:
    pairs = _pairs("Corvo cerrará su oficina de Zaragoza y ofrece a la plantilla el traslado a "
                   "Madrid o Barcelona", "es")
    assert ("Zaragoza", "closed") in pairs
    assert ("Madrid", "closed") not in pairs and ("Barcelona", "closed") not in pairs


def test_whose_opening_is_planned() -> None:
    assert ("Munich", "planned") in _pairs(
        "Corvo ouvre à Paris. Munich, dont l'ouverture est prévue au premier trimestre 2026, "
        "sera le quatrième.", "fr")


def test_counting_sites_and_headcounts() -> None:
    assert {("Tokyo", "existing"), ("Dubaï", "existing")} <= _pairs(
        "Corvo ouvre à Séoul. La maison compte douze boutiques, dont celles de Londres, de "
        "Tokyo et de Dubaï.", "fr")
    # the headcount of a site is no second status
    assert _pairs("Corvo a inauguré son bureau à Lyon. Le bureau de Lyon compte 20 personnes.",
                  "fr") == {("Lyon", "opened")}


def test_settling_in_and_things_made_somewhere() -> None:
    assert ("Paris", "opened") in _pairs("Corvo pose ses valises à Paris", "fr")
    assert ("Besançon", "existing") in _pairs(
        "Corvo ouvre à Séoul. Les pièces sont fabriquées dans les ateliers de Besançon.", "fr")


def test_a_corporate_suffix_is_no_firm_of_its_own() -> None:
    sentences = [("Penmore Consulting to shut three offices", True),
                 ("Penmore will close offices in Leeds and Bristol.", True),
                 ("Rival Kingsway Consulting grows.", False)]
    assert detect_company(sentences).startswith("Penmore")


def test_a_small_town_named_in_place_slots_is_no_firm() -> None:
    sentences = [("Corvo inaugura il polo logistico di Spilamberto.", True),
                 ("Il sindaco di Spilamberto era presente.", False),
                 ("Corvo assume 700 persone.", True)]
    assert detect_company(sentences, title="Corvo inaugura il polo di Spilamberto") == "Corvo"
    # a firm named after "di" once among many mentions stays the firm
    sentences = [("Tessera sbarca a New York.", True), ("Il fondatore di Tessera parla.", False),
                 ("Tessera assume.", True), ("Tessera cresce.", False)]
    assert detect_company(sentences) == "Tessera"
