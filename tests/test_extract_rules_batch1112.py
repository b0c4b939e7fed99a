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


def test_arriving_and_premiering_and_starting_up() -> None:
    assert ("Cáceres", "planned") in _pairs(
        "Corvo abrirá tiendas en Almería y en 2027 llegará a Cáceres.", "es")
    assert ("Jerez de la Frontera", "opened") in _pairs(
        "Corvo estrenó el jueves su establecimiento de Jerez de la Frontera.", "es")
    assert ("Zaragoza", "opened") in _pairs(
        "Corvo ha puesto en marcha esta semana su nuevo centro de distribución en Zaragoza.",
        "es")


def test_a_site_under_construction_is_a_plan() -> None:
    assert ("Bruyères-le-Châtel", "planned") in _pairs(
        "Corvo ouvre à Paris. Cet argent finance le centre de données que Corvo construit à "
        "Bruyères-le-Châtel.", "fr")
    assert ("Bad Salzuflen", "planned") in _pairs(
        "Corvo schließt ein Werk in Hameln. In Bad Salzuflen entsteht ein neues Zentrallager.",
        "de")


def test_a_studio_is_a_site() -> None:
    assert ("Bordeaux", "closed") in _pairs(
        "Corvo ouvre à Montréal. Le petit studio de Bordeaux fermera ses portes.", "fr")


def test_expanding_a_centre_means_it_exists() -> None:
    assert ("Dublin", "existing") in _pairs(
        "Corvo will open an office in Austin and will continue to expand its engineering "
        "center in Dublin.", "en")


def test_a_list_that_ends_with_and_now() -> None:
    assert {("Boston", "existing"), ("London", "existing")} <= _pairs(
        "Corvo opened an office in Toronto. Corvo has offices in Boston, Dublin, London and now "
        "Toronto.", "en")


def test_based_followed_by_a_descriptor_is_the_company() -> None:
    assert ("London", "existing") in _pairs(
        "Corvo will set up its headquarters in Paris, the London-based fintech said on Tuesday.",
        "en")


def test_a_verb_without_its_subject_in_spanish_and_italian() -> None:
    assert {("Crevillent", "existing"), ("Elche", "existing"), ("Bogotá", "existing")} <= _pairs(
        "Corvo abre en México. Fabrica en dos plantas, una en Crevillent y otra en Elche, y "
        "cuenta desde 2021 con una oficina comercial en Bogotá.", "es")
    assert ("Sarezzo", "existing") in _pairs(
        "Corvo apre a Houston. Fondata nel 1948, Corvo ha sede a Lumezzane, in Val Gobbia, e "
        "produce nello stabilimento di Sarezzo.", "it")


def test_a_where_clause_inside_a_list_before_and_in() -> None:
    assert ("Ciudad de México", "existing") in _pairs(
        "Corvo abre en Málaga. Se suma a los hubs que Corvo ya tiene en Madrid, donde se "
        "encuentra su sede operativa, y en Ciudad de México.", "es")


def test_work_moved_to_a_town_where_a_site_is() -> None:
    assert ("Morez", "existing") in _pairs(
        "Corvo ferme son usine d'Oyonnax. La production sera transférée à Morez, dans le Jura, "
        "où se trouvent le siège et la principale usine du groupe.", "fr")


def test_a_sales_company_announced_in_german() -> None:
    assert ("Shanghai", "announced") in _pairs(
        "Corvo hat ein Werk in Kecskemét eingeweiht. Bereits im März hatte Corvo die Gründung "
        "einer Vertriebsgesellschaft in Shanghai angekündigt.", "de")


def test_jobs_created_in_a_city_are_no_site() -> None:
    pairs = _pairs("Corvo eröffnet im Februar eine Filiale in Leipzig. Nach Angaben von Corvo "
                   "entstehen in Leipzig 25 Arbeitsplätze.", "de")
    assert ("Leipzig", "planned") not in pairs


def test_a_site_in_a_relative_clause_on_another_firm() -> None:
    text = ("Corvo ha inaugurato ieri a Torino la sua region. Corvo cresce. Tim, che ha "
            "investito in nuovi data center, tra cui quello di Rozzano, vende i servizi.")
    assert _pairs(text, "it") == {("Torino", "opened")}


def test_an_ambiguous_name_is_the_home_town_in_the_home_language() -> None:
    assert ("Cáceres", "planned") in _pairs("Corvo abrirá una tienda en Cáceres en 2027.", "es")
