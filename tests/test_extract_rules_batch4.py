"""Unit tests of the general rules added for the open errors of the fourth fresh batch.

Each rule is stated with invented sentences in several languages, not copied from
`tests/data/extract_fresh4`, so a rule that only fits that batch fails here.
"""

from __future__ import annotations

from atlas.extract.company import detect_company
from tests.extract_probes import probes

_found, _pairs = probes("2025-03-12")


def test_a_subsidiary_named_after_the_company_does_not_replace_it() -> None:
    sentences = [("Corvo hat in Lyon eine Tochter gegründet, die Corvo France SAS.", True),
                 ("Insgesamt beschäftigt Corvo 900 Mitarbeiter.", True),
                 ("Zuletzt hat Corvo in Ulm Kurzarbeit angemeldet.", False),
                 ("Der Umsatz von Corvo stieg.", False)]
    assert detect_company(sentences) == "Corvo"
    # the full name used as often as the short one stays the company
    assert detect_company([("Nordwind Robotics eröffnet ein Büro in Wien.", True),
                           ("Nordwind Robotics beschäftigt 90 Leute.", True),
                           ("Nordwind wächst.", False)]) == "Nordwind Robotics"


def test_a_descriptor_noun_before_a_seat_is_the_company_itself() -> None:
    assert ("Ulm", "existing") in _pairs(
        "Corvo baut aus. Das Familienunternehmen mit Sitz in Ulm hat in Lyon ein Büro "
        "eröffnet.", "de")
    # a named other firm before the seat is still another firm
    assert ("Boston", "existing") not in _pairs(
        "Corvo hat in Lyon ein Büro eröffnet. Dort beschäftigt Corvo 20 Leute. Geld kommt vom "
        "Fonds Hafenblick Capital mit Sitz in Boston.", "de")


def test_a_seat_phrase_governs_only_the_name_right_after_it() -> None:
    pairs = _pairs("Corvo, mit Sitz in Ulm bei Stuttgart, hat in Lyon ein Büro eröffnet.", "de")
    assert ("Lyon", "opened") in pairs and ("Lyon", "existing") not in pairs
    pairs = _pairs("Corvo, con sede en Vigo, ha abierto una oficina en Oporto.", "es")
    assert ("Oporto", "opened") in pairs and ("Oporto", "existing") not in pairs


def test_founding_a_subsidiary_opens_it() -> None:
    assert ("Lyon", "opened") in _pairs(
        "Corvo hat in Lyon eine Tochtergesellschaft gegründet.", "de")
    assert ("Lima", "opened") in _pairs(
        "Corvo ha constituido una filial en Lima, que empezó a operar en enero.", "es")
    assert ("Tunisi", "opened") in _pairs("Corvo ha costituito una filiale a Tunisi.", "it")
    assert ("Genève", "opened") in _pairs("Corvo a créé une filiale à Genève.", "fr")
    assert ("Austin", "opened") in _pairs("Corvo has established a subsidiary in Austin.", "en")
    # a company founded in a city: its seat, not an opening
    assert _pairs("Corvo wurde 2012 in Ulm gegründet.", "de") <= {("Ulm", "existing")}


def test_the_seat_of_a_subsidiary_just_created_is_where_it_opens() -> None:
    assert ("Madrid", "opened") in _pairs(
        "Corvo ha costituito una società di diritto spagnolo, Corvo España SL, con sede a "
        "Madrid.", "it")
    assert ("Lyon", "opened") in _pairs(
        "Corvo a créé une filiale, Corvo France SAS, basée à Lyon.", "fr")


def test_a_headquarters_kept_or_staying_exists() -> None:
    pairs = _pairs("Corvo ouvre un bureau à Lyon mais garde son siège à Paris.", "fr")
    assert pairs == {("Lyon", "opened"), ("Paris", "existing")}
    assert ("Paris", "existing") in _pairs(
        "Corvo a ouvert un bureau à Lyon. Notre siège reste à Paris, dit-il.", "fr")
    assert ("Leeds", "existing") in _pairs(
        "Corvo opened an office in York. Its headquarters remain in Leeds.", "en")
    assert ("Köln", "existing") in _pairs(
        "Corvo hat ein Büro in Bonn eröffnet. Die Zentrale bleibt in Köln.", "de")
    assert ("Genova", "existing") in _pairs(
        "Corvo ha aperto un ufficio a Torino. Il quartier generale resta a Genova.", "it")


def test_hiring_planned_at_a_site_is_no_new_site() -> None:
    pairs = _pairs("Corvo a ouvert un bureau à Lyon, avec des recrutements prévus à Rennes.",
                   "fr")
    assert ("Rennes", "planned") not in pairs
    assert ("Leeds", "planned") not in _pairs(
        "Corvo opened an office in York and plans 40 hires in Leeds.", "en")


def test_market_and_fiscal_closes_are_no_closures() -> None:
    assert ("Tokyo", "closed") not in _pairs(
        "Corvo opened an office in Lyon. Corvo shares closed up 1.2% in Tokyo.", "en")
    assert ("Riad", "closed") not in _pairs(
        "Corvo abrió una oficina en Lima. Sus pedidos crecieron al cierre del ejercicio por "
        "un contrato en Riad.", "es")
    assert ("Milano", "closed") not in _pairs(
        "Corvo ha aperto un ufficio a Bari. Il titolo ha chiuso in rialzo a Milano.", "it")


def test_shutting_down_a_plant_in_german_closes_it() -> None:
    assert ("Offenbach", "closed") in _pairs(
        "Corvo hat in Leipzig ein Werk eröffnet. Das alte Werk in Offenbach wird 2027 "
        "stillgelegt.", "de")
    assert ("Kassel", "closed") in _pairs(
        "Corvo hat in Leipzig ein Werk eröffnet. Corvo legt das Werk in Kassel still.", "de")


def test_a_site_in_an_apposition_takes_the_verb_after_it() -> None:
    assert ("Lyon", "existing") in _pairs(
        "Corvo ferme son usine de Roanne. Le siège du groupe, à Lyon, n'est pas concerné.",
        "fr")


def test_a_headline_to_move_is_a_plan() -> None:
    pairs = _pairs("Corvo to move European headquarters to Dublin from London", "en")
    assert ("Dublin", "opened") not in pairs
    assert ("Dublin", "planned") in pairs


def test_a_list_goes_on_after_a_relative_clause_on_its_first_name() -> None:
    pairs = _pairs("Corvo abrió una oficina en Lima. La compañía ya tiene oficinas en Madrid, "
                   "donde está su sede central, Bilbao y Zaragoza.", "es")
    assert {("Bilbao", "existing"), ("Zaragoza", "existing")} <= pairs
    pairs = _pairs("Corvo opened an office in Lyon. The company already has offices in Leeds, "
                   "where it was founded, York and Hull.", "en")
    assert {("York", "existing"), ("Hull", "existing")} <= pairs


def test_other_firms_in_general_are_not_the_company() -> None:
    text = ("Corvo opened an office in Lyon. Corvo competes with many startups, most of "
            "them based in Berlin and Paris.")
    assert _pairs(text, "en") == {("Lyon", "opened")}
    text = ("Corvo opened an office in Lyon. Many software groups have set up offices in "
            "Madrid and Porto.")
    assert _pairs(text, "en") == {("Lyon", "opened")}


def test_another_firm_named_with_an_apposition_is_not_the_company() -> None:
    text = ("Corvo opened an office in Lyon, where Corvo employs 40 people. Norvia, a Danish "
            "insurer, opened an IT centre in Braga last year.")
    assert _pairs(text, "en") == {("Lyon", "opened")}
    text = ("Corvo a ouvert un bureau à Lyon, où Corvo emploie 40 personnes. Fintelo, une "
            "fintech belge, a ouvert un "
            "bureau à Gand.")
    assert _pairs(text, "fr") == {("Lyon", "opened")}


def test_a_ribbon_cut_opens_the_site() -> None:
    assert ("Porto", "opened") in _pairs(
        "Corvo's chief executive cut the ribbon on the company's new hub in Porto on Monday.",
        "en")


def test_a_site_word_inside_another_organisation_name_is_no_site() -> None:
    text = ("Corvo hat in Leipzig ein Werk eröffnet. „Das ist richtig“, sagt Analystin Eva "
            "Roth vom Beratungshaus Datacenter Insights in München.")
    assert _pairs(text, "de") == {("Leipzig", "opened")}
