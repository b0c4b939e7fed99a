"""Unit tests of the general rules added for the open errors of fresh batches 7 and 8.

Invented sentences, in several languages where the rule is not tied to one.
"""

from __future__ import annotations

from tests.extract_probes import probes

_found, _pairs = probes("2025-03-12")


def test_a_headline_turn_to_come_is_a_plan() -> None:
    pairs = _pairs("Corvo sbarca a Roma, nel 2026 tocca a Firenze e Bologna", "it")
    assert {("Firenze", "planned"), ("Bologna", "planned")} <= pairs
    assert ("Firenze", "opened") not in pairs
    pairs = _pairs("Corvo desembarca en Málaga y prepara su salto a Madrid y Sevilla", "es")
    assert {("Madrid", "planned"), ("Sevilla", "planned")} <= pairs
    assert ("Madrid", "opened") not in pairs


def test_the_next_openings_are_plans() -> None:
    assert {("Madrid", "planned"), ("Bilbao", "planned")} <= _pairs(
        "Corvo abrió en Málaga. Las próximas aperturas serán en Madrid y Bilbao.", "es")
    assert {("Lille", "planned")} <= _pairs(
        "Corvo a ouvert à Lyon. Les prochaines ouvertures auront lieu à Lille.", "fr")


def test_a_site_to_follow_is_a_plan() -> None:
    assert ("Munich", "planned") in _pairs(
        "Corvo ouvre un bureau à Paris. Un bureau à Munich doit suivre à l'automne 2026.", "fr")
    assert ("Leeds", "planned") in _pairs(
        "Corvo opened an office in York. An office in Leeds will follow next year.", "en")
    assert ("Paris", "planned") in _pairs(
        "Corvo hat in Berlin ein Labor eröffnet. Ein weiteres KI-Labor soll im kommenden Jahr "
        "in Paris folgen.", "de")


def test_an_opening_noun_with_a_future_date_is_a_plan() -> None:
    pairs = _pairs("Corvo ouvre un bureau à Paris. Corvo confirme l'ouverture d'un bureau à "
                   "Munich, qui devrait accueillir ses équipes à l'automne 2026.", "fr")
    assert ("Munich", "planned") in pairs and ("Munich", "opened") not in pairs


def test_an_announcement_with_words_between_is_announced() -> None:
    pairs = _pairs("Corvo ouvre un bureau à Lyon. Le dirigeant a par ailleurs annoncé "
                   "l'ouverture d'un bureau à Bruxelles.", "fr")
    assert ("Bruxelles", "announced") in pairs and ("Bruxelles", "opened") not in pairs


def test_an_announcement_made_at_the_headquarters_announces_no_site_there() -> None:
    pairs = _pairs("Corvo fermera son site de Meylan. La direction l'a annoncé jeudi aux "
                   "salariés, lors d'un comité réuni au siège du groupe, à Lyon.", "fr")
    assert ("Lyon", "announced") not in pairs
    assert ("Lyon", "existing") in pairs


def test_research_and_development_and_distribution_centres_are_sites() -> None:
    assert ("Meylan", "closed") in _pairs("Corvo va fermer son centre de R&D de Meylan", "fr")
    assert ("Meylan", "closed") in _pairs(
        "Corvo fermera fin juin son centre de recherche et développement de Meylan.", "fr")
    assert ("Spilamberto", "opened") in _pairs(
        "Corvo ha inaugurato oggi il nuovo centro di distribuzione di Spilamberto.", "it")
    assert ("Spilamberto", "opened") in _pairs(
        "Corvo inaugura il polo logistico di Spilamberto", "it")


def test_another_firm_in_a_relative_clause_in_romance_languages() -> None:
    text = ("Corvo abrirá un campus en Ejea, donde Corvo invertirá 100 millones. Llega después "
            "de que Nubia, que opera centros de datos en Huesca y Tarragona, ampliara su "
            "inversión.")
    assert _pairs(text, "es") == {("Ejea", "planned")}


def test_a_site_moved_away_in_the_passive_closes() -> None:
    pairs = _pairs("Corvo apre un polo a Siena. Il laboratorio di Pisa sarà trasferito.", "it")
    assert ("Pisa", "closed") in pairs
    pairs = _pairs("Corvo opened a hub in Leeds. The York lab will be relocated.", "en")
    assert ("York", "closed") in pairs


def test_producing_in_a_town_is_an_existing_site() -> None:
    assert {("Gütersloh", "existing"), ("Pilsen", "existing")} <= _pairs(
        "Corvo hat in Leipzig ein Werk eröffnet. Corvo produziert in Gütersloh und im "
        "tschechischen Pilsen.", "de")
    assert ("Imola", "existing") in _pairs(
        "Corvo ha aperto un ufficio a Bari. Corvo produce a Imola.", "it")
    assert ("Lorient", "existing") in _pairs(
        "Corvo a ouvert un bureau à Lyon. Corvo fabrique ses moteurs à Lorient.", "fr")


def test_a_first_stone_is_a_plan() -> None:
    assert ("Pécs", "planned") in _pairs(
        "Am Montag hat Corvo im südungarischen Pécs den ersten Spatenstich für eine Fabrik "
        "gesetzt.", "de")
    assert ("Dax", "planned") in _pairs(
        "Corvo a posé la première pierre de son usine de Dax.", "fr")


def test_several_other_firms_sites_in_a_list_are_not_the_company() -> None:
    text = ("Corvo hat in Leipzig ein Werk eröffnet. Zu den Kunden gehören die Werke von "
            "Autohaus Nord in Kecskemét und Fahrwerk Süd in Debrecen.")
    assert _pairs(text, "de") == {("Leipzig", "opened")}


def test_a_german_sentence_adverb_is_no_owner_of_a_seat() -> None:
    assert ("Walldorf", "existing") in _pairs(
        "Corvo hat in München ein Zentrum eröffnet. Bislang bündelte der Dax-Konzern mit "
        "Sitz in Walldorf seine Forschung in Berlin.", "de")


def test_being_present_somewhere_is_an_existing_site() -> None:
    assert {("Shanghai", "existing"), ("Houston", "existing")} <= _pairs(
        "Corvo hat in Leipzig ein Werk eröffnet. Außerhalb Europas ist Corvo mit "
        "Vertriebsgesellschaften in Shanghai und Houston präsent.", "de")


def test_a_relative_clause_with_a_preposition_does_not_hide_the_main_verb() -> None:
    assert ("Remscheid", "closed") in _pairs(
        "Corvo baut ein Werk in Polen. Das Werk in Remscheid, in dem 180 Menschen arbeiten, "
        "wird bis Ende 2026 geschlossen.", "de")
    assert ("Leeds", "closed") in _pairs(
        "Corvo opened a plant in York. The plant in Leeds, in which 180 people work, will "
        "close by June.", "en")


def test_production_running_out_closes_the_site() -> None:
    assert ("Remscheid", "closed") in _pairs(
        "Corvo baut ein Werk in Polen. Die Produktion in Remscheid läuft aus.", "de")


def test_a_subsidiary_that_will_start_later_is_planned() -> None:
    pairs = _pairs("Corvo ha constituido una filial en Milán, Corvo Italia Srl, que empezará a "
                   "operar en enero.", "es")
    assert ("Milán", "planned") in pairs and ("Milán", "opened") not in pairs


def test_a_where_clause_inside_a_list_joined_by_as_well_as() -> None:
    pairs = _pairs("Corvo ouvre à Paris. Corvo était jusqu'ici présente à Dublin, où se trouve "
                   "son siège européen, ainsi qu'à Londres et à Zurich.", "fr")
    assert {("Londres", "existing"), ("Zurich", "existing")} <= pairs


def test_most_of_them_about_people_does_not_hide_the_head_office() -> None:
    assert ("Madrid", "existing") in _pairs(
        "Corvo opened a hub in Malaga. Corvo already employs 1,300 people in Spain, most of "
        "them at its Spanish head office in Madrid.", "en")
