"""Unit tests of the sentence-level rules added after the held-out evaluation.

Each test states one rule with sentences that are not in either corpus.
"""

from __future__ import annotations

import pytest

from atlas.extract.places import find_places
from atlas.extract.status import cue_for, find_cues
from atlas.model import Status
from tests.extract_probes import probes

_, _pairs = probes("2025-01-15")


def _cue(text: str, city: str, language: str):
    start = text.index(city)
    return cue_for(find_cues(text, language), start, start + len(city), text)


# --- status: which cue governs the city ---------------------------------------------

def test_a_cue_after_the_city_in_a_later_clause_does_not_govern_it() -> None:
    text = "Corvo has design centres in Lyon, and it closed a small office in Oslo."
    assert _cue(text, "Lyon", "en").status is Status.EXISTING
    assert _cue(text, "Oslo", "en").status is Status.CLOSED


def test_names_of_a_list_are_not_a_new_clause() -> None:
    text = "Weitere Büros sind in Graz und Linz geplant."
    assert _cue(text, "Graz", "de").status is Status.PLANNED


def test_a_relative_clause_stops_the_verb_before_it() -> None:
    text = ("Corvo va fermer son site de Metz, dont les salariés se verront proposer "
            "un poste à Nancy.")
    assert _cue(text, "Nancy", "fr") is None
    assert _pairs(text, "fr") == {("Metz", "closed")}


def test_a_german_verb_frame_around_the_city_governs_it() -> None:
    text = "Im Herbst will das Unternehmen zudem ein Büro in Graz eröffnen."
    assert _cue(text, "Graz", "de").status is Status.PLANNED


def test_a_bare_future_is_a_plan_only_with_a_site_as_object() -> None:
    assert _cue("Corvo would invest 1 billion in a new data centre in Oslo.", "Oslo",
                "en").status is Status.PLANNED
    assert _cue("Corvo concentrera sa production à Lyon.", "Lyon", "fr") is None


@pytest.mark.parametrize(("text", "language", "city"), [
    ("Das Büro in Graz soll zum Jahresende geschlossen werden.", "de", "Graz"),
    ("Corvo prévoit de fermer son bureau de Metz.", "fr", "Metz"),
])
def test_a_modal_before_a_closing_verb_is_the_closing(text: str, language: str,
                                                      city: str) -> None:
    assert _cue(text, city, language).status is Status.CLOSED


def test_founding_a_subsidiary_opens_it_being_founded_dates_the_seat() -> None:
    assert _cue("Corvo hat eine Tochtergesellschaft in Mailand gegründet.", "Mailand",
                "de").status is Status.OPENED
    assert _cue("Corvo wurde 2020 in Köln gegründet.", "Köln", "de").status is Status.EXISTING


def test_has_is_possession_but_not_a_perfect_tense() -> None:
    assert _cue("Corvo has an office in Leeds.", "Leeds", "en").status is Status.EXISTING
    built = _cue("Corvo has built a plant in Leeds.", "Leeds", "en")
    assert built is None or built.status is not Status.EXISTING


# --- places: slots and non-sites -----------------------------------------------------

def test_moving_a_site_closes_where_it_left_and_opens_where_it_went() -> None:
    assert _pairs("Corvo has moved its headquarters from Bristol to Leeds.", "en") == {
        ("Bristol", "closed"), ("Leeds", "opened")}
    assert _pairs("Corvo ha trasferito la sede da Milano a Verona.", "it") == {
        ("Milano", "closed"), ("Verona", "opened")}


def test_moving_staff_to_a_city_is_no_site_event() -> None:
    text = "Corvo plans to close its office in Cork and move those roles to Dublin."
    assert _pairs(text, "en") == {("Cork", "closed")}


def test_city_based_names_the_company_seat_not_an_investor_seat() -> None:
    text = ("Corvo, the Edinburgh-based startup, opened an office in Leeds. "
            "Its round was led by Boston-based Harbor Street Ventures.")
    assert _pairs(text, "en") == {("Edinburgh", "existing"), ("Leeds", "opened")}


def test_a_seat_clause_belongs_to_the_name_before_it() -> None:
    text = ("Corvo abre una oficina en Lima. Corvo está participada por el fondo "
            "Blue Ridge Partners, con sede en Nueva York.")
    assert _pairs(text, "es") == {("Lima", "opened")}


def test_where_something_was_said_is_not_a_site() -> None:
    text = ("Corvo will in Hanau ein Rechenzentrum bauen, teilte das Unternehmen am "
            "Dienstag in Frankfurt mit.")
    assert _pairs(text, "de") == {("Hanau", "planned")}


def test_a_place_locating_the_previous_one_is_not_a_site() -> None:
    text = "Corvo ya opera oficinas en Alcobendas y en Sant Cugat del Vallès, en Barcelona."
    assert _pairs(text, "es") == {("Alcobendas", "existing"),
                                  ("Sant Cugat del Vallès", "existing")}
    # a plain list of neighbouring cities stays a list
    assert _pairs("Corvo has offices in Düsseldorf, Cologne and Bonn.", "en") == {
        ("Düsseldorf", "existing"), ("Cologne", "existing"), ("Bonn", "existing")}


def test_a_capitalised_site_noun_before_names_makes_a_slot() -> None:
    text = "Corvo beschäftigt 900 Mitarbeiter an den Standorten Graz, Linz und Wien."
    assert _pairs(text, "de") == {("Graz", "existing"), ("Linz", "existing"),
                                  ("Wien", "existing")}


def test_lists_may_repeat_the_preposition() -> None:
    assert _pairs("Corvo va fermer ses boutiques de Lyon et de Toulouse.", "fr") == {
        ("Lyon", "closed"), ("Toulouse", "closed")}


def test_a_genitive_after_a_site_noun_and_adjectives() -> None:
    assert _pairs("Corvo va fermer son petit bureau commercial de Lille.", "fr") == {
        ("Lille", "closed")}


def test_a_pronoun_standing_for_a_site_noun() -> None:
    text = "Corvo tiene otras tiendas, como las de Alicante o Murcia."
    assert _pairs(text, "es") == {("Alicante", "existing"), ("Murcia", "existing")}


def test_a_shelved_or_rejected_plan_is_no_event() -> None:
    assert _pairs("Ein geplanter Standort von Corvo in Berlin wurde auf Eis gelegt.",
                  "de") == set()
    assert _pairs("Corvo estudió también abrir en Oporto, opción que finalmente descartó.",
                  "es") == set()
    assert _pairs("Corvo aprirà anche a Parigi, mentre Berlino resta in attesa.", "it") == {
        ("Parigi", "planned")}


def test_after_a_list_following_an_ordinal() -> None:
    text = "Corvo a inauguré un bureau à Lille, son troisième en France après Paris et Nantes."
    assert _pairs(text, "fr") == {("Lille", "opened"), ("Paris", "existing"),
                                  ("Nantes", "existing")}


def test_a_list_of_regions_is_not_a_list_of_cities() -> None:
    assert find_places("La banca conta 140 sportelli tra Marche, Abruzzo e Puglia.", []) == []


def test_a_site_named_without_a_verb_must_be_in_the_city_clause() -> None:
    text = "Corvo, which is listed in Stockholm, also runs studios in Gothenburg."
    assert _pairs(text, "en") == {("Gothenburg", "existing")}


def test_an_announcement_noun_alone_does_not_make_a_site() -> None:
    text = ("Corvo opened a data centre in Hamar. Shares rose in Oslo trading after the "
            "announcement.")
    assert _pairs(text, "en") == {("Hamar", "opened")}


def test_a_sentence_about_the_reported_site_only_says_where_it_is() -> None:
    text = ("Corvo has opened its first U.S. office in New York. The new office, in "
            "Manhattan's Flatiron district, will house 25 staff.")
    assert _pairs(text, "en") == {("New York", "opened")}


def test_buying_a_site_opens_it_buying_a_company_does_not_place_it() -> None:
    assert _pairs("Corvo a racheté un site de production à Valladolid.", "fr") == {
        ("Valladolid", "opened")}


def test_announcing_a_closure_is_the_closure() -> None:
    text = "Corvo a annoncé mardi la fermeture de son usine de Rennes."
    assert _pairs(text, "fr") == {("Rennes", "closed")}


def test_is_opening_is_a_plan() -> None:
    assert _cue("Corvo is opening a second office in Austin.", "Austin",
                "en").status is Status.PLANNED


def test_a_parenthesised_qualifier_is_part_of_the_city() -> None:
    text = "Corvo produziert in einem Werk in Frankfurt (Oder)."
    assert [p.text for p in find_places(text, [])] == ["Frankfurt (Oder)"]


def test_where_a_visit_took_place_is_not_a_site() -> None:
    text = ("Corvo will bis 2027 eine Fabrik in Leipzig errichten. Das kündigte der Chef "
            "bei einem Besuch des Ministerpräsidenten in Dresden an.")
    assert _pairs(text, "de") == {("Leipzig", "planned")}


def test_moving_work_to_a_named_site_keeps_that_site_existing() -> None:
    text = "La production de Corvo sera transférée vers le site de Tours."
    assert _pairs(text, "fr") == {("Tours", "existing")}


def test_de_means_from_only_in_de_x_a_y() -> None:
    assert _pairs("Corvo a transféré son siège de Paris à Lyon.", "fr") == {
        ("Paris", "closed"), ("Lyon", "opened")}


def test_an_ambiguous_name_takes_the_article_language_country() -> None:
    from atlas.extract.places import resolver_for

    assert resolver_for("fr")("Orléans").country_code == "FR"
    assert resolver_for("fr")("Montréal").country_code == "CA"  # unambiguous: unchanged


def test_company_is_the_name_behind_a_descriptor_and_never_a_country() -> None:
    from atlas.extract.company import detect_company

    sentences = [("Das Kölner Proptech Flinkbau hat ein Büro in Barcelona eröffnet.", True),
                 ("Flinkbau wurde 2020 in Köln gegründet.", True),
                 ("España es el primer mercado de Flinkbau.", False)]
    assert detect_company(sentences) == "Flinkbau"


def test_company_may_share_its_name_with_a_town() -> None:
    from atlas.extract.company import detect_company

    sentences = [("Les laboratoires Bellevue ferment leur usine de Rennes.", True),
                 ("Les laboratoires Bellevue ont annoncé la fermeture de l'usine.", True)]
    assert detect_company(sentences) == "Bellevue"
