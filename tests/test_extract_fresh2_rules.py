"""Unit tests of the general rules added for the open errors of the second fresh batch.

Each test states one rule with invented sentences that are not in any corpus.
"""

from __future__ import annotations

from atlas.dates import PartialDate
from atlas.extract.dates import find_dates, resolve
from atlas.extract.lexicon import SITE_NOUNS
from tests.extract_probes import probes

_found, _pairs = probes("2025-10-14")


def test_german_compounds_are_read_by_their_site_head() -> None:
    assert SITE_NOUNS.get("vertriebsbüro") == "office"
    assert "unternehmenszentrale" in SITE_NOUNS
    assert "entwicklungsstandort" in SITE_NOUNS
    assert "besitz" not in SITE_NOUNS and "netzwerk" not in SITE_NOUNS


def test_a_move_still_to_come_plans_the_destination_and_closes_the_origin_then() -> None:
    text = ("Der Versandhändler Korvo verlegt seine Konzernzentrale von Kassel nach Leipzig. "
            "Der Umzug soll im nächsten Sommer abgeschlossen sein.")
    assert _found(text, "de") == {("Kassel", "closed", "2026"), ("Leipzig", "planned", "2026")}
    # a move without a later date is done: opened where it goes
    assert _pairs("Korvo déménage son siège de Rennes à Nantes.", "fr") == {
        ("Rennes", "closed"), ("Nantes", "opened")}


def test_seasons_are_the_next_such_season_after_the_article() -> None:
    mention = find_dates("The move is due next spring.", "en")[0]
    assert resolve(mention, PartialDate(2025, 10, 14)).iso() == "2026"
    assert resolve(mention, PartialDate(2025, 1, 14)).iso() == "2025"
    assert find_dates("El traslado será la próxima primavera.", "es")[0].text == \
        "la próxima primavera"


def test_a_bare_german_modal_plans_only_a_site() -> None:
    text = ("Korvo hat ein Büro in Leipzig eröffnet. Von den Mitarbeitern in Kassel sollen "
            "viele nach Leipzig wechseln.")
    assert _pairs(text, "de") == {("Leipzig", "opened")}


def test_firm_names_with_a_possessive_or_ampersand_are_no_place() -> None:
    text = ("Brisk Labs opened an office in Dublin. Its head, who joins from Fitch's Ratings "
            "in Geneva, worked at Ernst & Young in Oslo.")
    assert _pairs(text, "en") == {("Dublin", "opened")}


def test_a_career_names_no_site() -> None:
    assert _pairs("Brisk opened an office in Dublin, led by Ana Ruiz, who joins after six years "
                  "at a bank in Zurich.", "en") == {("Dublin", "opened")}
    assert _pairs("Brisk ouvre un bureau à Lille, dirigé par Paul Roy, passé par Airbus à "
                  "Toulouse.", "fr") == {("Lille", "opened")}


def test_regions_are_never_sites() -> None:
    assert _pairs("Brisk apre un ufficio a Torino. Brisk gestisce già due negozi in Toscana.",
                  "it") == {("Torino", "opened")}
    assert _pairs("Brisk abre una oficina en Sevilla y tiene una tienda en Andalucía.",
                  "es") == {("Sevilla", "opened")}


def test_other_agents_sites_are_not_the_company_s() -> None:
    text = ("Brisk ouvre un bureau à Lille. Ses clients ont ouvert des usines à Rouen et "
            "à Reims.")
    assert _pairs(text, "fr") == {("Lille", "opened")}
    assert _pairs("Brisk opened an office in Leeds; its customers have built plants in "
                  "Derby.", "en") == {("Leeds", "opened")}


def test_a_sentence_opening_verb_is_no_owner_of_a_seat() -> None:
    text = ("Brisk opened an office in Leeds. Founded in 2010 and headquartered in Bristol, "
            "Brisk employs 90 people.")
    assert ("Bristol", "existing") in _pairs(text, "en")


def test_customers_as_an_object_do_not_drop_the_site() -> None:
    assert _pairs("Brisk opened an office for its customers in Leeds.", "en") == {
        ("Leeds", "opened")}
    # a compound noun is no agent: "customer-support office"
    assert _pairs("Brisk will close its customer-support office in Leeds.", "en") == {
        ("Leeds", "closed")}


def test_a_plan_is_not_dated_by_the_opening_of_the_sentence_before() -> None:
    text = ("Brisk abrió ayer una tienda en Sevilla. La empresa también prevé abrir antes de "
            "que acabe el año otra tienda en Cádiz.")
    assert _found(text, "es") == {("Sevilla", "opened", "2025-10-13"),
                                  ("Cádiz", "planned", "2025")}
    # an announcement reported in the plan's own sentence keeps the date
    text = "Brisk abrió ayer una tienda en Sevilla. También anunció que abrirá otra en Cádiz."
    assert ("Cádiz", "planned", "2025-10-13") in _found(text, "es")


def test_see_also_lines_are_not_read() -> None:
    assert _pairs("Brisk abre una tienda en Sevilla.\n\nLee también: Rival abre su tienda en "
                  "Cádiz", "es") == {("Sevilla", "opened")}


def test_a_headcount_goal_is_no_existing_site() -> None:
    text = ("Brisk today opened an office in Leeds. The company expects to employ 40 people "
            "in Leeds by 2026.")
    assert _pairs(text, "en") == {("Leeds", "opened")}
