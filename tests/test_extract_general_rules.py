"""Unit tests of the general rules added for the open errors of the fresh batch.

Each test states one rule with sentences that are not in any corpus.
"""

from __future__ import annotations

from atlas.dates import PartialDate
from atlas.extract.dates import find_dates, resolve
from tests.extract_probes import probes

_found, _pairs = probes("2025-03-12")


def test_a_list_whose_names_are_mostly_no_city_is_a_list_of_regions() -> None:
    assert _pairs("Corvo abrió una tienda en Sevilla. Corvo cuenta con 40 tiendas en "
                  "Galicia, Asturias y León.", "es") == {("Sevilla", "opened")}
    # one unknown name among cities keeps the cities
    assert _pairs("Corvo hat ein Büro in Leipzig eröffnet. Corvo hat Büros in Köln, Bonn "
                  "und Hürth.", "de") >= {("Köln", "existing"), ("Bonn", "existing")}


def test_an_option_weighed_is_no_event() -> None:
    base = "Corvo opened an office in Lyon. "
    assert _pairs(base + "Corvo is considering an office in Lisbon.", "en") == {("Lyon", "opened")}
    assert _pairs(base + "It is weighing whether to open a site in Lisbon or Porto.",
                  "en") == {("Lyon", "opened")}
    assert _pairs("Corvo a ouvert un bureau à Lyon. Corvo envisage d'ouvrir un bureau à "
                  "Lille.", "fr") == {("Lyon", "opened")}
    assert _pairs("Corvo hat ein Büro in Leipzig eröffnet. Corvo prüft zudem einen Standort "
                  "in Wien.", "de") == {("Leipzig", "opened")}
    assert _pairs("Corvo ha aperto un negozio a Bari. Corvo valuta l'apertura di un negozio "
                  "a Roma.", "it") == {("Bari", "opened")}
    assert _pairs("Corvo abrió una tienda en Sevilla y estudia abrir en Lisboa en 2026.",
                  "es") == {("Sevilla", "opened")}
    # a done deed after weighing options is still an event
    assert _pairs("After considering Lyon and Lille, Corvo opened its office in Paris.",
                  "en") == {("Paris", "opened")}


def test_the_firm_aus_a_city_is_its_seat() -> None:
    text = ("Corvo hat ein Büro in Leipzig eröffnet. Das teilte das Unternehmen aus Stuttgart "
            "am Montag mit.")
    assert _found(text, "de") == {("Leipzig", "opened", "2025"), ("Stuttgart", "existing", "2025")}
    # another firm ("ein Zulieferer aus Ulm") is not ours
    assert _pairs("Corvo hat ein Büro in Leipzig eröffnet. Ein Zulieferer aus Ulm liefert die "
                  "Möbel.", "de") == {("Leipzig", "opened")}


def test_a_site_given_up_is_closed_a_plan_given_up_is_nothing() -> None:
    assert ("Mannheim", "closed") in _pairs(
        "Corvo hat ein Büro in Leipzig eröffnet. Den Standort in Mannheim hat Corvo dagegen "
        "Ende 2024 aufgegeben.", "de")
    assert ("Lille", "closed") in _pairs(
        "Corvo a ouvert un bureau à Lyon. Corvo abandonne son site de Lille.", "fr")
    assert ("Leeds", "closed") in _pairs(
        "Corvo opened an office in Lyon. Corvo gave up its Leeds office last year.", "en")
    assert _pairs("Corvo opened an office in Lyon. Corvo abandoned plans for an office in "
                  "Leeds.", "en") == {("Lyon", "opened")}
    assert _pairs("Corvo hat ein Büro in Leipzig eröffnet. Die Pläne für ein Werk in Dresden "
                  "hat Corvo aufgegeben.", "de") == {("Leipzig", "opened")}


def test_last_week_gives_a_month_only_when_the_week_lies_in_one() -> None:
    assert _found("Corvo a ouvert la semaine dernière un bureau à Lyon.", "fr",
                  "2025-03-12") == {("Lyon", "opened", "2025-03")}
    assert _found("Corvo hat letzte Woche ein Büro in Leipzig eröffnet.", "de",
                  "2025-03-03") == {("Leipzig", "opened", "2025")}
    for text, language in [("last week", "en"), ("la semana pasada", "es"),
                           ("la settimana scorsa", "it")]:
        mention = find_dates(f"Corvo opened {text}.", language)[0]
        assert resolve(mention, PartialDate.parse("2025-03-20")).iso() == "2025-03"
        assert resolve(mention, PartialDate.parse("2025-03")).iso() == "2025"
    next_week = find_dates("next week", "en")[0]
    assert resolve(next_week, PartialDate.parse("2025-12-29")).iso() == "2026-01"


def test_a_plan_takes_its_target_date_not_the_announcements() -> None:
    text = ("Corvo said on Monday it would build a data centre in Hamar, north of Oslo, with "
            "the first phase due to go live in 2027.")
    assert _found(text, "en") == {("Hamar", "planned", "2027")}
    text = "Corvo said on Monday it would build a plant in Hamar. The plant is due to open in 2027."
    assert _found(text, "en") == {("Hamar", "planned", "2027")}
    # a later clause about another city keeps its date
    text = "Corvo opened an office in Lyon and will open one in Lille in 2026."
    assert _found(text, "en") == {("Lyon", "opened", "2025"), ("Lille", "planned", "2026")}


def test_an_existing_site_is_dated_by_year_only() -> None:
    text = ("Corvo a ouvert lundi un bureau à Lyon. Corvo dispose déjà d'un bureau à Nantes "
            "depuis lundi.")
    assert ("Nantes", "existing", "2025") in _found(text, "fr")


def test_link_and_caption_lines_are_no_part_of_the_story() -> None:
    text = ("Corvo opened an office in Lyon.\n\nRead more: Brandt opens in Berlin\n\n"
            "Photo: the Lyon office of Corvo")
    assert _pairs(text, "en") == {("Lyon", "opened")}


def test_a_boilerplate_about_paragraph_lists_existing_sites() -> None:
    text = ("Corvo opened an office in Lyon.\n\nAbout Corvo\n\nCorvo is a Paris-based fintech "
            "with offices in London, Berlin and Madrid.")
    assert _pairs(text, "en") == {("Lyon", "opened"), ("Paris", "existing"),
                                  ("London", "existing"), ("Berlin", "existing"),
                                  ("Madrid", "existing")}
