"""Unit tests of the general rules added for the open errors of fresh batches 9 and 10.

Invented sentences, in several languages where the rule is not tied to one.
"""

from __future__ import annotations

from tests.extract_probes import probes

_found, _pairs = probes("2025-03-12")


def test_a_fund_with_a_seat_is_not_the_company() -> None:
    text = ("Corvo ha aperto un ufficio a Bari, dove Corvo impiega 40 persone. Il primo "
            "azionista è un fondo di private equity con sede in Lussemburgo.")
    assert _pairs(text, "it") == {("Bari", "opened")}
    text = ("Corvo opened an office in Leeds, where Corvo employs 40 people. Its largest "
            "shareholder is a fund based in Luxembourg.")
    assert _pairs(text, "en") == {("Leeds", "opened")}


def test_preparing_more_sites_is_a_plan() -> None:
    pairs = _pairs("Corvo abre en Illescas su mayor almacén y prepara otros dos en Vitoria y "
                   "Sevilla", "es")
    assert {("Vitoria", "planned"), ("Sevilla", "planned")} <= pairs
    assert ("Sevilla", "opened") not in pairs


def test_an_opening_verb_after_would_or_to_is_a_plan() -> None:
    pairs = _pairs("Corvo said on Tuesday it would set up its European headquarters in Paris.",
                   "en")
    assert ("Paris", "planned") in pairs and ("Paris", "opened") not in pairs


def test_the_main_verb_after_a_where_clause_decides() -> None:
    pairs = _pairs("Corvo will close its Leeds office. Belfast, where the firm opened a centre "
                   "last year, is not affected.", "en")
    assert ("Belfast", "existing") in pairs and ("Belfast", "opened") not in pairs


def test_work_transferred_to_a_city_is_no_closing_there() -> None:
    pairs = _pairs("The Dublin office, a 25-person team set up in 2019, will close in March, "
                   "with its work transferred to London.", "en")
    assert ("London", "closed") not in pairs
    assert ("Dublin", "closed") in pairs and ("Dublin", "existing") not in pairs


def test_plans_on_ice_are_no_event() -> None:
    text = ("Corvo baut ein Werk in Bitterfeld. Pläne für ein zweites Werk im spanischen "
            "Sagunt, über die Corvo gesprochen hatte, liegen vorerst auf Eis.")
    assert _pairs(text, "de") == {("Bitterfeld", "planned")}


def test_a_person_who_will_lead_a_site_plans_no_site() -> None:
    pairs = _pairs("Corvo has opened an office in Austin. Anna Roy, who will lead the Austin "
                   "office, joins from Oracle.", "en")
    assert pairs == {("Austin", "opened")}


def test_leaving_a_city_closes_the_site_there() -> None:
    assert ("Como", "closed") in _pairs("Banca Corvo lascia Como, la sede si trasferisce a "
                                        "Milano", "it")
    assert ("Avrillé", "closed") in _pairs(
        "Corvo a inauguré son siège à Angers. Le groupe a quitté Avrillé pour un bâtiment "
        "neuf.", "fr")
    assert ("Wuppertal", "closed") in _pairs(
        "Corvo verlässt Wuppertal - Zentrale zieht nach Düsseldorf", "de")


def test_a_bracketed_region_after_a_town_is_not_part_of_its_name() -> None:
    pairs = _pairs("Corvo abrió una oficina en Lima. Corvo emplea a 1.100 personas en sus "
                   "fábricas de Calahorra y de Mendavia (Navarra).", "es")
    assert ("Mendavia", "existing") in pairs
    assert ("Frankfurt (Oder)", "existing") in _pairs(
        "Corvo hat in Leipzig ein Werk eröffnet. Corvo produziert bislang in einem Werk in "
        "Frankfurt (Oder).", "de")


def test_a_subsidiary_opened_years_ago_is_existing() -> None:
    pairs = _pairs("Corvo ha aperto un ufficio a Bari. Corvo ha già una filiale in Spagna, a "
                   "Barcellona, aperta nel 2021.", "it")
    assert ("Barcellona", "existing") in pairs and ("Barcellona", "opened") not in pairs


def test_an_organisation_named_research_is_no_site() -> None:
    text = ("Corvo will open a lab in Zurich in 2027. The lab will report to Corvo Research's "
            "leadership in Redmond.")
    assert ("Redmond", "planned") not in _pairs(text, "en")


def test_a_sentence_initial_preposition_is_no_other_firm() -> None:
    assert ("Riad", "planned") in _pairs(
        "Corvo ha aperto a Seul. Entro la primavera del 2026 il marchio aprirà due nuove "
        "boutique, a Riad e a Doha.", "it")


def test_a_nationality_before_a_seat_names_no_owner() -> None:
    assert ("Wallisellen", "existing") in _pairs(
        "Corvo will open a lab in Zurich. Corvo Schweiz, the company's Swiss subsidiary, is "
        "based in Wallisellen.", "en")


def test_headquartered_as_an_adjective_is_the_seat() -> None:
    assert ("London", "existing") in _pairs(
        "Corvo Consulting, the London-headquartered consultancy, will close its offices in "
        "Leeds and Bristol.", "en")


def test_a_move_in_the_future_tense_is_a_plan() -> None:
    pairs = _pairs("L'istituto trasferirà entro giugno la sede legale a Milano.", "it")
    assert ("Milano", "planned") in pairs and ("Milano", "opened") not in pairs
    pairs = _pairs("La empresa trasladará su sede a Valencia.", "es")
    assert ("Valencia", "planned") in pairs and ("Valencia", "opened") not in pairs


def test_a_headline_present_tense_yields_to_a_plan_in_the_body() -> None:
    text = ("Banca Corvo lascia Como, la sede si trasferisce a Milano\n\nBanca Corvo "
            "trasferirà entro giugno la sede legale a Milano.")
    pairs = _pairs(text, "it")
    assert ("Milano", "planned") in pairs and ("Milano", "opened") not in pairs


def test_a_unit_announced_with_a_seat_is_announced_there() -> None:
    assert ("Lugano", "announced") in _pairs(
        "Corvo ha aperto a Milano. Il consiglio ha inoltre annunciato la costituzione di una "
        "controllata in Svizzera, con sede a Lugano.", "it")


def test_a_town_after_an_adjective_of_place_is_a_site() -> None:
    assert ("Jülich", "existing") in _pairs(
        "Corvo baut ein Werk in Bitterfeld. Ein Entwicklungszentrum unterhält Corvo im nahe "
        "gelegenen Jülich.", "de")


def test_an_industrial_building_is_a_site() -> None:
    assert ("Getafe", "closed") in _pairs(
        "Corvo abre un almacén en Illescas. La nave de Getafe, que se había quedado pequeña, "
        "cerrará en junio.", "es")


def test_a_verb_of_leaving_governs_only_the_name_after_it() -> None:
    pairs = _pairs("Corvo verlässt Wuppertal: Zentrale zieht nach Düsseldorf", "de")
    assert ("Wuppertal", "closed") in pairs and ("Düsseldorf", "closed") not in pairs


def test_a_present_move_dated_by_the_next_sentence_is_a_plan() -> None:
    text = ("Corvo verlegt seine Firmenzentrale von Wuppertal nach Düsseldorf. Im April 2026 "
            "sollen rund 150 Mitarbeiter in ein Bürogebäude ziehen.")
    pairs = _pairs(text, "de")
    assert ("Düsseldorf", "planned") in pairs and ("Düsseldorf", "opened") not in pairs
    # a move told in the past is done
    text = ("Corvo ha trasferito la sede da Milano a Verona. La decisione comporterà il "
            "trasferimento di 80 dipendenti entro giugno 2026.")
    assert ("Verona", "opened") in _pairs(text, "it")
