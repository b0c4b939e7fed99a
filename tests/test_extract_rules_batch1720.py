"""Unit tests of the general rules added for the open errors of fresh batches 17 to 20.

Invented sentences, in several languages where the rule is not tied to one.
"""

from __future__ import annotations

from atlas.extract.company import detect_company
from tests.extract_probes import probes

_found, _pairs = probes("2025-03-12")


def test_a_capitalised_first_word_is_no_other_firm() -> None:
    assert ("Londra", "planned") in _pairs(
        "Corvo apre a Zurigo. Parte delle risorse servirà ad aprire entro fine anno un ufficio "
        "a Londra.", "it")
    assert ("Irún", "existing") in _pairs(
        "Corvo abre en Zaragoza. Cuenta con delegaciones en Irún, Valladolid y Getafe.", "es")
    # a firm opening a sentence with an auxiliary or an apposition still is one
    assert ("Béthune", "closed") not in _pairs(
        "Corvo ferme son usine de Cholet, dit Corvo. Bridgestone a fermé son usine de Béthune en "
        "2021.",
        "fr")


def test_where_a_firm_was_founded_is_no_site() -> None:
    assert ("Annecy", "existing") not in _pairs(
        "Corvo ouvre une agence à Brest. Fondé à Annecy en 1968, le groupe a grandi.", "fr")
    assert ("Paris", "existing") in _pairs(
        "Corvo ouvre à Singapour. Fondée en 2023, la start-up a son siège à Paris.", "fr")


def test_a_hyphenated_word_is_no_conjunction() -> None:
    assert ("Kecskemét", "planned") in _pairs(
        "Im ungarischen Kecskemét soll bis 2027 ein Werk für E-Achsgetriebe entstehen, sagte "
        "Corvo.", "de")


def test_a_firm_name_ending_in_a_market_word_is_no_market() -> None:
    assert ("Roma", "closed") in _pairs("Fidelis Assicurazioni lascia Roma", "it")


def test_work_transferred_in_the_plural() -> None:
    assert ("Cholet", "existing") in _pairs(
        "Corvo ferme Vierzon. Les lignes seront transférées à Cholet (Maine-et-Loire), où le "
        "groupe fabrique déjà ses galettes.", "fr")


def test_german_presence_and_production_verbs() -> None:
    assert ("Leipzig", "existing") in _pairs(
        "Corvo eröffnet in Wien. Ein Teil der Entwicklung sitzt in Leipzig.", "de")
    assert ("Racibórz", "existing") in _pairs(
        "Corvo baut ein Werk in Breslau. Corvo stellt in Polen bereits in Racibórz Waschmittel "
        "her.", "de")


def test_an_adverb_before_a_verb_final_opening() -> None:
    pairs = _pairs("Corvo eröffnet in Wien. Ein Büro in Lissabon hat Corvo bereits im Herbst "
                   "eröffnet.", "de")
    assert ("Lissabon", "opened") in pairs and ("Lissabon", "existing") not in pairs


def test_a_firm_from_a_city_in_the_genitive() -> None:
    assert ("Redmond", "existing") in _pairs(
        "Corvo baut in Bergheim. Die deutsche Tochter des Softwarekonzerns aus Redmond hat "
        "ihren Sitz in München.", "de")


def test_a_bracketed_state_is_not_part_of_the_name() -> None:
    pairs = _pairs("Corvo abre en Barcelona, dijo Corvo. Corvo, con sede en Santa Clara "
                   "(California), emplea a 3.000 personas.", "es")
    assert ("Santa Clara", "existing") in pairs
    assert ("Frankfurt (Oder)", "existing") in _pairs(
        "Corvo hat in Leipzig ein Werk eröffnet. Corvo produziert bislang in einem Werk in "
        "Frankfurt (Oder).", "de")


def test_a_closing_said_in_a_relative_clause_on_the_city() -> None:
    assert ("Tudela", "closed") in _pairs(
        "Corvo abre en Zaragoza. Supone el cierre del almacén de Tudela, que dejará de operar en "
        "diciembre.", "es")


def test_a_colon_opening_a_clause_ends_the_verb_reach() -> None:
    pairs = _pairs("La sede di Roma di Corvo chiuderà a giugno: i dipendenti potranno "
                   "trasferirsi a Milano o lavorare da remoto.", "it")
    assert ("Roma", "closed") in pairs and ("Milano", "closed") not in pairs


def test_small_towns_as_seats_and_pronoun_lists() -> None:
    assert ("Blois", "existing") in _pairs(
        "Corvo apre a Seul. Corvo produce a Parma e in quello francese di Blois.", "it")


def test_other_firms_with_whose_and_possessive_sites() -> None:
    text = ("Corvo ouvre un entrepôt à Dourges. Corvo affronte Intersport, dont le siège est à "
            "Longjumeau.")
    assert _pairs(text, "fr") == {("Dourges", "opened")}
    text = ("Corvo opened an office in Tokyo. Corvo will rely on Nimbus Cloud's data centers in "
            "Osaka rather than build its own.")
    assert ("Osaka", "planned") not in _pairs(text, "en")


def test_an_acronym_is_the_company_and_regions_are_no_company() -> None:
    sentences = [("Amazon Web Services ampliará sus campus en Aragón.", True),
                 ("AWS, cuya sede central está en Seattle, emplea a 3.000 personas.", True),
                 ("Aragón recibe la inversión, dijo AWS.", True),
                 ("En Aragón y en Aragón crece.", True)]
    assert detect_company(sentences) in ("Amazon Web Services", "AWS")
