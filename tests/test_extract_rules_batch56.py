"""Unit tests of the general rules added for the open errors of fresh batches 5 and 6.

Each rule is stated with invented sentences, in more than one language where the rule
is not tied to one, so that a rule fitted to those batches alone fails here.
"""

from __future__ import annotations

from tests.extract_probes import probes

_found, _pairs = probes("2025-03-12")


def test_sites_listed_after_a_copula_exist() -> None:
    assert {("Kassel", "existing"), ("Fulda", "existing")} <= _pairs(
        "Corvo hat in Leipzig ein Werk eröffnet. Weitere Standorte sind Kassel und Fulda.", "de")
    assert {("Leeds", "existing"), ("York", "existing")} <= _pairs(
        "Corvo opened an office in Hull. Its other offices are Leeds and York.", "en")
    assert {("Lille", "existing"), ("Nantes", "existing")} <= _pairs(
        "Corvo a ouvert un bureau à Lyon. Ses autres sites sont Lille et Nantes.", "fr")


def test_those_of_a_list_after_a_site_noun_are_sites() -> None:
    assert {("Pomezia", "existing"), ("Imola", "existing")} <= _pairs(
        "Corvo ha aperto un ufficio a Bari. Corvo conta sei stabilimenti, tra cui quelli di "
        "Pomezia e Imola.", "it")
    assert {("Lille", "existing"), ("Nantes", "existing")} <= _pairs(
        "Corvo a ouvert un bureau à Lyon. Corvo exploite cinq usines, dont celles de Lille et "
        "de Nantes.", "fr")


def test_a_country_in_brackets_does_not_end_a_list() -> None:
    pairs = _pairs("Corvo abrió una oficina en Málaga. Se suma a los centros que ya opera en "
                   "Lisboa, Cracovia (Polonia) y Campinas (Brasil).", "es")
    assert {("Lisboa", "existing"), ("Cracovia", "existing"), ("Campinas", "existing")} <= pairs


def test_a_name_with_an_article_or_inner_articles_is_one_place() -> None:
    pairs = _pairs("Corvo construirá un centro en Ejea de los Caballeros y ya opera otro en El "
                   "Burgo de Ebro.", "es")
    assert ("Ejea de los Caballeros", "planned") in pairs
    assert ("El Burgo de Ebro", "existing") in pairs
    assert ("L'Aquila", "existing") in _pairs(
        "Corvo ha aperto un ufficio a Bari. Corvo ha già uno stabilimento a L'Aquila.", "it")


def test_a_small_town_with_a_long_name_can_be_a_site() -> None:
    assert ("Villanueva de Gállego", "existing") in _pairs(
        "Corvo abrió una oficina en Lima. Corvo ya opera un centro de datos en Villanueva de "
        "Gállego.", "es")


def test_a_site_staying_where_it_is_exists() -> None:
    assert ("Velbert", "existing") in _pairs(
        "Corvo verlegt die Zentrale nach Köln. Die Produktion bleibt in Velbert.", "de")
    assert ("Leeds", "existing") in _pairs(
        "Corvo opened an office in York. Corvo will keep its research centre in Leeds.", "en")
    assert ("Rennes", "existing") in _pairs(
        "Corvo a ouvert un bureau à Lyon. L'usine reste à Rennes.", "fr")


def test_an_anaphoric_company_noun_owns_the_seat() -> None:
    text = ("Corvo ouvre un bureau à Lyon, où Corvo emploie 20 personnes. Fondée en 2019 par "
            "Anne Roy et Marc Bel, "
            "l'entreprise basée à Nantes emploie 90 personnes.")
    assert ("Nantes", "existing") in _pairs(text, "fr")
    text = ("Corvo opened an office in Lyon, where Corvo employs 20 people. Founded by Anne Roy "
            "and Mark Bell, the company, "
            "based in Leeds, employs 90 people.")
    assert ("Leeds", "existing") in _pairs(text, "en")


def test_other_firms_with_a_seat_are_not_the_company() -> None:
    text = ("Corvo a ouvert un bureau à Lyon. Corvo a signé avec deux groupes de transport "
            "basés à Laval et à Brest.")
    assert _pairs(text, "fr") == {("Lyon", "opened")}


def test_another_organisation_site_named_with_of_is_not_the_company() -> None:
    text = ("Corvo a ouvert un bureau à Lyon. Corvo héberge ses données sur les centres de "
            "données d'Azura à Francfort.")
    assert _pairs(text, "fr") == {("Lyon", "opened")}
    text = ("Corvo opened an office in Lyon. Corvo stores its data in the data centres of "
            "Azura in Frankfurt.")
    assert _pairs(text, "en") == {("Lyon", "opened")}


def test_moving_towards_an_existing_site_with_an_adjective() -> None:
    pairs = _pairs("Corvo ferme son usine de Roanne. La production sera transférée vers l'usine "
                   "polonaise d'Olsztyn.", "fr")
    assert ("Olsztyn", "opened") not in pairs
    assert ("Olsztyn", "existing") in pairs


def test_starting_operations_is_an_opening() -> None:
    assert ("Lima", "opened") in _pairs(
        "Corvo inició operaciones este lunes en Perú a través de una filial con sede en Lima.",
        "es")
    assert ("Austin", "opened") in _pairs(
        "Corvo began operations in Austin on Monday.", "en")


def test_the_noun_plans_is_no_plan() -> None:
    text = ("Corvo will open a centre in Munich. A person familiar with the plans said Corvo "
            "had looked at Berlin and Vienna before choosing Munich.")
    assert _pairs(text, "en") == {("Munich", "planned")}


def test_another_firm_described_by_a_relative_clause_is_not_the_company() -> None:
    text = ("Corvo opened an office in Delhi, where Corvo employs 40 people. Rivals are busy "
            "too: Vantor, which runs a research lab in Pune, is hiring.")
    assert _pairs(text, "en") == {("Delhi", "opened")}


def test_a_german_sentence_led_by_another_firm_is_not_the_company() -> None:
    text = ("Corvo will in Leipzig ein Werk bauen. Corvo beschäftigt 900 Leute. Bosch hatte "
            "erst vor Wochen in Dresden eine neue Fabrik eröffnet.")
    assert _pairs(text, "de") == {("Leipzig", "planned")}


def test_a_history_in_a_relative_clause_yields_to_the_main_verb() -> None:
    text = ("Corvo ha aperto un ufficio a Bari. La piccola unità che Corvo aveva aperto a "
            "Suzhou nel 2016, con 40 addetti, chiuderà entro giugno.")
    pairs = _pairs(text, "it")
    assert ("Suzhou", "closed") in pairs and ("Suzhou", "opened") not in pairs
    text = ("Corvo opened an office in Lyon. The small plant that Corvo had opened in Leeds in "
            "2016, with 40 staff, will close by June.")
    pairs = _pairs(text, "en")
    assert ("Leeds", "closed") in pairs and ("Leeds", "opened") not in pairs


def test_a_passive_future_of_opening_is_a_plan() -> None:
    assert ("Barcellona", "planned") in _pairs(
        "Corvo ha aperto un ufficio a Bari. Il prossimo anno sarà avviato a Barcellona un "
        "centro di sviluppo.", "it")
    assert ("Leeds", "planned") in _pairs(
        "Corvo opened an office in York. A second office will be opened in Leeds next year.",
        "en")


def test_a_hyphenated_german_lab_is_a_site() -> None:
    assert ("Dresden", "planned") in _pairs(
        "Corvo hat in Leipzig ein Büro eröffnet. Ein weiteres KI-Labor in Dresden soll 2027 "
        "folgen.", "de")


def test_an_italian_has_with_a_site_noun_is_an_existing_site() -> None:
    assert {("Porto", "existing"), ("Cracovia", "existing")} <= _pairs(
        "Corvo ha aperto un ufficio a Milano. Il gruppo ha grandi centri operativi a Porto e a "
        "Cracovia.", "it")


def test_a_contracted_progressive_is_a_plan() -> None:
    pairs = _pairs("This spring we're opening our second office in the EU, in Berlin.", "en")
    assert ("Berlin", "planned") in pairs and ("Berlin", "opened") not in pairs


def test_the_headline_names_the_company_over_a_partner_named_often() -> None:
    from atlas.extract.company import detect_company

    body = [("Realizzata insieme a Tim, servirà le imprese.", True),
            ("Corvo Cloud ha inaugurato ieri a Torino la sua region.", True),
            ("Il ruolo di Tim è centrale: Tim vende i servizi.", True),
            ("Tim ha aperto un data center a Rozzano.", True)]
    assert detect_company(body, title="Corvo Cloud accende la region di Torino") == "Corvo Cloud"
    # a headline's place-led run ("Eindhoven R&D hub") gets no headline weight
    body = [("Halvard will open a research hub in Eindhoven, Halvard said.", True),
            ("Halvard already runs design centres in Dresden.", True)]
    assert detect_company(body, title="Halvard to open Eindhoven R&D hub") == "Halvard"


def test_forms_that_start_one_another_are_one_company() -> None:
    from atlas.extract.company import detect_company

    sentences = [("Corvo Cloud ha aperto a Torino.", True), ("Corvo Cloud cresce.", False),
                 ("Lo dice Corvo Cloud Italia.", True),
                 ("Secondo Corvo, il mercato cresce.", False),
                 ("Tim ha aperto a Rozzano.", True), ("Tim vende.", True)]
    assert detect_company(sentences) == "Corvo Cloud"
