"""Unit tests of the rules added after the fresh batch (tests/data/extract_fresh).

Each test states one rule with sentences that are not in any corpus.
"""

from __future__ import annotations

from atlas.dates import PartialDate
from atlas.extract.dates import Kind, find_dates, resolve
from tests.extract_probes import probes

_found, _pairs = probes("2025-01-15")


def test_another_firm_as_subject_places_none_of_our_sites() -> None:
    text = ("Corvo opened an office in Lyon. Corvo employs 300 people. Rival Brandt moved its "
            "headquarters to Lille last year, while Corvo also has an office in Nantes.")
    assert _pairs(text, "en") == {("Lyon", "opened"), ("Nantes", "existing")}
    text = ("Corvo ha aperto un negozio a Bari. Corvo conta 20 negozi, mentre Prada ha "
            "rinnovato la boutique di Genova.")
    assert _pairs(text, "it") == {("Bari", "opened")}


def test_a_closing_in_a_future_form_is_closed_and_dated_forward() -> None:
    text = "Corvo said it would shut its Porto office by the end of June."
    assert _found(text, "en", "2025-03-04") == {("Porto", "closed", "2025-06")}


def test_a_where_clause_verb_speaks_for_the_city_before_it() -> None:
    text = "L'anno prossimo sarà la volta di Dubai, dove Corvo aprirà un negozio."
    assert _pairs(text, "it") == {("Dubai", "planned")}


def test_a_bare_participle_after_a_listed_site_is_its_history() -> None:
    text = ("Corvo cuenta ya con oficinas en Sevilla, además de un centro de desarrollo en "
            "Lisboa abierto en 2022.")
    assert _found(text, "es") == {("Sevilla", "existing", "2025"),
                                  ("Lisboa", "existing", "2025")}


def test_a_founding_year_dates_no_existing_site_or_closing() -> None:
    text = ("Corvo, fondato nel 1921 a Biella, dove mantiene la sede, ha annunciato la "
            "chiusura del magazzino di Novara.")
    assert _found(text, "it") == {("Biella", "existing", "2025"), ("Novara", "closed", "2025")}


def test_yesterday_and_this_month_resolve_against_the_publication_date() -> None:
    assert _found("Corvo ha inaugurato ieri un negozio a Bari.", "it", "2025-02-12") == {
        ("Bari", "opened", "2025-02-11")}
    assert _found("Corvo ha abierto este mes una oficina en Sevilla.", "es", "2025-09-23") == {
        ("Sevilla", "opened", "2025-09")}
    # "hier" is "here" in German: no date there
    assert not [m for m in find_dates("Hier eröffnet Corvo.", "de") if m.kind is Kind.RELATIVE_NOW]


def test_yesterday_needs_a_day_precise_reference() -> None:
    mention = find_dates("ayer", "es")[0]
    assert resolve(mention, PartialDate(2025, 3)) == PartialDate()
    assert resolve(mention, PartialDate(2025, 3, 1)) == PartialDate(2025, 2, 28)


def test_the_end_of_the_year_is_the_article_year() -> None:
    text = "Corvo abrirá dos tiendas en Braga antes de que termine el año."
    assert _found(text, "es", "2024-06-19") == {("Braga", "planned", "2024")}


def test_a_site_a_closing_spares_exists() -> None:
    text = "Corvo schließt das Werk in Chemnitz. Das Werk in Jena ist nicht betroffen."
    assert _pairs(text, "de") == {("Chemnitz", "closed"), ("Jena", "existing")}


def test_german_passive_future_opening_is_planned() -> None:
    text = "Im Herbst soll zudem ein Büro in Wien eröffnet werden."
    assert _pairs(text, "de") == {("Wien", "planned")}


def test_a_departement_after_a_city_is_not_part_of_its_name() -> None:
    text = "Corvo fermera son usine de Vierzon (Cher) fin 2025."
    assert {city for city, _s in _pairs(text, "fr")} == {"Vierzon"}
